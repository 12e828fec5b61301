#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// @brief The values of a legacy Excel workbook's formula cells, which FreeXL reads as empty:
/// the result each FORMULA record saved (a number, text in the STRING record after it, TRUE or
/// FALSE, an error such as #N/A), a number written as its cell's number format shows it
/// (XlsNumberFormats: a date and time "2016-09-12 14:03:07", a time "14:03:07", otherwise its
/// digits). Run in lookuplens-xls, with FreeXL: it parses untrusted evidence too.
namespace XlsFormulas {

struct Cell
{
    int row = 0;    ///< from 0, as FreeXL counts
    int column = 0; ///< from 0
    /// What the file saved as its result; nothing where it saved none, or an empty one (a
    /// writer that leaves the computing to Excel saves an empty text).
    std::optional<QString> result;
};

struct Sheet
{
    QString name;
    QList<Cell> cells; ///< in the order of the records
};

/// @brief The formula cells of every worksheet of @p stream, the workbook stream, in workbook
/// order; @p date1904 whether its dates count from 1904-01-01 rather than 1899-12-30.
QList<Sheet> read(const QByteArray &stream, bool date1904);

} // namespace XlsFormulas
