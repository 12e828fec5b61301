#include "joinedreturns.h"

#include "sha.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

namespace {

int base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 26;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 52;
    return c == u'+' ? 62 : c == u'/' ? 63 : -1;
}

bool lessByDigest(const JoinedReturns::Digest &a, const JoinedReturns::Digest &b)
{
    return std::memcmp(a.data(), b.data(), a.size()) < 0;
}

} // namespace

size_t JoinedReturns::DigestHash::operator()(const Digest &d) const noexcept
{
    size_t h = 0; // a SHA-1 digest's bytes are as good a hash as any
    std::memcpy(&h, d.data(), sizeof h);
    return h;
}

JoinedReturns::Digest JoinedReturns::digestOf(const QString &dedupeKey)
{
    // 20 bytes in base64: 27 characters and one "=".
    Digest digest{};
    if (dedupeKey.size() == 28 && dedupeKey.back() == u'=') {
        quint32 bits = 0;
        int held = 0;
        size_t out = 0;
        for (qsizetype i = 0; i < 27; ++i) {
            const int value = base64Value(dedupeKey.at(i).unicode());
            if (value < 0)
                return digestOf(Sha::sha1Base64(dedupeKey.toUtf8()));
            bits = (bits << 6) | quint32(value);
            held += 6;
            if (held >= 8) {
                held -= 8;
                digest[out++] = char((bits >> held) & 0xFF);
            }
        }
        return digest;
    }
    return digestOf(Sha::sha1Base64(dedupeKey.toUtf8()));
}

bool JoinedReturns::loadFirst(QSqlDatabase db, qint64 sourceId, qint64 firstEventId, QString *error)
{
    // Read once, when a second return begins; a file of one return costs nothing.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT dedupe_key, id, line FROM events WHERE id >= ? AND dedupe_key IS NOT NULL"
        " UNION ALL SELECT e.dedupe_key, o.event_id, o.line FROM event_occurrences o JOIN events e ON e.id = o.event_id"
        " WHERE o.source_id = ? AND o.kind = 'duplicate' AND e.dedupe_key IS NOT NULL"
        " ORDER BY 3"));
    query.addBindValue(firstEventId);
    query.addBindValue(sourceId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        noteNew(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

void JoinedReturns::startReturn()
{
    // Stable: one record's copies stay in the order they were met.
    m_earlier.insert(m_earlier.end(), m_added.cbegin(), m_added.cend());
    m_added.clear();
    m_added.shrink_to_fit();
    std::stable_sort(m_earlier.begin(), m_earlier.end(),
                     [](const Copy &a, const Copy &b) { return lessByDigest(a.digest, b.digest); });
    m_copiesInReturn.clear();
    m_laterReturn = true;
}

std::optional<qint64> JoinedReturns::earlierCopy(const QString &dedupeKey)
{
    if (!m_laterReturn)
        return std::nullopt; // nothing came before the first return
    const Digest digest = digestOf(dedupeKey);
    size_t copy = m_copiesInReturn[digest]++;
    if (m_storedCopies) {
        const auto [stored, first] = m_stored.try_emplace(digest, 0);
        if (first)
            stored->second = m_storedCopies(dedupeKey);
        if (copy < stored->second)
            return StoredBefore;
        copy -= stored->second;
    }
    const auto first = std::lower_bound(m_earlier.cbegin(), m_earlier.cend(), digest,
                                        [](const Copy &c, const Digest &d) { return lessByDigest(c.digest, d); });
    const auto n = std::distance(m_earlier.cbegin(), first) + std::ptrdiff_t(copy);
    if (size_t(n) >= m_earlier.size() || m_earlier[size_t(n)].digest != digest)
        return std::nullopt;
    return m_earlier[size_t(n)].eventId;
}

void JoinedReturns::forgetWhere(const std::function<bool(qint64)> &noted)
{
    std::erase_if(m_earlier, [&noted](const Copy &c) { return noted(c.eventId); });
    std::erase_if(m_added, [&noted](const Copy &c) { return noted(c.eventId); });
}
