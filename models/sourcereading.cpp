#include "sourcereading.h"

#include "evidenceclass.h"
#include "regionname.h"
#include "tableformat.h"
#include "tableimporter.h"

#include <QJsonArray>
#include <QRegularExpression>

QStringList SourceReading::lines(const SourceRow &source)
{
    const QJsonObject &metadata = source.metadata;
    QStringList lines{tr("How the file was read:"), formatLine(source)};
    lines += headerLines(metadata);
    lines += blockLines(metadata);
    lines += requestLines(metadata);
    // A header writing the order out has a note of its own among the description's.
    const QString order = metadata.contains(QStringLiteral("date_order_header")) ? QString() : dateOrderRead(metadata);
    const QString numberRegion = metadata.value(QStringLiteral("number_region")).toString();
    QStringList said{accountLine(metadata), zoneLine(source)};
    said += zoneRulesLines(metadata);
    said += {order, numberRegion.isEmpty() ? QString() : numberRegionText(numberRegion)};
    for (const QString &line : std::as_const(said)) {
        if (!line.isEmpty())
            lines.append(line);
    }
    if (!source.importerVersion.isEmpty())
        lines.append(tr("Read by %1").arg(source.importerVersion));
    return lines;
}

QString SourceReading::numberRegionText(const QString &region)
{
    return tr("Phone numbers written without a country code were read as numbers of %1, the region declared for this "
              "file rather than the case's")
        .arg(regionName(region));
}

QString SourceReading::regionName(const QString &region)
{
    const QString name = RegionName::of(region);
    return name == region ? region : tr("%1 (%2)").arg(region, name);
}

QString SourceReading::formatLine(const SourceRow &source)
{
    const QJsonObject profile = source.metadata.value(QStringLiteral("profile")).toObject();
    if (!profile.isEmpty()) {
        // The class of a mapped file's events is the analyst's choice, not the provider's: said.
        const auto evidenceClass = evidenceClassFromKey(profile.value(QStringLiteral("class")).toString());
        const QString subtype = profile.value(QStringLiteral("subtype")).toString();
        const QString classText = !evidenceClass  ? profile.value(QStringLiteral("class")).toString()
                                  : subtype.isEmpty() ? EvidenceClassText::label(*evidenceClass)
                                                      : tr("%1 (%2)").arg(EvidenceClassText::label(*evidenceClass),
                                                                          EvidenceClassText::subtypeLabel(subtype));
        return tr("Read by the analyst's mapping profile \"%1\"; the class of its events is the one the profile "
                  "declares: %2")
            .arg(profile.value(QStringLiteral("title")).toString(source.format), classText);
    }
    if (source.format == u"whatsapp")
        return tr("The format whatsapp: a WhatsApp pen-register return");
    if (const TableFormat *format = TableFormat::byId(source.format))
        return tr("The format %1: %2").arg(source.format, format->shownTitle());
    const QString title = source.metadata.value(QStringLiteral("format_title")).toString();
    return title.isEmpty() ? tr("The format %1").arg(source.format) : tr("The format %1: %2").arg(source.format, title);
}

QStringList SourceReading::headerLines(const QJsonObject &metadata)
{
    const int line = metadata.value(QStringLiteral("header_line")).toInt();
    const QString worksheet = metadata.value(QStringLiteral("worksheet")).toString();
    QStringList lines;
    const bool json = metadata.value(QStringLiteral("reader")).toString() == u"json";
    if (!worksheet.isEmpty() && json)
        lines.append(tr("The array of records read: \"%1\"").arg(worksheet));
    if (json)
        lines += answerLines(metadata);
    else if (!worksheet.isEmpty())
        lines.append(tr("The worksheet read: \"%1\"").arg(worksheet));
    if (metadata.value(QStringLiteral("columns_by_position")).toBool()) {
        QString error;
        const auto mapping = TableFormat::fromJson(metadata.value(QStringLiteral("profile")).toObject(), true, &error);
        lines.append(mapping ? tr("No header row: its columns by number, as the mapping numbers them: %1")
                                   .arg(mapping->numberedColumnsText())
                             : tr("No header row: its columns by number, as the mapping numbers them"));
        return lines;
    }
    if (const QString sheet = metadata.value(QStringLiteral("header_worksheet")).toString(); !sheet.isEmpty()) {
        lines.append(tr("No header row of its own: read as going on from the worksheet \"%1\", by the header row "
                        "at line %2 of the worksheet \"%3\"")
                         .arg(metadata.value(QStringLiteral("continues_worksheet")).toString(),
                              QString::number(line), sheet));
        return lines;
    }
    if (line <= 0)
        return lines;
    QStringList cells;
    for (const QJsonValue &cell : metadata.value(QStringLiteral("header")).toArray())
        cells.append(u'"' + cell.toString() + u'"');
    const QString list = metadata.value(QStringLiteral("json_columns_key")).toString();
    if (json && !list.isEmpty())
        lines.append(tr("The names the columns were found by, as the member \"%1\" lists them at line %2: %3")
                         .arg(list)
                         .arg(line)
                         .arg(cells.join(QStringLiteral(", "))));
    else if (json && !metadata.value(QStringLiteral("json_header_row")).toBool())
        // the keys of every record, as a header row, at the line of the first object
        lines.append(tr("The keys the columns were found by, the first object's at line %1: %2")
                         .arg(line)
                         .arg(cells.join(QStringLiteral(", "))));
    else
        lines.append(tr("The header row the columns were found by, at line %1: %2").arg(line).arg(cells.join(QStringLiteral(", "))));
    return lines;
}

