#include "shiftedrecords.h"

#include "ipaddressflags.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr qint64 QuarterHourMs = 15 * 60 * 1000;
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
constexpr int MostQuarterHours = 26 * 4; // zones run from UTC-12 to UTC+14
constexpr int FewestMatched = 3;

struct OtherSource
{
    QString name;
    QString zone;
    bool declared = false;
};

/// The other sources of the case in @p formatId: only they can hold the same records.
QHash<qint64, OtherSource> otherSources(const QSqlDatabase &db, const QString &formatId, qint64 thisSourceId)
{
    QHash<qint64, OtherSource> sources;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, file_name, time_zone, zone_declared FROM sources WHERE format = ? AND id <> ?"));
    query.addBindValue(formatId);
    query.addBindValue(thisSourceId);
    if (query.exec()) {
        while (query.next())
            sources.insert(query.value(0).toLongLong(),
                           {query.value(1).toString(), query.value(2).toString(), query.value(3).toInt() == 1});
    }
    return sources;
}

/// The case's handle ids by normalised text, asked once each.
class HandleIds
{
public:
    explicit HandleIds(const QSqlDatabase &db) : m_query(db) { m_query.prepare(QStringLiteral("SELECT id FROM handles WHERE normalized = ?")); }
    std::optional<qint64> of(const QString &normalized)
    {
        if (const auto known = m_ids.constFind(normalized); known != m_ids.cend())
            return *known;
        m_query.addBindValue(normalized);
        std::optional<qint64> id;
        if (m_query.exec() && m_query.next())
            id = m_query.value(0).toLongLong();
        m_ids.insert(normalized, id);
        return id;
    }

private:
    QSqlQuery m_query;
    QHash<QString, std::optional<qint64>> m_ids;
};

/// For each other source, how many probes it holds at each shift (0: the same time, a duplicate).
using Tally = QHash<qint64, QMap<qint64, int>>;

/// Counts a probe at a shift only where the other source holds it at that one shift and no
/// other: a device asking every hour matches itself an hour on, and two hours, and is no sign.
void tallyProbe(QSqlQuery &query, const ShiftedRecords::Probe &probe, qint64 initiator, std::optional<qint64> counterpart,
                Tally &tally)
{
    query.addBindValue(initiator);
    query.addBindValue(probe.utcMs);
    query.addBindValue(probe.subtype);
    query.addBindValue(counterpart ? QVariant(*counterpart) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(probe.clientIp.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(probe.clientIp));
    query.addBindValue(probe.deviceCount ? QVariant(*probe.deviceCount) : QVariant(QMetaType(QMetaType::Int)));
    if (!query.exec())
        return;
    QHash<qint64, QSet<qint64>> shiftsBySource;
    while (query.next()) {
        // A whole day apart is the day before or after of records kept by the day (at
        // midnight, the file giving only dates), far more often than two zones a day apart
        // (only the Pacific's are): no sign.
        const qint64 shift = probe.utcMs - query.value(1).toLongLong();
        if (qAbs(shift) != DayMs)
            shiftsBySource[query.value(0).toLongLong()].insert(shift);
    }
    for (auto it = shiftsBySource.cbegin(); it != shiftsBySource.cend(); ++it) {
        if (it->size() == 1 || it->contains(0))
            ++tally[it.key()][it->contains(0) ? 0 : *it->cbegin()];
    }
}

/// The shifts found for one other source, if they read as the same records in another zone:
/// enough of them, at one shift or at two an hour apart (a zone with summer time against one
/// without), and more than the records found at the same time.
std::optional<QPair<QList<qint64>, int>> shiftOf(const QMap<qint64, int> &byShift)
{
    QList<QPair<int, qint64>> ranked; // count, shift
    for (auto it = byShift.cbegin(); it != byShift.cend(); ++it) {
        if (it.key() != 0)
            ranked.append({it.value(), it.key()});
    }
    if (ranked.isEmpty())
        return std::nullopt;
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QList<qint64> shifts{ranked.first().second};
    int matched = ranked.first().first;
    if (ranked.size() > 1 && qAbs(ranked.at(1).second - ranked.first().second) == 4 * QuarterHourMs) {
        shifts.append(ranked.at(1).second);
        matched += ranked.at(1).first;
    }
    int elsewhere = 0;
    for (const auto &[count, shift] : std::as_const(ranked))
        elsewhere += shifts.contains(shift) ? 0 : count;
    std::sort(shifts.begin(), shifts.end());
    if (matched < FewestMatched || matched < 4 * elsewhere || matched <= byShift.value(0))
        return std::nullopt;
    return qMakePair(shifts, matched);
}

QString shiftText(qint64 shiftMs)
{
    const qint64 minutes = qAbs(shiftMs) / 60000;
    const QString amount = minutes % 60 == 0 ? ShiftedRecords::tr("%1 h").arg(minutes / 60)
                           : minutes < 60    ? ShiftedRecords::tr("%1 min").arg(minutes)
                                             : ShiftedRecords::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return shiftMs > 0 ? ShiftedRecords::tr("%1 later").arg(amount) : ShiftedRecords::tr("%1 earlier").arg(amount);
}

/// How a source's times were read: @p zone as sources.time_zone keeps it.
QString zonePhrase(const QString &zone, bool declared)
{
    if (declared)
        return ShiftedRecords::tr("in %1, the zone declared on import").arg(zone);
    if (zone == u"stated in records")
        return ShiftedRecords::tr("in the zones its records state");
    return ShiftedRecords::tr("in %1, as the file states").arg(zone);
}

} // namespace

