#include "numberswithamark.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <climits>

QString NumbersWithAMark::numberBeforeMark(const QString &raw, const HandleNormalizer &normalizer)
{
    // Letters only in the brackets: "(202) 555-0143" opens with its area code in them.
    static const QRegularExpression marked(
        QStringLiteral("^(.*\\d)\\s*[\\(\\[]\\s*\\p{L}{1,3}\\s*[\\)\\]]\\s*$"));
    const auto match = marked.match(raw.trimmed());
    if (!match.hasMatch())
        return {};
    const NormalizedHandle number = normalizer.normalize(match.captured(1));
    return number.kind == HandleKind::Phone && number.check == HandleCheck::Valid
               ? number.normalized
               : QString();
}

void NumbersWithAMark::note(const QString &raw, const NormalizedHandle &handle,
                            const HandleNormalizer &normalizer)
{
    if (handle.kind != HandleKind::Other || m_seen.contains(raw))
        return; // a number or address of its own, or a spelling met before
    const QString number = numberBeforeMark(raw, normalizer);
    if (number.isEmpty())
        return;
    m_seen.insert(raw);
    if (m_first.size() < FirstNamed)
        m_first.append({raw, number});
}

void NumbersWithAMark::addTo(QJsonObject *meta) const
{
    if (m_seen.isEmpty())
        return;
    QJsonArray first;
    for (const auto &[raw, number] : m_first)
        first.append(
            QJsonObject{{QStringLiteral("written"), raw}, {QStringLiteral("number"), number}});
    meta->insert(
        QStringLiteral("numbers_with_a_mark"),
        QJsonObject{{QStringLiteral("count"), m_seen.size()}, {QStringLiteral("first"), first}});
}

QString NumbersWithAMark::note(const QJsonObject &metadata)
{
    // Not read as the number: a mark may say the number is not the party (AT&T's "(D)" is the
    // number dialled). Said, so no one reads the handle as a stranger.
    const QJsonObject marked = metadata.value(QStringLiteral("numbers_with_a_mark")).toObject();
    const qint64 count = marked.value(QStringLiteral("count")).toInteger();
    if (count <= 0)
        return {};
    QStringList shown;
    for (const QJsonValue &spelling : marked.value(QStringLiteral("first")).toArray())
        shown.append(tr("\"%1\" (%2)")
                         .arg(spelling[QStringLiteral("written")].toString(),
                              spelling[QStringLiteral("number")].toString()));
    if (count > shown.size())
        shown.append(QStringLiteral("…"));
    return tr("%n handle(s) are a number with a mark after it in brackets, which the carrier's key "
              "of its records "
              "explains, and were each kept as written, one handle of its own: their records are "
              "in none of the "
              "number's timelines, and the contact graph draws each as a party apart: %1",
              nullptr, int(qMin<qint64>(count, INT_MAX)))
        .arg(shown.join(QStringLiteral("; ")));
}
