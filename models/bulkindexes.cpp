#include "bulkindexes.h"

#include "caseschema.h"
#include "importjobrunner.h"

#include <QSqlQuery>
#include <QThread>

using ImportJobPrivate::execSql;

BulkIndexes::BulkIndexes(QSqlDatabase db) : m_db(std::move(db))
{
}

void BulkIndexes::begin(qint64 mostCaseKeysHeld)
{
    // Inside the job's transaction: a rollback brings the indexes back with everything else.
    // The time-ordered ones stay until the rows show they do not arrive in time order: returns
    // are usually sorted by time, and growing those two then costs the writing thread, which
    // waits for the reading one a third of the time, less than sorting them afterwards
    // (1M events: 1.5 s of 14 s).
    const QStringList timeOrdered = CaseSchema::bulkTimeOrderedIndexes();
    for (const auto &index : CaseSchema::bulkDeferrableIndexes()) {
        if (!timeOrdered.contains(index.first))
            execSql(m_db, QStringLiteral("DROP INDEX IF EXISTS ") + index.first);
    }
    m_timeIndexesLive = true;
    dropDedupeIndex(mostCaseKeysHeld);
}

void BulkIndexes::noteTime(qint64 utcMs)
{
    if (m_events > 0 && utcMs < m_lastUtcMs)
        ++m_inversions;
    m_lastUtcMs = utcMs;
    ++m_events;
}

bool BulkIndexes::outOfOrder(qint64 inversions, qint64 events)
{
    // A few restarts (returns joined end to end, rows grouped by subscriber) keep the insert
    // point moving through the index a page at a time: still cheap. Shuffled rows put every
    // insert on a page of its own: 1M events took 22 s rather than 16 s.
    return inversions > 64 && inversions * 100 > events;
}

void BulkIndexes::keepUpWithOrder()
{
    if (!m_timeIndexesLive || !outOfOrder(m_inversions, m_events))
        return;
    m_timeIndexesLive = false;
    for (const QString &index : CaseSchema::bulkTimeOrderedIndexes())
        execSql(m_db, QStringLiteral("DROP INDEX IF EXISTS ") + index);
}

bool BulkIndexes::hasKeyedEvents()
{
    QSqlQuery query(m_db);
    return !query.exec(QStringLiteral(
               "SELECT EXISTS (SELECT 1 FROM events WHERE dedupe_key IS NOT NULL)")) ||
           !query.next() || query.value(0).toBool();
}

void BulkIndexes::dropDedupeIndex(qint64 mostCaseKeysHeld)
{
    // Growing the dedupe index row by row took a third of a large first import's write time,
    // and two thirds of one into a case holding other returns (random keys: a different page
    // for every row). The import goes without it: into an empty case with no look-ups in the
    // case at all, otherwise against a partial index of the earlier sources' keys, which its
    // own rows do not enter. Its own files' keys it keeps in memory (StoredDedupeKeys): rebuilt
    // before a second file, the full index still grew by a random page a row from there on,
    // and a file's savepoint journaled every page it touched (1M rows in 100 files: 15 s, now 12).
    // The full index is rebuilt, by sort, at the end. The case's own keys are read into memory
    // with the import's where they are few enough (20 files into a case of 1M events: the
    // partial index built and dropped again took a tenth of the import).
    if (hasKeyedEvents() && !m_storedMeanwhile.readCase(m_db, mostCaseKeysHeld)) {
        QSqlQuery last(m_db);
        if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM sources")) ||
            !last.next() ||
            !execSql(m_db, CaseSchema::earlierDedupeIndex(last.value(0).toLongLong()).second))
            return; // keep the full index: slower, but right
        m_earlierSourcesUpTo = last.value(0).toLongLong();
    }
    m_dedupeIndexDropped =
        execSql(m_db, QStringLiteral("DROP INDEX ") + CaseSchema::dedupeIndex().first);
}

bool BulkIndexes::restoreDedupeIndex(QString *error)
{
    if (m_dedupeIndexDropped) {
        if (!execSql(m_db, CaseSchema::dedupeIndex().second, error))
            return false;
        m_dedupeIndexDropped = false;
        m_storedMeanwhile = StoredDedupeKeys();
    }
    if (m_earlierSourcesUpTo) {
        if (!execSql(m_db, QStringLiteral("DROP INDEX ") + CaseSchema::earlierDedupeIndex(0).first,
                     error))
            return false;
        m_earlierSourcesUpTo.reset();
    }
    return true;
}

std::optional<qint64> BulkIndexes::earlierSourcesUpTo() const
{
    return m_dedupeIndexDropped ? m_earlierSourcesUpTo : std::nullopt;
}

void BulkIndexes::prepareSorts()
{
    // SQLite's sorter may use helper threads (off by default), and with SQLite's default 2 MB
    // page cache rather than the 64 MB of the row inserts it sorts in runs that stay in the
    // processor's caches and merges them on those threads: the indexes rebuilt after 1M events
    // took about 7 s with the large cache, 4.5 s with the small one.
    execSql(m_db,
            QStringLiteral("PRAGMA threads = %1").arg(qBound(1, QThread::idealThreadCount(), 4)));
    execSql(m_db, QStringLiteral("PRAGMA cache_size = -2000"));
}

bool BulkIndexes::rebuild(QString *error)
{
    prepareSorts();
    if (!restoreDedupeIndex(error))
        return false;
    // By name rather than by what this object dropped: a file's failure rolls back to its
    // savepoint, which may bring back an index dropped while that file was read.
    for (const auto &index : CaseSchema::bulkDeferrableIndexes()) {
        if (!exists(index.first) && !execSql(m_db, index.second, error))
            return false;
    }
    return true;
}

bool BulkIndexes::exists(const QString &index)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(index);
    return query.exec() && query.next();
}
