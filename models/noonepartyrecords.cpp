#include "noonepartyrecords.h"

#include <QJsonArray>

namespace {

QString metadataKey(HandleKind kind)
{
    return kind == HandleKind::Withheld ? QStringLiteral("withheld_numbers") : QStringLiteral("masked_parties");
}

} // namespace

NoOnePartyRecords::NoOnePartyRecords(HandleKind kind)
    : m_kind(kind)
{
}

void NoOnePartyRecords::note(const EventRecord &event)
{
    const bool initiator = event.initiator.kind == m_kind;
    const bool counterpart = event.counterpart.kind == m_kind;
    if (!initiator && !counterpart)
        return;
    if (m_first == 0)
        m_first = event.line;
    ++m_records[size_t(event.evidenceClass)];
    for (const QString &raw : {initiator ? event.initiatorRaw : QString(), counterpart ? event.counterpartRaw : QString()}) {
        const QString written = raw.simplified();
        if (!written.isEmpty() && m_words.size() <= WordsNamed && !m_words.contains(written))
            m_words.append(written); // one past the named: says there were more
    }
}

void NoOnePartyRecords::addTo(QJsonObject *meta) const
{
    if (m_first == 0)
        return;
    QJsonObject counts{{QStringLiteral("first_line"), m_first}, {QStringLiteral("words"), QJsonArray::fromStringList(m_words)}};
    insertClassCounts(&counts, m_records);
    meta->insert(metadataKey(m_kind), counts);
}

QStringList NoOnePartyRecords::notes(const QJsonObject &metadata)
{
    QStringList notes;
    for (const HandleKind kind : {HandleKind::Withheld, HandleKind::Masked}) {
        if (const QJsonObject counts = metadata.value(metadataKey(kind)).toObject(); !counts.isEmpty())
            notes.append(note(kind, counts));
    }
    return notes;
}

QString NoOnePartyRecords::note(HandleKind kind, const QJsonObject &member)
{
    // Kept as events of the handles they reached: the call took place. What the words cannot be
    // is one person, which a graph drawing them as one node would make them.
    QStringList byClass;
    for (const EvidenceClass cls : AllEvidenceClasses) {
        if (const qint64 count = member.value(evidenceClassCountKey(cls)).toInteger(); count > 0)
            byClass.append(EvidenceClassText::pluralCount(cls, count));
    }
    QStringList words;
    for (const QJsonValue &word : member.value(QStringLiteral("words")).toArray())
        words.append(QStringLiteral("\"%1\"").arg(word.toString()));
    if (words.size() > WordsNamed) {
        words.resize(WordsNamed);
        words.append(QStringLiteral("…"));
    }
    const QString text =
        kind == HandleKind::Withheld
            ? tr("records naming a withheld number as a party (%1: %2; the first on line %3) are each kept with those words "
                 "as their party, which no one person stands behind, and the contact graph draws none of them")
            : tr("records naming a masked number or address as a party (%1: %2; the first on line %3) are each kept with "
                 "it as written as their party, which several people's may look like, and the contact graph draws none "
                 "of them");
    return text.arg(byClass.join(QStringLiteral(" · ")), words.join(QStringLiteral(", ")),
                    QString::number(member.value(QStringLiteral("first_line")).toInteger()));
}
