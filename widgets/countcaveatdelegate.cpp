#include "countcaveatdelegate.h"

#include "itemroles.h"

#include <QApplication>
#include <QStyle>

CountCaveatDelegate::CountCaveatDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void CountCaveatDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ItemRoles::CountCaveatRole).toBool())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(side, side);
    option->decorationPosition = QStyleOptionViewItem::Right; // after the figure it qualifies
}
