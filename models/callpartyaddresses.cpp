#include "callpartyaddresses.h"

#include <climits>

void CallPartyAddresses::noteKept(qint64 line)
{
    if (m_kept++ == 0)
        m_firstKept = line;
}

void CallPartyAddresses::addTo(QJsonObject *meta) const
{
    if (isEmpty())
        return;
    meta->insert(QStringLiteral("call_party_addresses"),
                 QJsonObject{{QStringLiteral("kept"), m_kept},
                             {QStringLiteral("first_kept_line"), m_firstKept}});
}

QString CallPartyAddresses::note(const QJsonObject &metadata)
{
    const QJsonObject said = metadata.value(QStringLiteral("call_party_addresses")).toObject();
    const qint64 kept = said.value(QStringLiteral("kept")).toInteger();
    if (kept <= 0)
        return {};
    return tr("%n call(s) keep in their events, as written, an address (\"From Ip\") that an "
              "event not sent by the call's creator gives: its sender's, not the call's client IP, "
              "which is the creator's, the address the call came from (the first at line %1)",
              nullptr, int(qMin<qint64>(kept, INT_MAX)))
        .arg(said.value(QStringLiteral("first_kept_line")).toInteger());
}
