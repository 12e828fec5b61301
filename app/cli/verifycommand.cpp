#include "verifycommand.h"

#include "casedatabase.h"
#include "clisupport.h"
#include "evidencecheck.h"
#include "geodatabaselist.h"
#include "timeformat.h"
#include "zonerulescheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CliSupport;

namespace {

/// Exit status of a check that found a file not as it was imported.
constexpr int NotAsImported = 1;

/// Exit status of a check that found the evidence as imported but a GeoIP database not as added.
constexpr int GeoDatabaseNotAsAdded = 3;

/// Exit status of a check that found the evidence and the GeoIP databases as they were, but local
/// times this machine's tz database reads otherwise than the release that read them on import.
constexpr int TimesReadOtherwise = 4;

QJsonObject fileJson(const EvidenceCheck::File &file)
{
    return {{QStringLiteral("path"), file.path},
            {QStringLiteral("outcome"), EvidenceCheck::key(file.outcome)},
            {QStringLiteral("recorded_sha256"), file.recordedSha256},
            {QStringLiteral("found_sha256"),
             file.foundSha256.isEmpty() ? QJsonValue() : QJsonValue(file.foundSha256)},
            {QStringLiteral("error"), file.error.isEmpty() ? QJsonValue() : QJsonValue(file.error)},
            {QStringLiteral("checked_path"),
             file.checkedPath.isEmpty() ? QJsonValue() : QJsonValue(file.checkedPath)},
            {QStringLiteral("sources"), QJsonArray::fromStringList(file.sources)}};
}

QJsonArray filesJson(const QList<EvidenceCheck::File> &files)
{
    QJsonArray array;
    for (const EvidenceCheck::File &file : files)
        array.append(fileJson(file));
    return array;
}

/// A database's object: the file's keys, with what it is in place of the sources.
QJsonArray databasesJson(const QList<EvidenceCheck::File> &files,
                         const QList<GeoDatabaseRow> &databases)
{
    QJsonArray array;
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject json = fileJson(files.at(i));
        json.remove(QStringLiteral("sources"));
        json.insert(QStringLiteral("file_name"), databases.at(i).fileName);
        json.insert(QStringLiteral("database_type"), databases.at(i).databaseType);
        json.insert(QStringLiteral("build_date"),
                    TimeFormat::buildDate(databases.at(i).buildEpoch));
        array.append(json);
    }
    return array;
}

enum class FileKind
{
    Evidence,
    GeoDatabase
};

/// The file as checked: its path recorded, or the one found in --in FOLDER beside it.
QString shownPath(const EvidenceCheck::File &file, const QString &folder, FileKind kind)
{
    if (folder.isEmpty())
        return file.path;
    const QString name = QFileInfo(file.path).fileName();
    if (kind == FileKind::GeoDatabase)
        return file.checkedPath.isEmpty()
                   ? Cli::tr("%1 in %2, added as %3").arg(name, folder, file.path)
                   : Cli::tr("%1, added as %2").arg(file.checkedPath, file.path);
    if (file.checkedPath.isEmpty())
        return Cli::tr("%1 in %2, imported as %3").arg(name, folder, file.path);
    return Cli::tr("%1, imported as %2").arg(file.checkedPath, file.path);
}

QString fileText(const EvidenceCheck::File &file, const QString &folder, FileKind kind)
{
    const QString sources = file.sources.join(QStringLiteral(", "));
    const QString path = shownPath(file, folder, kind);
    switch (file.outcome) {
    case EvidenceCheck::Outcome::Same:
        return Cli::tr("same        %1 (sha256 %2; %3)").arg(path, file.recordedSha256, sources);
    case EvidenceCheck::Outcome::Changed:
        return Cli::tr("changed     %1 (sha256 %2 recorded, %3 now; %4)")
            .arg(path, file.recordedSha256, file.foundSha256, sources);
    case EvidenceCheck::Outcome::Missing:
        return Cli::tr("missing     %1 (%2)").arg(path, sources);
    case EvidenceCheck::Outcome::Unreadable:
        break;
    }
    return Cli::tr("unreadable  %1: %2 (%3)").arg(path, file.error, sources);
}

