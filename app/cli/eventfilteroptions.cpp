#include "eventfilteroptions.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "clisupport.h"

#include <QCommandLineParser>

using namespace CliSupport;

namespace {

/// Reads --handle, --side and --with into a filter; false with a message when one is wrong.
bool handleFromOptions(const QCommandLineParser &parser, const CaseDatabase &caseDb,
                       EventFilter *filter, QString *message)
{
    const auto resolve = [&](const QString &option) -> std::optional<qint64> {
        const QString spelling = parser.value(option);
        const auto id = CaseQueries(caseDb.db()).resolveHandle(spelling, caseDb.region());
        if (!id)
            *message = Cli::tr("no handle in the case matches \"%1\"").arg(spelling);
        return id;
    };
    if (!parser.isSet(QStringLiteral("handle"))) {
        if (parser.isSet(QStringLiteral("side")) || parser.isSet(QStringLiteral("with")))
            *message = Cli::tr("--side and --with need --handle");
        return message->isEmpty();
    }
    filter->handleId = resolve(QStringLiteral("handle"));
    if (!filter->handleId)
        return false;
    const QString side = parser.value(QStringLiteral("side"));
    if (side == u"initiator")
        filter->side = EventFilter::HandleSide::Initiator;
    else if (side == u"counterpart")
        filter->side = EventFilter::HandleSide::Counterpart;
    else if (!side.isEmpty() && side != u"either") {
        *message = Cli::tr("--side takes either, initiator or counterpart");
        return false;
    }
    if (parser.isSet(QStringLiteral("with"))) {
        filter->otherHandleId = resolve(QStringLiteral("with"));
        if (!filter->otherHandleId)
            return false;
    }
    return true;
}

} // namespace

void EventFilterOptions::add(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("handle"),
         Cli::tr("Events where this handle (any spelling) is initiator or counterpart."),
         QStringLiteral("H")});
    parser.addOption(
        {QStringLiteral("side"),
         Cli::tr("Where --handle stands: either (the default), initiator or counterpart."),
         QStringLiteral("SIDE")});
    parser.addOption(
        {QStringLiteral("with"),
         Cli::tr("Only the events between --handle and this handle, on the other side."),
         QStringLiteral("H")});
    parser.addOption({QStringLiteral("class"), Cli::tr("lookup, communication or connection."),
                      QStringLiteral("CLASS")});
    parser.addOption({QStringLiteral("ip"),
                      Cli::tr("Events from this client IP (however the records wrote it)."),
                      QStringLiteral("ADDRESS")});
    parser.addOption({QStringLiteral("from"),
                      Cli::tr("From this time (ISO 8601; UTC unless an offset is given)."),
                      QStringLiteral("ISO8601")});
    parser.addOption(
        {QStringLiteral("to"), Cli::tr("Up to this time, inclusive."), QStringLiteral("ISO8601")});
    parser.addOption(
        {QStringLiteral("marked"), Cli::tr("Only the events the analyst marked (see \"mark\").")});
}

bool EventFilterOptions::read(const QCommandLineParser &parser, const CaseDatabase &caseDb,
                              EventFilter *filter, QString *message)
{
    if (!handleFromOptions(parser, caseDb, filter, message))
        return false;
    if (parser.isSet(QStringLiteral("class"))) {
        filter->evidenceClass = evidenceClassFromKey(parser.value(QStringLiteral("class")));
        if (!filter->evidenceClass) {
            *message = Cli::tr("--class takes lookup, communication or connection");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("ip")))
        filter->clientIp = parser.value(QStringLiteral("ip")).trimmed();
    filter->markedOnly = parser.isSet(QStringLiteral("marked"));
    return timeWindow(parser, &filter->fromMs, &filter->toMs, message);
}
