#include "plotcaching.h"

namespace {

// QCustomPlot keeps the label cache in protected members. A pointer to a protected member,
// taken inside a derived class, may be applied to any object of the base: standard C++ that
// reads the cache QCustomPlot already has instead of replacing its axis painter.
struct AxisAccess : QCPAxis
{
    static QCPAxisPainterPrivate *painterOf(QCPAxis *axis) { return axis->*(&AxisAccess::mAxisPainter); }
};

struct AxisPainterAccess : QCPAxisPainterPrivate
{
    static QCache<QString, CachedLabel> &cacheOf(QCPAxisPainterPrivate *painter)
    {
        return painter->*(&AxisPainterAccess::mLabelCache);
    }
};

} // namespace

void PlotCaching::setTickLabelCacheSize(QCPAxis *axis, int labels)
{
    if (QCPAxisPainterPrivate *painter = AxisAccess::painterOf(axis))
        AxisPainterAccess::cacheOf(painter).setMaxCost(labels);
}

bool PlotCaching::isExport(const QCPPainter *painter)
{
    return painter->modes().testFlag(QCPPainter::pmNoCaching) || painter->modes().testFlag(QCPPainter::pmVectorized);
}

namespace {

/// Renders @p draw into a transparent pixmap the size of @p rect at the painter's pixel ratio.
/// An opaque @p background (what lies under the element on screen) makes the picture a plain
/// copy when drawn; otherwise it is blended.
template <typename Draw>
QPixmap renderedPixmap(const QCPPainter *painter, const QRect &rect, const QColor &background, Draw draw)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pixmap(rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(background.isValid() && background.alpha() == 255 ? background : QColor(Qt::transparent));
    QCPPainter pixmapPainter(&pixmap);
    pixmapPainter.setRenderHints(painter->renderHints());
    pixmapPainter.translate(-rect.topLeft());
    draw(&pixmapPainter);
    return pixmap;
}

} // namespace

std::optional<QCPScatterStyle> PlotCaching::pixmapMarker(const QCPScatterStyle &marker, qreal pixelRatio)
{
    if (!qFuzzyCompare(pixelRatio, 1.0))
        return std::nullopt;
    const int side = int(std::ceil(marker.size() + marker.pen().widthF())) + 3;
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QCPPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    marker.applyTo(&painter, marker.pen());
    marker.drawShape(&painter, side / 2.0, side / 2.0);
    painter.end();
    return QCPScatterStyle(pixmap);
}

void CachedPicture::draw(QCPPainter *painter, const QRect &rect, PlotCacheKey key,
                         const std::function<void(QCPPainter *)> &paint)
{
    if (PlotCaching::isExport(painter) || rect.isEmpty()) {
        paint(painter);
        return;
    }
    key.size = rect.size();
    key.ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (!(key == m_key)) {
        m_pixmap = renderedPixmap(painter, rect, m_background, paint);
        m_key = key;
    }
    painter->drawPixmap(rect.topLeft(), m_pixmap);
}

CachedTextElement::CachedTextElement(QCustomPlot *plot, const QString &text, const QFont &font)
    : QCPTextElement(plot, text, font)
{
}

PlotCacheKey CachedTextElement::key() const
{
    return {mText, mFont, mTextColor.rgba(), mMargins, {}, false, {}, 0};
}

QSize CachedTextElement::minimumOuterSizeHint() const
{
    const PlotCacheKey k = key();
    if (!(k == m_hintKey)) {
        m_minimumHint = QCPTextElement::minimumOuterSizeHint();
        m_maximumHint = QCPTextElement::maximumOuterSizeHint();
        m_hintKey = k;
    }
    return m_minimumHint;
}

QSize CachedTextElement::maximumOuterSizeHint() const
{
    minimumOuterSizeHint(); // fills both
    return m_maximumHint;
}

void CachedTextElement::draw(QCPPainter *painter)
{
    m_picture.draw(painter, mRect, key(), [this](QCPPainter *p) { QCPTextElement::draw(p); });
}

CachedLegendItem::CachedLegendItem(QCPLegend *legend, QCPAbstractPlottable *plottable)
    : QCPPlottableLegendItem(legend, plottable)
{
}

PlotCacheKey CachedLegendItem::key() const
{
    return {mPlottable->name(), getFont(), getTextColor().rgba(), mMargins, mParentLegend->iconSize(), mSelected, {}, 0};
}

QSize CachedLegendItem::minimumOuterSizeHint() const
{
    const PlotCacheKey k = key();
    if (!(k == m_hintKey)) {
        m_hint = QCPPlottableLegendItem::minimumOuterSizeHint();
        m_hintKey = k;
    }
    return m_hint;
}

void CachedLegendItem::draw(QCPPainter *painter)
{
    m_picture.draw(painter, mRect, key(), [this](QCPPainter *p) { QCPPlottableLegendItem::draw(p); });
}

IntervalBars::IntervalBars(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPLayerable(keyAxis->parentPlot(), QString(), keyAxis->axisRect()), m_keyAxis(keyAxis), m_valueAxis(valueAxis)
{
    setLayer(QStringLiteral("main"));
}

void IntervalBars::setStyle(const QPen &pen, const QBrush &brush, double halfHeight)
{
    m_pen = pen;
    m_brush = brush;
    m_halfHeight = halfHeight;
}

void IntervalBars::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    applyAntialiasingHint(painter, mAntialiased, QCP::aeItems);
}

QRect IntervalBars::clipRect() const
{
    return m_keyAxis->axisRect()->rect();
}

void IntervalBars::draw(QCPPainter *painter)
{
    painter->setPen(m_pen);
    painter->setBrush(m_brush);
    const QRect clip = clipRect();
    for (const Interval &interval : std::as_const(m_intervals)) {
        double left = m_keyAxis->coordToPixel(interval.from);
        double right = m_keyAxis->coordToPixel(interval.to);
        if (left > right)
            std::swap(left, right);
        if (right < clip.left() - 2 || left > clip.right() + 2)
            continue;
        // Far-off ends are pulled to just outside the view: the edges there are not seen.
        left = qMax(left, double(clip.left() - 4));
        right = qMin(right, double(clip.right() + 4));
        const double top = m_valueAxis->coordToPixel(interval.lane - m_halfHeight);
        const double bottom = m_valueAxis->coordToPixel(interval.lane + m_halfHeight);
        painter->drawRect(QRectF(QPointF(left, top), QPointF(right, bottom)).normalized());
    }
}
