#include "graphview.h"

#include "evidenceclassstyle.h"
#include "figurekeycursor.h"
#include "figurelinks.h"
#include "graphfiguremenu.h"
#include "graphitems.h"
#include "graphscene.h"
#include "middleelidedcombobox.h"
#include "sourcechoices.h"
#include "timeformat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QGraphicsView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace {

constexpr int SliderSteps = 1000;

qint64 startOfSecond(qint64 ms)
{
    return ms - ((ms % 1000) + 1000) % 1000; // times before 1970 too
}

/// Wheel zooms about the cursor; dragging the background pans.
class ZoomingView final : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        const double factor = std::pow(1.0015, event->angleDelta().y());
        setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
        scale(factor, factor);
        event->accept();
    }
};

} // namespace

GraphView::GraphView(QWidget *parent)
    : QWidget(parent), m_scene(new GraphScene(this)), m_view(new ZoomingView(this)),
      m_search(new QLineEdit(this)), m_lookups(new QCheckBox(tr("Lookups"), this)),
      m_communications(new QCheckBox(tr("Communications"), this)), m_minCount(new QSpinBox(this)),
      m_focus(new QCheckBox(tr("Neighbourhood of the selected handle:"), this)),
      m_hops(new QSpinBox(this)), m_source(new MiddleElidedComboBox(this)),
      m_withDuplicates(new QCheckBox(tr("with duplicates"), this)),
      m_from(new QSlider(Qt::Horizontal, this)), m_to(new QSlider(Qt::Horizontal, this)),
      m_window(new QLabel(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("graphView"));
    m_view->setScene(m_scene);
    // White in a dark desktop theme too, as the charts and the exported picture are: the nodes,
    // their labels' halos and the edges' colours are drawn for it.
    m_view->setBackgroundBrush(Qt::white);
    m_view->setAccessibleName(tr("Contact graph"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    m_view->setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    m_view->setMinimumSize(240, 160);
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildFilters());
    layout->addWidget(m_view, 1);
    m_status->setWordWrap(true);
    FigureLinks::makeReachable(m_status);
    m_status->setObjectName(QStringLiteral("graphStatus"));
    connect(m_status, &QLabel::linkActivated, this, &GraphView::followLink);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_status);
    addKeyCursor();
    connectFigureMenu();
    connect(m_scene, &GraphScene::handleSelected, this, [this](qint64 id) {
        m_selected = id;
        if (GraphNodeItem *node = m_scene->nodeItem(id))
            m_selectedName = node->node().handle;
        emit handleSelected(id);
        if (m_focus->isChecked())
            emit requestChanged();
    });
}

void GraphView::addKeyCursor()
{
    const auto toScene = [this](const QPointF &pos) { return m_view->viewportTransform().inverted().map(pos); };
    const auto figures = [this]() {
        QList<QPointF> onScreen;
        for (const QPointF &at : m_scene->figurePositions())
            onScreen.append(m_view->viewportTransform().map(at));
        return onScreen;
    };
    const auto describe = [this, toScene](const QPointF &pos) {
        return m_scene->describeAt(toScene(pos), m_view->viewport(), tr("Press Enter to list them in the events table."));
    };
    const auto reveal = [this, toScene](const QPointF &pos) {
        const QPointF at = toScene(pos);
        const double margin = 40 / qMax(m_view->transform().m11(), 1e-6); // 40 pixels whatever the zoom
        m_view->ensureVisible(QRectF(at - QPointF(margin, margin), QSizeF(2 * margin, 2 * margin)), 0, 0);
        return m_view->viewportTransform().map(at);
    };
    const auto zoom = [this, toScene](const QPointF &pos, double factor) {
        const QPointF at = toScene(pos);
        m_view->setTransformationAnchor(QGraphicsView::NoAnchor);
        m_view->scale(factor, factor);
        const QPointF drift = m_view->viewportTransform().map(at) - pos; // keep the point where it was
        m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->value() + qRound(drift.x()));
        m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->value() + qRound(drift.y()));
        m_userZoomed = true;
        m_keyCursor->followRedraw();
    };
    m_keyCursor = new FigureKeyCursor(m_view, m_view->viewport(),
                                      {figures, describe, [this, toScene](const QPointF &pos) { m_scene->activateAt(toScene(pos), m_view->viewport()); },
                                       reveal, zoom});
    // A node dragged, the view scrolled or zoomed: the cursor keeps its figure only if it is still there.
    connect(m_scene, &QGraphicsScene::changed, m_keyCursor, &FigureKeyCursor::followRedraw);
    for (QScrollBar *bar : {m_view->horizontalScrollBar(), m_view->verticalScrollBar()})
        connect(bar, &QScrollBar::valueChanged, m_keyCursor, &FigureKeyCursor::followRedraw, Qt::QueuedConnection);
}

