#include "rejectedrowmodel.h"

#include "itemroles.h"
#include "plaintooltip.h"

RejectedRowModel::RejectedRowModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void RejectedRowModel::setSource(std::optional<qint64> sourceId)
{
    beginResetModel();
    m_rows = sourceId ? CaseQueries(m_db).rejectedRows(sourceId) : QList<RejectedRowRecord>{};
    endResetModel();
}

int RejectedRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const RejectedRowRecord &row = m_rows.at(index.row());
    if (const QString where = CaseQueries::whereText(row.line, row.place);
        role == Qt::ToolTipRole && index.column() == LineColumn && !where.isEmpty())
        return PlainToolTip::of(where);
    if (role == Qt::ToolTipRole && index.column() != LineColumn)
        return PlainToolTip::of(index.column() == ReasonColumn ? row.reason : row.raw);
    if (role == Qt::DisplayRole || role == ItemRoles::RawValueRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            return row.line;
        case ReasonColumn:
            return row.reason;
        case RawColumn:
            return row.raw;
        }
    }
    return {};
}

QVariant RejectedRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ReasonColumn:
        return tr("Why it was rejected");
    case RawColumn:
        return tr("Row as written");
    }
    return {};
}
