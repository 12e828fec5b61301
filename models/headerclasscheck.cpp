#include "headerclasscheck.h"

#include <algorithm>

namespace {

// What rows of one class have and rows of another never do: a call or message carried has a
// duration and a type; a lookup counts the devices that answered. Times, parties, IPs and ids
// every class has, and a direction lookups have too (the account looked up, or looking up).
constexpr Field TellingFields[] = {Field::Duration, Field::CallType, Field::DeviceCount};

/// A message's own words, which only a record of a message carried holds (no built-in format
/// reads them; a mapping keeps them as any other column): "Time, Caller, Callee, Message" fits
/// the FaceTime log by three columns, and its texts would be stored as lookups.
QStringList messageTextHeaders()
{
    static const QStringList written{
        u"Message"_qs,      u"Message Text"_qs, u"Message Body"_qs,  u"Message Content"_qs, u"Text Message"_qs,
        u"SMS Text"_qs,     u"SMS Message"_qs,  u"SMS Body"_qs,      u"SMS Content"_qs,     u"Body"_qs,
        u"Nachricht"_qs,    u"Nachrichtentext"_qs, u"SMS-Text"_qs,   u"Mensaje"_qs,         u"Texto del mensaje"_qs,
        u"Texte du message"_qs, u"Contenu du message"_qs, u"Messaggio"_qs, u"Testo del messaggio"_qs,
        u"Mensagem"_qs,     u"Texto da mensagem"_qs};
    static const QStringList headers = [] {
        QStringList normalized; // as the formats' synonyms are held, for HeaderMatcher::isOneOf()
        for (const QString &header : written)
            normalized.append(HeaderMatcher::normalizeHeader(header));
        return normalized;
    }();
    return headers;
}

/// The columns of @p cells, not among @p read, headed as a message's text.
QList<int> messageTextColumns(const QList<int> &read, const QStringList &cells)
{
    QList<int> columns;
    for (int column = 0; column < cells.size(); ++column) {
        if (!read.contains(column) && HeaderMatcher::isOneOf(cells.at(column), messageTextHeaders()))
            columns.append(column);
    }
    return columns;
}

QString quotedCells(const QStringList &cells, QList<int> columns)
{
    std::sort(columns.begin(), columns.end());
    QStringList quoted;
    for (const int column : std::as_const(columns))
        quoted.append(u'"' + cells.value(column).simplified() + u'"');
    return quoted.join(QStringLiteral(", "));
}

/// The columns of @p cells that @p other reads as a telling field which @p format, reading
/// @p read, has no column for.
QList<int> tellingColumns(const TableFormat &format, const QList<int> &read, const TableFormat &other,
                          const QStringList &cells)
{
    QList<int> telling;
    for (const Field field : TellingFields) {
        if (format.synonyms.contains(field) || !other.synonyms.contains(field))
            continue;
        for (int column = 0; column < cells.size(); ++column) {
            if (!read.contains(column) && !telling.contains(column)
                && HeaderMatcher::isOneOf(cells.at(column), other.synonyms.value(field)))
                telling.append(column);
        }
    }
    return telling;
}

} // namespace

QString HeaderClassCheck::rowsWord(EvidenceClass evidenceClass)
{
    switch (evidenceClass) {
    case EvidenceClass::Lookup:
        return tr("lookups");
    case EvidenceClass::Communication:
        return tr("communications");
    case EvidenceClass::Connection:
        return tr("connections");
    }
    return {};
}

std::optional<HeaderClassCheck::Conflict> HeaderClassCheck::find(const TableFormat &format, const HeaderMatch &match,
                                                                 const QStringList &cells)
{
    // A column only its own class's returns have (an IDS log's "Lookup Devices", a call's
    // duration) claims the class: another class's column beside it is one more column kept.
    if (std::any_of(std::begin(TellingFields), std::end(TellingFields),
                    [&match](Field field) { return match.columns.contains(field); }))
        return std::nullopt;
    const QList<int> read = match.columns.values();
    for (const TableFormat &other : TableFormat::builtIn()) {
        if (other.evidenceClass == format.evidenceClass)
            continue;
        if (const QList<int> telling = tellingColumns(format, read, other, cells); !telling.isEmpty())
            return Conflict{&format, &other, quotedCells(cells, read), quotedCells(cells, telling)};
    }
    if (format.evidenceClass == EvidenceClass::Communication)
        return std::nullopt;
    if (const QList<int> text = messageTextColumns(read, cells); !text.isEmpty())
        return Conflict{&format, nullptr, quotedCells(cells, read), quotedCells(cells, text)};
    return std::nullopt;
}

QString HeaderClassCheck::described(const Conflict &conflict)
{
    if (!conflict.other)
        return tr("it fits the %1 by %2, whose rows are %3, but it also has %4, a message's text, which only records "
                  "of communications hold")
            .arg(conflict.format->shownTitle(), conflict.fitting, rowsWord(conflict.format->evidenceClass),
                 conflict.telling);
    return tr("it fits the %1 by %2, whose rows are %3, but it also has %4, read by the %5, whose rows are %6")
        .arg(conflict.format->shownTitle(), conflict.fitting, rowsWord(conflict.format->evidenceClass), conflict.telling,
             conflict.other->shownTitle(), rowsWord(conflict.other->evidenceClass));
}

QString HeaderClassCheck::firstHeaderText(const Conflict &conflict, int line, bool keys, const QString &list)
{
    if (!list.isEmpty())
        return tr("the names its member \"%1\" lists (line %2) fit returns of two evidence classes: %3. Which class "
                  "its records are is not guessed: if the file is the %4, choose that format (--format %5); if not, "
                  "map its columns (--profile)")
            .arg(list)
            .arg(line)
            .arg(described(conflict), conflict.format->shownTitle(), conflict.format->id);
    return (keys ? tr("the keys of its records (the first's at line %1) fit returns of two evidence classes: %2. "
                      "Which class its records are is not guessed: if the file is the %3, choose that format "
                      "(--format %4); if not, map its columns (--profile)")
                 : tr("the header row at line %1 fits returns of two evidence classes: %2. Which class its rows "
                      "are is not guessed: if the file is the %3, choose that format (--format %4); if not, map its "
                      "columns (--profile)"))
        .arg(line)
        .arg(described(conflict), conflict.format->shownTitle(), conflict.format->id);
}

QString HeaderClassCheck::laterHeaderText(const Conflict &conflict)
{
    return tr("a header row that fits returns of two evidence classes (%1): which class the rows under it are is not "
              "guessed, and they are not read; to read them, map a copy of that table alone")
        .arg(described(conflict));
}
