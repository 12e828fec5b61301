#include "windowedrecords.h"

#include "jobrecords.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

/// Windows joined beyond this are read as one span: each is a scan of its own where the time
/// index is gone too (rows imported out of time order).
constexpr int MostWindows = 8;

std::optional<qint64> optionalInt(const SqliteStatement &query, int column)
{
    return query.columnIsNull(column) ? std::nullopt : std::optional<qint64>(query.columnInt64(column));
}

} // namespace

bool WindowedRecords::lacksInitiatorIndex(const QSqlDatabase &db)
{
    return !hasIndex(db, QStringLiteral("events_by_initiator"));
}

bool WindowedRecords::hasIndex(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next();
}

WindowedRecords::WindowedRecords(const QSqlDatabase &db, const QList<qint64> &initiatorIds, const QList<qint64> &timesMs,
                                 qint64 reachMs, qint64 exceptSourceId, JobRecords *job)
    : m_windows(windows(timesMs, reachMs)), m_job(nullptr), m_exceptSourceId(exceptSourceId)
{
    // Once the job holds every record, bringing it up to date reads only the rows stored since:
    // cheaper than counting what each window holds (a twentieth of an import of 20 files each
    // spanning the year of a case of 1M events).
    const bool jobHoldsAll = job && job->holdsCaseBefore() && job->hasRead();
    QList<bool> few;
    for (const auto &[from, to] : std::as_const(m_windows))
        few.append(!jobHoldsAll && fewWithin(db, from, to));
    // The import's own records are read from memory where a window would read much of the
    // case: files that each span the same month read the whole table, per file. Where every
    // window is narrow (files one after the other in time), the case's index by time is cheaper
    // than reading each of the import's rows once more.
    if (job && (jobHoldsAll || few.contains(false)) && job->catchUp(db))
        m_job = job;
    m_read = true;
    if (m_job && m_job->holdsCaseBefore())
        return; // every record is in memory: a new case's are all the import's
    QJsonArray ids;
    for (const qint64 id : initiatorIds)
        ids.append(id);
    const QString idList = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    const QString beforeJob = m_job ? QStringLiteral(" AND id <= %1").arg(m_job->beforeJob()) : QString();
    for (qsizetype i = 0; i < m_windows.size() && m_read; ++i) {
        // Through the index by time where the window holds few of the case's records; else the
        // whole table in its own order, which reads a record for a tenth of what a look-up
        // through the index costs.
        m_read = readWindow(db, m_windows.at(i), few.at(i), beforeJob, idList);
    }
}

bool WindowedRecords::readWindow(const QSqlDatabase &db, QPair<qint64, qint64> window, bool few, const QString &beforeJob,
                                 const QString &initiatorIds)
{
    // SQLite's own statement: through QSqlQuery, each value's QVariant and the cached row took
    // two thirds of these reads' time.
    SqliteStatement query;
    if (!query.prepare(SqliteStatement::handleOf(db),
                       QStringLiteral("SELECT initiator_id, source_id, utc_ms, counterpart_id, subtype, client_ip,"
                                      " device_count, class = 'communication' FROM events%1"
                                      " WHERE utc_ms BETWEEN ? AND ? AND initiator_id IN (SELECT value FROM json_each(?))"
                                      " AND source_id <> ?%2 ORDER BY utc_ms, id")
                           .arg(few ? QString() : QStringLiteral(" NOT INDEXED"), beforeJob)
                           .toUtf8()
                           .constData()))
        return false;
    query.bind(1, window.first);
    query.bind(2, window.second);
    query.bind(3, initiatorIds);
    query.bind(4, m_exceptSourceId);
    while (query.next()) {
        const std::optional<qint64> deviceCount = optionalInt(query, 6);
        m_byInitiator[query.columnInt64(0)].append(
            {query.columnInt64(1), query.columnInt64(2), optionalInt(query, 3), QString::fromUtf8(query.columnUtf8(4)),
             query.columnIsNull(5) ? std::nullopt : std::optional<QString>(QString::fromUtf8(query.columnUtf8(5))),
             deviceCount ? std::optional<int>(int(*deviceCount)) : std::nullopt, query.columnInt64(7) != 0});
    }
    return query.atEnd();
}

bool WindowedRecords::fewWithin(const QSqlDatabase &db, qint64 fromMs, qint64 toMs)
{
    if (!hasIndex(db, QStringLiteral("events_by_time")))
        return false;
    // Counted in the index alone; the ids are a record's rowid, so the largest is near the count.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM events WHERE utc_ms BETWEEN ? AND ?) * 4"
                                 " < (SELECT coalesce(max(id), 0) FROM events)"));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    return query.exec() && query.next() && query.value(0).toBool();
}

bool WindowedRecords::visit(qint64 initiatorId, qint64 fromMs, qint64 toMs, const std::function<void(const Record &)> &visit) const
{
    if (!covers(fromMs, toMs))
        return false;
    auto [earlier, earlierEnd] = caseRecordsOf(initiatorId, fromMs, toMs);
    if (!m_job) {
        std::for_each(earlier, earlierEnd, visit);
        return true;
    }
    // The import's records are later than the case's from before it: the two merged in time
    // order, the case's first where times are equal.
    const QList<Record> later = m_job->of(initiatorId, fromMs, toMs, m_exceptSourceId);
    auto next = later.cbegin();
    while (earlier != earlierEnd || next != later.cend()) {
        if (next == later.cend() || (earlier != earlierEnd && earlier->utcMs <= next->utcMs))
            visit(*earlier++);
        else
            visit(*next++);
    }
    return true;
}

QPair<const WindowedRecords::Record *, const WindowedRecords::Record *> WindowedRecords::caseRecordsOf(qint64 initiatorId, qint64 fromMs,
                                                                                                      qint64 toMs) const
{
    const auto all = m_byInitiator.constFind(initiatorId);
    if (all == m_byInitiator.cend())
        return {nullptr, nullptr};
    const auto byTime = [](const Record &record, qint64 ms) { return record.utcMs < ms; };
    const Record *begin = all->constData();
    const Record *first = std::lower_bound(begin, begin + all->size(), fromMs, byTime);
    return {first, std::lower_bound(first, begin + all->size(), toMs + 1, byTime)};
}

QList<QPair<qint64, qint64>> WindowedRecords::windows(QList<qint64> timesMs, qint64 reachMs)
{
    QList<QPair<qint64, qint64>> joined;
    std::sort(timesMs.begin(), timesMs.end());
    for (const qint64 ms : std::as_const(timesMs)) {
        if (!joined.isEmpty() && ms - reachMs <= joined.last().second)
            joined.last().second = ms + reachMs;
        else
            joined.append({ms - reachMs, ms + reachMs});
    }
    if (joined.size() > MostWindows)
        joined = {{joined.first().first, joined.last().second}};
    return joined;
}

bool WindowedRecords::covers(qint64 fromMs, qint64 toMs) const
{
    return m_read && std::any_of(m_windows.cbegin(), m_windows.cend(), [&](const QPair<qint64, qint64> &window) {
               return window.first <= fromMs && toMs <= window.second;
           });
}
