#include "graphscene.h"

#include "graphedgelayer.h"
#include "graphitems.h"
#include "plaintooltip.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>
#include <QtMath>

namespace {
constexpr double PositionScale = 2.5;
constexpr int CrowdedFrom = 1000;
/// Up to this many handles, each name keeps a readable size however far out the view is: a
/// laptop's graph panel fitted the demo's twelve handles below the names' zoom, unnamed.
constexpr int FewUpTo = 60;
} // namespace

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this]() {
        if (m_syncing)
            return;
        const QList<QGraphicsItem *> selected = selectedItems();
        if (selected.size() == 1) {
            if (auto *node = dynamic_cast<GraphNodeItem *>(selected.first()))
                emit handleSelected(node->handleId());
        }
    });
}

GraphScene::~GraphScene()
{
    // ~QGraphicsScene deletes the items once this class's part is gone; a selected node going
    // would call the selection handler on what is left of the scene.
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
}

void GraphScene::setGraph(const ContactGraph &graph, const QHash<qint64, QPointF> &positions)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_layer = nullptr;
    m_graph = graph;
    QList<GraphNodeItem *> nodeItems;
    nodeItems.reserve(graph.nodes.size());
    for (const GraphNode &node : graph.nodes) {
        auto *item = new GraphNodeItem(node, 6 + 3 * std::sqrt(double(node.degree)));
        // Graphviz's y grows upwards; the scene's downwards. Graphviz spaces for its own half-inch
        // nodes; ours are smaller and carry a name beside them, so spread them further.
        const QPointF p = positions.value(node.handleId) * PositionScale;
        item->setPos(p.x(), -p.y());
        if (graph.nodes.size() > CrowdedFrom)
            item->setLabelDetail(1.5); // thousands of names cost more than they tell until zoomed in
        else if (graph.nodes.size() <= FewUpTo)
            item->setLeastNameSize(0.8); // a few names stay readable in a view fitted small
        addItem(item);
        m_nodes.insert(node.handleId, item);
        nodeItems.append(item);
    }
    if (graph.edges.size() > EdgeItemLimit) {
        m_layer = new GraphEdgeLayer(graph, nodeItems);
        for (GraphNodeItem *node : std::as_const(m_nodes))
            node->setLayer(m_layer);
        addItem(m_layer);
        setSceneRect(drawnBounds().adjusted(-40, -40, 40, 40));
        return;
    }
    for (const GraphEdge &edge : graph.edges) {
        // Each direction bends to its own side, communications further out than lookups: the
        // up to four edges of a pair never draw on top of each other.
        const int bend = edge.evidenceClass == EvidenceClass::Lookup ? 1 : 2;
        auto *item = new GraphEdgeItem(edge, m_nodes.value(graph.nodes[edge.from].handleId),
                                       m_nodes.value(graph.nodes[edge.to].handleId), bend);
        item->setToolTip(PlainToolTip::of(item->description(m_zone)));
        addItem(item);
        m_edges.append(item);
    }
    setSceneRect(drawnBounds().adjusted(-40, -40, 40, 40));
}

QRectF GraphScene::drawnBounds() const
{
    // The nodes at their names' own size: a name kept readable has room to grow in its box, and
    // a fit to the boxes left a strip of white right of the graph.
    QRectF bounds;
    for (QGraphicsItem *item : items()) {
        const auto *node = dynamic_cast<const GraphNodeItem *>(item);
        bounds |= item->mapRectToScene(node ? node->ownSizeRect() : item->boundingRect());
    }
    return bounds;
}

void GraphScene::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    for (GraphEdgeItem *edge : std::as_const(m_edges))
        edge->setToolTip(PlainToolTip::of(edge->description(zone)));
}

void GraphScene::selectHandle(qint64 handleId)
{
    m_syncing = true;
    clearSelection();
    if (GraphNodeItem *node = m_nodes.value(handleId))
        node->setSelected(true);
    m_syncing = false;
}

double GraphScene::layerTolerance(QWidget *widget)
{
    // Four pixels on screen, whatever the zoom.
    const auto *view = qobject_cast<QGraphicsView *>(widget ? widget->parentWidget() : nullptr);
    const double scale = view ? view->transform().m11() : 1.0;
    return 4.0 / qMax(scale, 1e-6);
}

std::optional<GraphEdge> GraphScene::edgeAt(const QPointF &scenePos, QWidget *widget) const
{
    QGraphicsItem *item = itemAt(scenePos, QTransform());
    if (const auto *edge = dynamic_cast<const GraphEdgeItem *>(item))
        return edge->edge();
    if (m_layer && item == m_layer)
        return m_layer->edgeAt(scenePos, layerTolerance(widget));
    return std::nullopt;
}

QList<QPointF> GraphScene::figurePositions() const
{
    QList<QPointF> figures;
    for (const GraphNodeItem *node : m_nodes)
        figures.append(node->pos());
    for (const GraphEdgeItem *edge : m_edges)
        figures.append(edge->middle());
    if (m_layer)
        figures.append(m_layer->middles());
    return figures;
}

bool GraphScene::activateAt(const QPointF &scenePos, QWidget *widget)
{
    if (const auto *node = dynamic_cast<const GraphNodeItem *>(itemAt(scenePos, QTransform()))) {
        emit nodeActivated(node->node());
        return true;
    }
    if (const auto edge = edgeAt(scenePos, widget)) {
        emit edgeActivated(*edge);
        return true;
    }
    return false;
}

void GraphScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (activateAt(event->scenePos(), event->widget())) {
        event->accept();
        return;
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

bool GraphScene::menuAt(const QPointF &scenePos, QWidget *widget, const QPoint &screenPos)
{
    if (auto *node = dynamic_cast<GraphNodeItem *>(itemAt(scenePos, QTransform()))) {
        // Selected first, as a list's row is highlighted by a right-click: the handle everywhere.
        if (!node->isSelected()) {
            clearSelection();
            node->setSelected(true);
        }
        emit nodeMenuWanted(node->node(), screenPos);
        return true;
    }
    if (const auto edge = edgeAt(scenePos, widget)) {
        emit edgeMenuWanted(*edge, screenPos);
        return true;
    }
    return false;
}

void GraphScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (menuAt(event->scenePos(), event->widget(), event->screenPos())) {
        event->accept();
        return;
    }
    QGraphicsScene::contextMenuEvent(event);
}

QString GraphScene::describeAt(const QPointF &scenePos, QWidget *widget, const QString &howToList) const
{
    QGraphicsItem *item = itemAt(scenePos, QTransform());
    if (const auto *node = dynamic_cast<const GraphNodeItem *>(item))
        return node->toolTipText(howToList);
    if (const auto *edge = dynamic_cast<const GraphEdgeItem *>(item))
        return edge->description(m_zone, howToList);
    if (m_layer && item == m_layer)
        return m_layer->describeAt(scenePos, layerTolerance(widget), m_zone, howToList);
    return {};
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    QGraphicsItem *item = itemAt(event->scenePos(), QTransform());
    if (!dynamic_cast<const GraphNodeItem *>(item) && (!m_layer || item != m_layer)) {
        QGraphicsScene::helpEvent(event); // an edge item's own tooltip
        return;
    }
    const QString text = describeAt(event->scenePos(), event->widget());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->screenPos(), PlainToolTip::of(text), event->widget());
    event->setAccepted(!text.isEmpty());
}
