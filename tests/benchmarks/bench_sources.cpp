// Sources benchmark. Builds (or reuses) a case of many small sources, as a production of one
// file a day per account gives: N IDS logs in a folder, each its own file, and N more inside one
// ZIP, one file of N parts, printing how long their import took (each file's writer starts from
// the handles the earlier ones stored: lent, not copied, so a file's cost does not grow with
// them). Then describes them as `sources` and the report do (every source's
// notes, what the others found of it, the figures of the file it came with) for a quarter, a
// half and all of them, reloads the window's list of sources, writes the report, and reads 200
// more files (a dry run) against the case and into a new one: the times should grow with the
// number of sources, not with its square, and a file's reading should not grow with them.
// Usage: bench_sources [--files 4000] [--rows 10] [--dir /tmp/llbench-sources]

#include "benchsupport.h"
#include "casequeries.h"
#include "casereport.h"
#include "importfiles.h"
#include "sourcelistmodel.h"
#include "sourcerelations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>

#include <cstdio>

namespace {

/// The IDS logs of @p files files of @p rows rows each, from the @p first file's rows on.
QList<QByteArray> idsLogs(int first, int files, int rows)
{
    QList<QByteArray> logs(files);
    const QByteArray head = (BenchSupport::idsMetadataLines().join(u'\n') + u'\n' +
                             BenchSupport::idsHeader().join(u',') + u'\n')
                                .toUtf8();
    int row = 0;
    BenchSupport::forEachIdsRow((first + files) * rows, [&](const QByteArray(&cells)[6]) {
        const int file = row++ / rows - first;
        if (file < 0)
            return;
        QByteArray &log = logs[file];
        if (log.isEmpty())
            log = head;
        for (int c = 0; c < 6; ++c)
            log += cells[c] + (c < 5 ? ',' : '\n');
    });
    return logs;
}

QString partName(int i)
{
    return QStringLiteral("ids-%1.csv").arg(i, 5, 10, QLatin1Char('0'));
}

/// Writes the folder of @p files logs and the ZIP of @p files more into @p dir; returns both paths.
QStringList writeInputs(const QString &dir, int files, int rows)
{
    const QString folder = dir + QStringLiteral("/returns");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QList<QByteArray> alone = idsLogs(0, files, rows);
    for (int i = 0; i < files; ++i) {
        QFile file(folder + u'/' + partName(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(alone.at(i)) != alone.at(i).size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
    }
    const QString zipPath = dir + QStringLiteral("/returns.zip");
    QFile::remove(zipPath);
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot write %s", qPrintable(zipPath));
    const QList<QByteArray> inside = idsLogs(files, files, rows);
    for (int i = 0; i < files; ++i) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(partName(i))))
            qFatal("cannot add %s", qPrintable(partName(i)));
        entry.write(inside.at(i));
        entry.close();
    }
    zip.close();
    return {folder, zipPath};
}

