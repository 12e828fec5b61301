#include "evidenceclassstyle.h"

#include <QPainter>
#include <QPixmap>

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

void EvidenceClassStyle::paintMarker(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor c = color(evidenceClass);
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

void EvidenceClassStyle::paintLineSample(QPainter *painter, const QRectF &rect, EvidenceClass evidenceClass)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color(evidenceClass), 2, lineStyle(evidenceClass)));
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
