#include "eventwriter.h"

#include <QJsonDocument>
#include <QSqlError>

namespace {

QVariant optionalValue(const auto &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

EventWriter::EventWriter(QSqlDatabase db, qint64 sourceId)
    : m_db(db), m_sourceId(sourceId), m_insertEvent(db), m_findHandle(db), m_insertHandle(db),
      m_insertSpelling(db), m_findDuplicate(db), m_insertOccurrence(db), m_insertRejected(db)
{
}

bool EventWriter::prepare()
{
    const bool ok =
        m_insertEvent.prepare(QStringLiteral(
            "INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id,"
            " initiator_raw, counterpart_id, counterpart_raw, client_ip, client_port, device_count,"
            " duration_s, extra, source_id, line, raw, dedupe_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        && m_findHandle.prepare(QStringLiteral("SELECT id FROM handles WHERE normalized = ?"))
        && m_insertHandle.prepare(
            QStringLiteral("INSERT INTO handles (normalized, kind, validity) VALUES (?, ?, ?)"))
        && m_insertSpelling.prepare(
            QStringLiteral("INSERT OR IGNORE INTO handle_spellings (handle_id, raw) VALUES (?, ?)"))
        && m_findDuplicate.prepare(QStringLiteral(
            "SELECT id FROM events WHERE dedupe_key = ? AND source_id <> ? ORDER BY id"))
        && m_insertOccurrence.prepare(QStringLiteral(
            "INSERT INTO event_occurrences (event_id, source_id, line, raw) VALUES (?, ?, ?, ?)"))
        && m_insertRejected.prepare(QStringLiteral(
            "INSERT INTO rejected_rows (source_id, line, reason, raw) VALUES (?, ?, ?, ?)"));
    if (!ok)
        m_lastError = m_db.lastError().text();
    return ok;
}

bool EventWriter::fail(const QSqlQuery &query)
{
    m_lastError = query.lastError().text();
    return false;
}

std::optional<qint64> EventWriter::handleId(const NormalizedHandle &handle, const QString &raw)
{
    qint64 id = m_handleIds.value(handle.normalized, -1);
    if (id < 0) {
        m_findHandle.addBindValue(handle.normalized);
        if (!m_findHandle.exec())
            {
                fail(m_findHandle);
                return std::nullopt;
            }
        if (m_findHandle.next()) {
            id = m_findHandle.value(0).toLongLong();
        } else {
            m_insertHandle.addBindValue(handle.normalized);
            m_insertHandle.addBindValue(handleKindKey(handle.kind));
            m_insertHandle.addBindValue(handleCheckKey(handle.check));
            if (!m_insertHandle.exec())
                {
                fail(m_insertHandle);
                return std::nullopt;
            }
            id = m_insertHandle.lastInsertId().toLongLong();
        }
        m_findHandle.finish();
        m_handleIds.insert(handle.normalized, id);
    }
    const QPair<qint64, QString> spelling{id, raw};
    if (!m_spellings.contains(spelling)) {
        m_insertSpelling.addBindValue(id);
        m_insertSpelling.addBindValue(raw);
        if (!m_insertSpelling.exec())
            {
                fail(m_insertSpelling);
                return std::nullopt;
            }
        m_spellings.insert(spelling);
    }
    return id;
}

std::optional<qint64> EventWriter::findDuplicate(const EventRecord &event)
{
    // The same record in an earlier source. Identical records within one source are distinct
    // events (a device can ask twice in one second), so each earlier event is claimed once.
    m_findDuplicate.addBindValue(event.dedupeKey);
    m_findDuplicate.addBindValue(m_sourceId);
    if (!m_findDuplicate.exec())
        return std::nullopt;
    std::optional<qint64> found;
    while (m_findDuplicate.next()) {
        const qint64 id = m_findDuplicate.value(0).toLongLong();
        if (!m_claimedDuplicates.contains(id)) {
            found = id;
            break;
        }
    }
    m_findDuplicate.finish();
    return found;
}

EventWriter::Outcome EventWriter::write(const EventRecord &event)
{
    if (!event.dedupeKey.isEmpty()) {
        if (const auto existing = findDuplicate(event)) {
            m_claimedDuplicates.insert(*existing);
            m_insertOccurrence.addBindValue(*existing);
            m_insertOccurrence.addBindValue(m_sourceId);
            m_insertOccurrence.addBindValue(event.line);
            m_insertOccurrence.addBindValue(event.raw);
            if (!m_insertOccurrence.exec()) {
                fail(m_insertOccurrence);
                return Outcome::Failed;
            }
            return Outcome::Duplicate;
        }
    }
    const auto initiator = handleId(event.initiator, event.initiatorRaw);
    if (!initiator)
        return Outcome::Failed;
    std::optional<qint64> counterpart;
    if (event.evidenceClass != EvidenceClass::Connection) {
        counterpart = handleId(event.counterpart, event.counterpartRaw);
        if (!counterpart)
            return Outcome::Failed;
    }
    m_insertEvent.addBindValue(evidenceClassKey(event.evidenceClass));
    m_insertEvent.addBindValue(event.subtype);
    m_insertEvent.addBindValue(event.utcMs);
    m_insertEvent.addBindValue(event.timeRaw);
    m_insertEvent.addBindValue(event.timeZone);
    m_insertEvent.addBindValue(*initiator);
    m_insertEvent.addBindValue(event.initiatorRaw);
    m_insertEvent.addBindValue(optionalValue(counterpart));
    m_insertEvent.addBindValue(counterpart ? QVariant(event.counterpartRaw) : QVariant());
    m_insertEvent.addBindValue(event.clientIp.isEmpty() ? QVariant() : QVariant(event.clientIp));
    m_insertEvent.addBindValue(optionalValue(event.clientPort));
    m_insertEvent.addBindValue(optionalValue(event.deviceCount));
    m_insertEvent.addBindValue(optionalValue(event.durationSeconds));
    m_insertEvent.addBindValue(QString::fromUtf8(QJsonDocument(event.extra).toJson(QJsonDocument::Compact)));
    m_insertEvent.addBindValue(m_sourceId);
    m_insertEvent.addBindValue(event.line);
    m_insertEvent.addBindValue(event.raw);
    m_insertEvent.addBindValue(event.dedupeKey.isEmpty() ? QVariant() : QVariant(event.dedupeKey));
    if (!m_insertEvent.exec()) {
        fail(m_insertEvent);
        return Outcome::Failed;
    }
    return Outcome::Inserted;
}

bool EventWriter::writeRejected(const RejectedRow &row)
{
    m_insertRejected.addBindValue(m_sourceId);
    m_insertRejected.addBindValue(qMax(row.line, 1));
    m_insertRejected.addBindValue(row.reason);
    m_insertRejected.addBindValue(row.raw.isNull() ? QStringLiteral("") : row.raw); // a blank line is "", not NULL
    return m_insertRejected.exec() || fail(m_insertRejected);
}
