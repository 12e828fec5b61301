#include "timeformat.h"

#include "timestampparser.h"

#include <QDateTime>
#include <QRegularExpression>

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

QString TimeFormat::offsetText(int offsetSeconds)
{
    const int absMinutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(absMinutes / 60, 2, 10, QLatin1Char('0'))
        .arg(absMinutes % 60, 2, 10, QLatin1Char('0'));
}

namespace {

QString localText(const QDateTime &time)
{
    return time.toString(time.time().msec() == 0 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                 : QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace

bool TimeFormat::isNamedZone(const QTimeZone &zone)
{
    return zone != QTimeZone::utc() && !zone.id().startsWith("UTC");
}

QString TimeFormat::zoneId(const QTimeZone &zone)
{
    return zone == QTimeZone::utc() ? QStringLiteral("UTC") : QString::fromUtf8(zone.id());
}

QTimeZone TimeFormat::zoneNamed(const QString &idOrLabel)
{
    // A fixed offset's label ("+02:00") is its id without "UTC" ("UTC+02:00").
    const QByteArray id = (idOrLabel.startsWith(u'+') || idOrLabel.startsWith(u'-') ? u"UTC"_qs + idOrLabel : idOrLabel).toUtf8();
    const QTimeZone zone(id);
    return id.isEmpty() || id == "UTC" || !zone.isValid() ? QTimeZone::utc() : zone;
}

QString TimeFormat::display(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    QString text = localText(time) + u' ' + zoneLabel(zone);
    // A named zone's offset changes with daylight saving: without it the hour repeated in
    // autumn reads the same twice, and a reader cannot check the time against UTC.
    if (isNamedZone(zone))
        text += QStringLiteral(" (UTC%1)").arg(offsetText(time.offsetFromUtc()));
    return text;
}

QString TimeFormat::cell(qint64 utcMs, const QTimeZone &zone)
{
    if (!isNamedZone(zone))
        return display(utcMs, zone);
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return localText(time) + QStringLiteral(" UTC") + offsetText(time.offsetFromUtc());
}

namespace {

/// "2026-03-05" and nothing else: Qt's ISO date reading stops after the date, so that
/// "2026-03-05T25:00" (an hour that is none) would read as the day's first moment.
std::optional<QDate> dateAlone(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<qint64> TimeFormat::parseIso(const QString &text)
{
    // Without an offset the text is read as UTC, never as the host's zone (which would also
    // refuse a time its clocks skipped): read once more with UTC's "Z" after it.
    const QString trimmed = text.trimmed();
    for (const QString &written : {trimmed, QString(trimmed + u'Z')}) {
        for (const Qt::DateFormat format : {Qt::ISODateWithMs, Qt::ISODate}) {
            const QDateTime time = QDateTime::fromString(written, format);
            if (time.isValid() && time.timeSpec() != Qt::LocalTime)
                return time.toMSecsSinceEpoch();
        }
    }
    const std::optional<QDate> date = dateAlone(trimmed);
    if (!date)
        return std::nullopt;
    return QDateTime(*date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

std::optional<qint64> TimeFormat::parseIsoThrough(const QString &text)
{
    const std::optional<QDate> date = dateAlone(text.trimmed());
    if (!date)
        return parseIso(text);
    return QDateTime(date->addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() - 1;
}

QString TimeFormat::storedUtc(const QString &iso)
{
    const std::optional<qint64> ms = parseIso(iso);
    return ms ? display(*ms, QTimeZone::utc()) : iso;
}

QString TimeFormat::buildDate(qint64 epochSeconds)
{
    return isoUtc(epochSeconds * 1000).left(10);
}
