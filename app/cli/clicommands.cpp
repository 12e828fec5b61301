#include "clicommands.h"

#include "auditcommand.h"
#include "clisupport.h"
#include "eventfilteroptions.h"
#include "gapscommand.h"
#include "geocommand.h"
#include "graphcommand.h"
#include "hashingwriter.h"
#include "importcommand.h"
#include "markcommand.h"
#include "reportcommand.h"
#include "sha.h"
#include "verifycommand.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "democase.h"
#include "eventexport.h"
#include "geoexport.h"
#include "importjob.h"
#include "ipsummary.h"
#include "jsonoutput.h"
#include "sourcelistmodel.h"
#include "sourcereading.h"
#include "zonerules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdlib>

namespace {

using namespace CliSupport;

/// "14 handles (4 of them a withheld number's words, 2 masked)": those are no one party's.
QString handlesText(const CaseStats &stats)
{
    const QString handles = Cli::tr("%n handle(s)", nullptr, int(stats.handles));
    QStringList noOneParty;
    if (stats.withheldHandles > 0)
        noOneParty.append(Cli::tr("%n of them a withheld number's words", nullptr, int(stats.withheldHandles)));
    if (stats.maskedHandles > 0)
        noOneParty.append(Cli::tr("%n masked", nullptr, int(stats.maskedHandles)));
    return noOneParty.isEmpty() ? handles : QStringLiteral("%1 (%2)").arg(handles, noOneParty.join(QStringLiteral(", ")));
}

int statsCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("stats");
    QCommandLineParser parser;
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    const CaseStats stats = CaseQueries(caseDb->db()).stats();
    if (parser.isSet(jsonOption)) {
        printJson(QJsonDocument(JsonOutput::stats(stats)));
        return 0;
    }
    out() << Cli::tr("%1: %2; %3, %4, %5, %6")
                 .arg(Cli::tr("%n event(s)", nullptr, int(stats.events)),
                      classCountsText({stats.lookups, stats.communications, stats.connections}),
                      handlesText(stats),
                      Cli::tr("%n source(s)", nullptr, int(stats.sources)),
                      Cli::tr("%n rejected row(s)", nullptr, int(stats.rejected)),
                      Cli::tr("%n duplicate(s)", nullptr, int(stats.duplicates)))
          << Qt::endl;
    printLookupCaveat(stats.lookups);
    return 0;
}

int handlesCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("handles");
    QCommandLineParser parser;
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    QJsonArray array;
    qint64 lookups = 0;
    for (const HandleSummary &handle : CaseQueries(caseDb->db()).handleSummaries()) {
        lookups += handle.lookupsOut;
        if (parser.isSet(jsonOption))
            array.append(JsonOutput::handle(handle));
        else
            out() << Cli::tr("%1 (%2): %3 made, %4, %5 sent, %6 received, %7")
                         .arg(handle.handle, handle.kind,
                              Cli::tr("%n lookup(s)", nullptr, int(handle.lookupsOut)),
                              Cli::tr("looked up %n time(s) by others", nullptr,
                                      int(handle.lookupsIn)),
                              Cli::tr("%n communication(s)", nullptr, int(handle.commsOut)),
                              QString::number(handle.commsIn),
                              Cli::tr("%n connection(s)", nullptr, int(handle.connections)))
                  << Qt::endl;
    }
    if (parser.isSet(jsonOption))
        printJson(QJsonDocument(array));
    else
        printLookupCaveat(lookups);
    return 0;
}

/// The file a source was read from inside (a WhatsApp return, a ZIP of tables), whose SHA-256
/// is the one its provider gave; empty for a file of its own.
QString containerText(const SourceRow &source)
{
    if (source.containerSha256.isEmpty())
        return {};
    return Cli::tr("; inside %1, sha256 %2").arg(source.filePath, source.containerSha256);
}

int sourcesCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("sources");
    QCommandLineParser parser;
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    QJsonArray array;
    const QList<SourceRow> sources = CaseQueries(caseDb->db()).sources();
    const SourceRelations relations(sources);
    for (const SourceRow &source : sources) {
        if (parser.isSet(jsonOption)) {
            QJsonObject json = JsonOutput::source(source);
            // The sources the same import gave from its file (a return's pages), this one among
            // them: their figures summed are the file's line the import printed.
            QJsonArray together;
            for (qint64 id : relations.importedWith(source.id))
                together.append(id);
            json.insert(QStringLiteral("imported_with"), together);
            array.append(json);
            continue;
        }
        out() << QStringLiteral(
                     "#%1 %2 sha256 %3 %4 zone %5: %6 read, %7 accepted, %8 rejected, %9 duplicate")
                     .arg(QString::number(source.id), source.shownName(), source.sha256,
                          source.format, source.timeZone, QString::number(source.rowsRead),
                          QString::number(source.accepted), QString::number(source.rejected),
                          QString::number(source.duplicate))
              << Cli::tr("; accepted: %1").arg(classCountsText(source.acceptedByClass))
              << containerText(source) << Qt::endl;
        // Beneath, indented, what the GUI's description says of how it was read and what was
        // found of its records (a return read in another zone than the one it overlaps, ...).
        for (const QString &note : SourceListModel::notes(source, relations))
            out() << QStringLiteral("  ") << QString(note).replace(u'\n', QStringLiteral("\n  ")) << Qt::endl;
        for (const QString &line : SourceReading::lines(source))
            out() << QStringLiteral("  ") << line << Qt::endl;
    }
    if (parser.isSet(jsonOption))
        printJson(QJsonDocument(array));
    return 0;
}

int eventsCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("events");
    QCommandLineParser parser;
    parser.addOption(caseOption);
    EventFilterOptions::add(parser);
    parser.addOption({QStringLiteral("format"), Cli::tr("csv or json."), QStringLiteral("FORMAT")});
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    const QString format = parser.value(QStringLiteral("format"));
    const auto exportFormat = EventExport::formatNamed(format);
    if (!exportFormat)
        return fail(command, Cli::tr("--format csv or --format json is required"));
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    EventFilter filter;
    if (!EventFilterOptions::read(parser, *caseDb, &filter, &message))
        return fail(command, message);
    // Hashed as written: its SHA-256 recorded, so that the copy handed over can be checked.
    HashingWriter hashed(bytesOut());
    const EventExport::Result result =
        EventExport::write(caseDb->db(), filter, *exportFormat, hashed);
    if (const QString error = flushedBytesOut(result.error); !error.isEmpty())
        return fail(command, error);
    recordInAuditLog(
        *caseDb, command, QStringLiteral("export-events"),
        QJsonObject{{QStringLiteral("format"), format},
                    {QStringLiteral("events"), result.written},
                    {QStringLiteral("sha256"), hashed.sha256()},
                    {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments.mid(2))}});
    return 0;
}

QJsonObject rejectedRowJson(const RejectedRowRecord &row)
{
    QJsonObject json{{QStringLiteral("source"), row.sourceName},
                     {QStringLiteral("source_id"), row.sourceId},
                     {QStringLiteral("line"), row.line},
                     {QStringLiteral("reason"), row.reason},
                     {QStringLiteral("raw"), row.raw}};
    row.place.addTo(json); // where a line that is no line of the file's text stands in it
    return json;
}

int rejectedCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("rejected");
    QCommandLineParser parser;
    EventFilterOptions::addSourceOption(
        parser, Cli::tr("Only the rows this source rejected, by its number in \"sources\", or "
                        "these sources' (3-32; the option may be given more than once)."));
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    QList<qint64> chosen;
    QString message;
    if (!EventFilterOptions::readSources(parser, *caseDb, &chosen, &message))
        return fail(command, message);
    QList<RejectedRowRecord> rows;
    const CaseQueries queries(caseDb->db());
    if (chosen.isEmpty())
        rows = queries.rejectedRows({});
    std::sort(chosen.begin(), chosen.end()); // in the sources' order, as every row is listed
    for (const qint64 id : std::as_const(chosen))
        rows.append(queries.rejectedRows(id));
    QJsonArray array;
    for (const RejectedRowRecord &row : std::as_const(rows)) {
        if (parser.isSet(jsonOption))
            array.append(rejectedRowJson(row));
        else
            out() << QStringLiteral("%1:%2: %3")
                         .arg(row.sourceName, QString::number(row.line), row.reason)
                  << Qt::endl;
    }
    if (parser.isSet(jsonOption))
        printJson(QJsonDocument(array));
    return 0;
}

