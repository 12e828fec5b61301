#include "calltypesnotknown.h"

#include "evidenceclass.h"

#include <QJsonArray>

#include <climits>

void CallTypesNotKnown::note(const QString &written, qint64 line)
{
    ++m_rows;
    Kind &kind = m_kinds[written];
    if (kind.rows++ == 0) {
        kind.firstLine = line;
        m_order.append(written);
    }
}

void CallTypesNotKnown::addTo(QJsonObject *meta, const QString &readAs) const
{
    if (m_rows == 0)
        return;
    QJsonArray first;
    for (const QString &written : m_order.first(qMin(FirstNamed, m_order.size()))) {
        const Kind &kind = m_kinds[written];
        first.append(QJsonObject{{QStringLiteral("written"), written},
                                 {QStringLiteral("rows"), kind.rows},
                                 {QStringLiteral("first_line"), kind.firstLine}});
    }
    meta->insert(QStringLiteral("call_types_not_known"),
                 QJsonObject{{QStringLiteral("rows"), m_rows},
                             {QStringLiteral("kinds"), m_order.size()},
                             {QStringLiteral("read_as"), readAs},
                             {QStringLiteral("first"), first}});
}

QString CallTypesNotKnown::note(const QJsonObject &metadata)
{
    // Read as the format's own kind rather than refused: the row is a record of the carrier's,
    // and what it is the call type does not say otherwise. Said, so that no one takes a
    // "Roaming" row for a call the file calls one.
    const QJsonObject notKnown = metadata.value(QStringLiteral("call_types_not_known")).toObject();
    const qint64 rows = notKnown.value(QStringLiteral("rows")).toInteger();
    if (rows <= 0)
        return {};
    QStringList shown;
    for (const QJsonValue &kind : notKnown.value(QStringLiteral("first")).toArray()) {
        const qint64 kindRows = kind[QStringLiteral("rows")].toInteger();
        const qint64 line = kind[QStringLiteral("first_line")].toInteger();
        shown.append(kindRows == 1 ? tr("\"%1\" (1 row, line %2)")
                                         .arg(kind[QStringLiteral("written")].toString())
                                         .arg(line)
                                   : tr("\"%1\" (%2 rows, the first on line %3)")
                                         .arg(kind[QStringLiteral("written")].toString())
                                         .arg(kindRows)
                                         .arg(line));
    }
    if (notKnown.value(QStringLiteral("kinds")).toInteger() > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("%n row(s) give a call type LookupLens does not know, and were read as the format's "
              "own kind, \"%1\": %2",
              nullptr, int(qMin<qint64>(rows, INT_MAX)))
        .arg(EvidenceClassText::subtypeLabel(notKnown.value(QStringLiteral("read_as")).toString()),
             shown.join(QStringLiteral("; ")));
}
