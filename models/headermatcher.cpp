#include "headermatcher.h"

#include "timestampparser.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool hasAll(const HeaderMatch &m, std::initializer_list<Field> fields)
{
    return std::all_of(fields.begin(), fields.end(),
                       [&m](Field f) { return m.columns.contains(f); });
}

/// The first column whose header, its abbreviations expanded or as written, is @p synonym.
qsizetype columnOf(const QString &synonym, const QStringList &keys,
                   const QStringList &keysAsWritten)
{
    if (synonym.isEmpty())
        return -1;
    const qsizetype expanded = keys.indexOf(synonym);
    const qsizetype written = keysAsWritten.indexOf(synonym);
    return expanded < 0 || written < 0 ? std::max(expanded, written) : std::min(expanded, written);
}

/// A date column and a time column beside it are the record's time: a third column a
/// timestamp's synonym names is then something else (a seizure time, the time without the date
/// its own date column holds). A time or date the timestamp's own column gives ("Start Time",
/// Sprint's "START_DATE" of a date and a time) is no second field.
void keepOneTime(HeaderMatch &m)
{
    if (hasAll(m, {Field::Date, Field::Time})) {
        m.columns.remove(Field::Timestamp);
        return;
    }
    for (const Field part : {Field::Time, Field::Date}) {
        if (hasAll(m, {Field::Timestamp, part}) &&
            m.columns.value(Field::Timestamp) == m.columns.value(part))
            m.columns.remove(part);
    }
}

/// Whether @p label is the initials of the words of @p header before it: Jio's
/// "Call_Initiation_Time(CIT)" abbreviates itself, it names no zone.
bool initialsOfHeader(const QString &label, const QString &header)
{
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    const qsizetype at = header.lastIndexOf(label, -1, Qt::CaseInsensitive);
    if (label.size() < 2 || at <= 0)
        return false;
    QString initials;
    for (const QString &word : header.left(at).split(nonLetters, Qt::SkipEmptyParts))
        initials.append(word.front().toUpper());
    return initials == label.toUpper();
}

} // namespace

QString HeaderMatcher::normalizeHeader(const QString &header, QString *zoneLabel,
                                       Abbreviations abbreviated)
{
    static const QRegularExpression zoneSuffix(
        QStringLiteral("\\s*[\\(\\[]([^\\)\\]]*)[\\)\\]]\\s*$"));
    // Unbracketed, only UTC or GMT (with an offset) as the first or last word names a zone:
    // "Start Time UTC", "Timestamp_GMT", "Timestamp in UTC", "UTC Time". Another word there ("Call
    // Time Local") is the column's name.
    static const QRegularExpression zoneWordAfter(
        QStringLiteral("[\\s_]+(?:in[\\s_]+)?((?:UTC|GMT)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zoneWordBefore(QStringLiteral("^(UTC|GMT)[\\s_]+(?=\\S)"),
                                                   QRegularExpression::CaseInsensitiveOption);
    // Accents are left out (decomposed, their marks skipped): "Numéro appelé" is "Numero
    // appele", as a system without them writes it.
    QString text = header.trimmed().normalized(QString::NormalizationForm_D);
    if (const auto m = zoneSuffix.match(text); m.hasMatch()) {
        if (zoneLabel)
            *zoneLabel = m.captured(1).trimmed();
        text.truncate(m.capturedStart());
    } else if (const auto after = zoneWordAfter.match(text);
               after.hasMatch() && after.capturedStart() > 0) {
        if (zoneLabel)
            *zoneLabel = after.captured(1).toUpper();
        text.truncate(after.capturedStart());
    } else if (const auto before = zoneWordBefore.match(text); before.hasMatch()) {
        if (zoneLabel)
            *zoneLabel = before.captured(1).toUpper();
        text.remove(0, before.capturedLength());
    }
    // Word by word, so that an abbreviation carriers write is its word: "CALLING_NBR", "Calling
    // No.", "Calling #" are "Calling Number"; "Orig Number" is "Originating Number"; "A-Nr." is
    // "A-Nummer" (German's "Nr." read as the number it abbreviates).
    static const QHash<QString, QString> abbreviations{
        {QStringLiteral("nbr"), QStringLiteral("number")},
        {QStringLiteral("num"), QStringLiteral("number")},
        {QStringLiteral("no"), QStringLiteral("number")},
        {QStringLiteral("#"), QStringLiteral("number")},
        {QStringLiteral("orig"), QStringLiteral("originating")},
        {QStringLiteral("term"), QStringLiteral("terminating")},
        {QStringLiteral("dur"), QStringLiteral("duration")},
        {QStringLiteral("nr"), QStringLiteral("number")}};
    QString out;
    QString word;
    const auto endWord = [&] {
        out.append(abbreviated == Abbreviations::Expanded ? abbreviations.value(word, word) : word);
        word.clear();
    };
    for (QChar c : text) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
            continue;
        }
        endWord();
        if (c == u'#') {
            word = c;
            endWord();
        }
    }
    endWord();
    return out;
}

