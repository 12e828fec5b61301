#include "timestampparser.h"

#include "calendarwords.h"
#include "timeformat.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace {

/// What follows the date in every shape: hour, minute, optional seconds and fraction, an
/// optional AM/PM, an optional zone label or offset (six capture groups, in that order). The
/// clock's parts may be parted by dots, as Oracle's default TIMESTAMP format writes them
/// ("12-SEP-16 02.03.07.000000 PM"); a comma may end the date, as JavaScript's toLocaleString()
/// writes it ("9/12/2016, 2:03:07 PM"). Before AM/PM, and between the letters of Spanish's
/// "p. m.", a no-break space may stand for the space: CLDR's formats since 2022 put a narrow
/// one (U+202F) before "PM", as ICU-based exports (Node, Java) write it.
QString timeAndZone()
{
    return QStringLiteral(",?[T ]+(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2})(?:[.,](\\d{1,9}))?)?"
                          "(?:[\\s\\x{00A0}\\x{202F}]*([AaPp]\\.?[ \\x{00A0}\\x{202F}]?[Mm]\\.?))?"
                          "\\s*([A-Za-z]{1,5}|[+-]\\d{2}(?::?\\d{2})?|[A-Za-z]{3}[+-]\\d{1,2}(?::?\\d{2})?)?$");
}

const QRegularExpression &timestampPattern()
{
    // 2016-09-12 14:03:07 (year first)
    static const QRegularExpression re(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})") + timeAndZone());
    return re;
}

/// "12-Sep-2016 14:03:07" (Oracle's and many carriers' day-month-year), "Sep 12, 2016
/// 2:03:07 PM" and "Sep  2 2016  2:03PM" (SQL Server's old default, the day padded with a
/// space), and as European carriers write a month's name: "12. März 2016", "1er août 2016",
/// "12 de septiembre de 2016" (CalendarWords). A named month leaves no day/month question.
const QRegularExpression &monthNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(\\d{1,2})(?:\\.|er|º)?[- ](?:[Dd]e )?(\\p{L}{3,10})\\.?[- ]"
                       "(?:[Dd]e )?(\\d{4}|\\d{2})|(\\p{L}{3,10})\\.? +(\\d{1,2}),? +(\\d{4}))") +
        timeAndZone());
    return re;
}

/// "Sep 12 14:03:07 UTC 2016": C's asctime() and Java's Date.toString(), the weekday before it
/// set aside; the year last, a zone label before it or none.
const QRegularExpression &yearLastPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^([A-Za-z]{3,9})\\.? +(\\d{1,2}) +(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
        "(?: +([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))? +(\\d{4})$"));
    return re;
}

/// ISO 8601's basic format as switches write it ("20160912140307", a date column "20160912"
/// beside "140307" or "14:03:07", "20160912T140307.5Z") in its extended format, for the one
/// year-first pattern to read; any other text as it is.
QString extendedForm(const QString &text)
{
    if (text.size() < 9 || !std::all_of(text.cbegin(), text.cbegin() + 8, [](QChar c) { return c.isDigit(); }))
        return text;
    static const QRegularExpression basic(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:[T ]*(\\d{2})(\\d{2})(\\d{2})(?!\\d)|(?=[T ]+\\d{1,2}[:.]))"));
    const auto m = basic.match(text);
    if (!m.hasMatch())
        return text;
    const QString date = QStringLiteral("%1-%2-%3").arg(m.captured(1), m.captured(2), m.captured(3));
    const QString rest = text.mid(m.capturedEnd());
    if (!m.hasCaptured(4))
        return date + rest;
    return QStringLiteral("%1 %2:%3:%4").arg(date, m.captured(4), m.captured(5), m.captured(6)) + rest;
}

