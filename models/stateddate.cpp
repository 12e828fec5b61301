#include "stateddate.h"

#include "calendarwords.h"
#include "timestampparser.h"

#include <QRegularExpression>

#include <cmath>

std::optional<StatedDate> StatedDate::read(QStringView text, std::optional<QDate> dayNumbersFrom)
{
    // A zone after it, as a return may write one: "… 17:30 UTC", "… (GMT)", "…Z", "… +02:00".
    static const QRegularExpression zoned(
        QStringLiteral("^(.*\\d)(?:\\s*\\(?((?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)\\)?|(Z)|"
                       "\\s+([+-]\\d{2}:?\\d{2}))$"),
        QRegularExpression::CaseInsensitiveOption);
    // A date and perhaps its time written without a separator, as BSNL's (India) search criteria
    // write their ends: "202606010000" is 2026-06-01 00:00.
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(\\d{2})(\\d{2})?)?$"));
    QString zone;
    QString dated = text.toString();
    if (const QRegularExpressionMatch c = compact.match(text); c.hasMatch()) {
        dated = c.captured(1) + u'-' + c.captured(2) + u'-' + c.captured(3);
        if (c.hasCaptured(4))
            dated += u' ' + c.captured(4) + u':' + c.captured(5) + u':' + (c.hasCaptured(6) ? c.captured(6) : u"00"_qs);
    }
    if (const QRegularExpressionMatch z = zoned.match(dated); z.hasMatch()) {
        dated = z.captured(1);
        zone = !z.captured(3).isEmpty() ? QStringLiteral("UTC")
                                        : (z.captured(2) + z.captured(4)).toUpper();
    }
    // A date written with its midnight ("2016-09-21T00:00:00.000", Excel's "9/21/2016 0:00") is
    // the whole day, as a record's date cell is read; an instant with a zone is not.
    if (zone.isEmpty())
        dated = TimestampParser::dateWithoutMidnight(dated);
    std::optional<StatedDate> read = readWithTime(dated, dayNumbersFrom);
    if (read) {
        read->text = text.toString();
        read->zone = zone;
    }
    return read;
}

std::optional<StatedDate> StatedDate::readWithTime(const QString &text,
                                                   std::optional<QDate> dayNumbersFrom)
{
    // A day, then perhaps its time: "2016-08-28 08:00", "2016-08-28T08:00:00.000".
    static const QRegularExpression dayAndTime(QStringLiteral(
        "^(.+?)(?:(?:\\s+|T)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3})\\d*)?)?)?$"));
    const QRegularExpressionMatch m = dayAndTime.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    std::optional<StatedDate> read = readDay(m.captured(1), dayNumbersFrom);
    if (!read || m.captured(2).isEmpty())
        return read;
    if (read->form == Form::DayNumber)
        return std::nullopt; // a day number's time is its fraction
    const int ms = m.captured(5).isEmpty() ? 0 : m.captured(5).leftJustified(3, u'0').toInt();
    read->time = QTime(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), ms);
    read->timeToMinute = m.captured(4).isEmpty();
    return read->time.isValid() ? read : std::nullopt;
}

std::optional<StatedDate> StatedDate::readDay(const QString &day,
                                              std::optional<QDate> dayNumbersFrom)
{
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression numbers(
        QStringLiteral("^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})$"));
    static const QRegularExpression dayNumber(QStringLiteral("^\\d{5}(?:\\.\\d+)?$"));
    StatedDate read;
    read.text = day;
    if (const auto m = yearFirst.match(day); m.hasMatch()) {
        read.date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    } else if (const auto n = numbers.match(day); n.hasMatch()) {
        read.form = Form::Numbers;
        read.firstNumber = n.captured(1).toInt();
        read.secondNumber = n.captured(3).toInt();
        read.year = TimestampParser::yearWritten(n.capturedView(4)); // "16": 2016, as a record's
        read.twoDigitYear = n.capturedLength(4) == 2;
        read.mayBeYearFirst = read.twoDigitYear && n.captured(2) == u"-";
        return read.inOrder(QStringLiteral("dmy")).isValid() ||
                       read.inOrder(QStringLiteral("mdy")).isValid()
                   ? std::optional(read)
                   : std::nullopt;
    } else if (dayNumbersFrom && dayNumber.match(day).hasMatch()) {
        // Whole days from the workbook's day 0, a fraction of one its time (to the second).
        read.form = Form::DayNumber;
        const double serial = day.toDouble();
        const auto seconds = qint64(std::llround((serial - std::floor(serial)) * 86400.0));
        read.date = dayNumbersFrom->addDays(qint64(std::floor(serial)) + seconds / 86400);
        if (seconds % 86400 != 0)
            read.time = QTime(0, 0).addSecs(int(seconds % 86400));
    } else {
        return readNamedMonth(day);
    }
    return read.date.isValid() ? std::optional(read) : std::nullopt;
}

std::optional<StatedDate> StatedDate::readNamedMonth(const QString &day)
{
    // "August 28 2016", "Aug. 28th 2016", "28 August 2016", "28-Aug-2016" (a comma read as a
    // space), and as other languages write them: "28. August 2016", "1er août 2016", "1º de
    // setembro de 2016" (CalendarWords).
    static const QRegularExpression monthFirst(
        QStringLiteral("^(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(\\d{4})$"));
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)?[\\s-]+(?:[Dd]e\\s+)?(\\p{L}{3,10})\\.?"
                       "[\\s-]+(?:[Dd]e\\s+)?(\\d{4})$"));
    StatedDate read;
    read.form = Form::MonthNamed;
    read.text = day;
    if (const auto m = monthFirst.match(day); m.hasMatch())
        read.date = QDate(m.captured(3).toInt(), CalendarWords::month(m.captured(1)),
                          m.captured(2).toInt());
    else if (const auto d = dayFirst.match(day); d.hasMatch())
        read.date = QDate(d.captured(3).toInt(), CalendarWords::month(d.captured(2)),
                          d.captured(1).toInt());
    return read.date.isValid() ? std::optional(read) : std::nullopt;
}

QString StatedDate::onlyOrder() const
{
    if (form != Form::Numbers || mayBeYearFirst)
        return {};
    const bool dayFirst = inOrder(QStringLiteral("dmy")).isValid();
    const bool monthFirst = inOrder(QStringLiteral("mdy")).isValid();
    if (dayFirst == monthFirst)
        return {};
    return dayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy");
}

QDate StatedDate::inOrder(const QString &order) const
{
    if (form != Form::Numbers)
        return date;
    return order == u"dmy" ? QDate(year, secondNumber, firstNumber)
                           : QDate(year, firstNumber, secondNumber);
}
