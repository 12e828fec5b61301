#include "otherrecords.h"

#include <QVariant>

OtherRecords::OtherRecords(const QSqlDatabase &db, qint64 thisSourceId, EarlierRecords *earlier, JobRecords *job)
    : m_db(db), m_thisSourceId(thisSourceId), m_earlier(earlier), m_job(job)
{
    if (m_db.isValid())
        m_handles.emplace(m_db);
}

std::optional<ShiftedRecords::OtherSource> OtherRecords::source(qint64 id)
{
    if (id == m_thisSourceId)
        return std::nullopt;
    if (const auto known = m_sources.constFind(id); known != m_sources.cend())
        return *known;
    std::optional<ShiftedRecords::OtherSource> found;
    if (const ShiftedRecords::OtherSource *described =
            m_earlier ? m_earlier->described(id) : nullptr)
        found = *described;
    else if (m_db.isValid())
        found = caseSource(id);
    m_sources.insert(id, found);
    return found;
}

std::optional<ShiftedRecords::OtherSource> OtherRecords::caseSource(qint64 id)
{
    // A source whose zones' rules only checked offsets written read no time by them.
    QSqlQuery &query =
        prepared(m_sourceQuery,
                 QStringLiteral("SELECT file_name, format, time_zone, zone_declared,"
                                " json_extract(metadata, '$.date_order'),"
                                " json_extract(metadata, '$.date_order_from'),"
                                " CASE WHEN json_array_length(metadata, '$.zone_rules.zones') > 0"
                                " THEN json_extract(metadata, '$.zone_rules.tz_database') END"
                                " FROM sources WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ShiftedRecords::OtherSource{query.value(0).toString(),
                                       query.value(1).toString(),
                                       query.value(2).toString(),
                                       query.value(3).toInt() == 1,
                                       {query.value(4).toString(), query.value(5).toString()},
                                       query.value(6).toString()};
}

bool OtherRecords::anyOther()
{
    return anyOtherWhere({}, {}, [](const auto &) { return true; });
}

bool OtherRecords::anyOtherOfFormat(const QString &format, bool of)
{
    return anyOtherWhere(
        of ? QStringLiteral("format = ?") : QStringLiteral("format <> ?"), {format},
        [&](const ShiftedRecords::OtherSource &source) { return (source.format == format) == of; });
}

bool OtherRecords::anyOtherWithDeclaredOrder(const QString &format)
{
    // As ShiftedRecords::DateOrderRead::declared() reads the two members.
    return anyOtherWhere(
        QStringLiteral("format = ? AND coalesce(json_extract(metadata, '$.date_order'), '') <> ''"
                       " AND substr(coalesce(json_extract(metadata, '$.date_order_from'), ''),"
                       " 1, 7) <> 'settled'"),
        {format}, [&](const ShiftedRecords::OtherSource &source) {
            return source.format == format && source.dateOrder.declared();
        });
}

bool OtherRecords::anyOtherWhere(
    const QString &condition, const QVariantList &values,
    const std::function<bool(const ShiftedRecords::OtherSource &)> &keep)
{
    if (m_earlier && m_earlier->anyDescribed(m_thisSourceId, keep))
        return true;
    if (!m_db.isValid())
        return false;
    // EXISTS stops at the first: a case of thousands of sources is not read whole for each file.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sources WHERE id <> ?%1)")
                      .arg(condition.isEmpty() ? QString() : QStringLiteral(" AND ") + condition));
    query.addBindValue(m_thisSourceId);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() && query.value(0).toBool();
}

void OtherRecords::readAround(const QList<Probe> &probes, qint64 reachMs)
{
    // With no other source (a first file) there is nothing to look up: not even its own records are read.
    if (!m_handles || !anyOther() || !WindowedRecords::lacksInitiatorIndex(m_db))
        return;
    QList<qint64> initiators;
    QList<qint64> times;
    for (const Probe &probe : probes) {
        if (const auto initiator = m_handles->of(probe.initiator)) {
            if (!initiators.contains(*initiator))
                initiators.append(*initiator);
            times.append(probe.utcMs);
        }
    }
    if (initiators.isEmpty())
        return;
    m_windowed.emplace(m_db, initiators, times, reachMs, m_thisSourceId, m_job);
}

