#include "duplicaterowmodel.h"

#include "itemroles.h"
#include "plaintooltip.h"

DuplicateRowModel::DuplicateRowModel(QSqlDatabase db, QObject *parent) : QAbstractTableModel(parent), m_db(db) {}

void DuplicateRowModel::setSource(std::optional<qint64> sourceId)
{
    beginResetModel();
    m_rows = sourceId ? CaseQueries(m_db).duplicateRows(*sourceId) : QList<DuplicateRowRecord>{};
    endResetModel();
}

int DuplicateRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DuplicateRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DuplicateRowModel::setSourceNames(const QHash<qint64, QString> &names)
{
    beginResetModel();
    m_sourceNames = names;
    endResetModel();
}

QString DuplicateRowModel::linkedTo(const DuplicateRowRecord &row) const
{
    const QString first = m_sourceNames.value(row.firstSourceId, row.firstSourceName);
    if (row.kind == u"call-leg")
        return tr("another leg of the call stored from %1, line %2")
            .arg(first, QString::number(row.firstLine));
    return tr("the same record as the event stored from %1, line %2")
        .arg(first, QString::number(row.firstLine));
}

QVariant DuplicateRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const DuplicateRowRecord &row = m_rows.at(index.row());
    if (role == ItemRoles::EventIdRole)
        return row.eventId;
    if (role != Qt::DisplayRole && role != ItemRoles::RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case LineColumn: {
        const QString where = CaseQueries::whereText(row.line, row.place);
        return role == Qt::ToolTipRole && !where.isEmpty() ? QVariant(PlainToolTip::of(where))
                                                           : QVariant(row.line);
    }
    case LinkedToColumn: {
        if (role != Qt::ToolTipRole)
            return linkedTo(row);
        const QString where = CaseQueries::whereText(row.firstLine, row.firstPlace);
        return PlainToolTip::of(
            linkedTo(row) + (where.isEmpty() ? QString() : QString(u"\n("_qs + where + u')')) +
            u'\n' + tr("Click to show that event and every line it was read from."));
    }
    case RawColumn:
        return role == Qt::ToolTipRole ? QVariant(PlainToolTip::of(row.raw)) : QVariant(row.raw);
    }
    return {};
}

QVariant DuplicateRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case LinkedToColumn:
        return tr("Linked to");
    case RawColumn:
        return tr("Row as written");
    }
    return {};
}
