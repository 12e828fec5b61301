// TimelineView: the lanes (by class or by counterpart, the connections', the IPs') and the title,
// as many lanes as their labels fit the plot's height; how the plot is built and drawn is in
// timelineview.cpp, what lies under the cursor in timelinepicking.cpp.
#include "timelineview.h"
#include "timelineview_p.h"

#include "gapshading.h"
#include "handletablemodel.h"
#include "plotcaching.h"

#include <QFontMetrics>

#include <numeric>

#include <qcustomplot.h>

using namespace TimelineLayout;

double TimelineView::laneOf(const TimelinePoint &p) const
{
    if (p.evidenceClass == EvidenceClass::Connection)
        return m_connectionLane;
    if (m_lanes == Lanes::ByClass)
        return int(p.evidenceClass);
    return p.counterpart >= 0 ? m_counterpartLane.value(p.counterpart, 0) : 0;
}

double TimelineView::heightOf(const TimelinePoint &p) const
{
    return laneOf(p) + (p.made ? -MarkerOffset : MarkerOffset);
}

void TimelineView::rebuildLanes()
{
    m_laneLabels.clear();
    m_counterpartLane.clear();
    if (m_lanes == Lanes::ByClass) {
        m_laneLabels = {tr("Lookups"), tr("Communications")};
    } else {
        buildCounterpartLanes();
    }
    m_connectionLane = int(m_laneLabels.size());
    m_laneLabels.append(tr("Connections"));
    m_firstIpLane = int(m_laneLabels.size());
    m_ipLanes = ipLanesThatFit();
    for (int i = 0; i < m_ipLanes; ++i) {
        const QString ip = m_data.ips.at(i).ip;
        m_laneLabels.append(m_ipPlaces.contains(ip) ? tr("IP %1\n%2").arg(ip, m_ipPlaces.value(ip)) : tr("IP %1").arg(ip));
    }
    if (m_data.ips.size() > m_ipLanes)
        m_laneLabels.append(tr("%n more IP(s): see the IPs list", nullptr, int(m_data.ips.size()) - m_ipLanes));
    auto ticker = m_plot->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    ticker->clear();
    for (int i = 0; i < m_laneLabels.size(); ++i)
        ticker->addTick(i, m_laneLabels.at(i));
    m_plot->yAxis->setRange(-0.6, m_laneLabels.size() - 0.4);
    fillPoints();
    fillIpLanes();
    fillGaps();
}

void TimelineView::fillPoints()
{
    QList<QVector<QCPGraphData>> series(m_graphs.size());
    for (const TimelinePoint &p : std::as_const(m_data.points)) {
        const int g = int(p.evidenceClass) * 2 + (p.made ? 0 : 1);
        series[g].append(QCPGraphData(seconds(p.utcMs), heightOf(p)));
    }
    for (int g = 0; g < m_graphs.size(); ++g)
        m_graphs[g]->data()->set(series[g], true); // already in time order
    fillMarked();
}

void TimelineView::fillMarked()
{
    QVector<QCPGraphData> stars;
    for (const TimelinePoint &p : std::as_const(m_data.points)) {
        if (p.marked)
            stars.append(QCPGraphData(seconds(p.utcMs), heightOf(p) - MarkLift));
    }
    m_markedGraph->data()->set(stars, true);
    const bool listed = m_plot->legend->hasItemWithPlottable(m_markedGraph);
    if (!stars.isEmpty() && !listed)
        m_plot->legend->addItem(new CachedLegendItem(m_plot->legend, m_markedGraph));
    else if (stars.isEmpty() && listed)
        m_plot->legend->removeItem(m_plot->legend->itemWithPlottable(m_markedGraph));
}

void TimelineView::fillGaps()
{
    m_gapShading->setGaps(m_data.gaps, m_data.sourceNames);
    m_gapShading->listIn(m_plot->legend);
}

