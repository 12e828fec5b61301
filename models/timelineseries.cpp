#include "timelineseries.h"

#include "casequeries.h"
#include "handletablemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

namespace {

void readHandles(QSqlDatabase db, const QString &in, TimelineData *data)
{
    QSqlQuery names(db);
    names.prepare(QStringLiteral("SELECT normalized, kind FROM handles WHERE id IN (%1) ORDER BY id").arg(in));
    for (qint64 id : std::as_const(data->handleIds))
        names.addBindValue(id);
    names.exec();
    while (names.next()) {
        data->handles.append(names.value(0).toString());
        data->handleKinds.append(names.value(1).toString());
    }
}

/// The handles' events in the range, both directions, each through its own index; the union
/// keeps an event once.
QSqlQuery eventsOf(QSqlDatabase db, const QString &in, const QList<qint64> &handleIds, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.utc_ms, e.class, e.initiator_id IN (%1), c.normalized, i.normalized,"
                             " e.client_ip, c.kind, i.kind, e.source_id FROM events e"
                             " JOIN handles i ON i.id = e.initiator_id LEFT JOIN handles c ON c.id = e.counterpart_id"
                             " WHERE (e.initiator_id IN (%1) OR e.counterpart_id IN (%1))"
                             " AND e.utc_ms >= ? AND e.utc_ms < ? ORDER BY e.utc_ms, e.id")
                  .arg(in));
    for (int pass = 0; pass < 3; ++pass) {
        for (qint64 id : handleIds)
            q.addBindValue(id);
    }
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.exec();
    return q;
}

/// Each event read as a point, its other party and IP numbered in the order first met.
class PointReader
{
public:
    PointReader(TimelineData *data, const QSet<qint64> &marked) : m_data(data), m_marked(marked) {}

    void read(const QSqlQuery &q)
    {
        TimelinePoint p;
        p.eventId = q.value(0).toLongLong();
        p.utcMs = q.value(1).toLongLong();
        p.evidenceClass = evidenceClassFromKey(q.value(2).toString()).value_or(EvidenceClass::Lookup);
        p.made = q.value(3).toBool();
        p.marked = m_marked.contains(p.eventId);
        // The other side: the counterpart when the handle made it, else the initiator.
        const QString other = p.evidenceClass == EvidenceClass::Connection ? QString()
                              : p.made                                     ? q.value(4).toString()
                                                                           : q.value(5).toString();
        if (!other.isEmpty())
            p.counterpart = counterpart(other, q.value(p.made ? 7 : 8).toString());
        const QString ip = q.value(6).toString();
        p.hasClientIp = !ip.isEmpty();
        // Only the handle's own requests say where it connected from.
        if (!ip.isEmpty() && (p.made || p.evidenceClass == EvidenceClass::Connection))
            p.ip = addToIp(ip, p);
        ++m_data->counts[int(p.evidenceClass)];
        m_data->points.append(p);
        m_sources.insert(q.value(9).toLongLong());
    }

    const QSet<qint64> &sources() const { return m_sources; }

private:
    int counterpart(const QString &other, const QString &kind)
    {
        auto it = m_counterparts.constFind(other);
        if (it == m_counterparts.constEnd()) {
            it = m_counterparts.insert(other, int(m_data->counterparts.size()));
            m_data->counterparts.append(other);
            m_data->counterpartKinds.append(kind);
        }
        return *it;
    }

    int addToIp(const QString &ip, const TimelinePoint &p)
    {
        auto it = m_ips.constFind(ip);
        if (it == m_ips.constEnd()) {
            it = m_ips.insert(ip, int(m_data->ips.size()));
            m_data->ips.append(TimelineIp{ip, p.utcMs, p.utcMs, {}});
        }
        TimelineIp &entry = m_data->ips[*it];
        entry.lastMs = p.utcMs;
        ++entry.counts[int(p.evidenceClass)];
        return *it;
    }

    TimelineData *m_data;
    const QSet<qint64> &m_marked;
    QHash<QString, int> m_counterparts;
    QHash<QString, int> m_ips;
    QSet<qint64> m_sources;
};

