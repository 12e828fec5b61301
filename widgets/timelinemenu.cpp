// TimelineView: the figures' context menus; what lies under the cursor is in timelinepicking.cpp.
#include "timelineview.h"

#include "gapshading.h"

#include <QMenu>

bool TimelineView::fillMenu(QMenu *menu, const QPointF &pos)
{
    // A figure's events listed as its click lists them.
    const auto addListing = [this, menu](const QList<qint64> &ids, const QString &description) {
        menu->addSection(description);
        menu->addAction(tr("&List its events"), this,
                        [this, ids, description]() { emit eventsChosen(ids, description); });
    };
    if (const int index = pointAt(pos); index >= 0) {
        addEventEntries(menu, m_data.points.at(index));
    } else if (const auto bin = binAt(pos)) {
        addListing(bin->ids, describeBin(*bin));
    } else if (const int ip = ipLaneAt(pos); ip >= 0) {
        addListing(TimelineSeries::ipEventIds(m_data.points, ip), describeIp(ip));
        const QString address = m_data.ips.at(ip).ip;
        menu->addAction(tr("Show it on the m&ap"), this,
                        [this, address]() { emit placeWanted(address); });
    } else if (onTitle(pos)) {
        addListing(TimelineSeries::eventIds(m_data.points), describeAll());
    } else {
        return m_gapShading->addMenuEntry(menu, pos,
                                          [this](qint64 source) { emit gapChosen(source); });
    }
    return true;
}

void TimelineView::addEventEntries(QMenu *menu, const TimelinePoint &point)
{
    const qint64 id = point.eventId;
    // Which event: its time and its class and subtype, the describer's first two lines.
    if (m_describe)
        menu->addSection(m_describe(id).section(u'\n', 0, 1).replace(u'\n', QStringLiteral(" · ")));
    menu->addAction(tr("Show it and its source &line"), this,
                    [this, id]() { emit eventClicked(id); });
    // One handle's timeline: the pair is that handle and the event's other party. Which of
    // several handles an event is of is not kept with its marker; a connection has no other party.
    const QString handle = m_data.handles.size() == 1 ? m_data.handles.constFirst() : QString();
    const QString other =
        point.counterpart >= 0 ? m_data.counterparts.value(point.counterpart) : QString();
    const bool pair = !handle.isEmpty() && !other.isEmpty() && other != handle;
    menu->addAction(tr("List the events between its two &handles"), this,
                    [this, handle, other, id]() { emit pairEventsWanted(handle, other, id); })
        ->setEnabled(pair);
    // The events table's menu offers the same: the pair's cross-reference, the source described.
    const QString initiator = point.made ? handle : other;
    const QString second = point.made ? other : handle;
    menu->addAction(tr("Cross-&reference its two handles"), this,
                    [this, initiator, second]() { emit crossReferenceWanted(initiator, second); })
        ->setEnabled(pair);
    menu->addAction(tr("Show its &source"), this, [this, id]() { emit sourceWanted(id); });
    // Whoever's it is: the handle's own address for what it made, the other party's for what it
    // received (the events table's menu offers both).
    menu->addAction(tr("Show its client IP on the m&ap"), this,
                    [this, id]() { emit eventPlaceWanted(id); })
        ->setEnabled(point.hasClientIp);
}
