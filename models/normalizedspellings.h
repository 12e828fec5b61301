#pragma once

#include "handlenormalizer.h"

#include <QHash>
#include <QMutex>
#include <QString>

/// @brief The handles a job's files were read to, by their spelling, shared by the files of one
/// import. Each file's importer keeps its own (numbered for its writer), which began empty: a
/// return delivered as 100 daily files parsed its few thousand numbers once per file, and
/// parsing a phone number costs ~100k instructions (1M rows: 43 s in 100 files, 7.5 s in one).
/// Safe from any thread.
class NormalizedSpellings final
{
public:
    /// @brief @p raw as @p normalizer reads it, read once for every file of the job.
    NormalizedHandle normalize(const HandleNormalizer &normalizer, const QString &raw);

private:
    static constexpr int MostKept = 500000; ///< as an importer's own
    QMutex m_mutex;
    QString m_region; ///< the region the handles were read in: the normalizer's, the first time
    QHash<QString, NormalizedHandle> m_handles;
};
