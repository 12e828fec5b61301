#include "eventleadactions.h"

#include "casequeries.h"
#include "highlightedevent.h"
#include "tableactions.h"

#include <QAction>
#include <QTableView>

EventLeadActions::EventLeadActions(QTableView *events, HighlightedEvent *highlighted)
    : QObject(events), m_highlighted(highlighted),
      m_pair(new QAction(tr("List the events between its two &handles"), events)),
      m_crossReference(new QAction(tr("Cross-&reference its two handles"), events)),
      m_source(new QAction(tr("Show its &source"), events)),
      m_place(new QAction(tr("Show its client IP on the m&ap"), events))
{
    connect(m_pair, &QAction::triggered, this, &EventLeadActions::choosePair);
    connect(m_crossReference, &QAction::triggered, this, &EventLeadActions::chooseCrossReference);
    connect(m_source, &QAction::triggered, this, &EventLeadActions::chooseSource);
    connect(m_place, &QAction::triggered, this, &EventLeadActions::choosePlace);
    connect(highlighted, &HighlightedEvent::changed, this, &EventLeadActions::updateEnabled);
    TableActions::putFirst(events, {m_pair, m_crossReference, m_source, m_place});
    updateEnabled();
}

void EventLeadActions::updateEnabled()
{
    const EventRow *event = m_highlighted->event();
    // One party (a connection), or an event about its own initiator: no pair to look at.
    const bool pair = event && event->counterpartId && *event->counterpartId != event->initiatorId;
    m_pair->setEnabled(pair);
    m_crossReference->setEnabled(pair);
    m_source->setEnabled(event != nullptr);
    m_place->setEnabled(event && !event->clientIp.isEmpty());
}

void EventLeadActions::choosePair()
{
    const EventRow *event = m_highlighted->event();
    if (!event || !event->counterpartId)
        return;
    // Copies: the filter the slot sets reads the table's rows again, this event's among them.
    const QString first = event->initiator;
    const QString second = event->counterpart;
    emit pairEventsWanted(first, second, event->id);
}

void EventLeadActions::chooseCrossReference()
{
    if (const EventRow *event = m_highlighted->event(); event && event->counterpartId)
        emit crossReferenceWanted(event->initiatorId, *event->counterpartId);
}

void EventLeadActions::chooseSource()
{
    if (const EventRow *event = m_highlighted->event())
        emit sourceWanted(event->sourceId);
}

void EventLeadActions::choosePlace()
{
    const EventRow *event = m_highlighted->event();
    if (!event || event->clientIp.isEmpty())
        return;
    const QString ip = event->clientIp; // a copy, as above
    emit placeWanted(ip);
}
