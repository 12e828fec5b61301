#include "timelinerangeselector.h"

#include "evidenceclassstyle.h"
#include "plotpixelratio.h"
#include "zonedticker.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

TimelineRangeSelector::TimelineRangeSelector(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("timelineRangeSelector"));
    m_plot->setAccessibleName(tr("Whole time range: drag to choose the part shown"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setFixedHeight(70);
    PlotPixelRatio::follow(m_plot);
    m_plot->setMinimumWidth(240);
    m_plot->setToolTip(tr("Range selector: click to centre the timeline there, drag to choose the window"));
    m_plot->xAxis->setTicker(QSharedPointer<ZonedDateTimeTicker>::create());
    m_plot->yAxis->setVisible(false);
    m_plot->axisRect()->setAutoMargins(QCP::msBottom);
    auto *group = new QCPBarsGroup(m_plot);
    group->setSpacing(0);
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection}) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setPen(QPen(EvidenceClassStyle::color(cls), 1, EvidenceClassStyle::lineStyle(cls)));
        bars->setBrush(cls == EvidenceClass::Communication ? QBrush(EvidenceClassStyle::color(cls)) : Qt::NoBrush);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setBarsGroup(group);
        m_bars.append(bars);
    }
    m_window = new QCPItemRect(m_plot);
    m_window->setPen(QPen(Qt::black, 1.5));
    m_window->setBrush(QColor(0x80, 0x80, 0x80, 40));
    m_window->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_window->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) { onMouse(event, false); });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) { onMouse(event, true); });
}

void TimelineRangeSelector::setLeftMargin(int pixels)
{
    m_plot->axisRect()->setMargins(QMargins(pixels, 2, 10, 0));
}

void TimelineRangeSelector::setData(const TimelineData &data, const QTimeZone &zone)
{
    std::array<QVector<double>, 3> values;
    QVector<double> keys;
    if (!data.points.isEmpty()) {
        const qint64 from = data.points.first().utcMs;
        const qint64 to = data.points.last().utcMs + 1;
        const QList<TimelineBin> bins = TimelineSeries::bins(data.points, from, to, TimelineSeries::binSizeFor(to - from), zone);
        for (const TimelineBin &bin : bins) {
            keys.append((bin.startMs + (bin.endMs - bin.startMs) / 2) / 1000.0);
            for (int c = 0; c < 3; ++c)
                values[c].append(double(bin.counts[c]));
        }
        const double width = bins.isEmpty() ? 1.0 : (bins.first().endMs - bins.first().startMs) / 1000.0 / 3.0;
        for (QCPBars *bars : std::as_const(m_bars))
            bars->setWidth(width);
        const qint64 margin = qMax<qint64>((to - from) / 50, 60000);
        m_plot->xAxis->setRange((from - margin) / 1000.0, (to + margin) / 1000.0);
    }
    for (int c = 0; c < 3; ++c)
        m_bars[c]->setData(keys, values[c], true);
    // With nothing to show, the axis would label whatever range it last had (at first the
    // epoch's first seconds, "1970-01-01" five times): no dates and no window then.
    m_plot->xAxis->setTickLabels(!data.points.isEmpty());
    m_window->setVisible(!data.points.isEmpty());
    m_plot->yAxis->rescale();
    m_plot->yAxis->setRangeLower(0);
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    ticker->setTimeZone(zone);
    ticker->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineRangeSelector::setWindow(qint64 fromMs, qint64 toMs)
{
    m_window->topLeft->setCoords(fromMs / 1000.0, 0);
    m_window->bottomRight->setCoords(toMs / 1000.0, 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineRangeSelector::onMouse(QMouseEvent *event, bool release)
{
    const double key = m_plot->xAxis->pixelToCoord(event->position().x());
    if (!release) {
        m_press = key;
        return;
    }
    const double pressed = m_press.value_or(key);
    m_press.reset();
    if (qAbs(m_plot->xAxis->coordToPixel(pressed) - event->position().x()) > 3)
        emit windowChosen(qint64(std::llround(qMin(pressed, key) * 1000)), qint64(std::llround(qMax(pressed, key) * 1000)));
    else
        emit centreChosen(qint64(std::llround(key * 1000)));
}
