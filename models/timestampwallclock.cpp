// TimestampParser's reading of a date and a wall-clock time into UTC: through the zone stated
// beside it, in its row's column, in the header or by the analyst, and through an abbreviation
// ("EDT") read as the offset that zone calls by it. A time a daylight-saving change skips is
// refused; one it repeats is read both ways.
#include "timestampparser.h"

#include <QDateTime>

#include <algorithm>

namespace {

/// Milliseconds since 1970 of a wall-clock time read as if it were UTC.
qint64 wallAsIfUtc(const QDate &date, const QTime &time)
{
    constexpr qint64 UnixEpochJulianDay = 2440588;
    return (date.toJulianDay() - UnixEpochJulianDay) * 86400000 + time.msecsSinceStartOfDay();
}

} // namespace

ParsedTime TimestampParser::fromAbbreviation(const QDate &date, const QTime &time, const QString &label) const
{
    // "EDT", "CST", "CET": one label names several zones ("CST" is US Central, China and Cuba),
    // so none is read alone. The analyst's zone settles it: the label is read as the offset
    // that zone calls by it at that date (daylight-saving time or not, so a wall time that
    // occurs twice is read as the label says, and one skipped is read at its stated offset).
    // A row's zone column naming a region names the zone of the label ("CDT" beside
    // America/Chicago); a fixed offset there names none, and is compared with the label's below.
    const bool rowRegion = m_rowZone.zone && !m_rowZone.zone->id().startsWith("UTC");
    const std::optional<QTimeZone> &zone = rowRegion ? m_rowZone.zone : m_headerZone ? m_headerZone : m_declaredZone;
    if (!zone) {
        ParsedTime missing;
        missing.zoneMissing = true;
        missing.error = tr("the time zone label \"%1\" names no zone by itself; declare the zone whose label it is "
                           "(--timezone, an IANA name such as America/New_York)")
                            .arg(label);
        return missing;
    }
    const QString zoneShown = rowRegion ? zoneName(*zone) : m_fixedZoneName;
    const qint64 asIfUtc = wallAsIfUtc(date, time);
    LabelReading &reading = m_labelReadings[rowRegion ? label + u' ' + zoneShown : label];
    if (reading.day != date.toJulianDay()) // rows of a day share it: looking it up costs a few µs
        reading = readLabel(*zone, zoneShown, label, date, asIfUtc);
    if (reading.offsetSeconds && namesTheClock(label)) {
        // "ET" says the clock, not which of its times: read as a time without a label is, the
        // hour a change repeats or skips too.
        ParsedTime parsed = fromLocal(date, time, std::nullopt);
        if (parsed.ok)
            parsed.zoneUsed = tr("%1 (%2)").arg(zoneShown, label);
        return parsed;
    }
    if (!reading.offsetSeconds) {
        return {false, 0, {},
                tr("the time zone label \"%1\" is not what %2 is called at that date (%3)")
                    .arg(label, zoneShown, reading.names),
                false};
    }
    const qint64 utcMs = asIfUtc - qint64(*reading.offsetSeconds) * 1000;
    if (m_rowZone.zone && !rowRegion && !sameOffsetAt(QTimeZone(*reading.offsetSeconds), *m_rowZone.zone, utcMs)) {
        return {false, 0, {},
                tr("the time states %1, its row's time zone column %2, another offset at that moment")
                    .arg(label, zoneName(*m_rowZone.zone)),
                false};
    }
    ParsedTime parsed{true, utcMs, reading.zoneUsed, {}, false};
    parsed.zoneSource = ZoneSource::Text;
    return parsed;
}