void TimelineView::buildCounterpartLanes()
{
    // The busiest counterparts get their own lanes; the rest share one, so nothing is dropped.
    QList<int> order(m_data.counterparts.size());
    QList<qint64> counts(m_data.counterparts.size(), 0);
    for (const TimelinePoint &p : std::as_const(m_data.points)) {
        if (p.counterpart >= 0)
            ++counts[p.counterpart];
    }
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return counts[a] > counts[b]; });
    m_counterpartLanes = counterpartLanesThatFit();
    m_counterpartLane.fill(-1, m_data.counterparts.size());
    for (int rank = 0; rank < order.size(); ++rank) {
        const bool own = rank < m_counterpartLanes;
        m_counterpartLane[order[rank]] = own ? rank : m_counterpartLanes;
        if (own) // a lane of a withheld number's words, or a mask, holds the records of anyone written so
            m_laneLabels.append(HandleTableModel::nameWithKind(m_data.counterparts.at(order[rank]),
                                                                m_data.counterpartKinds.value(order[rank])));
    }
    if (order.size() > m_counterpartLanes)
        m_laneLabels.append(tr("%n other handle(s)", nullptr, int(order.size()) - m_counterpartLanes));
    if (m_laneLabels.isEmpty())
        m_laneLabels.append(tr("(no counterparts)"));
}

int TimelineView::lanesThatFit(int lines) const
{
    const int height = m_plot->axisRect()->rect().height();
    return height <= 0 ? -1 : height / (lines * QFontMetrics(m_plot->yAxis->tickLabelFont()).lineSpacing());
}

int TimelineView::counterpartLanesThatFit() const
{
    const int wanted = int(qMin<qsizetype>(m_data.counterparts.size(), MaxCounterpartLanes));
    const int lanes = lanesThatFit(1);
    if (lanes < 0)
        return wanted; // not laid out yet: fitToPlot() follows the first drawing
    // Before the IPs: the connections' lane and, where there are IPs, the "N more IPs" one stay.
    const int room = lanes - 1 - (m_data.ips.isEmpty() ? 0 : 1);
    if (wanted == m_data.counterparts.size() && wanted <= room)
        return wanted;
    return qBound(1, room - 1, wanted); // one lane left for "N other handles"
}

int TimelineView::ipLanesThatFit() const
{
    const int wanted = int(qMin<qsizetype>(m_data.ips.size(), MaxIpLanes));
    const int lanes = lanesThatFit(m_ipPlaces.isEmpty() ? 1 : 2); // an IP with its place takes two lines
    if (lanes < 0)
        return wanted; // not laid out yet: fitToPlot() follows the first drawing
    if (m_firstIpLane + wanted <= lanes && wanted == m_data.ips.size())
        return wanted;
    return qBound(0, lanes - m_firstIpLane - 1, wanted); // one lane left for "N more IPs"
}

QString TimelineView::titleText(bool twoLines) const
{
    if (m_data.handles.isEmpty())
        return tr("Select a handle to see its timeline");
    const QString text = twoLines ? tr("Timeline of %1\n%2 · %3 · %4") : tr("Timeline of %1 — %2 · %3 · %4");
    return text.arg(m_data.handlesText(), EvidenceClassText::pluralCount(EvidenceClass::Lookup, m_data.counts[0]),
                    EvidenceClassText::pluralCount(EvidenceClass::Communication, m_data.counts[1]),
                    EvidenceClassText::pluralCount(EvidenceClass::Connection, m_data.counts[2]));
}

void TimelineView::fitToPlot()
{
    // A title wider than the plot was cut at both ends: its counts go on a line of their own.
    const QString oneLine = titleText(false);
    const bool fits = QFontMetrics(m_title->font()).horizontalAdvance(oneLine) <= m_plot->width() - 16;
    const QString title = fits ? oneLine : titleText(true);
    const bool lanesFit =
        ipLanesThatFit() == m_ipLanes && (m_lanes == Lanes::ByClass || counterpartLanesThatFit() == m_counterpartLanes);
    if (title == m_title->text() && lanesFit)
        return;
    m_title->setText(title);
    if (!lanesFit) {
        rebuildLanes();
        updateDensity();
    }
    m_plot->replot();
}

void TimelineView::fillIpLanes()
{
    QVector<IntervalBars::Interval> intervals;
    for (int i = 0; i < m_ipLanes; ++i) {
        const TimelineIp &ip = m_data.ips.at(i);
        intervals.append({seconds(ip.firstMs), seconds(ip.lastMs), double(m_firstIpLane + i)});
    }
    m_ipBars->setIntervals(intervals);
}
