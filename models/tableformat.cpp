#include "tableformat.h"

#include "handlenormalizer.h"
#include "headermatcher.h"
#include "timestampparser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

struct FieldInfo
{
    Field field;
    const char *key;
};

constexpr FieldInfo FieldKeys[] = {
    {Field::RecordId, "record_id"},       {Field::CallId, "call_id"},         {Field::Timestamp, "timestamp"},
    {Field::Date, "date"},                {Field::Time, "time"},              {Field::Initiator, "initiator"},
    {Field::Counterpart, "counterpart"},  {Field::LocalParty, "local_party"}, {Field::RemoteParty, "remote_party"},
    {Field::Direction, "direction"},      {Field::ClientIp, "client_ip"},     {Field::ClientPort, "client_port"},
    {Field::DeviceCount, "device_count"}, {Field::Duration, "duration"},      {Field::CallType, "call_type"},
    {Field::TimeZone, "time_zone"},       {Field::LocalPartyIp, "local_party_ip"},
    {Field::LocalPartyPort, "local_party_port"},
};

QList<TableFormat> loadBuiltIns()
{
    QList<TableFormat> formats;
    const QDir dir(QStringLiteral(":/profiles"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QString error;
        if (auto format = TableFormat::loadProfile(dir.filePath(name), &error); format) {
            format->analystProfile = false;
            formats.append(*format);
        } else {
            qWarning("built-in profile %s: %s", qPrintable(name), qPrintable(error));
        }
    }
    return formats;
}

} // namespace

/// The built-in profiles' titles (resources/profiles/*.json), for the translations: the GUI
/// shows them in its language; the case keeps them as written. A test checks each is here.
const char *const TableFormat::BuiltInTitles[] = {
    QT_TRANSLATE_NOOP("TableFormat", "Apple FaceTime call-invitation log"),
    QT_TRANSLATE_NOOP("TableFormat", "Apple IDS capability-query log"),
    QT_TRANSLATE_NOOP("TableFormat", "Carrier call/SMS records (one subscriber's side: date, time, direction, other party)"),
    QT_TRANSLATE_NOOP("TableFormat",
                      "Carrier call/SMS records (target number, B party; the call type its direction: IN, OUT, SMT, SMO)"),
    QT_TRANSLATE_NOOP("TableFormat",
                      "Carrier call/SMS records (start time, or date and time; originating and terminating number)"),
};

QString TableFormat::shownTitle() const
{
    return analystProfile ? title : tr(title.toUtf8().constData()); // an analyst's words are not translated
}

