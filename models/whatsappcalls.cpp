// A WhatsApp call and its events, read into one event per party called (DocumentBuilder's part).

#include "ipaddressflags.h"
#include "whatsappdocumentbuilder_p.h"

namespace WhatsAppPageReading {

void DocumentBuilder::call(const Record &record)
{
    // The call's own fields, then its events: each "Type" opens one.
    static const QStringList callFields{u"Call Id"_qs, u"Call Creator"_qs, u"Events"_qs};
    if (rejectedForRepeat(record, conflictingRepeat(record.fields, u"Type"_qs, callFields)))
        return;
    QJsonArray events;
    QJsonObject current;
    for (const Field &field : record.fields) {
        if (field.label == u"Type") {
            if (!current.isEmpty())
                events.append(current);
            current = {};
        }
        if (field.label != u"Call Id" && field.label != u"Call Creator" && field.label != u"Events")
            current.insert(field.label, field.value);
    }
    if (!current.isEmpty())
        events.append(current);
    const QString creator = record.value(u"Call Creator"_qs);
    if (events.isEmpty()) {
        reject(record, tr("the call has no events"));
        return;
    }
    const QJsonObject first = events.first().toObject();
    EventRecord base;
    if (!start(&base, record, first.value(u"Timestamp"_qs).toString(), EvidenceClass::Communication,
               u"call"_qs))
        return;
    QList<CallParty> parties;
    bool otherPartyAddress = false;
    if (!readCallEvents(&base, record, events, creator, &parties, &otherPartyAddress))
        return;
    if (!party(&base.initiator, &base.initiatorRaw, creator) || parties.isEmpty()) {
        reject(record, tr("the call names no creator or no other party"));
        return;
    }
    if (otherPartyAddress)
        m_doc->calls.noteOtherPartyAddress(record.firstLine);
    const QString callId = record.value(u"Call Id"_qs);
    base.extra.insert(u"Call Id"_qs, callId);
    base.extra.insert(u"Events"_qs, events);
    // One event per party the creator called, as a message has one per recipient; the first
    // keeps the key a call with one other party has always had.
    for (const CallParty &other : std::as_const(parties)) {
        EventRecord e = base;
        party(&e.counterpart, &e.counterpartRaw, other.raw);
        if (other.accepted() && other.endMs >= other.acceptMs)
            e.durationSeconds = double(other.endMs - other.acceptMs) / 1000.0;
        e.extra.insert(u"accepted"_qs, other.accepted());
        e.dedupeKey = &other == &parties.first()
                          ? dedupe({u"whatsapp-call"_qs, callId, creator})
                          : dedupe({u"whatsapp-call"_qs, callId, creator, other.raw});
        emitEvent(e);
    }
}

bool DocumentBuilder::sentByCreator(const QJsonObject &event, const QString &creator,
                                    const QString &creatorHandle)
{
    const QString from = event.value(u"From"_qs).toString().trimmed();
    return !from.isEmpty() && (from == creator || handleOf(from).normalized == creatorHandle);
}

bool DocumentBuilder::readCallEvents(EventRecord *e, const Record &record, const QJsonArray &events,
                                     const QString &creator, QList<CallParty> *parties,
                                     bool *otherPartyAddress)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    // The creator, however an event spells the number, is no other party.
    const QString creatorHandle = handleOf(creator).normalized;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        // A group call's events may name several numbers, as a message's recipients do.
        const QStringList named =
            event.value(u"From"_qs).toString().split(separators, Qt::SkipEmptyParts) +
            event.value(u"To"_qs).toString().split(separators, Qt::SkipEmptyParts);
        QStringList handles; // of the parties it names, each compared as its handle
        for (const QString &number : std::as_const(named)) {
            const QString handle = handleOf(number).normalized;
            if (number == creator || handle == creatorHandle || handle.isEmpty())
                continue;
            handles.append(handle);
            if (std::none_of(parties->cbegin(), parties->cend(),
                             [&handle](const CallParty &p) { return p.handle == handle; }))
                parties->append({number, handle});
        }
        // The call's client IP is its creator's: another party's address (the account's own,
        // where it was called) is that party's, kept in the events, not given to the creator.
        if (event.contains(u"From Ip"_qs) && !sentByCreator(event, creator, creatorHandle)) {
            *otherPartyAddress = true;
        } else if (e->clientIp.isEmpty() && event.contains(u"From Ip"_qs)) {
            e->clientIp = event.value(u"From Ip"_qs).toString();
            if (!port(e, record, event.value(u"From Port"_qs).toString()))
                return false;
        }
        const QString type = event.value(u"Type"_qs).toString();
        if (type != u"accept" && type != u"terminate")
            continue;
        // The duration is read from these two: an unreadable one would make it up.
        const QString written = event.value(u"Timestamp"_qs).toString();
        const ParsedTime at = readTime(written);
        if (!at.ok) {
            reject(record, tr("the call's %1 event: %2").arg(type, at.error));
            return false;
        }
        // An event naming only the creator ends or takes the call for every party; a party's
        // first accept and first terminate count (a group call's end does not lengthen the call
        // of a party that left it).
        for (CallParty &other : *parties) {
            qint64 &moment = type == u"accept" ? other.acceptMs : other.endMs;
            if ((handles.isEmpty() || handles.contains(other.handle)) && moment < 0)
                moment = at.utcMs;
        }
    }
    return true;
}

} // namespace WhatsAppPageReading
