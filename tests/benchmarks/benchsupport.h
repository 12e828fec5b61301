#pragma once

#include <QString>

/// @brief Helpers shared by the benchmarks.
namespace BenchSupport {
qint64 peakRssKiB();           ///< the process's peak resident memory so far
QString arg(int argc, char **argv, const char *name, const QString &fallback);
} // namespace BenchSupport
