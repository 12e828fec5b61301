#include "foundelsewheredelegate.h"

#include "itemroles.h"

#include <QApplication>
#include <QStyle>

FoundElsewhereDelegate::FoundElsewhereDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void FoundElsewhereDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ItemRoles::FoundElsewhereRole).toBool())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int side = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
    option->decorationSize = QSize(side, side);
    option->decorationPosition = QStyleOptionViewItem::Right; // after the figure it qualifies
}