/// Shapes one of the patterns reads once rewritten: a web server's log time ("12/Sep/2016:
/// 14:03:07 +0000", NCSA's common log format), DB2's timestamp ("2016-09-12-14.03.07.000000")
/// and Apple's long date ("Sep 12, 2016 at 2:03:07 PM").
QString commonForm(const QString &text)
{
    // Asked of every timestamp no quicker path reads: most are neither, by one character.
    static const QRegularExpression ncsa(QStringLiteral("^(\\d{1,2})/([A-Za-z]{3})/(\\d{4}):(\\d{1,2}:\\d{2}:\\d{2})"));
    static const QRegularExpression db2(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})-(?=\\d{2}\\.\\d{2}\\.\\d{2})"));
    // Apple's long dates put "at" between date and time ("Sep 2, 2016 at 6:22:05 PM"), and so
    // do the languages whose month names CalendarWords reads ("12. September 2016 um 14:03",
    // "12 septembre 2016 à 14:03", "12 de septiembre de 2016 a las 14:03", "… às 14:03",
    // "12 settembre 2016 alle 14:03").
    static const QRegularExpression at(
        QStringLiteral("(?<=\\d{4}),? (?:at|um|à|a las|às|alle) (?=\\d{1,2}[:.]\\d)"));
    static const QStringList words{QStringLiteral(" at "), QStringLiteral(" um "),
                                   QStringLiteral(" à "),  QStringLiteral(" a las "),
                                   QStringLiteral(" às "), QStringLiteral(" alle ")};
    if (std::any_of(words.cbegin(), words.cend(),
                    [&text](const QString &word) { return text.contains(word); })) {
        if (const QString joined = QString(text).replace(at, QStringLiteral(" ")); joined != text)
            return commonForm(joined);
    }
    const qsizetype slash = text.indexOf(u'/');
    const bool monthAfterSlash = (slash == 1 || slash == 2) && slash + 1 < text.size() && text.at(slash + 1).isLetter();
    const bool dashAfterDate = text.size() > 11 && text.at(10) == u'-';
    if (!monthAfterSlash && !dashAfterDate)
        return text;
    if (const auto m = ncsa.match(text); m.hasMatch())
        return QStringLiteral("%1 %2 %3 %4").arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4))
               + text.mid(m.capturedEnd());
    if (const auto m = db2.match(text); m.hasMatch())
        return m.captured(1) + u' ' + text.mid(m.capturedEnd());
    return text;
}

/// @p text with its no-break and thin spaces as plain ones: spreadsheets in French and German
/// keep them where a space is typed ("12. März", "14 h 03"), and CLDR puts one before "PM".
QString withPlainSpaces(QString text)
{
    for (QChar &c : text) {
        if (c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009))
            c = u' ';
    }
    return text;
}

