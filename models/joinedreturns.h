#pragma once

#include "chunkedvector.h"

#include <QSqlDatabase>
#include <QString>

#include <QtGlobal>

#include <array>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>
#include <vector>

/// @brief One file that joins several returns (`cat a.csv b.csv`), or a container's deliveries:
/// a record two of them hold is one event, as if they had been imported as files of their own.
/// Within one return identical records stay distinct events (a device can ask twice in a
/// second), so copies are matched in order: the n-th copy of a record in a later return is the
/// n-th copy in the returns before it.
/// Records are known by their duplicate key's SHA-1 digest (20 bytes, not the 28-character
/// text): a dry run keeps all of them. A copy noted is found at once, with no sorting between
/// returns, so a paginated export repeating its header every page costs no more.
/// A record is found once per copy, through a table of 4-byte slots into blocks of records
/// that never move: 28 bytes a record, and 12 more once copies are counted (a later return).
/// A QHash of whole records took 100 bytes a row with its rehashing (a dry run of 10M rows:
/// 1 GB); three node-based maps before it took a third of a dry run's time.
class JoinedReturns final
{
public:
    struct Digest
    {
        std::array<char, 20> bytes{};
        bool operator==(const Digest &) const = default;
        /// @brief A SHA-1 digest's bytes are as good a hash as any.
        friend size_t qHash(const Digest &digest, size_t seed) noexcept;
    };

    /// @brief Learns the first return's records of source @p sourceId, whose events have ids
    /// from @p firstEventId on: the events it added and the earlier sources' events it repeated.
    bool loadFirst(QSqlDatabase db, qint64 sourceId, qint64 firstEventId, QString *error);
    /// @brief A further return begins: its copies are counted from the first.
    void startReturn();
    /// @brief The event this copy of the record was in an earlier return, if any; counts the copy.
    /// StoredBefore for a copy of one of the records setStoredCopies() counts.
    std::optional<qint64> earlierCopy(const QString &dedupeKey);
    static constexpr qint64 StoredBefore = -1;
    /// @brief For a dry run: how many copies of a record, met for the first time, were stored
    /// before (in the case); they come before the copies noted here.
    void setStoredCopies(std::function<size_t(const QString &)> count) { m_storedCopies = std::move(count); }
    /// @brief A copy no earlier return held became @p eventId (new, or an earlier source's).
    void noteNew(const QString &dedupeKey, qint64 eventId);

    /// @brief Forgets the copies noted with an event id @p noted picks (a dry run's failed file).
    void forgetWhere(const std::function<bool(qint64)> &noted);

    /// @brief The digest a duplicate key (SHA-1 in base64) stands for; any other text is hashed.
    static Digest digestOf(const QString &dedupeKey);

private:
    static constexpr qint64 NoCopy = std::numeric_limits<qint64>::min();
    static constexpr quint32 NotAsked = std::numeric_limits<quint32>::max();
    /// A record and its first copy noted (nearly every record has just one), in 28 bytes.
    struct Noted
    {
        Digest digest;
        quint32 firstLow = 0;
        qint32 firstHigh = std::numeric_limits<qint32>::min(); ///< with firstLow 0: NoCopy
        qint64 first() const { return qint64(quint64(quint32(firstHigh)) << 32 | firstLow); }
        void setFirst(qint64 copy)
        {
            firstLow = quint32(quint64(copy));
            firstHigh = qint32(quint32(quint64(copy) >> 32));
        }
    };
    /// How a record's copies are counted, once a later return looks them up.
    struct Counted
    {
        quint32 stored = NotAsked; ///< what m_storedCopies said
        quint32 copies = 0;        ///< met in return number @c inReturn
        quint32 inReturn = 0;
    };
    struct DigestHash
    {
        size_t operator()(const Digest &d) const noexcept { return qHash(d, 0); }
    };

    /// @brief The index of @p digest's record in m_noted, made if it has none.
    size_t recordOf(const Digest &digest);
    void growSlots();

    ChunkedVector<Noted> m_noted;     ///< in the order first met
    ChunkedVector<Counted> m_counted; ///< m_noted's, as far as any was counted
    std::vector<quint32> m_slots;  ///< open addressing: 0 empty, else an index into m_noted plus one
    /// Copies noted after the first, in the order of the file.
    std::unordered_map<Digest, std::vector<qint64>, DigestHash> m_more;
    std::function<size_t(const QString &)> m_storedCopies;
    quint32 m_return = 0; ///< counts returns from the first (0): a record's copies count in its last
    bool m_laterReturn = false;
};