QJsonObject duplicateRowJson(const SourceRow &source, const DuplicateRowRecord &row)
{
    QJsonObject json{{QStringLiteral("source"), source.shownName()},
                     {QStringLiteral("source_id"), source.id},
                     {QStringLiteral("line"), row.line},
                     {QStringLiteral("kind"), row.kind},
                     {QStringLiteral("event_id"), row.eventId},
                     {QStringLiteral("first_source"), row.firstSourceName},
                     {QStringLiteral("first_source_id"), row.firstSourceId},
                     {QStringLiteral("first_line"), row.firstLine},
                     {QStringLiteral("raw"), row.raw}};
    row.place.addTo(json);
    row.firstPlace.addTo(json, QStringLiteral("first_"));
    return json;
}

int duplicatesCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("duplicates");
    QCommandLineParser parser;
    EventFilterOptions::addSourceOption(
        parser, Cli::tr("Only the rows this source counted as duplicate, by its number in "
                        "\"sources\", or these sources' (3-32; the option may be given more than "
                        "once)."));
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    QList<qint64> chosen;
    QString message;
    if (!EventFilterOptions::readSources(parser, *caseDb, &chosen, &message))
        return fail(command, message);
    const CaseQueries queries(caseDb->db());
    QJsonArray array;
    for (const SourceRow &source : queries.sources()) {
        if (!chosen.isEmpty() && !chosen.contains(source.id))
            continue;
        for (const DuplicateRowRecord &row : queries.duplicateRows(source.id)) {
            if (parser.isSet(jsonOption))
                array.append(duplicateRowJson(source, row));
            else
                out() << Cli::tr("%1:%2: %3 of event %4, stored from %5:%6")
                             .arg(source.shownName(), QString::number(row.line), row.kind,
                                  QString::number(row.eventId), row.firstSourceName,
                                  QString::number(row.firstLine))
                      << Qt::endl;
        }
    }
    if (parser.isSet(jsonOption))
        printJson(QJsonDocument(array));
    return 0;
}

int ipsCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("ips");
    QCommandLineParser parser;
    parser.addOption(caseOption);
    parser.addOption(jsonOption);
    parser.addOption({QStringLiteral("format"), Cli::tr("json (default), kml or geojson."), QStringLiteral("FORMAT"), QStringLiteral("json")});
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"json" && format != u"kml" && format != u"geojson")
        return fail(command, Cli::tr("--format takes json, kml or geojson"));
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    const QList<IpSummary> ips = IpSummaries::of(caseDb->db());
    if (format != u"json") {
        const QByteArray data = format == u"kml" ? GeoExport::kml(ips) : GeoExport::geoJson(ips);
        const bool written = bytesOut().write(data) == data.size();
        if (const QString error = flushedBytesOut(written ? QString() : bytesOut().errorString());
            !error.isEmpty())
            return fail(command, Cli::tr("could not write the IPs: %1").arg(error));
        recordInAuditLog(*caseDb, command, QStringLiteral("export-ips"),
                         QJsonObject{{QStringLiteral("format"), format},
                                     {QStringLiteral("ips"), ips.size()},
                                     {QStringLiteral("sha256"),
                                      QString::fromLatin1(Sha::sha256(data).toHex())}});
        return 0;
    }
    QJsonArray array;
    for (const IpSummary &ip : ips)
        array.append(JsonOutput::ip(ip));
    printJson(QJsonDocument(array));
    return 0;
}

int demoCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("demo");
    QCommandLineParser parser;
    parser.addOption(caseOption);
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    if (!parser.isSet(caseOption))
        return fail(command, Cli::tr("--case CASE is required"));
    if (!DemoCase::build(parser.value(caseOption), &message))
        return fail(command, message);
    out() << Cli::tr("demo case written to %1").arg(parser.value(caseOption)) << Qt::endl;
    return 0;
}

