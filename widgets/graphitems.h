#pragma once

#include "contactgraph.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QHash>
#include <QPainterPath>
#include <QStaticText>
#include <QTimeZone>

class GraphEdgeItem;

/// @brief A handle: a circle sized by its number of edges, its name beside it when there is room.
class GraphNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(GraphNodeItem)
public:
    GraphNodeItem(const GraphNode &node, double radius);
    /// @brief The handle's figures by class and direction, and its IPs: made when the pointer
    /// rests on it (GraphScene), not for each of a large graph's thousands of nodes.
    /// @p howToList ends the text; empty: "Double-click to list them…".
    QString toolTipText(const QString &howToList = {}) const;
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void addEdge(GraphEdgeItem *edge) { m_edges.append(edge); }
    void setLayer(class GraphEdgeLayer *layer) { m_layer = layer; }
    /// @brief From which on-screen scale on the name is drawn (later in crowded graphs).
    void setLabelDetail(double detail) { m_labelDetail = detail; }
    /// @brief In a graph of few handles: the least size a name keeps on screen, a fraction of
    /// its own, however far the view is zoomed out (up to MostGrown times its size in the
    /// scene; below that it is not drawn). 0: it scales with the view.
    void setLeastNameSize(double size);
    double leastNameSize() const { return m_leastName; }
    /// @brief The circle and the name at its own size (boundingRect() without its room to grow).
    QRectF ownSizeRect() const;
    /// How many times its own size a name kept readable grows in the scene at most.
    static constexpr double MostGrown = 2.5;
    qint64 handleId() const { return m_node.handleId; }
    const GraphNode &node() const { return m_node; }
    double radius() const { return m_radius; }
    QString text() const;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    /// @brief The circle, of @p radius and its ring @p penWidth wide in @p painter's units.
    void drawDisc(QPainter *painter, bool antialiased, double radius, double penWidth) const;
    /// @brief Draws the circle from a cached picture of it at this size on screen; false where
    /// it cannot (too large, or the view rotated), for drawDisc() to draw it.
    bool drawDiscImage(QPainter *painter, double detail, bool antialiased) const;
    /// @brief The name beside the circle, no larger on screen than twice its size; @p onScreen
    /// in a view, else an export.
    void drawName(QPainter *painter, double detail, bool onScreen) const;
    /// The circle with room for the name at @p grown times its size.
    QRectF boxWithName(double grown) const;
    /// @brief The name with its halo, its baseline's left at @p painter's origin.
    void drawHaloedText(QPainter *painter) const;

    GraphNode m_node;
    double m_radius;
    QSizeF m_nameSize; ///< of the name as drawn, in the default font
    double m_leastName = 0;     ///< setLeastNameSize()
    mutable QStaticText m_name; ///< laid out once, when first drawn
    QList<GraphEdgeItem *> m_edges;
    class GraphEdgeLayer *m_layer = nullptr;
    double m_labelDetail = 0.4;
};

/// @brief One directed edge of one class, bent to its side of the pair's straight line.
class GraphEdgeItem final : public QGraphicsItem
{
public:
    GraphEdgeItem(const GraphEdge &edge, GraphNodeItem *from, GraphNodeItem *to, int bend);
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void adjust();
    const GraphEdge &edge() const { return m_edge; }
    /// @brief The middle of the drawn curve, in scene units: where the keyboard's cursor stops.
    QPointF middle() const { return mapToScene(m_path.pointAtPercent(0.5)); }
    GraphNodeItem *from() const { return m_from; }
    GraphNodeItem *to() const { return m_to; }
    /// @brief The tooltip words: direction, class, count, first and last, the caveat for lookups.
    /// @p howToList ends the text; empty: "Double-click to list them…".
    QString description(const QTimeZone &zone, const QString &howToList = {}) const;
    static QString describe(const GraphEdge &edge, const QString &fromText, const QString &toText, const QTimeZone &zone,
                            const QString &howToList = {});

private:
    GraphEdge m_edge;
    GraphNodeItem *m_from;
    GraphNodeItem *m_to;
    int m_bend;
    QPainterPath m_path;
    QPolygonF m_arrow;
};

