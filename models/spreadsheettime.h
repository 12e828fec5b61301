#pragma once

#include <QString>

#include <optional>

/// @brief What a spreadsheet's number format shows of a time, and a time written as LookupLens
/// reads it, the same in every workbook format (.xlsx, XML Spreadsheet, and .xls in
/// lookuplens-xls): a clock or an elapsed time from the number the cell holds, to the millisecond
/// and past a day ("25:00:05"), where a program writing it as it shows it would round it to the
/// second ("1:02:06") or drop its days. Qt Core only: lookuplens-xls builds it too.
namespace SpreadsheetTime {

/// @brief What a number format shows of a time when it shows no date.
enum class Style
{
    None,
    Clock,   ///< "h:mm:ss", "mm:ss": a time of day
    Elapsed  ///< "[h]:mm:ss": hours, minutes or seconds counted past a day
};

/// @brief What a number format shows: a date, a time, and whether its time is counted past
/// its clock's limit ([h], [m] or [s]).
struct Shows
{
    bool date = false;
    bool time = false;
    bool elapsed = false;
};

/// @brief What the number format numbered @p id with the code @p code shows: by its code's
/// letters (quoted text, escaped characters and bracketed colours or locales left out), or where
/// the file holds no code, as Excel's built-in format of that number.
Shows showsOf(int id, const QString &code);

/// @brief The time a format shows when it shows one and no date.
Style styleOf(int id, const QString &code);

/// @brief @p ms, a time of day or an elapsed time, as "14:03:07", "0:01:05", "25:00:05" or
/// "1:02:05.500".
QString clockText(qint64 ms);

/// @brief A cell's value @p value (a serial number of days) in a format of @p style as LookupLens
/// reads it: the time it shows, written out (a duration in seconds read from the bare serial
/// would be 86,400 times too small). A clock over a day or more hides a date the value holds:
/// that stays a serial number, date and all, for the importer to read knowing the column.
QString shownTime(const QString &value, Style style);
/// @brief The time @p serial shows in a format of @p style; empty where it shows none (@p style
/// None, a clock over a day or more, a number no time can be).
QString shownTime(double serial, Style style);

/// @brief The serial number of days of a time an XML Spreadsheet writes as a DateTime, Excel's
/// way ("1899-12-31T01:02:05.500" for 1:02:05.5, Excel's day 0 being "1900-01-00", and its
/// 1900-02-29 that never was); nothing where @p written is no such time.
std::optional<double> serialOfDateTime(const QString &written);

/// @brief The serial number of days of an elapsed time of a day or more as the readers write it
/// ("1023014:30:00.5", "25:00:05"): in a column of moments, a moment counted from the workbook's
/// day 0, as its number is (a format showing hours past a day, or LibreOffice's time-value of a
/// clock over a moment, writes one so); nothing for any other text, a clock of a day ("14:03:07")
/// among them.
std::optional<double> serialOfElapsed(QStringView written);

} // namespace SpreadsheetTime
