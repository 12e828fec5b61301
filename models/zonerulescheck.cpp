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

qint64 sumOf(const QList<ZoneRulesCheck::Source> &sources, qint64 ZoneRulesCheck::Source::*count)
{
    qint64 sum = 0;
    for (const ZoneRulesCheck::Source &source : sources)
        sum += source.*count;
    return sum;
}

/// The label a zone kept by an event gives after its name: "CDT" of "America/Chicago (CDT)",
/// "-04:00" of Java's "America/New_York (-04:00)"; empty where it gives none.
QString labelIn(const QString &zoneUsed)
{
    const qsizetype open = zoneUsed.indexOf(QStringLiteral(" ("));
    return open > 0 && zoneUsed.endsWith(u')')
               ? zoneUsed.sliced(open + 2, zoneUsed.size() - open - 3)
               : QString();
}

/// The first few times @p shown of @p count, each as @p text words it, "…" after them where
/// there are more.
template <typename Time>
QString firstFew(const QList<Time> &shown, qint64 count, QString (*text)(const Time &))
{
    QStringList words;
    for (const Time &time : shown)
        words.append(text(time));
    if (count > words.size())
        words.append(QStringLiteral("…"));
    return words.join(QStringLiteral("; "));
}

QJsonArray offsetsJson(const QList<ZoneRulesCheck::OffsetNotTheZones> &times)
{
    QJsonArray json;
    for (const ZoneRulesCheck::OffsetNotTheZones &time : times)
        json.append(QJsonObject{
            {QStringLiteral("line"), time.line},
            {QStringLiteral("time_raw"), time.timeRaw},
            {QStringLiteral("zone"), time.zone},
            {QStringLiteral("utc"), TimeFormat::isoUtc(time.utcMs)},
            {QStringLiteral("zone_offset_now"), TimeFormat::offsetText(time.zoneOffsetNowS)}});
    return json;
}

} // namespace

qint64 ZoneRulesCheck::Result::otherwise() const
{
    return sumOf(sources, &Source::otherwise);
}

qint64 ZoneRulesCheck::Result::offsetsChecked() const
{
    return sumOf(sources, &Source::offsetsChecked);
}

qint64 ZoneRulesCheck::Result::offsetsNotTheZones() const
{
    return sumOf(sources, &Source::offsetsNotTheZones);
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
        if (source.checked > 0 || source.offsetsChecked > 0)
            result.sources.append(source);
    }
    return result;
}

QList<ZoneRulesCheck::SourceRow> ZoneRulesCheck::sourcesToRead(const QSqlDatabase &db,
                                                               const QString &release)
{
    QSqlQuery sources(db);
    // A source names the zones whose rules read its times, and those that only checked offsets
    // written: either, whatever zone was declared (a row's zone cell, a Java time, may name one
    // where UTC was); one whose times no rules read keeps an empty list and is not read. One
    // imported before sources kept the list says nothing of its rows' zones, whatever it
    // declared: it is read whole (cases of those versions alone pay for it).
    sources.prepare(QStringLiteral(
        "SELECT id, file_name, format, metadata FROM sources"
        " WHERE coalesce(json_extract(metadata, '$.zone_rules.tz_database'), '') <> ?"
        " AND (json_array_length(metadata, '$.zone_rules.zones') > 0"
        " OR json_array_length(metadata, '$.zone_rules.zones_checked') > 0"
        " OR json_type(metadata, '$.zone_rules.zones') IS NULL) ORDER BY id"));
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
    QHash<QString, InZone> zones; // by the zone an event was read in
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
        auto in = zones.find(zoneUsed);
        if (in == zones.end())
            in = zones.insert(zoneUsed, inZone(zoneUsed, order, format));
        if (in->checking)
            checkOffset(source, *in, events);
        if (!in->parser)
            continue; // UTC, an offset, or an offset written beside its zone: no rules read it
        ++source.checked;
        const QString raw = events.value(1).toString();
        const qint64 then = events.value(3).toLongLong();
        const Reading now = readNow(*in->parser, asUtc, raw, zoneUsed, then);
        if (now.kind == Reading::NotReadAgain)
            ++source.notReadAgain;
        else if (now.kind == Reading::Otherwise && source.otherwise++ < ShownOtherwise)
            source.firstOtherwise.append(
                {events.value(0).toInt(), raw, zoneUsed, then, now.utcMs, now.labelRefused});
    }
    return true;
}

ZoneRulesCheck::InZone ZoneRulesCheck::inZone(const QString &zoneUsed, DateOrder order,
                                              const QString &format)
{
    const QString zone = ZoneRules::ruledZone(zoneUsed);
    if (zone.isEmpty())
        return {};
    const QTimeZone rules(zone.toUtf8());
    if (!ZoneRules::offsetWritten(zoneUsed))
        return {std::optional<TimestampParser>(std::in_place, std::nullopt, rules, order, format),
                std::nullopt, 0};
    // An offset written beside its zone (Java's) read the time: the rules only checked it.
    const auto offset = TimestampParser::zoneFromLabel(labelIn(zoneUsed));
    if (!offset)
        return {};
    return {std::nullopt, rules, offset->offsetFromUtc(QDateTime::currentDateTimeUtc())};
}

