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
template <typename Draw>
QPixmap renderedPixmap(const QCPPainter *painter, const QRect &rect, Draw draw)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pixmap(rect.size() * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QCPPainter pixmapPainter(&pixmap);
    pixmapPainter.setRenderHints(painter->renderHints());
    pixmapPainter.translate(-rect.topLeft());
    draw(&pixmapPainter);
    return pixmap;
}

} // namespace

CachedTextElement::CachedTextElement(QCustomPlot *plot, const QString &text, const QFont &font)
    : QCPTextElement(plot, text, font)
{
}

QByteArray CachedTextElement::key(const QCPPainter *painter) const
{
    QByteArray key = mText.toUtf8() + '\n' + mFont.toString().toUtf8() + '\n' + mTextColor.name(QColor::HexArgb).toLatin1();
    if (painter)
        key += '\n' + QByteArray::number(mRect.width()) + 'x' + QByteArray::number(mRect.height()) + '@'
               + QByteArray::number(painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
    return key;
}

QSize CachedTextElement::minimumOuterSizeHint() const
{
    const QByteArray k = key(nullptr) + QByteArray::number(mMargins.left()) + QByteArray::number(mMargins.top());
    if (k != m_hintKey) {
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
    if (PlotCaching::isExport(painter) || mRect.isEmpty()) {
        QCPTextElement::draw(painter);
        return;
    }
    const QByteArray k = key(painter);
    if (k != m_pixmapKey) {
        m_pixmap = renderedPixmap(painter, mRect, [this](QCPPainter *p) { QCPTextElement::draw(p); });
        m_pixmapKey = k;
    }
    painter->drawPixmap(mRect.topLeft(), m_pixmap);
}

CachedLegendItem::CachedLegendItem(QCPLegend *legend, QCPAbstractPlottable *plottable)
    : QCPPlottableLegendItem(legend, plottable)
{
}

QByteArray CachedLegendItem::key() const
{
    return mPlottable->name().toUtf8() + '\n' + getFont().toString().toUtf8() + '\n' + getTextColor().name().toLatin1() + '\n'
           + QByteArray::number(mParentLegend->iconSize().width()) + 'x' + QByteArray::number(mParentLegend->iconSize().height())
           + '\n' + QByteArray::number(mMargins.left()) + ',' + QByteArray::number(mMargins.top()) + ','
           + QByteArray::number(mMargins.right()) + ',' + QByteArray::number(mMargins.bottom()) + (mSelected ? "s" : "");
}

QSize CachedLegendItem::minimumOuterSizeHint() const
{
    const QByteArray k = key();
    if (k != m_hintKey) {
        m_hint = QCPPlottableLegendItem::minimumOuterSizeHint();
        m_hintKey = k;
    }
    return m_hint;
}

void CachedLegendItem::draw(QCPPainter *painter)
{
    if (PlotCaching::isExport(painter) || mRect.isEmpty()) {
        QCPPlottableLegendItem::draw(painter);
        return;
    }
    const QByteArray k = key() + '@' + QByteArray::number(mRect.width()) + 'x' + QByteArray::number(mRect.height()) + '@'
                         + QByteArray::number(painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
    if (k != m_pixmapKey) {
        m_pixmap = renderedPixmap(painter, mRect, [this](QCPPainter *p) { QCPPlottableLegendItem::draw(p); });
        m_pixmapKey = k;
    }
    painter->drawPixmap(mRect.topLeft(), m_pixmap);
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
