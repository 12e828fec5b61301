#include "clisupport.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "evidenceclass.h"
#include "timeformat.h"

#include <QJsonDocument>

#include <cstdlib>
#include <limits>
#include <utility>

using CliSupport::Cli;

QTextStream &CliSupport::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QFile &CliSupport::bytesOut()
{
    static QFile file;
    // Unbuffered here: bytes go straight to stdio's buffer, which out() writes to as well.
    if (!file.isOpen())
        file.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    out().flush();
    return file;
}

QString CliSupport::flushedBytesOut(const QString &error)
{
    QFile &file = bytesOut();
    if (!file.flush() && error.isEmpty())
        return file.errorString();
    return error;
}

QTextStream &CliSupport::err()
{
    static QTextStream stream(stderr);
    return stream;
}

int CliSupport::fail(const QString &command, const QString &message)
{
    err() << QStringLiteral("lookuplens-cli %1: %2").arg(command, message) << Qt::endl;
    return Refused;
}

const QCommandLineOption CliSupport::caseOption{QStringLiteral("case"), Cli::tr("The case file (.llcase)."), QStringLiteral("CASE")};
const QCommandLineOption CliSupport::jsonOption{QStringLiteral("json"), Cli::tr("Print JSON.")};

bool CliSupport::parse(QCommandLineParser &parser, const QString &command,
                       const QStringList &arguments, QString *message, Files files)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList args = arguments;
    args.removeAt(1); // the command word
    if (!parser.parse(args)) {
        *message = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText().replace(QStringLiteral("[options]"), command + QStringLiteral(" [options]"));
        out().flush();
        std::exit(0);
    }
    if (files == Files::Refused && !parser.positionalArguments().isEmpty()) {
        *message = Cli::tr("unexpected argument \"%1\": %2 takes options only")
                       .arg(parser.positionalArguments().constFirst(), command);
        return false;
    }
    return true;
}

std::unique_ptr<CaseDatabase> CliSupport::openCase(const QCommandLineParser &parser, QString *message)
{
    if (!parser.isSet(caseOption)) {
        *message = Cli::tr("--case CASE is required");
        return nullptr;
    }
    const QString path = parser.value(caseOption);
    return CaseDatabase::open(path, CaseDatabase::accessFor(path), message);
}

void CliSupport::recordInAuditLog(const CaseDatabase &caseDb, const QString &command,
                                  const QString &action, const QJsonObject &details)
{
    const QString why = AuditLog::recordOrSayWhyNot(caseDb, action, details);
    if (why.isEmpty())
        return;
    err() << Cli::tr("lookuplens-cli %1: note: not recorded in the case's audit log: %2")
                 .arg(command, why)
          << Qt::endl;
}

std::unique_ptr<CaseDatabase> CliSupport::listingCase(QCommandLineParser &parser, const QString &command,
                                                      const QStringList &arguments)
{
    parser.addOption(caseOption);
    parser.addOption(jsonOption);
    QString message;
    auto caseDb = parse(parser, command, arguments, &message) ? openCase(parser, &message) : nullptr;
    if (!caseDb)
        fail(command, message);
    return caseDb;
}

void CliSupport::printJson(const QJsonDocument &document)
{
    QFile &file = bytesOut();
    file.write(document.toJson(QJsonDocument::Indented));
    file.flush();
}

std::optional<QTimeZone> CliSupport::shownZone(const QCommandLineParser &parser, const CaseDatabase &caseDb,
                                               QString *message)
{
    if (!parser.isSet(QStringLiteral("zone")))
        return caseDb.displayZone();
    const QString name = parser.value(QStringLiteral("zone")).trimmed();
    const QTimeZone zone = TimeFormat::zoneNamed(name);
    // zoneNamed() reads a name it does not know as UTC: only "UTC" itself is UTC here.
    if (zone == QTimeZone::utc() && name.compare(u"UTC", Qt::CaseInsensitive) != 0) {
        *message = Cli::tr("--zone %1: no such time zone (an IANA name such as Europe/Berlin, UTC, "
                           "or an offset "
                           "such as +02:00)")
                       .arg(name);
        return std::nullopt;
    }
    return zone;
}

bool CliSupport::sequenceMinutes(const QCommandLineParser &parser, int *minutes, QString *message)
{
    bool read = false;
    *minutes = parser.value(QStringLiteral("sequence-minutes")).toInt(&read);
    if (read && *minutes >= 0)
        return true;
    *message = Cli::tr("--sequence-minutes takes a whole number, 0 or more");
    return false;
}

bool CliSupport::timeWindow(const QCommandLineParser &parser, std::optional<qint64> *fromMs, std::optional<qint64> *toMs,
                            QString *message)
{
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(name))
            continue;
        const auto ms = name == u"from" ? TimeFormat::parseIso(parser.value(name))
                                        : TimeFormat::parseIsoThrough(parser.value(name));
        if (!ms) {
            *message = Cli::tr("--%1 \"%2\" is not an ISO 8601 time").arg(name, parser.value(name));
            return false;
        }
        *(name == u"from" ? fromMs : toMs) = *ms;
    }
    // A window that ends before it begins holds nothing: a typo, not an empty record.
    if (*fromMs && *toMs && **fromMs > **toMs) {
        *message =
            Cli::tr("--from %1 is after --to %2: no time lies between them")
                .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")));
        return false;
    }
    return true;
}

QString CliSupport::classCountsText(const ClassCounts &counts)
{
    // %n, not %Ln: the command line's figures stay plain digits in every language.
    const auto count = [&](EvidenceClass evidenceClass) { return int(qMin<qint64>(counts[size_t(evidenceClass)], std::numeric_limits<int>::max())); };
    return Cli::tr("%1, %2, %3")
        .arg(Cli::tr("%n lookup(s)", nullptr, count(EvidenceClass::Lookup)),
             Cli::tr("%n communication(s)", nullptr, count(EvidenceClass::Communication)),
             Cli::tr("%n connection(s)", nullptr, count(EvidenceClass::Connection)));
}

void CliSupport::printLookupCaveat(qint64 lookups, const QString &indent)
{
    if (lookups > 0)
        out() << indent << EvidenceClassText::lookupCaveat() << Qt::endl;
}

void CliSupport::sayWaiting(const QString &casePath, bool *said)
{
    if (!std::exchange(*said, true))
        err() << Cli::tr("%1: another program is importing into the case; waiting for it to finish "
                         "(Ctrl+C stops)…")
                     .arg(casePath)
              << Qt::endl;
}