QStringList SourceReading::answerLines(const QJsonObject &metadata)
{
    // What the JSON answer says beside its records of the whole it is part of.
    QStringList lines;
    const QJsonObject count = metadata.value(QStringLiteral("json_records_counted")).toObject();
    if (!count.isEmpty())
        lines.append((count.value(QStringLiteral("at_least")).toBool()
                          ? tr("The answer's own count of its records: at least %1 (\"%2\", line %3)")
                          : tr("The answer's own count of its records: %1 (\"%2\", line %3)"))
                         .arg(count.value(QStringLiteral("value")).toString(),
                              count.value(QStringLiteral("key")).toString())
                         .arg(count.value(QStringLiteral("line")).toInt()));
    const QJsonObject more = metadata.value(QStringLiteral("json_more_to_follow")).toObject();
    if (!more.isEmpty())
        lines.append(tr("The answer marks more records to follow: \"%1\" (line %2)")
                         .arg(more.value(QStringLiteral("key")).toString())
                         .arg(more.value(QStringLiteral("line")).toInt()));
    return lines;
}

QStringList SourceReading::blockLines(const QJsonObject &metadata)
{
    // What the provider wrote above its records: the account, the period, and in an Apple
    // return its own words that the log shows no communication.
    QStringList block;
    for (const QJsonValue &line : metadata.value(QStringLiteral("metadata_lines")).toArray()) {
        if (const QString text = line.toString().replace(u'\t', QStringLiteral("   ")).trimmed(); !text.isEmpty())
            block.append(QStringLiteral("    ") + text); // a spreadsheet's cells, apart
    }
    if (block.isEmpty())
        return {};
    if (metadata.value(QStringLiteral("reader")).toString() == u"json")
        block.prepend(tr("Beside the records, %n member(s) of the object holding them, kept with the source:", nullptr,
                         int(block.size())));
    else
        block.prepend(tr("Above the header row, %n line(s) the file holds, kept with the source:", nullptr, int(block.size())));
    return block;
}

