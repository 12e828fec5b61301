#include "zonerulescheck.h"

#include "tableformat.h"
#include "timeformat.h"
#include "timestampparser.h"
#include "zonerules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

constexpr qint64 RulesStepMs = 15 * 60 * 1000; ///< zones' offsets differ by quarter hours
constexpr qint64 RulesMostShiftMs = 24 * 60 * 60 * 1000;
constexpr int ShownOtherwise = 3;

/// The format the source's times were read by, as the importer chose it: the analyst's, the
/// mapping profile's, the built-in format's.
QString timestampFormatOf(const QJsonObject &metadata, const QString &formatId)
{
    if (const QString declared =
            metadata.value(QStringLiteral("timestamp_format_declared")).toString();
        !declared.isEmpty())
        return declared;
    QString unused;
    if (const QJsonObject profile = metadata.value(QStringLiteral("profile")).toObject();
        !profile.isEmpty()) {
        const auto format = TableFormat::fromJson(profile, true, &unused);
        return format ? format->timestampFormat : QString();
    }
    const TableFormat *builtIn = TableFormat::byId(formatId);
    return builtIn ? builtIn->timestampFormat : QString();
}

DateOrder dateOrderOf(const QJsonObject &metadata)
{
    const QString order = metadata.value(QStringLiteral("date_order")).toString();
    return order == u"dmy"   ? DateOrder::DayFirst
           : order == u"mdy" ? DateOrder::MonthFirst
                             : DateOrder::Unknown;
}

/// Whether a time read now @p shiftMs from where it was read then is what a change of a zone's
/// rules makes: whole quarter hours, less than a day. Any other (a date read otherwise, a
/// spreadsheet's number) is no reading of the same local time.
bool shiftOfRules(qint64 shiftMs)
{
    return shiftMs % RulesStepMs == 0 && qAbs(shiftMs) < RulesMostShiftMs;
}

} // namespace

qint64 ZoneRulesCheck::Result::otherwise() const
{
    qint64 count = 0;
    for (const Source &source : sources)
        count += source.otherwise;
    return count;
}

std::optional<ZoneRulesCheck::Result> ZoneRulesCheck::check(const QSqlDatabase &db,
                                                            const std::function<bool(double)> &goOn)
{
    Result result;
    result.release = ZoneRules::databaseVersion();
    const QList<SourceRow> rows = sourcesToRead(db, result.release);
    Progress progress{goOn};
    for (const SourceRow &row : rows)
        progress.total += eventCount(db, row.source.id);
    for (const SourceRow &row : rows) {
        Source source = row.source;
        if (!readAgain(db, source, row.metadata, row.formatId, progress))
            return std::nullopt;
        if (source.checked > 0)
            result.sources.append(source);
    }
    return result;
}

QList<ZoneRulesCheck::SourceRow> ZoneRulesCheck::sourcesToRead(const QSqlDatabase &db,
                                                               const QString &release)
{
    QSqlQuery sources(db);
    // A source read in UTC or at an offset throughout needs no rules; one read in a zone, or in
    // the zones its records state, may, unless its rules only checked offsets written.
    sources.prepare(QStringLiteral(
        "SELECT id, file_name, format, metadata FROM sources"
        " WHERE coalesce(json_extract(metadata, '$.zone_rules.tz_database'), '') <> ?"
        " AND coalesce(json_array_length(metadata, '$.zone_rules.zones'), 1) > 0"
        " AND time_zone <> 'UTC' AND time_zone NOT GLOB '[+-][0-9][0-9]:[0-9][0-9]' ORDER BY id"));
    sources.addBindValue(release);
    QList<SourceRow> rows;
    if (!sources.exec())
        return rows;
    while (sources.next()) {
        SourceRow row;
        row.metadata = QJsonDocument::fromJson(sources.value(3).toByteArray()).object();
        row.formatId = sources.value(2).toString();
        row.source.id = sources.value(0).toLongLong();
        row.source.fileName = sources.value(1).toString();
        row.source.release = row.metadata.value(QStringLiteral("zone_rules"))
                                 .toObject()
                                 .value(QStringLiteral("tz_database"))
                                 .toString();
        rows.append(row);
    }
    return rows;
}

qint64 ZoneRulesCheck::eventCount(const QSqlDatabase &db, qint64 sourceId)
{
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM events WHERE source_id = ?"));
    count.addBindValue(sourceId);
    return count.exec() && count.next() ? count.value(0).toLongLong() : 0;
}

