// The case's queries for the views and the CLI: counts by class and by handle, events, sources,
// rejected and duplicate rows, handles' aliases. An event's provenance is in
// casequeriesprovenance.cpp, the case's figures as a whole in casequeriesstats.cpp.
#include "casequeries.h"

#include "auditlog.h"
#include "caseschema.h"
#include "handlenormalizer.h"
#include "sqlerrortext.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : binds)
        query.addBindValue(value);
    return query.exec();
}

} // namespace

CaseQueries::CaseQueries(QSqlDatabase db) : m_db(db) {}

QList<HandleSummary> CaseQueries::handleSummaries(bool *ok) const
{
    bool countsRead = false;
    const QHash<qint64, HandleSummary> counts = countsByHandle(&countsRead);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool started = query.exec(QStringLiteral("SELECT h.id, h.normalized, h.kind, h.validity, l.label,"
                              "  (SELECT json_group_array(raw) FROM handle_spellings WHERE handle_id = h.id)"
                              " FROM handles h LEFT JOIN handle_labels l ON l.handle_id = h.id ORDER BY h.normalized"));
    QList<HandleSummary> result;
    while (query.next()) {
        HandleSummary h = counts.value(query.value(0).toLongLong());
        h.id = query.value(0).toLongLong();
        h.handle = query.value(1).toString();
        h.kind = query.value(2).toString();
        h.validity = query.value(3).toString();
        h.label = query.value(4).toString();
        for (const QJsonValue &v : QJsonDocument::fromJson(query.value(5).toByteArray()).array())
            h.spellings.append(v.toString());
        result.append(h);
    }
    if (ok)
        *ok = countsRead && started && !query.lastError().isValid();
    return result;
}

QHash<qint64, HandleSummary> CaseQueries::countsByHandle(bool *ok) const
{
    // One pass over the events, counted here: grouping them by handle in SQL (through either
    // handle index, then each event's class from the table, or through a temporary index over
    // both sides) took 15-30 s for 1M events, against half a second for the pass.
    QHash<qint64, HandleSummary> counts;
    SqliteStatement scan;
    const QByteArray sql = QByteArray("SELECT initiator_id, counterpart_id, utc_ms, ") + evidenceClassValueSql()
                           + " FROM events";
    *ok = false;
    if (!scan.prepare(SqliteStatement::handleOf(m_db), sql.constData()))
        return counts;
    const auto seen = [](HandleSummary &h, qint64 utcMs) {
        h.firstMs = h.firstMs ? qMin(*h.firstMs, utcMs) : utcMs;
        h.lastMs = h.lastMs ? qMax(*h.lastMs, utcMs) : utcMs;
    };
    while (scan.next()) {
        const qint64 utcMs = scan.columnInt64(2);
        const auto cls = EvidenceClass(scan.columnInt64(3));
        HandleSummary &initiator = counts[scan.columnInt64(0)];
        seen(initiator, utcMs);
        ++(cls == EvidenceClass::Lookup          ? initiator.lookupsOut
           : cls == EvidenceClass::Communication ? initiator.commsOut
                                                 : initiator.connections);
        if (scan.columnIsNull(1))
            continue; // a connection: the account's own, no other side
        HandleSummary &counterpart = counts[scan.columnInt64(1)];
        seen(counterpart, utcMs);
        ++(cls == EvidenceClass::Lookup          ? counterpart.lookupsIn
           : cls == EvidenceClass::Communication ? counterpart.commsIn
                                                 : counterpart.connections);
    }
    *ok = scan.atEnd();
    scan.reset();
    return counts;
}

QString SourceRow::placeInContainer() const
{
    const QString container = QFileInfo(filePath).fileName() + PlaceName::Separator;
    return fileName.startsWith(container) ? fileName.mid(container.size()) : shownName();
}

QList<SourceRow> CaseQueries::sources() const
{
    return sourcesWhere({});
}

