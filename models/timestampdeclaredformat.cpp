// Times read by a Qt date-time format the analyst declared (a mapping profile's
// "timestamp_format", the column mapping's "Timestamp format"). Qt reads the format's sections;
// what it would add of its own is not used: the computer's zone, and 1900–1999 for a year
// written with two digits.
#include "timestampparser.h"

#include <QDateTime>

namespace {

ParsedTime refused(const QString &reason)
{
    ParsedTime parsed;
    parsed.error = reason;
    return parsed;
}

} // namespace

void TimestampParser::readFormatSections()
{
    bool quoted = false;
    for (qsizetype i = 0; i < m_format.size(); ++i) {
        const QChar c = m_format.at(i);
        if (c == u'\'') {
            quoted = !quoted; // "''" closes and opens again: a quote written as itself
            continue;
        }
        if (quoted)
            continue;
        qsizetype run = 1;
        while (i + run < m_format.size() && m_format.at(i + run) == c)
            ++run;
        m_formatStatesZone = m_formatStatesZone || c == u't';
        m_formatTwoDigitYear = m_formatTwoDigitYear || (c == u'y' && run == 2);
        i += run - 1;
    }
}

ParsedTime TimestampParser::parseDeclaredFormat(const QString &text) const
{
    // Without a zone section Qt reads the time as the computer's local time, and refuses one in
    // that zone's daylight-saving gap (a file read differently on another computer): read as
    // UTC, the wall clock stays as written, for the header's or declared zone to place.
    const QDateTime read =
        m_formatStatesZone
            ? QDateTime::fromString(text, m_format)
            : QDateTime::fromString(text + QStringLiteral(" UTC"), m_format + QStringLiteral(" t"));
    if (!read.isValid())
        return refused(tr("timestamp \"%1\" does not match the format \"%2\"").arg(text, m_format));
    QDate date = read.date();
    if (m_formatTwoDigitYear) { // Qt's 1916 for "16": read as two digits are everywhere else
        const QString yy = QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
        date.setDate(yearWritten(yy), date.month(), date.day());
    }
    ParsedTime parsed = m_formatStatesZone ? fromZoneInFormat(read, date, text)
                                           : fromLocal(date, read.time(), std::nullopt);
    parsed.twoDigitYear = m_formatTwoDigitYear;
    return parsed;
}

ParsedTime TimestampParser::fromZoneInFormat(const QDateTime &read, const QDate &date,
                                             const QString &text) const
{
    switch (read.timeSpec()) {
    case Qt::UTC:
        return fromLocal(date, read.time(), QTimeZone::utc());
    case Qt::OffsetFromUTC: // "+01:00", "UTC+01:00"
        return fromLocal(date, read.time(), QTimeZone(read.offsetFromUtc()));
    case Qt::TimeZone: {
        // A zone of the tz database named in full ("Europe/Berlin") is that zone. Qt takes any
        // other word for one too ("PST" as a rule of no offset at all): it is read as an
        // abbreviation beside a time read without a format is, through the header's or
        // declared zone ("GMT" and "UTC" as themselves).
        const QString id = QString::fromLatin1(read.timeZone().id());
        return id.contains(u'/') ? fromLocal(date, read.time(), read.timeZone())
                                 : fromParts(date, read.time(), id, text);
    }
    case Qt::LocalTime:
        break;
    }
    return refused(tr("the format \"%1\" reads the zone in \"%2\" as this computer's own, which "
                      "LookupLens never uses; write the zone as an offset, UTC or a zone's name")
                       .arg(m_format, text));
}
