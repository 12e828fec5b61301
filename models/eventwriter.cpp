#include "eventwriter.h"

#include "ipaddressflags.h"
#include "sqlerrortext.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

EventWriter::EventWriter(QSqlDatabase db, qint64 sourceId, std::optional<qint64> earlierSourcesUpTo,
                         const StoredDedupeKeys *storedMeanwhile)
    : m_db(db), m_sourceId(sourceId), m_earlierSourcesUpTo(earlierSourcesUpTo), m_storedMeanwhile(storedMeanwhile)
{
}

QByteArray EventWriter::duplicateQuery(std::optional<qint64> earlierSourcesUpTo)
{
    QByteArray sql = "SELECT id FROM events WHERE dedupe_key = ? AND source_id <> ?";
    // Written out, not bound: SQLite uses the partial index only for a query whose terms imply its own.
    if (earlierSourcesUpTo)
        sql += " AND source_id <= " + QByteArray::number(*earlierSourcesUpTo);
    return sql + " ORDER BY id";
}

bool EventWriter::prepare()
{
    sqlite3 *handle = SqliteStatement::handleOf(m_db);
    const bool ok =
        SqliteRowFeed::registerOn(handle)
        && m_insertEvents.prepare(handle,
                                  "INSERT INTO events (id, class, subtype, utc_ms, time_raw, time_zone, initiator_id,"
                                  " initiator_raw, counterpart_id, counterpart_raw, client_ip, client_port, device_count,"
                                  " duration_s, extra, source_id, line, raw, dedupe_key, client_ip_raw) SELECT c0, c1,"
                                  " c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19"
                                  " FROM ll_row_feed(?)")
        && m_findHandle.prepare(handle, "SELECT id FROM handles WHERE normalized = ?")
        && m_insertHandle.prepare(handle, "INSERT INTO handles (normalized, kind, validity) VALUES (?, ?, ?)")
        && m_insertSpelling.prepare(handle, "INSERT OR IGNORE INTO handle_spellings (handle_id, raw) VALUES (?, ?)")
        && m_findDuplicate.prepare(handle, duplicateQuery(m_earlierSourcesUpTo).constData())
        && m_insertOccurrence.prepare(handle,
                                      "INSERT INTO event_occurrences (event_id, source_id, line, raw, kind) VALUES (?, ?, ?, ?, ?)")
        && m_insertRejected.prepare(handle, "INSERT INTO rejected_rows (source_id, line, reason, raw) VALUES (?, ?, ?, ?)")
        && m_insertClientIp.prepare(handle, "INSERT OR IGNORE INTO client_ips (ip) VALUES (?)")
        && (!m_storedMeanwhile || m_hasKey.prepare(handle, "SELECT 1 FROM events WHERE id = ? AND dedupe_key = ? AND source_id <> ?"));
    if (!ok) {
        m_lastError = handle ? m_insertEvents.errorMessage() : QStringLiteral("not an SQLite connection");
        return false;
    }
    // Events get their ids here, as SQLite would have given them (the largest so far plus
    // one), so a later call leg can point at an event still waiting in the batch.
    QSqlQuery lastId(m_db);
    if (!lastId.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM events")) || !lastId.next()) {
        m_lastError = sqlErrorText(lastId.lastError());
        return false;
    }
    m_nextId = lastId.value(0).toLongLong() + 1;
    m_firstId = m_nextId;
    // A duplicate has the same time as its original, so only events inside the span of other
    // sources' events need the look-up; a first import into a case needs none.
    // Each end asked of the index by time on its own: min() and max() together read every
    // event, for every page of a WhatsApp return of hundreds of deliveries.
    const std::optional<qint64> first = otherSourcesEnd("ASC");
    if (first)
        m_otherSourcesSpan = qMakePair(*first, otherSourcesEnd("DESC").value_or(*first));
    return true;
}

std::optional<qint64> EventWriter::otherSourcesEnd(const char *order) const
{
    QSqlQuery end(m_db);
    end.prepare(QStringLiteral("SELECT utc_ms FROM events WHERE source_id <> ? AND dedupe_key IS NOT NULL"
                               " ORDER BY utc_ms %1 LIMIT 1")
                    .arg(QLatin1String(order)));
    end.addBindValue(m_sourceId);
    if (!end.exec() || !end.next())
        return std::nullopt;
    return end.value(0).toLongLong();
}