QWidget *GraphView::buildFilters()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(4, 4, 4, 0);
    m_search->setPlaceholderText(tr("Find a handle…"));
    m_search->setAccessibleName(tr("Find a handle"));
    m_minCount->setAccessibleName(tr("Fewest events an edge shows"));
    m_hops->setAccessibleName(tr("Hops from the selected handle"));
    m_from->setAccessibleName(tr("Start of the time window"));
    m_to->setAccessibleName(tr("End of the time window"));
    m_source->setAccessibleName(tr("Sources the graph is drawn from"));
    m_source->setToolTip(tr("Draw only the events stored from this source, or from every source "
                            "of this file"));
    m_source->addItem(tr("all sources"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(12);
    m_withDuplicates->setObjectName(QStringLiteral("graphWithDuplicates"));
    m_withDuplicates->setAccessibleName(tr("Draw the chosen source's duplicates too"));
    m_withDuplicates->setToolTip(tr("Also the events first stored from another source that the "
                                    "chosen source held again (its duplicates), so that the graph "
                                    "is drawn from every record the source held"));
    m_withDuplicates->setEnabled(false); // until a source is chosen
    m_search->setClearButtonEnabled(true);
    m_lookups->setChecked(true);
    m_communications->setChecked(true);
    m_minCount->setRange(1, 1000000);
    m_minCount->setPrefix(tr("≥ "));
    m_minCount->setToolTip(tr("Only edges with at least this many events"));
    m_lookups->setToolTip(tr("Lookup edges: a device looked the other handle up"));
    m_communications->setToolTip(tr("Communication edges: a recorded call or message"));
    m_hops->setRange(1, 10);
    m_hops->setSuffix(tr(" hop(s)"));
    for (QSlider *slider : {m_from, m_to})
        slider->setRange(0, SliderSteps);
    m_to->setValue(SliderSteps);
    auto *fit = new QPushButton(tr("Fit"), box);
    m_export = new QPushButton(tr("Export…"), box);
    m_search->setMinimumWidth(80);
    grid->addWidget(m_search, 0, 0);
    grid->addWidget(m_lookups, 0, 1);
    grid->addWidget(m_communications, 0, 2);
    grid->addWidget(m_minCount, 0, 3);
    grid->addWidget(fit, 0, 4);
    grid->addWidget(m_export, 0, 5);
    grid->addWidget(m_from, 1, 0);
    grid->addWidget(m_to, 1, 1, 1, 2);
    grid->addWidget(m_window, 2, 0, 1, 6); // under the sliders: a window's two times need the width
    grid->addWidget(m_focus, 3, 0);
    grid->addWidget(m_hops, 3, 1);
    // The sources (a file imported again is named with its number: "ids-sample.csv (source #3)")
    // and whether their duplicates are drawn too, across the columns right of the hops.
    auto *source = new QHBoxLayout;
    source->addWidget(m_source, 1);
    source->addWidget(m_withDuplicates);
    grid->addLayout(source, 3, 2, 1, 4);
    m_window->setObjectName(QStringLiteral("graphWindow"));
    m_window->setTextFormat(Qt::PlainText);
    m_window->setWordWrap(true);
    m_window->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Filters rebuild the graph off the GUI thread; a burst of changes makes one request.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(debounce, &QTimer::timeout, this, &GraphView::requestChanged);
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this]() { m_withDuplicates->setEnabled(!SourceChoices::chosen(m_source).isEmpty()); });
    for (QCheckBox *check : {m_lookups, m_communications, m_focus, m_withDuplicates})
        connect(check, &QCheckBox::toggled, debounce, qOverload<>(&QTimer::start));
    for (QSpinBox *spin : {m_minCount, m_hops})
        connect(spin, &QSpinBox::valueChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_source, &QComboBox::currentIndexChanged, debounce, qOverload<>(&QTimer::start));
    for (QSlider *slider : {m_from, m_to}) {
        connect(slider, &QSlider::valueChanged, this, &GraphView::updateWindowLabel);
        connect(slider, &QSlider::valueChanged, debounce, qOverload<>(&QTimer::start));
    }
    connect(m_search, &QLineEdit::returnPressed, this, [this]() { search(m_search->text()); });
    connect(fit, &QPushButton::clicked, this, [this]() {
        m_userZoomed = false;
        fitToGraph();
    });
    connect(m_export, &QPushButton::clicked, this, &GraphView::exportWithDialog);
    updateWindowLabel();
    return box;
}

