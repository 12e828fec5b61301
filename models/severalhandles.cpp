#include "severalhandles.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <climits>

QStringList SeveralHandlesInOneCell::handlesNamed(const QString &raw, const HandleNormalizer &normalizer)
{
    // Spaces alone part nothing: "+1 202 555 0143" is one number. Every part must be a number
    // or an address of its own, so "Doe, John" or "+1 202 555 0143 / 44" names no two.
    static const QRegularExpression separators(QStringLiteral("\\s*[,;/|&\\n]+\\s*"));
    const QStringList parts = raw.split(separators, Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return {};
    QStringList named;
    for (const QString &part : parts) {
        const NormalizedHandle handle = normalizer.normalize(part);
        const bool whole = handle.kind == HandleKind::Email
                           || (handle.kind == HandleKind::Phone && handle.check == HandleCheck::Valid);
        if (!whole)
            return {};
        named.append(handle.normalized);
    }
    return named;
}

void SeveralHandlesInOneCell::note(const QString &raw, const NormalizedHandle &handle, const HandleNormalizer &normalizer)
{
    if (handle.kind != HandleKind::Other || m_seen.contains(raw))
        return; // a number or address of its own, or a spelling met before
    const QStringList named = handlesNamed(raw, normalizer);
    if (named.isEmpty())
        return;
    m_seen.insert(raw);
    if (m_first.size() < FirstNamed)
        m_first.append({raw, named});
}

void SeveralHandlesInOneCell::addTo(QJsonObject *meta) const
{
    if (m_seen.isEmpty())
        return;
    QJsonArray first;
    for (const auto &[raw, named] : m_first)
        first.append(QJsonObject{{QStringLiteral("written"), raw}, {QStringLiteral("names"), QJsonArray::fromStringList(named)}});
    meta->insert(QStringLiteral("several_handles_in_one_cell"),
                 QJsonObject{{QStringLiteral("count"), m_seen.size()}, {QStringLiteral("first"), first}});
}

QString SeveralHandlesInOneCell::note(const QJsonObject &metadata)
{
    // Not parted into one record per handle: the row is one record, and which of them it was
    // with is the provider's to say. Said, so no one reads the handle as a party of its own.
    const QJsonObject several = metadata.value(QStringLiteral("several_handles_in_one_cell")).toObject();
    const qint64 count = several.value(QStringLiteral("count")).toInteger();
    if (count <= 0)
        return {};
    QStringList shown;
    for (const QJsonValue &spelling : several.value(QStringLiteral("first")).toArray()) {
        QStringList named;
        for (const QJsonValue &handle : spelling[QStringLiteral("names")].toArray())
            named.append(handle.toString());
        shown.append(tr("\"%1\" (%2)").arg(spelling[QStringLiteral("written")].toString(), named.join(QStringLiteral(", "))));
    }
    if (count > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("%n handle(s) name more than one number or address in one cell, and were each kept as written, one handle "
              "of its own: their records are in none of the timelines of the numbers or addresses they name, and the "
              "contact graph draws each as one party: %1",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
        .arg(shown.join(QStringLiteral("; ")));
}
