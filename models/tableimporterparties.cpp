// A table record's parties: read from the initiator and counterpart columns, or from one
// subscriber's side by its direction, then normalised to handles (each spelling once). What
// makes the rest of a row an event is in tableimporter.cpp.
#include "tableimporter.h"

#include <QRegularExpression>

namespace {

/// Takes from the party cell @p raw its later lines marked "(D)", the number dialled (AT&T's), and
/// returns them without the mark; empty, @p raw unchanged, where there is none.
QString takeDialledLines(QString *raw)
{
    // AT&T writes the number the caller dialled under the originating number, in its cell, marked
    // "(D)", where it differs from the terminating number (its records key): the party is the
    // line above. Only a later line so marked is taken; a cell of one line is read as written.
    if (!raw->contains(u'\n'))
        return {};
    static const QRegularExpression dialled(QStringLiteral("^\\s*(\\S.*?)\\s*\\(D\\)\\s*$"));
    QStringList lines = raw->split(u'\n');
    QStringList taken;
    for (qsizetype i = lines.size() - 1; i > 0; --i) {
        if (const auto m = dialled.match(lines.at(i)); m.hasMatch()) {
            taken.prepend(m.captured(1));
            lines.removeAt(i);
        }
    }
    if (!taken.isEmpty())
        *raw = lines.join(u'\n').trimmed();
    return taken.join(u'\n');
}

} // namespace

std::optional<QString> TableImporter::readParties(const TableRow &row, EventRecord *e)
{
    if (m_match.columns.contains(Field::Initiator)) {
        e->initiatorRaw = cell(row, Field::Initiator);
        e->counterpartRaw = cell(row, Field::Counterpart);
        for (const auto &[field, raw] : {std::pair{Field::Initiator, &e->initiatorRaw},
                                         std::pair{Field::Counterpart, &e->counterpartRaw}}) {
            if (const QString dialled = takeDialledLines(raw); !dialled.isEmpty())
                e->extra.insert(m_header.value(m_match.columns.value(field)).trimmed() +
                                    QStringLiteral(" (D)"),
                                dialled);
        }
    } else {
        // Written from one subscriber's side: the direction says who initiated.
        if (m_match.subscriberAbove && !m_subscriberUnsettled.isEmpty())
            return m_subscriberUnsettled;
        const QString direction = cell(row, Field::Direction);
        const auto outgoing = CarrierWords::outgoingDirection(direction);
        if (!outgoing)
            return CarrierWords::directionRefused(direction);
        const QString local = m_match.subscriberAbove && m_subscriber
                                  ? m_subscriber->handle
                                  : cell(row, Field::LocalParty);
        if (m_match.subscriberAbove && m_subscriber &&
            m_subscriber->line > 0) // where the handle came from, with the event
            e->extra.insert(QStringLiteral("subscriber (line %1)").arg(m_subscriber->line),
                            m_subscriber->text);
        else if (m_match.subscriberAbove && m_subscriber)
            e->extra.insert(QStringLiteral("subscriber (declared by the analyst)"),
                            m_subscriber->handle);
        const QString remote = cell(row, Field::RemoteParty);
        // A connection is the subscriber's own, whichever way the row says it went.
        const bool localFirst = *outgoing || e->evidenceClass == EvidenceClass::Connection;
        e->initiatorRaw = localFirst ? local : remote;
        e->counterpartRaw = localFirst ? remote : local;
    }
    if (e->evidenceClass == EvidenceClass::Connection && !e->counterpartRaw.isEmpty()) {
        // No counterpart handle (an access point name, say): kept under its column's header.
        const Field column =
            m_match.columns.contains(Field::Counterpart) ? Field::Counterpart : Field::RemoteParty;
        e->extra.insert(m_header.value(m_match.columns.value(column)).trimmed(), e->counterpartRaw);
        e->counterpartRaw.clear();
    }
    for (const auto &[field, raw] : {std::pair{Field::Initiator, &e->initiatorRaw},
                                     std::pair{Field::Counterpart, &e->counterpartRaw}}) {
        // Excel saves a long number in a General cell as "4.47701E+11": two numbers that share
        // their first six digits would become one handle.
        bool lost = false;
        if (HandleNormalizer::expandScientific(*raw, &lost) && lost)
            return tr("the %1 \"%2\" was saved in scientific notation, its last digits rounded "
                      "away (save the "
                      "column as text from the original and import again)")
                .arg(TableFormat::fieldName(field), *raw);
    }
    for (const auto &[field, raw] : {std::pair{Field::Initiator, &e->initiatorRaw},
                                     std::pair{Field::Counterpart, &e->counterpartRaw}}) {
        if (saysNoValue(*raw))
            return tr("the %1 is \"%2\", which says there is none")
                .arg(TableFormat::fieldName(field), *raw);
    }
    if (e->initiatorRaw.isEmpty())
        return tr("the %1 is empty").arg(TableFormat::fieldName(Field::Initiator));
    if (e->counterpartRaw.isEmpty() && e->evidenceClass != EvidenceClass::Connection)
        return tr("the %1 is empty").arg(TableFormat::fieldName(Field::Counterpart));
    e->spellingTable = spellingTable();
    e->initiator = normalized(e->initiatorRaw, &e->initiatorSpelling);
    if (e->evidenceClass != EvidenceClass::Connection)
        e->counterpart = normalized(e->counterpartRaw, &e->counterpartSpelling);
    if (e->initiator.isEmpty() ||
        (e->counterpart.isEmpty() && e->evidenceClass != EvidenceClass::Connection))
        return tr("a handle holds nothing but a URI prefix");
    return std::nullopt;
}

NormalizedHandle TableImporter::normalized(const QString &raw, int *spelling)
{
    // Parsing a phone number costs ~100k instructions; returns repeat a few thousand spellings.
    // Each spelling also gets a number, so the writer need not hash it again. Numbers are never
    // reused: past the cache's limit, further spellings go unnumbered (and uncached).
    if (const auto it = m_spellings.constFind(raw); it != m_spellings.cend()) {
        *spelling = it->number;
        return it->handle;
    }
    // The job's numbers where its files share their spellings (spellingTable()), else this file's.
    const auto numbered =
        m_options.spellings
            ? m_options.spellings->normalize(m_normalizer, raw)
            : NormalizedSpellings::Numbered{m_normalizer.normalize(raw), int(m_spellings.size())};
    if (numbered.handle.check != HandleCheck::Valid) {
        noteLostPlus(raw);
        noteDialled(raw);
    }
    noteOfFormatRegion(raw);
    m_straySpellings.note(raw, numbered.handle);
    m_severalHandles.note(raw, numbered.handle, m_normalizer);
    m_numbersWithAMark.note(raw, numbered.handle, m_normalizer);
    *spelling = -1;
    if (m_spellings.size() < 500000) {
        *spelling = numbered.number;
        m_spellings.insert(raw, {numbered.handle, *spelling});
    }
    return numbered.handle;
}
