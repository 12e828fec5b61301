#pragma once

#include <QStyledItemDelegate>

/// @brief Marks a count whose records stand in another source too (ItemRoles::FoundElsewhereRole)
/// with the style's warning sign beside it: a shape, not a colour, so that the figure is not
/// taken as the number of records there were. The source's description says which and where.
class FoundElsewhereDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FoundElsewhereDelegate)
public:
    explicit FoundElsewhereDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
