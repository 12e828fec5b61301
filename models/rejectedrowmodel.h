#pragma once

#include "casequeries.h"

#include <QAbstractTableModel>

/// @brief The rejected rows of one source (line, reason, raw text). GUI thread only.
class RejectedRowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedRowModel)
public:
    enum Column { LineColumn, ReasonColumn, RawColumn, ColumnCount };
    explicit RejectedRowModel(QSqlDatabase db, QObject *parent = nullptr);
    void setSource(std::optional<qint64> sourceId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    QList<RejectedRowRecord> m_rows;
};