QString usage()
{
    return Cli::tr(
        "usage: lookuplens-cli COMMAND [options]\n"
        "  import   --case CASE [--format auto|ID] [--profile FILE] [--timezone ZONE] [--region "
        "CC]\n"
        "           [--date-order dmy|mdy] [--decimal-mark point|comma] [--allow-duplicate]\n"
        "           [--continued-worksheets] [--subscriber HANDLE]\n"
        "           [--timestamp-format excel|excel-1904|unix|unix-ms] [--password-file FILE]\n"
        "           [--dry-run] [--json] FILE...\n"
        "  stats    --case CASE [--json]\n"
        "  handles  --case CASE [--json]\n"
        "  events   --case CASE [--handle H [--side either|initiator|counterpart] [--with H]]\n"
        "           [--class lookup|communication|connection]\n"
        "           [--ip ADDRESS] [--from ISO8601] [--to ISO8601] [--marked]\n"
        "           [--subtype SUBTYPE] [--source N [--with-duplicates]] [--text TEXT]\n"
        "           --format csv|json\n"
        "  mark     --case CASE --event ID [--note TEXT | --remove]\n"
        "  sources  --case CASE [--json]\n"
        "  gaps     --case CASE [the options of events] [--zone ZONE] [--json]\n"
        "  rejected --case CASE [--source N] [--json]\n"
        "  duplicates --case CASE [--source N] [--json]\n"
        "  geo add  --case CASE FILE.mmdb...\n"
        "  geo list --case CASE [--json]\n"
        "  ips      --case CASE [--json | --format kml|geojson]\n"
        "  graph    --case CASE --format graphml|gexf|dot|json [--class lookup|communication]\n"
        "           [--from ISO8601] [--to ISO8601] [--focus H --hops N] [--min-count N]\n"
        "           [--source N [--with-duplicates]]\n"
        "  verify   --case CASE [--in FOLDER] [--json]\n"
        "  audit    --case CASE [--written FILE]... [--json]\n"
        "  report   --case CASE [--handle H [--side either|initiator|counterpart] [--with H]]\n"
        "           [--class lookup|communication|connection] [--ip ADDRESS] [--from ISO8601]\n"
        "           [--to ISO8601] [--marked] [--subtype SUBTYPE]\n"
        "           [--source N [--with-duplicates]] [--text TEXT] [--zone ZONE]\n"
        "           [--sequence-minutes N] > REPORT.html\n"
        "  demo     --case CASE\n"
        "Run \"lookuplens-cli COMMAND --help\" for a command's options.\n");
}

} // namespace

int CliCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"import")
        return ImportCommand::run(arguments);
    if (command == u"stats")
        return statsCommand(arguments);
    if (command == u"handles")
        return handlesCommand(arguments);
    if (command == u"events")
        return eventsCommand(arguments);
    if (command == u"sources")
        return sourcesCommand(arguments);
    if (command == u"mark")
        return MarkCommand::run(arguments);
    if (command == u"gaps")
        return GapsCommand::run(arguments);
    if (command == u"rejected")
        return rejectedCommand(arguments);
    if (command == u"duplicates")
        return duplicatesCommand(arguments);
    if (command == u"demo")
        return demoCommand(arguments);
    if (command == u"geo")
        return GeoCommand::run(arguments);
    if (command == u"ips")
        return ipsCommand(arguments);
    if (command == u"graph")
        return GraphCommand::run(arguments);
    if (command == u"verify")
        return VerifyCommand::run(arguments);
    if (command == u"audit")
        return AuditCommand::run(arguments);
    if (command == u"report")
        return ReportCommand::run(arguments);
    if (command == u"--help" || command == u"-h" || command == u"help") {
        out() << usage();
        return 0;
    }
    if (command == u"--version") {
        // What reads a case's records on this machine: a case's sources keep the same.
        const QString rules = ZoneRules::databaseVersion();
        out() << QStringLiteral("lookuplens-cli ") << QStringLiteral(LOOKUPLENS_VERSION) << Qt::endl
              << QStringLiteral("importer: ") << ImportJob::importerVersion() << Qt::endl
              << QStringLiteral("tz database: ") << (rules.isEmpty() ? QStringLiteral("unknown") : rules) << Qt::endl;
        return 0;
    }
    err() << (command.isEmpty() ? Cli::tr("lookuplens-cli: no command given") : Cli::tr("lookuplens-cli: unknown command \"%1\"").arg(command))
          << Qt::endl << usage();
    return 2;
}
