#include "graphedgelayer.h"

#include <QSet>

#include "backgroundpool.h"
#include "evidenceclassstyle.h"
#include "graphitems.h"
#include "whenfinished.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace {

constexpr double DashDetail = 0.25; ///< from this on-screen scale on, lookups are dashed

/// Liang–Barsky: the part of @p line inside @p rect, so only visible parts are drawn.
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = line.dx(), dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(), rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = qMax(t0, t);
        else
            t1 = qMin(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

GraphEdgeLayer::GraphEdgeLayer(const ContactGraph &graph, const QList<GraphNodeItem *> &nodeItems)
    : m_edges(graph.edges), m_nodeItems(nodeItems)
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
    // Built on the GUI thread when a graph arrives: for the ~1M edges of a 1M-event case, the
    // ends are the graph's node indexes and the list grows once (looking each end up by
    // handle id and asking each item its position per line took 0.6 s of 1 s).
    m_lines.reserve(m_edges.size());
    for (const GraphEdge &e : std::as_const(m_edges))
        m_lines.append(Line{QLineF(), e.evidenceClass});
    adjust();
}

GraphEdgeLayer::~GraphEdgeLayer()
{
    // Not waited for: the render owns copies of what it draws, and its result is dropped with
    // this item. Waiting froze the window while 1M lines were drawn (3 s) when a graph replaced it.
    if (m_cancelRender)
        m_cancelRender->store(true);
}

void GraphEdgeLayer::adjust()
{
    prepareGeometryChange();
    QList<QPointF> positions;
    positions.reserve(m_nodeItems.size());
    for (const GraphNodeItem *node : std::as_const(m_nodeItems))
        positions.append(node->pos());
    constexpr double Far = std::numeric_limits<double>::max();
    double left = Far, top = Far, right = -Far, bottom = -Far;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QPointF &p1 = positions.at(m_edges.at(i).from);
        const QPointF &p2 = positions.at(m_edges.at(i).to);
        m_lines[i].line = QLineF(p1, p2);
        left = std::min({left, p1.x(), p2.x()});
        right = std::max({right, p1.x(), p2.x()});
        top = std::min({top, p1.y(), p2.y()});
        bottom = std::max({bottom, p1.y(), p2.y()});
    }
    m_bounds = m_lines.isEmpty() ? QRectF() : QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-2, -2, 2, 2);
    m_image = QImage(); // the lines moved: the old picture is wrong
    update();
}

std::optional<GraphEdge> GraphEdgeLayer::edgeAt(const QPointF &scenePos, double tolerance) const
{
    const QPointF p = mapFromScene(scenePos);
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QLineF &l = m_lines[i].line;
        const double length2 = l.dx() * l.dx() + l.dy() * l.dy();
        if (length2 <= 0)
            continue;
        const double t = qBound(0.0, ((p.x() - l.x1()) * l.dx() + (p.y() - l.y1()) * l.dy()) / length2, 1.0);
        const double distance = QLineF(p, l.pointAt(t)).length();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = int(i);
        }
    }
    if (best < 0)
        return std::nullopt;
    return m_edges.at(best);
}

QList<QPointF> GraphEdgeLayer::middles() const
{
    QList<QPointF> middles;
    QSet<QPair<qint64, qint64>> seen; // to the hundredth of a scene unit
    for (const Line &l : m_lines) {
        const QPointF middle = mapToScene(l.line.center());
        if (l.line.length() > 0 && !seen.contains({qRound64(middle.x() * 100), qRound64(middle.y() * 100)})) {
            seen.insert({qRound64(middle.x() * 100), qRound64(middle.y() * 100)});
            middles.append(middle);
        }
    }
    return middles;
}

QString GraphEdgeLayer::describeAt(const QPointF &scenePos, double tolerance, const QTimeZone &zone,
                                   const QString &howToList) const
{
    const auto edge = edgeAt(scenePos, tolerance);
    return edge ? GraphEdgeItem::describe(*edge, m_nodeItems.at(edge->from)->text(), m_nodeItems.at(edge->to)->text(), zone,
                                          howToList)
                : QString();
}

void GraphEdgeLayer::drawLines(QPainter *painter, const QList<Line> &lines, const QTransform &toDevice, const QRectF &area,
                               double detail, const std::atomic_bool *cancelled)
{
    // A render the view no longer wants stops within a batch: far in, 20,000 lines across the
    // screen took a core for 100 ms after the view had moved on, beside the next render and
    // the repaint, on a machine with two.
    constexpr qsizetype Batch = 2000;
    const auto stop = [cancelled]() { return cancelled && cancelled->load(std::memory_order_relaxed); };
    const QRectF itemArea = toDevice.inverted().mapRect(area);
    painter->save();
    painter->setWorldTransform(QTransform()); // untransformed lines take the raster engine's fast path
    for (EvidenceClass cls : {EvidenceClass::Communication, EvidenceClass::Lookup}) {
        QVector<QLineF> visible;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &l = lines.at(i);
            if (i % Batch == 0 && stop())
                break;
            if (l.evidenceClass != cls)
                continue;
            if (const auto part = clipped(l.line, itemArea))
                visible.append(toDevice.map(*part));
        }
        QPen pen(EvidenceClassStyle::color(cls), 1);
        pen.setCosmetic(true);
        if (detail >= DashDetail && visible.size() < AsyncFrom)
            pen.setStyle(EvidenceClassStyle::lineStyle(cls));
        painter->setPen(pen);
        painter->setRenderHint(QPainter::Antialiasing, visible.size() < 2000);
        for (qsizetype first = 0; first < visible.size() && !stop(); first += Batch)
            painter->drawLines(visible.constData() + first, int(qMin(Batch, visible.size() - first)));
    }
    painter->restore();
}

void GraphEdgeLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QTransform toDevice = painter->worldTransform();
    // Exports and small graphs: draw now.
    if (!widget || m_lines.size() < AsyncFrom) {
        drawLines(painter, m_lines, toDevice, toDevice.mapRect(option->exposedRect), detail);
        return;
    }
    if (!m_image.isNull()) {
        // The last picture, moved and scaled to where the view is now.
        painter->save();
        painter->setWorldTransform(m_imageTransform.inverted() * toDevice);
        painter->drawImage(QPointF(0, 0), m_image);
        painter->restore();
    }
    if (m_image.isNull() || m_imageTransform != toDevice)
        startRender(toDevice, widget->size(), detail);
}

void GraphEdgeLayer::startRender(const QTransform &toDevice, const QSize &size, double detail)
{
    if (m_rendering && m_wantedTransform == toDevice)
        return;
    m_wantedTransform = toDevice;
    m_rendering = true;
    const int generation = ++m_generation;
    const QList<Line> lines = m_lines;
    if (m_cancelRender)
        m_cancelRender->store(true); // its picture would be dropped anyway
    m_cancelRender = std::make_shared<std::atomic_bool>(false);
    QFuture<QImage> job =
        QtConcurrent::run(BackgroundPool::instance(), [lines, toDevice, size, detail, cancel = m_cancelRender]() {
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            drawLines(&painter, lines, toDevice, QRectF(image.rect()), detail, cancel.get());
            return image;
        });
    // This item no longer waits for the render when it goes: whenFinished() cuts it off safely.
    whenFinished(this, job, [this, generation, toDevice](const QImage &image) {
        if (generation != m_generation)
            return; // the view moved on; a newer picture is coming
        m_image = image;
        m_imageTransform = toDevice;
        m_rendering = false;
        update();
    });
}
