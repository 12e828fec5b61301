#pragma once

#include "casequeries.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

/// @brief The imported files of a case with their hash, format, zone and row accounting.
/// GUI thread only.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)
public:
    enum Column { NameColumn, FormatColumn, ZoneColumn, AcceptedColumn, DuplicateColumn, RejectedColumn,
                  Sha256Column, ColumnCount };

    explicit SourceListModel(QSqlDatabase db, QObject *parent = nullptr);
    void reload();
    const SourceRow *sourceAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// @brief What the description says of how @p source was read and what was found of its
    /// records (its encoding, parts left out, records found in other sources, ...), a line each,
    /// after the file, its hashes and its rows: shown by the GUI's description and `sources`.
    static QStringList notes(const SourceRow &source);

private:
    QVariant displayData(const SourceRow &source, int column) const;
    QString toolTip(const SourceRow &source) const;

    QSqlDatabase m_db;
    QList<SourceRow> m_sources;
};
