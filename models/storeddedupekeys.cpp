#include "storeddedupekeys.h"

#include <QHashFunctions>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

bool byHashThenId(const StoredDedupeKeys::Entry &a, const StoredDedupeKeys::Entry &b)
{
    return a.hash != b.hash ? a.hash < b.hash : a.eventId < b.eventId;
}

} // namespace

quint64 StoredDedupeKeys::hashOf(QStringView key)
{
    static_assert(sizeof(size_t) == sizeof(quint64), "a 64-bit hash keeps candidates few");
    return quint64(qHash(key, size_t(0)));
}

void StoredDedupeKeys::add(std::vector<Entry> entries)
{
    if (entries.empty())
        return;
    std::sort(entries.begin(), entries.end(), byHashThenId);
    for (const Entry &entry : entries)
        m_largestId = std::max(m_largestId, entry.eventId);
    m_runs.push_back(std::move(entries));
    while (m_runs.size() > 1 && m_runs[m_runs.size() - 2].size() <= 2 * m_runs.back().size()) {
        Run &earlier = m_runs[m_runs.size() - 2];
        const auto middle = std::ptrdiff_t(earlier.size());
        earlier.insert(earlier.end(), m_runs.back().cbegin(), m_runs.back().cend());
        std::inplace_merge(earlier.begin(), earlier.begin() + middle, earlier.end(), byHashThenId);
        m_runs.pop_back();
    }
}

QVarLengthArray<qint64, 4> StoredDedupeKeys::candidates(QStringView key) const
{
    const quint64 hash = hashOf(key);
    QVarLengthArray<qint64, 4> events;
    for (const Run &run : m_runs) { // earlier events first
        auto entry = std::lower_bound(run.cbegin(), run.cend(), hash,
                                      [](const Entry &e, quint64 h) { return e.hash < h; });
        for (; entry != run.cend() && entry->hash == hash; ++entry)
            events.append(entry->eventId);
    }
    return events;
}

void StoredDedupeKeys::forgetAbove(qint64 eventId)
{
    for (Run &run : m_runs)
        std::erase_if(run, [eventId](const Entry &entry) { return entry.eventId > eventId; });
    std::erase_if(m_runs, [](const Run &run) { return run.empty(); });
    m_largestId = std::min(m_largestId, eventId);
    if (m_leftFrom > eventId)
        m_leftFrom.reset();
}

void StoredDedupeKeys::leftInCase(qint64 firstId)
{
    if (!m_leftFrom)
        m_leftFrom = firstId;
}

bool StoredDedupeKeys::readLeftInCase(QSqlDatabase db, QString *error)
{
    if (!m_leftFrom)
        return true;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, dedupe_key FROM events WHERE id >= ? AND dedupe_key IS NOT NULL"));
    query.addBindValue(*m_leftFrom);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    std::vector<Entry> entries;
    while (query.next())
        entries.push_back({hashOf(query.value(1).toString()), query.value(0).toLongLong()});
    add(std::move(entries));
    m_leftFrom.reset();
    return true;
}
