#pragma once

#include <QStyledItemDelegate>

/// @brief Marks a count that is not simply the records its file holds (ItemRoles::CountCaveatRole:
/// some stand in another source too, or parts were not read) with the style's warning sign
/// beside it: a shape, not a colour, so that the figure is not taken as the number of records
/// there were. The source's description says which and where.
class CountCaveatDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountCaveatDelegate)
public:
    explicit CountCaveatDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
