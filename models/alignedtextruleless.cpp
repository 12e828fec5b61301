// AlignedTextReader's tables without a rule of dashes: a report writer's, a PDF's text laid out
// as it stands. Their columns begin where the headings do, as the records below keep them; the
// headings may stand on two lines, or a single space apart; a value may wrap within its column;
// a report in sections prints a table of other headings below. Tables with a rule, and what
// both share, are in alignedtextreader.cpp.
#include "alignedtextreader.h"
#include "alignedtextreader_p.h"

#include <QSet>

using namespace AlignedTextLayout;

namespace {

/// How many spaces @p text begins with.
qsizetype leadingSpaces(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == u' ')
        ++i;
    return i;
}

/// Whether the lines under headings, up to a blank one, stand in their columns, @p fewestRecords
/// at least with text in at least half of them and the others only the rest of values wrapped within
/// their columns (the first column empty): with no rule to mark the columns, the records must
/// show them.
bool alignedUnderHeadings(const QStringList &lines, const QList<qsizetype> &starts, int fewestRecords = 3)
{
    const auto blank = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) { return line.trimmed().isEmpty(); });
    int records = 0;
    for (auto it = lines.cbegin(); it != blank; ++it) {
        const QString &line = *it;
        if (!alignedBelow({line}, starts))
            return false;
        qsizetype filled = 0;
        for (qsizetype i = 0; i < starts.size(); ++i) {
            const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : line.size();
            filled += !QStringView(line).mid(starts.at(i), std::max<qsizetype>(0, end - starts.at(i))).trimmed().isEmpty();
        }
        if (2 * filled >= starts.size())
            ++records;
        else if (!QStringView(line).left(starts.value(1, line.size())).trimmed().isEmpty())
            return false;
    }
    return records >= fewestRecords;
}

/// @p lines up to the first blank one.
QStringList untilBlank(const QStringList &lines)
{
    const auto blank = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) { return line.trimmed().isEmpty(); });
    return QStringList(lines.cbegin(), blank);
}

/// How many pieces of text @p line holds, parted by two spaces or more.
qsizetype piecesOf(QStringView line)
{
    qsizetype pieces = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u' ' && (pieces == 0 || (i >= 2 && line[i - 1] == u' ' && line[i - 2] == u' ')))
            ++pieces;
    }
    return pieces;
}

/// The lines under headings of @p columns that may be records: up to a blank line, or a line
/// at the margin holding fewer pieces of text than half the columns (a page's footer, the next
/// page's letterhead, where a PDF's text has no blank line between); a line indented is kept
/// (the rest of a value wrapped within its column).
QStringList recordSample(const QStringList &lines, qsizetype columns)
{
    QStringList sample;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || (!line.startsWith(u' ') && 2 * piecesOf(line) < columns))
            break;
        sample.append(line);
    }
    return sample;
}

/// Where the text of @p header between @p from and @p to ends (after its last character other
/// than a space); @p from if it holds none.
qsizetype textEnd(QStringView header, qsizetype from, qsizetype to)
{
    qsizetype end = std::min(to, header.size());
    while (end > from && header.at(end - 1) == u' ')
        --end;
    return end;
}

} // namespace

QList<qsizetype> AlignedTextReader::alignToRecords(QStringView header, QList<qsizetype> starts, const QStringList &records)
{
    // A heading centred over its column, or set at its right as a number's is, begins after
    // values under it that are wider: the column begins where the records leave a space before
    // it, between the heading before and its own (as far right as may be: a heading at its
    // column's left keeps its place).
    const QStringList below = untilBlank(records);
    const QList<qsizetype> headings = starts;
    for (qsizetype k = 1; k < headings.size(); ++k) {
        const qsizetype earliest = textEnd(header, headings.at(k - 1), headings.at(k)) + 1;
        for (qsizetype p = headings.at(k); p >= earliest; --p) {
            const bool parted = std::all_of(below.cbegin(), below.cend(), [p](const QString &line) {
                return p - 1 >= line.size() || line.at(p - 1) == u' ';
            });
            if (parted) {
                starts[k] = p;
                break;
            }
        }
    }
    return starts;
}

QList<qsizetype> AlignedTextReader::headingColumns(QStringView header)
{
    // Headings parted by two spaces or more ("START TIME" is one), three at least, in a line
    // holding no delimiter of a delimited file.
    static const QString delimiters = QStringLiteral(",;\t|");
    if (std::any_of(header.cbegin(), header.cend(), [](QChar c) { return delimiters.contains(c); }))
        return {};
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i] != u' ' && (starts.isEmpty() ? i == 0 || header[i - 1] == u' '
                                                    : i >= 2 && header[i - 1] == u' ' && header[i - 2] == u' '))
            starts.append(i);
    }
    return starts.size() >= 3 ? starts : QList<qsizetype>{};
}

