#include "importjson.h"

#include "evidenceclass.h"
#include "ipaddressflags.h"
#include "jsonoutput.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using JsonOutput::orNull;
using JsonOutput::textOrNull;

namespace {

/// What a preview row repeats: null for a new event; a record of the case names the event it
/// repeats as "duplicates" does (its line and file stay null, as before the case's were named).
QJsonValue repeatsJson(const PreviewFate &fate)
{
    if (fate.kind == PreviewFate::NewEvent)
        return {};
    QJsonObject repeats{
        {QStringLiteral("line"), fate.line > 0 ? QJsonValue(fate.line) : QJsonValue()},
        {QStringLiteral("part"), textOrNull(fate.part)},
        {QStringLiteral("file"), textOrNull(fate.file)}};
    if (fate.eventId > 0) {
        repeats.insert(QStringLiteral("event_id"), fate.eventId);
        repeats.insert(QStringLiteral("first_source"), fate.eventSource);
        repeats.insert(QStringLiteral("first_line"), fate.eventLine);
    }
    return repeats;
}

/// The line whose date settled the day/month order, where the data settled it; null otherwise.
QJsonValue settledBy(const OrderSettled &settled)
{
    if (settled.line <= 0)
        return {};
    return QJsonObject{{QStringLiteral("line"), settled.line},
                       {QStringLiteral("text"), settled.text},
                       {QStringLiteral("worksheet"), settled.part.isEmpty() ? QJsonValue() : QJsonValue(settled.part)}};
}

/// What the analyst must give before the file can be read: the options that give it.
QJsonArray needs(const FileImportResult &file)
{
    QJsonArray needs;
    const std::pair<bool, const char *> each[] = {{file.needsTimeZone, "timezone"},   {file.needsDateOrder, "date-order"},
                                                  {file.needsDecimalMark, "decimal-mark"},
                                                  {file.needsMapping, "profile"},     {file.needsSubscriber, "subscriber"},
                                                  {file.needsPassword, "password-file"}, {file.needsFormat, "format"}};
    for (const auto &[needed, name] : each) {
        if (needed)
            needs.append(QString::fromLatin1(name));
    }
    return needs;
}

/// The figures of a file, or of one of its worksheets, as `sources --json` names a source's.
void addFigures(QJsonObject &json, int rowsRead, int accepted, const ClassCounts &byClass, int duplicate, int rejected)
{
    json.insert(QStringLiteral("rows_read"), rowsRead);
    json.insert(QStringLiteral("accepted"), accepted);
    json.insert(QStringLiteral("accepted_lookups"), byClass[size_t(EvidenceClass::Lookup)]);
    json.insert(QStringLiteral("accepted_communications"), byClass[size_t(EvidenceClass::Communication)]);
    json.insert(QStringLiteral("accepted_connections"), byClass[size_t(EvidenceClass::Connection)]);
    json.insert(QStringLiteral("duplicate"), duplicate);
    json.insert(QStringLiteral("rejected"), rejected);
}

QJsonArray parts(const FileImportResult &file, bool dryRun)
{
    QJsonArray parts;
    for (const PartImportResult &part : file.parts) {
        QJsonObject json{{QStringLiteral("part"), part.name},
                         {QStringLiteral("source_id"), dryRun || part.sourceId < 0 ? QJsonValue() : QJsonValue(part.sourceId)},
                         {QStringLiteral("format"), part.format},
                         {QStringLiteral("date_order"), textOrNull(part.dateOrder)},
                         {QStringLiteral("continues"), textOrNull(part.continues)}};
        addFigures(json, part.rowsRead, part.accepted, part.acceptedByClass, part.duplicate, part.rejected);
        parts.append(json);
    }
    return parts;
}

QJsonArray rejectedRows(const FileImportResult &file)
{
    QJsonArray rows;
    for (const RejectedRow &row : file.rejectedRows)
        rows.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}, {QStringLiteral("raw"), row.raw}});
    return rows;
}

/// A file waiting for a choice only the analyst can make: its first rows as written.
QJsonArray rowsAsWritten(const FileImportResult &file)
{
    QJsonArray rows;
    for (const TableRow &row : file.rowsAsWritten)
        rows.append(QJsonObject{{QStringLiteral("line"), row.line},
                                {QStringLiteral("cells"), QJsonArray::fromStringList(row.cells)},
                                {QStringLiteral("raw"), row.raw}});
    return rows;
}

QString storedAs(PreviewFate::Kind kind)
{
    switch (kind) {
    case PreviewFate::NewEvent:
        return QStringLiteral("new_event");
    case PreviewFate::Duplicate:
        return QStringLiteral("duplicate");
    case PreviewFate::CallLeg:
        return QStringLiteral("call_leg");
    }
    return {};
}

} // namespace

QJsonObject ImportJson::result(const ImportResult &result, bool dryRun, const QStringList &leftOut)
{
    QJsonArray files;
    for (const FileImportResult &file : result.files)
        files.append(ImportJson::file(file, dryRun));
    return {{QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("ok"), result.allOk()},
            {QStringLiteral("cancelled"), result.cancelled},
            {QStringLiteral("left_out"), QJsonArray::fromStringList(leftOut)},
            {QStringLiteral("files"), files}};
}

