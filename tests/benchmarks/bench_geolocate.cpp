// Geolocation benchmark (issue: IP geolocation). A case whose events use N distinct client IPs
// (a third in the City database, a third in the ASN database, a third in neither) is geolocated
// against MaxMind's test City and ASN databases with results stored, and the same lookups are
// timed in a bare libmaxminddb loop (lookup + decoding the whole record, nothing stored).
// Target: GeoLocateJob ≤ 2× the bare loop.
// Usage: bench_geolocate [--ips 100000] [--dir /tmp/llbench-geo] [--data tests/data/geoip]

#include "benchsupport.h"
#include "geolocatejob.h"
#include "importjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <maxminddb.h>

#include <cstdio>

namespace {

QByteArray ipFor(int i)
{
    switch (i % 3) {
    case 0: // San Diego in the City database: 2001:480:10::/48
        return "2001:480:10::" + QByteArray::number(i, 16);
    case 1: // Telstra in the ASN database: 1.128.0.0/11
        return "1." + QByteArray::number(128 + ((i >> 16) & 31)) + '.' + QByteArray::number((i >> 8) & 255) + '.'
               + QByteArray::number(i & 255);
    default: // in neither
        return "5." + QByteArray::number((i >> 16) & 255) + '.' + QByteArray::number((i >> 8) & 255) + '.'
               + QByteArray::number(i & 255);
    }
}

QString writeCsv(const QString &path, int ips)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    for (int i = 0; i < ips; ++i)
        file.write("2026-03-01 10:00:00,+12025550143,+13125550147," + ipFor(i) + ",1\n");
    return path;
}

double bareLoopSeconds(const QStringList &databases, int ips, int *found)
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : databases) {
        MMDB_s mmdb;
        if (MMDB_open(QFile::encodeName(path).constData(), MMDB_MODE_MMAP, &mmdb) != MMDB_SUCCESS)
            qFatal("cannot open %s", qPrintable(path));
        for (int i = 0; i < ips; ++i) {
            int gaiError = 0;
            int mmdbError = 0;
            MMDB_lookup_result_s result = MMDB_lookup_string(&mmdb, ipFor(i).constData(), &gaiError, &mmdbError);
            if (!result.found_entry)
                continue;
            ++*found;
            MMDB_entry_data_list_s *list = nullptr;
            MMDB_get_entry_data_list(&result.entry, &list);
            MMDB_free_entry_data_list(list);
        }
        MMDB_close(&mmdb);
    }
    return timer.elapsed() / 1000.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int ips = BenchSupport::arg(argc, argv, "--ips", QStringLiteral("100000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench-geo"));
    const QString data = BenchSupport::arg(argc, argv, "--data", QStringLiteral(LL_TEST_DATA "/geoip"));
    const QStringList databases{data + QStringLiteral("/GeoIP2-City-Test.mmdb"), data + QStringLiteral("/GeoLite2-ASN-Test.mmdb")};
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString casePath = dir + QStringLiteral("/geo.llcase");
    ImportParams params;
    params.casePath = casePath;
    params.files = {writeCsv(dir + QStringLiteral("/geo.csv"), ips)};
    params.timeZone = QStringLiteral("UTC");
    if (!ImportJob::run(params).allOk()) {
        std::printf("the generated case could not be imported\n");
        return 1;
    }
    int bareFound = 0;
    const double bare = bareLoopSeconds(databases, ips, &bareFound);
    QElapsedTimer timer;
    timer.start();
    const auto results = GeoLocateJob::run(casePath, databases);
    const double ours = timer.elapsed() / 1000.0;
    int found = 0;
    for (const auto &r : results) {
        if (!r.ok) {
            std::printf("%s: %s\n", qPrintable(r.path), qPrintable(r.error));
            return 1;
        }
        found += r.found;
    }
    std::printf("%d distinct IPs × %lld databases (%d answers found; bare loop found %d)\n", ips,
                static_cast<long long>(databases.size()), found, bareFound);
    std::printf("bare libmaxminddb loop (lookup + decode): %.2f s\n", bare);
    std::printf("GeoLocateJob (lookup + decode + JSON + stored in the case): %.2f s\n", ours);
    std::printf("ratio: %.2f× (target ≤ 2×)\n", ours / bare);
    std::printf("peak memory: %lld MiB\n", static_cast<long long>(BenchSupport::peakRssKiB() / 1024));
    return 0;
}