void ZoneRulesCheck::checkOffset(Source &source, const InZone &in, const QSqlQuery &event)
{
    ++source.offsetsChecked;
    const qint64 at = event.value(3).toLongLong();
    const int now =
        in.checking->offsetFromUtc(QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc()));
    if (now != in.offsetWrittenS && source.offsetsNotTheZones++ < ShownOtherwise)
        source.firstOffsetsNotTheZones.append({event.value(0).toInt(), event.value(1).toString(),
                                               event.value(2).toString(), at, now});
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
    const QString label = labelIn(zoneUsed); // none: nothing to cut
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
    if (result.sources.isEmpty()) {
        lines.append(tr("Local times: none read by another release of the tz database than this "
                        "machine's (%1)")
                         .arg(result.release));
        return lines;
    }
    QString whole = tr("Local times of %n source(s) read again by this machine's tz database "
                       "(%1): %2 read otherwise "
                       "than on import",
                       nullptr, int(result.sources.size()))
                        .arg(result.release)
                        .arg(result.otherwise());
    if (const qint64 offsets = result.offsetsChecked(); offsets > 0)
        whole += QStringLiteral("; ") +
                 tr("of %n offset(s) written beside a zone, %1 no longer that zone's", nullptr,
                    int(offsets))
                     .arg(result.offsetsNotTheZones());
    lines.append(whole);
    return lines;
}

QString ZoneRulesCheck::sourceLine(const Source &source, const QString &release)
{
    QStringList found;
    if (source.checked > 0)
        found.append(localTimesText(source, release));
    if (source.offsetsChecked > 0)
        found.append(offsetsText(source, release));
    const bool same = source.otherwise == 0 && source.offsetsNotTheZones == 0;
    QString line =
        (same ? tr("same        %1 (source #%2): %3") : tr("otherwise   %1 (source #%2): %3"))
            .arg(source.fileName)
            .arg(source.id)
            .arg(found.join(QStringLiteral("; ")));
    if (source.notReadAgain > 0)
        line += u' ' + tr("(%n not read again alone: a shape of time only the file settles)",
                          nullptr, int(source.notReadAgain));
    return line;
}

QString ZoneRulesCheck::localTimesText(const Source &source, const QString &release)
{
    const QString then = source.release.isEmpty()
                             ? tr("the release that read them on import (not recorded)")
                             : tr("%1 on import").arg(source.release);
    if (source.otherwise == 0)
        return tr("%n local time(s) read by the tz database %1 as by %2", nullptr,
                  int(source.checked))
            .arg(release, then);
    return tr("%1 of %n local time(s) read by the tz database %2 otherwise than by %3: %4", nullptr,
              int(source.checked))
        .arg(source.otherwise)
        .arg(release, then, firstFew(source.firstOtherwise, source.otherwise, &otherwiseText));
}

QString ZoneRulesCheck::offsetsText(const Source &source, const QString &release)
{
    const QString then = source.release.isEmpty()
                             ? tr("the release that checked them on import (not recorded)")
                             : tr("%1 on import").arg(source.release);
    if (source.offsetsNotTheZones == 0)
        return tr("%n offset(s) written beside a zone still that zone's by the rules of the tz "
                  "database %1, as by %2",
                  nullptr, int(source.offsetsChecked))
            .arg(release, then);
    return tr("%1 of %n offset(s) written beside a zone no longer that zone's by the rules of "
              "the tz database %2, as they were by %3 (the moments stand, read by the offsets; an "
              "import now refuses such a row): %4",
              nullptr, int(source.offsetsChecked))
        .arg(source.offsetsNotTheZones)
        .arg(release, then,
             firstFew(source.firstOffsetsNotTheZones, source.offsetsNotTheZones,
                      &offsetNotTheZonesText));
}

QString ZoneRulesCheck::offsetNotTheZonesText(const OffsetNotTheZones &time)
{
    return tr("line %1 \"%2\": by these rules %3 is at %4 at %5, not %6")
        .arg(time.line)
        .arg(time.timeRaw, ZoneRules::ruledZone(time.zone),
             TimeFormat::offsetText(time.zoneOffsetNowS), TimeFormat::isoUtc(time.utcMs),
             labelIn(time.zone));
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
                        {QStringLiteral("first_read_otherwise"), shown},
                        {QStringLiteral("offsets_checked"), source.offsetsChecked},
                        {QStringLiteral("offsets_not_the_zones"), source.offsetsNotTheZones},
                        {QStringLiteral("first_offsets_not_the_zones"),
                         offsetsJson(source.firstOffsetsNotTheZones)}});
    }
    return {{QStringLiteral("tz_database"), result.release},
            {QStringLiteral("read_otherwise"), result.otherwise()},
            {QStringLiteral("offsets_not_the_zones"), result.offsetsNotTheZones()},
            {QStringLiteral("sources"), sources}};
}

void ZoneRulesCheck::addToAuditRecord(QJsonObject *record, const Result &result)
{
    record->insert(QStringLiteral("zone_rules_read_otherwise"), result.otherwise());
    // Only where any was checked: the records of cases without such times keep their shape.
    if (result.offsetsChecked() > 0)
        record->insert(QStringLiteral("zone_rules_offsets_not_the_zones"),
                       result.offsetsNotTheZones());
}