void ImportJson::addGeolocation(QJsonObject &json, const GeoLocateJob::NewIpsRun &run)
{
    QJsonArray databases;
    for (const GeoLocateJob::DatabaseResult &r : run.results) {
        databases.append(QJsonObject{{QStringLiteral("file"), r.path},
                                     {QStringLiteral("ok"), r.ok},
                                     {QStringLiteral("error"), textOrNull(r.error)},
                                     {QStringLiteral("found"), r.found},
                                     {QStringLiteral("not_found"), r.notFound},
                                     {QStringLiteral("failed"), r.failed},
                                     {QStringLiteral("not_an_address"), r.notAnAddress}});
    }
    json.insert(QStringLiteral("new_ips_geolocated"), databases);
    json.insert(QStringLiteral("new_ips_not_geolocated"), QJsonArray::fromStringList(run.notAsked));
}

QJsonObject ImportJson::file(const FileImportResult &file, bool dryRun)
{
    QJsonObject json{{QStringLiteral("path"), file.path},
                     {QStringLiteral("ok"), file.ok},
                     {QStringLiteral("error"), textOrNull(file.error)},
                     {QStringLiteral("needs"), needs(file)},
                     {QStringLiteral("already_imported"), file.alreadyImported},
                     {QStringLiteral("left_out"), textOrNull(file.leftOut)},
                     {QStringLiteral("format"), textOrNull(file.format)},
                     {QStringLiteral("recognition"), textOrNull(file.recognition)},
                     {QStringLiteral("time_zone"), textOrNull(file.timeZone)},
                     {QStringLiteral("date_order"), textOrNull(file.dateOrder)},
                     {QStringLiteral("date_order_settled_by"), settledBy(file.orderSettled)},
                     {QStringLiteral("decimal_mark"), file.decimalMark.isEmpty() ? QJsonValue() : QJsonValue(file.decimalMark)},
                     {QStringLiteral("timestamp_format"), textOrNull(file.timestampFormat)},
                     {QStringLiteral("number_region"), textOrNull(file.numberRegion)},
                     {QStringLiteral("timestamp_format_it_may_be"), textOrNull(file.timestampFormatItMayBe)},
                     {QStringLiteral("zone_words_above"),
                      file.zoneWordsAbove.isEmpty()
                          ? QJsonValue()
                          : QJsonObject{{QStringLiteral("line"), file.zoneWordsLine}, {QStringLiteral("text"), file.zoneWordsAbove}}},
                     {QStringLiteral("source_id"), dryRun || file.sourceId < 0 ? QJsonValue() : QJsonValue(file.sourceId)},
                     {QStringLiteral("call_legs"), file.callLegs},
                     {QStringLiteral("later_return_lines"), QJsonArray::fromVariantList(QVariantList(file.laterReturnLines.cbegin(), file.laterReturnLines.cend()))},
                     {QStringLiteral("warnings"), QJsonArray::fromStringList(file.warnings)},
                     {QStringLiteral("notes"), QJsonArray::fromStringList(file.notes)},
                     {QStringLiteral("parts"), parts(file, dryRun)},
                     {QStringLiteral("rejected_rows"), rejectedRows(file)}};
    addFigures(json, file.rowsRead, file.accepted, file.acceptedByClass, file.duplicate, file.rejected);
    if (dryRun) {
        QJsonArray preview;
        for (qsizetype i = 0; i < file.preview.size(); ++i)
            preview.append(previewRow(file, i));
        json.insert(QStringLiteral("preview"), preview);
        json.insert(QStringLiteral("rows_as_written"), rowsAsWritten(file));
    }
    return json;
}

QJsonObject ImportJson::previewRow(const FileImportResult &file, qsizetype i)
{
    const EventRecord &e = file.preview.at(i);
    const PreviewFate fate = file.previewFates.value(i);
    const bool connection = e.evidenceClass == EvidenceClass::Connection;
    const QJsonObject extra =
        e.extraJson.isEmpty() ? e.extra : QJsonDocument::fromJson(e.extraJson).object();
    return {{QStringLiteral("place"), file.previewPlace(i)},
            {QStringLiteral("part"), textOrNull(file.previewParts.value(i))},
            {QStringLiteral("line"), e.line},
            {QStringLiteral("class"), evidenceClassKey(e.evidenceClass)},
            {QStringLiteral("subtype"), e.subtype},
            {QStringLiteral("time"), TimeFormat::isoUtc(e.utcMs)},
            {QStringLiteral("time_raw"), e.timeRaw},
            {QStringLiteral("time_zone"), e.timeZone},
            {QStringLiteral("initiator"), e.initiator.normalized},
            {QStringLiteral("initiator_raw"), e.initiatorRaw},
            {QStringLiteral("initiator_kind"), handleKindKey(e.initiator.kind)},
            {QStringLiteral("counterpart"),
             connection ? QJsonValue() : QJsonValue(e.counterpart.normalized)},
            {QStringLiteral("counterpart_raw"),
             connection ? QJsonValue() : QJsonValue(e.counterpartRaw)},
            {QStringLiteral("counterpart_kind"),
             connection ? QJsonValue() : QJsonValue(handleKindKey(e.counterpart.kind))},
            {QStringLiteral("client_ip"), e.clientIp.isEmpty()
                                              ? QJsonValue()
                                              : QJsonValue(IpAddressFlags::addressOf(e.clientIp))},
            {QStringLiteral("client_ip_raw"), textOrNull(e.clientIp)},
            {QStringLiteral("client_port"), orNull(e.clientPort)},
            {QStringLiteral("device_count"), orNull(e.deviceCount)},
            {QStringLiteral("duration_s"), orNull(e.durationSeconds)},
            {QStringLiteral("extra"), extra},
            {QStringLiteral("raw"), e.raw},
            {QStringLiteral("stored_as"), storedAs(fate.kind)},
            {QStringLiteral("repeats"), repeatsJson(fate)},
            {QStringLiteral("hidden_in_sheet"), fate.hiddenInSheet},
            {QStringLiteral("formula"), fate.formula}};
}
