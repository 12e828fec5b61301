#include "storeddedupekeys.h"

#include "sqlerrortext.h"
#include "sqlitestatement.h"

#include <QHashFunctions>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

// A lambda, not a function: std::sort called the function through its pointer, once a comparison.
constexpr auto byHashThenId = [](const StoredDedupeKeys::Entry &a, const StoredDedupeKeys::Entry &b) {
    return a.hash != b.hash ? a.hash < b.hash : a.eventId() < b.eventId();
};

static_assert(sizeof(StoredDedupeKeys::Entry) == 12);

/// Reads a run in order, freeing each block once past it.
class RunReader final
{
public:
    explicit RunReader(std::vector<std::vector<StoredDedupeKeys::Entry>> &blocks)
        : m_blocks(blocks)
    {
    }
    bool atEnd() const { return m_block == m_blocks.size(); }
    const StoredDedupeKeys::Entry &current() const { return m_blocks[m_block][m_at]; }
    void next()
    {
        if (++m_at < m_blocks[m_block].size())
            return;
        std::vector<StoredDedupeKeys::Entry>().swap(m_blocks[m_block]);
        ++m_block;
        m_at = 0;
    }

private:
    std::vector<std::vector<StoredDedupeKeys::Entry>> &m_blocks;
    size_t m_block = 0;
    size_t m_at = 0;
};

} // namespace

StoredDedupeKeys::StoredDedupeKeys(size_t blockSize)
    : m_blockSize(std::max<size_t>(blockSize, 1))
{
}

quint64 StoredDedupeKeys::hashOf(QStringView key)
{
    return quint64(qHash(key, size_t(0)));
}

void StoredDedupeKeys::add(std::vector<Entry> entries)
{
    if (entries.empty())
        return;
    std::sort(entries.begin(), entries.end(), byHashThenId);
    for (const Entry &entry : entries)
        m_largestId = std::max(m_largestId, entry.eventId());
    Run run;
    run.size = entries.size();
    run.blocks.push_back(std::move(entries)); // one block until merged: sorted, not copied
    m_runs.push_back(std::move(run));
    while (m_runs.size() > 1 && m_runs[m_runs.size() - 2].size <= 2 * m_runs.back().size) {
        Run later = std::move(m_runs.back());
        m_runs.pop_back();
        m_runs.back() = merged(std::move(m_runs.back()), std::move(later));
    }
}

StoredDedupeKeys::Run StoredDedupeKeys::merged(Run earlier, Run later) const
{
    Run into;
    into.size = earlier.size + later.size;
    into.blocks.reserve((into.size + m_blockSize - 1) / m_blockSize);
    const auto append = [&](const Entry &entry) {
        if (into.blocks.empty() || into.blocks.back().size() == m_blockSize) {
            into.blocks.emplace_back();
            into.blocks.back().reserve(m_blockSize);
        }
        into.blocks.back().push_back(entry);
    };
    RunReader first(earlier.blocks);
    RunReader second(later.blocks);
    while (!first.atEnd() || !second.atEnd()) {
        // At equal keys the earlier run's first, as its events are earlier.
        const bool fromSecond = first.atEnd() || (!second.atEnd() && byHashThenId(second.current(), first.current()));
        RunReader &from = fromSecond ? second : first;
        append(from.current());
        from.next();
    }
    return into;
}

QVarLengthArray<qint64, 4> StoredDedupeKeys::candidates(QStringView key) const
{
    const quint32 hash = folded(hashOf(key));
    QVarLengthArray<qint64, 4> events;
    for (const Run &run : m_runs) // earlier events first
        appendCandidates(run, hash, &events);
    return events;
}

void StoredDedupeKeys::appendCandidates(const Run &run, quint32 hash, QVarLengthArray<qint64, 4> *events)
{
    // The first block whose last key is not below the hash; its events may go on into the next.
    auto block = std::partition_point(run.blocks.cbegin(), run.blocks.cend(),
                                      [hash](const std::vector<Entry> &b) { return b.back().hash < hash; });
    for (; block != run.blocks.cend(); ++block) {
        auto entry = std::lower_bound(block->cbegin(), block->cend(), hash,
                                      [](const Entry &e, quint32 h) { return e.hash < h; });
        for (; entry != block->cend() && entry->hash == hash; ++entry)
            events->append(entry->eventId());
        if (entry != block->cend())
            return;
    }
}

void StoredDedupeKeys::forgetAbove(qint64 eventId)
{
    for (Run &run : m_runs) {
        run.size = 0;
        for (std::vector<Entry> &block : run.blocks) {
            std::erase_if(block, [eventId](const Entry &entry) { return entry.eventId() > eventId; });
            run.size += block.size();
        }
        std::erase_if(run.blocks, [](const std::vector<Entry> &block) { return block.empty(); });
    }
    std::erase_if(m_runs, [](const Run &run) { return run.size == 0; });
    m_largestId = std::min(m_largestId, eventId);
    if (m_leftFrom > eventId)
        m_leftFrom.reset();
}

void StoredDedupeKeys::leftInCase(qint64 firstId)
{
    if (!m_leftFrom)
        m_leftFrom = firstId;
}

bool StoredDedupeKeys::readCase(QSqlDatabase db, qint64 mostKeys)
{
    // The index alone holds each key with its event's id: the table's wide rows stay unread.
    SqliteStatement query;
    if (!query.prepare(SqliteStatement::handleOf(db), "SELECT id, dedupe_key FROM events INDEXED BY events_by_dedupe_key"
                                                      " WHERE dedupe_key IS NOT NULL"))
        return false;
    std::vector<Entry> entries;
    while (query.next()) {
        if (qint64(entries.size()) >= mostKeys)
            return false;
        entries.emplace_back(hashOf(QString::fromUtf8(query.columnUtf8(1))), query.columnInt64(0));
    }
    if (!query.atEnd())
        return false;
    add(std::move(entries));
    return true;
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
        *error = sqlErrorText(query.lastError());
        return false;
    }
    std::vector<Entry> entries;
    while (query.next())
        entries.emplace_back(hashOf(query.value(1).toString()), query.value(0).toLongLong());
    add(std::move(entries));
    m_leftFrom.reset();
    return true;
}
