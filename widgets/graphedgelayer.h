#pragma once

#include "contactgraph.h"

#include <QGraphicsObject>
#include <QHash>
#include <QImage>
#include <QTimeZone>

#include <atomic>
#include <memory>

class GraphNodeItem;

/// @brief All edges of a large graph drawn by one item: straight lines batched per class, only
/// the parts inside the view, lookups dashed once zoomed in. On screen the lines are drawn into
/// an image on a worker thread; while a pan or zoom waits for it, the last image is shown moved
/// and scaled, so the GUI thread never draws 50,000 lines. Exports draw directly. GUI thread only.
class GraphEdgeLayer final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphEdgeLayer)
public:
    /// @brief Fewer lines than this are simply drawn in paint().
    static constexpr int AsyncFrom = 5000;
    struct Line
    {
        QLineF line;
        EvidenceClass evidenceClass;
    };

    /// @param nodeItems the item of each of @p graph's nodes, in the graph's node order.
    GraphEdgeLayer(const ContactGraph &graph, const QList<GraphNodeItem *> &nodeItems);
    ~GraphEdgeLayer() override;
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// @brief Re-reads node positions (after a node was dragged).
    void adjust();
    /// @brief The edge nearest @p scenePos within @p tolerance (scene units), if any.
    std::optional<GraphEdge> edgeAt(const QPointF &scenePos, double tolerance) const;
    /// @brief The middle of each line, in scene units (one for lines drawn on top of each other).
    QList<QPointF> middles() const;
    /// @brief The words for the edge nearest @p scenePos within @p tolerance (scene units), or empty.
    QString describeAt(const QPointF &scenePos, double tolerance, const QTimeZone &zone, const QString &howToList = {}) const;
    /// @brief Whether the image for the current view is ready (for tests and benchmarks).
    bool isImageCurrent() const { return !m_rendering && !m_image.isNull(); }
    /// @brief Draws @p lines mapped by @p toDevice into @p area on @p painter (any thread); stops
    /// between two batches of lines once @p cancelled is set.
    static void drawLines(QPainter *painter, const QList<Line> &lines, const QTransform &toDevice, const QRectF &area,
                          double detail, const std::atomic_bool *cancelled = nullptr);

private:
    void startRender(const QTransform &toDevice, const QSize &size, double detail);

    QList<Line> m_lines;
    QList<GraphEdge> m_edges; ///< their ends index m_nodeItems
    QList<GraphNodeItem *> m_nodeItems;
    QRectF m_bounds;
    QImage m_image;
    QTransform m_imageTransform;
    QTransform m_wantedTransform;
    bool m_rendering = false;
    int m_generation = 0;
    /// Set to stop the render in progress: a newer one replaces it, or the layer goes.
    std::shared_ptr<std::atomic_bool> m_cancelRender;
};
