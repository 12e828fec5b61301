// TimestampParser's times written as counts, which no text shape tells apart (a record id is
// digits too): seconds or milliseconds since 1970, a spreadsheet's days since its day 0. Read
// where a format declares them; otherwise named in the reason a time is refused.
#include "timestampparser.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace {

/// A moment as a reason quotes it: "1970-01-18 01:07:20 UTC".
QString utcText(qint64 utcMs)
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'");
}

} // namespace

QString TimestampParser::formatItMayBe(const QString &text)
{
    // Ten or thirteen digits are likely seconds or milliseconds since 1970, five from 25569
    // (1970-01-01) on a spreadsheet's date saved as its number of days: which, only the analyst
    // can say (a record id is digits too).
    static const QRegularExpression epoch(QStringLiteral("^\\d{10}(?:\\d{3})?(?:\\.\\d+)?$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{5})(?:[.,]\\d+)?$"));
    if (const auto m = serial.match(text); m.hasMatch() && m.captured(1).toInt() >= 25569)
        return QStringLiteral("excel");
    if (!epoch.match(text).hasMatch())
        return {};
    return text.size() >= 13 && !text.contains(u'.') ? QStringLiteral("unix-ms") : QStringLiteral("unix");
}

QString TimestampParser::unreadable(const QString &text)
{
    const QString format = formatItMayBe(text);
    if (format.isEmpty())
        return tr("unreadable timestamp \"%1\"").arg(text);
    if (format == u"excel") {
        return tr("unreadable timestamp \"%1\": if it counts days since 1899-12-30, as a spreadsheet's date cell "
                  "saved as a number, declare the timestamp format \"%2\"")
            .arg(text, format);
    }
    return tr("unreadable timestamp \"%1\": if it counts %2 since 1970, declare the timestamp format \"%3\"")
        .arg(text, format == u"unix-ms" ? tr("milliseconds") : tr("seconds"), format);
}

ParsedTime TimestampParser::unreadableTime(const QString &text)
{
    ParsedTime parsed{false, 0, {}, unreadable(text), false};
    parsed.formatItMayBe = formatItMayBe(text);
    return parsed;
}

const QStringList &TimestampParser::declarableFormats()
{
    static const QStringList formats{QStringLiteral("excel"), QStringLiteral("excel-1904"), QStringLiteral("unix"),
                                     QStringLiteral("unix-ms")};
    return formats;
}

QString TimestampParser::formatWords(const QString &format)
{
    if (format == u"excel")
        return tr("days since 1899-12-30, as a spreadsheet's date saved as a number");
    if (format == u"excel-1904")
        return tr("days since 1904-01-01, as a spreadsheet of the 1904 date system saves a date as a number");
    if (format == u"unix")
        return tr("seconds since 1970-01-01 00:00 UTC");
    if (format == u"unix-ms")
        return tr("milliseconds since 1970-01-01 00:00 UTC");
    return {};
}

QString TimestampParser::countNamedBy(const QString &label)
{
    // Word by word, lower case: "Unix", "UNIX_MS", "Epoch (ms)", "Sekunden seit 1970".
    const QStringList words = label.toLower().split(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), Qt::SkipEmptyParts);
    const auto hasWordStarting = [&words](std::initializer_list<const char *> starts) {
        return std::any_of(words.cbegin(), words.cend(), [&starts](const QString &word) {
            return std::any_of(starts.begin(), starts.end(), [&word](const char *start) { return word.startsWith(QLatin1String(start)); });
        });
    };
    if (!hasWordStarting({"unix", "epoch", "posix"}) && !words.contains(u"1970"))
        return {};
    if (words.contains(u"us") || words.contains(u"ns") || words.contains(u"\u00b5s") || hasWordStarting({"micro", "usec", "nano", "nsec"}))
        return {}; // a count LookupLens does not read: its rows say which formats it does
    if (words.contains(u"ms") || hasWordStarting({"milli", "msec"}))
        return QStringLiteral("unix-ms");
    return QStringLiteral("unix");
}

