#include "timelineview.h"
#include "timelineview_p.h"

#include "evidenceclassstyle.h"
#include "figurekeycursor.h"
#include "figurelinks.h"
#include "gapshading.h"
#include "plainmessagebox.h"
#include "plotcaching.h"
#include "plotexport.h"
#include "plotfiguremenu.h"
#include "plotpixelratio.h"
#include "timeformat.h"
#include "timelinerangeselector.h"
#include "zonedticker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <numbers>

using namespace TimelineLayout;

namespace {

QCPScatterStyle markerStyle(EvidenceClass cls, bool made)
{
    const QColor color = EvidenceClassStyle::color(cls);
    if (cls == EvidenceClass::Connection) {
        QPainterPath tick;
        tick.moveTo(0, -5);
        tick.lineTo(0, 5);
        return QCPScatterStyle(tick, QPen(color, 1.0), Qt::NoBrush, 10);
    }
    const auto shape = made ? QCPScatterStyle::ssTriangle : QCPScatterStyle::ssTriangleInverted;
    // Lookups hollow, communications filled: shape and fill carry the class, not colour alone.
    // Pens of width 1 take the raster engine's fast path; wider ones go through its stroker,
    // which made each marker several times dearer than in a bare plot.
    return cls == EvidenceClass::Lookup ? QCPScatterStyle(shape, QPen(color, 1.0), Qt::NoBrush, 9)
                                        : QCPScatterStyle(shape, QPen(color, 1.0), QBrush(color), 9);
}

/// A filled five-pointed star, black: the analyst's, apart from the classes' colours and shapes.
QCPScatterStyle markedStyle()
{
    QPainterPath star;
    for (int i = 0; i < 10; ++i) {
        const double radius = i % 2 == 0 ? 3.0 : 1.3; // QCustomPlot scales a path by its size / 6
        const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
        const QPointF point(radius * std::cos(angle), radius * std::sin(angle));
        if (i == 0)
            star.moveTo(point);
        else
            star.lineTo(point);
    }
    star.closeSubpath();
    return QCPScatterStyle(star, QPen(Qt::black, 1.0), QBrush(Qt::black), 12);
}

QString graphName(EvidenceClass cls, bool made)
{
    switch (cls) {
    case EvidenceClass::Lookup:
        return made ? TimelineView::tr("Lookup made ▲ (hollow)") : TimelineView::tr("Looked up by others ▼ (hollow)");
    case EvidenceClass::Communication:
        return made ? TimelineView::tr("Communication made ▲ (filled)") : TimelineView::tr("Communication received ▼ (filled)");
    case EvidenceClass::Connection:
        return TimelineView::tr("Connection (tick)");
    }
    return {};
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_overview(new TimelineRangeSelector(this)), m_lanesBox(new QComboBox(this)), m_inViewLabel(new QLabel(this)),
      m_densityTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timelineView"));
    m_lanesBox->addItem(tr("One lane per evidence class"));
    m_lanesBox->addItem(tr("One lane per counterpart"));
    auto *fit = new QPushButton(tr("Fit to data"), this);
    auto *exportButton = new QPushButton(tr("Export PNG/PDF…"), this);
    // A long count line must not widen the window: it wraps instead.
    m_inViewLabel->setWordWrap(true);
    m_inViewLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_inViewLabel->setObjectName(QStringLiteral("timelineInView"));
    FigureLinks::makeReachable(m_inViewLabel); // each count a link to its events
    connect(m_inViewLabel, &QLabel::linkActivated, this, &TimelineView::chooseInView);
    auto *top = new QHBoxLayout;
    top->addWidget(m_lanesBox);
    top->addWidget(m_inViewLabel, 1);
    top->addWidget(fit);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    // QCustomPlot asks for the width of its longest text; the docks beside it need that room.
    m_plot->setMinimumSize(240, 160);
    m_plot->setAccessibleName(tr("Timeline"));
    m_lanesBox->setAccessibleName(tr("Lanes"));
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_overview);
    m_plot->setToolTip(QString());
    PlotPixelRatio::follow(m_plot, [this] { useScreenMarkers(true); });
    m_plot->setMouseTracking(true);
    connect(m_lanesBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setLanes(index == 0 ? Lanes::ByClass : Lanes::ByCounterpart); });
    connect(fit, &QPushButton::clicked, this, &TimelineView::fitToData);
    connect(exportButton, &QPushButton::clicked, this, &TimelineView::exportWithDialog);
    buildPlot();
    addKeyCursor();
    connect(m_plot, &QCustomPlot::afterReplot, m_keyCursor, &FigureKeyCursor::followRedraw);
    // The plot's size is known once drawn; a resize or a first drawing may change the lanes and the title that fit.
    connect(m_plot, &QCustomPlot::afterReplot, this, [this] { QTimer::singleShot(0, this, &TimelineView::fitToPlot); });
    connect(m_overview, &TimelineRangeSelector::windowChosen, this, &TimelineView::setTimeRange);
    connect(m_overview, &TimelineRangeSelector::centreChosen, this, [this](qint64 ms) {
        const auto [from, to] = timeRange();
        setTimeRange(ms - (to - from) / 2, ms + (to - from) / 2);
    });
}

