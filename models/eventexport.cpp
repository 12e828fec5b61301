#include "eventexport.h"

#include "casequeries.h"
#include "jsontext.h"
#include "timeformat.h"

#include <QIODevice>
#include <QJsonDocument>

std::optional<EventExport::Format> EventExport::formatNamed(QStringView name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    return std::nullopt;
}

QByteArray EventExport::alsoInJson(const QList<EventOccurrence> &places)
{
    QByteArray json("[");
    for (const EventOccurrence &place : places) {
        json += json.size() == 1 ? "{\"kind\":" : ",{\"kind\":";
        JsonText::appendString(json, place.kind);
        json += ",\"line\":" + QByteArray::number(place.line) + ",\"source\":";
        JsonText::appendString(json, place.source);
        json += ",\"source_id\":" + QByteArray::number(place.sourceId) + '}';
    }
    return json + ']';
}

QByteArray EventExport::json(const EventRow &e)
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
    key("also_in");
    json += alsoInJson(e.alsoIn);
    text("class", e.evidenceClass);
    textOrNull("client_ip", e.clientIp);
    textOrNull("client_ip_raw", e.clientIpRaw);
    integer("client_port", e.clientPort);
    const auto flag = [&](const char *name, std::optional<bool> value) {
        key(name);
        json += value ? (*value ? "true" : "false") : "null";
    };
    const auto counterpartIs = [&e](const char *kind) {
        return e.counterpart.isEmpty() ? std::nullopt : std::optional(e.counterpartKind == QLatin1StringView(kind));
    };
    textOrNull("counterpart", e.counterpart);
    flag("counterpart_masked", counterpartIs("masked"));
    textOrNull("counterpart_raw", e.counterpartRaw);
    flag("counterpart_withheld", counterpartIs("withheld"));
    integer("device_count", e.deviceCount);
    key("duration_s");
    json += e.durationSeconds ? JsonText::number(*e.durationSeconds) : QByteArray("null");
    key("extra"); // as stored, read and written again: always an object, in QJsonDocument's form
    json += QJsonDocument(QJsonDocument::fromJson(e.extra.toUtf8()).object()).toJson(QJsonDocument::Compact);
    integer("id", e.id);
    text("initiator", e.initiator);
    flag("initiator_masked", e.initiatorKind == u"masked");
    text("initiator_raw", e.initiatorRaw);
    flag("initiator_withheld", e.initiatorKind == u"withheld");
    integer("line", e.line);
    key("mark"); // the analyst's, not the provider's: null where the event is not marked
    if (e.mark) {
        json += "{\"at\":";
        JsonText::appendString(json, e.mark->setAt);
        json += ",\"by\":";
        JsonText::appendString(json, e.mark->setBy);
        json += ",\"note\":";
        JsonText::appendString(json, e.mark->note);
        json += '}';
    } else {
        json += "null";
    }
    text("raw", e.raw);
    text("source", e.sourceName);
    integer("source_id", e.sourceId);
    text("subtype", e.subtype);
    text("time", TimeFormat::isoUtc(e.utcMs));
    text("time_raw", e.timeRaw);
    text("time_zone", e.timeZone);
    return json + '}';
}

QStringList EventExport::csvHeader()
{
    return {QStringLiteral("id"), QStringLiteral("class"), QStringLiteral("subtype"), QStringLiteral("time"),
            QStringLiteral("time_raw"), QStringLiteral("time_zone"), QStringLiteral("initiator"),
            QStringLiteral("initiator_raw"), QStringLiteral("counterpart"), QStringLiteral("counterpart_raw"),
            QStringLiteral("client_ip"), QStringLiteral("client_port"), QStringLiteral("device_count"),
            QStringLiteral("duration_s"), QStringLiteral("extra"), QStringLiteral("source"),
            QStringLiteral("source_id"), QStringLiteral("line"), QStringLiteral("raw"),
            QStringLiteral("client_ip_raw"), QStringLiteral("initiator_withheld"),
            QStringLiteral("counterpart_withheld"), QStringLiteral("initiator_masked"),
            QStringLiteral("counterpart_masked"), QStringLiteral("marked_at"), QStringLiteral("marked_by"),
            QStringLiteral("mark_note")}; // added last: columns are also read by position
}

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false"); // as the JSON writes it
}

} // namespace

QStringList EventExport::csvFields(const EventRow &e)
{
    const auto num = [](const auto &value) { return value ? QString::number(*value) : QString(); };
    return {QString::number(e.id), e.evidenceClass, e.subtype, TimeFormat::isoUtc(e.utcMs), e.timeRaw,
            e.timeZone, e.initiator, e.initiatorRaw, e.counterpart, e.counterpartRaw, e.clientIp,
            num(e.clientPort), num(e.deviceCount), num(e.durationSeconds), e.extra, e.sourceName,
            QString::number(e.sourceId), QString::number(e.line), e.raw, e.clientIpRaw, yesNo(e.initiatorKind == u"withheld"),
            e.counterpart.isEmpty() ? QString() : yesNo(e.counterpartKind == u"withheld"), yesNo(e.initiatorKind == u"masked"),
            e.counterpart.isEmpty() ? QString() : yesNo(e.counterpartKind == u"masked"),
            e.mark ? e.mark->setAt : QString(), e.mark ? e.mark->setBy : QString(), e.mark ? e.mark->note : QString()};
}

QString EventExport::csvEscape(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

EventExport::Result EventExport::write(QSqlDatabase db, const EventFilter &filter, Format format, QIODevice &out,
                                       const std::function<bool(qint64)> &goOn)
{
    Result result;
    const auto put = [&](const QByteArray &bytes) {
        if (result.error.isEmpty() && out.write(bytes) != bytes.size())
            result.error = out.errorString(); // a full disk, say: stop rather than write half a file
        return result.error.isEmpty();
    };
    put(format == Format::Csv ? csvHeader().join(u',').toUtf8() + "\r\n" : QByteArray("["));
    const auto writeOne = [&](const EventRow &row) {
        if (format == Format::Csv) {
            QStringList fields = csvFields(row);
            for (QString &field : fields)
                field = csvEscape(field);
            put(fields.join(u',').toUtf8() + "\r\n");
        } else {
            put((result.written == 0 ? "\n" : ",\n") + json(row));
        }
        ++result.written;
        if (result.written % ProgressEvery == 0 && goOn && !goOn(result.written))
            result.cancelled = true;
        return !result.cancelled && result.error.isEmpty();
    };
    // JSON names each event's other places (also_in); the CSV's columns are a fixed contract.
    const bool read =
        CaseQueries(db).forEachEvent(filter, writeOne, &result.error, format == Format::Json);
    if (read && !result.cancelled && format == Format::Json)
        put("\n]\n");
    return result;
}
