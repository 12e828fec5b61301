#include "timeformat.h"

#include "timestampparser.h"

#include <QDateTime>

QString TimeFormat::isoUtc(qint64 utcMs)
{
    // Qt::UTC (not QTimeZone::utc()) is what makes Qt write the "Z" suffix.
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return time.toString(utcMs % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString TimeFormat::zoneLabel(const QTimeZone &zone)
{
    return TimestampParser::zoneName(zone);
}

QString TimeFormat::display(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    const QString format = utcMs % 1000 == 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                             : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");
    return time.toString(format) + u' ' + zoneLabel(zone);
}

std::optional<qint64> TimeFormat::parseIso(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!time.isValid()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        time = QDateTime(date, QTime(0, 0), QTimeZone::utc());
    }
    // Without an offset the text is read as UTC, never as the host's zone.
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}
