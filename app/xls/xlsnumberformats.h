#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// @brief What a legacy Excel workbook's number formats show of a number, and the number written
/// as LookupLens reads that kind of cell: a date "2016-09-12", a moment "2016-09-12 14:03:07"
/// (".250" where it holds milliseconds), a time "14:03:07" or an elapsed time "25:00:05" (the
/// same; SpreadsheetTime, as the other workbook formats' readers write them), otherwise its digits. Written from the number itself, not as FreeXL writes a cell (to
/// the second, and a time's clock without its days). Run in lookuplens-xls: it parses untrusted
/// evidence too.
namespace XlsNumberFormats {

enum class Shows
{
    Number,
    Date,
    Time,     ///< a clock: "hh:mm:ss", "mm:ss"
    Elapsed,  ///< hours, minutes or seconds counted past a day: "[h]:mm:ss"
    DateTime
};

/// @brief What the format numbered @p id with the code @p code shows (SpreadsheetTime::showsOf).
Shows shows(int id, const QString &code);

/// @brief For each cell style (XF record) of the workbook stream @p stream, in order, what its
/// number format shows.
QList<Shows> ofStyles(const QByteArray &stream);

/// @brief @p serial, a count of days from 1899-12-30 (or 1904-01-01 where @p date1904), as
/// LookupLens reads a cell whose format shows @p shows. A clock over a day or more hides a date
/// the number holds, a date format the time of day it holds, and a number no date or time can be (past 9999-12-31, before day 0, not
/// finite) is none: all three are written as their digits, for the importer to read knowing the
/// column (a whole moment, or a date beside a time column).
QString text(double serial, Shows shows, bool date1904);

/// @brief A number as LookupLens shows an .xls's General cell: a whole number as its digits
/// (a phone number stored as a number keeps every digit), any other as its shortest form.
QString numberText(double number);

} // namespace XlsNumberFormats