bool EventWriter::fail(const SqliteStatement &statement)
{
    m_lastError = statement.errorMessage();
    return false;
}

void EventWriter::startFrom(KnownHandles known, const void *jobSpellings)
{
    m_handleIds = std::move(known.ids);
    m_spellings = std::move(known.spellings);
    m_idBySpelling = std::move(known.idBySpelling);
    // The spellings' numbers an earlier file's writer knew, in the job's numbering: their
    // handles are found without hashing the spelling again.
    if (jobSpellings && known.spellingTable == jobSpellings) {
        m_idBySpellingNumber = std::move(known.idBySpellingNumber);
        m_spellingTable = jobSpellings;
    }
}

std::optional<qint64> EventWriter::handleId(const NormalizedHandle &handle, const QString &raw, int spelling)
{
    // One source spells each handle a few ways and repeats them on every row: a spelling seen
    // before has its handle and its spelling row already. The importer's number for it finds
    // them without hashing the text again.
    const auto number = size_t(spelling);
    if (spelling >= 0 && number < m_idBySpellingNumber.size() && m_idBySpellingNumber[number] >= 0)
        return m_idBySpellingNumber[number];
    const std::optional<qint64> id = handleIdBySpelling(handle, raw);
    if (id && spelling >= 0) {
        if (number >= m_idBySpellingNumber.size())
            m_idBySpellingNumber.resize(number + 1, -1);
        m_idBySpellingNumber[number] = *id;
    }
    return id;
}

std::optional<qint64> EventWriter::handleIdBySpelling(const NormalizedHandle &handle, const QString &raw)
{
    if (const auto known = m_idBySpelling.constFind(raw); known != m_idBySpelling.cend())
        return *known;
    qint64 id = m_handleIds.value(handle.normalized, -1);
    if (id < 0) {
        m_findHandle.bind(1, handle.normalized);
        if (m_findHandle.next()) {
            id = m_findHandle.columnInt64(0);
            m_findHandle.reset();
        } else {
            m_findHandle.reset();
            m_insertHandle.bind(1, handle.normalized);
            m_insertHandle.bind(2, handleKindKey(handle.kind));
            m_insertHandle.bind(3, handleCheckKey(handle.check));
            if (!m_insertHandle.exec()) {
                fail(m_insertHandle);
                return std::nullopt;
            }
            id = m_insertHandle.lastInsertRowId();
        }
        m_handleIds.insert(handle.normalized, id);
    }
    const QPair<qint64, QString> spelling{id, raw};
    if (!m_spellings.contains(spelling)) {
        m_insertSpelling.bind(1, id);
        m_insertSpelling.bind(2, raw);
        if (!m_insertSpelling.exec()) {
            fail(m_insertSpelling);
            return std::nullopt;
        }
        m_spellings.insert(spelling);
    }
    m_idBySpelling.insert(raw, id);
    return id;
}

std::optional<QString> EventWriter::addressOf(const QString &written)
{
    // Geolocation answers name an IP by its id in client_ips; a source repeats few addresses.
    if (written.isEmpty())
        return QString();
    if (const auto known = m_addresses.constFind(written); known != m_addresses.cend())
        return *known;
    const QString address = IpAddressFlags::addressOf(written);
    m_insertClientIp.bind(1, address);
    if (!m_insertClientIp.exec()) {
        fail(m_insertClientIp);
        return std::nullopt;
    }
    m_addresses.insert(written, address);
    return address;
}

