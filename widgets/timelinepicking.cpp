// TimelineView: what lies under the cursor (an event, a bar of counts, an IP's bar, the title)
// and what a click on it chooses; how the plot is built and drawn is in timelineview.cpp.
#include "timelineview.h"
#include "timelineview_p.h"

#include "timeformat.h"

#include <QMouseEvent>
#include <QToolTip>

#include <qcustomplot.h>

using namespace TimelineLayout;

void TimelineView::chooseInView(const QString &href)
{
    if (href.startsWith(busiestPrefix())) {
        if (const auto cls = evidenceClassFromKey(href.mid(busiestPrefix().size())))
            chooseBusiest(*cls);
        return;
    }
    const auto cls = evidenceClassFromKey(href);
    if (!cls)
        return;
    const auto [fromMs, toMs] = timeRange();
    BinChoice view{*cls, fromMs, toMs + 1, TimelineSeries::eventIds(m_data.points, fromMs, toMs + 1, *cls)};
    emit eventsChosen(view.ids, describeBin(view));
}

void TimelineView::chooseBusiest(EvidenceClass evidenceClass)
{
    // The bins as updateDensity() counts them: each clipped to the view.
    const auto [viewFrom, viewTo] = timeRange();
    const BinSize size = TimelineSeries::binSizeFor(viewTo - viewFrom);
    const QList<TimelineBin> bins = TimelineSeries::bins(m_data.points, viewFrom, viewTo, size, m_zone);
    qint64 peak = 0;
    for (const TimelineBin &bin : bins)
        peak = qMax(peak, bin.counts[int(evidenceClass)]);
    if (peak == 0)
        return;
    // Every bin as busy as the figure says: picking one of equals would hide the others.
    QList<qint64> ids;
    QList<TimelineBin> busiest;
    for (const TimelineBin &bin : bins) {
        if (bin.counts[int(evidenceClass)] == peak) {
            ids.append(TimelineSeries::eventIds(m_data.points, qMax(bin.startMs, viewFrom), qMin(bin.endMs, viewTo), evidenceClass));
            busiest.append(bin);
        }
    }
    const BinChoice chosen{evidenceClass, qMax(busiest.first().startMs, viewFrom), qMin(busiest.last().endMs, viewTo), ids};
    emit eventsChosen(ids, describeBusiest(chosen, size, int(busiest.size()), peak));
}

QString TimelineView::describeBusiest(const BinChoice &bins, BinSize size, int count, qint64 peak) const
{
    const QString which = size == BinSize::Hour  ? tr("the %n busiest hour(s) in view", nullptr, count)
                          : size == BinSize::Day ? tr("the %n busiest day(s) in view", nullptr, count)
                                                 : tr("the %n busiest week(s) in view", nullptr, count);
    return tr("%1 of %2 in %3, %4 each, from %5 to %6")
        .arg(EvidenceClassText::pluralCount(bins.evidenceClass, bins.ids.size()), m_data.handlesText(), which,
             EvidenceClassText::pluralCount(bins.evidenceClass, peak), TimeFormat::display(bins.fromMs, m_zone),
             TimeFormat::display(bins.toMs, m_zone));
}

std::optional<QPointF> TimelineView::positionOf(qint64 eventId) const
{
    for (const TimelinePoint &p : m_data.points) {
        if (p.eventId == eventId)
            return QPointF(m_plot->xAxis->coordToPixel(seconds(p.utcMs)),
                           m_plot->yAxis->coordToPixel(laneOf(p) + (p.made ? -MarkerOffset : MarkerOffset)));
    }
    return std::nullopt;
}

qint64 TimelineView::eventAt(const QPointF &pos) const
{
    const int index = pointAt(pos);
    return index < 0 ? 0 : m_data.points[index].eventId;
}

