#include "benchsupport.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTimeZone>

#include <cstdio>

#include <sys/resource.h>

qint64 BenchSupport::peakRssKiB()
{
    // VmHWM, unlike getrusage's maximum, starts again from resetPeakRss().
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

bool BenchSupport::resetPeakRss()
{
    // Linux 4.0 on: writing 5 to clear_refs sets the peak back to what is resident now.
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

QString BenchSupport::arg(int argc, char **argv, const char *name, const QString &fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], name) == 0)
            return QString::fromLocal8Bit(argv[i + 1]);
    }
    return fallback;
}

QStringList BenchSupport::idsMetadataLines()
{
    return {QStringLiteral("IDS Query Logs"), QStringLiteral("DSID 9990001112"), QStringLiteral("Target: tel:+12025550143"), QString()};
}

QStringList BenchSupport::idsHeader()
{
    return {QStringLiteral("Record ID"), QStringLiteral("Timestamp (GMT)"), QStringLiteral("Source Handle"),
            QStringLiteral("Lookup Handle"), QStringLiteral("Client IP"), QStringLiteral("Lookup Devices")};
}

void BenchSupport::forEachIdsRow(int rows, const std::function<void(const QByteArray (&cells)[6])> &row)
{
    QRandomGenerator random(20260322); // fixed seed: the same rows every run
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    for (int i = 0; i < rows; ++i) {
        const qint64 t = start + qint64(i) * 31;
        const int a = int(random.bounded(10000));
        const int b = int(random.bounded(10000));
        const int ip = int(random.bounded(500));
        const QByteArray cells[6] = {
            QByteArray::number(i + 1),
            QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1(),
            "+1202" + QByteArray::number(5500000 + a),
            "+1312" + QByteArray::number(5500000 + b),
            "198.51." + QByteArray::number(ip / 250) + '.' + QByteArray::number(ip % 250),
            QByteArray::number(random.bounded(4))};
        row(cells);
    }
}

bool BenchSupport::buildCaseOnce(const QString &casePath, int events,
                                 const std::function<QString()> &write)
{
    if (QFile::exists(casePath))
        return true;
    std::printf("building a case of %d events …\n", events);
    ImportParams params;
    params.casePath = casePath;
    params.files = {write()};
    return ImportJob::run(params).allOk();
}

std::unique_ptr<CaseDatabase> BenchSupport::openToRead(const QString &casePath)
{
    QString error;
    auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        std::printf("%s\n", qPrintable(error));
    return db;
}

QString BenchSupport::writeIdsCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(idsMetadataLines().join(u'\n').toUtf8() + '\n');
    file.write(idsHeader().join(u',').toUtf8() + '\n');
    QByteArray chunk;
    forEachIdsRow(rows, [&](const QByteArray(&cells)[6]) {
        for (int c = 0; c < 6; ++c)
            chunk += cells[c] + (c < 5 ? ',' : '\n');
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    });
    file.write(chunk);
    return path;
}

BenchSupport::ProgressGaps::ProgressGaps()
{
    restart();
}

void BenchSupport::ProgressGaps::restart()
{
    m_sinceLast.start();
    m_sinceStart.start();
}

void BenchSupport::ProgressGaps::report(const ImportProgress &progress)
{
    const qint64 gap = m_sinceLast.restart();
    if (gap <= m_longest)
        return;
    m_longest = gap;
    m_longestEndedAt = m_sinceStart.elapsed();
    m_stage = progress.stage;
}

void BenchSupport::ProgressGaps::print() const
{
    using Stage = ImportProgress::Stage;
    std::printf("longest gap between progress reports: %lld ms (ending at %.2f s, in the %s stage)\n",
                static_cast<long long>(m_longest), m_longestEndedAt / 1000.0,
                m_stage == Stage::Hashing     ? "hashing"
                : m_stage == Stage::Preparing ? "preparing"
                : m_stage == Stage::Checking  ? "checking"
                : m_stage == Stage::Reading   ? "reading"
                : m_stage == Stage::Waiting   ? "waiting"
                : m_stage == Stage::Opening   ? "opening"
                                              : "finishing");
}

BenchSupport::Timed BenchSupport::importFile(const QString &file, const QString &casePath, bool dryRun, ProgressGaps *gaps)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(casePath + suffix);
    ImportParams params;
    params.casePath = casePath;
    params.files = {file};
    params.dryRun = dryRun;
    QElapsedTimer timer;
    timer.start();
    if (gaps) // not the old case's removal above
        gaps->restart();
    Timed timed;
    timed.result = ImportJob::run(params, [gaps](const ImportProgress &progress) {
        if (gaps)
            gaps->report(progress);
        return true;
    });
    timed.seconds = timer.elapsed() / 1000.0;
    if (!timed.result.allOk())
        qFatal("import failed: %s %s", qPrintable(timed.result.error), qPrintable(timed.result.files.value(0).error));
    return timed;
}