void GraphView::setTimeSpan(qint64 firstMs, qint64 lastMs, const QTimeZone &zone)
{
    m_firstMs = firstMs;
    m_lastMs = qMax(lastMs, firstMs + 1);
    setDisplayZone(zone);
}

void GraphView::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    m_scene->setDisplayZone(zone);
    updateWindowLabel();
}

void GraphView::updateWindowLabel()
{
    const GraphFilter filter = request().filter;
    if (!filter.fromMs || !filter.toMs) {
        m_window->setText(tr("Time window: the whole case"));
        return;
    }
    const qint64 lastSecond = *filter.toMs - 1000; // the window ends after it
    QString text = tr("%1 to %2").arg(TimeFormat::cell(*filter.fromMs, m_zone), TimeFormat::cell(lastSecond, m_zone));
    if (TimeFormat::isNamedZone(m_zone)) // its cells give the offset, the zone's name once
        text = tr("%1 (%2)").arg(text, TimeFormat::zoneLabel(m_zone));
    m_window->setText(tr("Time window: %1").arg(text));
}

void GraphView::setSources(const QList<SourceRow> &sources)
{
    SourceChoices::fill(m_source, sources); // the graph is built again by the caller
    m_sourceRows = sources;
    m_withDuplicates->setEnabled(!SourceChoices::chosen(m_source).isEmpty());
}

void GraphView::showEveryEvent()
{
    // One request for the burst of changes (the filters' timer).
    m_lookups->setChecked(true);
    m_communications->setChecked(true);
    m_focus->setChecked(false);
    m_minCount->setValue(1);
    m_from->setValue(0);
    m_to->setValue(SliderSteps);
    m_source->setCurrentIndex(0);
    m_withDuplicates->setChecked(false);
}

void GraphView::drawSource(const QList<qint64> &sourceIds, bool withDuplicates)
{
    showEveryEvent();
    SourceChoices::choose(m_source, sourceIds);
    m_withDuplicates->setChecked(withDuplicates && !SourceChoices::chosen(m_source).isEmpty());
}

void GraphView::drawNeighbourhood()
{
    showEveryEvent();
    m_focus->setChecked(true);
}

QString GraphView::windowText() const
{
    return m_window->text();
}