template<typename Keep>
std::optional<QList<OtherRecords::Found>> OtherRecords::readRecords(qint64 initiator, qint64 fromMs, qint64 toMs, Keep keep) const
{
    QList<Found> found;
    const bool read = m_windowed && m_windowed->visit(initiator, fromMs, toMs, [&](const WindowedRecords::Record &record) {
        if (keep(record))
            found.append({record.sourceId, record.utcMs});
    });
    return read ? std::optional<QList<Found>>(found) : std::nullopt;
}

bool OtherRecords::sameFieldsButTime(const WindowedRecords::Record &record, const Probe &probe, std::optional<qint64> counterpart)
{
    return record.subtype == probe.subtype && record.counterpartId == counterpart
           && record.clientIp == (probe.clientIp.isEmpty() ? std::nullopt : std::optional<QString>(probe.clientIp))
           && record.deviceCount == probe.deviceCount;
}

QList<OtherRecords::Found> OtherRecords::atQuarterHours(const Probe &probe)
{
    QList<Found> found = inCaseAtQuarterHours(probe);
    if (m_earlier) {
        for (const Found &record : m_earlier->sameFields(probe, probe.utcMs - ShiftedRecords::MostShiftMs, probe.utcMs + ShiftedRecords::MostShiftMs)) {
            if ((record.second - probe.utcMs) % ShiftedRecords::QuarterHourMs == 0 && record.first != m_thisSourceId)
                found.append(record);
        }
    }
    return found;
}

QList<OtherRecords::Found> OtherRecords::atAndADayFrom(const Probe &probe, qint64 ms)
{
    QList<Found> found = inCaseAtAndADayFrom(probe, ms);
    if (m_earlier) {
        for (const Found &record : m_earlier->sameFields(probe, ms - DayMs, ms + DayMs)) {
            const qint64 apart = qAbs(record.second - ms);
            if ((apart == 0 || apart == DayMs) && record.first != m_thisSourceId)
                found.append(record);
        }
    }
    return found;
}

QList<OtherRecords::Found> OtherRecords::communications(const Probe &probe, qint64 fromMs, qint64 toMs)
{
    QList<Found> found = inCaseCommunications(probe, fromMs, toMs);
    if (m_earlier) {
        for (const Found &record : m_earlier->communications(probe, fromMs, toMs)) {
            if (record.first != m_thisSourceId)
                found.append(record);
        }
    }
    return found;
}

QList<OtherRecords::Found> OtherRecords::inCaseAtQuarterHours(const Probe &probe)
{
    qint64 initiator = 0;
    std::optional<qint64> counterpart;
    if (!caseIds(probe, &initiator, &counterpart))
        return {};
    const auto atAQuarterHour = [&](const WindowedRecords::Record &record) {
        return (record.utcMs - probe.utcMs) % ShiftedRecords::QuarterHourMs == 0 && sameFieldsButTime(record, probe, counterpart);
    };
    if (const auto read = readRecords(initiator, probe.utcMs - ShiftedRecords::MostShiftMs,
                                      probe.utcMs + ShiftedRecords::MostShiftMs, atAQuarterHour))
        return *read;
    // At every quarter hour within a day and two hours, through the index by initiator and
    // time: one seek a shift, however busy the handle.
    QSqlQuery &query = prepared(
        m_quarterQuery,
        QStringLiteral("WITH RECURSIVE quarter(n) AS (SELECT -%1 UNION ALL SELECT n + 1 FROM quarter WHERE n < %1)"
                       " SELECT o.source_id, o.utc_ms FROM events o"
                       " WHERE o.initiator_id = ? AND o.utc_ms IN (SELECT ? + n * %2 FROM quarter)"
                       " AND o.subtype = ? AND o.counterpart_id IS ? AND o.client_ip IS ? AND o.device_count IS ?")
            .arg(ShiftedRecords::MostShiftMs / ShiftedRecords::QuarterHourMs)
            .arg(ShiftedRecords::QuarterHourMs));
    query.addBindValue(initiator);
    query.addBindValue(probe.utcMs);
    bindFieldsButTime(query, probe, counterpart);
    return rowsOf(query);
}

