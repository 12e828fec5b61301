#pragma once

#include "storeddedupekeys.h"

#include <QSqlDatabase>

#include <optional>

/// @brief The events indexes of a bulk import: which it drops inside its transaction, which it
/// keeps growing while rows arrive in time order, and their rebuild before the commit.
/// Building an index by sort is several times faster than growing it row by row, except for an
/// index whose keys arrive in order: that one only ever appends. The import's thread only.
class BulkIndexes final
{
public:
    /// @param db the import's connection, inside its transaction
    explicit BulkIndexes(QSqlDatabase db);

    /// Drops the indexes whose keys arrive in no useful order, and the dedupe index: the keys
    /// of the case's events stand in for it in memory where there are at most
    /// @p mostCaseKeysHeld, else CaseSchema::earlierDedupeIndex.
    void begin(qint64 mostCaseKeysHeld);
    /// An event was stored with this time; call in the order events are stored.
    void noteTime(qint64 utcMs);
    /// Between two batches of rows: drops the time-ordered indexes once times stop arriving in
    /// order (rebuilt by sort at the end, as the others). A drop that fails leaves the index
    /// growing: slower, still right.
    void keepUpWithOrder();
    /// Whether the time-ordered indexes are still growing with the rows.
    bool timeIndexesLive() const { return m_timeIndexesLive; }

    /// The full dedupe index back, for look-ups that need it (a WhatsApp return's deliveries).
    bool restoreDedupeIndex(QString *error);
    /// For EventWriter: duplicates of earlier sources are looked up through the partial index.
    std::optional<qint64> earlierSourcesUpTo() const;
    /// For EventWriter: while the dedupe index is dropped, the keys of the events the import
    /// stored and kept (the caller adds a source's once it is kept); null once it is back.
    StoredDedupeKeys *storedMeanwhile() { return m_dedupeIndexDropped ? &m_storedMeanwhile : nullptr; }
    /// Every index the schema defines and the import dropped, built again.
    bool rebuild(QString *error);

    /// Times out of order beyond which growing a time index costs more than sorting it.
    static bool outOfOrder(qint64 inversions, qint64 events);

private:
    bool exists(const QString &index);
    bool hasKeyedEvents();
    void dropDedupeIndex(qint64 mostCaseKeysHeld);
    void prepareSorts();

    QSqlDatabase m_db;
    bool m_dedupeIndexDropped = false;
    StoredDedupeKeys m_storedMeanwhile;
    std::optional<qint64>
        m_earlierSourcesUpTo; ///< CaseSchema::earlierDedupeIndex stands in meanwhile
    bool m_timeIndexesLive = false;
    qint64 m_lastUtcMs = 0;
    qint64 m_events = 0;
    qint64 m_inversions = 0; ///< events stored with an earlier time than the one before
};