QStringList SourceReading::requestLines(const QJsonObject &metadata)
{
    const QJsonObject request = metadata.value(QStringLiteral("request_parameters")).toObject();
    if (request.isEmpty())
        return {};
    // In the record's own order (formats.md §3); a field it adds, after them.
    static const QStringList order{QStringLiteral("Service"),        QStringLiteral("Internal Ticket Number"),
                                   QStringLiteral("Account Identifier"), QStringLiteral("Account Type"),
                                   QStringLiteral("Generated"),      QStringLiteral("Date Range")};
    QStringList keys = request.keys();
    const auto rank = [](const QString &key) {
        const qsizetype at = order.indexOf(key);
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(keys.begin(), keys.end(), [&rank](const QString &a, const QString &b) { return rank(a) < rank(b); });
    QStringList lines{tr("The request parameters, as the record states them:")};
    for (const QString &key : std::as_const(keys))
        lines.append(QStringLiteral("    %1: %2").arg(key, request.value(key).toString()));
    return lines + repeatedRequestLines(metadata);
}

QStringList SourceReading::repeatedRequestLines(const QJsonObject &metadata)
{
    const QJsonArray repeated =
        metadata.value(QStringLiteral("request_parameters_repeated")).toArray();
    if (repeated.isEmpty())
        return {};
    QStringList lines{tr("The record names some of them again, with other values:")};
    for (const QJsonValue &value : repeated) {
        const QJsonObject field = value.toObject();
        lines.append(QStringLiteral("    %1: %2 ")
                         .arg(field.value(QStringLiteral("label")).toString(),
                              field.value(QStringLiteral("value")).toString()) +
                     tr("(line %1)").arg(field.value(QStringLiteral("line")).toInt()));
    }
    return lines;
}

QString SourceReading::accountLine(const QJsonObject &metadata)
{
    if (metadata.contains(QStringLiteral("request_parameters")))
        return {}; // named among them
    QStringList names;
    if (const QString dsid = metadata.value(QStringLiteral("account_dsid")).toString(); !dsid.isEmpty())
        names.append(tr("DSID %1").arg(dsid));
    if (const QString account = metadata.value(QStringLiteral("account_identifier")).toString(); !account.isEmpty())
        names.append(account);
    return names.isEmpty() ? QString() : tr("The account the file names above its records: %1").arg(names.join(QStringLiteral(", ")));
}

QString SourceReading::zoneLine(const SourceRow &source)
{
    if (!source.zoneDeclared)
        return {}; // the file states its zone: its times say so, and the zone column
    return tr("Times that state no zone of their own were read in %1, the zone the analyst declared").arg(source.timeZone);
}

QStringList SourceReading::zoneRulesLines(const QJsonObject &metadata)
{
    const QJsonObject rules = metadata.value(QStringLiteral("zone_rules")).toObject();
    const auto names = [&rules](const char *key) {
        QStringList zones;
        for (const QJsonValue &zone : rules.value(QLatin1StringView(key)).toArray())
            zones.append(zone.toString());
        return zones.join(QStringLiteral(", "));
    };
    const QString version = rules.value(QStringLiteral("tz_database")).toString();
    QStringList lines;
    if (const QString zones = names("zones"); !zones.isEmpty())
        lines.append(
            version.isEmpty()
                ? tr("Local times were turned into UTC by the rules the tz database gives %1 (its "
                     "version was not stated on the machine that imported the file)")
                      .arg(zones)
                : tr("Local times were turned into UTC by the rules the tz database, version %1, "
                     "gives %2")
                      .arg(version, zones));
    // Java's "…-04:00[America/New_York]": the offset read the time; the zone's rules had to agree.
    if (const QString zones = names("zones_checked"); !zones.isEmpty())
        lines.append(tr("Times written with their UTC offset and a zone (%1) were read by the "
                        "offset, which the rules the tz database, version %2, gives the zone were "
                        "checked to agree with")
                         .arg(zones, version.isEmpty() ? tr("not stated") : version));
    return lines;
}

QString SourceReading::orderRead(const QString &order)
{
    return order == u"dmy" ? tr("Dates like 03/04/2016 were read day first (3 April)")
                           : tr("Dates like 03/04/2016 were read month first (4 March)");
}

QString SourceReading::settledOrderText(const QString &order, int line, const QString &text)
{
    return tr("%1, as the file's dates settle it: line %2 has \"%3\", which can be read no other way")
        .arg(orderRead(order))
        .arg(line)
        .arg(text);
}

bool SourceReading::readEitherWay(const QString &timeText)
{
    // "25-09-16" is read by the order too: it may be year first.
    static const QRegularExpression dashedTwoDigitYear(
        QStringLiteral("^\\s*\\d{1,2}-\\d{1,2}-\\d{2}(?!\\d)"));
    if (dashedTwoDigitYear.match(timeText).hasMatch())
        return true;
    static const QRegularExpression numericDate(
        QStringLiteral("^\\s*(?|(\\d{1,2})[/.](\\d{1,2})[/.]\\d|(\\d{1,2})-(\\d{1,2})-\\d{4})"));
    const auto m = numericDate.match(timeText);
    return m.hasMatch() && m.captured(1).toInt() <= 12 && m.captured(2).toInt() <= 12;
}

QString SourceReading::dateOrderRead(const QJsonObject &metadata)
{
    const QString order = metadata.value(QStringLiteral("date_order")).toString();
    if (order.isEmpty())
        return {}; // no date like 03/04/2016
    if (metadata.contains(QStringLiteral("date_order_header")))
        return TableImporter::dateOrderHeaderNote(metadata);
    const QString read = orderRead(order);
    const QString from = metadata.value(QStringLiteral("date_order_from")).toString();
    if (from == u"declared by analyst")
        return tr("%1, as the analyst declared").arg(read);
    if (const int line = metadata.value(QStringLiteral("date_order_line")).toInt(); line > 0)
        return settledOrderText(order, line, metadata.value(QStringLiteral("date_order_text")).toString());
    static const QRegularExpression worksheet(QStringLiteral("^settled from the data of the worksheet \"(.*)\"$"));
    if (const auto m = worksheet.match(from); m.hasMatch())
        return tr("%1, as the dates of the worksheet \"%2\" it goes on from settle it").arg(read, m.captured(1));
    return from == u"settled from the data" ? tr("%1, as the file's dates settle it").arg(read) : tr("%1 (%2)").arg(read, from);
}
