#include "windowedrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace {

/// Windows joined beyond this are read as one span: each is a scan of its own where the time
/// index is gone too (rows imported out of time order).
constexpr int MostWindows = 8;

template<typename T>
std::optional<T> optionalOf(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<T>(value.value<T>());
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
                                 qint64 reachMs, qint64 exceptSourceId)
    : m_windows(windows(timesMs, reachMs))
{
    QJsonArray ids;
    for (const qint64 id : initiatorIds)
        ids.append(id);
    const QString idList = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    m_read = true;
    for (const auto &[from, to] : std::as_const(m_windows)) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // Through the index by time where the window holds few of the case's records; else the
        // whole table in its own order, which reads a record for a tenth of what a look-up
        // through the index costs.
        m_read = m_read
                 && query.prepare(QStringLiteral("SELECT initiator_id, source_id, utc_ms, counterpart_id, subtype, client_ip,"
                                                 " device_count, class = 'communication' FROM events%1"
                                                 " WHERE utc_ms BETWEEN ? AND ? AND initiator_id IN (SELECT value FROM json_each(?))"
                                                 " AND source_id <> ? ORDER BY utc_ms")
                                      .arg(fewWithin(db, from, to) ? QString() : QStringLiteral(" NOT INDEXED")));
        query.addBindValue(from);
        query.addBindValue(to);
        query.addBindValue(idList);
        query.addBindValue(exceptSourceId);
        m_read = m_read && query.exec();
        while (m_read && query.next()) {
            m_byInitiator[query.value(0).toLongLong()].append(
                {query.value(1).toLongLong(), query.value(2).toLongLong(), optionalOf<qint64>(query.value(3)),
                 query.value(4).toString(), optionalOf<QString>(query.value(5)), optionalOf<int>(query.value(6)),
                 query.value(7).toBool()});
        }
    }
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

std::optional<QList<WindowedRecords::Record>> WindowedRecords::of(qint64 initiatorId, qint64 fromMs, qint64 toMs) const
{
    if (!covers(fromMs, toMs))
        return std::nullopt;
    const QList<Record> all = m_byInitiator.value(initiatorId);
    const auto byTime = [](const Record &record, qint64 ms) { return record.utcMs < ms; };
    const auto first = std::lower_bound(all.cbegin(), all.cend(), fromMs, byTime);
    const auto last = std::lower_bound(first, all.cend(), toMs + 1, byTime);
    return QList<Record>(first, last);
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
