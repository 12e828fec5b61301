#include "withheldparties.h"

#include <QJsonArray>

void WithheldParties::note(const EventRecord &event)
{
    const bool initiator = event.initiator.kind == HandleKind::Withheld;
    const bool counterpart = event.counterpart.kind == HandleKind::Withheld;
    if (!initiator && !counterpart)
        return;
    if (m_records++ == 0)
        m_firstLine = event.line;
    for (const QString &raw : {initiator ? event.initiatorRaw : QString(), counterpart ? event.counterpartRaw : QString()}) {
        const QString written = raw.simplified();
        if (!written.isEmpty() && m_words.size() <= WordsNamed && !m_words.contains(written))
            m_words.append(written); // one past the named: says there were more
    }
}

void WithheldParties::addTo(QJsonObject *meta) const
{
    if (m_records == 0)
        return;
    meta->insert(QStringLiteral("withheld_numbers"), QJsonObject{{QStringLiteral("records"), m_records},
                                                                 {QStringLiteral("first_line"), m_firstLine},
                                                                 {QStringLiteral("words"), QJsonArray::fromStringList(m_words)}});
}

QString WithheldParties::note(const QJsonObject &metadata)
{
    // Kept as events of the handles they reached: the call took place. What the words cannot be
    // is one person, which a graph drawing them as one node would make them.
    const QJsonObject withheld = metadata.value(QStringLiteral("withheld_numbers")).toObject();
    const qint64 records = withheld.value(QStringLiteral("records")).toInteger();
    if (records <= 0)
        return {};
    QStringList words;
    for (const QJsonValue &word : withheld.value(QStringLiteral("words")).toArray())
        words.append(QStringLiteral("\"%1\"").arg(word.toString()));
    if (words.size() > WordsNamed) {
        words.resize(WordsNamed);
        words.append(QStringLiteral("…"));
    }
    return tr("%n record(s) name a withheld number as a party (%1; the first on line %2): each is kept with those "
              "words as its party, which no one person stands behind, and the contact graph draws none of them",
              nullptr, int(qMin<qint64>(records, INT_MAX)))
        .arg(words.join(QStringLiteral(", ")))
        .arg(withheld.value(QStringLiteral("first_line")).toInteger());
}
