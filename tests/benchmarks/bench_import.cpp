// Import benchmark (issue: importers). Generates an IDS-format CSV of N rows (10,000 distinct
// handles, 500 IPs), imports it into a new case through ImportJob (the CLI's code path), and
// prints rows/s, wall time and peak memory beside `sqlite3 NEW.db ".import --csv FILE t"`.
// It also times sqlite3 storing the events the import produced, already parsed and checked, in a
// fresh database with the case's events table and indexes: the part of the import's time that
// SQLite itself needs, whatever the importer does.
// With --files N the rows are split into N files of consecutive rows (a return delivered day by
// day), imported in one job: what each further file costs (its checks against the files before).
// Usage: bench_import [--rows 1000000] [--files 1] [--dir /tmp/llbench]

#include "benchsupport.h"
#include "caseschema.h"
#include "importjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <dlfcn.h>

namespace {

double sqliteImportSeconds(const QString &csv, const QString &dir)
{
    // sqlite3's importer wants a plain table: drop the metadata block for a fair comparison.
    const QString plain = dir + QStringLiteral("/plain.csv");
    QFile in(csv);
    QFile out(plain);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        qFatal("cannot copy");
    for (int i = 0; i < 4; ++i)
        in.readLine();
    while (!in.atEnd())
        out.write(in.read(1 << 22));
    out.close();
    const QString db = dir + QStringLiteral("/sqlite-import.db");
    QFile::remove(db);
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {db, QStringLiteral(".import --csv %1 t").arg(plain)});
    sqlite.waitForFinished(-1);
    const double seconds = timer.elapsed() / 1000.0;
    if (sqlite.exitCode() != 0)
        std::printf("sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
    return seconds;
}

/// The case's statements creating the events table and each of its indexes, in that order.
QStringList eventsSchema(const QString &casePath)
{
    QStringList statements;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(casePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE tbl_name = 'events'"
                                                     " AND type IN ('table', 'index') AND sql IS NOT NULL"
                                                     " ORDER BY type = 'index', name")))
            qFatal("cannot read the case's schema");
        while (query.next())
            statements.append(query.value(0).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    return statements;
}

/// The script storing the case's events in @p floorPath as ImportJob does for a large first
/// import: a rollback journal, the indexes a sorted return keeps growing live, the others sorted
/// after the rows with the job's sorter settings.
QString storeEventsScript(const QString &casePath)
{
    QStringList live{QStringLiteral("events_by_source")};
    live += CaseSchema::bulkTimeOrderedIndexes();
    QStringList before{QStringLiteral("PRAGMA journal_mode = DELETE;"), QStringLiteral("PRAGMA cache_size = -65536;")};
    QStringList after;
    for (const QString &sql : eventsSchema(casePath)) {
        const bool isLive = !sql.startsWith(QLatin1String("CREATE INDEX"))
                            || std::any_of(live.cbegin(), live.cend(), [&](const QString &name) {
                                   return sql.startsWith(QStringLiteral("CREATE INDEX %1 ").arg(name));
                               });
        (isLive ? before : after).append(sql + u';');
    }
    before.append(QStringLiteral("ATTACH '%1' AS src;").arg(casePath));
    before.append(QStringLiteral("BEGIN;"));
    // "WHERE id > 0" keeps SQLite from copying the stored records as they are (its transfer
    // optimisation): every row is built and inserted, as the import's rows are.
    before.append(QStringLiteral("INSERT INTO main.events SELECT * FROM src.events WHERE id > 0;"));
    before.append(QStringLiteral("PRAGMA threads = %1;").arg(qBound(1, QThread::idealThreadCount(), 4)));
    before.append(QStringLiteral("PRAGMA cache_size = -2000;"));
    return (before + after + QStringList{QStringLiteral("COMMIT;")}).join(u'\n');
}

double storeEventsSeconds(const QString &casePath, const QString &dir)
{
    const QString db = dir + QStringLiteral("/sqlite-store.db");
    QFile::remove(db);
    const QByteArray script = storeEventsScript(casePath).toUtf8();
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), db});
    sqlite.write(script);
    sqlite.closeWriteChannel();
    sqlite.waitForFinished(-1);
    const double seconds = timer.elapsed() / 1000.0;
    if (sqlite.exitCode() != 0)
        std::printf("sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
    QFile::remove(db);
    return seconds;
}

/// @p csv's rows split into @p files files of consecutive rows, each with its header rows; @p csv itself for one.
QStringList splitInto(const QString &csv, int files)
{
    if (files <= 1)
        return {csv};
    // Two passes, a line at a time: the lines held in memory at once (a gigabyte for 10M rows)
    // stayed resident in the allocator's free pages and counted as the import's peak.
    QFile in(csv);
    if (!in.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(csv));
    QByteArray header; // the lines above the records too (the log's name, its target), as each day's file has them
    while (!in.atEnd() && !header.contains("Timestamp"))
        header += in.readLine();
    const qint64 firstRecord = in.pos();
    qint64 lines = 0;
    for (; !in.atEnd(); in.readLine())
        ++lines;
    in.seek(firstRecord);
    QStringList parts;
    for (int part = 0; part < files; ++part) {
        parts.append(csv.chopped(4) + QStringLiteral("-%1.csv").arg(part + 1, 4, 10, QLatin1Char('0')));
        QFile out(parts.last());
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(parts.last()));
        out.write(header);
        for (qint64 line = lines * part / files; line < lines * (part + 1) / files; ++line)
            out.write(in.readLine());
    }
    return parts;
}