QList<qsizetype> AlignedTextReader::splitByRecords(QStringView header, QList<qsizetype> starts, const QStringList &records)
{
    // Headings set close in a proportional font may lay out a single space apart ("Conn. Time
    // Originating Number"), as a heading of two words is: the records tell them apart. A word
    // of a heading begins a column of its own where two spaces stand before it in every record
    // (one may be within a value: "(202) 555-0143" under "Other Party") and a value stands
    // under it in one at least.
    const QStringList below = untilBlank(records);
    for (qsizetype p = 2; p < header.size(); ++p) {
        if (header[p] == u' ' || header[p - 1] != u' ' || header[p - 2] == u' ' || starts.contains(p))
            continue;
        const qsizetype space = header.indexOf(u' ', p);
        const qsizetype end = space < 0 ? header.size() : space;
        const bool parted = std::all_of(below.cbegin(), below.cend(), [p](const QString &line) {
            return QStringView(line).mid(p - 2, 2).trimmed().isEmpty();
        });
        const bool under = std::any_of(below.cbegin(), below.cend(), [p, end](const QString &line) {
            return !QStringView(line).mid(p, std::max<qsizetype>(0, end - p)).trimmed().isEmpty();
        });
        if (parted && under)
            starts.insert(std::upper_bound(starts.begin(), starts.end(), p), p);
    }
    return starts;
}

bool AlignedTextReader::isUpperHeadingLine(QStringView upper, QStringView lower, const QList<qsizetype> &starts)
{
    // Narrow columns' headings on two lines ("Originating" over "Number"): both lines words, no
    // digit nor delimiter (a title or a subscriber's line above the headings has them, a record
    // under them its date), two columns at least, each beginning where the heading under it
    // does, none running into the next column.
    static const QString delimiters = QStringLiteral(",;\t|");
    const auto notWords = [](QStringView line) {
        return std::any_of(line.cbegin(), line.cend(), [](QChar c) { return c.isDigit() || delimiters.contains(c); });
    };
    if (notWords(upper) || notWords(lower))
        return false;
    int filled = 0;
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype start = starts.at(k);
        const qsizetype end = k + 1 < starts.size() ? starts.at(k + 1) - 1 : std::max(upper.size(), lower.size());
        if (k + 1 < starts.size() && end < upper.size() && upper.at(end) != u' ')
            return false;
        const QStringView cell = upper.mid(start, std::max<qsizetype>(0, end - start));
        if (cell.trimmed().isEmpty())
            continue;
        if (start > 0 && upper.at(start - 1) != u' ')
            return false;
        if (std::abs(leadingSpaces(cell) - leadingSpaces(lower.mid(start))) > 1)
            return false;
        ++filled;
    }
    return filled >= 2;
}

std::unique_ptr<AlignedTextReader> AlignedTextReader::rulelessReader(const QString &path, const QStringList &lines)
{
    // The columns where the headings begin, if the records below keep to them.
    const auto rulelessStarts = [&lines](qsizetype i) {
        QList<qsizetype> starts = i < lines.size() ? headingColumns(lines.at(i)) : QList<qsizetype>{};
        if (starts.isEmpty())
            return starts;
        const QStringList below = recordSample(lines.mid(i + 1, 20), starts.size());
        starts = alignToRecords(lines.at(i), splitByRecords(lines.at(i), starts, below), below);
        return alignedUnderHeadings(below.mid(0, 8), starts) ? starts : QList<qsizetype>{};
    };
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 60); ++i) {
        const QList<qsizetype> starts = rulelessStarts(i);
        if (starts.isEmpty())
            continue;
        // The first of headings on two lines stands over the second as headings over records.
        if (const QList<qsizetype> next = rulelessStarts(i + 1);
            !next.isEmpty() && isUpperHeadingLine(lines.at(i), lines.at(i + 1), next))
            continue;
        auto rows = linesOf(path);
        auto reader = std::unique_ptr<AlignedTextReader>(new AlignedTextReader(std::move(rows), rightTrimmed(lines.at(i)), starts));
        reader->m_ruleless = true;
        if (i > 0 && isUpperHeadingLine(lines.at(i - 1), lines.at(i), starts))
            reader->m_upperHeading = rightTrimmed(lines.at(i - 1));
        return reader;
    }
    return nullptr;
}

