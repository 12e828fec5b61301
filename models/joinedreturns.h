#pragma once

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

/// @brief One file that joins several returns (`cat a.csv b.csv`), or a container's deliveries:
/// a record two of them hold is one event, as if they had been imported as files of their own.
/// Within one return identical records stay distinct events (a device can ask twice in a
/// second), so copies are matched in order: the n-th copy of a record in a later return is the
/// n-th copy in the returns before it.
/// Records are known by their duplicate key's SHA-1 digest (20 bytes, not the 28-character
/// text): a dry run of a million rows keeps all of them. A copy noted is found at once, with no
/// sorting between returns, so a paginated export repeating its header every page costs no more.
class JoinedReturns final
{
public:
    using Digest = std::array<char, 20>;

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
    struct DigestHash
    {
        size_t operator()(const Digest &d) const noexcept;
    };
    // Copies noted so far, in the order of the file: nearly every record has one, so the first
    // is kept apart from the rest.
    std::unordered_map<Digest, qint64, DigestHash> m_first;
    std::unordered_map<Digest, std::vector<qint64>, DigestHash> m_more;
    std::unordered_map<Digest, size_t, DigestHash> m_copiesInReturn;
    std::function<size_t(const QString &)> m_storedCopies;
    std::unordered_map<Digest, size_t, DigestHash> m_stored; ///< what m_storedCopies said, by record
    bool m_laterReturn = false;
};