TimelineView::~TimelineView() = default;

void TimelineView::buildPlot()
{
    setUpAxes();
    addClassPlottables();
    layOutPlot();
    connectPlot();
    setDisplayZone(m_zone);
    useScreenMarkers(true);
}

void TimelineView::setUpAxes()
{
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setNoAntialiasingOnDrag(true);
    // QCustomPlot gives the overlay layer (only the Shift-drag rectangle draws there) a second
    // full-size buffer, cleared and composited on every replot; one buffer serves both.
    m_plot->layer(QStringLiteral("overlay"))->setMode(QCPLayer::lmLogical);
    m_plot->xAxis->setTicker(QSharedPointer<ZonedDateTimeTicker>::create());
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->grid()->setVisible(false);
    // Every lane label and a screenful of time labels stay cached between zoom steps.
    PlotCaching::setTickLabelCacheSize(m_plot->yAxis, 2 * (MaxCounterpartLanes + MaxIpLanes + 8));
    PlotCaching::setTickLabelCacheSize(m_plot->xAxis, 64);
}

void TimelineView::addClassPlottables()
{
    // The time between the sources first, under all; then the IPs' bars, under the points.
    m_gapShading = new GapShading(m_plot->xAxis, m_plot->yAxis);
    m_ipBars = new IntervalBars(m_plot->xAxis, m_plot->yAxis);
    m_ipBars->setStyle(QPen(QColor(0x55, 0x55, 0x55), 2), QColor(0x88, 0x88, 0x88, 120), 0.15);
    m_ipBars->setAntialiased(false); // upright rectangles: smoothing adds nothing but time
    m_plot->setAutoAddPlottableToLegend(false); // entries are added below, cached
    for (EvidenceClass cls : AllEvidenceClasses) {
        for (bool made : {true, false}) {
            QCPGraph *graph = m_plot->addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            m_vectorMarkers.append(markerStyle(cls, made)); // set on the graph by useScreenMarkers()
            graph->setName(graphName(cls, made));
            graph->setPen(QPen(EvidenceClassStyle::color(cls)));
            // Connections have no direction. The entries stay transparent: the legend's frame
            // runs along their edges.
            if (cls != EvidenceClass::Connection || made)
                m_plot->legend->addItem(new CachedLegendItem(m_plot->legend, graph));
            m_graphs.append(graph);
        }
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        QPen pen(EvidenceClassStyle::color(cls), 1.0, EvidenceClassStyle::lineStyle(cls));
        bars->setPen(pen);
        bars->setBrush(cls == EvidenceClass::Communication ? QBrush(EvidenceClassStyle::color(cls)) : Qt::NoBrush);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setName(cls == EvidenceClass::Lookup ? tr("Lookups per bin (outlined)")
                      : cls == EvidenceClass::Communication ? tr("Communications per bin (filled)")
                                                            : tr("Connections per bin (dotted)"));
        m_bars.append(bars);
    }
    // Drawn over the points; never hidden by the counts in bins.
    m_markedGraph = m_plot->addGraph();
    m_markedGraph->setLineStyle(QCPGraph::lsNone);
    m_markedGraph->setName(tr("Marked by you (above its event)"));
    m_markedMarker = markedStyle();
}

