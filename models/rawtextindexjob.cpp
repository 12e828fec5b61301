#include "rawtextindexjob.h"

#include "casedatabase.h"
#include "casewriters.h"
#include "sqlerrortext.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

qint64 RawTextIndexJob::indexedUpTo(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM case_info WHERE key = 'raw_index_upto'"));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

int RawTextIndexJob::nextBatchSize(int size, qint64 elapsedMs)
{
    const qint64 scaled = elapsedMs > 0 ? qint64(size) * TargetBatchMs / elapsedMs : qint64(size) * 2;
    return int(std::clamp(std::min(scaled, qint64(size) * 2), qint64(MinBatchSize), qint64(MaxBatchSize)));
}

RawTextIndexJob::Result RawTextIndexJob::run(const QString &casePath, const std::function<bool(double)> &progress)
{
    Result result;
    const auto caseDb = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &result.error);
    if (!caseDb)
        return result;
    QSqlDatabase db = caseDb->db();
    result.indexedUpTo = indexedUpTo(db);
    QSqlQuery maxQuery(db);
    maxQuery.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM events"));
    const qint64 maxId = maxQuery.next() ? maxQuery.value(0).toLongLong() : 0;
    // A statement left open keeps its snapshot: once another connection committed, this one
    // could no longer write ("database is locked" at once, without waiting).
    maxQuery.finish();
    const qint64 start = result.indexedUpTo;
    int batchSize = FirstBatchSize;
    while (result.indexedUpTo < maxId) {
        const qint64 batchEnd = qMin(maxId, result.indexedUpTo + batchSize);
        // One transaction per batch: the index and its high-water mark always agree. Taking the
        // write lock first: a deferred one that read the count could not write if another
        // connection wrote in between.
        CaseWriters::yieldTurn();
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            result.error = sqlErrorText(begin.lastError());
            return result;
        }
        std::optional<CaseWriters::Holding> holding(std::in_place, casePath, CaseWriters::Work::RawTextIndex);
        QElapsedTimer batchTimer; // from holding the lock: the time others wait
        batchTimer.start();
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT count(*) FROM events WHERE id > ? AND id <= ?"));
        count.addBindValue(result.indexedUpTo);
        count.addBindValue(batchEnd);
        const qint64 rows = count.exec() && count.next() ? count.value(0).toLongLong() : 0;
        count.finish();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO events_fts (rowid, raw) SELECT id, raw FROM events WHERE id > ? AND id <= ?"));
        insert.addBindValue(result.indexedUpTo);
        insert.addBindValue(batchEnd);
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT INTO case_info (key, value) VALUES ('raw_index_upto', ?)"
                                    " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        mark.addBindValue(QString::number(batchEnd));
        if (!insert.exec() || !mark.exec() || !db.commit()) {
            result.error = sqlErrorText(insert.lastError()) + sqlErrorText(mark.lastError());
            db.rollback();
            return result;
        }
        holding.reset();
        result.added += rows; // FTS5 does not report the rows an INSERT … SELECT added
        result.indexedUpTo = batchEnd;
        batchSize = nextBatchSize(batchSize, batchTimer.elapsed());
        if (progress && !progress(double(batchEnd - start) / double(qMax<qint64>(1, maxId - start)))) {
            result.cancelled = true;
            return result;
        }
    }
    result.ok = true;
    return result;
}