void printText(const QList<EvidenceCheck::File> &files, const QList<EvidenceCheck::File> &databases,
               const QString &folder, const ZoneRulesCheck::Result &zoneRules)
{
    for (const EvidenceCheck::File &file : files)
        out() << fileText(file, folder, FileKind::Evidence) << Qt::endl;
    out() << EvidenceCheck::summary(files) << Qt::endl;
    for (const EvidenceCheck::File &database : databases)
        out() << fileText(database, folder, FileKind::GeoDatabase) << Qt::endl;
    if (!databases.isEmpty())
        out() << EvidenceCheck::geoSummary(databases) << Qt::endl;
    for (const QString &line : ZoneRulesCheck::lines(zoneRules))
        out() << line << Qt::endl;
}

void printAsJson(const QList<EvidenceCheck::File> &files,
                 const QList<EvidenceCheck::File> &databases, const QList<GeoDatabaseRow> &rows,
                 const ZoneRulesCheck::Result &zoneRules)
{
    QJsonObject json = EvidenceCheck::countsJson(EvidenceCheck::counts(files));
    json.insert(QStringLiteral("files"), filesJson(files));
    json.insert(QStringLiteral("geoip"),
                EvidenceCheck::countsJson(EvidenceCheck::counts(databases)));
    json.insert(QStringLiteral("geoip_databases"), databasesJson(databases, rows));
    json.insert(QStringLiteral("zone_rules"), ZoneRulesCheck::toJson(zoneRules));
    printJson(QJsonDocument(json));
}

int exitStatus(const QList<EvidenceCheck::File> &files, const QList<EvidenceCheck::File> &databases,
               const ZoneRulesCheck::Result &zoneRules)
{
    if (EvidenceCheck::counts(files).same != files.size())
        return NotAsImported;
    if (EvidenceCheck::counts(databases).same != databases.size())
        return GeoDatabaseNotAsAdded;
    return zoneRules.otherwise() == 0 ? 0 : TimesReadOtherwise;
}

} // namespace

int VerifyCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("verify");
    QCommandLineParser parser;
    const QCommandLineOption inOption(
        QStringLiteral("in"),
        Cli::tr("Look for each file (evidence file or GeoIP database) by its name in this folder "
                "and its subfolders (the returns as handed over), not at the path recorded."),
        QStringLiteral("FOLDER"));
    parser.addOption(inOption);
    parser.setApplicationDescription(
        Cli::tr("Hashes each evidence file of the case again, and each GeoIP database its places "
                "were read from, and compares it with the SHA-256 recorded; reads again the local "
                "times another release of the tz database read on import. Exit status: 0 all "
                "the same; 1 an evidence file not as imported; 3 the evidence as imported, a "
                "GeoIP database not as added; 4 both as they were, local times this machine's tz "
                "database reads otherwise; 2 the case cannot be read."));
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    const QString folder = parser.value(inOption);
    if (parser.isSet(inOption) && !QFileInfo(folder).isDir())
        return fail(command, Cli::tr("--in %1: no such folder").arg(folder));
    QList<EvidenceCheck::File> files = EvidenceCheck::filesOf(caseDb->db());
    const QList<GeoDatabaseRow> rows = GeoDatabaseList::of(caseDb->db());
    QList<EvidenceCheck::File> databases = EvidenceCheck::geoDatabaseFiles(rows);
    EvidenceCheck::check(files, folder);
    EvidenceCheck::check(databases, folder);
    const ZoneRulesCheck::Result zoneRules = ZoneRulesCheck::check(caseDb->db()).value();
    if (parser.isSet(jsonOption))
        printAsJson(files, databases, rows, zoneRules);
    else
        printText(files, databases, folder, zoneRules);
    const QString absolute = folder.isEmpty() ? QString() : QFileInfo(folder).absoluteFilePath();
    QJsonObject record = EvidenceCheck::auditRecord(files, databases, absolute);
    ZoneRulesCheck::addToAuditRecord(&record, zoneRules);
    recordInAuditLog(*caseDb, command, QStringLiteral("evidence-verified"), record);
    return exitStatus(files, databases, zoneRules);
}
