#include "evidenceclassstyle.h"

#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

QColor EvidenceClassStyle::color(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return QColor(0xC2, 0x7C, 0x0E); // amber, dark enough for white backgrounds
    case EvidenceClass::Communication:
        return QColor(0x1F, 0x5F, 0xBF); // blue
    case EvidenceClass::Connection:
        return QColor(0x5F, 0x5F, 0x5F); // neutral grey
    }
    return {};
}

namespace {

double luminance(const QColor &color)
{
    const auto linear = [](double channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}

} // namespace

double EvidenceClassStyle::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor EvidenceClassStyle::colorOn(EvidenceClass evidenceClass, const QColor &background,
                                   double ratio)
{
    QColor shown = color(evidenceClass);
    const QColor extreme = contrast(Qt::white, background) > contrast(Qt::black, background)
                               ? QColor(Qt::white)
                               : QColor(Qt::black);
    // Towards white on a dark background, black on a light one, a tenth at a time; one of the two
    // stands out from any background by 4.58 at least, so the last resort meets 4.5.
    for (int step = 0; step < 30 && contrast(shown, background) < ratio; ++step)
        shown = extreme == Qt::white ? shown.lighter(110) : shown.darker(110);
    return contrast(shown, background) < ratio ? extreme : shown;
}

Qt::PenStyle EvidenceClassStyle::lineStyle(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return Qt::DashLine;
    case EvidenceClass::Communication:
        return Qt::SolidLine;
    case EvidenceClass::Connection:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

void EvidenceClassStyle::paintMarker(QPainter *painter, const QRectF &rect,
                                     EvidenceClass evidenceClass, const QColor &background)
{
    paintMarkerIn(painter, rect, evidenceClass, colorOn(evidenceClass, background, MarksContrast));
}

void EvidenceClassStyle::paintMarkerIn(QPainter *painter, const QRectF &rect,
                                       EvidenceClass evidenceClass, const QColor &c)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height()) * 0.6;
    const QRectF box(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        painter->setPen(QPen(c, qMax<qreal>(1.5, side / 6)));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case EvidenceClass::Communication:
        painter->setPen(QPen(c, 1));
        painter->setBrush(c);
        painter->drawEllipse(box.adjusted(1, 1, -1, -1));
        break;
    case EvidenceClass::Connection:
        painter->setPen(QPen(c, qMax<qreal>(1.5, side / 6)));
        painter->drawLine(QPointF(box.center().x(), box.top()), QPointF(box.center().x(), box.bottom()));
        break;
    }
    painter->restore();
}

void EvidenceClassStyle::paintLineSample(QPainter *painter, const QRectF &rect,
                                         EvidenceClass evidenceClass, const QColor &background)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(colorOn(evidenceClass, background, MarksContrast), 2, lineStyle(evidenceClass)));
    painter->drawLine(QPointF(rect.left(), rect.center().y()), QPointF(rect.right(), rect.center().y()));
    painter->restore();
}

QIcon EvidenceClassStyle::icon(EvidenceClass evidenceClass)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintMarker(&painter, QRectF(0, 0, 32, 32), evidenceClass);
    painter.end();
    return QIcon(pixmap);
}
