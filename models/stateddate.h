#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

/// @brief One end of the period a return states above its header row, as written: year first
/// ("2016-08-28", an XML Spreadsheet's "2016-08-28T00:00:00.000"), its month named as
/// CalendarWords reads it ("August 28, 2016", "28 Aug 2016", "28. August 2016", "1er août 2016"),
/// day and month in numbers ("09/04/2016", "9/4/16": in the order the period settles,
/// StatedPeriod; a two-digit year read as a record's is), or a workbook's day number ("42610", a
/// date cell's value as kept). Each perhaps followed by a time of day ("08:00", "17:30:15") and a
/// zone ("UTC").
struct StatedDate
{
    enum class Form
    {
        YearFirst,
        MonthNamed,
        Numbers,  ///< day and month in numbers, in an order the date alone may not settle
        DayNumber ///< a workbook's serial number of days
    };

    Form form = Form::YearFirst;
    QString text;        ///< as written
    QDate date;          ///< the day it names; for Numbers, none until read in an order (inOrder())
    int firstNumber = 0; ///< Numbers: "09/04/2016" → 9
    int secondNumber = 0;      ///< Numbers: "09/04/2016" → 4
    int year = 0;              ///< Numbers: "09/04/2016" → 2016, "09/04/16" → 2016
    bool twoDigitYear = false; ///< Numbers: its year written with two digits
    /// Numbers: parted by dashes with a two-digit year ("30-09-16"), which may be year first
    /// (Oracle's YY-MM-DD): it settles no order, as a record's date does not.
    bool mayBeYearFirst = false;
    QTime time;                ///< the time of day written after it (or a day number's fraction)
    bool timeToMinute = false; ///< a time written without seconds
    QString zone; ///< the zone written after it ("UTC", "GMT+2", "+02:00"); empty where none is

    /// @brief @p text read as an end of a period; a bare number only where @p dayNumbersFrom
    /// (the day a workbook's day 0 is) is given. None where it is no date or names no day.
    static std::optional<StatedDate> read(QStringView text, std::optional<QDate> dayNumbersFrom);
    /// @brief For Numbers, the only order they can be read in: "dmy" where the first is over
    /// 12, "mdy" where the second is; empty where either order gives a day, or it may be year
    /// first.
    QString onlyOrder() const;
    /// @brief For Numbers, the day they name read in @p order ("dmy" or "mdy"); for other forms
    /// the day as read. Invalid where they name none so.
    QDate inOrder(const QString &order) const;

private:
    static std::optional<StatedDate> readWithTime(const QString &text,
                                                  std::optional<QDate> dayNumbersFrom);
    static std::optional<StatedDate> readDay(const QString &day,
                                             std::optional<QDate> dayNumbersFrom);
    static std::optional<StatedDate> readNamedMonth(const QString &day);
};