DateOrder TimestampParser::dateOrderNamedBy(const QString &label)
{
    // Day: d (English, Spanish, Dutch), t (German Tag), j (French jour), g (Italian giorno);
    // year: y, j (German Jahr, Dutch jaar), a (French année, Spanish año, Italian anno).
    static const QRegularExpression dayFirst(QStringLiteral("(?<![a-z])(?:d{1,2}|t{1,2}|j{1,2}|g{1,2})([./-])m{1,2}\\1(?:y{2,4}|j{2,4}|a{2,4})(?![a-z])"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(QStringLiteral("(?<![a-z])m{1,2}([./-])(?:d{1,2}|t{1,2}|j{1,2}|g{1,2})\\1(?:y{2,4}|j{2,4}|a{2,4})(?![a-z])"),
                                               QRegularExpression::CaseInsensitiveOption);
    if (dayFirst.match(label).hasMatch())
        return DateOrder::DayFirst;
    if (monthFirst.match(label).hasMatch())
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

bool TimestampParser::isPatternLabel(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^[dmyhstjag]{1,4}(?:[./:\\- ]+[dmyhstjag]{1,4})+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(label.trimmed()).hasMatch();
}

ParsedTime TimestampParser::parseEpoch(const QString &text) const
{
    // Seconds (or milliseconds) since 1970-01-01T00:00:00Z: UTC whatever zone was declared.
    static const QRegularExpression number(QStringLiteral("^\\d{1,16}(?:\\.\\d{1,9})?$"));
    const bool milliseconds = m_epoch == Epoch::Milliseconds;
    constexpr qint64 Year10000Ms = 253402300800000;
    bool ok = number.match(text).hasMatch();
    const double value = ok ? text.toDouble(&ok) : 0;
    const qint64 utcMs = qRound64(milliseconds ? value : value * 1000.0);
    const QString unit = milliseconds ? tr("milliseconds") : tr("seconds");
    if (!ok || utcMs >= Year10000Ms)
        return anotherCount(text, tr("timestamp \"%1\" is not a count of %2 since 1970").arg(text, unit));
    if (utcMs < EarliestRecordMs) { // another count: seconds declared as milliseconds fall in January 1970
        return anotherCount(text, tr("timestamp \"%1\" as %2 since 1970 falls on %3, before any provider kept such "
                                     "records").arg(text, unit, utcText(utcMs)));
    }
    ParsedTime parsed{true, utcMs, QStringLiteral("UTC"), {}, false};
    parsed.zoneSource = ZoneSource::Text;
    return parsed;
}

ParsedTime TimestampParser::outsideAnyRecord(ParsedTime parsed, const QString &text)
{
    if (!parsed.ok || (parsed.utcMs >= EarliestRecordMs && parsed.utcMs < LatestRecordMs))
        return parsed;
    const QString read = utcText(parsed.utcMs);
    parsed.ok = false;
    parsed.error = parsed.utcMs < EarliestRecordMs
                       ? tr("the time \"%1\" falls on %2, before any provider kept such records: a time not "
                            "recorded, written as the zero of a clock or count, or a year cut short")
                             .arg(text, read)
                       : tr("the time \"%1\" falls on %2, after 2099: a time not recorded, written as a far date")
                             .arg(text, read);
    return parsed;
}

ParsedTime TimestampParser::anotherCount(const QString &text, const QString &reason) const
{
    // Milliseconds declared as seconds, seconds as milliseconds, a spreadsheet's days as either:
    // the reason names the format the count looks like, as for a time read without one.
    ParsedTime refused{false, 0, {}, reason, false};
    const QString other = formatItMayBe(text);
    if (!other.isEmpty() && other != m_format) {
        refused.formatItMayBe = other;
        refused.error += tr("; if it counts %1, declare the timestamp format \"%2\"").arg(formatWords(other), other);
    }
    return refused;
}

ParsedTime TimestampParser::parseSerialText(const QString &text) const
{
    // A CSV file saved from a worksheet whose date cells were formatted as numbers writes each
    // as its days since Excel's day 0, the time of day as the fraction ("42625.58549768518"; a
    // comma in German Excel's): the wall-clock time the worksheet showed, in the declared zone.
    static const QRegularExpression number(QStringLiteral("^\\d{1,7}(?:[.,]\\d{1,17})?$"));
    const bool date1904 = m_epoch == Epoch::ExcelDays1904;
    bool ok = number.match(text).hasMatch();
    const double serial = ok ? QString(text).replace(u',', u'.').toDouble(&ok) : 0;
    if (!ok) {
        return {false, 0, {}, tr("timestamp \"%1\" is not a spreadsheet's date written as its days since %2")
                                  .arg(text, excelEpoch(date1904).toString(Qt::ISODate)), false};
    }
    // Excel writes a serial with every digit it holds (ten decimals: to 9 µs), dropping trailing
    // zeros ("42615.5" is noon). Fewer digits that give no whole second were rounded by a
    // number format ("0.000": to 86 s): the time cannot be known, so the row is refused. So is
    // one that gives a whole second with as few, in a file that shows its times rounded.
    const int decimals = SerialRounding::decimalsOf(text);
    const double seconds = serial * 86400.0;
    if (decimals < SerialRounding::FullDecimals && std::abs(seconds - std::round(seconds)) > 0.0005) {
        return {false, 0, {}, tr("timestamp \"%1\" gives its time of day to %2 s only (%n decimal(s) of a day), as a "
                                 "worksheet's number format rounded it: save the column with a date and time format "
                                 "from the file as delivered", nullptr, decimals)
                                  .arg(text, QLocale::c().toString(86400.0 / std::pow(10.0, decimals), 'g', 3)), false};
    }
    if (m_serialRounding && decimals < SerialRounding::FullDecimals)
        return {false, 0, {}, m_serialRounding->reason(text), false};
    return parseExcelSerial(serial, date1904);
}

ParsedTime TimestampParser::parseExcelSerial(double serial, bool date1904) const
{
    if (!(serial > 0 && serial < 2958466)) // up to 9999-12-31
        return {false, 0, {}, tr("spreadsheet date %1 is out of range").arg(serial), false};
    const qint64 totalMs = qRound64(serial * 86400000.0);
    return fromLocal(excelEpoch(date1904).addDays(totalMs / 86400000),
                     QTime::fromMSecsSinceStartOfDay(int(totalMs % 86400000)), std::nullopt);
}

QDate TimestampParser::excelEpoch(bool date1904)
{
    return date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
}

ParsedTime TimestampParser::parseExcelDateAndTime(const QString &date, const QString &time, bool date1904) const
{
    // A date cell and a time cell, either a serial number or text: one serial when both are
    // numbers, otherwise the numeric one written out and the two read as one timestamp.
    bool dateIsSerial = false;
    bool timeIsSerial = false;
    const double dateSerial = date.toDouble(&dateIsSerial);
    const double timeSerial = time.toDouble(&timeIsSerial);
    const double timeOfDay = timeSerial - std::floor(timeSerial);
    if (dateIsSerial && timeIsSerial)
        return parseExcelSerial(std::floor(dateSerial) + timeOfDay, date1904);
    const QString dateText = dateIsSerial ? excelEpoch(date1904).addDays(qint64(std::floor(dateSerial))).toString(Qt::ISODate) : date;
    const QTime clock = QTime::fromMSecsSinceStartOfDay(int(qMin<qint64>(qRound64(timeOfDay * 86400000.0), 86399999)));
    const QString timeText = !timeIsSerial     ? time
                             : clock.msec() == 0 ? clock.toString(QStringLiteral("HH:mm:ss"))
                                                 : clock.toString(QStringLiteral("HH:mm:ss.zzz"));
    return parse(QString(dateText + u' ' + timeText));
}
