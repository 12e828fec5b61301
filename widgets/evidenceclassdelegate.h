#pragma once

#include <QStyledItemDelegate>

/// @brief Draws a cell's evidence class (ItemRoles::EvidenceClassRole) as marker + label, so the
/// class reads the same in every table and survives greyscale printing.
class EvidenceClassDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceClassDelegate)
public:
    explicit EvidenceClassDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
