#pragma once

#include "contactgraph.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QTimeZone>

class GraphEdgeItem;
class GraphNodeItem;

/// @brief The contact graph as scene items: a node per handle (size by degree, draggable), a
/// directed edge per class — lookups dashed amber, communications solid blue — bent apart so
/// the two edges of one pair never draw as one. Items skip detail (labels, arrows) when small
/// on screen, so large graphs stay smooth. GUI thread only.
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphScene)
public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;
    void setGraph(const ContactGraph &graph, const QHash<qint64, QPointF> &positions);
    const ContactGraph &graph() const { return m_graph; }
    GraphNodeItem *nodeItem(qint64 handleId) const { return m_nodes.value(handleId); }
    QList<GraphEdgeItem *> edgeItems() const { return m_edges; }
    /// @brief Graphs with more edges than this draw them batched in one layer item.
    static constexpr int EdgeItemLimit = 3000;
    bool isBatched() const { return m_layer != nullptr; }
    /// @brief The zone the edges' first and last times are written in.
    void setDisplayZone(const QTimeZone &zone);
    /// @brief Where each figure is — each node's centre, each edge's middle — in scene units: the
    /// keyboard's stops.
    QList<QPointF> figurePositions() const;
    /// @brief What hovering at @p scenePos in @p widget's view says (a node's figures, an edge's
    /// counts and times), ending with @p howToList (empty: "Double-click…"); empty if nothing is there.
    QString describeAt(const QPointF &scenePos, QWidget *widget, const QString &howToList = {}) const;
    /// @brief What a double click at @p scenePos does (a node's or an edge's events wanted); false
    /// when nothing is there.
    bool activateAt(const QPointF &scenePos, QWidget *widget);
    /// @brief Selects one handle's node without emitting handleSelected.
    void selectHandle(qint64 handleId);
    /// @brief What a context menu at @p scenePos asks for, to be shown at @p screenPos: a node's
    /// (the node selected first, as a click selects it) or an edge's menu; false when nothing is
    /// there.
    bool menuAt(const QPointF &scenePos, QWidget *widget, const QPoint &screenPos);

signals:
    void handleSelected(qint64 handleId);
    /// @brief An edge was double-clicked: its events are wanted.
    void edgeActivated(const GraphEdge &edge);
    /// @brief A handle's node was double-clicked: the events of its edges are wanted.
    void nodeActivated(const GraphNode &node);
    /// @brief A node's context menu is wanted at @p screenPos.
    void nodeMenuWanted(const GraphNode &node, const QPoint &screenPos);
    /// @brief An edge's context menu is wanted at @p screenPos.
    void edgeMenuWanted(const GraphEdge &edge, const QPoint &screenPos);

protected:
    /// Batched edges have no items of their own: their tooltip is found by distance.
    void helpEvent(QGraphicsSceneHelpEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    /// What the graph draws at its own size, every node's name at its own.
    QRectF drawnBounds() const;
    /// @brief The edge at @p scenePos in @p widget's view: an edge item, or a batched edge
    /// within four pixels on screen.
    std::optional<GraphEdge> edgeAt(const QPointF &scenePos, QWidget *widget) const;
    static double layerTolerance(QWidget *widget);

    ContactGraph m_graph;
    QHash<qint64, GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    class GraphEdgeLayer *m_layer = nullptr;
    bool m_syncing = false;
    QTimeZone m_zone = QTimeZone::utc();
};
