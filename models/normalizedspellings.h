#pragma once

#include "handlenormalizer.h"

#include <QHash>
#include <QMutex>
#include <QString>

/// @brief The handles a job's files were read to, by their spelling, shared by the files of one
/// import, each spelling with the job's number for it. Each file's importer kept its own, which
/// began empty: a return delivered as 100 daily files parsed its few thousand numbers once per
/// file, and parsing a phone number costs ~100k instructions (1M rows: 43 s in 100 files, 7.5 s
/// in one). An importer still keeps the spellings its file met (for its own notes of them), with
/// these numbers. Safe from any thread.
class NormalizedSpellings final
{
public:
    /// @brief A spelling read, with the job's number for it (-1: none).
    struct Numbered
    {
        NormalizedHandle handle;
        int number = -1;
    };
    /// @brief @p raw as @p normalizer reads it, read once for every file of the job. Its number
    /// is the same in every file, so that each file's writer finds the handle of a spelling an
    /// earlier file stored by it rather than by hashing its text (100 files of one return:
    /// every spelling of every file hashed again, 4 % of the import); none past the spellings
    /// kept, or where the spelling is read in another region than the job's.
    Numbered normalize(const HandleNormalizer &normalizer, const QString &raw);

private:
    static constexpr int MostKept = 500000; ///< as an importer's own
    QMutex m_mutex;
    QString m_region; ///< the region the handles were read in: the normalizer's, the first time
    QHash<QString, Numbered> m_handles;
};
