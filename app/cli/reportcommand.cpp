#include "reportcommand.h"

#include "casedatabase.h"
#include "casereport.h"
#include "clisupport.h"
#include "eventfilteroptions.h"
#include "timeformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace CliSupport;


int ReportCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("report");
    QCommandLineParser parser;
    parser.addOption(caseOption);
    EventFilterOptions::add(parser);
    parser.addOption({QStringLiteral("zone"),
                      Cli::tr("Show times in UTC and in this zone too, whose days and hours the "
                              "charts count (IANA name or offset); the case's display zone "
                              "by default."),
                      QStringLiteral("ZONE")});
    parser.addOption(
        {QStringLiteral("sequence-minutes"),
         Cli::tr("List each lookup followed by a communication between the same two handles "
                 "within N minutes (default 30; 0: none)."),
         QStringLiteral("N"), QStringLiteral("30")});
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    int minutes = 0;
    if (!sequenceMinutes(parser, &minutes, &message))
        return fail(command, message);
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    CaseReport::Params params;
    if (!EventFilterOptions::read(parser, *caseDb, &params.filter, &message))
        return fail(command, message);
    const std::optional<QTimeZone> zone = shownZone(parser, *caseDb, &message);
    if (!zone)
        return fail(command, message);
    params.zone = *zone;
    params.sequenceMinutes = minutes;
    params.casePath = caseDb->path();
    params.writtenAtMs = QDateTime::currentMSecsSinceEpoch();
    params.writtenBy = QStringLiteral("lookuplens-cli ") + QStringLiteral(LOOKUPLENS_VERSION);
    const CaseReport::Result result = CaseReport::write(caseDb->db(), params, bytesOut());
    if (const QString error = flushedBytesOut(result.error); !error.isEmpty())
        return fail(command, Cli::tr("the report could not be written: %1").arg(error));
    recordInAuditLog(
        *caseDb, command, QStringLiteral("report-written"),
        QJsonObject{{QStringLiteral("events"), result.written},
                    {QStringLiteral("sha256"), result.sha256},
                    {QStringLiteral("zone"), TimeFormat::zoneId(params.zone)},
                    {QStringLiteral("sequence_minutes"), minutes},
                    {QStringLiteral("filter"), params.filter.toJson()},
                    {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments.mid(2))}});
    return 0;
}
