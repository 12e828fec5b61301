// Import benchmark (issue: importers). Generates an IDS-format CSV of N rows (10,000 distinct
// handles, 500 IPs), imports it into a new case through ImportJob (the CLI's code path), and
// prints rows/s, wall time and peak memory beside `sqlite3 NEW.db ".import --csv FILE t"`.
// Usage: bench_import [--rows 1000000] [--dir /tmp/llbench]

#include "benchsupport.h"
#include "importjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("1000000")).toInt();
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
    params.files = {csv};
    qint64 maxGapMs = 0;
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    QElapsedTimer timer;
    timer.start();
    qint64 lastProgressAt = 0;
    int milestone = 0;
    qint64 maxGapAtMs = 0;
    ImportProgress::Stage maxGapStage = ImportProgress::Stage::Reading;
    qint64 firstReadingAt = -1;
    qint64 finishingAt = -1;
    const ImportResult result = ImportJob::run(params, [&](const ImportProgress &p) {
        if (p.stage == ImportProgress::Stage::Reading && firstReadingAt < 0)
            firstReadingAt = timer.elapsed();
        if (p.stage == ImportProgress::Stage::Finishing && finishingAt < 0)
            finishingAt = timer.elapsed();
        const qint64 gap = sinceProgress.restart();
        if (gap > maxGapMs) {
            maxGapMs = gap;
            maxGapAtMs = timer.elapsed();
            maxGapStage = p.stage;
        }
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
    // The same file read and checked but not written: what parsing alone costs.
    params.dryRun = true;
    params.allowDuplicate = true; // the file is in the case now
    QElapsedTimer dryTimer;
    dryTimer.start();
    ImportJob::run(params);
    const double drySeconds = dryTimer.elapsed() / 1000.0;
    if (!result.allOk()) {
        std::printf("import failed: %s %s\n", qPrintable(result.error), qPrintable(result.files.value(0).error));
        return 1;
    }
    const auto &file = result.files.first();
    std::printf("lookuplens import: %d rows read (%d accepted, %d rejected, %d duplicate)\n", file.rowsRead,
                file.accepted, file.rejected, file.duplicate);
    std::printf("lookuplens wall time: %.2f s  (%.0f rows/s)\n", seconds, file.rowsRead / seconds);
    std::printf("of which reading and checking (dry run): %.2f s\n", drySeconds);
    std::printf("lookuplens peak memory: %.1f MB\n", BenchSupport::peakRssKiB() / 1024.0);
    std::printf("longest gap between progress reports: %lld ms (ending at %.2f s, in the %s stage)\n",
                static_cast<long long>(maxGapMs), maxGapAtMs / 1000.0,
                maxGapStage == ImportProgress::Stage::Hashing   ? "hashing"
                : maxGapStage == ImportProgress::Stage::Reading ? "reading"
                                                                : "finishing");
    std::printf("sqlite3 .import wall time: %.2f s\n", sqliteSeconds);
    std::printf("ratio lookuplens / sqlite3: %.2f  (target <= 2.0)\n", seconds / sqliteSeconds);
    return 0;
}