void TimelineView::layOutPlot()
{
    // The legend in a row of its own under the lanes, never over the points.
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(Qt::NoBrush); // the plot's white shows through; no second fill
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->legend->setWrap(2);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->insertRow(0);
    m_plot->setBackground(Qt::white); // stated, since the cached texts are drawn opaque on it
    auto *title = new CachedTextElement(m_plot, QString(), QFont(font().family(), 10, QFont::Bold));
    title->setOpaqueBackground(Qt::white);
    m_title = title;
    m_plot->plotLayout()->addElement(0, 0, m_title);
    // The caveat is part of the plot, so every exported image carries it.
    m_plot->plotLayout()->insertRow(3);
    // One sentence a line, so a narrow view still shows all of it.
    auto *caveat = new CachedTextElement(m_plot, EvidenceClassText::lookupCaveat().replace(QStringLiteral(". "), QStringLiteral(".\n")),
                                      QFont(font().family(), 8));
    caveat->setTextColor(QColor(0x40, 0x40, 0x40));
    caveat->setOpaqueBackground(Qt::white);
    m_plot->plotLayout()->addElement(3, 0, caveat);
    for (int row : {0, 2, 3})
        m_plot->plotLayout()->setRowStretchFactor(row, 0.001);
}

void TimelineView::connectPlot()
{
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &TimelineView::onRangeChanged);
    connect(m_plot, &QCustomPlot::mouseMove, this, &TimelineView::showHover);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        m_pressPos = event->pos();
        // Shift-drag selects a window of time instead of panning.
        m_plot->setSelectionRectMode(event->modifiers() & Qt::ShiftModifier ? QCP::srmCustom : QCP::srmNone);
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        // The left button's click: the right one's opens the figure's menu.
        if (event->button() == Qt::LeftButton && (event->pos() - m_pressPos).manhattanLength() <= 3)
            chooseAt(event->pos());
    });
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect &rect, QMouseEvent *) {
        const double a = m_plot->xAxis->pixelToCoord(rect.left());
        const double b = m_plot->xAxis->pixelToCoord(rect.right());
        m_plot->setSelectionRectMode(QCP::srmNone);
        emit rangeSelected(millis(qMin(a, b)), millis(qMax(a, b)));
    });
    m_densityTimer->setSingleShot(true);
    m_densityTimer->setInterval(0);
    connect(m_densityTimer, &QTimer::timeout, this, [this]() {
        updateDensity();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    });
}

void TimelineView::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>()->setTimeZone(zone);
    m_plot->xAxis->setLabel(tr("Time (%1)").arg(TimeFormat::zoneLabel(zone)));
    if (m_overview)
        m_overview->setData(m_data, zone);
    updateDensity();
    m_plot->replot();
}

void TimelineView::setData(const TimelineData &data)
{
    m_data = data;
    m_overview->setData(data, m_zone);
    m_title->setText(titleText(false));
    // Without events the axis would date the last day before now, which nothing here is about.
    m_plot->xAxis->setTickLabels(!data.points.isEmpty());
    rebuildLanes();
    fitToData();
}

void TimelineView::setMarked(qint64 eventId, bool marked)
{
    for (TimelinePoint &p : m_data.points) {
        if (p.eventId != eventId)
            continue;
        p.marked = marked;
        fillMarked();
        m_plot->replot();
        return;
    }
}

