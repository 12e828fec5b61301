#include "geocommand.h"

#include "casedatabase.h"
#include "clisupport.h"
#include "geodatabaselist.h"
#include "geolocatejob.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CliSupport;

namespace {

QString usage()
{
    return Cli::tr("usage: lookuplens-cli geo add --case CASE FILE.mmdb... or geo list --case "
                   "CASE [--json]");
}

int add(const QStringList &arguments)
{
    const QString command = QStringLiteral("geo add"); // its help and failures name it whole
    QCommandLineParser parser;
    parser.addOption(caseOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Cli::tr("MaxMind-format databases (.mmdb)."),
                                 QStringLiteral("FILE..."));
    QString message;
    if (!parse(parser, command, arguments, &message, Files::Taken))
        return fail(command, message);
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    if (parser.positionalArguments().isEmpty())
        return fail(command, Cli::tr("name at least one .mmdb file"));
    const QString casePath = caseDb->path();
    bool allOk = true;
    bool saidWaiting = false;
    const auto results = GeoLocateJob::run(casePath, parser.positionalArguments(), {},
                                           [&]() { sayWaiting(casePath, &saidWaiting); });
    for (const GeoLocateJob::DatabaseResult &r : results) {
        if (!r.ok) {
            err() << r.error << Qt::endl;
            allOk = false;
            continue;
        }
        out() << Cli::tr("%1: %2 built %3: %4 found, %5 not in this database, %6 failed")
                     .arg(r.path, r.info.databaseType, TimeFormat::isoUtc(r.info.buildEpoch * 1000),
                          QString::number(r.found), QString::number(r.notFound),
                          QString::number(r.failed))
              << Qt::endl;
    }
    return allOk ? 0 : 1;
}

QJsonObject databaseJson(const GeoDatabaseRow &database)
{
    const GeoAnswerCounts &answers = database.answers;
    return {{QStringLiteral("file_name"), database.fileName},
            {QStringLiteral("file_path"), database.filePath},
            {QStringLiteral("sha256"), database.sha256},
            {QStringLiteral("database_type"), database.databaseType},
            {QStringLiteral("description"), database.description},
            {QStringLiteral("build_date"), TimeFormat::isoUtc(database.buildEpoch * 1000)},
            {QStringLiteral("added_at"), database.addedAt},
            {QStringLiteral("added_by"), database.addedBy},
            {QStringLiteral("last_looked_up_at"), database.lastLookedUpAt.isEmpty()
                                                      ? QJsonValue(QJsonValue::Null)
                                                      : QJsonValue(database.lastLookedUpAt)},
            {QStringLiteral("client_ips"),
             QJsonObject{{QStringLiteral("found"), answers.found},
                         {QStringLiteral("not_found"), answers.notFound},
                         {QStringLiteral("failed"), answers.failed},
                         {QStringLiteral("not_an_address"), answers.notAnAddress},
                         {QStringLiteral("not_looked_up"), answers.notLookedUp}}}};
}

void printDatabase(const GeoDatabaseRow &database)
{
    const GeoAnswerCounts &answers = database.answers;
    out() << Cli::tr("%1: %2 built %3, sha256 %4")
                 .arg(database.fileName, database.databaseType,
                      TimeFormat::isoUtc(database.buildEpoch * 1000), database.sha256)
          << Qt::endl
          << QStringLiteral("  ")
          << Cli::tr("added from %1 at %2 by %3")
                 .arg(database.filePath, database.addedAt, database.addedBy)
          << Qt::endl
          << QStringLiteral("  ")
          << Cli::tr("client IPs: %1 found, %2 not in this database, %3 failed, %4 not looked up "
                     "in it")
                 .arg(QString::number(answers.found), QString::number(answers.notFound),
                      QString::number(answers.failed), QString::number(answers.notLookedUp));
    if (!database.lastLookedUpAt.isEmpty())
        out() << Cli::tr("; last looked up at %1").arg(database.lastLookedUpAt);
    out() << Qt::endl;
}

int list(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the GeoIP databases added to the case, in the order they were added, with "
                "the SHA-256 each file had then and what it answered for the case's client IPs, "
                "each address counted once. An address not looked up in a database was imported "
                "while its file was not where it was added, or not the file added."));
    const auto caseDb = listingCase(parser, QStringLiteral("geo list"), arguments);
    if (!caseDb)
        return Refused;
    const QList<GeoDatabaseRow> databases = GeoDatabaseList::of(caseDb->db());
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const GeoDatabaseRow &database : databases)
            array.append(databaseJson(database));
        printJson(QJsonDocument(array));
        return 0;
    }
    if (databases.isEmpty())
        out() << Cli::tr("No GeoIP database has been added to this case.") << Qt::endl;
    for (const GeoDatabaseRow &database : databases)
        printDatabase(database);
    return 0;
}

} // namespace

int GeoCommand::run(const QStringList &arguments)
{
    const QString action = arguments.value(2);
    if (action != u"add" && action != u"list")
        return fail(QStringLiteral("geo"), usage());
    QStringList rest = arguments;
    rest.removeAt(2); // the sub-command word
    return action == u"add" ? add(rest) : list(rest);
}
