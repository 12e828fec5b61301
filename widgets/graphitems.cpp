#include "graphitems.h"

#include "graphedgelayer.h"

#include "evidenceclassstyle.h"
#include "timeformat.h"

#include <QCache>
#include <QFontMetricsF>
#include <QPainter>
#include <QPixmap>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

#include <cmath>

namespace {

constexpr double ArrowDetail = 0.25; ///< below this, arrows and dashes are not drawn
constexpr double LargestPictured = 160; ///< device pixels: a circle's radius drawn from a picture up to this

/// The circles' pictures, by size on screen, state and pixel ratio. Of their own, not in
/// QPixmapCache: a screen far in holds some fifty sizes of up to 400 KB each, more than Qt's
/// shared 10 MB, which then threw out pictures in the middle of a repaint to draw them again.
QCache<quint64, QPixmap> &discPictures()
{
    static QCache<quint64, QPixmap> pictures(32 * 1024); // in KB
    return pictures;
}
} // namespace

GraphNodeItem::GraphNodeItem(const GraphNode &node, double radius) : m_node(node), m_radius(radius)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    // Measured once: the scene asks for the bounding box far more often than the name changes (never).
    const QFontMetricsF metrics{QFont()};
    m_nameSize = QSizeF(qMax(8.0 * text().size(), metrics.horizontalAdvance(text())), metrics.height());
}

QString GraphNodeItem::toolTipText(const QString &howToList) const
{
    const GraphNode &node = m_node;
    QString tip = tr("%1\n%2 · %3 made\n%4 · %5 received")
                      .arg(text(), EvidenceClassText::pluralCount(EvidenceClass::Lookup, node.out[0]),
                           EvidenceClassText::pluralCount(EvidenceClass::Communication, node.out[1]),
                           EvidenceClassText::pluralCount(EvidenceClass::Lookup, node.in[0]),
                           EvidenceClassText::pluralCount(EvidenceClass::Communication, node.in[1]));
    if (!node.ips.isEmpty())
        tip += u'\n' + tr("IP: %1").arg(node.ips.join(QStringLiteral(", ")));
    if (node.out[0] + node.in[0] > 0)
        tip += u'\n' + EvidenceClassText::lookupCaveat();
    // The figures lead to their events (GraphScene), and from each event to its source line.
    return tip + u'\n' + (howToList.isEmpty() ? tr("Double-click to list them in the events table.") : howToList);
}

QString GraphNodeItem::text() const
{
    return m_node.label.isEmpty() ? m_node.handle : QStringLiteral("%1 (%2)").arg(m_node.label, m_node.handle);
}

QRectF GraphNodeItem::boundingRect() const
{
    // Room for the name to the right, and its halo; grown, where it keeps a least size on screen.
    return boxWithName(m_leastName > 0 ? MostGrown : 1.0);
}

QRectF GraphNodeItem::ownSizeRect() const
{
    return boxWithName(1.0);
}

QRectF GraphNodeItem::boxWithName(double grown) const
{
    const double height = qMax(m_radius * 2 + 4, 2 * (m_nameSize.height() * grown + 4));
    return QRectF(-m_radius - 2, -height / 2, m_radius * 2 + 8 + m_nameSize.width() * grown,
                  height);
}

void GraphNodeItem::setLeastNameSize(double size)
{
    prepareGeometryChange();
    m_leastName = size;
    m_labelDetail = size > 0 ? size / MostGrown : m_labelDetail;
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addEllipse(QPointF(0, 0), m_radius, m_radius);
    return path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool named = detail >= m_labelDetail || isSelected();
    if (m_radius * detail < 2.5 && !isSelected()) {
        // A dot is all that shows at this size, and far cheaper than a circle; a few handles'
        // names beside it still.
        painter->fillRect(QRectF(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius), QColor(0x50, 0x50, 0x50));
        if (named && m_leastName > 0)
            drawName(painter, detail, widget != nullptr);
        return;
    }
    // On screen, a circle is stamped from a picture drawn once per size; exports (widget null)
    // keep drawing it, so that an SVG or PDF holds a circle, not a picture of one.
    if (!widget || !drawDiscImage(painter, detail, named))
        drawDisc(painter, named, m_radius, isSelected() ? 3 : 1);
    if (named)
        drawName(painter, detail, widget != nullptr);
}

