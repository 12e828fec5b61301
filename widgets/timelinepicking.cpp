// TimelineView: what lies under the cursor (an event, a bar of counts, an IP's bar, the title)
// and what a click on it chooses; how the plot is built and drawn is in timelineview.cpp.
#include "plaintooltip.h"
#include "timelineview.h"
#include "timelineview_p.h"

#include "gapshading.h"
#include "timeformat.h"

#include <QMouseEvent>
#include <QMultiHash>
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
            return pointPosition(p);
    }
    return std::nullopt;
}

QPointF TimelineView::pointPosition(const TimelinePoint &point) const
{
    return {m_plot->xAxis->coordToPixel(seconds(point.utcMs)),
            m_plot->yAxis->coordToPixel(heightOf(point))};
}

QPointF TimelineView::revealPoint(const QPointF &pos)
{
    const QRect area = m_plot->axisRect()->rect();
    if (pos.x() >= area.left() && pos.x() <= area.right())
        return pos;
    // The view keeps its span and takes the event in near the edge it came in by, so the next
    // arrow that way moves on by one event again.
    const double at = m_plot->xAxis->pixelToCoord(pos.x());
    const double span = m_plot->xAxis->range().size();
    const double from = pos.x() > area.right() ? at - 0.9 * span : at - 0.1 * span;
    setTimeRange(millis(from), millis(from + span));
    return {m_plot->xAxis->coordToPixel(at), pos.y()};
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
        const double distance = QLineF(pointPosition(m_data.points[i]), pos).length();
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

QString TimelineView::hoverText(const QPointF &pos, bool byKeyboard) const
{
    // What is at @p pos in words; a figure says how to list its events. With lookups, the caveat.
    const QString howToList = byKeyboard ? tr("Press Enter to list them in the events table.")
                                         : tr("Click to list them in the events table.");
    const auto text = [&howToList](const QString &what, bool figure, bool lookups) {
        QString tip = figure ? what + u'\n' + howToList : what;
        if (lookups)
            tip += u'\n' + EvidenceClassText::lookupCaveat();
        return tip;
    };
    if (const int index = pointAt(pos); index >= 0) {
        const TimelinePoint &point = m_data.points[index];
        return text(m_describe ? m_describe(point.eventId) : QString::number(point.eventId), false,
                    point.evidenceClass == EvidenceClass::Lookup);
    }
    if (const auto bin = binAt(pos))
        return text(describeBin(*bin), true, bin->evidenceClass == EvidenceClass::Lookup);
    if (onTitle(pos))
        return text(describeAll(), true, m_data.counts[int(EvidenceClass::Lookup)] > 0);
    if (const int ip = ipLaneAt(pos); ip >= 0)
        return text(describeIp(ip), true, m_data.ips.at(ip).counts[int(EvidenceClass::Lookup)] > 0);
    if (const auto gap = m_gapShading->gapAt(pos))
        return m_gapShading->describe(*gap, m_zone) + u'\n' +
               GapShading::howToShowSource(byKeyboard);
    return {};
}

void TimelineView::showHover(QMouseEvent *event)
{
    const QString text = hoverText(event->pos(), false);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), PlainToolTip::of(text), m_plot);
}

void TimelineView::chooseAt(const QPointF &pos)
{
    if (const qint64 id = eventAt(pos))
        emit eventClicked(id);
    else if (const auto bin = binAt(pos))
        emit eventsChosen(bin->ids, describeBin(*bin));
    else if (const int ip = ipLaneAt(pos); ip >= 0)
        emit eventsChosen(TimelineSeries::ipEventIds(m_data.points, ip), describeIp(ip));
    else if (onTitle(pos))
        emit eventsChosen(TimelineSeries::eventIds(m_data.points), describeAll());
    else if (const auto gap = m_gapShading->gapAt(pos))
        emit gapChosen(gap->beforeSourceId);
}

QList<QPointF> TimelineView::figurePositions() const
{
    QList<QPointF> figures;
    const QRect plotArea = m_plot->axisRect()->rect();
    const auto add = [&](const QPointF &at) {
        if (plotArea.contains(at.toPoint()))
            figures.append(at);
    };
    if (!m_data.points.isEmpty())
        figures.append(m_title->outerRect().center());
    const auto [fromMs, toMs] = timeRange();
    if (m_binned) {
        for (const QCPBars *bars : m_bars) {
            const double base = bars->valueAxis()->coordToPixel(bars->baseValue());
            for (int i = 0; i < bars->dataCount(); ++i) {
                const QPointF top = bars->dataPixelPosition(i);
                if (bars->data()->at(i)->value != 0)
                    add({top.x(), (top.y() + base) / 2});
            }
        }
    } else {
        // Events drawn on top of each other are one stop, as they are one spot for the mouse.
        QMultiHash<QPair<int, int>, QPointF> drawn; // by whole pixel
        const auto isDrawn = [&drawn](const QPointF &at) {
            for (int dx = -1; dx <= 1; ++dx) {
                for (int dy = -1; dy <= 1; ++dy) {
                    for (const QPointF &other : drawn.values({int(at.x()) + dx, int(at.y()) + dy})) {
                        if (QLineF(at, other).length() < 1.0)
                            return true;
                    }
                }
            }
            return false;
        };
        const auto [first, last] = TimelineSeries::indexRange(m_data.points, fromMs, toMs + 1);
        for (int i = first; i < last; ++i) {
            const QPointF at = pointPosition(m_data.points[i]);
            if (!isDrawn(at)) {
                drawn.insert({int(at.x()), int(at.y())}, at);
                add(at);
            }
        }
        // The events just out of sight on either side: an arrow beyond the last in view goes on
        // to the next, the view following it (revealPoint()).
        for (const int beyond : {first - 1, last}) {
            if (beyond < 0 || beyond >= m_data.points.size())
                continue;
            const QPointF at = pointPosition(m_data.points[beyond]);
            if (at.y() >= plotArea.top() && at.y() <= plotArea.bottom())
                figures.append(at);
        }
    }
    for (int ip = 0; ip < m_ipLanes; ++ip) {
        const TimelineIp &entry = m_data.ips.at(ip);
        const qint64 middle = (qMax(entry.firstMs, fromMs) + qMin(entry.lastMs, toMs)) / 2;
        add({m_plot->xAxis->coordToPixel(seconds(middle)), m_plot->yAxis->coordToPixel(m_firstIpLane + ip)});
    }
    // Each stretch between returns in view, between the class lanes and the connections' (where
    // no point or bar stands), so that the keyboard reaches its words as the mouse does.
    figures += m_gapShading->stops(m_plot->yAxis->coordToPixel(m_connectionLane - 0.5));
    return figures;
}
