#include "tableformat.h"

#include "timestampparser.h"

#include <QRegularExpression>

namespace {

TableFormat appleIds()
{
    TableFormat f;
    f.id = QStringLiteral("apple-ids");
    f.title = QCoreApplication::translate("TableFormat", "Apple IDS capability-query log");
    f.evidenceClass = EvidenceClass::Lookup;
    f.subtype = QStringLiteral("imessage-query");
    f.synonyms = {
        {Field::RecordId, {u"id"_qs, u"recordid"_qs, u"rowid"_qs, u"logid"_qs, u"queryid"_qs}},
        {Field::Timestamp,
         {u"timestamp"_qs, u"querytimestamp"_qs, u"querytime"_qs, u"requesttime"_qs,
          u"datetime"_qs, u"time"_qs, u"date"_qs, u"lookuptime"_qs}},
        {Field::Initiator,
         {u"sourcehandle"_qs, u"requesterhandle"_qs, u"requestinghandle"_qs, u"sourceid"_qs,
          u"requester"_qs, u"sourceaccount"_qs}},
        {Field::Counterpart,
         {u"lookuphandle"_qs, u"lookeduphandle"_qs, u"queriedhandle"_qs, u"targethandle"_qs,
          u"destinationhandle"_qs, u"lookupid"_qs}},
        {Field::ClientIp,
         {u"clientip"_qs, u"clientipaddress"_qs, u"ipaddress"_qs, u"ip"_qs, u"sourceip"_qs,
          u"requestip"_qs}},
        {Field::DeviceCount,
         {u"lookupdevices"_qs, u"devices"_qs, u"devicecount"_qs, u"numberofdevices"_qs,
          u"lookupdevicecount"_qs, u"capabledevices"_qs}},
    };
    f.required = {Field::Timestamp, Field::Initiator, Field::Counterpart};
    return f;
}

TableFormat carrierCdr()
{
    TableFormat f;
    f.id = QStringLiteral("carrier-cdr");
    f.title = QCoreApplication::translate("TableFormat", "Carrier call/SMS records");
    f.evidenceClass = EvidenceClass::Communication;
    f.subtype = QStringLiteral("call");
    f.synonyms = {
        {Field::RecordId, {u"callid"_qs, u"recordid"_qs, u"cdrid"_qs}},
        {Field::Timestamp,
         {u"starttime"_qs, u"calldatetime"_qs, u"datetime"_qs, u"connecttime"_qs,
          u"seizuretime"_qs, u"eventtime"_qs}},
        {Field::Initiator,
         {u"originatingnumber"_qs, u"callingnumber"_qs, u"callingparty"_qs, u"anumber"_qs,
          u"originator"_qs, u"fromnumber"_qs}},
        {Field::Counterpart,
         {u"terminatingnumber"_qs, u"callednumber"_qs, u"calledparty"_qs, u"bnumber"_qs,
          u"dialeddigits"_qs, u"tonumber"_qs}},
        {Field::Duration, {u"duration"_qs, u"durationseconds"_qs, u"durations"_qs, u"callduration"_qs}},
        {Field::CallType, {u"calltype"_qs, u"eventtype"_qs, u"servicetype"_qs, u"type"_qs}},
    };
    f.required = {Field::Timestamp, Field::Initiator, Field::Counterpart};
    return f;
}

} // namespace

const QList<TableFormat> &TableFormat::builtIn()
{
    static const QList<TableFormat> formats{appleIds(), carrierCdr()};
    return formats;
}

const TableFormat *TableFormat::byId(const QString &id)
{
    for (const TableFormat &format : builtIn()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

QString TableFormat::fieldName(Field field)
{
    switch (field) {
    case Field::RecordId:
        return QCoreApplication::translate("TableFormat", "record id");
    case Field::Timestamp:
        return QCoreApplication::translate("TableFormat", "timestamp");
    case Field::Initiator:
        return QCoreApplication::translate("TableFormat", "initiator");
    case Field::Counterpart:
        return QCoreApplication::translate("TableFormat", "counterpart");
    case Field::ClientIp:
        return QCoreApplication::translate("TableFormat", "client IP");
    case Field::ClientPort:
        return QCoreApplication::translate("TableFormat", "client port");
    case Field::DeviceCount:
        return QCoreApplication::translate("TableFormat", "device count");
    case Field::Duration:
        return QCoreApplication::translate("TableFormat", "duration");
    case Field::CallType:
        return QCoreApplication::translate("TableFormat", "call type");
    }
    return {};
}

QString HeaderMatcher::normalizeHeader(const QString &header, QString *zoneLabel)
{
    static const QRegularExpression zoneSuffix(QStringLiteral("\\s*[\\(\\[]([^\\)\\]]*)[\\)\\]]\\s*$"));
    QString text = header.trimmed();
    const auto m = zoneSuffix.match(text);
    if (m.hasMatch()) {
        if (zoneLabel)
            *zoneLabel = m.captured(1).trimmed();
        text.truncate(m.capturedStart());
    }
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

std::optional<HeaderMatch> HeaderMatcher::match(const TableFormat &format, const QStringList &cells)
{
    HeaderMatch result;
    for (int column = 0; column < cells.size(); ++column) {
        QString label;
        const QString key = normalizeHeader(cells.at(column), &label);
        for (auto it = format.synonyms.cbegin(); it != format.synonyms.cend(); ++it) {
            if (result.columns.contains(it.key()) || !it.value().contains(key))
                continue;
            result.columns.insert(it.key(), column);
            ++result.fieldsMatched;
            if (it.key() == Field::Timestamp && !label.isEmpty()) {
                result.timestampZone = TimestampParser::zoneFromDeclaration(label);
                result.zoneLabel = label;
            }
            break;
        }
    }
    for (Field field : format.required) {
        if (!result.columns.contains(field))
            return std::nullopt;
    }
    return result;
}
