#include "auditcommand.h"

#include "auditloglist.h"
#include "casedatabase.h"
#include "clisupport.h"
#include "filehash.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CliSupport;

namespace {

/// Exit status of a check that found a file the log does not record writing, or could not read it.
constexpr int NotFoundWritten = 1;

QJsonObject entryJson(const AuditEntry &entry)
{
    return {{QStringLiteral("id"), entry.id},
            {QStringLiteral("at"), entry.at},
            {QStringLiteral("os_user"), entry.osUser},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("details"), entry.details}};
}

/// "#6  2026-12-05 10:12:01.144 UTC  root  report-written  {…}"
QString entryText(const AuditEntry &entry)
{
    return QStringLiteral("#%1  %2  %3  %4  %5")
        .arg(QString::number(entry.id), TimeFormat::storedUtc(entry.at), entry.osUser, entry.action,
             AuditLogList::detailsText(entry));
}

void printLog(const QList<AuditEntry> &entries, bool asJson)
{
    if (asJson) {
        QJsonArray array;
        for (const AuditEntry &entry : entries)
            array.append(entryJson(entry));
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}));
        return;
    }
    for (const AuditEntry &entry : entries)
        out() << entryText(entry) << Qt::endl;
}

/// One file given to --written: its SHA-256 and the records of writing it, or why it was not read.
struct WrittenFile
{
    QString path;
    QString sha256;
    QString error;
    QList<AuditEntry> writings;
};

WrittenFile checkWritten(const QString &path, const QList<AuditEntry> &entries)
{
    WrittenFile file{path, {}, {}, {}};
    if (const auto digest = FileDigest::compute(path, &file.error)) {
        file.sha256 = digest->sha256;
        file.writings = AuditLogList::writing(entries, file.sha256);
    }
    return file;
}

QString writtenText(const WrittenFile &file)
{
    if (file.sha256.isEmpty())
        return Cli::tr("unreadable  %1: %2").arg(file.path, file.error);
    if (file.writings.isEmpty())
        return Cli::tr("not found   %1 (sha256 %2): the case's audit log records writing no file "
                       "with these bytes")
            .arg(file.path, file.sha256);
    QStringList lines{Cli::tr("written     %1 (sha256 %2)").arg(file.path, file.sha256)};
    for (const AuditEntry &entry : file.writings)
        lines.append(QStringLiteral("  ") + entryText(entry));
    return lines.join(u'\n');
}

QJsonObject writtenJson(const WrittenFile &file)
{
    QJsonArray writings;
    for (const AuditEntry &entry : file.writings)
        writings.append(entryJson(entry));
    return {
        {QStringLiteral("path"), file.path},
        {QStringLiteral("sha256"), file.sha256.isEmpty() ? QJsonValue() : QJsonValue(file.sha256)},
        {QStringLiteral("error"), file.error.isEmpty() ? QJsonValue() : QJsonValue(file.error)},
        {QStringLiteral("written"), writings}};
}

int checkFiles(const QStringList &paths, const QList<AuditEntry> &entries, bool asJson)
{
    QJsonArray array;
    int status = 0;
    for (const QString &path : paths) {
        const WrittenFile file = checkWritten(path, entries);
        if (file.writings.isEmpty())
            status = NotFoundWritten;
        if (asJson)
            array.append(writtenJson(file));
        else
            out() << writtenText(file) << Qt::endl;
    }
    if (asJson)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("files"), array}}));
    return status;
}

} // namespace

int AuditCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("audit");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the case's audit log, oldest first: each import, export, report, label, "
                "check and change, with who did it and when (UTC). With --written, says of each "
                "file whether the log records writing it from the case, by its SHA-256: exit "
                "status 1 when one is not found or cannot be read."));
    const QCommandLineOption writtenOption(
        QStringLiteral("written"),
        Cli::tr("A file handed over as written from this case (a report, an export): looked for "
                "among the files the log records writing, by its SHA-256. May be given more than "
                "once."),
        QStringLiteral("FILE"));
    parser.addOption(writtenOption);
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    const QList<AuditEntry> entries = AuditLogList::of(caseDb->db());
    if (parser.isSet(writtenOption))
        return checkFiles(parser.values(writtenOption), entries, parser.isSet(jsonOption));
    printLog(entries, parser.isSet(jsonOption));
    return 0;
}
