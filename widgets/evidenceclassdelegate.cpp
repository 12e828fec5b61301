#include "evidenceclassdelegate.h"

#include "evidenceclassstyle.h"
#include "itemroles.h"

#include <QApplication>
#include <QPainter>

EvidenceClassDelegate::EvidenceClassDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void EvidenceClassDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant cls = index.data(ItemRoles::EvidenceClassRole);
    if (!cls.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto evidenceClass = static_cast<EvidenceClass>(cls.toInt());
    const int side = option.rect.height();
    const QRectF markerRect(option.rect.left() + 4, option.rect.top(), side, side);
    // On a selected row the marker and words take the highlighted text's colour (the class's
    // amber stood at 1.1 : 1 on the highlight); hollow or filled and the words still tell it.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor background = option.palette.color(QPalette::Base);
    if (selected)
        EvidenceClassStyle::paintMarkerIn(painter, markerRect, evidenceClass,
                                          option.palette.highlightedText().color());
    else
        EvidenceClassStyle::paintMarker(painter, markerRect, evidenceClass, background);
    painter->save();
    QFont font = option.font;
    font.setItalic(evidenceClass == EvidenceClass::Lookup); // a second non-colour cue
    painter->setFont(font);
    painter->setPen(selected ? option.palette.highlightedText().color()
                             : EvidenceClassStyle::colorOn(evidenceClass, background,
                                                           EvidenceClassStyle::WordsContrast));
    const QRect textRect = option.rect.adjusted(side + 8, 0, 0, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize EvidenceClassDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setItalic(true);
    const int textWidth = QFontMetrics(font).horizontalAdvance(index.data().toString());
    // The marker is as wide as the row is high, and rows are often taller than the hint.
    const int marker = qMax(size.height(), 30);
    size.setWidth(textWidth + marker + 24);
    return size;
}
