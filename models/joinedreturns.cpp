#include "joinedreturns.h"

#include "sha.h"

#include <QSqlError>
#include <QSqlQuery>

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

void JoinedReturns::noteNew(const QString &dedupeKey, qint64 eventId)
{
    const Digest digest = digestOf(dedupeKey);
    if (!m_first.try_emplace(digest, eventId).second)
        m_more[digest].push_back(eventId);
}

void JoinedReturns::startReturn()
{
    // Not clear(): that keeps a large return's buckets, and wipes them all again on every page.
    m_copiesInReturn = {};
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
    // Copies this return adds are noted as it goes: the n-th copy can only meet its own note
    // as the (n+1)-th, so a return never finds itself.
    if (copy == 0) {
        const auto first = m_first.find(digest);
        return first == m_first.end() ? std::nullopt : std::optional<qint64>(first->second);
    }
    const auto more = m_more.find(digest);
    if (more == m_more.end() || copy - 1 >= more->second.size())
        return std::nullopt;
    return more->second[copy - 1];
}

void JoinedReturns::forgetWhere(const std::function<bool(qint64)> &noted)
{
    for (auto it = m_more.begin(); it != m_more.end();) {
        std::erase_if(it->second, noted);
        it = it->second.empty() ? m_more.erase(it) : std::next(it);
    }
    for (auto it = m_first.begin(); it != m_first.end();) {
        if (!noted(it->second)) {
            ++it;
            continue;
        }
        // The next copy, if one is left, becomes the first.
        const auto more = m_more.find(it->first);
        if (more == m_more.end()) {
            it = m_first.erase(it);
            continue;
        }
        it->second = more->second.front();
        more->second.erase(more->second.begin());
        if (more->second.empty())
            m_more.erase(more);
        ++it;
    }
}
