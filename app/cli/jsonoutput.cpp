#include "jsonoutput.h"

#include "jsontext.h"
#include "timeformat.h"

#include <QJsonDocument>

namespace {

QJsonValue isoOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(TimeFormat::isoUtc(*ms)) : QJsonValue(QJsonValue::Null);
}

template <typename T>
QJsonValue orNull(const std::optional<T> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject JsonOutput::stats(const CaseStats &s)
{
    return {{QStringLiteral("events"), s.events},
            {QStringLiteral("lookups"), s.lookups},
            {QStringLiteral("communications"), s.communications},
            {QStringLiteral("connections"), s.connections},
            {QStringLiteral("handles"), s.handles},
            {QStringLiteral("sources"), s.sources},
            {QStringLiteral("rejected"), s.rejected},
            {QStringLiteral("duplicates"), s.duplicates},
            {QStringLiteral("first"), isoOrNull(s.firstMs)},
            {QStringLiteral("last"), isoOrNull(s.lastMs)}};
}

QJsonObject JsonOutput::handle(const HandleSummary &h)
{
    return {{QStringLiteral("handle"), h.handle},
            {QStringLiteral("label"), textOrNull(h.label)},
            {QStringLiteral("kind"), h.kind},
            {QStringLiteral("validity"), h.validity},
            {QStringLiteral("spellings"), QJsonArray::fromStringList(h.spellings)},
            {QStringLiteral("lookups_out"), h.lookupsOut},
            {QStringLiteral("lookups_in"), h.lookupsIn},
            {QStringLiteral("comms_out"), h.commsOut},
            {QStringLiteral("comms_in"), h.commsIn},
            {QStringLiteral("connections"), h.connections},
            {QStringLiteral("first_seen"), isoOrNull(h.firstMs)},
            {QStringLiteral("last_seen"), isoOrNull(h.lastMs)}};
}

QByteArray JsonOutput::event(const EventRow &e)
{
    // Written directly, keys in QJsonObject's (alphabetical) order: a QJsonObject per event
    // was most of the time of exporting 1M events. Byte for byte what QJsonDocument wrote.
    QByteArray json;
    json.reserve(320 + 2 * e.raw.size());
    const auto key = [&json](const char *name) {
        json += json.isEmpty() ? "{\"" : ",\"";
        json += name;
        json += "\":";
    };
    const auto text = [&](const char *name, const QString &value) {
        key(name);
        JsonText::appendString(json, value);
    };
    const auto textOrNull = [&](const char *name, const QString &value) {
        if (!value.isEmpty())
            return text(name, value);
        key(name);
        json += "null";
    };
    const auto integer = [&](const char *name, std::optional<qint64> value) {
        key(name);
        json += value ? QByteArray::number(*value) : QByteArray("null");
    };
    text("class", e.evidenceClass);
    textOrNull("client_ip", e.clientIp);
    textOrNull("client_ip_raw", e.clientIpRaw);
    integer("client_port", e.clientPort);
    textOrNull("counterpart", e.counterpart);
    textOrNull("counterpart_raw", e.counterpartRaw);
    integer("device_count", e.deviceCount);
    key("duration_s");
    json += e.durationSeconds ? JsonText::number(*e.durationSeconds) : QByteArray("null");
    key("extra"); // as stored, read and written again: always an object, in QJsonDocument's form
    json += QJsonDocument(QJsonDocument::fromJson(e.extra.toUtf8()).object()).toJson(QJsonDocument::Compact);
    integer("id", e.id);
    text("initiator", e.initiator);
    text("initiator_raw", e.initiatorRaw);
    integer("line", e.line);
    text("raw", e.raw);
    text("source", e.sourceName);
    integer("source_id", e.sourceId);
    text("subtype", e.subtype);
    text("time", TimeFormat::isoUtc(e.utcMs));
    text("time_raw", e.timeRaw);
    text("time_zone", e.timeZone);
    return json + '}';
}

QJsonObject JsonOutput::source(const SourceRow &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("file_name"), s.fileName},
            {QStringLiteral("file_path"), s.filePath},
            {QStringLiteral("file_size"), s.fileSize},
            {QStringLiteral("sha256"), s.sha256},
            // a document read from inside the file at file_path: that file's (sha256 is the document's)
            {QStringLiteral("container_sha256"), s.containerSha256.isEmpty() ? QJsonValue() : QJsonValue(s.containerSha256)},
            {QStringLiteral("imported_at"), s.importedAt},
            {QStringLiteral("imported_by"), s.importedBy},
            {QStringLiteral("format"), s.format},
            {QStringLiteral("time_zone"), s.timeZone},
            {QStringLiteral("zone_declared"), s.zoneDeclared},
            {QStringLiteral("importer_version"), s.importerVersion},
            {QStringLiteral("rows_read"), s.rowsRead},
            {QStringLiteral("accepted"), s.accepted},
            {QStringLiteral("accepted_lookups"), s.acceptedByClass[0]},
            {QStringLiteral("accepted_communications"), s.acceptedByClass[1]},
            {QStringLiteral("accepted_connections"), s.acceptedByClass[2]},
            {QStringLiteral("rejected"), s.rejected},
            {QStringLiteral("duplicate"), s.duplicate},
            {QStringLiteral("part"), s.part.isEmpty() ? QJsonValue() : QJsonValue(s.part)},
            {QStringLiteral("metadata"), s.metadata}};
}

