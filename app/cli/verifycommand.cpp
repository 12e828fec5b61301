#include "verifycommand.h"

#include "casedatabase.h"
#include "clisupport.h"
#include "evidencecheck.h"

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
            {QStringLiteral("sources"), QJsonArray::fromStringList(file.sources)}};
}

QString fileText(const EvidenceCheck::File &file)
{
    const QString sources = file.sources.join(QStringLiteral(", "));
    switch (file.outcome) {
    case EvidenceCheck::Outcome::Same:
        return Cli::tr("same        %1 (sha256 %2; %3)")
            .arg(file.path, file.recordedSha256, sources);
    case EvidenceCheck::Outcome::Changed:
        return Cli::tr("changed     %1 (sha256 %2 recorded, %3 now; %4)")
            .arg(file.path, file.recordedSha256, file.foundSha256, sources);
    case EvidenceCheck::Outcome::Missing:
        return Cli::tr("missing     %1 (%2)").arg(file.path, sources);
    case EvidenceCheck::Outcome::Unreadable:
        break;
    }
    return Cli::tr("unreadable  %1: %2 (%3)").arg(file.path, file.error, sources);
}

void print(const QList<EvidenceCheck::File> &files, const EvidenceCheck::Counts &counts, bool asJson)
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
        out() << fileText(file) << Qt::endl;
    out() << EvidenceCheck::summary(files) << Qt::endl;
}

} // namespace

int VerifyCommand::run(const QStringList &arguments)
{
    const QString command = QStringLiteral("verify");
    QCommandLineParser parser;
    const auto caseDb = listingCase(parser, command, arguments);
    if (!caseDb)
        return Refused;
    QList<EvidenceCheck::File> files = EvidenceCheck::filesOf(caseDb->db());
    EvidenceCheck::check(files);
    const EvidenceCheck::Counts counts = EvidenceCheck::counts(files);
    print(files, counts, parser.isSet(jsonOption));
    QJsonObject record = EvidenceCheck::countsJson(counts);
    record.insert(QStringLiteral("files"), int(files.size()));
    recordInAuditLog(*caseDb, command, QStringLiteral("evidence-verified"), record);
    return counts.same == files.size() ? 0 : NotAsImported;
}