bool ZoneRulesCheck::Progress::step()
{
    // Asked every few thousand events: a source may hold millions.
    if (++done % 4096 != 0 || !goOn)
        return true;
    return goOn(total > 0 ? double(done) / double(total) : 1.0);
}

bool ZoneRulesCheck::readAgain(const QSqlDatabase &db, Source &source, const QJsonObject &metadata,
                               const QString &formatId, Progress &progress)
{
    const DateOrder order = dateOrderOf(metadata);
    const QString format = timestampFormatOf(metadata, formatId);
    const TimestampParser asUtc(std::nullopt, QTimeZone::utc(), order, format);
    QHash<QString, std::optional<TimestampParser>> parsers; // by the zone an event was read in
    QSqlQuery events(db);
    events.setForwardOnly(true);
    events.prepare(QStringLiteral("SELECT line, time_raw, time_zone, utc_ms FROM events WHERE "
                                  "source_id = ? ORDER BY line, id"));
    events.addBindValue(source.id);
    if (!events.exec())
        return true;
    while (events.next()) {
        if (!progress.step())
            return false;
        const QString zoneUsed = events.value(2).toString();
        auto parser = parsers.find(zoneUsed);
        if (parser == parsers.end()) {
            const QString zone = ZoneRules::ruledZone(zoneUsed);
            // An offset written beside its zone (Java's) read the time: the rules only checked it.
            parser = parsers.insert(zoneUsed, zone.isEmpty() || ZoneRules::offsetWritten(zoneUsed)
                                                  ? std::nullopt
                                                  : std::optional<TimestampParser>(
                                                        std::in_place, std::nullopt,
                                                        QTimeZone(zone.toUtf8()), order, format));
        }
        if (!*parser)
            continue; // UTC or an offset: no rules read it
        ++source.checked;
        const QString raw = events.value(1).toString();
        const qint64 then = events.value(3).toLongLong();
        const Reading now = readNow(**parser, asUtc, raw, zoneUsed, then);
        if (now.kind == Reading::NotReadAgain)
            ++source.notReadAgain;
        else if (now.kind == Reading::Otherwise && source.otherwise++ < ShownOtherwise)
            source.firstOtherwise.append(
                {events.value(0).toInt(), raw, zoneUsed, then, now.utcMs, now.labelRefused});
    }
    return true;
}

ZoneRulesCheck::Reading ZoneRulesCheck::readNow(const TimestampParser &inZone,
                                                const TimestampParser &asUtc, const QString &raw,
                                                const QString &zoneUsed, qint64 then)
{
    const ParsedTime now = inZone.parse(raw);
    if (now.ok) {
        if (!shiftOfRules(now.utcMs - then))
            return {Reading::NotReadAgain, std::nullopt, {}};
        // The hour a change of clocks repeats was read as one of its two moments, maybe by the
        // file's order.
        if (now.utcMs == then || (now.ambiguous && now.laterUtcMs == then))
            return {Reading::Same, now.utcMs, {}};
        return {Reading::Otherwise, now.utcMs, {}};
    }
    // Read as a wall clock, it is a time of the day stored; in its zone it is none: this
    // release's rules skip it (a summer time begun where the other release knew none).
    if (const ParsedTime wall = asUtc.parse(raw); wall.ok && shiftOfRules(wall.utcMs - then))
        return {Reading::Otherwise, std::nullopt, {}};
    // Written with the label the zone went by then ("CDT"), which its rules now give it no more
    // at that date (a summer time ended): the wall clock without it is still the time stored.
    const qsizetype open = zoneUsed.indexOf(QStringLiteral(" ("));
    const QString label = open > 0 && zoneUsed.endsWith(u')')
                              ? zoneUsed.sliced(open + 2, zoneUsed.size() - open - 3)
                              : QString(); // a zone written without one: nothing to cut
    const QString text = raw.trimmed();
    if (label.isEmpty() || !text.endsWith(label))
        return {Reading::NotReadAgain, std::nullopt, {}};
    const ParsedTime wall = asUtc.parse(QStringView(text).chopped(label.size()).trimmed());
    if (wall.ok && shiftOfRules(wall.utcMs - then))
        return {Reading::Otherwise, std::nullopt, label};
    return {Reading::NotReadAgain, std::nullopt, {}};
}

