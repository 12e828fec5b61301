#include "jsonoutput.h"

#include "jsontext.h"
#include "sourceperiods.h"
#include "statedperiod.h"
#include "timeformat.h"

#include <QJsonDocument>

namespace {

QJsonValue isoOrNull(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(TimeFormat::isoUtc(*ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue JsonOutput::textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject JsonOutput::stats(const CaseStats &s)
{
    return {{QStringLiteral("events"), s.events},
            {QStringLiteral("lookups"), s.lookups},
            {QStringLiteral("communications"), s.communications},
            {QStringLiteral("connections"), s.connections},
            {QStringLiteral("handles"), s.handles},
            {QStringLiteral("withheld_handles"), s.withheldHandles},
            {QStringLiteral("masked_handles"), s.maskedHandles},
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

namespace {

QJsonArray periodsJson(const SourceRow &s)
{
    QJsonArray periods;
    for (const SourcePeriod &period : SourcePeriods::ofReturns(s))
        periods.append(QJsonObject{{QStringLiteral("from"), TimeFormat::isoUtc(period.fromMs)},
                                   {QStringLiteral("to"), TimeFormat::isoUtc(period.toMs)}});
    return periods;
}

QJsonValue orNullInt(int value)
{
    return value > 0 ? QJsonValue(value) : QJsonValue();
}

QJsonArray statedPeriodsJson(const SourceRow &s)
{
    // Each period a block above a header row states, as read (null ends where it was not).
    QJsonArray periods;
    for (const StatedPeriod &period : StatedPeriod::allIn(s.metadata)) {
        const auto span = period.spanIn(s.timeZone);
        periods.append(
            QJsonObject{{QStringLiteral("line"), orNullInt(period.line)},
                        {QStringLiteral("end_line"), orNullInt(period.endLine)},
                        {QStringLiteral("header_line"), orNullInt(period.headerLine)},
                        {QStringLiteral("text"), period.text},
                        {QStringLiteral("from"),
                         span ? QJsonValue(TimeFormat::isoUtc(span->first)) : QJsonValue()},
                        {QStringLiteral("to"),
                         span ? QJsonValue(TimeFormat::isoUtc(span->second)) : QJsonValue()},
                        {QStringLiteral("dates_read"), period.datesReadKey()},
                        {QStringLiteral("order"),
                         period.order.isEmpty() ? QJsonValue() : QJsonValue(period.order)},
                        {QStringLiteral("zone"),
                         period.zone.isEmpty() ? QJsonValue() : QJsonValue(period.zone)}});
    }
    return periods;
}

} // namespace

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
            // the time its records span (accepted and duplicate); null where it holds none
            {QStringLiteral("records_first"), isoOrNull(s.recordsFirstMs)},
            {QStringLiteral("records_last"), isoOrNull(s.recordsLastMs)},
            // the time it covers, as `gaps` measures it: one per return it joins, where measured
            {QStringLiteral("periods"), periodsJson(s)},
            // the periods the lines above its header rows state (an Apple return's "Period …"), as read
            {QStringLiteral("stated_periods"), statedPeriodsJson(s)},
            {QStringLiteral("part"), s.part.isEmpty() ? QJsonValue() : QJsonValue(s.part)},
            {QStringLiteral("metadata"), s.metadata}};
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
            {QStringLiteral("geo"), geo},
            {QStringLiteral("not_looked_up_in"), QJsonArray::fromStringList(ip.notLookedUpIn)}};
}