void ShiftedRecords::Sample::offer(const EventRecord &event)
{
    if (m_offered++ % m_stride != 0)
        return;
    m_probes.append({event.subtype, event.utcMs, event.initiator.normalized, event.counterpart.normalized,
                     event.clientIp.isEmpty() ? QString() : IpAddressFlags::addressOf(event.clientIp), event.deviceCount});
    if (m_probes.size() < Size)
        return;
    // Full: keep every other record kept (those at multiples of twice the stride) and go on so.
    QList<Probe> halved;
    for (qsizetype i = 0; i < m_probes.size(); i += 2)
        halved.append(m_probes.at(i));
    m_probes = halved;
    m_stride *= 2;
}

std::optional<ShiftedRecords::Finding> ShiftedRecords::find(const QSqlDatabase &db, const QString &formatId,
                                                            const QList<Probe> &probes, qint64 thisSourceId)
{
    const QHash<qint64, OtherSource> sources = otherSources(db, formatId, thisSourceId);
    if (sources.isEmpty() || probes.isEmpty())
        return std::nullopt;
    // Each probe is looked for at every quarter hour within a day and two hours of its time,
    // through the index by initiator and time: one seek a shift, however busy the handle.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("WITH RECURSIVE quarter(n) AS (SELECT -%1 UNION ALL SELECT n + 1 FROM quarter WHERE n < %1)"
                                 " SELECT o.source_id, o.utc_ms FROM events o"
                                 " WHERE o.initiator_id = ? AND o.utc_ms IN (SELECT ? + n * %2 FROM quarter)"
                                 " AND o.subtype = ? AND o.counterpart_id IS ? AND o.client_ip IS ? AND o.device_count IS ?")
                      .arg(MostQuarterHours)
                      .arg(QuarterHourMs));
    HandleIds handles(db);
    Tally tally;
    for (const Probe &probe : probes) {
        const auto initiator = handles.of(probe.initiator);
        const auto counterpart = probe.counterpart.isEmpty() ? std::nullopt : handles.of(probe.counterpart);
        if (initiator && (probe.counterpart.isEmpty() || counterpart)) // a handle the case lacks: no record has it
            tallyProbe(query, probe, *initiator, counterpart, tally);
    }
    std::optional<Finding> best;
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        const auto source = sources.constFind(it.key());
        const auto shift = source != sources.cend() ? shiftOf(*it) : std::nullopt;
        if (shift && (!best || shift->second > best->matched))
            best = Finding{source->name, source->zone, source->declared, shift->first, shift->second, int(probes.size())};
    }
    return best;
}

QJsonObject ShiftedRecords::Finding::toJson() const
{
    QJsonArray shifts;
    for (const qint64 shift : shiftsMs)
        shifts.append(shift);
    return {{QStringLiteral("source"), sourceName},
            {QStringLiteral("source_zone"), sourceZone},
            {QStringLiteral("source_zone_declared"), sourceZoneDeclared},
            {QStringLiteral("shifts_ms"), shifts},
            {QStringLiteral("matched"), matched},
            {QStringLiteral("checked"), checked}};
}

std::optional<ShiftedRecords::Finding> ShiftedRecords::Finding::fromJson(const QJsonObject &json)
{
    if (json.isEmpty())
        return std::nullopt;
    Finding finding{json.value(QStringLiteral("source")).toString(), json.value(QStringLiteral("source_zone")).toString(),
                    json.value(QStringLiteral("source_zone_declared")).toBool(), {},
                    json.value(QStringLiteral("matched")).toInt(), json.value(QStringLiteral("checked")).toInt()};
    for (const QJsonValue &shift : json.value(QStringLiteral("shifts_ms")).toArray())
        finding.shiftsMs.append(qint64(shift.toDouble()));
    return finding;
}

QString ShiftedRecords::warning(const Finding &finding, const QString &zone, bool zoneDeclared)
{
    QStringList shifts;
    for (const qint64 shift : finding.shiftsMs)
        shifts.append(shiftText(shift));
    return tr("%n of the %1 records checked (evenly through the file) stand in “%2” with every field the same but "
              "their time, %3 here than there: the same records, read in two zones? This file was read %4, “%2” %5. "
              "They are not joined as duplicates and stand twice in the case; if a zone was wrong, import the files "
              "again into a new case, each in the zone its provider wrote it in.",
              nullptr, finding.matched)
        .arg(finding.checked)
        .arg(finding.sourceName, shifts.join(tr(" or ")), zonePhrase(zone, zoneDeclared),
             zonePhrase(finding.sourceZone, finding.sourceZoneDeclared));
}