bool HeaderMatcher::isOneOf(const QString &header, const QStringList &synonyms)
{
    return synonyms.contains(normalizeHeader(header)) ||
           synonyms.contains(normalizeHeader(header, nullptr, Abbreviations::AsWritten));
}

std::optional<HeaderMatch> HeaderMatcher::match(const TableFormat &format, const QStringList &cells)
{
    QStringList keys;
    QStringList keysAsWritten; // what profiles saved before abbreviations were expanded hold
    QStringList labels;
    for (const QString &cell : cells) {
        labels.append(QString());
        keys.append(normalizeHeader(cell, &labels.last()));
        keysAsWritten.append(normalizeHeader(cell, nullptr, Abbreviations::AsWritten));
    }
    HeaderMatch result;
    // A field takes the column whose header comes first among its synonyms, wherever it stands:
    // "Called Number" over a "Dialed Digits" column before it (what was dialled, "*67…" and all).
    // One column may answer two fields ("Start Time": a timestamp, or the time beside a date).
    for (auto it = format.synonyms.cbegin(); it != format.synonyms.cend(); ++it) {
        for (const QString &synonym : it.value()) {
            if (const qsizetype column = columnOf(synonym, keys, keysAsWritten); column >= 0) {
                result.columns.insert(it.key(), int(column));
                break;
            }
        }
    }
    keepOneTime(result);
    result.fieldsMatched = int(result.columns.size());
    for (const Field field : {Field::Timestamp, Field::Date}) {
        const int column = result.columns.value(field, -1);
        if (column < 0 || result.dateOrder != DateOrder::Unknown)
            continue;
        result.dateOrder = TimestampParser::dateOrderNamedBy(labels.at(column));
        result.dateOrderHeader =
            result.dateOrder != DateOrder::Unknown ? cells.at(column) : QString();
    }
    for (const Field field : {Field::Timestamp, Field::Time}) {
        const int column = result.columns.value(field, -1);
        const QString label = column >= 0 ? labels.at(column) : QString();
        // "(dd/mm/yyyy hh:mm)" is no zone, nor "Call_Initiation_Time(CIT)"'s own initials.
        if (!label.isEmpty() && !TimestampParser::isPatternLabel(label) &&
            !initialsOfHeader(label, cells.at(column))) {
            result.timestampZone = TimestampParser::zoneOfHeaderLabel(label);
            result.zoneLabel = label;
        }
    }
    if (result.columns.contains(Field::Duration))
        result.durationLabel = labels.at(result.columns.value(Field::Duration));
    const bool hasTime =
        hasAll(result, {Field::Timestamp}) || hasAll(result, {Field::Date, Field::Time});
    const bool sided = hasAll(result, {Field::LocalParty, Field::RemoteParty, Field::Direction});
    // A built-in format for one subscriber's records, or an analyst's mapping of their other
    // party and direction alone; never a file without a header row, which has nothing above it.
    result.subscriberAbove =
        !sided && !format.byPosition &&
        (format.synonyms.contains(Field::LocalParty) || format.analystProfile) &&
        hasAll(result, {Field::RemoteParty, Field::Direction});
    const bool parties = format.evidenceClass == EvidenceClass::Connection
                             ? hasAll(result, {Field::Initiator})
                             : hasAll(result, {Field::Initiator, Field::Counterpart}) || sided ||
                                   result.subscriberAbove;
    if (!hasTime || !parties)
        return std::nullopt;
    return result;
}

QString HeaderMatcher::namedColumns(const TableFormat &profile)
{
    QStringList named;
    for (const Field field :
         {Field::Timestamp, Field::Date, Field::Time, Field::Initiator, Field::Counterpart,
          Field::LocalParty, Field::RemoteParty, Field::Direction}) {
        QStringList quoted;
        for (const QString &spelling : profile.synonyms.value(field))
            quoted.append(u'"' + spelling + u'"');
        if (!quoted.isEmpty())
            named.append(tr("%1 %2").arg(TableFormat::fieldName(field), quoted.join(tr(" or "))));
    }
    return named.join(QStringLiteral("; "));
}

QString HeaderMatcher::requirement(const TableFormat &format)
{
    if (format.evidenceClass == EvidenceClass::Connection)
        return tr("a timestamp (or date and time) and the account");
    return tr("a timestamp (or date and time), and initiator and counterpart (or local party, "
              "remote party "
              "and direction)");
}
