#pragma once

#include <QString>

/// @brief Helpers shared by the benchmarks.
namespace BenchSupport {
qint64 peakRssKiB();           ///< the process's peak resident memory so far
QString arg(int argc, char **argv, const char *name, const QString &fallback);
/// @brief A deterministic IDS-format CSV of @p rows lookups (10,000 handles, 500 IPs).
QString writeIdsCsv(const QString &path, int rows);
} // namespace BenchSupport