void TimelineView::setIpPlaces(const QHash<QString, QString> &places)
{
    m_ipPlaces = places;
    rebuildLanes();
    updateDensity();
    m_plot->replot();
}

void TimelineView::setLanes(Lanes lanes)
{
    m_lanes = lanes;
    m_lanesBox->setCurrentIndex(lanes == Lanes::ByClass ? 0 : 1);
    rebuildLanes();
    updateDensity();
    m_plot->replot();
}

void TimelineView::fitToData()
{
    if (m_data.points.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        setTimeRange(now - 86400000, now);
        return;
    }
    const qint64 first = m_data.points.first().utcMs;
    const qint64 last = m_data.points.last().utcMs;
    const qint64 margin = qMax<qint64>((last - first) / 20, 60000);
    setTimeRange(first - margin, last + margin);
}

void TimelineView::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_plot->xAxis->setRange(seconds(fromMs), seconds(qMax(toMs, fromMs + 1000)));
    updateDensity();
    m_plot->replot();
    m_overview->setLeftMargin(m_plot->axisRect()->left()); // the same time axis span as the lanes
}

QPair<qint64, qint64> TimelineView::timeRange() const
{
    return {millis(m_plot->xAxis->range().lower), millis(m_plot->xAxis->range().upper)};
}

void TimelineView::onRangeChanged()
{
    updateTicker();
    const auto [from, to] = timeRange();
    m_overview->setWindow(from, to);
    // Zoom and drag replot at once with what is there; the density switch follows a moment
    // later, so a wheel turn never waits on re-binning.
    m_densityTimer->start();
}

void TimelineView::updateTicker()
{
    const double span = m_plot->xAxis->range().size();
    auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>();
    // From a week up the ticks are days (midnights in the display zone): the date alone.
    ticker->setDateTimeFormat(span > 7 * 86400.0   ? QStringLiteral("yyyy-MM-dd")
                              : span > 2 * 86400.0 ? QStringLiteral("MM-dd\nHH:mm")
                              : span > 2 * 3600.0  ? QStringLiteral("MM-dd HH:mm")
                                                   : QStringLiteral("HH:mm:ss"));
}

void TimelineView::updateDensity()
{
    const auto [fromMs, toMs] = timeRange();
    const auto [first, last] = TimelineSeries::indexRange(m_data.points, fromMs, toMs + 1);
    m_inView = last - first;
    m_binned = m_inView > DensityThreshold;
    for (QCPGraph *graph : std::as_const(m_graphs))
        graph->setVisible(!m_binned);
    QString how;
    if (m_binned) {
        const BinSize size = TimelineSeries::binSizeFor(toMs - fromMs);
        const QList<TimelineBin> bins = TimelineSeries::bins(m_data.points, fromMs, toMs, size, m_zone);
        std::array<qint64, 3> peak{};
        for (const TimelineBin &bin : bins) {
            for (int c = 0; c < 3; ++c)
                peak[c] = qMax(peak[c], bin.counts[c]);
        }
        for (int c = 0; c < 3; ++c) {
            // Class lanes only: each lane's bars scaled to its own busiest bin (printed in the label).
            const double lane = barLane(EvidenceClass(c));
            QVector<double> keys, values;
            for (const TimelineBin &bin : bins) {
                keys.append(seconds(bin.startMs + (bin.endMs - bin.startMs) / 2));
                values.append(-0.8 * double(bin.counts[c]) / double(qMax<qint64>(1, peak[c])));
            }
            m_bars[c]->setBaseValue(lane + 0.4);
            m_bars[c]->setWidth(bins.isEmpty() ? 1.0 : seconds(bins.first().endMs - bins.first().startMs) * 0.9);
            m_bars[c]->setData(keys, values, true);
            m_bars[c]->setVisible(true);
        }
        how = size == BinSize::Hour ? tr("counts per hour") : size == BinSize::Day ? tr("counts per day") : tr("counts per week");
        // Each busiest count a link to its bins' events (chooseInView()).
        how = tr(" — drawn as %1 (busiest: %2); zoom in for single events")
                  .toHtmlEscaped()
                  .arg(how.toHtmlEscaped(), FigureLinks::classCounts(peak, busiestPrefix()));
    } else {
        for (QCPBars *bars : std::as_const(m_bars))
            bars->setVisible(false);
    }
    ClassCounts inView{};
    for (int i = first; i < last; ++i)
        ++inView[int(m_data.points[i].evidenceClass)];
    m_inViewLabel->setText(tr("In view: %1%2").toHtmlEscaped().arg(FigureLinks::classCounts(inView), how));
}

