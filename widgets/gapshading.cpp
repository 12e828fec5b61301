#include "gapshading.h"

namespace {

// Grey, apart from both classes' colours; the hatching, not the grey, tells it from an IP's bar.
const QColor GapColor(0x70, 0x70, 0x70);

QBrush gapBrush()
{
    return QBrush(GapColor, Qt::BDiagPattern);
}

QPen edgePen()
{
    return QPen(GapColor, 1.0, Qt::DotLine);
}

} // namespace

GapShading::GapShading(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
    setPen(edgePen());
    setBrush(gapBrush());
}

double GapShading::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // never chosen: what a hover over it says is the timeline's
}

QCPRange GapShading::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !m_gaps.isEmpty();
    if (!foundRange)
        return {};
    return QCPRange(m_gaps.first().lower, m_gaps.last().upper);
}

QCPRange GapShading::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = false; // the whole height, whatever it is
    return {};
}

void GapShading::draw(QCPPainter *painter)
{
    const QRect area = clipRect();
    for (const QCPRange &gap : std::as_const(m_gaps)) {
        double left = keyAxis()->coordToPixel(gap.lower);
        double right = keyAxis()->coordToPixel(gap.upper);
        if (left > right)
            std::swap(left, right);
        if (right < area.left() || left > area.right())
            continue;
        const QRectF rect(QPointF(qMax(left, double(area.left() - 2)), area.top()),
                          QPointF(qMin(right, double(area.right() + 2)), area.bottom()));
        painter->fillRect(rect, brush());
        painter->setPen(pen());
        painter->drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));
        painter->drawLine(QPointF(right, area.top()), QPointF(right, area.bottom()));
    }
}

void GapShading::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, brush());
    painter->setPen(pen());
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
}
