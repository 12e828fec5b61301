#pragma once

#include "casewriters.h"

#include <QObject>
#include <QTimer>

#include <optional>

class CaseSession;
class ImportRunner;

/// @brief Shows the open case again when another program (lookuplens-cli, another window) has
/// imported into it or geolocated its IPs, and says so: the views and counts were otherwise left
/// short of the case with nothing to tell. This window's own imports and geolocation runs show
/// their results themselves, so the case is not looked at while one runs. It also says when
/// this window's small writes (a label, a mark, an export's audit record) wait for another
/// program's import, or for this window's own import or geolocation, and when they are stored.
/// GUI thread only.
class ChangesElsewhere final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesElsewhere)
public:
    /// How often the case is asked (one PRAGMA while nobody writes).
    static constexpr int IntervalMs = 1500;

    ChangesElsewhere(const ImportRunner *importer, QObject *parent = nullptr);
    void attach(CaseSession *session);
    /// @brief Looks at the case now (the timer's work).
    void check();

signals:
    /// @brief What another program did to the case, and what this window did about it.
    void said(const QString &message);

private:
    /// @brief Who holds the case while @p what waits: another program, or this window's work.
    QString waitingText(const QString &what) const;
    QString caughtUpText() const;

    const ImportRunner *m_importer;
    CaseSession *m_session = nullptr;
    QTimer m_timer;
    QList<QMetaObject::Connection> m_connections;
    std::optional<CaseWriters::Work> m_waitedFor; ///< this window's work a write waited for, if any
};