bool AlignedTextReader::isRulelessHeading(const TableRow &line)
{
    const QString text = rightTrimmed(line.raw);
    if (m_parts.isEmpty()) {
        if (text == m_firstHeader)
            beginTable(line.line);
        return false;
    }
    // The same headings atop a later page, where they may stand a place or two further on (a
    // PDF's text is laid out page by page): the records below stand under them.
    const QStringList headings = cutAt(m_header, m_starts);
    const QList<qsizetype> before = headingPlaces(m_header, headings);
    const QList<qsizetype> here = headingPlaces(text, headings);
    if (before.size() != headings.size() || here.size() != headings.size())
        return isAnotherRulelessTable(line);
    QList<qsizetype> starts = m_starts; // each column as far before its heading as on the page before
    for (qsizetype k = 0; k < starts.size(); ++k)
        starts[k] += here.at(k) - before.at(k);
    if (starts.first() < 0 || !std::is_sorted(starts.cbegin(), starts.cend()) || cutAt(text, starts) != headings)
        return isAnotherRulelessTable(line);
    m_header = text;
    m_starts = starts;
    ++m_repeatedHeaders;
    return true;
}

QList<qsizetype> AlignedTextReader::headingPlaces(QStringView text, const QStringList &headings)
{
    QList<qsizetype> places;
    for (const QString &heading : headings) {
        const qsizetype at = text.indexOf(heading, places.isEmpty() ? 0 : places.last() + 1);
        if (at < 0 || (!places.isEmpty() && at == places.last()))
            return {};
        places.append(at);
    }
    return places;
}

bool AlignedTextReader::isAnotherRulelessTable(const TableRow &line)
{
    // A report in sections (calls, then text messages, then the subscriber's details) prints
    // each its own headings, its columns where they begin: words, no digit (a record's date has
    // them), over a record that keeps to them. Its records are not cut by the table's above.
    const QString text = rightTrimmed(line.raw);
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }) || standsAlone(line)
        || m_furniture.contains(line.line)) // a letterhead over a page's headings
        return false;
    QList<qsizetype> starts = headingColumns(text);
    const TableRow *after = peekLine();
    if (starts.isEmpty() || !after || !after->error.isEmpty())
        return false;
    starts = alignToRecords(text, splitByRecords(text, starts, {after->raw}), {after->raw});
    if (!alignedUnderHeadings({after->raw}, starts, 1))
        return false;
    m_header = text;
    m_starts = starts;
    beginTable(line.line);
    return false; // the header itself, which the importer reads as another part's
}

bool AlignedTextReader::isUpperHeading(const TableRow &line)
{
    // The first line of headings on two lines: read with the second, the header (next()), or,
    // atop a later page, the layout the second is.
    if (m_upperHeading.isEmpty())
        return false;
    const TableRow *after = peekLine();
    if (!after || !after->error.isEmpty())
        return false;
    if (m_parts.isEmpty()) {
        if (rightTrimmed(line.raw) != m_upperHeading || rightTrimmed(after->raw) != m_firstHeader)
            return false;
        m_upperLine = line;
        return true;
    }
    return line.raw.simplified() == m_upperHeading.simplified() && after->raw.simplified() == m_header.simplified();
}

void AlignedTextReader::joinUpperHeading(TableRow &row) const
{
    const QStringList upper = cellsOf(m_upperLine.raw);
    for (qsizetype i = 0; i < row.cells.size() && i < upper.size(); ++i)
        row.cells[i] = QString(upper.at(i) + u' ' + row.cells.at(i)).trimmed();
    row.raw = m_upperLine.raw + u'\n' + row.raw;
}

void AlignedTextReader::joinWrappedInColumns(TableRow &row)
{
    // A report writer (a PDF's table) wraps a value too long for its column within it: the rest
    // stands in that column on the lines below, the record's first column empty there. Only
    // below a record, and only what no column empty in the record holds.
    if (!m_isRecord || !m_isRecord(row))
        return;
    for (const TableRow *after = peekLine(); after && after->error.isEmpty(); after = peekLine()) {
        const QStringList more = cellsOf(after->raw);
        if (QStringView(after->raw).trimmed().isEmpty() || !more.value(0).isEmpty() || m_furniture.contains(after->line)
            || standsAlone(*after))
            return;
        for (qsizetype i = 0; i < more.size(); ++i) {
            if (!more.at(i).isEmpty() && row.cells.value(i).isEmpty())
                return;
        }
        for (qsizetype i = 0; i < more.size(); ++i) {
            if (!more.at(i).isEmpty())
                row.cells[i] += u' ' + more.at(i);
        }
        row.raw += u'\n' + after->raw;
        m_wrappedLines.append(after->line);
        dropPeeked();
    }
}

