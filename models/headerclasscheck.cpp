#include "headerclasscheck.h"

#include <algorithm>

namespace {

// What rows of one class have and rows of another never do: a call or message carried has a
// duration and a type; a lookup counts the devices that answered. Times, parties, IPs and ids
// every class has, and a direction lookups have too (the account looked up, or looking up).
constexpr Field TellingFields[] = {Field::Duration, Field::CallType, Field::DeviceCount};

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
    return std::nullopt;
}

QString HeaderClassCheck::described(const Conflict &conflict)
{
    return tr("it fits the %1 by %2, whose rows are %3, but it also has %4, read by the %5, whose rows are %6")
        .arg(conflict.format->shownTitle(), conflict.fitting, rowsWord(conflict.format->evidenceClass), conflict.telling,
             conflict.other->shownTitle(), rowsWord(conflict.other->evidenceClass));
}

QString HeaderClassCheck::firstHeaderText(const Conflict &conflict, int line)
{
    return tr("the header row at line %1 fits returns of two evidence classes: %2. Which class its rows are is not "
              "guessed: if the file is the %3, choose that format (--format %4); if not, map its columns (--profile)")
        .arg(line)
        .arg(described(conflict), conflict.format->shownTitle(), conflict.format->id);
}

QString HeaderClassCheck::laterHeaderText(const Conflict &conflict)
{
    return tr("a header row that fits returns of two evidence classes (%1): which class the rows under it are is not "
              "guessed, and they are not read; to read them, map a copy of that table alone")
        .arg(described(conflict));
}