/// The gaps between the periods of @p sourceIds, with those sources' names.
void readGaps(QSqlDatabase db, const QSet<qint64> &sourceIds, TimelineData *data)
{
    if (!sourceIds.isEmpty()) // one source too: a file may join returns with time between them
        data->gaps = SourcePeriods::gapsBetween(CaseQueries(db).sources(sourceIds), sourceIds,
                                                &data->sourceNames);
}

} // namespace

TimelineData TimelineSeries::build(QSqlDatabase db, const QList<qint64> &handleIds, std::optional<qint64> fromMs,
                                   std::optional<qint64> toMs)
{
    TimelineData data;
    data.handleIds = handleIds;
    if (handleIds.isEmpty())
        return data;
    const QString in = placeholders(handleIds.size());
    readHandles(db, in, &data);
    QSqlQuery q = eventsOf(db, in, handleIds, fromMs.value_or(std::numeric_limits<qint64>::min()),
                           toMs.value_or(std::numeric_limits<qint64>::max()));
    // The analyst's marks are few: read once, rather than joined to each of the handle's events.
    QSet<qint64> marked;
    QSqlQuery marks(db);
    if (marks.exec(QStringLiteral("SELECT event_id FROM event_marks"))) {
        while (marks.next())
            marked.insert(marks.value(0).toLongLong());
    }
    PointReader reader(&data, marked);
    while (q.next())
        reader.read(q);
    readGaps(db, reader.sources(), &data);
    return data;
}

BinSize TimelineSeries::binSizeFor(qint64 spanMs)
{
    constexpr qint64 Day = 86400000;
    if (spanMs <= 3 * Day)
        return BinSize::Hour;
    if (spanMs <= 120 * Day)
        return BinSize::Day;
    return BinSize::Week;
}

qint64 TimelineSeries::binStart(qint64 utcMs, BinSize size, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    if (size == BinSize::Hour)
        return QDateTime(local.date(), QTime(local.time().hour(), 0), zone).toMSecsSinceEpoch();
    QDate day = local.date();
    if (size == BinSize::Week)
        day = day.addDays(1 - day.dayOfWeek());
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

qint64 TimelineSeries::nextBinStart(qint64 start, BinSize size, const QTimeZone &zone)
{
    if (size == BinSize::Hour)
        return start + 3600000; // an hour is an hour, DST or not
    const QDate day = QDateTime::fromMSecsSinceEpoch(start, zone).date();
    return QDateTime(day.addDays(size == BinSize::Week ? 7 : 1), QTime(0, 0), zone).toMSecsSinceEpoch();
}

QPair<int, int> TimelineSeries::indexRange(const QList<TimelinePoint> &points, qint64 fromMs, qint64 toMs)
{
    const auto lower = std::lower_bound(points.cbegin(), points.cend(), fromMs,
                                        [](const TimelinePoint &p, qint64 ms) { return p.utcMs < ms; });
    const auto upper = std::lower_bound(lower, points.cend(), toMs,
                                        [](const TimelinePoint &p, qint64 ms) { return p.utcMs < ms; });
    return {int(lower - points.cbegin()), int(upper - points.cbegin())};
}

QString TimelineData::handlesText() const
{
    constexpr int Named = 3;
    // One handle that is no one party is said so where its name stands: its records may be many people's.
    if (handles.size() == 1)
        return HandleTableModel::nameWithKind(handles.first(), handleKinds.value(0));
    if (handles.size() <= Named)
        return handles.join(QStringLiteral(", "));
    const int more = int(handles.size()) - (Named - 1);
    return QCoreApplication::translate("TimelineData", "%1 and %n more handle(s)", nullptr, more)
        .arg(handles.first(Named - 1).join(QStringLiteral(", ")));
}

QList<TimelineBin> TimelineSeries::bins(const QList<TimelinePoint> &points, qint64 fromMs, qint64 toMs, BinSize size,
                                       const QTimeZone &zone)
{
    QList<TimelineBin> result;
    if (toMs <= fromMs)
        return result;
    const auto [first, last] = indexRange(points, fromMs, toMs);
    int i = first;
    for (qint64 start = binStart(fromMs, size, zone); start < toMs; start = nextBinStart(start, size, zone)) {
        TimelineBin bin{start, nextBinStart(start, size, zone), {}};
        for (; i < last && points[i].utcMs < bin.endMs; ++i)
            ++bin.counts[int(points[i].evidenceClass)];
        result.append(bin);
    }
    return result;
}

namespace {

/// @brief The weekday (0 = Monday) and hour of UTC instants in one zone. The zone's offset is
/// looked up once per period between its transitions: a QDateTime per instant took 44 ms for a
/// handle of 200,000 events (bench_timeline), on the GUI thread at each heatmap refresh and cell
/// clicked; this takes under 1 ms. Fastest on instants in time order; correct in any order.
class ZoneClock
{
public:
    explicit ZoneClock(const QTimeZone &zone) : m_zone(zone), m_fixed(!zone.hasTransitions() && !zone.hasDaylightTime()) {}

    QPair<int, int> weekHour(qint64 utcMs)
    {
        if (utcMs < m_from || utcMs >= m_to)
            enterPeriod(utcMs);
        constexpr qint64 Day = 86400000;
        const qint64 local = utcMs + m_offsetMs;
        const qint64 day = local >= 0 ? local / Day : -((-local + Day - 1) / Day); // floor, before 1970 too
        const int weekday = int(((day + 3) % 7 + 7) % 7);                           // 1970-01-01 was a Thursday
        return {weekday, int((local - day * Day) / 3600000)};
    }

private:
    void enterPeriod(qint64 utcMs)
    {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc());
        m_offsetMs = qint64(m_zone.offsetFromUtc(at)) * 1000;
        m_from = utcMs;
        if (m_fixed) {
            m_to = std::numeric_limits<qint64>::max();
        } else if (m_zone.hasTransitions()) {
            const QDateTime next = m_zone.nextTransition(at).atUtc;
            m_to = next.isValid() ? next.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        } else {
            m_to = utcMs + 1; // daylight saving time but no list of its changes: every instant asked
        }
    }

    QTimeZone m_zone;
    bool m_fixed;
    qint64 m_offsetMs = 0;
    qint64 m_from = 0;
    qint64 m_to = 0; // empty: the first instant looks its period up
};

} // namespace