void TimelineView::addKeyCursor()
{
    FigureKeyCursor::Hooks hooks;
    hooks.figures = [this]() { return figurePositions(); };
    hooks.describe = [this](const QPointF &pos) { return hoverText(pos, true); };
    hooks.choose = [this](const QPointF &pos) { chooseAt(pos); };
    hooks.reveal = [this](const QPointF &pos) { return revealPoint(pos); };
    hooks.zoom = [this](const QPointF &pos, double factor) {
        m_plot->xAxis->scaleRange(1.0 / factor, m_plot->xAxis->pixelToCoord(pos.x()));
        m_plot->replot();
    };
    hooks.sight = [this]() { // the time in view, from the title down: the events just beyond are not
        const QRect lanes = m_plot->axisRect()->rect();
        return QRectF(lanes.left(), 0, lanes.width(), m_plot->height());
    };
    m_keyCursor = new FigureKeyCursor(m_plot, m_plot, std::move(hooks));
    m_figureMenu = new PlotFigureMenu(m_plot, m_keyCursor, [this](QMenu *menu, const QPointF &pos) {
        return fillMenu(menu, pos);
    });
}

void TimelineView::showEvent(QShowEvent *event)
{
    useScreenMarkers(true); // the screen it is shown on decides its pixel ratio
    QWidget::showEvent(event);
}

QCPScatterStyle TimelineView::exportMarker(const QCPGraph *graph) const
{
    if (graph == m_markedGraph)
        return m_markedMarker;
    const int g = m_graphs.indexOf(const_cast<QCPGraph *>(graph));
    return g < 0 ? QCPScatterStyle() : m_vectorMarkers.at(g);
}

void TimelineView::useScreenMarkers(bool screen)
{
    // Exports (PDF above all) keep drawn shapes; the screen copies pre-rendered ones.
    for (int g = 0; g < m_graphs.size(); ++g) {
        const auto pixmap = screen ? PlotCaching::pixmapMarker(m_vectorMarkers.at(g), m_plot->devicePixelRatioF()) : std::nullopt;
        m_graphs[g]->setScatterStyle(pixmap.value_or(m_vectorMarkers.at(g)));
    }
    const auto star = screen
                          ? PlotCaching::pixmapMarker(m_markedMarker, m_plot->devicePixelRatioF())
                          : std::nullopt;
    m_markedGraph->setScatterStyle(star.value_or(m_markedMarker));
}

bool TimelineView::exportTo(const QString &path, const QSize &size, QString *error)
{
    useScreenMarkers(false);
    const bool ok = PlotExport::save(m_plot, path, size,
                                     tr("LookupLens — timeline of %1").arg(m_data.handlesText()), error);
    useScreenMarkers(true);
    if (ok)
        emit exported(path);
    return ok;
}

void TimelineView::exportWithDialog()
{
    const QString path = PlotExport::askPath(this, tr("Export timeline"), QStringLiteral("timeline.png"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, m_plot->size() * 2, &error))
        PlainMessageBox::warning(this, tr("Export timeline"), error);
}
