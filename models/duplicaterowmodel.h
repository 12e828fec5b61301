#pragma once

#include "casequeries.h"

#include <QAbstractTableModel>

/// @brief The rows of one source counted as duplicates (line, the event each was linked to and
/// where that event was first read, raw text): the "Duplicate" figure of the sources list, row
/// by row. GUI thread only.
class DuplicateRowModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateRowModel)
public:
    enum Column { LineColumn, LinkedToColumn, RawColumn, ColumnCount };
    explicit DuplicateRowModel(QSqlDatabase db, QObject *parent = nullptr);
    void setSource(std::optional<qint64> sourceId);
    /// @brief The names shown for the sources whose name another source has too (a file imported
    /// again), by id: SourceListModel::numberedNames(). The others show their own.
    void setSourceNames(const QHash<qint64, QString> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    /// @brief ItemRoles::EventIdRole gives the event a row was linked to, in every column.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString linkedTo(const DuplicateRowRecord &row) const;

    QSqlDatabase m_db;
    QHash<qint64, QString> m_sourceNames; ///< setSourceNames()
    QList<DuplicateRowRecord> m_rows;
};