const QList<TableFormat> &TableFormat::builtIn()
{
    static const QList<TableFormat> formats = loadBuiltIns();
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

QStringList TableFormat::builtInIds()
{
    QStringList ids;
    for (const TableFormat &format : builtIn())
        ids.append(format.id);
    return ids;
}

QString TableFormat::fieldKey(Field field)
{
    for (const FieldInfo &info : FieldKeys) {
        if (info.field == field)
            return QString::fromLatin1(info.key);
    }
    return {};
}

std::optional<Field> TableFormat::fieldFromKey(const QString &key)
{
    for (const FieldInfo &info : FieldKeys) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

QString TableFormat::fieldName(Field field)
{
    switch (field) {
    case Field::RecordId: return tr("record id");
    case Field::CallId: return tr("call id");
    case Field::Timestamp: return tr("timestamp");
    case Field::Date: return tr("date");
    case Field::Time: return tr("time");
    case Field::Initiator: return tr("initiator");
    case Field::Counterpart: return tr("counterpart");
    case Field::LocalParty: return tr("local party");
    case Field::RemoteParty: return tr("remote party");
    case Field::Direction: return tr("direction");
    case Field::ClientIp: return tr("client IP");
    case Field::ClientPort: return tr("client port");
    case Field::DeviceCount: return tr("device count");
    case Field::Duration: return tr("duration");
    case Field::CallType: return tr("call type");
    case Field::TimeZone: return tr("time zone");
    case Field::LocalPartyIp: return tr("local party's IP");
    case Field::LocalPartyPort: return tr("local party's port");
    }
    return {};
}

std::optional<TableFormat> TableFormat::fromJson(const QJsonObject &json, bool analystProfile, QString *error)
{
    TableFormat f;
    f.analystProfile = analystProfile;
    f.id = json.value(QStringLiteral("id")).toString(analystProfile ? QStringLiteral("profile") : QString());
    f.title = json.value(QStringLiteral("title")).toString(f.id);
    const QString cls = json.value(QStringLiteral("class")).toString();
    const auto evidenceClass = evidenceClassFromKey(cls);
    if (!evidenceClass) {
        *error = cls.isEmpty() ? tr("the profile must name the evidence class (\"class\": lookup, communication "
                                    "or connection); there is no default")
                               : tr("unknown evidence class \"%1\"").arg(cls);
        return std::nullopt;
    }
    f.evidenceClass = *evidenceClass;
    f.subtype = json.value(QStringLiteral("subtype")).toString();
    if (f.subtype.isEmpty()) {
        *error = tr("the profile must name a subtype (e.g. imessage-query, call, sms, message)");
        return std::nullopt;
    }
    const QString zone = json.value(QStringLiteral("timezone")).toString();
    if (!zone.isEmpty()) {
        f.zone = TimestampParser::zoneFromDeclaration(zone);
        if (!f.zone) {
            *error = tr("unknown time zone \"%1\"").arg(zone);
            return std::nullopt;
        }
    } else if (analystProfile) {
        *error = tr("the profile must name the zone the times were written in (\"timezone\"); there is no default");
        return std::nullopt;
    }
    f.numberRegion = json.value(QStringLiteral("number_region")).toString().trimmed().toUpper();
    if (!f.numberRegion.isEmpty() && !HandleNormalizer::isKnownRegion(f.numberRegion)) {
        *error = tr("unknown region \"%1\" for the numbers written without a country code (\"number_region\": an "
                    "ISO 3166 code such as US or DE)")
                     .arg(f.numberRegion);
        return std::nullopt;
    }
    const QString order = json.value(QStringLiteral("date_order")).toString();
    f.dateOrder = order == u"dmy" ? DateOrder::DayFirst : order == u"mdy" ? DateOrder::MonthFirst : DateOrder::Unknown;
    f.timestampFormat = json.value(QStringLiteral("timestamp_format")).toString();
    if (const QString unit = json.value(QStringLiteral("duration_unit")).toString(); !unit.isEmpty()) {
        f.durationUnit = Durations::fromKey(unit);
        if (!f.durationUnit) {
            *error = tr("unknown duration unit \"%1\" (seconds, milliseconds, minutes, hours, mm:ss or hh:mm)").arg(unit);
            return std::nullopt;
        }
    }
    if (const QString mark = json.value(QStringLiteral("decimal_mark")).toString();
        !mark.isEmpty()) {
        f.decimalMark = Durations::markFromKey(mark);
        if (f.decimalMark == DecimalMark::Unknown) {
            *error = tr("unknown decimal mark \"%1\" (point or comma)").arg(mark);
            return std::nullopt;
        }
    }
    if (!f.readColumns(json.value(QStringLiteral("columns")).toObject(), error))
        return std::nullopt;
    return f;
}

bool TableFormat::readColumns(const QJsonObject &columns, QString *error)
{
    qsizetype numbered = 0;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        if (!field) {
            *error = tr("unknown field \"%1\" in \"columns\"").arg(it.key());
            return false;
        }
        if (it.value().isDouble()) { // a column of a file without a header row, counted from 1
            const double number = it.value().toDouble();
            if (number < 1 || number > MaxPosition || number != std::floor(number)) {
                *error = tr("the column of \"%1\" must be a whole number from 1 to %2, or a "
                            "header's text")
                             .arg(it.key(), QString::number(MaxPosition));
                return false;
            }
            synonyms[*field] = {HeaderMatcher::normalizeHeader(positionName(int(number) - 1))};
            ++numbered;
            continue;
        }
        const QJsonArray names = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &name : names)
            synonyms[*field].append(HeaderMatcher::normalizeHeader(name.toString()));
    }
    // A header's text and a column's number cannot both hold: the one says the file has a
    // header row, the other that it has none.
    if (numbered > 0 && numbered < columns.size()) {
        *error = tr("\"columns\" names some columns by header text and some by number; a file without a header "
                    "row is mapped by number only, one with a header row by header text only");
        return false;
    }
    byPosition = numbered > 0;
    switch (subscriberAddressMisfit()) {
    case AddressMisfit::None:
        return true;
    case AddressMisfit::PortAlone:
        *error = tr("\"local_party_port\" is the port beside the subscriber's own address: map "
                    "\"local_party_ip\" too");
        return false;
    case AddressMisfit::BesideBothParties:
        *error = tr("\"local_party_ip\" is the subscriber's own address, read in one subscriber's records "
                    "(\"remote_party\" and \"direction\"); where both parties have columns, whose address it "
                    "is the file does not say: map it as \"client_ip\" if it is the initiator's, or leave it "
                    "out (its cells are kept with each record)");
        return false;
    }
    return true;
}