QList<OtherRecords::Found> OtherRecords::inCaseAtAndADayFrom(const Probe &probe, qint64 ms)
{
    qint64 initiator = 0;
    std::optional<qint64> counterpart;
    if (!caseIds(probe, &initiator, &counterpart))
        return {};
    const auto atOrADayFrom = [&](const WindowedRecords::Record &record) {
        const qint64 apart = qAbs(record.utcMs - ms);
        return (apart == 0 || apart == DayMs) && sameFieldsButTime(record, probe, counterpart);
    };
    if (const auto read = readRecords(initiator, ms - DayMs, ms + DayMs, atOrADayFrom))
        return *read;
    QSqlQuery &query = prepared(m_dayQuery, QStringLiteral("SELECT o.source_id, o.utc_ms FROM events o"
                                                           " WHERE o.initiator_id = ? AND o.utc_ms IN (?, ?, ?)"
                                                           " AND o.subtype = ? AND o.counterpart_id IS ? AND o.client_ip IS ?"
                                                           " AND o.device_count IS ?"));
    query.addBindValue(initiator);
    query.addBindValue(ms);
    query.addBindValue(ms - DayMs);
    query.addBindValue(ms + DayMs);
    bindFieldsButTime(query, probe, counterpart);
    return rowsOf(query);
}

QList<OtherRecords::Found> OtherRecords::inCaseCommunications(const Probe &probe, qint64 fromMs, qint64 toMs)
{
    qint64 initiator = 0;
    std::optional<qint64> counterpart;
    if (!caseIds(probe, &initiator, &counterpart) || !counterpart)
        return {};
    const auto aCommunication = [&](const WindowedRecords::Record &record) {
        return record.communication && record.counterpartId == counterpart && record.subtype == probe.subtype;
    };
    if (const auto read = readRecords(initiator, fromMs, toMs, aCommunication))
        return *read;
    QSqlQuery &query = prepared(m_communicationQuery,
                                QStringLiteral("SELECT o.source_id, o.utc_ms FROM events o WHERE o.initiator_id = ?"
                                               " AND o.utc_ms BETWEEN ? AND ? AND o.counterpart_id = ? AND o.subtype = ?"
                                               " AND o.class = 'communication'"));
    query.addBindValue(initiator);
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    query.addBindValue(*counterpart);
    query.addBindValue(probe.subtype);
    return rowsOf(query);
}

bool OtherRecords::caseIds(const Probe &probe, qint64 *initiator, std::optional<qint64> *counterpart)
{
    if (!m_handles)
        return false;
    const auto initiatorId = m_handles->of(probe.initiator);
    *counterpart = probe.counterpart.isEmpty() || !initiatorId ? std::nullopt : m_handles->of(probe.counterpart);
    if (!initiatorId || (!probe.counterpart.isEmpty() && !*counterpart))
        return false;
    *initiator = *initiatorId;
    return true;
}

void OtherRecords::bindFieldsButTime(QSqlQuery &query, const Probe &probe, std::optional<qint64> counterpart)
{
    query.addBindValue(probe.subtype);
    query.addBindValue(counterpart ? QVariant(*counterpart) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(probe.clientIp.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(probe.clientIp));
    query.addBindValue(probe.deviceCount ? QVariant(*probe.deviceCount) : QVariant(QMetaType(QMetaType::Int)));
}

QList<OtherRecords::Found> OtherRecords::rowsOf(QSqlQuery &query) const
{
    QList<Found> found;
    if (!query.exec())
        return found;
    while (query.next()) {
        const qint64 source = query.value(0).toLongLong();
        if (source != m_thisSourceId)
            found.append({source, query.value(1).toLongLong()});
    }
    return found;
}

QSqlQuery &OtherRecords::prepared(std::optional<QSqlQuery> &query, const QString &sql)
{
    if (!query) {
        query.emplace(m_db);
        query->setForwardOnly(true);
        query->prepare(sql);
    }
    return *query;
}
