#include "withheldparties.h"

#include <QJsonArray>

namespace {

/// Each class and its key in the metadata, as stats --json names the counts.
const std::pair<EvidenceClass, QLatin1StringView> ClassKeys[] = {
    {EvidenceClass::Lookup, QLatin1StringView("lookups")},
    {EvidenceClass::Communication, QLatin1StringView("communications")},
    {EvidenceClass::Connection, QLatin1StringView("connections")}};

} // namespace

void WithheldParties::note(const EventRecord &event)
{
    const bool initiator = event.initiator.kind == HandleKind::Withheld;
    const bool counterpart = event.counterpart.kind == HandleKind::Withheld;
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

void WithheldParties::addTo(QJsonObject *meta) const
{
    if (m_first == 0)
        return;
    QJsonObject withheld{{QStringLiteral("first_line"), m_first}, {QStringLiteral("words"), QJsonArray::fromStringList(m_words)}};
    for (const auto &[cls, key] : ClassKeys)
        withheld.insert(key, m_records[size_t(cls)]);
    meta->insert(QStringLiteral("withheld_numbers"), withheld);
}

QString WithheldParties::note(const QJsonObject &metadata)
{
    // Kept as events of the handles they reached: the call took place. What the words cannot be
    // is one person, which a graph drawing them as one node would make them.
    const QJsonObject withheld = metadata.value(QStringLiteral("withheld_numbers")).toObject();
    if (withheld.isEmpty())
        return {};
    QStringList counts;
    for (const auto &[cls, key] : ClassKeys) {
        if (const qint64 count = withheld.value(key).toInteger(); count > 0)
            counts.append(EvidenceClassText::pluralCount(cls, count));
    }
    QStringList words;
    for (const QJsonValue &word : withheld.value(QStringLiteral("words")).toArray())
        words.append(QStringLiteral("\"%1\"").arg(word.toString()));
    if (words.size() > WordsNamed) {
        words.resize(WordsNamed);
        words.append(QStringLiteral("…"));
    }
    return tr("records naming a withheld number as a party (%1: %2; the first on line %3) are each kept with those words "
              "as their party, which no one person stands behind, and the contact graph draws none of them")
        .arg(counts.join(QStringLiteral(" · ")), words.join(QStringLiteral(", ")))
        .arg(withheld.value(QStringLiteral("first_line")).toInteger());
}
