#include "eventfilteroptions.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "clisupport.h"
#include "rawtextindexjob.h"
#include "sourcelistmodel.h"
#include "timeformat.h"

#include <QCommandLineParser>
#include <QSqlQuery>

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

/// Says on standard error that no event of the case has @p subtype, with the subtypes it has:
/// a misspelt one ("SMS" for "sms") selects nothing, as a subtype the case lacks rightly does.
void noteSubtypeNotInCase(const CaseDatabase &caseDb, const QString &subtype)
{
    EventFilter ofSubtype;
    ofSubtype.subtype = subtype;
    if (CaseQueries(caseDb.db()).anyEventMatches(ofSubtype))
        return;
    const QStringList subtypes = CaseQueries(caseDb.db()).subtypes();
    err() << Cli::tr("note: no event of the case has the subtype \"%1\" (its events' subtypes: %2)")
                 .arg(subtype,
                      subtypes.isEmpty() ? Cli::tr("none") : subtypes.join(QStringLiteral(", ")))
          << Qt::endl;
}

/// Says on standard error that no record of the case holds the text of @p filter: the match is
/// exact, capitals too, and "alice" for "Alice" selects nothing.
void noteTextNotInCase(const CaseDatabase &caseDb, const EventFilter &filter)
{
    EventFilter textOnly;
    textOnly.rawText = filter.rawText;
    textOnly.rawIndexedUpTo = filter.rawIndexedUpTo;
    if (!CaseQueries(caseDb.db()).anyEventMatches(textOnly))
        err() << Cli::tr("note: no record of the case holds \"%1\" as written (capitals as typed)")
                     .arg(filter.rawText)
              << Qt::endl;
}

} // namespace

bool EventFilterOptions::readSources(const QCommandLineParser &parser, const CaseDatabase &caseDb,
                                     QList<qint64> *ids, QString *message)
{
    QSqlQuery query(caseDb.db());
    query.prepare(QStringLiteral("SELECT count(*) FROM sources WHERE id BETWEEN ? AND ?"));
    for (const QString &written : parser.values(QStringLiteral("source"))) {
        const QString lastWritten = written.contains(u'-') ? written.section(u'-', 1) : written;
        bool first = false;
        bool last = false;
        const qint64 from = written.section(u'-', 0, 0).trimmed().toLongLong(&first);
        const qint64 to = lastWritten.trimmed().toLongLong(&last);
        if (!first || !last || from < 1 || to < from) {
            *message = Cli::tr("--source takes a source's number, or two joined by a dash "
                               "(\"sources\" lists them)");
            return false;
        }
        query.addBindValue(from);
        query.addBindValue(to);
        if (!query.exec() || !query.next() || query.value(0).toLongLong() != to - from + 1) {
            *message = Cli::tr("the case holds no source #%1 (\"sources\" lists them)")
                           .arg(written.trimmed());
            return false;
        }
        for (qint64 id = from; id <= to; ++id) {
            if (!ids->contains(id))
                ids->append(id);
        }
    }
    return true;
}

