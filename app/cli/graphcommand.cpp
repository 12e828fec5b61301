#include "graphcommand.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "clisupport.h"
#include "contactgraph.h"
#include "eventfilteroptions.h"
#include "graphexport.h"
#include "graphlayout.h"
#include "hashingwriter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace CliSupport;

namespace {

/// The filter and focus the options ask for; false with a message on a bad value.
bool graphOptions(const QCommandLineParser &parser, const CaseDatabase &caseDb, GraphFilter *filter, GraphScope *scope,
                  QString *message)
{
    if (parser.isSet(QStringLiteral("class"))) {
        const auto cls = evidenceClassFromKey(parser.value(QStringLiteral("class")));
        if (!cls || *cls == EvidenceClass::Connection) {
            *message = Cli::tr("--class takes lookup or communication (connections are not edges)");
            return false;
        }
        filter->classes = {*cls};
    }
    if (!timeWindow(parser, &filter->fromMs, &filter->toMs, message))
        return false;
    if (!EventFilterOptions::readSources(parser, caseDb, &filter->sourceIds, message))
        return false;
    filter->withDuplicates = parser.isSet(QStringLiteral("with-duplicates"));
    if (filter->withDuplicates && filter->sourceIds.isEmpty()) {
        *message = Cli::tr("--with-duplicates needs --source");
        return false;
    }
    EventFilterOptions::noteSourcesStoredNothing(caseDb, filter->sourceIds, filter->withDuplicates);
    EventFilterOptions::noteSourcesStoredConnectionsOnly(caseDb, filter->sourceIds);
    EventFilterOptions::noteWindowOutsideEvents(caseDb, filter->fromMs, filter->toMs);
    if (filter->toMs)
        *filter->toMs += 1; // --to is inclusive, as for `events`; the graph's window is half-open
    if (parser.isSet(QStringLiteral("hops")) && !parser.isSet(QStringLiteral("focus"))) {
        *message = Cli::tr("--hops needs --focus"); // the whole graph has no neighbourhood to bound
        return false;
    }
    bool ok = true;
    scope->hops = parser.isSet(QStringLiteral("hops")) ? parser.value(QStringLiteral("hops")).toInt(&ok) : 1;
    if (!ok || scope->hops < 0) {
        *message = Cli::tr("--hops takes a whole number, 0 or more");
        return false;
    }
    scope->minimumCount =
        parser.isSet(QStringLiteral("min-count")) ? parser.value(QStringLiteral("min-count")).toLongLong(&ok) : 1;
    if (!ok || scope->minimumCount < 1) {
        *message = Cli::tr("--min-count takes a whole number, 1 or more");
        return false;
    }
    if (parser.isSet(QStringLiteral("focus"))) {
        scope->focusHandle = CaseQueries(caseDb.db()).resolveHandle(parser.value(QStringLiteral("focus")), caseDb.region());
        if (!scope->focusHandle) {
            *message = Cli::tr("no handle \"%1\" in the case").arg(parser.value(QStringLiteral("focus")));
            return false;
        }
    }
    return true;
}

} // namespace

int GraphCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("graph");
    QCommandLineParser parser;
    parser.addOption(caseOption);
    parser.addOption({QStringLiteral("format"), Cli::tr("graphml, gexf, dot or json."), QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("class"), Cli::tr("Only lookup or only communication edges."), QStringLiteral("CLASS")});
    parser.addOption({QStringLiteral("from"), Cli::tr("From this time (ISO 8601; UTC unless an offset is given)."), QStringLiteral("ISO8601")});
    parser.addOption(
        {QStringLiteral("to"),
         Cli::tr("Up to this time, inclusive; a date alone, to the end of that day (UTC)."),
         QStringLiteral("ISO8601")});
    parser.addOption({QStringLiteral("focus"), Cli::tr("Only this handle's neighbourhood."), QStringLiteral("H")});
    parser.addOption({QStringLiteral("hops"), Cli::tr("How far the neighbourhood reaches (default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("sequence-minutes"), Cli::tr("json: list lookups followed by a communication within N minutes (default 30; 0: none)."), QStringLiteral("N"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("min-count"), Cli::tr("Only edges with at least N events."), QStringLiteral("N")});
    EventFilterOptions::addSourceOption(
        parser, Cli::tr("Only the events stored from this source, by its number in \"sources\", or "
                        "from these (3-32; the option may be given more than once)."));
    parser.addOption({QStringLiteral("with-duplicates"),
                      Cli::tr("With --source, also the events first stored from another source "
                              "that the chosen sources held again (their duplicates).")});
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != u"graphml" && format != u"gexf" && format != u"dot" && format != u"json")
        return fail(command, Cli::tr("--format graphml, gexf, dot or json is required"));
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    GraphFilter filter;
    GraphScope scope;
    if (!graphOptions(parser, *caseDb, &filter, &scope, &message))
        return fail(command, message);
    const ContactGraph graph = ContactGraph::build(caseDb->db(), filter, scope);
    QList<GraphSequence> sequences;
    int minutes = 0;
    if (format == u"json") {
        if (!sequenceMinutes(parser, &minutes, &message))
            return fail(command, message);
        if (minutes > 0)
            sequences = ContactGraph::lookupThenCommunication(caseDb->db(), graph, filter, minutes);
    }
    // Straight to standard output as it is written: a graph of 1M edges is hundreds of MB of text.
    QFile &stdOut = bytesOut();
    HashingWriter out(stdOut); // its SHA-256 recorded, so the copy handed over can be checked
    const bool written =
        format == u"graphml" ? GraphExport::graphMl(graph, &out)
        : format == u"gexf"
            ? GraphExport::gexf(graph, GraphLayout::layout(caseDb->db(), graph).positions, &out)
        : format == u"dot" ? GraphExport::dot(graph, &out)
                           : GraphExport::json(graph, sequences, minutes, &out);
    if (!written || !stdOut.flush())
        return fail(command, Cli::tr("could not write the graph: %1").arg(stdOut.errorString()));
    recordInAuditLog(
        *caseDb, command, QStringLiteral("export-graph"),
        QJsonObject{{QStringLiteral("format"), format},
                    {QStringLiteral("nodes"), graph.nodes.size()},
                    {QStringLiteral("edges"), graph.edges.size()},
                    {QStringLiteral("sha256"), out.sha256()},
                    {QStringLiteral("arguments"), QJsonArray::fromStringList(arguments.mid(2))}});
    return 0;
}