QStringList ZoneRulesCheck::lines(const Result &result)
{
    QStringList lines;
    for (const Source &source : result.sources)
        lines.append(sourceLine(source, result.release));
    if (result.sources.isEmpty())
        lines.append(tr("Local times: none read by another release of the tz database than this "
                        "machine's (%1)")
                         .arg(result.release));
    else
        lines.append(tr("Local times of %n source(s) read again by this machine's tz database "
                        "(%1): %2 read otherwise "
                        "than on import",
                        nullptr, int(result.sources.size()))
                         .arg(result.release)
                         .arg(result.otherwise()));
    return lines;
}

QString ZoneRulesCheck::sourceLine(const Source &source, const QString &release)
{
    const QString then = source.release.isEmpty()
                             ? tr("the release that read them on import (not recorded)")
                             : tr("%1 on import").arg(source.release);
    QString line;
    if (source.otherwise == 0) {
        line =
            tr("same        %1 (source #%2): %n local time(s) read by the tz database %3 as by %4",
               nullptr, int(source.checked))
                .arg(source.fileName)
                .arg(source.id)
                .arg(release, then);
    } else {
        QStringList shown;
        for (const Otherwise &time : source.firstOtherwise)
            shown.append(otherwiseText(time));
        if (source.otherwise > shown.size())
            shown.append(QStringLiteral("…"));
        line = tr("otherwise   %1 (source #%2): %3 of %n local time(s) read by the tz database %4 "
                  "otherwise than by "
                  "%5: %6",
                  nullptr, int(source.checked))
                   .arg(source.fileName)
                   .arg(source.id)
                   .arg(source.otherwise)
                   .arg(release, then, shown.join(QStringLiteral("; ")));
    }
    if (source.notReadAgain > 0)
        line += u' ' + tr("(%n not read again alone: a shape of time only the file settles)",
                          nullptr, int(source.notReadAgain));
    return line;
}

QString ZoneRulesCheck::otherwiseText(const Otherwise &time)
{
    const QString then = TimeFormat::isoUtc(time.thenUtcMs);
    if (time.nowUtcMs)
        return tr("line %1 \"%2\" in %3, %4 then, %5 now")
            .arg(time.line)
            .arg(time.timeRaw, time.zone, then, TimeFormat::isoUtc(*time.nowUtcMs));
    if (!time.labelRefused.isEmpty())
        return tr("line %1 \"%2\" in %3, %4 then, no such time now (the zone is not called %5 at "
                  "that date)")
            .arg(time.line)
            .arg(time.timeRaw, time.zone, then, time.labelRefused);
    return tr("line %1 \"%2\" in %3, %4 then, no such time now (a change of clocks skips it)")
        .arg(time.line)
        .arg(time.timeRaw, time.zone, then);
}

QJsonObject ZoneRulesCheck::toJson(const Result &result)
{
    QJsonArray sources;
    for (const Source &source : result.sources) {
        QJsonArray shown;
        for (const Otherwise &time : source.firstOtherwise) {
            QJsonObject json{
                {QStringLiteral("line"), time.line},
                {QStringLiteral("time_raw"), time.timeRaw},
                {QStringLiteral("zone"), time.zone},
                {QStringLiteral("utc_then"), TimeFormat::isoUtc(time.thenUtcMs)},
                {QStringLiteral("utc_now"),
                 time.nowUtcMs ? QJsonValue(TimeFormat::isoUtc(*time.nowUtcMs)) : QJsonValue()}};
            if (!time.labelRefused.isEmpty())
                json.insert(QStringLiteral("label_refused"), time.labelRefused);
            shown.append(json);
        }
        sources.append(
            QJsonObject{{QStringLiteral("source_id"), source.id},
                        {QStringLiteral("file"), source.fileName},
                        {QStringLiteral("tz_database"),
                         source.release.isEmpty() ? QJsonValue() : QJsonValue(source.release)},
                        {QStringLiteral("checked"), source.checked},
                        {QStringLiteral("read_otherwise"), source.otherwise},
                        {QStringLiteral("not_read_again"), source.notReadAgain},
                        {QStringLiteral("first_read_otherwise"), shown}});
    }
    return {{QStringLiteral("tz_database"), result.release},
            {QStringLiteral("read_otherwise"), result.otherwise()},
            {QStringLiteral("sources"), sources}};
}

void ZoneRulesCheck::addToAuditRecord(QJsonObject *record, const Result &result)
{
    record->insert(QStringLiteral("zone_rules_read_otherwise"), result.otherwise());
}