void EventFilterOptions::addSourceOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("source"), description, QStringLiteral("N")});
}

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
        {QStringLiteral("to"),
         Cli::tr("Up to this time, inclusive; a date alone, to the end of that day (UTC)."),
         QStringLiteral("ISO8601")});
    parser.addOption(
        {QStringLiteral("marked"), Cli::tr("Only the events the analyst marked (see \"mark\").")});
    parser.addOption({QStringLiteral("subtype"),
                      Cli::tr("Only the events of this subtype, as the events' \"subtype\" "
                              "writes it (imessage-query, call, sms, message …)."),
                      QStringLiteral("SUBTYPE")});
    addSourceOption(parser,
                    Cli::tr("Only the events stored from this source, by its number in "
                            "\"sources\", or from these (3-32; the option may be given "
                            "more than once). A record a source repeats of an earlier one "
                            "is the earlier source's event: \"duplicates\" lists the links, "
                            "--with-duplicates adds those events."));
    parser.addOption({QStringLiteral("with-duplicates"),
                      Cli::tr("With --source, also the events first stored from another source "
                              "that the chosen sources held again (their duplicates): each once, "
                              "with the source and line it was first stored from.")});
    parser.addOption({QStringLiteral("text"),
                      Cli::tr("Only the events whose record as written holds this text "
                              "(case-sensitive)."),
                      QStringLiteral("TEXT")});
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
    if (parser.isSet(QStringLiteral("ip"))) {
        filter->clientIp = parser.value(QStringLiteral("ip")).trimmed();
        // As for a subtype: a mistyped address selects nothing, as one the case lacks rightly does.
        if (!CaseQueries(caseDb.db()).hasClientIp(filter->clientIp))
            err() << Cli::tr("note: no event of the case has the client IP \"%1\"")
                         .arg(filter->clientIp)
                  << Qt::endl;
    }
    filter->markedOnly = parser.isSet(QStringLiteral("marked"));
    EventFilter marked;
    marked.markedOnly = true;
    if (filter->markedOnly && !CaseQueries(caseDb.db()).anyEventMatches(marked))
        err() << Cli::tr("note: no event of the case is marked") << Qt::endl;
    if (!readSources(parser, caseDb, &filter->sourceIds, message))
        return false;
    filter->withDuplicates = parser.isSet(QStringLiteral("with-duplicates"));
    if (filter->withDuplicates && filter->sourceIds.isEmpty()) {
        *message = Cli::tr("--with-duplicates needs --source");
        return false;
    }
    noteSourcesStoredNothing(caseDb, filter->sourceIds, filter->withDuplicates);
    filter->subtype = parser.value(QStringLiteral("subtype")).trimmed();
    if (!filter->subtype.isEmpty())
        noteSubtypeNotInCase(caseDb, filter->subtype);
    filter->rawText = parser.value(QStringLiteral("text"));
    if (!filter->rawText.isEmpty()) { // the trigram index, where the window has built it
        filter->rawIndexedUpTo = RawTextIndexJob::indexedUpTo(caseDb.db());
        noteTextNotInCase(caseDb, *filter);
    }
    if (!timeWindow(parser, &filter->fromMs, &filter->toMs, message))
        return false;
    noteWindowOutsideEvents(caseDb, filter->fromMs, filter->toMs);
    return true;
}

void EventFilterOptions::noteSourcesStoredNothing(const CaseDatabase &caseDb,
                                                  const QList<qint64> &sourceIds,
                                                  bool withDuplicates)
{
    const auto nothing =
        SourceListModel::nothingStored(sourceIds, CaseQueries(caseDb.db()).sources());
    using Why = SourceListModel::NothingStored;
    if (!nothing || (*nothing == Why::RecordsHeldBefore && withDuplicates))
        return;
    const bool one = sourceIds.size() == 1;
    const QString why =
        *nothing == Why::RecordsHeldBefore
            ? (one ? Cli::tr("the source chosen stored no event of its own: its records were in "
                             "the case already (--with-duplicates lists them)")
                   : Cli::tr("the sources chosen stored no event of their own: their records were "
                             "in the case already (--with-duplicates lists them)"))
        : *nothing == Why::RowsRejected
            ? (one ? Cli::tr("the source chosen stored no event: its rows were rejected "
                             "(\"rejected\" gives each one's reason)")
                   : Cli::tr("the sources chosen stored no event: their rows were rejected "
                             "(\"rejected\" gives each one's reason)"))
            : (one ? Cli::tr("the source chosen holds no record")
                   : Cli::tr("the sources chosen hold no record"));
    err() << Cli::tr("note: %1").arg(why) << Qt::endl;
}

void EventFilterOptions::noteSourcesStoredConnectionsOnly(const CaseDatabase &caseDb,
                                                          const QList<qint64> &sourceIds)
{
    if (!SourceListModel::storedConnectionsOnly(sourceIds, CaseQueries(caseDb.db()).sources()))
        return;
    err() << (sourceIds.size() == 1
                  ? Cli::tr("note: the source chosen holds connections alone (an account's own "
                            "logins), which are no edges: `events --source %1` lists them")
                        .arg(sourceIds.first())
                  : Cli::tr("note: the sources chosen hold connections alone (an account's own "
                            "logins), which are no edges: `events` with the same --source lists "
                            "them"))
          << Qt::endl;
}

void EventFilterOptions::noteWindowOutsideEvents(const CaseDatabase &caseDb,
                                                 std::optional<qint64> fromMs,
                                                 std::optional<qint64> toMs)
{
    const auto [firstMs, lastMs] = CaseQueries(caseDb.db()).timeSpan();
    if (firstMs && lastMs && ((fromMs && *fromMs > *lastMs) || (toMs && *toMs < *firstMs)))
        err() << Cli::tr("note: the case's events run from %1 to %2, outside the window")
                     .arg(TimeFormat::isoUtc(*firstMs), TimeFormat::isoUtc(*lastMs))
              << Qt::endl;
}