QStringList JsonOutput::eventCsvHeader()
{
    return {QStringLiteral("id"), QStringLiteral("class"), QStringLiteral("subtype"), QStringLiteral("time"),
            QStringLiteral("time_raw"), QStringLiteral("time_zone"), QStringLiteral("initiator"),
            QStringLiteral("initiator_raw"), QStringLiteral("counterpart"), QStringLiteral("counterpart_raw"),
            QStringLiteral("client_ip"), QStringLiteral("client_port"), QStringLiteral("device_count"),
            QStringLiteral("duration_s"), QStringLiteral("extra"), QStringLiteral("source"),
            QStringLiteral("source_id"), QStringLiteral("line"), QStringLiteral("raw"),
            QStringLiteral("client_ip_raw")}; // added last: columns are also read by position
}

QStringList JsonOutput::eventCsvFields(const EventRow &e)
{
    const auto num = [](const auto &value) { return value ? QString::number(*value) : QString(); };
    return {QString::number(e.id), e.evidenceClass, e.subtype, TimeFormat::isoUtc(e.utcMs), e.timeRaw,
            e.timeZone, e.initiator, e.initiatorRaw, e.counterpart, e.counterpartRaw, e.clientIp,
            num(e.clientPort), num(e.deviceCount), num(e.durationSeconds), e.extra, e.sourceName,
            QString::number(e.sourceId), QString::number(e.line), e.raw, e.clientIpRaw};
}

QString JsonOutput::csvEscape(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QJsonObject JsonOutput::ip(const IpSummary &ip)
{
    QJsonArray geo;
    for (const GeoAnswer &a : ip.geo) {
        QJsonArray caveats;
        for (const Caveat &caveat : a.caveats)
            caveats.append(QJsonObject{{QStringLiteral("code"), caveat.code}, {QStringLiteral("text"), caveat.text}});
        // A field the database does not hold is null: "not in this database", never "no".
        geo.append(QJsonObject{{QStringLiteral("database"), a.database},
                               {QStringLiteral("database_type"), a.databaseType},
                               {QStringLiteral("build_date"), TimeFormat::isoUtc(a.buildEpoch * 1000)},
                               {QStringLiteral("status"), a.status},
                               {QStringLiteral("country_iso"), orNull(a.countryIso)},
                               {QStringLiteral("country"), orNull(a.country)},
                               {QStringLiteral("subdivision"), orNull(a.subdivision)},
                               {QStringLiteral("city"), orNull(a.city)},
                               {QStringLiteral("latitude"), orNull(a.latitude)},
                               {QStringLiteral("longitude"), orNull(a.longitude)},
                               {QStringLiteral("accuracy_radius_km"), orNull(a.accuracyRadiusKm)},
                               {QStringLiteral("asn"), orNull(a.asn)},
                               {QStringLiteral("organization"), orNull(a.organization)},
                               {QStringLiteral("caveats"), caveats},
                               {QStringLiteral("record"), a.record}});
    }
    return {{QStringLiteral("ip"), ip.ip},
            {QStringLiteral("also_written_as"), QJsonArray::fromStringList(ip.otherWritings)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(ip.flags)},
            {QStringLiteral("first_seen"), TimeFormat::isoUtc(ip.firstMs)},
            {QStringLiteral("last_seen"), TimeFormat::isoUtc(ip.lastMs)},
            {QStringLiteral("lookups"), ip.lookups},
            {QStringLiteral("communications"), ip.communications},
            {QStringLiteral("connections"), ip.connections},
            {QStringLiteral("handles"), QJsonArray::fromStringList(ip.handles)},
            {QStringLiteral("geo"), geo}};
}