bool AlignedTextReader::centred()
{
    if (!m_centred)
        m_centred = m_ruleless && rowsCentred();
    return *m_centred;
}

bool AlignedTextReader::rowsCentred() const
{
    // Told by the first record under each heading: lines above it go on with no record, so they
    // are the first of its own values', and a centred record has as many below it, in the same
    // columns. One such record with none or fewer below, or below in other columns (a line of
    // units under the headings), says otherwise.
    QString error;
    const auto lines = linesAgain(&error);
    if (!lines)
        return false;
    const QString headings = m_firstHeader.simplified();
    bool underHeadings = false;
    int above = 0;
    int below = -1; // lines below a first record with lines above it; -1 when not counting
    QSet<qsizetype> aboveColumns, belowColumns;
    int symmetric = 0;
    const auto tell = [&]() {
        if (below < 0)
            return true;
        const bool agrees = below == above && aboveColumns == belowColumns;
        symmetric += agrees;
        below = -1;
        return agrees;
    };
    const auto filled = [](const QStringList &cells, QSet<qsizetype> *columns) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (!cells.at(i).isEmpty())
                columns->insert(i);
        }
    };
    TableRow line;
    while (lines->next(line)) {
        const bool blank = QStringView(line.raw).trimmed().isEmpty() || m_furniture.contains(line.line);
        const QStringList cells = blank ? QStringList() : cutAt(line.raw, m_firstStarts);
        const bool part = !blank && line.error.isEmpty() && cells.value(0).isEmpty();
        if (below >= 0 && part) {
            ++below;
            filled(cells, &belowColumns);
            continue;
        }
        if (!tell())
            return false;
        if (line.raw.simplified() == headings) {
            underHeadings = true;
            above = 0;
            aboveColumns.clear();
            belowColumns.clear();
        } else if (part && underHeadings) {
            ++above;
            filled(cells, &aboveColumns);
        } else if (!blank && !part) {
            if (underHeadings && above > 0)
                below = 0;
            underHeadings = false;
        }
    }
    return tell() && symmetric > 0;
}

bool AlignedTextReader::isPartOfARecord(const TableRow &line) const
{
    if (!m_centred.value_or(false) || m_parts.isEmpty() || m_givingHeader || !line.error.isEmpty() || m_furniture.contains(line.line))
        return false;
    const QStringList cells = cellsOf(line.raw);
    return !QStringView(line.raw).trimmed().isEmpty() && cells.value(0).isEmpty() && !standsAlone(line);
}

void AlignedTextReader::joinCentred(TableRow &row)
{
    // A report writer centring a record's one-line values beside a value it wraps prints as many
    // of that value's lines above the record as below it: the first ones are held (next()), the
    // last ones read here.
    if (!m_isRecord || !m_isRecord(row))
        return;
    const QList<TableRow> above = std::exchange(m_above, {});
    if (above.isEmpty())
        return;
    const auto join = [&row](const QStringList &more) {
        for (qsizetype i = 0; i < more.size() && i < row.cells.size(); ++i) {
            if (!more.at(i).isEmpty())
                row.cells[i] = row.cells.at(i).isEmpty() ? more.at(i) : row.cells.at(i) + u' ' + more.at(i);
        }
    };
    const QStringList own = row.cells;
    row.cells = QStringList(own.size());
    QString raw;
    for (const TableRow &line : above) {
        join(cellsOf(line.raw));
        raw += line.raw + u'\n';
        m_aboveLines.append(line.line);
    }
    join(own);
    row.raw = raw + row.raw;
    row.line = above.first().line; // where the record's text begins
    qsizetype taken = 0;
    for (const TableRow *after = peekLine(); taken < above.size() && after && isPartOfARecord(*after); after = peekLine(), ++taken) {
        const QStringList more = cellsOf(after->raw);
        for (qsizetype i = 0; i < more.size(); ++i) {
            if (!more.at(i).isEmpty() && row.cells.value(i).isEmpty())
                return; // a value of a column the record leaves empty: the next record's
        }
        join(more);
        row.raw += u'\n' + after->raw;
        m_wrappedLines.append(after->line);
        dropPeeked();
    }
}

bool AlignedTextReader::releaseAbove()
{
    if (m_above.isEmpty())
        return false;
    m_released.append(std::exchange(m_above, {}));
    return true;
}