std::array<std::array<std::array<qint64, 24>, 7>, 3> TimelineSeries::weekHourCounts(const QList<TimelinePoint> &points,
                                                                                    const QTimeZone &zone)
{
    std::array<std::array<std::array<qint64, 24>, 7>, 3> counts{};
    ZoneClock clock(zone);
    for (const TimelinePoint &p : points) {
        const auto [weekday, hour] = clock.weekHour(p.utcMs);
        ++counts[int(p.evidenceClass)][weekday][hour];
    }
    return counts;
}

QList<qint64> TimelineSeries::weekHourEventIds(const QList<TimelinePoint> &points, const QTimeZone &zone,
                                               EvidenceClass evidenceClass, int weekday, int hour)
{
    QList<qint64> ids;
    ZoneClock clock(zone);
    for (const TimelinePoint &p : points) {
        if (p.evidenceClass == evidenceClass && clock.weekHour(p.utcMs) == qMakePair(weekday, hour))
            ids.append(p.eventId);
    }
    return ids;
}

QList<qint64> TimelineSeries::ipEventIds(const QList<TimelinePoint> &points, int ip)
{
    QList<qint64> ids;
    for (const TimelinePoint &p : points) {
        if (p.ip == ip)
            ids.append(p.eventId);
    }
    return ids;
}

QList<qint64> TimelineSeries::eventIds(const QList<TimelinePoint> &points)
{
    QList<qint64> ids;
    ids.reserve(points.size());
    for (const TimelinePoint &p : points)
        ids.append(p.eventId);
    return ids;
}

QList<qint64> TimelineSeries::eventIds(const QList<TimelinePoint> &points, qint64 fromMs, qint64 toMs, EvidenceClass evidenceClass)
{
    QList<qint64> ids;
    const auto [first, last] = indexRange(points, fromMs, toMs);
    for (int i = first; i < last; ++i) {
        if (points[i].evidenceClass == evidenceClass)
            ids.append(points[i].eventId);
    }
    return ids;
}
