#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

/// @brief What a legacy Excel 97–2003 workbook hides and FreeXL does not say: worksheets hidden
/// (or "very hidden"), rows hidden or filtered out, columns hidden, and values their cell's number
/// format shows as nothing (";;;"), read from the workbook's BIFF records (BOUNDSHEET's hsState,
/// ROW's fDyZero, COLINFO's fHidden; FORMAT, XF and each cell record's XF) in the workbook stream
/// (BiffRecords). Run in lookuplens-xls, with FreeXL: it parses untrusted evidence too.
namespace XlsVisibility {

struct Sheet
{
    QString name;
    bool hidden = false;
    QList<int> hiddenRows; ///< row numbers from 1, ascending
    QList<int> hiddenColumns; ///< columns from 0, ascending (COLINFO's fHidden)
    QMap<int, QList<int>> shownBlank; ///< by column (from 0), the rows (from 1) whose value is shown as nothing
};

/// @brief The worksheets of the workbook whose workbook stream is @p stream, in workbook order.
QList<Sheet> read(const QByteArray &stream);

} // namespace XlsVisibility