TableFormat::AddressMisfit TableFormat::subscriberAddressMisfit() const
{
    // Read as nothing, such a mapping would keep the column in extra while the analyst took it
    // for read.
    if (synonyms.contains(Field::LocalPartyPort) && !synonyms.contains(Field::LocalPartyIp))
        return AddressMisfit::PortAlone;
    if (synonyms.contains(Field::LocalPartyIp)
        && (synonyms.contains(Field::Initiator) || synonyms.contains(Field::Counterpart)))
        return AddressMisfit::BesideBothParties;
    return AddressMisfit::None;
}

QStringList TableFormat::positionHeader(int width)
{
    QStringList header;
    for (int column = 0; column < width; ++column)
        header.append(positionName(column));
    return header;
}

QString TableFormat::positionName(int column)
{
    return QStringLiteral("column %1").arg(column + 1);
}

QString TableFormat::numberedColumnsText() const
{
    QList<std::pair<int, Field>> placed;
    for (auto it = synonyms.cbegin(); it != synonyms.cend(); ++it)
        placed.append({position(it.key()), it.key()});
    std::sort(placed.begin(), placed.end());
    QStringList texts;
    for (const auto &[column, field] : placed)
        texts.append(tr("%1 in column %2").arg(fieldName(field)).arg(column + 1));
    return texts.join(QStringLiteral(", "));
}

int TableFormat::numberedWidth() const
{
    int width = 0;
    for (auto it = synonyms.cbegin(); it != synonyms.cend(); ++it)
        width = std::max(width, position(it.key()) + 1);
    return width;
}

int TableFormat::position(Field field) const
{
    if (!byPosition || !synonyms.contains(field))
        return -1;
    static const QString prefix = HeaderMatcher::normalizeHeader(positionName(0)).chopped(1);
    return QStringView(synonyms.value(field).value(0)).mid(prefix.size()).toInt() - 1;
}

std::optional<TableFormat> TableFormat::loadProfile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = tr("%1: not a JSON profile (%2)").arg(path, parseError.errorString());
        return std::nullopt;
    }
    QString reason;
    auto format = fromJson(doc.object(), !path.startsWith(u':'), &reason);
    if (!format)
        *error = QStringLiteral("%1: %2").arg(path, reason);
    return format;
}

QJsonObject TableFormat::toJson() const
{
    QJsonObject columns;
    for (auto it = synonyms.cbegin(); it != synonyms.cend(); ++it) {
        if (byPosition)
            columns.insert(fieldKey(it.key()), position(it.key()) + 1);
        else
            columns.insert(fieldKey(it.key()), QJsonArray::fromStringList(it.value()));
    }
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("class"), evidenceClassKey(evidenceClass)},
                     {QStringLiteral("subtype"), subtype},
                     {QStringLiteral("columns"), columns}};
    if (zone)
        json.insert(QStringLiteral("timezone"), TimestampParser::zoneName(*zone));
    if (!numberRegion.isEmpty())
        json.insert(QStringLiteral("number_region"), numberRegion);
    if (dateOrder != DateOrder::Unknown)
        json.insert(QStringLiteral("date_order"), dateOrder == DateOrder::DayFirst ? QStringLiteral("dmy") : QStringLiteral("mdy"));
    if (!timestampFormat.isEmpty())
        json.insert(QStringLiteral("timestamp_format"), timestampFormat);
    if (durationUnit)
        json.insert(QStringLiteral("duration_unit"), Durations::key(*durationUnit));
    if (decimalMark != DecimalMark::Unknown)
        json.insert(QStringLiteral("decimal_mark"), Durations::markKey(decimalMark));
    return json;
}

bool TableFormat::saveProfile(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    return true;
}