QList<SourceRow> CaseQueries::sources(const QSet<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    // Numbers only, written into the statement: no limit on how many may be bound.
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return sourcesWhere(QStringLiteral(" WHERE id IN (%1)").arg(list.join(u',')));
}

QList<SourceRow> CaseQueries::sourcesWhere(const QString &where) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, file_name, file_path, file_size, sha256, imported_at,"
                              " imported_by, format, time_zone, zone_declared, importer_version,"
                              " rows_read, rows_accepted, rows_rejected, rows_duplicate, metadata,"
                              " accepted_lookups, accepted_communications, accepted_connections,"
                              " part, container_sha256, records_first_ms, records_last_ms"
                              " FROM sources%1 ORDER BY id")
                   .arg(where));
    QList<SourceRow> result;
    while (query.next()) {
        SourceRow s;
        s.id = query.value(0).toLongLong();
        s.fileName = query.value(1).toString();
        s.filePath = query.value(2).toString();
        s.fileSize = query.value(3).toLongLong();
        s.sha256 = query.value(4).toString();
        s.importedAt = query.value(5).toString();
        s.importedBy = query.value(6).toString();
        s.format = query.value(7).toString();
        s.timeZone = query.value(8).toString();
        s.zoneDeclared = query.value(9).toInt() != 0;
        s.importerVersion = query.value(10).toString();
        s.rowsRead = query.value(11).toLongLong();
        s.accepted = query.value(12).toLongLong();
        s.rejected = query.value(13).toLongLong();
        s.duplicate = query.value(14).toLongLong();
        s.metadata = QJsonDocument::fromJson(query.value(15).toByteArray()).object();
        for (int i = 0; i < 3; ++i)
            s.acceptedByClass[size_t(i)] = query.value(16 + i).toLongLong();
        s.part = query.value(19).toString();
        s.containerSha256 = query.value(20).toString();
        if (!query.value(21).isNull())
            s.recordsFirstMs = query.value(21).toLongLong();
        if (!query.value(22).isNull())
            s.recordsLastMs = query.value(22).toLongLong();
        result.append(s);
    }
    return result;
}

QList<RejectedRowRecord> CaseQueries::rejectedRows(std::optional<qint64> sourceId) const
{
    QSqlQuery query(m_db);
    QVariantList binds;
    QString sql = QStringLiteral("SELECT r.source_id, %1, r.line, r.reason, r.raw FROM rejected_rows r"
                                 " JOIN sources s ON s.id = r.source_id")
                      .arg(CaseSchema::sourceNameSql(QStringLiteral("s")));
    if (sourceId) {
        sql += QStringLiteral(" WHERE r.source_id = ?");
        binds.append(*sourceId);
    }
    sql += QStringLiteral(" ORDER BY r.source_id, r.line");
    QList<RejectedRowRecord> result;
    if (!execBound(query, sql, binds))
        return result;
    LinePlaces places(m_db);
    while (query.next()) {
        const qint64 source = query.value(0).toLongLong();
        const int line = query.value(2).toInt();
        result.append({source, query.value(1).toString(), line, query.value(3).toString(), query.value(4).toString(),
                       places.of(source, line)});
    }
    return result;
}

QString CaseQueries::whereText(int line, const LinePlace &place)
{
    // The number shown is no line of the file's text: an expert looking for the row is told where it is.
    if (place.pageTextLine > 0)
        return tr("Row %1 of the page's table rows (<tr>), as Excel numbers them; its <tr> stands on line %2 of the "
                  "file's text")
            .arg(line)
            .arg(place.pageTextLine);
    if (place.pdfPage > 0)
        return tr("Line %1 of the text the PDF holds: page %2, line %3 on it").arg(line).arg(place.pdfPage).arg(place.pdfPageLine);
    return {};
}

