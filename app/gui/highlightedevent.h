#pragma once

#include <QObject>

class CaseSession;
struct EventRow;
class QTableView;

/// @brief The event highlighted in the events table, followed as the highlight moves, a filter
/// reads the rows again or a mark changes one: what the table's row actions act on. GUI thread
/// only.
class HighlightedEvent final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightedEvent)
public:
    HighlightedEvent(QTableView *events, QObject *parent);
    /// @brief Follows @p session's events (nullptr: none).
    void attach(CaseSession *session);
    /// @brief The event highlighted; null where none is (or no case is open).
    const EventRow *event() const;

signals:
    /// @brief The event highlighted, or what the table holds of it, may have changed.
    void changed();

private:
    QTableView *m_events;
    CaseSession *m_session = nullptr;
    QList<QMetaObject::Connection> m_connections;
};
