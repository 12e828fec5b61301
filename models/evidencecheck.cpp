#include "evidencecheck.h"

#include "filehash.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

#include <numeric>

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
            files.append(File{path, sha, {}, Outcome::Same, {}, {}});
        }
        files[indexOf.value(key)].sources.append(query.value(2).toString());
    }
    return files;
}

bool EvidenceCheck::check(QList<File> &files, const std::function<bool(double)> &goOn)
{
    const auto sizeOf = [](qint64 total, const File &file) {
        return total + QFileInfo(file.path).size();
    };
    const double total =
        double(qMax<qint64>(std::accumulate(files.cbegin(), files.cend(), qint64(0), sizeOf), 1));
    qint64 done = 0;
    bool stopped = false;
    for (File &file : files) {
        const QFileInfo info(file.path);
        if (!info.isFile()) {
            file.outcome = Outcome::Missing;
            continue;
        }
        const auto digest = FileDigest::compute(file.path, &file.error, [&](double share) {
            stopped = goOn && !goOn((double(done) + share * double(info.size())) / total);
            return !stopped;
        });
        if (stopped)
            return false;
        done += info.size();
        file.foundSha256 = digest ? digest->sha256 : QString();
        file.outcome = !digest                                 ? Outcome::Unreadable
                       : digest->sha256 == file.recordedSha256 ? Outcome::Same
                                                               : Outcome::Changed;
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

QString EvidenceCheck::summary(const QList<File> &files)
{
    const Counts done = counts(files);
    return QCoreApplication::translate(
               "EvidenceCheck",
               "%n evidence file(s): %1 same, %2 changed, %3 missing, %4 unreadable", nullptr,
               int(files.size()))
        .arg(done.same)
        .arg(done.changed)
        .arg(done.missing)
        .arg(done.unreadable);
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