GraphRequest GraphView::request() const
{
    GraphRequest r;
    r.filter.classes.clear();
    if (m_lookups->isChecked())
        r.filter.classes.append(EvidenceClass::Lookup);
    if (m_communications->isChecked())
        r.filter.classes.append(EvidenceClass::Communication);
    const int a = qMin(m_from->value(), m_to->value());
    const int b = qMax(m_from->value(), m_to->value());
    if ((a > 0 || b < SliderSteps) && m_lastMs > m_firstMs) {
        const double span = double(m_lastMs - m_firstMs);
        // Whole seconds, so that the line under the sliders says exactly which events are in.
        const qint64 from = m_firstMs + qint64(span * a / SliderSteps);
        const qint64 last = m_firstMs + qint64(span * b / SliderSteps);
        r.filter.fromMs = startOfSecond(from);
        r.filter.toMs = startOfSecond(last) + 1000;
    }
    r.filter.sourceIds = SourceChoices::chosen(m_source);
    r.filter.withDuplicates = !r.filter.sourceIds.isEmpty() && m_withDuplicates->isChecked();
    r.scope.minimumCount = m_minCount->value();
    if (m_focus->isChecked() && m_selected)
        r.scope.focusHandle = m_selected;
    r.scope.hops = m_hops->value();
    return r;
}

void GraphView::setBusy(bool busy)
{
    if (busy)
        m_status->setText(tr("Laying the graph out (Graphviz)…").toHtmlEscaped());
}

void GraphView::setGraph(const ContactGraph &graph, const QHash<qint64, QPointF> &positions)
{
    m_figureMenu->close(); // its figure's indices are the graph's before
    m_scene->setGraph(graph, positions);
    if (m_selected)
        m_scene->selectHandle(*m_selected);
    qint64 lookups = 0;
    qint64 communications = 0;
    for (const GraphEdge &e : graph.edges)
        (e.evidenceClass == EvidenceClass::Lookup ? lookups : communications) += 1;
    // Each count leads to the events behind it (followLink()): the handles' to their edges' events.
    m_statusHtml = tr("%1; %2 and %3 (each a separate edge). %4")
                       .toHtmlEscaped()
                       .arg(FigureLinks::anchor(QStringLiteral("all-edges"), tr("%Ln handle(s)", nullptr, int(graph.nodes.size())),
                                                !graph.edges.isEmpty()),
                            FigureLinks::anchor(QStringLiteral("lookup-edges"), tr("%Ln lookup edge(s)", nullptr, int(lookups)), lookups > 0),
                            FigureLinks::anchor(QStringLiteral("communication-edges"),
                                                tr("%Ln communication edge(s)", nullptr, int(communications)), communications > 0),
                            tr("Dashed amber: a device looked the other handle up — not a communication. "
                               "Solid blue: a recorded call or message.")
                                .toHtmlEscaped());
    if (const QString leftOut = leftOutText(graph, true); !leftOut.isEmpty())
        m_statusHtml += u' ' + leftOut;
    if (const QString missing = focusMissingText(graph); !missing.isEmpty())
        m_statusHtml += u' ' + missing.toHtmlEscaped();
    if (QString nothing = sourceDrawsNothingText(); graph.edges.isEmpty() && !nothing.isEmpty())
        m_statusHtml +=
            u' ' + QString(nothing.front().toUpper() + nothing.mid(1) + u'.').toHtmlEscaped();
    m_status->setText(m_statusHtml);
    fitToGraph();
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userZoomed)
        fitToGraph();
}

void GraphView::connectFigureMenu()
{
    m_figureMenu = new GraphFigureMenu(this);
    connect(m_scene, &GraphScene::nodeMenuWanted, this,
            [this](const GraphNode &node, const QPoint &at) { m_figureMenu->popUp(node, at); });
    connect(m_scene, &GraphScene::edgeMenuWanted, this,
            [this](const GraphEdge &edge, const QPoint &at) {
                m_figureMenu->popUp(edge, m_scene->graph(), at);
            });
    // What a double click does, chosen from the menu.
    connect(m_figureMenu, &GraphFigureMenu::nodeEdgesWanted, m_scene, &GraphScene::nodeActivated);
    connect(m_figureMenu, &GraphFigureMenu::edgeEventsWanted, m_scene, &GraphScene::edgeActivated);
    // The Menu key (or Shift+F10): the menu of the figure the arrow keys' ring is on.
    m_view->installEventFilter(this);
}

bool GraphView::keyboardMenu()
{
    if (const auto at = m_keyCursor->current()) {
        const QPoint point = at->toPoint();
        m_scene->menuAt(m_view->mapToScene(point), m_view->viewport(),
                        m_view->viewport()->mapToGlobal(point));
    }
    return true; // no menu of the view's own where no figure is chosen
}

