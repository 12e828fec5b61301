#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>

/// @brief The GUI thread's small writes into its case (a label, the display zone, the audit
/// log's record of an export), made at once or, while another program imports into the case
/// (an import holds it to its end), as soon as it has finished, in the order they were asked.
///
/// Before, each such write waited five seconds on the GUI thread and was then lost: a label
/// not stored, an export missing from the audit log. Thread affinity: the connection's.
class DeferredWrites final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeferredWrites)
public:
    using Write = std::function<bool(QSqlDatabase)>;
    enum class Outcome { Written, Deferred, Failed };
    /// How often writes waiting for the case are tried again.
    static constexpr int RetryMs = 1000;

    explicit DeferredWrites(QSqlDatabase db, QObject *parent = nullptr);

    /// @brief Writes @p write in a transaction of its own, unless earlier writes still wait
    /// or the case is held: then it waits its turn, and deferred() says @p what waits.
    /// Failed: @p write itself failed (and was rolled back).
    Outcome write(const QString &what, const Write &write);
    qsizetype pending() const { return m_pending.size(); }
    /// @brief Writes what waits, waiting up to @p waitMs for the case; true if none is left.
    bool flush(int waitMs = 0);
    /// @brief Drops what waits (the analyst chose to close the case without it).
    void discard();

signals:
    void deferred(const QString &what);
    /// @brief Every write that waited has been made.
    void caughtUp();

private:
    Outcome writeOne(const Write &write, int waitMs);
    void retry();

    QSqlDatabase m_db;
    QList<Write> m_pending;
    QTimer m_retry;
};
