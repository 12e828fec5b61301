#include "strayspellings.h"

#include <QJsonArray>

void StraySpellings::note(const QString &raw, const NormalizedHandle &handle)
{
    if (!handle.strayLeftOut || m_readAs.contains(raw))
        return; // nothing left out, or a spelling met before
    m_readAs.insert(raw, handle.normalized);
    if (m_first.size() < FirstNamed)
        m_first.append(raw);
}

void StraySpellings::addTo(QJsonObject *meta) const
{
    if (m_readAs.isEmpty())
        return;
    QJsonArray first;
    for (const QString &raw : m_first)
        first.append(QJsonObject{{QStringLiteral("written"), HandleNormalizer::withUnseenShown(raw)},
                                 {QStringLiteral("read_as"), m_readAs.value(raw)}});
    meta->insert(QStringLiteral("handles_with_stray_characters"),
                 QJsonObject{{QStringLiteral("count"), m_readAs.size()}, {QStringLiteral("first"), first}});
}
