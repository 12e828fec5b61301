#pragma once

#include "casequeries.h"
#include "timelineseries.h"

#include <QFuture>
#include <QObject>

class CaseSession;
class EventFilterBar;
class HandlesView;
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
    struct Views
    {
        TimelineView *timeline;
        PatternsView *patterns;
        HandlesView *handles;
        EventFilterBar *filter;
    };
    TimelineWiring(const Views &views, ExplorerWiring *explorer, QObject *parent = nullptr);
    void setDisplayZone(const QTimeZone &zone);
    ~TimelineWiring() override;
    void attach(CaseSession *session);
    void showHandles(const QList<qint64> &handleIds);
    /// @brief Describes one event for a tooltip: time with zone, class, direction, counterpart,
    /// IP, subtype, source:line.
    static QString describe(const EventRow &event, const QTimeZone &zone);
    /// @brief describe() of the case's event @p eventId in the display zone, its source named as
    /// the events table names it (a file imported again, with its number); empty without a case.
    QString describeEvent(qint64 eventId) const;

signals:
    void dataShown();

private:
    /// Coalesces the current-row and selection signals of one click into one request.
    void scheduleFromSelection(std::optional<qint64> current = {});

    TimelineView *m_view;
    PatternsView *m_patterns;
    HandlesView *m_handles;
    ExplorerWiring *m_explorer;
    EventFilterBar *m_filter;
    std::optional<qint64> m_current;
    bool m_scheduled = false;
    CaseSession *m_session = nullptr;
    int m_request = 0;
    QFuture<void> m_building;
    QMetaObject::Connection m_placesConnection;
};
