#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

/// @brief Adds the raw records of events not yet indexed to the trigram search index, in
/// committed batches, so it can stop at any time and carry on later. Runs on any thread with
/// its own connection. Import time stays as it is; searching gets fast once this has run.
class RawTextIndexJob final
{
    Q_DECLARE_TR_FUNCTIONS(RawTextIndexJob)
public:
    /// Each batch holds the case's write lock while other writers, the GUI's among them, wait:
    /// batches are sized to take about TargetBatchMs. Small batches cost little more in all
    /// (1M events: 4,000 a batch took 3 % longer than 20,000, which held the lock ~0.5 s each).
    static constexpr int FirstBatchSize = 4000;
    static constexpr int MinBatchSize = 500;
    static constexpr int MaxBatchSize = 50000;
    static constexpr qint64 TargetBatchMs = 100;
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 indexedUpTo = 0; ///< highest event id now in the index
        qint64 added = 0;
        QString error;
    };
    /// @param progress called after each batch with the fraction done; false stops.
    static Result run(const QString &casePath, const std::function<bool(double)> &progress = {});
    /// @brief The size of the batch after one of @p size events that took @p elapsedMs: scaled
    /// towards TargetBatchMs, at most doubled (one quick batch proves little), within bounds.
    static int nextBatchSize(int size, qint64 elapsedMs);
    /// @brief How far the index reaches in an open case (0: nothing indexed).
    static qint64 indexedUpTo(const class QSqlDatabase &db);
};