std::optional<qint64> EventWriter::findDuplicate(const EventRecord &event)
{
    // The same record in an earlier source. Identical records within one source are distinct
    // events (a device can ask twice in one second), so each earlier event is claimed once.
    if (!m_otherSourcesSpan || event.utcMs < m_otherSourcesSpan->first || event.utcMs > m_otherSourcesSpan->second)
        return std::nullopt;
    // Without the dedupe index, the case has no index to look in but the earlier sources'.
    if (m_storedMeanwhile && !m_earlierSourcesUpTo)
        return findStoredMeanwhile(event);
    m_findDuplicate.bind(1, event.dedupeKey);
    m_findDuplicate.bind(2, m_sourceId);
    std::optional<qint64> found;
    while (m_findDuplicate.next()) {
        const qint64 id = m_findDuplicate.columnInt64(0);
        if (!m_claimedDuplicates.contains(id)) {
            found = id;
            break;
        }
    }
    m_findDuplicate.reset();
    // The case's ids come before the import's: the same order as one look-up by the full index.
    return (found || !m_storedMeanwhile) ? found : findStoredMeanwhile(event);
}

std::optional<qint64> EventWriter::findStoredMeanwhile(const EventRecord &event)
{
    // Checked as the look-up by the index would find it: hashes may collide, and an id may
    // have been given again after a rolled-back file's (StoredDedupeKeys forgets those too).
    for (const qint64 candidate : m_storedMeanwhile->candidates(event.dedupeKey)) {
        if (m_claimedDuplicates.contains(candidate))
            continue;
        m_hasKey.bind(1, candidate);
        m_hasKey.bind(2, event.dedupeKey);
        m_hasKey.bind(3, m_sourceId);
        const bool holdsKey = m_hasKey.next();
        m_hasKey.reset();
        if (holdsKey)
            return candidate;
    }
    return std::nullopt;
}

EventWriter::Outcome EventWriter::write(const EventRecord &event)
{
    const Outcome outcome = writeOrLink(event);
    if (outcome != Outcome::Failed) // a record of the source, an event of its own or linked to one
        m_recordsSpan = m_recordsSpan ? std::pair{std::min(m_recordsSpan->first, event.utcMs),
                                                  std::max(m_recordsSpan->second, event.utcMs)}
                                      : std::pair{event.utcMs, event.utcMs};
    return outcome;
}

EventWriter::Outcome EventWriter::writeOrLink(const EventRecord &event)
{
    if (event.returnInFile != m_returnInFile && !startReturn(event.returnInFile))
        return Outcome::Failed;
    if (!event.callId.isEmpty()) {
        // A further switch leg of a call already written from this source: one call, linked rows.
        if (const auto it = m_callEvents.constFind(event.callId); it != m_callEvents.cend())
            return link(*it, event, QStringLiteral("call-leg")) ? Outcome::CallLeg : Outcome::Failed;
    }
    if (!m_joined || event.dedupeKey.isEmpty()) {
        qint64 id = 0;
        return writeRecord(event, &id);
    }
    if (const auto earlier = m_joined->earlierCopy(event.dedupeKey)) {
        if (!event.callId.isEmpty())
            m_callEvents.insert(event.callId, *earlier);
        return link(*earlier, event, QStringLiteral("duplicate")) ? Outcome::Duplicate : Outcome::Failed;
    }
    qint64 id = 0;
    const Outcome outcome = writeRecord(event, &id);
    if (outcome != Outcome::Failed)
        m_joined->noteNew(event.dedupeKey, id);
    return outcome;
}

bool EventWriter::startReturn(int returnInFile)
{
    if (!m_joined) {
        m_joined.emplace();
        if (!flush() || !m_joined->loadFirst(m_db, m_sourceId, m_firstId, &m_lastError))
            return false;
    }
    m_joined->startReturn();
    m_returnInFile = returnInFile;
    return true;
}

