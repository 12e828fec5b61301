#include "eventfilter.h"

#include "ipaddressflags.h"
#include "timeformat.h"

#include <QJsonArray>

namespace {

/// @brief @p ids as a JSON array's text, bound as one value for json_each().
QString idArray(const QList<qint64> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (qint64 id : ids)
        texts.append(QString::number(id));
    return u'[' + texts.join(u',') + u']';
}

} // namespace

QString EventFilter::handleTerm(QVariantList *binds) const
{
    const auto bind = [binds](std::initializer_list<qint64> ids) {
        for (qint64 id : ids)
            binds->append(id);
    };
    if (otherHandleId) {
        switch (side) {
        case HandleSide::Either:
            bind({*handleId, *otherHandleId, *otherHandleId, *handleId});
            return QStringLiteral("((e.initiator_id = ? AND e.counterpart_id = ?) OR (e.initiator_id = ? AND e.counterpart_id = ?))");
        case HandleSide::Initiator:
            bind({*handleId, *otherHandleId});
            return QStringLiteral("(e.initiator_id = ? AND e.counterpart_id = ?)");
        case HandleSide::Counterpart:
            bind({*handleId, *otherHandleId});
            return QStringLiteral("(e.counterpart_id = ? AND e.initiator_id = ?)");
        }
    }
    switch (side) {
    case HandleSide::Either:
        bind({*handleId, *handleId});
        return QStringLiteral("(e.initiator_id = ? OR e.counterpart_id = ?)");
    case HandleSide::Initiator:
        bind({*handleId});
        return QStringLiteral("e.initiator_id = ?");
    case HandleSide::Counterpart:
        bind({*handleId});
        return QStringLiteral("e.counterpart_id = ?");
    }
    return {};
}

QString EventFilter::sourcesTerm(const QList<qint64> &ids, bool withDuplicates, QVariantList *binds)
{
    const QString chosen = ids.size() == 1 ? QStringLiteral("= ?")
                                           : QStringLiteral("IN (SELECT value FROM json_each(?))");
    const QVariant bound = ids.size() == 1 ? QVariant(ids.first()) : QVariant(idArray(ids));
    binds->append(bound);
    if (!withDuplicates)
        return QStringLiteral("e.source_id ") + chosen;
    binds->append(bound);
    // Both sides are looked up by an index (events by source, occurrences by source), so SQLite
    // reads the union of the two rather than scanning every event.
    return QStringLiteral("(e.source_id %1 OR e.id IN (SELECT event_id FROM event_occurrences "
                          "WHERE source_id %1))")
        .arg(chosen);
}

QString EventFilter::whereClause(QVariantList *binds) const
{
    QStringList terms;
    if (handleId)
        terms.append(handleTerm(binds));
    if (evidenceClass) {
        terms.append(QStringLiteral("e.class = ?"));
        binds->append(evidenceClassKey(*evidenceClass));
    }
    if (!subtype.isEmpty()) {
        terms.append(QStringLiteral("e.subtype = ?"));
        binds->append(subtype);
    }
    if (fromMs) {
        terms.append(QStringLiteral("e.utc_ms >= ?"));
        binds->append(*fromMs);
    }
    if (toMs) {
        terms.append(QStringLiteral("e.utc_ms <= ?"));
        binds->append(*toMs);
    }
    if (!clientIp.isEmpty()) {
        terms.append(QStringLiteral("e.client_ip = ?"));
        binds->append(IpAddressFlags::addressOf(clientIp)); // however it was typed, as the case stores it
    }
    if (!sourceIds.isEmpty())
        terms.append(sourcesTerm(sourceIds, withDuplicates, binds));
    // The analyst's marks are few: SQLite reads them and looks each event up by its id.
    if (markedOnly)
        terms.append(QStringLiteral("e.id IN (SELECT event_id FROM event_marks)"));
    if (chosenIds) {
        terms.append(QStringLiteral("e.id IN (SELECT value FROM json_each(?))"));
        binds->append(idArray(*chosenIds));
    }
    if (!rawText.isEmpty()) {
        if (!rawTextCandidates.isEmpty()) {
            terms.append(QStringLiteral("e.id IN (SELECT value FROM json_each(?) UNION ALL SELECT id FROM events WHERE id > ?)"));
            binds->append(rawTextCandidates);
            binds->append(rawIndexedUpTo);
        } else if (rawText.size() >= 3 && rawIndexedUpTo > 0 && !rawTextIsCommon) {
            // The trigram index narrows the indexed events (case-insensitively); events past
            // the index are scanned; instr() keeps the match exact for both.
            // One IN list (not an OR) so the planner looks rows up by id instead of scanning.
            terms.append(QStringLiteral("e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
                                        " UNION ALL SELECT id FROM events WHERE id > ?)"));
            binds->append(QString(u'"' + QString(rawText).replace(u'"', QStringLiteral("\"\"")) + u'"'));
            binds->append(rawIndexedUpTo);
        }
        terms.append(QStringLiteral("instr(e.raw, ?) > 0"));
        binds->append(rawText);
    }
    return terms.isEmpty() ? QString() : QStringLiteral("WHERE ") + terms.join(QStringLiteral(" AND "));
}

bool EventFilter::sameSelection(const EventFilter &other) const
{
    EventFilter a = *this;
    EventFilter b = other;
    a.rawIndexedUpTo = b.rawIndexedUpTo = 0;
    a.rawTextIsCommon = b.rawTextIsCommon = false;
    a.rawTextCandidates = b.rawTextCandidates = QString();
    a.withDuplicates = a.withDuplicates && !a.sourceIds.isEmpty(); // no source: nothing it adds
    b.withDuplicates = b.withDuplicates && !b.sourceIds.isEmpty();
    return a == b;
}

QJsonObject EventFilter::toJson() const
{
    QJsonObject json;
    if (handleId) {
        json.insert(QStringLiteral("handle_id"), *handleId);
        json.insert(QStringLiteral("side"), side == HandleSide::Initiator     ? QStringLiteral("initiator")
                                            : side == HandleSide::Counterpart ? QStringLiteral("counterpart")
                                                                              : QStringLiteral("either"));
        if (otherHandleId)
            json.insert(QStringLiteral("with_handle_id"), *otherHandleId);
    }
    if (evidenceClass)
        json.insert(QStringLiteral("class"), evidenceClassKey(*evidenceClass));
    if (!subtype.isEmpty())
        json.insert(QStringLiteral("subtype"), subtype);
    if (fromMs)
        json.insert(QStringLiteral("from"), TimeFormat::isoUtc(*fromMs));
    if (toMs)
        json.insert(QStringLiteral("to"), TimeFormat::isoUtc(*toMs));
    if (!clientIp.isEmpty())
        json.insert(QStringLiteral("client_ip"), clientIp);
    if (sourceIds.size() == 1)
        json.insert(QStringLiteral("source_id"), sourceIds.first());
    else if (!sourceIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : sourceIds)
            ids.append(id);
        json.insert(QStringLiteral("source_ids"), ids);
    }
    if (!sourceIds.isEmpty() && withDuplicates)
        json.insert(QStringLiteral("with_duplicates"), true);
    if (!rawText.isEmpty())
        json.insert(QStringLiteral("raw_text"), rawText);
    if (markedOnly)
        json.insert(QStringLiteral("marked"), true);
    if (chosenIds)
        json.insert(QStringLiteral("chosen_events"), chosenIds->size());
    return json;
}
