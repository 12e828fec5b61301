#include "spreadsheettime.h"

#include <QDate>
#include <QTime>
#include <QRegularExpression>

#include <cmath>

SpreadsheetTime::Shows SpreadsheetTime::showsOf(int id, const QString &code)
{
    if (code.isEmpty()) { // Excel's built-in formats, whose code the file need not hold
        if (id == 46) // [h]:mm:ss
            return {false, true, true};
        if ((id >= 18 && id <= 21) || id == 45 || id == 47) // h:mm AM/PM … h:mm:ss, mm:ss, mm:ss.0
            return {false, true, false};
        if (id >= 14 && id <= 17) // m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy
            return {true, false, false};
        return {id == 22, id == 22, false}; // m/d/yyyy h:mm
    }
    // Quoted text, escaped characters and bracketed colours or locales say nothing of the
    // kind; [h], [m] and [s] (elapsed time) do.
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\\\.|_.|\\*.|\\[(?![hms]+\\])[^\\]]*\\]"));
    const QString tokens = QString(code).remove(noise).toLower();
    const bool elapsed = tokens.contains(u'[');
    // Not "e" or "g" (a Japanese era's year and name): "General" and "0.00E+00" hold them, and
    // a format naming an era names its day too.
    return {tokens.contains(u'y') || tokens.contains(u'd'), elapsed || tokens.contains(u'h') || tokens.contains(u's'),
            elapsed};
}

SpreadsheetTime::Style SpreadsheetTime::styleOf(int id, const QString &code)
{
    const Shows shows = showsOf(id, code);
    if (!shows.time || shows.date)
        return Style::None;
    return shows.elapsed ? Style::Elapsed : Style::Clock;
}

QString SpreadsheetTime::clockText(qint64 ms)
{
    const qint64 seconds = ms / 1000;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(seconds / 3600)
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (ms % 1000 != 0)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

QString SpreadsheetTime::shownTime(const QString &value, Style style)
{
    if (style == Style::None)
        return value;
    bool isNumber = false;
    const double serial = value.toDouble(&isNumber);
    const QString shown = isNumber ? shownTime(serial, style) : QString();
    return shown.isEmpty() ? value : shown;
}

QString SpreadsheetTime::shownTime(double serial, Style style)
{
    if (style == Style::None || !(serial >= 0 && serial < 2958466) || (style == Style::Clock && serial >= 1))
        return {};
    return clockText(std::llround(serial * 86400000.0));
}

std::optional<double> SpreadsheetTime::serialOfDateTime(const QString &written)
{
    // A date and a clock, read apart: no zone's daylight saving may move a wall-clock time that
    // never was in it (a QDateTime read without an offset is in the machine's zone).
    const qsizetype t = written.indexOf(u'T');
    const QDate date = QDate::fromString(written.first(qMax<qsizetype>(t, 0)), Qt::ISODate);
    const QTime clock = QTime::fromString(written.sliced(t + 1), Qt::ISODateWithMs);
    if (t < 0 || !date.isValid() || !clock.isValid())
        return std::nullopt;
    // Excel counts 1900-02-29 as a day: its days before March 1900 are one fewer than the calendar's.
    const qint64 days = date.daysTo(QDate(1900, 3, 1)) > 0 ? QDate(1899, 12, 31).daysTo(date)
                                                           : QDate(1899, 12, 30).daysTo(date);
    return double(days) + clock.msecsSinceStartOfDay() / 86400000.0;
}

std::optional<double> SpreadsheetTime::serialOfElapsed(QStringView written)
{
    // Digits to the first colon, two or more of them, or no match to try (a timestamp's row
    // after row: "2016-09-12 14:03:07" stops at its fifth character).
    qsizetype digits = 0;
    while (digits < written.size() && written.at(digits).isDigit())
        ++digits;
    if (digits < 2 || digits == written.size() || written.at(digits) != u':')
        return std::nullopt;
    static const QRegularExpression elapsed(QStringLiteral("^(\\d+):([0-5]\\d):([0-5]\\d(?:\\.\\d+)?)$"));
    const QRegularExpressionMatch m = elapsed.match(written);
    if (!m.hasMatch() || m.capturedView(1).toLongLong() < 24)
        return std::nullopt;
    return (m.capturedView(1).toDouble() * 3600 + m.capturedView(2).toInt() * 60 + m.capturedView(3).toDouble()) / 86400;
}
