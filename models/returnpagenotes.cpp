#include "returnpagenotes.h"
#include "noonepartyrecords.h"
#include "whatsappcallnotes.h"

#include <QJsonArray>

#include <climits>

namespace {

const QString WithheldKind = QStringLiteral("withheld_numbers");
const QString MaskedKind = QStringLiteral("masked_parties");
const QString PartyAddressesKind = QStringLiteral("call_party_addresses");
const QString ReadMoreFullyKind = QStringLiteral("calls_read_more_fully");
const QStringList FoldedKinds = {WithheldKind, MaskedKind, PartyAddressesKind, ReadMoreFullyKind};

// More than any note names (NoOnePartyRecords names four and marks more with "…").
constexpr qsizetype WordsKept = 16;

QStringList addressNoteOf(const QJsonObject &metadata)
{
    return {WhatsAppCallNotes::addressNote(metadata)};
}

QStringList readMoreFullyOf(const QJsonObject &metadata)
{
    return {WhatsAppCallNotes::readMoreFullyWarning(metadata)};
}

} // namespace

void ReturnPageNotes::add(const QString &page, const QJsonObject &metadata)
{
    for (const QString &key : FoldedKinds) {
        const QJsonObject member = metadata.value(key).toObject();
        if (member.isEmpty())
            continue;
        Said &said = m_said[key];
        if (said.pages++ == 0) {
            said.firstPage = page;
            said.member = member;
        } else {
            addTo(said.member, member);
        }
    }
}

void ReturnPageNotes::addTo(QJsonObject &sum, const QJsonObject &member)
{
    for (auto it = member.constBegin(); it != member.constEnd(); ++it) {
        if (it.key().startsWith(u"first_"))
            continue; // the first page's: its line and its event go together
        if (it->isArray()) {
            QJsonArray words = sum.value(it.key()).toArray();
            for (const QJsonValue &word : it->toArray()) {
                if (words.size() < WordsKept && !words.contains(word))
                    words.append(word);
            }
            sum.insert(it.key(), words);
        } else if (it->isDouble()) {
            sum.insert(it.key(), sum.value(it.key()).toInteger() + it->toInteger());
        }
    }
}

QStringList ReturnPageNotes::notes() const
{
    return said(WithheldKind, NoOnePartyRecords::notes) +
           said(MaskedKind, NoOnePartyRecords::notes) + said(PartyAddressesKind, addressNoteOf);
}

QStringList ReturnPageNotes::warnings() const
{
    return said(ReadMoreFullyKind, readMoreFullyOf);
}

QStringList ReturnPageNotes::said(const QString &key,
                                  QStringList (*words)(const QJsonObject &)) const
{
    const auto kind = m_said.constFind(key);
    if (kind == m_said.cend())
        return {};
    QStringList lines;
    for (const QString &text : words(QJsonObject{{key, kind->member}})) {
        if (kind->pages > 1)
            lines.append(tr("%n records pages, the first %1 (each page's own count in its "
                            "source's description): %2",
                            nullptr, int(qMin<qsizetype>(kind->pages, INT_MAX)))
                             .arg(kind->firstPage, text));
        else
            lines.append(kind->firstPage.isEmpty()
                             ? text
                             : QStringLiteral("%1: %2").arg(kind->firstPage, text));
    }
    return lines;
}
