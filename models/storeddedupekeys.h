#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVarLengthArray>
#include <QtGlobal>

#include <optional>
#include <vector>

/// @brief The duplicate keys of the events a bulk import has stored and kept while its dedupe
/// index is dropped, each as a 64-bit hash with its event's id: where a later file of the same
/// import looks its records up. Growing the full index row by row instead cost a random page
/// per row, and each file's savepoint copied every page it touched into its journal again.
/// A hash found is only a candidate: the caller checks the event holds the key itself.
/// Where the import began in a case of few enough events, theirs are held too (readCase()).
/// 12 bytes a key. The import's thread only.
class StoredDedupeKeys final
{
public:
    /// @brief A key as kept: 32 bits of its hash and its event's id, in 12 bytes rather than 16
    /// (ten million keys in 120 MB). A shorter hash only makes a few more candidates, each
    /// checked: with ten million keys kept, one look-up in 400 finds one that is not its own.
    struct Entry
    {
        Entry() = default;
        Entry(quint64 keyHash, qint64 id)
            : hash(folded(keyHash))
            , idLow(quint32(quint64(id)))
            , idHigh(quint32(quint64(id) >> 32))
        {
        }
        qint64 eventId() const { return qint64(quint64(idHigh) << 32 | idLow); }

        quint32 hash = 0;
        quint32 idLow = 0; ///< the id in two halves: a 64-bit member would pad the entry to 16
        quint32 idHigh = 0;
    };

    /// @brief Merged runs are held in blocks of @p blockSize keys (tests make them small).
    explicit StoredDedupeKeys(size_t blockSize = size_t(1) << 16);

    static quint64 hashOf(QStringView key);
    /// @brief A source's keys, in any order, once its events are stored.
    void add(std::vector<Entry> entries);
    /// @brief The events whose keys have @p key's hash, in the order of their ids.
    QVarLengthArray<qint64, 4> candidates(QStringView key) const;
    /// @brief The largest event id it holds (0 for none).
    qint64 largestId() const { return m_largestId; }
    /// @brief Forgets the events above @p eventId (their sources rolled back).
    void forgetAbove(qint64 eventId);
    /// @brief The events from @p firstId on were kept without their keys given: the job's last
    /// file, whose keys only a further part of its own would look up (12 bytes a row, 120 MB
    /// for a return of ten million). readLeftInCase() reads them when such a part comes.
    void leftInCase(qint64 firstId);
    /// @brief Adds the keys of the events left in the case since leftInCase(), if any.
    bool readLeftInCase(QSqlDatabase db, QString *error);
    /// @brief Adds the keys of every event the case holds, read from its dedupe index, before a
    /// bulk import drops it: its look-ups in the case's earlier sources then need no partial
    /// index built (a sort of the case's keys, and a read of its whole table) and dropped again.
    /// False, nothing added, where the case holds more than @p mostKeys or the read fails.
    bool readCase(QSqlDatabase db, qint64 mostKeys);

private:
    /// By hash, then event id, in blocks that each hold a stretch of that order. Merging two
    /// runs frees each block of theirs once read: merged whole, the two runs and their merge
    /// were held at once, twice the keys (10M rows in 100 files: 320 MB for 160 MB of keys).
    struct Run
    {
        std::vector<std::vector<Entry>> blocks; ///< none empty
        size_t size = 0;
    };
    Run merged(Run earlier, Run later) const;
    static void appendCandidates(const Run &run, quint32 hash, QVarLengthArray<qint64, 4> *events);
    static quint32 folded(quint64 hash) { return quint32(hash >> 32) ^ quint32(hash); }

    size_t m_blockSize;
    /// Sorted runs, each of later events than the one before and at most half its size, as in
    /// a log-structured merge: merging every file's keys into one run moved all the keys
    /// stored so far once per file (a return in 1,000 daily files: 500 times each).
    std::vector<Run> m_runs;
    qint64 m_largestId = 0;
    std::optional<qint64> m_leftFrom; ///< the first event whose key is left in the case
};