int TimelineView::pointAt(const QPointF &pos) const
{
    if (m_binned)
        return -1;
    const qint64 from = millis(m_plot->xAxis->pixelToCoord(pos.x() - HitPixels));
    const qint64 to = millis(m_plot->xAxis->pixelToCoord(pos.x() + HitPixels));
    const auto [first, last] = TimelineSeries::indexRange(m_data.points, qMin(from, to), qMax(from, to) + 1);
    int best = -1;
    double bestDistance = HitPixels + 0.001;
    for (int i = first; i < last; ++i) {
        const TimelinePoint &p = m_data.points[i];
        const QPointF at(m_plot->xAxis->coordToPixel(seconds(p.utcMs)),
                         m_plot->yAxis->coordToPixel(laneOf(p) + (p.made ? -MarkerOffset : MarkerOffset)));
        const double distance = QLineF(at, pos).length();
        if (distance < bestDistance) { // the earliest of events drawn on top of each other
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

double TimelineView::barLane(EvidenceClass evidenceClass) const
{
    if (evidenceClass == EvidenceClass::Connection)
        return m_connectionLane;
    return m_lanes == Lanes::ByClass ? int(evidenceClass) : -100; // by counterpart: no lane of its class
}

std::optional<TimelineView::BinChoice> TimelineView::binAt(const QPointF &pos) const
{
    if (!m_binned)
        return std::nullopt;
    const double lane = m_plot->yAxis->pixelToCoord(pos.y());
    std::optional<EvidenceClass> cls;
    for (int c = 0; c < 3; ++c) {
        if (qAbs(lane - barLane(EvidenceClass(c))) <= 0.5)
            cls = EvidenceClass(c);
    }
    if (!cls)
        return std::nullopt;
    const auto [viewFrom, viewTo] = timeRange();
    const qint64 at = millis(m_plot->xAxis->pixelToCoord(pos.x()));
    if (at < viewFrom || at > viewTo)
        return std::nullopt;
    const BinSize size = TimelineSeries::binSizeFor(viewTo - viewFrom);
    // As updateDensity() counts them: the bin's events within the view.
    const qint64 from = qMax(TimelineSeries::binStart(at, size, m_zone), viewFrom);
    const qint64 to = qMin(TimelineSeries::nextBinStart(TimelineSeries::binStart(at, size, m_zone), size, m_zone), viewTo);
    QList<qint64> ids = TimelineSeries::eventIds(m_data.points, from, to, *cls);
    if (ids.isEmpty())
        return std::nullopt;
    return BinChoice{*cls, from, to, std::move(ids)};
}

int TimelineView::ipLaneAt(const QPointF &pos) const
{
    const double lane = m_plot->yAxis->pixelToCoord(pos.y());
    const int ip = int(std::lround(lane)) - m_firstIpLane;
    if (ip < 0 || ip >= m_ipLanes || qAbs(lane - std::round(lane)) > 0.4)
        return -1;
    // On the bar, or a few pixels from it: an address used once draws no width.
    const TimelineIp &entry = m_data.ips.at(ip);
    const double from = m_plot->xAxis->coordToPixel(seconds(entry.firstMs)) - HitPixels;
    const double to = m_plot->xAxis->coordToPixel(seconds(entry.lastMs)) + HitPixels;
    return pos.x() >= from && pos.x() <= to ? ip : -1;
}

bool TimelineView::onTitle(const QPointF &pos) const
{
    return !m_data.points.isEmpty() && m_title->outerRect().contains(pos.toPoint());
}

QString TimelineView::describeAll() const
{
    return tr("every event of %1: %2").arg(m_data.handlesText(), EvidenceClassText::countsText(m_data.counts));
}

QString TimelineView::describeIp(int ip) const
{
    const TimelineIp &entry = m_data.ips.at(ip);
    return tr("%1 made by %2 from IP %3, %4 to %5")
        .arg(EvidenceClassText::countsText(entry.counts), m_data.handlesText(), entry.ip,
             TimeFormat::display(entry.firstMs, m_zone), TimeFormat::display(entry.lastMs, m_zone));
}

QString TimelineView::describeBin(const BinChoice &bin) const
{
    return tr("%1 of %2 from %3 to %4")
        .arg(EvidenceClassText::pluralCount(bin.evidenceClass, bin.ids.size()), m_data.handlesText(),
             TimeFormat::display(bin.fromMs, m_zone), TimeFormat::display(bin.toMs, m_zone));
}

void TimelineView::showHover(QMouseEvent *event)
{
    // What is under the cursor in words; a figure says how to list its events. With lookups,
    // the caveat.
    const auto show = [this, event](const QString &text, bool figure, bool lookups) {
        QString tip = figure ? text + u'\n' + tr("Click to list them in the events table.") : text;
        if (lookups)
            tip += u'\n' + EvidenceClassText::lookupCaveat();
        QToolTip::showText(event->globalPosition().toPoint(), tip, m_plot);
    };
    const int index = pointAt(event->pos());
    if (index >= 0) {
        const TimelinePoint &point = m_data.points[index];
        show(m_describe ? m_describe(point.eventId) : QString::number(point.eventId), false,
             point.evidenceClass == EvidenceClass::Lookup);
    } else if (const auto bin = binAt(event->pos())) {
        show(describeBin(*bin), true, bin->evidenceClass == EvidenceClass::Lookup);
    } else if (onTitle(event->pos())) {
        show(describeAll(), true, m_data.counts[int(EvidenceClass::Lookup)] > 0);
    } else if (const int ip = ipLaneAt(event->pos()); ip >= 0) {
        show(describeIp(ip), true, m_data.ips.at(ip).counts[int(EvidenceClass::Lookup)] > 0);
    } else {
        QToolTip::hideText();
    }
}
