#pragma once

#include <QString>
#include <QStringList>

#include <functional>

/// @brief Helpers shared by the benchmarks.
namespace BenchSupport {
qint64 peakRssKiB();           ///< the process's peak resident memory so far
QString arg(int argc, char **argv, const char *name, const QString &fallback);
/// @brief The lines above the header of the IDS log the benchmarks import, and its header.
QStringList idsMetadataLines();
QStringList idsHeader();
/// @brief Calls @p row with the cells of each of @p rows deterministic lookups (10,000
/// handles, 500 IPs), in the order of idsHeader().
void forEachIdsRow(int rows, const std::function<void(const QByteArray (&cells)[6])> &row);
/// @brief A deterministic IDS-format CSV of @p rows lookups (10,000 handles, 500 IPs).
QString writeIdsCsv(const QString &path, int rows);
} // namespace BenchSupport
