#pragma once

#include "eventrecord.h"
#include "joinedreturns.h"
#include "sqliterowfeed.h"
#include "sqlitestatement.h"
#include "storeddedupekeys.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <optional>
#include <vector>

/// @brief Writes one source's events and rejected rows with prepared statements and a handle
/// cache. Events are stored a batch at a time: call finish() once the source is written (before
/// anything else reads its events). The caller owns the transaction.
/// Thread affinity: the thread that owns @p db.
class EventWriter final
{
public:
    enum class Outcome { Inserted, Duplicate, CallLeg, Failed };

    /// @param earlierSourcesUpTo when set, duplicates are looked for in the case only among the
    /// events of sources up to this id, through CaseSchema::earlierDedupeIndex (a bulk import).
    /// @param storedMeanwhile when set (a bulk import without its dedupe index), the sources the
    /// import stored are looked in through these keys, and the case only where
    /// @p earlierSourcesUpTo is set; the writer's own keys are then kept for takeNewKeys().
    EventWriter(QSqlDatabase db, qint64 sourceId, std::optional<qint64> earlierSourcesUpTo = std::nullopt,
                const StoredDedupeKeys *storedMeanwhile = nullptr);
    /// The statement that finds an earlier source's event with a record's duplicate key.
    static QByteArray duplicateQuery(std::optional<qint64> earlierSourcesUpTo);

    /// @brief Handles the case holds and their spellings, as a writer stored or found them.
    struct KnownHandles
    {
        QHash<QString, qint64> ids;             ///< normalised handle -> its id
        QSet<QPair<qint64, QString>> spellings; ///< (handle id, spelling) in handle_spellings
        QHash<QString, qint64> idBySpelling;    ///< spelling -> its handle's id, its row stored
        /// The same by the number the spelling has in spellingTable (-1: not known).
        std::vector<qint64> idBySpellingNumber;
        const void *spellingTable = nullptr;
        /// The region the spellings were read in (the caller's to keep): "0171 2345678" is
        /// another handle in a file whose numbers are another country's.
        QString region = QString();
    };

    bool prepare();
    /// @brief Starts from what a writer of an earlier file of the same job knew
    /// (takeKnownHandles()), rather than asking the case for each again. Only what the case still
    /// holds: the caller forgets a writer's handles when its part or file is rolled back.
    /// @param jobSpellings the numbering of spellings the job's files share
    /// (TableImporter::Options::spellings): only numbers of it are carried from file to file. An
    /// importer's own numbering ends with its file, and its address may be the next one's.
    void startFrom(KnownHandles known, const void *jobSpellings);
    /// @brief What this writer knows the case holds: what it started from, found and stored;
    /// taken from it, not copied (the writer knows none after).
    KnownHandles takeKnownHandles()
    {
        return {std::exchange(m_handleIds, {}), std::exchange(m_spellings, {}),
                std::exchange(m_idBySpelling, {}), std::exchange(m_idBySpellingNumber, {}),
                std::exchange(m_spellingTable, nullptr)};
    }
    Outcome write(const EventRecord &event);
    /// @brief The time of the first and the last record written (stored or linked), in UTC ms;
    /// none before one is.
    std::optional<std::pair<qint64, qint64>> recordsSpan() const { return m_recordsSpan; }
    /// @brief The keys of the events this writer stored, for StoredDedupeKeys::add once they are
    /// kept (only with storedMeanwhile, unless keepNoNewKeys()).
    std::vector<StoredDedupeKeys::Entry> takeNewKeys() { return std::move(m_newKeys); }
    /// @brief Keeps none: StoredDedupeKeys::leftInCase() then names them.
    void keepNoNewKeys() { m_keepsNewKeys = false; }
    /// @brief The event the last record written was linked to (Outcome::Duplicate, CallLeg).
    qint64 lastLinkedEvent() const { return m_lastLinkedEvent; }
    /// @brief The id of the first event this writer stores (known once prepared).
    qint64 firstId() const { return m_firstId; }
    bool writeRejected(const RejectedRow &row);
    /// @brief Stores the events still waiting in the batch.
    bool finish() { return flush(); }
    QString lastError() const { return m_lastError; }

private:
    std::optional<qint64> handleId(const NormalizedHandle &handle, const QString &raw, int spelling);
    std::optional<qint64> handleIdBySpelling(const NormalizedHandle &handle, const QString &raw);
    std::optional<qint64> findDuplicate(const EventRecord &event);
    std::optional<qint64> findStoredMeanwhile(const EventRecord &event);
    /// @brief Writes a record no earlier return of this file held; @p id gets its event.
    Outcome writeRecord(const EventRecord &event, qint64 *id);
    Outcome writeOrLink(const EventRecord &event);
    bool startReturn(int returnInFile);
    /// @brief The address @p written names (empty for none), in client_ips; nullopt on failure.
    std::optional<QString> addressOf(const QString &written);
    bool fail(const SqliteStatement &statement);
    /// @brief The earliest (@p order "ASC") or latest ("DESC") time of other sources' keyed events.
    std::optional<qint64> otherSourcesEnd(const char *order) const;
    bool link(qint64 eventId, const EventRecord &event, const QString &kind);
    void addRow(qint64 id, const EventRecord &event, qint64 initiator, std::optional<qint64> counterpart,
                const QString &address);
    bool flush();

    static constexpr qint64 FlushRows = 1024;

    QSqlDatabase m_db;
    qint64 m_sourceId;
    std::optional<qint64> m_earlierSourcesUpTo;
    const StoredDedupeKeys *m_storedMeanwhile;
    std::vector<StoredDedupeKeys::Entry> m_newKeys;
    bool m_keepsNewKeys = true;
    SqliteStatement m_insertEvents;
    SqliteRowFeed m_pending{20}; ///< events waiting for the next flush(), in id order
    qint64 m_nextId = 1; ///< the id the next inserted event gets
    qint64 m_firstId = 1; ///< this source's first event's
    int m_returnInFile = 0;
    std::optional<JoinedReturns> m_joined; ///< once a file turns out to join several returns
    SqliteStatement m_findHandle;
    SqliteStatement m_insertHandle;
    SqliteStatement m_insertSpelling;
    SqliteStatement m_findDuplicate;
    SqliteStatement m_hasKey; ///< whether an event found by its key's hash holds the key
    SqliteStatement m_insertOccurrence;
    SqliteStatement m_insertRejected;
    SqliteStatement m_insertClientIp;
    QHash<QString, qint64> m_handleIds;
    QSet<QPair<qint64, QString>> m_spellings;
    QHash<QString, qint64> m_idBySpelling; ///< raw spelling -> handle, its spelling row stored
    std::vector<qint64> m_idBySpellingNumber; ///< the same by the importer's number (-1: not yet)
    const void *m_spellingTable = nullptr; ///< the one numbering this writer uses (the job's, or an importer's)
    QSet<qint64> m_claimedDuplicates;
    qint64 m_lastLinkedEvent = 0;
    QHash<QString, QString> m_addresses; ///< client IP as written -> the address, put in client_ips
    QHash<QString, qint64> m_callEvents; ///< this source's call id -> the event of its first leg
    std::optional<QPair<qint64, qint64>> m_otherSourcesSpan; ///< time span of other sources' events
    std::optional<std::pair<qint64, qint64>> m_recordsSpan;  ///< see recordsSpan()
    QString m_lastError;
};