/// Writes @p files more logs, their rows after the case's, into @p dir's folder "more".
QStringList writeMore(const QString &dir, int first, int files, int rows)
{
    const QString folder = dir + QStringLiteral("/more");
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QStringList paths;
    const QList<QByteArray> logs = idsLogs(first, files, rows);
    for (int i = 0; i < files; ++i) {
        QFile file(folder + u'/' + partName(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(logs.at(i)) != logs.at(i).size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        paths.append(file.fileName());
    }
    return paths;
}

/// A dry run of @p files into the case at @p casePath (none: a new case); prints its time.
void dryRun(const QStringList &files, const QString &casePath, const char *what)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = files;
    params.timeZone = QStringLiteral("UTC");
    params.dryRun = true;
    QElapsedTimer timer;
    timer.start();
    const bool ok = ImportJob::run(params).allOk();
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("a dry run of %lld more files %s: %.3f s (%.2f ms a file)%s\n",
                qlonglong(files.size()), what, seconds, seconds * 1000 / files.size(),
                ok ? "" : ", FAILED");
}

/// The first @p count / 2 sources of each half of @p all: a case of @p count sources, half files
/// alone, half the parts of one ZIP.
QList<SourceRow> caseOf(const QList<SourceRow> &all, qsizetype count)
{
    const qsizetype half = all.size() / 2;
    return all.mid(0, count / 2) + all.mid(half, count / 2);
}

/// Describes every source of @p sources as `sources` does; prints the time.
void describe(const QList<SourceRow> &sources)
{
    QElapsedTimer timer;
    timer.start();
    const SourceRelations relations(sources);
    qsizetype lines = 0, largestFile = 0;
    for (const SourceRow &source : sources) {
        lines += SourceListModel::notes(source, relations).size();
        largestFile = qMax(largestFile, relations.importedWith(source.id).size());
    }
    std::printf("describing %6lld sources (as `sources` does): %7.3f s  (%lld lines; a file of "
                "up to %lld sources)\n",
                qlonglong(sources.size()), timer.elapsed() / 1000.0, qlonglong(lines),
                qlonglong(largestFile));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int files = BenchSupport::arg(argc, argv, "--files", QStringLiteral("4000")).toInt();
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("10")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir",
                                          QDir::tempPath() + QStringLiteral("/llbench-sources"));
    QDir().mkpath(dir);
    const QString casePath = dir + QStringLiteral("/sources-%1x%2.llcase").arg(files).arg(rows);
    if (!QFile::exists(casePath)) {
        std::printf("building a case of %d files and a ZIP of %d, %d rows each …\n", files, files,
                    rows);
        ImportParams params;
        params.casePath = casePath;
        // As `lookuplens-cli import` takes a folder and a ZIP of tables: the files in them.
        const ImportFiles::Expanded expanded = ImportFiles::expand(writeInputs(dir, files, rows));
        params.files = expanded.files;
        params.foundFiles = expanded.found;
        params.timeZone = QStringLiteral("UTC");
        QElapsedTimer importing;
        importing.start();
        const ImportResult result = ImportJob::run(params);
        std::printf("imported in %.1f s (%.2f ms a file)\n", importing.elapsed() / 1000.0,
                    importing.elapsed() / (2.0 * files));
        if (!result.allOk()) {
            std::printf("the import failed: %s\n", qPrintable(result.error));
            for (const FileImportResult &file : result.files) {
                if (!file.error.isEmpty())
                    std::printf("%s\n", qPrintable(file.error));
            }
            QFile::remove(casePath);
            return 1;
        }
    }
    const auto db = BenchSupport::openToRead(casePath);
    if (!db)
        return 1;
    QElapsedTimer reading;
    reading.start();
    const QList<SourceRow> all = CaseQueries(db->db()).sources();
    const double allSeconds = reading.elapsed() / 1000.0;
    // What the cross-reference of a pair and a handle's timeline read on each choice: the sources
    // of their events, not every source of the case.
    reading.restart();
    const QList<SourceRow> few = CaseQueries(db->db()).sources(QSet<qint64>{1, all.last().id});
    std::printf("reading every source: %.3f s; the %lld sources of a pair's events: %.4f s\n",
                allSeconds, qlonglong(few.size()), reading.elapsed() / 1000.0);
    for (const qsizetype count : {all.size() / 4, all.size() / 2, all.size()})
        describe(caseOf(all, count));

    // Each file's import asks whether the case's other sources hold its records: its cost
    // should not grow with the sources the case holds.
    const QStringList more = writeMore(dir, 2 * files, qMin(files, 200), rows);
    dryRun(more, casePath, "against this case");
    dryRun(more, dir + QStringLiteral("/none.llcase"), "into a new case");

    QElapsedTimer timer;
    timer.start();
    SourceListModel model(db->db());
    std::printf("the window's list of %lld sources, loaded: %.3f s\n", qlonglong(model.rowCount()),
                timer.elapsed() / 1000.0);

    QBuffer report;
    report.open(QIODevice::WriteOnly);
    CaseReport::Params params;
    params.casePath = casePath;
    params.writtenBy = QStringLiteral("bench_sources");
    timer.restart();
    const CaseReport::Result result = CaseReport::write(db->db(), params, report);
    std::printf("the report of the case (%lld sources): %.3f s, %.1f MB%s%s\n",
                qlonglong(all.size()), timer.elapsed() / 1000.0, report.size() / 1e6,
                result.error.isEmpty() ? "" : ": ", qPrintable(result.error));
    return result.error.isEmpty() ? 0 : 1;
}
