#include "markcommand.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "casewriters.h"
#include "clisupport.h"
#include "eventtablemodel.h"
#include "sqlitestatement.h"

#include <QSqlQuery>

using namespace CliSupport;

namespace {

const QString command = QStringLiteral("mark");

/// Writes the mark in a transaction of its own, waiting while another program imports.
bool writeMark(const CaseDatabase &caseDb, qint64 eventId, const std::optional<QString> &note,
               QString *error)
{
    bool saidWaiting = false;
    if (!CaseWriters::beginWhenFree(
            SqliteStatement::handleOf(caseDb.db()),
            [&]() {
                sayWaiting(caseDb.path(), &saidWaiting);
                return true;
            },
            error))
        return false;
    QSqlQuery end(caseDb.db());
    if (CaseQueries::setEventMark(caseDb.db(), eventId, note) && end.exec(QStringLiteral("COMMIT")))
        return true;
    end.exec(QStringLiteral("ROLLBACK"));
    *error = CaseDatabase::onReadOnlyStorage(caseDb.path())
                 ? Cli::tr("the case is on storage that cannot be written")
                 : Cli::tr("the case could not be written");
    return false;
}

} // namespace

int MarkCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(caseOption);
    parser.addOption({QStringLiteral("event"),
                      Cli::tr("The event's id (as events and the window show it)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("note"), Cli::tr("Why it is marked, in your words."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("remove"), Cli::tr("Take the mark off the event.")});
    QString message;
    if (!parse(parser, command, arguments, &message))
        return fail(command, message);
    bool numeric = false;
    const qint64 eventId = parser.value(QStringLiteral("event")).toLongLong(&numeric);
    if (!parser.isSet(QStringLiteral("event")))
        return fail(command, Cli::tr("--event ID is required: the number of an event"));
    if (!numeric) // as `events` numbers them in its "id" column
        return fail(command, Cli::tr("--event takes an event's number (\"events\" lists them in "
                                     "its id column), not \"%1\"")
                                 .arg(parser.value(QStringLiteral("event"))));
    if (parser.isSet(QStringLiteral("remove")) && parser.isSet(QStringLiteral("note")))
        return fail(command, Cli::tr("--note and --remove cannot be given together"));
    const auto caseDb = openCase(parser, &message);
    if (!caseDb)
        return fail(command, message);
    const auto before = CaseQueries(caseDb->db()).provenance(eventId);
    if (!before)
        return fail(command, Cli::tr("the case holds no event #%1").arg(eventId));
    if (parser.isSet(QStringLiteral("remove")) && !before->event.mark)
        return fail(command, Cli::tr("event #%1 is not marked").arg(eventId));
    const std::optional<QString> note =
        parser.isSet(QStringLiteral("remove"))
            ? std::nullopt
            : std::optional<QString>(parser.value(QStringLiteral("note")));
    if (!writeMark(*caseDb, eventId, note, &message))
        return fail(command, message);
    const QString done = note ? Cli::tr("marked %1") : Cli::tr("mark taken off %1");
    out() << done.arg(EventTableModel::describe(before->event, QTimeZone::utc())) << Qt::endl;
    printLookupCaveat(before->event.evidenceClass == u"lookup" ? 1 : 0);
    return 0;
}
