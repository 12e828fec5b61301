#include "gapscommand.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "clisupport.h"
#include "eventfilteroptions.h"
#include "sourceperiods.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace CliSupport;

namespace {

const QString command = QStringLiteral("gaps");

/// The sources the events @p filter chooses come from (their first reading's); none when the
/// case cannot be read (no stretch is then said to be covered).
std::optional<QSet<qint64>> sourcesOf(QSqlDatabase db, const EventFilter &filter)
{
    QVariantList binds;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT DISTINCT e.source_id FROM events e ") +
                  filter.whereClause(&binds));
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return std::nullopt;
    QSet<qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return ids;
}

QJsonValue headerLineOrNull(int line)
{
    return line > 0 ? QJsonValue(line) : QJsonValue();
}

QJsonObject gapJson(const PeriodGap &gap, const QHash<qint64, QString> &names)
{
    return {{QStringLiteral("from"), TimeFormat::isoUtc(gap.fromMs)},
            {QStringLiteral("to"), TimeFormat::isoUtc(gap.toMs)},
            {QStringLiteral("after_source_id"), gap.beforeSourceId},
            {QStringLiteral("after_source"), names.value(gap.beforeSourceId)},
            {QStringLiteral("before_source_id"), gap.afterSourceId},
            {QStringLiteral("before_source"), names.value(gap.afterSourceId)},
            // where a period is one return a file joins: its header row's line; null otherwise
            {QStringLiteral("after_header_line"), headerLineOrNull(gap.beforeHeaderLine)},
            {QStringLiteral("before_header_line"), headerLineOrNull(gap.afterHeaderLine)}};
}

} // namespace

int GapsCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(caseOption);
    EventFilterOptions::add(parser);
    parser.addOption({QStringLiteral("zone"),
                      Cli::tr("Show times in this zone (IANA name or offset); the case's display "
                              "zone by default."),
                      QStringLiteral("ZONE")});
    parser.addOption(jsonOption);
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    EventFilter filter;
    if (!EventFilterOptions::read(parser, *caseDb, &filter, &message))
        return fail(command, message);
    const std::optional<QTimeZone> zone = shownZone(parser, *caseDb, &message);
    if (!zone)
        return fail(command, message);
    const auto sources = sourcesOf(caseDb->db(), filter);
    if (!sources)
        return fail(command, Cli::tr("the case's events cannot be read"));
    QHash<qint64, QString> names;
    const QList<PeriodGap> gaps =
        SourcePeriods::gapsBetween(CaseQueries(caseDb->db()).sources(), *sources, &names);
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const PeriodGap &gap : gaps)
            array.append(gapJson(gap, names));
        printJson(QJsonDocument(array));
        return 0;
    }
    if (gaps.isEmpty())
        out() << Cli::tr("The sources of these events leave no time uncovered between them.")
              << Qt::endl;
    for (const PeriodGap &gap : gaps)
        out() << SourcePeriods::describeGap(gap, *zone, names.value(gap.beforeSourceId),
                                            names.value(gap.afterSourceId))
              << Qt::endl;
    return 0;
}
