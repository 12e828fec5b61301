#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// @brief The number cells of a legacy Excel workbook whose number format shows a date or a time,
/// written from the number the cell holds (XlsNumberFormats): FreeXL writes such a cell to the
/// second (1:02:05.5 as 01:02:06), a moment without its milliseconds, an elapsed time without its
/// days (25:00:05 as 01:00:05), a clock without the date it hides and a date without the time of
/// day it hides (the number is written for those two).
/// Read from the NUMBER, RK and MULRK records of each worksheet. Run in lookuplens-xls, with
/// FreeXL: it parses untrusted evidence too.
namespace XlsTimes {

struct Cell
{
    int row = 0;    ///< from 0, as FreeXL counts
    int column = 0; ///< from 0
    QString text;
};

struct Sheet
{
    QString name;
    QList<Cell> cells; ///< in the order of the records
};

/// @brief The time cells of every worksheet of @p stream, the workbook stream, in workbook
/// order; @p date1904 whether its dates count from 1904-01-01 rather than 1899-12-30.
QList<Sheet> read(const QByteArray &stream, bool date1904);

} // namespace XlsTimes
