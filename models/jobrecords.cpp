#include "jobrecords.h"

#include "sqlitestatement.h"

#include <algorithm>

JobRecords::JobRecords(qint64 beforeJob, qint64 mostHeldBefore)
    : m_beforeJob(beforeJob), m_holdsBefore(beforeJob <= mostHeldBefore), m_readUpTo(m_holdsBefore ? 0 : beforeJob)
{
}

bool JobRecords::catchUp(const QSqlDatabase &db)
{
    // SQLite's own statement, as WindowedRecords reads the case's: through QSqlQuery, each
    // value's QVariant took most of the read (60 monthly files: 8 % of the import).
    SqliteStatement query;
    m_failed = m_failed
               || !query.prepare(SqliteStatement::handleOf(db),
                                 "SELECT id, initiator_id, source_id, utc_ms, counterpart_id, subtype, client_ip,"
                                 " device_count, class = 'communication' FROM events WHERE id > ? ORDER BY id");
    if (m_failed)
        return false;
    query.bind(1, m_readUpTo);
    QSet<qint64> grown;
    qint64 readUpTo = m_readUpTo;
    while (query.next()) {
        Record record;
        readUpTo = query.columnInt64(0);
        const qint64 initiator = query.columnInt64(1);
        record.sourceId = qint32(query.columnInt64(2));
        record.utcMs = query.columnInt64(3);
        record.counterpartId = query.columnIsNull(4) ? None : query.columnInt64(4);
        const qint32 subtype = m_subtypes.numberOf(QString::fromUtf8(query.columnUtf8(5)));
        if (subtype > std::numeric_limits<qint16>::max()) { // more subtypes than it numbers: the case is read
            m_failed = true;
            return false;
        }
        record.subtype = qint16(subtype);
        record.clientIp =
            query.columnIsNull(6) ? None : m_addresses.numberOf(QString::fromUtf8(query.columnUtf8(6)));
        record.deviceCount = query.columnIsNull(7) ? NoDeviceCount : qint32(query.columnInt64(7));
        record.communication = query.columnInt64(8) != 0;
        m_byInitiator[initiator].all.push_back(record);
        grown.insert(initiator);
    }
    if (!query.atEnd()) { // stopped part way: it holds an unknown part of the rows
        m_failed = true;
        return false;
    }
    m_readUpTo = readUpTo;
    m_hasRead = true;
    for (const qint64 initiator : std::as_const(grown))
        m_byInitiator[initiator].sortAppended();
    return true;
}

void JobRecords::forgetAbove(qint64 eventId, qint64 sourceId)
{
    if (eventId >= m_readUpTo)
        return;
    // The rolled-back rows are those of the sources stored after the last one kept.
    for (Records &records : m_byInitiator) {
        std::erase_if(records.all, [sourceId](const Record &record) { return record.sourceId > sourceId; });
        records.sorted = records.all.size(); // what is left stays in time order
    }
    m_readUpTo = std::max(eventId, m_beforeJob);
}

QList<WindowedRecords::Record> JobRecords::of(qint64 initiatorId, qint64 fromMs, qint64 toMs, qint64 exceptSourceId) const
{
    const auto records = m_byInitiator.constFind(initiatorId);
    if (records == m_byInitiator.cend())
        return {};
    const auto byTime = [](const Record &record, qint64 ms) { return record.utcMs < ms; };
    const auto first = std::lower_bound(records->all.cbegin(), records->all.cend(), fromMs, byTime);
    QList<WindowedRecords::Record> found;
    for (auto record = first; record != records->all.cend() && record->utcMs <= toMs; ++record) {
        if (record->sourceId == exceptSourceId)
            continue;
        found.append({record->sourceId, record->utcMs,
                      record->counterpartId == None ? std::nullopt : std::optional<qint64>(record->counterpartId),
                      m_subtypes.valueOf(record->subtype),
                      record->clientIp == None ? std::nullopt : std::optional<QString>(m_addresses.valueOf(record->clientIp)),
                      record->deviceCount != NoDeviceCount ? std::optional<int>(record->deviceCount) : std::nullopt,
                      record->communication});
    }
    return found;
}
