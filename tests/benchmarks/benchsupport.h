#pragma once

#include "casedatabase.h"
#include "importjob.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

/// @brief Helpers shared by the benchmarks.
namespace BenchSupport {
qint64 peakRssKiB();           ///< the process's peak resident memory so far (since resetPeakRss())
/// @brief Starts the peak again from what is resident now, so that one stage is measured alone;
/// false where the system cannot (the peak then counts from the start).
bool resetPeakRss();
QString arg(int argc, char **argv, const char *name, const QString &fallback);
/// @brief The lines above the header of the IDS log the benchmarks import, and its header.
QStringList idsMetadataLines();
QStringList idsHeader();
/// @brief Calls @p row with the cells of each of @p rows deterministic lookups (10,000
/// handles, 500 IPs), in the order of idsHeader().
void forEachIdsRow(int rows, const std::function<void(const QByteArray (&cells)[6])> &row);
/// @brief A deterministic IDS-format CSV of @p rows lookups (10,000 handles, 500 IPs).
QString writeIdsCsv(const QString &path, int rows);
/// @brief Imports the file @p write writes into a new case at @p casePath, unless an earlier run
/// built it (a benchmark's case is built once); says so while it does. False when it fails.
bool buildCaseOnce(const QString &casePath, int events, const std::function<QString()> &write);
/// @brief The case at @p casePath opened to be read, or null with the reason printed.
std::unique_ptr<CaseDatabase> openToRead(const QString &casePath);

/// @brief The longest gap between an import's progress reports (the GUI must hear at least
/// every 100 ms), where it ended and in which stage. Started when made.
class ProgressGaps
{
public:
    ProgressGaps();
    /// @brief Counts from now: the import starts.
    void restart();
    void report(const ImportProgress &progress);
    /// @brief "longest gap between progress reports: 81 ms (ending at 4.71 s, in the … stage)"
    void print() const;

private:
    QElapsedTimer m_sinceLast;
    QElapsedTimer m_sinceStart;
    qint64 m_longest = 0;
    qint64 m_longestEndedAt = 0;
    ImportProgress::Stage m_stage = ImportProgress::Stage::Reading;
};

/// An import's result and wall time.
struct Timed
{
    double seconds = 0;
    ImportResult result;
};
/// @brief Imports @p file into a new case at @p casePath (a dry run if @p dryRun), as
/// `lookuplens-cli import` does, its progress reports timed by @p gaps; stops the benchmark if
/// the import fails.
Timed importFile(const QString &file, const QString &casePath, bool dryRun, ProgressGaps *gaps = nullptr);
} // namespace BenchSupport
