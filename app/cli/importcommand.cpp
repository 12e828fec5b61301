#include "importcommand.h"

#include "clisupport.h"
#include "decompressedtars.h"
#include "handlenormalizer.h"
#include "importfiles.h"
#include "importjob.h"
#include "importjson.h"
#include "importtext.h"
#include "tableformat.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

using namespace CliSupport;

namespace {

/// The most passwords a password file gives: each is tried on every encrypted file (an Excel
/// 2010 workbook takes a tenth of a second a try), and a file of more lines is likely not one.
constexpr int MaxPasswords = 16;

/// The lines of the file at @p path ("-": standard input), without their line ends, each a
/// password; blank lines are none.
bool readPasswords(const QString &path, QStringList *passwords, QString *error)
{
    const bool fromInput = path == u"-";
    QFile file(fromInput ? QString() : path);
    if (!(fromInput ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly))) {
        *error = Cli::tr("cannot read the password file %1: %2").arg(path, file.errorString());
        return false;
    }
    for (QByteArray line; !(line = file.readLine()).isEmpty();) { // "\n" for a blank line, empty at the end
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && passwords->size() == MaxPasswords) {
            *error = Cli::tr("the password file %1 holds more than %2 passwords (a password a line): give only those "
                             "the returns were sent with")
                         .arg(path, QString::number(MaxPasswords));
            return false;
        }
        if (!line.isEmpty() && !passwords->contains(QString::fromUtf8(line)))
            passwords->append(QString::fromUtf8(line));
    }
    if (passwords->isEmpty()) {
        *error = Cli::tr("the password file %1 holds no password").arg(path);
        return false;
    }
    return true;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption(caseOption);
    parser.addOption({QStringLiteral("format"), Cli::tr("auto (default) or a format id: %1.").arg(TableFormat::builtInIds().join(QStringLiteral(", "))), QStringLiteral("FORMAT"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("profile"), Cli::tr("A JSON column-mapping profile for a table no built-in format knows."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("date-order"), Cli::tr("dmy or mdy, for dates like 03/04/2016 the file does not settle."), QStringLiteral("ORDER")});
    parser.addOption(
        {QStringLiteral("decimal-mark"),
         Cli::tr(
             "point or comma, the decimal mark of durations like 1.234 (1234 or 1.234 seconds) the "
             "file does not settle."),
         QStringLiteral("MARK")});
    parser.addOption({QStringLiteral("timezone"), Cli::tr("The zone the provider wrote unmarked times in (IANA name or UTC)."), QStringLiteral("ZONE")});
    parser.addOption({QStringLiteral("region"), Cli::tr("The region of phone numbers written without a country code: the case's when it is created (default US); for a case that exists, the files' own (over a profile's \"number_region\")."), QStringLiteral("CC"), QStringLiteral("US")});
    parser.addOption({QStringLiteral("allow-duplicate"), Cli::tr("Import a file whose SHA-256 is already in the case.")});
    parser.addOption({QStringLiteral("continued-worksheets"),
                      Cli::tr("Read a worksheet without a header row, whose first row fills the columns of the records "
                              "in the worksheet before it, as going on from them (by their header).")});
    parser.addOption({QStringLiteral("subscriber"),
                      Cli::tr("Whose records one subscriber's records are (a number or address), where neither a column "
                              "nor a line above the header names them."),
                      QStringLiteral("HANDLE")});
    parser.addOption({QStringLiteral("timestamp-format"),
                      Cli::tr("A count the files' times are written as, whatever their format: excel (days since "
                              "1899-12-30, as a spreadsheet's date saved as a number), excel-1904, unix (seconds since "
                              "1970) or unix-ms."),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("dry-run"), Cli::tr("Show the first rows as they would be stored, and the errors; write nothing.")});
    parser.addOption({QStringLiteral("password-file"),
                      Cli::tr("A file of the passwords of the ZIPs, workbooks and PDFs encrypted with one, a password a "
                              "line, each tried in turn (- reads them from standard input); never given on the command "
                              "line, where others could see them."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), Cli::tr("Print what was done with each file as JSON (with --dry-run, its first rows as they would be stored).")});
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Files to import, or folders: the tables, workbooks, ZIPs and HTML pages in them."), QStringLiteral("FILE..."));
}

/// The options but the case, the files and the passwords read into @p params; false with
/// @p message naming the one at fault.
bool readOptions(const QCommandLineParser &parser, ImportParams &params, QString *message)
{
    params.format = parser.value(QStringLiteral("format"));
    params.timeZone = parser.value(QStringLiteral("timezone"));
    params.region = parser.value(QStringLiteral("region")).toUpper();
    // Given for a case that exists, the region is the files' own: a German carrier's "0171 …"
    // in a case of US returns (it was ignored there). A new case's region is the files' too.
    if (parser.isSet(QStringLiteral("region")))
        params.numberRegion = params.region;
    params.allowDuplicate = parser.isSet(QStringLiteral("allow-duplicate"));
    params.dryRun = parser.isSet(QStringLiteral("dry-run"));
    params.readContinuedWorksheets = parser.isSet(QStringLiteral("continued-worksheets"));
    params.subscriber = parser.value(QStringLiteral("subscriber"));
    params.timestampFormat = parser.value(QStringLiteral("timestamp-format"));
    params.profilePath = parser.value(QStringLiteral("profile"));
    if (parser.isSet(QStringLiteral("date-order"))) {
        const QString order = parser.value(QStringLiteral("date-order"));
        if (order != u"dmy" && order != u"mdy") {
            *message = Cli::tr("--date-order takes dmy or mdy");
            return false;
        }
        params.dateOrder = order == u"dmy" ? DateOrder::DayFirst : DateOrder::MonthFirst;
    }
    if (parser.isSet(QStringLiteral("decimal-mark"))) {
        params.decimalMark = Durations::markFromKey(parser.value(QStringLiteral("decimal-mark")));
        if (params.decimalMark == DecimalMark::Unknown) {
            *message = Cli::tr("--decimal-mark takes point or comma");
            return false;
        }
    }
    if (!params.profilePath.isEmpty() && !TableFormat::loadProfile(params.profilePath, message))
        return false;
    params.previewRows = 20; // shown from a dry run only
    params.rejectedRowsShown = params.dryRun ? 20 : 1000;
    if (!HandleNormalizer::isKnownRegion(params.region)) {
        *message = Cli::tr("unknown region \"%1\" (use an ISO 3166 code such as US or DE)").arg(params.region);
        return false;
    }
    if (params.format != u"auto" && !TableFormat::byId(params.format)) {
        *message = Cli::tr("unknown format \"%1\"").arg(params.format);
        return false;
    }
    return true;
}

/// The import's new client IPs looked up in the case's databases, as the window does after its
/// imports: without, they had no answer from them until a window's next import.
GeoLocateJob::NewIpsRun locateNewIps(const ImportParams &params, bool *saidWaiting)
{
    if (params.dryRun)
        return {};
    return GeoLocateJob::runForNewIps(params.casePath, {},
                                      [&]() { sayWaiting(params.casePath, saidWaiting); });
}

/// What the look-up of the new IPs did, a line a database; what it could not do on standard error.
void printGeolocation(const GeoLocateJob::NewIpsRun &run)
{
    for (const GeoLocateJob::DatabaseResult &r : run.results) {
        if (!r.ok)
            err() << r.error << Qt::endl;
        else if (r.found + r.notFound + r.failed > 0)
            out() << Cli::tr("New client IPs looked up in %1: %2 found, %3 not in this database, "
                             "%4 failed")
                         .arg(r.path, QString::number(r.found), QString::number(r.notFound),
                              QString::number(r.failed))
                  << Qt::endl;
    }
    for (const QString &reason : run.notAsked)
        err() << reason << Qt::endl;
}

/// Runs the import and prints each file's outcome; the command's exit status.
int importAndPrint(const QString &command, const ImportParams &params, const QStringList &leftOut, bool json)
{
    bool saidWaiting = false;
    const ImportResult result = ImportJob::run(params, [&saidWaiting, &params](const ImportProgress &progress) {
        if (progress.stage == ImportProgress::Stage::Waiting)
            sayWaiting(params.casePath, &saidWaiting);
        return true;
    });
    if (!result.error.isEmpty())
        return fail(command, result.error);
    const GeoLocateJob::NewIpsRun located = locateNewIps(params, &saidWaiting);
    if (json) {
        QJsonObject object = ImportJson::result(result, params.dryRun, leftOut);
        ImportJson::addGeolocation(object, located);
        printJson(QJsonDocument(object));
    } else {
        for (const FileImportResult &file : result.files)
            ImportText::printFileResult(file, params.dryRun);
        printGeolocation(located);
    }
    return result.allOk() ? 0 : 1;
}

} // namespace

int ImportCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    addOptions(parser);
    QString message;
    if (!parse(parser, command, arguments, &message, Files::Taken))
        return fail(command, message);
    if (!parser.isSet(caseOption))
        return fail(command, Cli::tr("--case CASE is required"));
    if (parser.positionalArguments().isEmpty())
        return fail(command, Cli::tr("name at least one file to import"));
    ImportParams params;
    params.casePath = parser.value(caseOption);
    if (parser.isSet(QStringLiteral("password-file"))
        && !readPasswords(parser.value(QStringLiteral("password-file")), &params.passwords, &message))
        return fail(command, message);
    // A compressed archive cut short, decompressed to list its tables, is imported from that copy.
    const DecompressedTars::Keep keepTars;
    const ImportFiles::Expanded expanded = ImportFiles::expand(parser.positionalArguments(), params.passwords);
    const bool json = parser.isSet(QStringLiteral("json"));
    for (const QString &note : expanded.leftOut) {
        if (!json) // said in the JSON
            err() << note << Qt::endl;
    }
    if (expanded.files.isEmpty())
        return fail(command, Cli::tr("nothing to import"));
    params.files = expanded.files;
    params.foundFiles = expanded.found;
    if (!readOptions(parser, params, &message))
        return fail(command, message);
    return importAndPrint(command, params, expanded.leftOut, json);
}
