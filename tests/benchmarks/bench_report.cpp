// Report benchmark. Builds (or reuses) a case of N generated lookups (10,000 handles, 500 IPs),
// then writes the report `lookuplens-cli report` writes on the whole case and on one handle's
// events, and prints for each the events, wall time, events/s, bytes written and peak memory.
// Usage: bench_report [--rows 1000000] [--dir /tmp/llbench-report]

#include "benchsupport.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "casereport.h"
#include "importjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace {

bool reportOn(QSqlDatabase db, const char *name, const CaseReport::Params &params,
              const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::printf("%s: %s\n", qPrintable(path), qPrintable(out.errorString()));
        return false;
    }
    BenchSupport::resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    const CaseReport::Result result = CaseReport::write(db, params, out);
    out.close();
    const double seconds = timer.elapsed() / 1000.0;
    if (!result.error.isEmpty()) {
        std::printf("%s: %s\n", name, qPrintable(result.error));
        return false;
    }
    std::printf("%-22s %9lld events  %6.2f s  %9.0f events/s  %8.1f MB written  peak %6.1f MB\n",
                name, static_cast<long long>(result.written), seconds,
                result.written / qMax(seconds, 0.001), QFileInfo(path).size() / 1e6,
                BenchSupport::peakRssKiB() / 1024.0);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("1000000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir",
                                          QDir::tempPath() + QStringLiteral("/llbench-report"));
    QDir().mkpath(dir);
    const QString casePath = dir + QStringLiteral("/report-%1.llcase").arg(rows);
    if (!BenchSupport::buildCaseOnce(casePath, rows, [&]() {
            return BenchSupport::writeIdsCsv(dir + QStringLiteral("/report.csv"), rows);
        }))
        return 1;
    const auto db = BenchSupport::openToRead(casePath);
    if (!db)
        return 1;
    CaseReport::Params params;
    params.casePath = casePath;
    params.writtenBy = QStringLiteral("bench_report");
    if (!reportOn(db->db(), "the whole case", params, dir + QStringLiteral("/whole.html")))
        return 1;
    params.filter.handleId =
        CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025501234"), QStringLiteral("US"));
    if (!params.filter.handleId) {
        std::printf("no handle +12025501234 in the case\n");
        return 1;
    }
    return reportOn(db->db(), "one handle's events", params, dir + QStringLiteral("/handle.html"))
               ? 0
               : 1;
}