/// The malloc this process runs on: jemalloc answers "version" through mallctl.
QString allocatorName()
{
    using MallCtl = int (*)(const char *, void *, size_t *, void *, size_t);
    const auto mallctl = reinterpret_cast<MallCtl>(dlsym(RTLD_DEFAULT, "mallctl"));
    const char *version = nullptr;
    size_t size = sizeof(version);
    if (mallctl && mallctl("version", &version, &size, nullptr, 0) == 0)
        return QStringLiteral("jemalloc ") + QString::fromLatin1(version).section(u'-', 0, 0);
    return QStringLiteral("not jemalloc (glibc's malloc?)");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("1000000")).toInt();
    const int files = BenchSupport::arg(argc, argv, "--files", QStringLiteral("1")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench"));
    QDir().mkpath(dir);
    std::printf("generating %d rows in %s …\n", rows, qPrintable(dir));
    const QString csv = BenchSupport::writeIdsCsv(dir + QStringLiteral("/ids-bench.csv"), rows);
    const double sqliteSeconds = sqliteImportSeconds(csv, dir);

    const QString casePath = dir + QStringLiteral("/bench.llcase");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(casePath + suffix);
    ImportParams params;
    params.casePath = casePath;
    params.files = splitInto(csv, files);
    BenchSupport::ProgressGaps gaps;
    // The generator's own memory is not the import's.
    const bool peaksApart = BenchSupport::resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    qint64 lastProgressAt = 0;
    int milestone = 0;
    qint64 firstReadingAt = -1;
    qint64 finishingAt = -1;
    const ImportResult result = ImportJob::run(params, [&](const ImportProgress &p) {
        if (p.stage == ImportProgress::Stage::Reading && firstReadingAt < 0)
            firstReadingAt = timer.elapsed();
        if (p.stage == ImportProgress::Stage::Finishing && finishingAt < 0)
            finishingAt = timer.elapsed();
        gaps.report(p);
        lastProgressAt = timer.elapsed();
        if (p.rows >= qint64(milestone + 1) * rows / 4) {
            ++milestone;
            std::printf("  %lld rows after %.2f s\n", static_cast<long long>(p.rows), lastProgressAt / 1000.0);
        }
        return true;
    });
    std::printf("  last progress at %.2f s, job returned at %.2f s\n", lastProgressAt / 1000.0, timer.elapsed() / 1000.0);
    std::printf("  stages: case and file hash until %.2f s, rows until %.2f s, indexes and commit %.2f s\n",
                firstReadingAt / 1000.0, finishingAt / 1000.0, (timer.elapsed() - finishingAt) / 1000.0);
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 importPeakKiB = BenchSupport::peakRssKiB();
    // The same file read and checked but not written: what parsing alone costs. Into no case:
    // a dry run into this one would look each record up among the events just stored.
    params.dryRun = true;
    params.casePath += QStringLiteral(".none");
    BenchSupport::resetPeakRss();
    QElapsedTimer dryTimer;
    dryTimer.start();
    ImportJob::run(params);
    const double drySeconds = dryTimer.elapsed() / 1000.0;
    const qint64 dryPeakKiB = BenchSupport::peakRssKiB();
    if (!result.allOk()) {
        std::printf("import failed: %s %s\n", qPrintable(result.error), qPrintable(result.files.value(0).error));
        return 1;
    }
    FileImportResult file;
    for (const FileImportResult &part : result.files) {
        file.rowsRead += part.rowsRead;
        file.accepted += part.accepted;
        file.rejected += part.rejected;
        file.duplicate += part.duplicate;
    }
    std::printf("lookuplens import: %d rows read in %d file(s) (%d accepted, %d rejected, %d duplicate)\n", file.rowsRead,
                int(result.files.size()), file.accepted, file.rejected, file.duplicate);
    std::printf("lookuplens wall time: %.2f s  (%.0f rows/s)\n", seconds, file.rowsRead / seconds);
    std::printf("of which reading and checking (dry run): %.2f s\n", drySeconds);
    std::printf("lookuplens peak memory: %.1f MB (allocator: %s)%s\n", importPeakKiB / 1024.0,
                qPrintable(allocatorName()), peaksApart ? "" : " (with the file's generation: no clear_refs)");
    std::printf("peak memory of the dry run alone: %.1f MB\n", dryPeakKiB / 1024.0);
    gaps.print();
    std::printf("sqlite3 .import wall time: %.2f s\n", sqliteSeconds);
    std::printf("ratio lookuplens / sqlite3: %.2f  (target <= 2.0)\n", seconds / sqliteSeconds);
    const double storeSeconds = storeEventsSeconds(casePath, dir);
    std::printf("sqlite3 storing the same events, parsed, with the case's indexes: %.2f s"
                "  (%.2f x .import; lookuplens %.2f x this)\n",
                storeSeconds, storeSeconds / sqliteSeconds, seconds / storeSeconds);
    return 0;
}