bool GraphView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::ContextMenu &&
        static_cast<QContextMenuEvent *>(event)->reason() == QContextMenuEvent::Keyboard)
        return keyboardMenu();
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        m_userZoomed = true;
        QTimer::singleShot(0, m_keyCursor, &FigureKeyCursor::followRedraw);
    }
    if (watched == m_view->viewport() && event->type() == QEvent::Resize && !m_userZoomed)
        QTimer::singleShot(0, this, &GraphView::fitToGraph); // once the viewport has its new size
    return QWidget::eventFilter(watched, event);
}

void GraphView::setInsights(const GraphInsights &insights)
{
    m_insights = insights;
    if (m_scene->graph().edges.isEmpty()) {
        m_status->setText(m_statusHtml); // no pair, no sequence: its zeros would say nothing
        return;
    }
    const QString sequences = tr("%n lookup(s) were followed within %1 minutes by a communication between the same two "
                                 "handles — a sequence in time, not a cause.",
                                 nullptr, int(insights.sequenceLookupIds.size()))
                                  .arg(insights.minutes);
    // Each figure leads to its events (linkActivated), each event to its source line.
    const auto link = &FigureLinks::anchor;
    const QString pairs =
        tr("%1, %2.")
            .arg(link(QStringLiteral("lookup-pairs"),
                      tr("%Ln pair(s) rest only on lookups", nullptr, int(insights.lookupOnlyPairs)), insights.lookupOnlyPairs > 0),
                 link(QStringLiteral("communication-pairs"),
                      tr("%Ln only on communications", nullptr, int(insights.communicationOnlyPairs)),
                      insights.communicationOnlyPairs > 0));
    m_status->setText(m_statusHtml + u' ' + pairs + u' '
                      + link(QStringLiteral("sequences"), sequences, !insights.sequenceLookupIds.isEmpty()));
}

void GraphView::followLink(const QString &href)
{
    if (href == u"lookup-pairs")
        emit pairsChosen(EvidenceClass::Lookup);
    else if (href == u"communication-pairs")
        emit pairsChosen(EvidenceClass::Communication);
    else if (href == u"lookup-edges")
        emit classEdgesChosen(EvidenceClass::Lookup);
    else if (href == u"communication-edges")
        emit classEdgesChosen(EvidenceClass::Communication);
    else if (href == u"all-edges")
        emit allEdgesChosen();
    else if (href == u"withheld")
        emit leftOutChosen(NoOneParty::Withheld);
    else if (href == u"masked")
        emit leftOutChosen(NoOneParty::Masked);
    else
        emit eventsChosen(m_insights.sequenceLookupIds,
                          tr("%n lookup(s) followed within %1 minutes by a communication between the same two handles",
                             nullptr, int(m_insights.sequenceLookupIds.size()))
                              .arg(m_insights.minutes));
}

void GraphView::fitToGraph()
{
    m_view->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    m_keyCursor->followRedraw();
}

void GraphView::selectHandle(qint64 handleId, const QString &normalized)
{
    m_selected = handleId;
    m_selectedName = normalized;
    m_scene->selectHandle(handleId);
    if (GraphNodeItem *node = m_scene->nodeItem(handleId))
        m_view->centerOn(node);
    if (m_focus->isChecked())
        emit requestChanged();
}

bool GraphView::search(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    for (const GraphNode &node : m_scene->graph().nodes) {
        if (node.handle.contains(text.trimmed(), Qt::CaseInsensitive) || node.label.contains(text.trimmed(), Qt::CaseInsensitive)) {
            m_scene->selectHandle(node.handleId);
            m_view->centerOn(m_scene->nodeItem(node.handleId));
            m_selected = node.handleId;
            emit handleSelected(node.handleId);
            return true;
        }
    }
    m_status->setText(tr("No handle in the graph contains \"%1\".").arg(text).toHtmlEscaped());
    return false;
}
