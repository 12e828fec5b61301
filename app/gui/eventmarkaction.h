#pragma once

#include "casequeries.h"

#include <QObject>

#include <optional>

class CaseSession;
class HighlightedEvent;
class QAction;
class QMainWindow;
class QTableView;

/// @brief The events table's "Mark the event…" (Ctrl+M) and "Take the mark off": the analyst's
/// note on the highlighted event, kept in the case with who set it and when, and audited. Written
/// at once or, while another program imports into the case, when it has finished (the session's
/// DeferredWrites). GUI thread only.
class EventMarkAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventMarkAction)
public:
    /// @brief Adds the actions to @p events' context menu, acting on @p highlighted's event.
    EventMarkAction(QMainWindow *window, QTableView *events, HighlightedEvent *highlighted);
    QAction *markAction() const { return m_mark; }
    QAction *unmarkAction() const { return m_unmark; }
    void attach(CaseSession *session);

signals:
    /// @brief The event's mark was set (@p marked) or taken off (or waits to be, and shows
    /// meanwhile).
    void markChanged(qint64 eventId, bool marked);

private:
    void updateEnabled();
    void mark();
    void unmark();
    void store(qint64 id, const std::optional<QString> &note);

    QMainWindow *m_window;
    HighlightedEvent *m_highlighted;
    QAction *m_mark;
    QAction *m_unmark;
    CaseSession *m_session = nullptr;
};
