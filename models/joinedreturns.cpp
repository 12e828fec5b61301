#include "joinedreturns.h"

#include "sha.h"
#include "sqlerrortext.h"

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

size_t qHash(const JoinedReturns::Digest &digest, size_t seed) noexcept
{
    size_t h = 0;
    std::memcpy(&h, digest.bytes.data(), sizeof h);
    return h ^ seed;
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
                digest.bytes[out++] = char((bits >> held) & 0xFF);
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
        *error = sqlErrorText(query.lastError());
        return false;
    }
    while (query.next())
        noteNew(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

size_t JoinedReturns::recordOf(const Digest &digest)
{
    // Linear probing at most half full: SHA-1 bytes are spread evenly.
    if ((m_noted.size() + 1) * 2 > m_slots.size())
        growSlots();
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = qHash(digest, 0) & mask;; slot = (slot + 1) & mask) {
        if (m_slots[slot] == 0) {
            m_noted.push_back({digest});
            m_slots[slot] = quint32(m_noted.size());
            return m_noted.size() - 1;
        }
        if (m_noted[m_slots[slot] - 1].digest == digest)
            return m_slots[slot] - 1;
    }
}

void JoinedReturns::growSlots()
{
    Q_ASSERT(m_noted.size() < NotAsked);
    std::vector<quint32> grown(std::max<size_t>(64, m_slots.size() * 2), 0);
    const size_t mask = grown.size() - 1;
    for (size_t i = 0; i < m_noted.size(); ++i) {
        size_t slot = qHash(m_noted[i].digest, 0) & mask;
        while (grown[slot] != 0)
            slot = (slot + 1) & mask;
        grown[slot] = quint32(i + 1);
    }
    m_slots = std::move(grown);
}

void JoinedReturns::noteNew(const QString &dedupeKey, qint64 eventId)
{
    const Digest digest = digestOf(dedupeKey);
    Noted &record = m_noted[recordOf(digest)];
    if (record.first() == NoCopy)
        record.setFirst(eventId);
    else
        m_more[digest].push_back(eventId);
}

void JoinedReturns::startReturn()
{
    // Each record's count of copies starts again when first met in the new return: nothing is
    // wiped, so a paginated export that starts a return on every page costs nothing here.
    ++m_return;
    m_laterReturn = true;
}

std::optional<qint64> JoinedReturns::earlierCopy(const QString &dedupeKey)
{
    if (!m_laterReturn)
        return std::nullopt; // nothing came before the first return
    const Digest digest = digestOf(dedupeKey);
    const size_t index = recordOf(digest);
    if (m_counted.size() <= index)
        m_counted.growTo(m_noted.size());
    Counted &counted = m_counted[index];
    if (counted.inReturn != m_return) {
        counted.inReturn = m_return;
        counted.copies = 0;
    }
    size_t copy = counted.copies++;
    if (m_storedCopies) {
        if (counted.stored == NotAsked)
            counted.stored = quint32(std::min<size_t>(m_storedCopies(dedupeKey), NotAsked - 1));
        if (copy < counted.stored)
            return StoredBefore;
        copy -= counted.stored;
    }
    // Copies this return adds are noted as it goes: the n-th copy can only meet its own note
    // as the (n+1)-th, so a return never finds itself.
    const qint64 first = m_noted[index].first();
    if (copy == 0)
        return first == NoCopy ? std::nullopt : std::optional<qint64>(first);
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
    for (size_t i = 0; i < m_noted.size(); ++i) {
        Noted &record = m_noted[i];
        if (record.first() == NoCopy || !noted(record.first()))
            continue;
        // The next copy, if one is left, becomes the first.
        const auto more = m_more.find(record.digest);
        if (more == m_more.end()) {
            record.setFirst(NoCopy);
            continue;
        }
        record.setFirst(more->second.front());
        more->second.erase(more->second.begin());
        if (more->second.empty())
            m_more.erase(more);
    }
}
