#include "rejectedrowmodel.h"

#include "itemroles.h"

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
    if (role == Qt::ToolTipRole && index.column() == LineColumn && !whereText(row).isEmpty())
        return whereText(row);
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

QString RejectedRowModel::whereText(const RejectedRowRecord &row)
{
    // The number shown is no line of the file's text: an expert looking for the row is told where it is.
    if (row.pageTextLine > 0)
        return tr("Row %1 of the page's table rows (<tr>), as Excel numbers them; its <tr> stands on line %2 of the "
                  "file's text")
            .arg(row.line)
            .arg(row.pageTextLine);
    if (row.pdfPage > 0)
        return tr("Line %1 of the text the PDF holds: page %2, line %3 on it").arg(row.line).arg(row.pdfPage).arg(row.pdfPageLine);
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