TimestampParser::LabelReading TimestampParser::readLabel(const QTimeZone &zone, const QString &zoneShown, const QString &label,
                                                         const QDate &date, qint64 asIfUtc) const
{
    // The offsets in force a day either side: a label that changes that day (EDT to EST) is one of them.
    LabelReading reading;
    reading.day = date.toJulianDay();
    QStringList names;
    for (const qint64 probe : {asIfUtc - 86400000, asIfUtc, asIfUtc + 86400000}) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(probe, zone);
        const QString name = zone.abbreviation(at);
        if (labelNames(label, name)) {
            reading.offsetSeconds = zone.offsetFromUtc(at);
            reading.zoneUsed = tr("%1 (%2)").arg(zoneShown, name);
            return reading;
        }
        if (!names.contains(name))
            names.append(name);
    }
    reading.names = names.join(QStringLiteral(", "));
    return reading;
}

ParsedTime TimestampParser::fromLocal(QDate date, QTime time, const std::optional<QTimeZone> &textZone) const
{
    if (!textZone && !m_rowZone.label.isEmpty()) { // read as if written beside the time
        const QString label = std::exchange(m_rowZone.label, QString());
        ParsedTime parsed = fromAbbreviation(date, time, label);
        m_rowZone.label = label;
        return parsed;
    }
    const std::optional<QTimeZone> &stated = textZone ? textZone : m_rowZone.zone;
    const std::optional<QTimeZone> zone = stated ? stated
                                          : m_headerZone ? m_headerZone
                                                         : m_declaredZone;
    if (!zone) {
        ParsedTime missing;
        missing.zoneMissing = true;
        missing.error = m_headerLabel.isEmpty()
                            ? tr("the timestamp states no time zone and none was declared for the "
                                 "source; declare the zone the provider used (--timezone)")
                            : tr("the header gives the times the label \"%1\", which names no zone by itself, and none "
                                 "was declared for the source; declare the zone the provider used (--timezone)")
                                  .arg(m_headerLabel);
        return missing;
    }
    const WallClockResult wall = wallClockToUtc(date, time, *zone);
    const QString name = stated ? zoneName(*zone) : m_fixedZoneName;
    if (wall.kind == WallClockResult::Gap) {
        return {false, 0, {},
                tr("%1 does not exist in %2 (skipped by a daylight-saving change)")
                    .arg(date.toString(QStringLiteral("yyyy-MM-dd")) + u' ' + time.toString(QStringLiteral("HH:mm:ss")), name),
                false};
    }
    if (textZone && m_rowZone.zone && !sameOffsetAt(*textZone, *m_rowZone.zone, wall.utcMs)) {
        return {false, 0, {},
                tr("the time states %1, its row's time zone column %2, another offset at that moment")
                    .arg(name, zoneName(*m_rowZone.zone)),
                false};
    }
    // In an overlap the earlier reading is used and the event is flagged with both readings.
    ParsedTime parsed{true, wall.utcMs, name, {}, false};
    parsed.ambiguous = wall.kind == WallClockResult::Overlap;
    parsed.laterUtcMs = wall.laterUtcMs;
    parsed.zoneSource = stated ? ZoneSource::Text : m_headerZone ? ZoneSource::Header : ZoneSource::Declared;
    return parsed;
}

WallClockResult wallClockToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const qint64 asIfUtc = wallAsIfUtc(date, time);
    if (!zone.hasTransitions()) {
        // UTC and fixed offsets: one reading, no daylight saving to consider.
        const qint64 utc = asIfUtc - qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC))) * 1000;
        return {WallClockResult::Unique, utc, utc};
    }
    // A wall time maps to UTC through one of the offsets in force around it; try the offsets a
    // day before and after, and keep those that reproduce the wall time.
    QList<qint64> readings;
    for (qint64 probe : {asIfUtc - 86400000, asIfUtc + 86400000}) {
        const int offset = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(probe, QTimeZone::utc()));
        const qint64 candidate = asIfUtc - qint64(offset) * 1000;
        const int check = zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(candidate, QTimeZone::utc()));
        if (check == offset && !readings.contains(candidate))
            readings.append(candidate);
    }
    if (readings.isEmpty())
        return {WallClockResult::Gap, 0, 0};
    std::sort(readings.begin(), readings.end());
    if (readings.size() == 2)
        return {WallClockResult::Overlap, readings.first(), readings.last()};
    return {WallClockResult::Unique, readings.first(), readings.first()};
}