void GraphNodeItem::drawDisc(QPainter *painter, bool antialiased, double radius, double penWidth) const
{
    painter->setRenderHint(QPainter::Antialiasing, antialiased);
    painter->setPen(QPen(isSelected() ? Qt::black : QColor(0x40, 0x40, 0x40), penWidth));
    painter->setBrush(isSelected() ? QColor(0xFF, 0xE0, 0x80) : QColor(0xE8, 0xE8, 0xE8));
    painter->drawEllipse(QPointF(0, 0), radius, radius);
}

bool GraphNodeItem::drawDiscImage(QPainter *painter, double detail, bool antialiased) const
{
    // Antialiased circles took most of a repaint of a few thousand nodes (each one flattened,
    // stroked and filled); the view only scales and moves, so a circle's picture fits any node
    // of the same size on screen. Far in, circles hundreds of pixels wide lie over one another:
    // stamping a picture still costs less than flattening, stroking and filling each. Larger
    // ones are few on screen: drawn as they are.
    const QTransform &toDevice = painter->worldTransform();
    if (toDevice.isRotating() || m_radius * detail > LargestPictured)
        return false;
    const qreal ratio = painter->device()->devicePixelRatioF();
    const int quarterPixels = qRound(m_radius * detail * ratio * 4);
    const quint64 key = quint64(quarterPixels) | quint64(isSelected()) << 32 | quint64(antialiased) << 33
                        | quint64(qRound(ratio * 100)) << 34;
    // By value (a shared copy): the cache may drop a picture on any later insert.
    QPixmap disc;
    if (const QPixmap *kept = discPictures().object(key)) {
        disc = *kept;
    } else {
        const double radius = quarterPixels / 4.0; // in device pixels
        const int side = int(std::ceil(2 * radius)) + 6; // room for the selected node's 3-pixel pen
        const int cost = qMax(1, int(qint64(side) * side * 4 / 1024)); // KB
        if (cost > discPictures().maxCost())
            return false; // on a screen of very high pixel ratio: a picture drawn anew each time costs more
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.translate(side / 2.0, side / 2.0);
        // Drawn in pixels, its ring at least one wide: scaled below a pixel, the ring came out
        // broken and faint.
        drawDisc(&imagePainter, antialiased, radius, qMax(1.0, (isSelected() ? 3 : 1) * radius / m_radius));
        imagePainter.end();
        disc = QPixmap::fromImage(std::move(image));
        disc.setDevicePixelRatio(ratio);
        discPictures().insert(key, new QPixmap(disc), cost);
    }
    // On whole pixels: at a fraction of one, the view's antialiasing blends the picture across
    // two, and the circle's ring shows pale.
    const QPointF centre = toDevice.map(QPointF(0, 0)) * ratio;
    const double half = disc.width() / 2.0;
    painter->save();
    painter->setWorldTransform(QTransform());
    painter->drawPixmap(QPointF(std::round(centre.x() - half), std::round(centre.y() - half)) / ratio, disc);
    painter->restore();
    return true;
}