std::optional<qint64> CaseQueries::edgeEventOf(qint64 handleId, bool last) const
{
    // Through each side's index (handle, time): the earliest or latest of the two.
    const QString order = last ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString sql = QStringLiteral("SELECT id FROM (SELECT * FROM (SELECT id, utc_ms FROM events WHERE initiator_id = ?"
                                       " ORDER BY utc_ms %1, id %1 LIMIT 1) UNION ALL SELECT * FROM (SELECT id, utc_ms FROM events"
                                       " WHERE counterpart_id = ? ORDER BY utc_ms %1, id %1 LIMIT 1)) ORDER BY utc_ms %1, id %1 LIMIT 1")
                            .arg(order);
    QSqlQuery query(m_db);
    if (!execBound(query, sql, {handleId, handleId}) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> CaseQueries::edgeRecordOfSource(qint64 sourceId, bool last) const
{
    // At the time the source keeps for the record, through the time index: its own event first,
    // then one its duplicate row was linked to.
    const QString sql =
        QStringLiteral(
            "SELECT id FROM (SELECT e.id FROM sources s JOIN events e ON e.utc_ms = s.%1"
            " AND e.source_id = s.id WHERE s.id = ? ORDER BY e.id LIMIT 1)"
            " UNION ALL SELECT * FROM (SELECT o.event_id FROM sources s"
            " JOIN event_occurrences o ON o.source_id = s.id JOIN events e ON e.id = o.event_id"
            " WHERE s.id = ? AND e.utc_ms = s.%1 ORDER BY o.line LIMIT 1) LIMIT 1")
            .arg(last ? QStringLiteral("records_last_ms") : QStringLiteral("records_first_ms"));
    QSqlQuery query(m_db);
    if (!execBound(query, sql, {sourceId, sourceId}) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<qint64> CaseQueries::edgeEventOfIp(const QString &ip, bool last) const
{
    const QString order = last ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QSqlQuery query(m_db);
    if (!execBound(query, QStringLiteral("SELECT id FROM events WHERE client_ip = ? ORDER BY utc_ms %1, id %1 LIMIT 1").arg(order), {ip})
        || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

QList<DuplicateRowRecord> CaseQueries::duplicateRows(qint64 sourceId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT o.line, o.kind, o.event_id, %1, e.line, o.raw, e.source_id FROM event_occurrences o"
                                       " JOIN events e ON e.id = o.event_id JOIN sources s ON s.id = e.source_id"
                                       " WHERE o.source_id = ? ORDER BY o.line, o.event_id")
                            .arg(CaseSchema::sourceNameSql(QStringLiteral("s")));
    QList<DuplicateRowRecord> result;
    if (!execBound(query, sql, {sourceId}))
        return result;
    LinePlaces places(m_db);
    while (query.next()) {
        const int line = query.value(0).toInt();
        const int firstLine = query.value(4).toInt();
        const qint64 firstSource = query.value(6).toLongLong();
        result.append({line, query.value(1).toString(), query.value(2).toLongLong(),
                       query.value(3).toString(), firstLine, query.value(5).toString(),
                       places.of(sourceId, line), places.of(firstSource, firstLine), firstSource});
    }
    return result;
}

QHash<EvidenceClass, qint64> CaseQueries::countByClass(const EventFilter &filter) const
{
    QVariantList binds;
    const QString sql = QStringLiteral("SELECT e.class, count(*) FROM events e ") + filter.whereClause(&binds)
                        + QStringLiteral(" GROUP BY e.class");
    QSqlQuery query(m_db);
    QHash<EvidenceClass, qint64> counts{{EvidenceClass::Lookup, 0},
                                        {EvidenceClass::Communication, 0},
                                        {EvidenceClass::Connection, 0}};
    if (!execBound(query, sql, binds))
        return counts;
    while (query.next()) {
        if (const auto cls = evidenceClassFromKey(query.value(0).toString()))
            counts[*cls] = query.value(1).toLongLong();
    }
    return counts;
}

const QString &CaseQueries::eventSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT e.id, e.class, e.subtype, e.utc_ms, e.time_raw, e.time_zone, hi.normalized, e.initiator_raw,"
        " hc.normalized, e.counterpart_raw, e.client_ip, e.client_port, e.device_count, e.duration_s, e.extra,"
        " e.source_id, %1, e.line, e.raw, e.initiator_id, e.counterpart_id, li.label, lc.label,"
        " coalesce(e.client_ip_raw, e.client_ip), hi.kind, hc.kind, m.note, m.set_at, m.set_by"
        " FROM events e JOIN handles hi ON hi.id = e.initiator_id"
        " LEFT JOIN handles hc ON hc.id = e.counterpart_id JOIN sources s ON s.id = e.source_id"
        " LEFT JOIN handle_labels li ON li.handle_id = e.initiator_id"
        " LEFT JOIN handle_labels lc ON lc.handle_id = e.counterpart_id"
        " LEFT JOIN event_marks m ON m.event_id = e.id ")
                                  .arg(CaseSchema::sourceNameSql(QStringLiteral("s")));
    return sql;
}

EventRow CaseQueries::eventFromQuery(const QSqlQuery &query)
{
    const auto optionalInt = [&query](int column) {
        const QVariant v = query.value(column);
        return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    };
    EventRow row;
    row.id = query.value(0).toLongLong();
    row.evidenceClass = query.value(1).toString();
    row.subtype = query.value(2).toString();
    row.utcMs = query.value(3).toLongLong();
    row.timeRaw = query.value(4).toString();
    row.timeZone = query.value(5).toString();
    row.initiator = query.value(6).toString();
    row.initiatorRaw = query.value(7).toString();
    row.counterpart = query.value(8).toString();
    row.counterpartRaw = query.value(9).toString();
    row.clientIp = query.value(10).toString();
    row.clientPort = optionalInt(11);
    row.deviceCount = optionalInt(12);
    if (!query.value(13).isNull())
        row.durationSeconds = query.value(13).toDouble();
    row.extra = query.value(14).toString();
    row.sourceId = query.value(15).toLongLong();
    row.sourceName = query.value(16).toString();
    row.line = query.value(17).toInt();
    row.raw = query.value(18).toString();
    row.initiatorId = query.value(19).toLongLong();
    if (!query.value(20).isNull())
        row.counterpartId = query.value(20).toLongLong();
    row.initiatorLabel = query.value(21).toString();
    row.counterpartLabel = query.value(22).toString();
    row.clientIpRaw = query.value(23).toString();
    row.initiatorKind = query.value(24).toString();
    row.counterpartKind = query.value(25).toString();
    if (!query.value(26).isNull())
        row.mark = EventMark{query.value(26).toString(), query.value(27).toString(),
                             query.value(28).toString()};
    return row;
}

bool CaseQueries::forEachEvent(const EventFilter &filter,
                               const std::function<bool(const EventRow &)> &visit, QString *error,
                               bool withOccurrences) const
{
    QVariantList binds;
    const QString sql = (withOccurrences ? eventSelectWithOccurrences() : eventSelect()) +
                        filter.whereClause(&binds) + QStringLiteral(" ORDER BY e.utc_ms, e.id");
    QSqlQuery query(m_db);
    if (!execBound(query, sql, binds)) {
        if (error)
            *error = sqlErrorText(query.lastError());
        return false;
    }
    while (query.next()) {
        EventRow row = eventFromQuery(query);
        if (withOccurrences)
            row.alsoIn = alsoInFromColumn(query.value(EventColumns));
        if (!visit(row))
            break;
    }
    return true;
}

QString CaseQueries::normalizedHandle(qint64 handleId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT normalized FROM handles WHERE id = ?"));
    query.addBindValue(handleId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

std::optional<qint64> CaseQueries::resolveHandle(const QString &spelling, const QString &region) const
{
    const NormalizedHandle normalized = HandleNormalizer(region).normalize(spelling);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM handles WHERE normalized = ?"
                                 " UNION ALL SELECT handle_id FROM handle_spellings WHERE raw = ? LIMIT 1"));
    query.addBindValue(normalized.normalized);
    query.addBindValue(spelling.trimmed());
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return std::nullopt;
}

QString CaseQueries::displayHandle(const QString &normalized, const QString &label)
{
    return label.isEmpty() ? normalized : QStringLiteral("%1 (%2)").arg(label, normalized);
}

QString CaseQueries::partiesText(const EventRow &event)
{
    const QString initiator = displayHandle(event.initiator, event.initiatorLabel);
    if (event.counterpart.isEmpty())
        return initiator;
    return QStringLiteral("%1 \u2192 %2")
        .arg(initiator, displayHandle(event.counterpart, event.counterpartLabel));
}

bool CaseQueries::setHandleLabel(QSqlDatabase db, qint64 handleId, const QString &label, const QString &at)
{
    const QString when = at.isEmpty() ? AuditLog::nowIso() : at;
    QSqlQuery query(db);
    const QString text = label.trimmed();
    if (text.isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM handle_labels WHERE handle_id = ?"));
        query.addBindValue(handleId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO handle_labels (handle_id, label, set_at, set_by) VALUES (?, ?, ?, ?)"
                                     " ON CONFLICT (handle_id) DO UPDATE SET label = excluded.label,"
                                     " set_at = excluded.set_at, set_by = excluded.set_by"));
        query.addBindValue(handleId);
        query.addBindValue(text);
        query.addBindValue(when);
        query.addBindValue(AuditLog::osUserName());
    }
    return query.exec()
           && AuditLog::record(db, QStringLiteral("handle-label"),
                               QJsonObject{{QStringLiteral("handle_id"), handleId}, {QStringLiteral("label"), text}}, when);
}

bool CaseQueries::setEventMark(QSqlDatabase db, qint64 eventId, const std::optional<QString> &note,
                               const QString &at)
{
    const QString when = at.isEmpty() ? AuditLog::nowIso() : at;
    QSqlQuery query(db);
    if (!note) {
        query.prepare(QStringLiteral("DELETE FROM event_marks WHERE event_id = ?"));
        query.addBindValue(eventId);
        return query.exec() && query.numRowsAffected() == 1 &&
               AuditLog::record(db, QStringLiteral("event-unmark"),
                                QJsonObject{{QStringLiteral("event_id"), eventId}}, when);
    }
    // A note left out is stored as no words, never as NULL.
    const QString text = note->isNull() ? QStringLiteral("") : note->trimmed();
    // From the event itself, so that an id naming no event writes nothing (the foreign key is
    // not checked where the case was opened without foreign keys on).
    query.prepare(QStringLiteral("INSERT INTO event_marks (event_id, note, set_at, set_by)"
                                 " SELECT id, ?, ?, ? FROM events WHERE id = ?"
                                 " ON CONFLICT (event_id) DO UPDATE SET note = excluded.note,"
                                 " set_at = excluded.set_at, set_by = excluded.set_by"));
    query.addBindValue(text);
    query.addBindValue(when);
    query.addBindValue(AuditLog::osUserName());
    query.addBindValue(eventId);
    return query.exec() && query.numRowsAffected() == 1 &&
           AuditLog::record(
               db, QStringLiteral("event-mark"),
               QJsonObject{{QStringLiteral("event_id"), eventId}, {QStringLiteral("note"), text}},
               when);
}

QList<EventRow> CaseQueries::pairEvents(qint64 handleA, qint64 handleB) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(eventSelect()
                  + QStringLiteral("WHERE (e.initiator_id = ? AND e.counterpart_id = ?) OR (e.initiator_id = ? AND"
                                   " e.counterpart_id = ?) ORDER BY e.utc_ms, e.id"));
    for (qint64 id : {handleA, handleB, handleB, handleA})
        query.addBindValue(id);
    QList<EventRow> rows;
    if (query.exec()) {
        while (query.next())
            rows.append(eventFromQuery(query));
    }
    return rows;
}
