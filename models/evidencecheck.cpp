#include "evidencecheck.h"

#include "filehash.h"
#include "geodatabaselist.h"
#include "timeformat.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

QList<EvidenceCheck::File> EvidenceCheck::filesOf(const QSqlDatabase &db)
{
    // A table that came out of an archive is checked as the archive the provider sent, whose
    // SHA-256 was recorded beside the table's own.
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT COALESCE(container_path, file_path), COALESCE(container_sha256, sha256),"
        " file_name FROM sources ORDER BY id"));
    QList<File> files;
    QHash<QString, qsizetype> indexOf; // by path and SHA-256: a file imported twice is one file
    while (query.next()) {
        const QString path = query.value(0).toString();
        const QString sha = query.value(1).toString();
        const QString key = path + u'\n' + sha;
        if (!indexOf.contains(key)) {
            indexOf.insert(key, files.size());
            files.append(File{path, sha, {}, Outcome::Same, {}, {}, {}});
        }
        files[indexOf.value(key)].sources.append(query.value(2).toString());
    }
    return files;
}

QList<EvidenceCheck::File> EvidenceCheck::geoDatabasesOf(const QSqlDatabase &db)
{
    return geoDatabaseFiles(GeoDatabaseList::of(db));
}

QList<EvidenceCheck::File> EvidenceCheck::geoDatabaseFiles(const QList<GeoDatabaseRow> &databases)
{
    QList<File> files;
    for (const GeoDatabaseRow &database : databases) {
        const QString what =
            QCoreApplication::translate("EvidenceCheck", "%1, built %2")
                .arg(database.databaseType, TimeFormat::buildDate(database.buildEpoch));
        files.append(File{database.filePath, database.sha256, {what}, Outcome::Same, {}, {}, {}});
    }
    return files;
}

namespace {

/// The files under @p folder (its subfolders too; links not followed), by name.
QHash<QString, QStringList> filesByName(const QString &folder)
{
    QHash<QString, QStringList> byName;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        byName[QFileInfo(path).fileName()].append(path);
    }
    for (QStringList &paths : byName)
        paths.sort(); // the same order on every run
    return byName;
}

/// Where each of @p files is to be hashed: its recorded path, or the files of its name found
/// under @p folder.
QList<QStringList> candidatesOf(const QList<EvidenceCheck::File> &files, const QString &folder)
{
    const QHash<QString, QStringList> found =
        folder.isEmpty() ? QHash<QString, QStringList>() : filesByName(folder);
    QList<QStringList> candidates;
    for (const EvidenceCheck::File &file : files) {
        if (folder.isEmpty())
            candidates.append(QFileInfo(file.path).isFile() ? QStringList{file.path}
                                                            : QStringList());
        else
            candidates.append(found.value(QFileInfo(file.path).fileName()));
    }
    return candidates;
}

} // namespace

bool EvidenceCheck::check(QList<File> &files, const QString &folder,
                          const std::function<bool(double)> &goOn)
{
    const QList<QStringList> candidates = candidatesOf(files, folder);
    qint64 total = 0;
    for (const QStringList &paths : candidates) {
        for (const QString &path : paths)
            total += QFileInfo(path).size();
    }
    qint64 done = 0;
    bool stopped = false;
    for (qsizetype i = 0; i < files.size(); ++i) {
        File &file = files[i];
        file.outcome = Outcome::Missing;
        for (const QString &path : candidates.at(i)) {
            const qint64 size = QFileInfo(path).size();
            QString error;
            const auto digest = FileDigest::compute(path, &error, [&](double share) {
                stopped = goOn && !goOn((double(done) + share * double(size)) /
                                        double(qMax<qint64>(total, 1)));
                return !stopped;
            });
            if (stopped)
                return false;
            done += size;
            const bool same = digest && digest->sha256 == file.recordedSha256;
            if (!same && path != candidates.at(i).first())
                continue; // the first file of the name stands for them all unless another is the
                          // same
            file.checkedPath = path;
            file.foundSha256 = digest ? digest->sha256 : QString();
            file.error = error;
            file.outcome = !digest ? Outcome::Unreadable : same ? Outcome::Same : Outcome::Changed;
            if (same)
                break;
        }
    }
    return true;
}

EvidenceCheck::Counts EvidenceCheck::counts(const QList<File> &files)
{
    Counts counts;
    for (const File &file : files) {
        int &count = file.outcome == Outcome::Same      ? counts.same
                     : file.outcome == Outcome::Changed ? counts.changed
                     : file.outcome == Outcome::Missing ? counts.missing
                                                        : counts.unreadable;
        ++count;
    }
    return counts;
}

QJsonObject EvidenceCheck::countsJson(const Counts &counts)
{
    return {{QStringLiteral("same"), counts.same},
            {QStringLiteral("changed"), counts.changed},
            {QStringLiteral("missing"), counts.missing},
            {QStringLiteral("unreadable"), counts.unreadable}};
}

namespace {

/// @p text ("… %1 same, %2 changed, %3 missing, %4 unreadable") with the counts of @p done.
QString withCounts(const QString &text, const EvidenceCheck::Counts &done)
{
    return text.arg(done.same).arg(done.changed).arg(done.missing).arg(done.unreadable);
}

} // namespace

QString EvidenceCheck::summary(const QList<File> &files)
{
    return withCounts(QCoreApplication::translate(
                          "EvidenceCheck",
                          "%n evidence file(s): %1 same, %2 changed, %3 missing, %4 unreadable",
                          nullptr, int(files.size())),
                      counts(files));
}

QString EvidenceCheck::geoSummary(const QList<File> &databases)
{
    return withCounts(QCoreApplication::translate(
                          "EvidenceCheck",
                          "%n GeoIP database(s): %1 same, %2 changed, %3 missing, %4 unreadable",
                          nullptr, int(databases.size())),
                      counts(databases));
}

QJsonObject EvidenceCheck::auditRecord(const QList<File> &evidence, const QList<File> &databases,
                                       const QString &folder)
{
    QJsonObject record = countsJson(counts(evidence));
    record.insert(QStringLiteral("files"), int(evidence.size()));
    if (!folder.isEmpty())
        record.insert(QStringLiteral("in"), folder);
    if (!databases.isEmpty()) {
        record.insert(QStringLiteral("geoip_databases"), int(databases.size()));
        record.insert(QStringLiteral("geoip"), countsJson(counts(databases)));
    }
    return record;
}

QString EvidenceCheck::key(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Same:
        return QStringLiteral("same");
    case Outcome::Changed:
        return QStringLiteral("changed");
    case Outcome::Missing:
        return QStringLiteral("missing");
    case Outcome::Unreadable:
        break;
    }
    return QStringLiteral("unreadable");
}