void GraphNodeItem::drawName(QPainter *painter, double detail, bool onScreen) const
{
    // The name grows with the zoom up to twice its size, then keeps that size on screen: drawn
    // larger, it took seconds to draw deep in a crowded graph, and read no better.
    constexpr double LargestName = 2.0;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(m_radius, 0);
    if (detail > LargestName)
        painter->scale(LargestName / detail, LargestName / detail);
    else if (m_leastName > 0 && detail < m_leastName) // a few handles' names stay readable
        painter->scale(qMin(m_leastName / detail, MostGrown),
                       qMin(m_leastName / detail, MostGrown));
    painter->translate(5, 4); // the baseline: the name's middle level with the circle's
    // The name with a pale halo around its letters, as a map labels its roads: edges drawn across
    // it (a star's hub has many) would otherwise run through its digits, and a ground behind the
    // whole name would hide the arrowheads that end beside it.
    if (onScreen) {
        drawHaloedText(painter);
    } else {
        // Exports: the outline stroked, one shape per name, not five copies of its text.
        QPainterPath name;
        name.addText(QPointF(0, 0), painter->font(), text());
        painter->strokePath(name, QPen(QColor(0xFF, 0xFF, 0xFF, 0xE0), 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->fillPath(name, Qt::black);
    }
    painter->restore();
}

void GraphNodeItem::drawHaloedText(QPainter *painter) const
{
    // The halo is the name drawn pale one pixel around itself: laid out once and drawn from the
    // glyph cache, where stroking its outline took milliseconds a name, seconds a screen of them.
    if (m_name.text().isEmpty()) {
        m_name.setText(text());
        m_name.setTextFormat(Qt::PlainText);
    }
    const QPointF at(0, -QFontMetricsF(painter->font()).ascent()); // static text hangs from its top
    const double pixel = 1.0 / painter->worldTransform().m11();
    painter->setPen(QColor(0xFF, 0xFF, 0xFF, 0xE0));
    for (const QPointF offset : {QPointF(-1, -1), QPointF(1, -1), QPointF(-1, 1), QPointF(1, 1)})
        painter->drawStaticText(at + offset * pixel, m_name);
    painter->setPen(Qt::black);
    painter->drawStaticText(at, m_name);
}

QVariant GraphNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) // the selected name over its neighbours'
        setZValue(value.toBool() ? 2 : 1);
    if (change == ItemPositionHasChanged) {
        for (GraphEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
        if (m_layer)
            m_layer->adjust();
    }
    return QGraphicsItem::itemChange(change, value);
}

GraphEdgeItem::GraphEdgeItem(const GraphEdge &edge, GraphNodeItem *from, GraphNodeItem *to, int bend)
    : m_edge(edge), m_from(from), m_to(to), m_bend(bend)
{
    setAcceptHoverEvents(true);
    from->addEdge(this);
    to->addEdge(this);
    adjust();
}

QString GraphEdgeItem::description(const QTimeZone &zone, const QString &howToList) const
{
    return describe(m_edge, m_from->text(), m_to->text(), zone, howToList);
}

QString GraphEdgeItem::describe(const GraphEdge &edge, const QString &a, const QString &b, const QTimeZone &zone,
                                const QString &howToList)
{
    const QString when = QStringLiteral("%1 – %2").arg(TimeFormat::display(edge.firstMs, zone), TimeFormat::display(edge.lastMs, zone));
    // The figure leads to its events (GraphScene), and from each event to its source line.
    const QString lead = howToList.isEmpty()
                             ? QCoreApplication::translate("GraphEdgeItem", "Double-click to list them in the events table.")
                             : howToList;
    if (edge.evidenceClass == EvidenceClass::Lookup)
        return QCoreApplication::translate("GraphEdgeItem", "%1's device looked up %2: %3\n%4\n%5")
                   .arg(a, b, EvidenceClassText::pluralCount(EvidenceClass::Lookup, edge.count), when, EvidenceClassText::lookupCaveat())
               + u'\n' + lead;
    return QCoreApplication::translate("GraphEdgeItem", "%1 called or sent to %2: %3\n%4")
               .arg(a, b, EvidenceClassText::pluralCount(EvidenceClass::Communication, edge.count), when)
           + u'\n' + lead;
}

void GraphEdgeItem::adjust()
{
    prepareGeometryChange();
    const QPointF p1 = m_from->pos();
    const QPointF p2 = m_to->pos();
    const QLineF line(p1, p2);
    m_path = QPainterPath();
    m_arrow.clear();
    if (line.length() < 1)
        return;
    // Bend each class to its own side (and each direction), so no two edges of a pair coincide.
    const QPointF normal(-line.dy() / line.length(), line.dx() / line.length());
    const QPointF control = (p1 + p2) / 2 + normal * (m_bend * qMin(40.0, line.length() / 5));
    const QPointF end = p2 - (p2 - control) / QLineF(control, p2).length() * (m_to->radius() + 2);
    m_path.moveTo(p1);
    m_path.quadTo(control, end);
    const QLineF tip(control, end);
    const double angle = std::atan2(-tip.dy(), tip.dx());
    const double size = 9;
    m_arrow << end << end - QPointF(std::sin(angle + M_PI / 3) * size, std::cos(angle + M_PI / 3) * size)
            << end - QPointF(std::sin(angle + M_PI - M_PI / 3) * size, std::cos(angle + M_PI - M_PI / 3) * size);
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8); // easy to hover
    return stroker.createStroke(m_path);
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QColor color = EvidenceClassStyle::color(m_edge.evidenceClass);
    QPen pen(color, 1.5 + std::log2(double(m_edge.count)) * 0.5);
    pen.setCosmetic(true);
    // Far out, dashes and arrows cost more than they tell; the colour still separates classes
    // and the legend says so. Close in, dash and arrow carry the class without colour.
    pen.setStyle(detail < ArrowDetail ? Qt::SolidLine : EvidenceClassStyle::lineStyle(m_edge.evidenceClass));
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (detail < ArrowDetail)
        return;
    painter->setPen(QPen(color, 1));
    painter->setBrush(m_edge.evidenceClass == EvidenceClass::Lookup ? QBrush(Qt::white) : QBrush(color));
    painter->drawPolygon(m_arrow);
}