EventWriter::Outcome EventWriter::writeRecord(const EventRecord &event, qint64 *id)
{
    if (!event.dedupeKey.isEmpty()) {
        if (const auto existing = findDuplicate(event)) {
            m_claimedDuplicates.insert(*existing);
            if (!event.callId.isEmpty())
                m_callEvents.insert(event.callId, *existing);
            *id = *existing;
            return link(*existing, event, QStringLiteral("duplicate")) ? Outcome::Duplicate : Outcome::Failed;
        }
    }
    if (!m_spellingTable)
        m_spellingTable = event.spellingTable;
    const bool numbered = event.spellingTable && event.spellingTable == m_spellingTable;
    const auto initiator = handleId(event.initiator, event.initiatorRaw, numbered ? event.initiatorSpelling : -1);
    if (!initiator)
        return Outcome::Failed;
    std::optional<qint64> counterpart;
    if (event.evidenceClass != EvidenceClass::Connection) {
        counterpart = handleId(event.counterpart, event.counterpartRaw, numbered ? event.counterpartSpelling : -1);
        if (!counterpart)
            return Outcome::Failed;
    }
    const auto address = addressOf(event.clientIp);
    if (!address)
        return Outcome::Failed;
    *id = m_nextId++;
    addRow(*id, event, *initiator, counterpart, *address);
    if (m_storedMeanwhile && m_keepsNewKeys && !event.dedupeKey.isEmpty())
        m_newKeys.push_back({StoredDedupeKeys::hashOf(event.dedupeKey), *id});
    if (!event.callId.isEmpty())
        m_callEvents.insert(event.callId, *id);
    if (m_pending.rows() >= FlushRows && !flush())
        return Outcome::Failed;
    return Outcome::Inserted;
}

void EventWriter::addRow(qint64 id, const EventRecord &event, qint64 initiator, std::optional<qint64> counterpart,
                         const QString &address)
{
    SqliteRowFeed &r = m_pending;
    r.addInt(id);
    r.addStaticText(evidenceClassKeyUtf8(event.evidenceClass));
    r.addText(QStringView(event.subtype));
    r.addInt(event.utcMs);
    r.addText(QStringView(event.timeRaw));
    r.addText(QStringView(event.timeZone));
    r.addInt(initiator);
    r.addText(QStringView(event.initiatorRaw));
    counterpart ? r.addInt(*counterpart) : r.addNull();
    counterpart ? r.addText(QStringView(event.counterpartRaw)) : r.addNull();
    address.isEmpty() ? r.addNull() : r.addText(QStringView(address));
    event.clientPort ? r.addInt(*event.clientPort) : r.addNull();
    event.deviceCount ? r.addInt(*event.deviceCount) : r.addNull();
    event.durationSeconds ? r.addReal(*event.durationSeconds) : r.addNull();
    if (!event.extraJson.isEmpty())
        r.addText(event.extraJson);
    else
        event.extra.isEmpty() ? r.addStaticText("{}") : r.addText(QJsonDocument(event.extra).toJson(QJsonDocument::Compact));
    r.addInt(m_sourceId);
    r.addInt(event.line);
    r.addText(QStringView(event.raw));
    event.dedupeKey.isEmpty() ? r.addNull() : r.addText(QStringView(event.dedupeKey));
    address == event.clientIp ? r.addNull() : r.addText(QStringView(event.clientIp)); // client_ip_raw
}

bool EventWriter::flush()
{
    if (m_pending.rows() == 0)
        return true;
    m_insertEvents.bindPointer(1, &m_pending, SqliteRowFeed::PointerType);
    const bool ok = m_insertEvents.exec();
    m_pending.clear();
    return ok || fail(m_insertEvents);
}

bool EventWriter::link(qint64 eventId, const EventRecord &event, const QString &kind)
{
    // The batch holds the ids just below m_nextId; an occurrence must point at a stored event.
    if (eventId >= m_nextId - m_pending.rows() && !flush())
        return false;
    m_lastLinkedEvent = eventId;
    m_insertOccurrence.bind(1, eventId);
    m_insertOccurrence.bind(2, m_sourceId);
    m_insertOccurrence.bind(3, qint64(event.line));
    m_insertOccurrence.bind(4, event.raw);
    m_insertOccurrence.bind(5, kind);
    return m_insertOccurrence.exec() || fail(m_insertOccurrence);
}

bool EventWriter::writeRejected(const RejectedRow &row)
{
    m_insertRejected.bind(1, m_sourceId);
    m_insertRejected.bind(2, qint64(qMax(row.line, 1)));
    m_insertRejected.bind(3, row.reason);
    m_insertRejected.bind(4, row.raw); // a blank line is "", not NULL
    return m_insertRejected.exec() || fail(m_insertRejected);
}
