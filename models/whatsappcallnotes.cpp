#include "whatsappcallnotes.h"

#include <QJsonArray>

#include <climits>

namespace {

const QString AddressesKey = QStringLiteral("call_party_addresses");
const QString MoreFullyKey = QStringLiteral("calls_read_more_fully");

int callsOf(const QJsonObject &said)
{
    return int(qMin<qint64>(said.value(QStringLiteral("calls")).toInteger(), INT_MAX));
}

} // namespace

WhatsAppCallNotes::Reading WhatsAppCallNotes::Reading::of(const EventRecord &call)
{
    return {call.extra.value(QStringLiteral("Events")).toArray().size(),
            call.extra.value(QStringLiteral("accepted")).toBool(),
            call.durationSeconds.has_value()};
}

bool WhatsAppCallNotes::Reading::saysMoreThan(const Reading &earlier) const
{
    return events > earlier.events || (accepted && !earlier.accepted) ||
           (lasted && !earlier.lasted);
}

void WhatsAppCallNotes::Count::note(qint64 line)
{
    if (calls++ == 0)
        firstLine = line;
}

QJsonObject WhatsAppCallNotes::Count::toJson() const
{
    return {{QStringLiteral("calls"), calls}, {QStringLiteral("first_line"), firstLine}};
}

void WhatsAppCallNotes::noteOtherPartyAddress(qint64 line)
{
    m_otherPartyAddresses.note(line);
}

void WhatsAppCallNotes::noteReadMoreFully(qint64 line, qint64 event)
{
    if (m_readMoreFully.calls == 0)
        m_firstEventReadMoreFully = event;
    m_readMoreFully.note(line);
}

void WhatsAppCallNotes::addTo(QJsonObject *meta) const
{
    if (m_otherPartyAddresses.calls > 0)
        meta->insert(AddressesKey, m_otherPartyAddresses.toJson());
    if (m_readMoreFully.calls > 0) {
        QJsonObject said = m_readMoreFully.toJson();
        if (m_firstEventReadMoreFully > 0)
            said.insert(QStringLiteral("first_event"), m_firstEventReadMoreFully);
        meta->insert(MoreFullyKey, said);
    }
}

QString WhatsAppCallNotes::addressNote(const QJsonObject &metadata)
{
    const QJsonObject said = metadata.value(AddressesKey).toObject();
    if (callsOf(said) <= 0)
        return {};
    return tr("%n call(s) keep in their events, as written, an address (\"From Ip\") that an "
              "event not sent by the call's creator gives: its sender's, not the call's client IP, "
              "which is the creator's, the address the call came from (the first at line %1)",
              nullptr, callsOf(said))
        .arg(said.value(QStringLiteral("first_line")).toInteger());
}

QString WhatsAppCallNotes::readMoreFullyWarning(const QJsonObject &metadata)
{
    const QJsonObject said = metadata.value(MoreFullyKey).toObject();
    if (callsOf(said) <= 0)
        return {};
    const qint64 line = said.value(QStringLiteral("first_line")).toInteger();
    if (!said.contains(QStringLiteral("first_event"))) // a dry run's: no event stored
        return tr("%n call(s) read here with more of their events than an earlier delivery gave (a "
                  "party's accept, the call's end), as for a call still going on when that "
                  "delivery "
                  "was made: the event will keep the earlier reading, which may say the call was "
                  "not "
                  "accepted or give no duration; this reading will be linked to it as a duplicate "
                  "(the first at line %1)",
                  nullptr, callsOf(said))
            .arg(line);
    return tr("%n call(s) read here with more of their events than an earlier delivery gave (a "
              "party's accept, the call's end), as for a call still going on when that delivery "
              "was made: the event keeps the earlier reading, which may say the call was not "
              "accepted or give no duration; this reading is linked to it as a duplicate, which "
              "its provenance shows (the first at line %1, event %2)",
              nullptr, callsOf(said))
        .arg(line)
        .arg(said.value(QStringLiteral("first_event")).toInteger());
}