/// The clock as the patterns read it ("14:03", "14:03:07") where it is written with words:
/// German's o'clock ("14:03 Uhr"), French's hours ("14h03", "14 h 03 min 07 s"), an hour's "h"
/// after it ("14:03:07 h"); any other text as it is.
QString clockWithoutWords(const QString &text)
{
    if (!text.contains(u'h', Qt::CaseInsensitive))
        return text;
    static const QRegularExpression french(
        QStringLiteral(
            "(?<=\\s|^)(\\d{1,2}) ?h ?(\\d{2})(?: ?(?:min|mn|m) ?(\\d{2}) ?s?)?(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression oclock(
        QStringLiteral("(\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?) *(?:Uhr|h)(?=\\s|$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString clock = text;
    if (const auto m = french.match(clock); m.hasMatch()) {
        const QString seconds = m.hasCaptured(3) ? u':' + m.captured(3) : QString();
        clock.replace(m.capturedStart(), m.capturedLength(),
                      m.captured(1) + u':' + m.captured(2) + seconds);
    }
    return clock.replace(oclock, QStringLiteral("\\1"));
}

/// "Mon, ", "Monday ", "Tue. ", "Montag, ", "lundi ", "segunda-feira, ": a weekday before a
/// date (CalendarWords); 1 (Monday) to 7, its text taken off @p text; 0 where there is none.
int takeWeekday(QString *text)
{
    // Asked of every timestamp no quicker path reads: most begin with a digit.
    if (text->isEmpty() || !text->at(0).isLetter())
        return 0;
    static const QRegularExpression re(QStringLiteral("^(\\p{L}[\\p{L}-]*)\\.?,?\\s+"));
    const auto m = re.match(*text);
    const int day = m.hasMatch() ? CalendarWords::weekday(m.capturedView(1)) : 0;
    if (day != 0)
        text->remove(0, m.capturedLength());
    return day;
}

/// The hour on a 24-hour clock: "2" with "PM" is 14, "12" with "AM" is 0; -1 when a 12-hour
/// clock is given an hour it does not have ("13 PM", "0 AM").
int hourOf(const QString &hour, const QString &meridiem)
{
    const int value = hour.toInt();
    if (meridiem.isEmpty())
        return value;
    if (value < 1 || value > 12)
        return -1;
    const bool afternoon = meridiem.startsWith(u'p', Qt::CaseInsensitive);
    return value % 12 + (afternoon ? 12 : 0);
}

int fractionToMs(const QString &fraction)
{
    if (fraction.isEmpty())
        return 0;
    return QString(fraction + QStringLiteral("000")).left(3).toInt();
}

/// The time read from the groups timeAndZone() captures, the first of them at @p first.
QTime timeFrom(const QRegularExpressionMatch &m, int first)
{
    return QTime(hourOf(m.captured(first), m.captured(first + 4)), m.captured(first + 1).toInt(),
                 m.captured(first + 2).toInt(), fractionToMs(m.captured(first + 3)));
}

} // namespace

TimestampParser::TimestampParser(std::optional<QTimeZone> headerZone, std::optional<QTimeZone> declaredZone,
                                 DateOrder dateOrder, QString format)
    : m_headerZone(std::move(headerZone)), m_declaredZone(std::move(declaredZone)), m_dateOrder(dateOrder),
      m_format(std::move(format))
{
    if (const auto &fixed = m_headerZone ? m_headerZone : m_declaredZone)
        m_fixedZoneName = zoneName(*fixed);
    if (m_format.compare(u"unix", Qt::CaseInsensitive) == 0)
        m_epoch = Epoch::Seconds;
    else if (m_format.compare(u"unix-ms", Qt::CaseInsensitive) == 0)
        m_epoch = Epoch::Milliseconds;
    else if (m_format.compare(u"excel", Qt::CaseInsensitive) == 0)
        m_epoch = Epoch::ExcelDays;
    else if (m_format.compare(u"excel-1904", Qt::CaseInsensitive) == 0)
        m_epoch = Epoch::ExcelDays1904;
    else
        readFormatSections();
}

namespace {

/// Day and month in numbers, in an order the date alone may not settle, and the year (three
/// capture groups): "03/04/2016", "03.04.16", "03-04-2016", "03-04-16".
QString numericDate()
{
    return QStringLiteral(
        "(?|(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})|(\\d{1,2})-(\\d{1,2})-(\\d{4}|\\d{2}))");
}

/// Whether @p date, numericDate()'s match, has dashes and a year of two digits ("16-09-12"):
/// as often year first, as Oracle's YY-MM-DD, as day or month first.
bool dashedWithTwoDigitYear(const QRegularExpressionMatch &date)
{
    return date.capturedLength(3) == 2 &&
           date.capturedView(0).at(date.capturedEnd(2) - date.capturedStart(0)) == u'-';
}

const QRegularExpression &slashDatePattern()
{
    // 03/04/2016 14:03[:07] [PM] with an optional zone: day and month order must be known.
    // The year may have two digits ("09/12/16"), as carriers' and Oracle's exports write it.
    // Dashes too, as Dutch, Italian and Indian exports write it ("13-09-2016", "13-09-16").
    static const QRegularExpression re(QStringLiteral("^") + numericDate() + timeAndZone());
    return re;
}

} // namespace

QString TimestampParser::dateWithoutMidnight(const QString &date)
{
    if (!date.contains(u':')) // asked of every row's date: most have no clock
        return date;
    static const QRegularExpression midnight(
        QStringLiteral("^(.*\\d)[T ]+(?:0?0:00(?::00(?:[.,]0{1,9})?)?|12:00(?::00)? ?[Aa]\\.?[ \\x{00A0}\\x{202F}]?[Mm]\\.?)$"));
    const auto m = midnight.match(date);
    return m.hasMatch() ? m.captured(1) : date;
}

QString TimestampParser::timeWithoutExcelsDayZero(const QString &time)
{
    if (time.size() < 14) // asked of every row's time: most are a clock alone
        return time;
    // Excel's day 0 is 1899-12-30 as most tools write it out, 1900-01-00 as Excel shows it.
    static const QRegularExpression dayZero(
        QStringLiteral("^(?:1899-12-3[01]|1900-01-00|12/30/1899|30[/.]12[/.]1899)[T ]+(\\d.*)$"));
    const auto m = dayZero.match(time);
    return m.hasMatch() ? m.captured(1) : time;
}

DateOrder TimestampParser::settleDateOrder(const QStringList &values, qsizetype *settledBy)
{
    qsizetype dayFirst = -1;
    qsizetype monthFirst = -1;
    // The date alone settles it: "14/09/2016" beside a time of any kind, or a serial one.
    static const QRegularExpression numericDay(QStringLiteral("^") + numericDate() +
                                               QStringLiteral("(?:\\D|$)"));
    for (qsizetype i = 0; i < values.size() && (dayFirst < 0 || monthFirst < 0); ++i) {
        const auto m = numericDay.match(values.at(i).trimmed());
        // "25-09-16" is no month first, but may be year first: it settles neither.
        if (!m.hasMatch() || dashedWithTwoDigitYear(m))
            continue;
        // Only a date that is a day of the calendar read one way and none read the other settles
        // it: "31.04.2026" is no day either way (the row is rejected as impossible), and a
        // rejected row named as the reason every other date was read day first is no reason.
        const int first = m.captured(1).toInt(), second = m.captured(2).toInt(),
                  year = TimestampParser::yearWritten(m.capturedView(3));
        const bool asDayFirst = QDate::isValid(year, second, first), asMonthFirst = QDate::isValid(year, first, second);
        if (dayFirst < 0 && asDayFirst && !asMonthFirst)
            dayFirst = i;
        if (monthFirst < 0 && asMonthFirst && !asDayFirst)
            monthFirst = i;
    }
    const bool settled = (dayFirst < 0) != (monthFirst < 0); // none settles it, or the file contradicts itself
    if (settledBy)
        *settledBy = settled ? qMax(dayFirst, monthFirst) : -1;
    if (!settled)
        return DateOrder::Unknown;
    return dayFirst >= 0 ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

namespace {

int digits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// "YYYY-MM-DD HH:MM:SS" exactly, the shape nearly every row has: read without a regex.
bool parsePlain(QStringView text, QDate *date, QTime *time)
{
    if (text.size() != 19 || text[4] != u'-' || text[7] != u'-' || (text[10] != u' ' && text[10] != u'T')
        || text[13] != u':' || text[16] != u':')
        return false;
    const int y = digits(text, 0, 4), mo = digits(text, 5, 2), d = digits(text, 8, 2);
    const int h = digits(text, 11, 2), mi = digits(text, 14, 2), s = digits(text, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || s < 0)
        return false;
    *date = QDate(y, mo, d);
    *time = QTime(h, mi, s);
    return date->isValid() && time->isValid();
}

} // namespace

ParsedTime TimestampParser::parse(QStringView text) const
{
    if (m_epoch == Epoch::ExcelDays || m_epoch == Epoch::ExcelDays1904)
        return parseSerialText(text.trimmed().toString());
    if (m_epoch != Epoch::None)
        return parseEpoch(text.trimmed().toString());
    QDate plainDate;
    QTime plainTime;
    if (parsePlain(text, &plainDate, &plainTime))
        return fromLocal(plainDate, plainTime, std::nullopt);
    const QString trimmed = withPlainSpaces(text.trimmed().toString());
    if (!m_format.isEmpty())
        return parseDeclaredFormat(trimmed);
    if (trimmed.endsWith(u']'))
        return parseWithZoneId(trimmed);
    if (const auto named = parseWithZoneName(trimmed))
        return *named;
    // A weekday before the date ("Mon, 12 Sep 2016 14:03:07 +0000", "Monday, September 12,
    // 2016 …") is set aside, and must be the date's.
    QString rest = commonForm(clockWithoutWords(trimmed));
    const int weekday = takeWeekday(&rest);
    if (const auto s = slashDatePattern().match(rest); s.hasMatch())
        return parseSlashDate(s, weekday);
    if (const auto n = monthNamePattern().match(rest); n.hasMatch())
        return parseMonthName(n, weekday);
    if (const auto y = yearLastPattern().match(rest); y.hasMatch())
        return parseYearLast(y, trimmed, weekday);
    const auto m = timestampPattern().match(weekday == 0 ? extendedForm(rest) : rest);
    if (!m.hasMatch())
        return unreadableTime(trimmed);
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return fromParts(date, timeFrom(m, 4), m.captured(9), trimmed, weekday);
}

ParsedTime TimestampParser::fromParts(const QDate &date, const QTime &time, const QString &zoneLabel,
                                      const QString &text, int weekday) const
{
    if (!date.isValid() || !time.isValid())
        return {false, 0, {}, tr("impossible date or time \"%1\"").arg(text), false};
    if (weekday != 0 && date.dayOfWeek() != weekday) {
        return {false, 0, {},
                tr("the weekday written before \"%1\" is not its date's, a %2")
                    .arg(text, QLocale(QLocale::English).dayName(date.dayOfWeek())),
                false};
    }
    std::optional<QTimeZone> textZone;
    if (!zoneLabel.isEmpty()) {
        textZone = zoneFromLabel(zoneLabel);
        if (!textZone)
            return fromAbbreviation(date, time, zoneLabel);
    }
    return fromLocal(date, time, textZone);
}

ParsedTime TimestampParser::parseSlashDate(const QRegularExpressionMatch &m, int weekday) const
{
    if (m_dateOrder == DateOrder::Unknown) {
        ParsedTime unknown;
        unknown.needsDateOrder = true;
        unknown.error = dashedWithTwoDigitYear(m)
                            ? tr("dates like \"%1\" can be read day-first or month-first, or year-first as Oracle's "
                                 "YY-MM-DD writes them, and the file does not settle which; declare the order "
                                 "(--date-order dmy or mdy), or a year first as a column mapping's timestamp format "
                                 "(yy-MM-dd HH:mm:ss)")
                                  .arg(m.captured(0))
                            : tr("dates like \"%1\" can be read day-first or month-first and the file does not settle "
                                 "which; declare the order (--date-order dmy or mdy)")
                                  .arg(m.captured(0));
        // Whether its zone is wanted too, said at once: one choice asked after the other took
        // the analyst two rounds.
        if (!m_headerZone && !m_declaredZone && !m_rowZone.zone && !zoneFromLabel(m.captured(9))) {
            unknown.zoneMissing = true;
            unknown.error += tr(". Nor does the timestamp state a time zone, and none was declared for the source; "
                                "declare the zone the provider used (--timezone)");
        }
        return unknown;
    }
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const bool dayFirst = m_dateOrder == DateOrder::DayFirst;
    const QDate date(TimestampParser::yearWritten(m.captured(3)), dayFirst ? second : first,
                     dayFirst ? first : second);
    ParsedTime read = fromParts(date, timeFrom(m, 4), m.captured(9), m.captured(0), weekday);
    read.twoDigitYear = m.capturedLength(3) == 2;
    return read;
}

ParsedTime TimestampParser::parseMonthName(const QRegularExpressionMatch &m, int weekday) const
{
    const bool dayFirst = !m.captured(1).isEmpty();
    const int month = CalendarWords::month(m.captured(dayFirst ? 2 : 4));
    if (month == 0)
        return noSuchMonth(m.captured(dayFirst ? 2 : 4), m.captured(0));
    const QDate date(TimestampParser::yearWritten(m.captured(dayFirst ? 3 : 6)), month,
                     m.captured(dayFirst ? 1 : 5).toInt());
    ParsedTime read = fromParts(date, timeFrom(m, 7), m.captured(12), m.captured(0), weekday);
    read.twoDigitYear = dayFirst && m.capturedLength(3) == 2;
    return read;
}

ParsedTime TimestampParser::parseYearLast(const QRegularExpressionMatch &m, const QString &text, int weekday) const
{
    const int month = CalendarWords::month(m.captured(1));
    if (month == 0)
        return noSuchMonth(m.captured(1), text);
    const QDate date(m.captured(8).toInt(), month, m.captured(2).toInt());
    const QTime time(m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt(), fractionToMs(m.captured(6)));
    return fromParts(date, time, m.captured(7), text, weekday);
}

ParsedTime TimestampParser::noSuchMonth(const QString &name, const QString &text)
{
    return {false,
            0,
            {},
            tr("\"%1\" in \"%2\" is no month's name LookupLens reads (it reads them in English, "
               "German, "
               "French, Spanish, Portuguese, Italian and Dutch, whole or shortened)")
                .arg(name, text),
            false};
}

int TimestampParser::yearWritten(QStringView written)
{
    // Two digits by POSIX's rule for strptime's %y: no record of a phone or messenger is from
    // before 1969.
    const int year = written.toInt();
    if (written.size() != 2)
        return year;
    return year < 69 ? 2000 + year : 1900 + year;
}
