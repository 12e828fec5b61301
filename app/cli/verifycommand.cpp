#include "verifycommand.h"

#include "casedatabase.h"
#include "clisupport.h"
#include "evidencecheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace CliSupport;

namespace {

/// Exit status of a check that found a file not as it was imported.
constexpr int NotAsImported = 1;

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

/// The file as checked: its path recorded, or the one found in --in FOLDER beside it.
QString shownPath(const EvidenceCheck::File &file, const QString &folder)
{
    if (folder.isEmpty())
        return file.path;
    if (file.checkedPath.isEmpty())
        return Cli::tr("%1 in %2, imported as %3")
            .arg(QFileInfo(file.path).fileName(), folder, file.path);
    return Cli::tr("%1, imported as %2").arg(file.checkedPath, file.path);
}

QString fileText(const EvidenceCheck::File &file, const QString &folder)
{
    const QString sources = file.sources.join(QStringLiteral(", "));
    const QString path = shownPath(file, folder);
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

void print(const QList<EvidenceCheck::File> &files, const EvidenceCheck::Counts &counts,
           const QString &folder, bool asJson)
{
    if (asJson) {
        QJsonArray array;
        for (const EvidenceCheck::File &file : files)
            array.append(fileJson(file));
        QJsonObject json = EvidenceCheck::countsJson(counts);
        json.insert(QStringLiteral("files"), array);
        printJson(QJsonDocument(json));
        return;
    }
    for (const EvidenceCheck::File &file : files)
        out() << fileText(file, folder) << Qt::endl;
    out() << EvidenceCheck::summary(files) << Qt::endl;
}

} // namespace

int VerifyCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("verify");
    QCommandLineParser parser;
    const QCommandLineOption inOption(
        QStringLiteral("in"),
        Cli::tr("Look for each file by its name in this folder and its subfolders "
                "(the returns as handed over), not at the path recorded."),
        QStringLiteral("FOLDER"));
    parser.addOption(inOption);
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    const QString folder = parser.value(inOption);
    if (parser.isSet(inOption) && !QFileInfo(folder).isDir())
        return fail(command, Cli::tr("--in %1: no such folder").arg(folder));
    QList<EvidenceCheck::File> files = EvidenceCheck::filesOf(caseDb->db());
    EvidenceCheck::check(files, folder);
    const EvidenceCheck::Counts counts = EvidenceCheck::counts(files);
    print(files, counts, folder, parser.isSet(jsonOption));
    QJsonObject record = EvidenceCheck::countsJson(counts);
    record.insert(QStringLiteral("files"), int(files.size()));
    if (!folder.isEmpty())
        record.insert(QStringLiteral("in"), QFileInfo(folder).absoluteFilePath());
    recordInAuditLog(*caseDb, command, QStringLiteral("evidence-verified"), record);
    return counts.same == files.size() ? 0 : NotAsImported;
}
