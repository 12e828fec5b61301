#pragma once

#include "casequeries.h"
#include "timelineseries.h"

#include <QFuture>
#include <QObject>

class CaseSession;
class EventFilterBar;
class ExplorerWiring;
class PatternsView;
class TimelineView;

/// @brief Feeds the timeline for one open case: the selected handle's series are built on a
/// worker thread (a newer request drops an older answer); hovering describes an event from the
/// case; a click selects the event in the events table and provenance panel; a Shift-drag
/// filters the events table to that window. GUI thread only.
class TimelineWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWiring)
public:
    TimelineWiring(TimelineView *view, PatternsView *patterns, ExplorerWiring *explorer, EventFilterBar *filter,
                   QObject *parent = nullptr);
    void setDisplayZone(const QTimeZone &zone);
    ~TimelineWiring() override;
    void attach(CaseSession *session);
    void showHandle(qint64 handleId);
    /// @brief Describes one event for a tooltip: time with zone, class, direction, counterpart,
    /// IP, subtype, source:line.
    static QString describe(const EventRow &event, const QTimeZone &zone);

signals:
    void dataShown();

private:
    TimelineView *m_view;
    PatternsView *m_patterns;
    ExplorerWiring *m_explorer;
    EventFilterBar *m_filter;
    CaseSession *m_session = nullptr;
    int m_request = 0;
    QFuture<void> m_building;
};
