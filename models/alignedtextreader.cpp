// AlignedTextReader: what every aligned table shares (reading its lines, its layout, its
// notes) and tables under a rule of dashes (a spool's, a query tool's, drawn with bars). Tables
// without a rule are in alignedtextruleless.cpp.
#include "alignedtextreader.h"
#include "alignedtextreader_p.h"

#include "querytooltext.h"

namespace {

/// Where each run of dashes in @p line begins, if the line holds nothing but two or more such
/// runs parted by spaces, by "+" as psql's rule and MySQL's borders ("+-----+----+"), or by "|"
/// as SQL*Plus parts them with its COLSEP set so; empty otherwise.
QList<qsizetype> dashRuns(QStringView line)
{
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'-' && (i == 0 || line[i - 1] != u'-'))
            starts.append(i);
        else if (c != u'-' && c != u' ' && c != u'+' && c != u'|')
            return {};
    }
    return starts.size() >= 2 ? starts : QList<qsizetype>{};
}

} // namespace

namespace AlignedTextLayout {

QString rightTrimmed(QString line)
{
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

bool partsColumns(QChar c)
{
    return c == u' ' || c == u'|';
}

bool alignedBelow(const QStringList &lines, const QList<qsizetype> &starts)
{
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || !dashRuns(line).isEmpty() || QueryToolText::tallyCount(line).has_value())
            return true;
        const bool parted = std::all_of(starts.cbegin() + 1, starts.cend(), [&line](qsizetype start) {
            return start > line.size() || partsColumns(line.at(start - 1));
        });
        if (!parted)
            return false;
    }
    return true;
}

} // namespace AlignedTextLayout

using namespace AlignedTextLayout;

QList<qsizetype> AlignedTextReader::ruleColumns(QStringView header, QStringView rule)
{
    const QList<qsizetype> starts = dashRuns(rule);
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : rule.size();
        const QStringView over = header.mid(starts.at(i), end - starts.at(i));
        // Under each column's text (a number's heading may stand at the right of its column),
        // and the header parted where the rule is: a space or a bar before each run.
        if (over.trimmed().isEmpty() || (starts.at(i) > 0 && !partsColumns(header.at(starts.at(i) - 1))))
            return {};
    }
    return starts;
}

std::unique_ptr<AlignedTextReader> AlignedTextReader::ifAligned(const QString &path)
{
    const QStringList lines = QueryToolText::headLines(path);
    for (qsizetype i = 1; i < std::min<qsizetype>(lines.size(), 61); ++i) {
        const QList<qsizetype> starts = ruleColumns(lines.at(i - 1), lines.at(i));
        if (starts.isEmpty() || !alignedBelow(lines.mid(i + 1, 5), starts))
            continue;
        auto rows = linesOf(path);
        return std::unique_ptr<AlignedTextReader>(new AlignedTextReader(std::move(rows), rightTrimmed(lines.at(i - 1)), starts));
    }
    return rulelessReader(path, lines);
}

AlignedTextReader::AlignedTextReader(std::unique_ptr<CsvReader> lines, QString header, QList<qsizetype> starts)
    : PrintedTableReader(std::move(lines)), m_firstHeader(header), m_firstStarts(starts), m_header(std::move(header)),
      m_starts(std::move(starts))
{
}

std::unique_ptr<TableReader> AlignedTextReader::reopen(QString *error) const
{
    auto lines = linesAgain(error);
    if (!lines)
        return nullptr;
    auto reader = std::unique_ptr<AlignedTextReader>(new AlignedTextReader(std::move(lines), m_firstHeader, m_firstStarts));
    reader->m_ruleless = m_ruleless;
    reader->m_furniture = m_furniture;
    reader->m_upperHeading = m_upperHeading;
    return reader;
}

bool AlignedTextReader::isLayout(const TableRow &line)
{
    if (!line.error.isEmpty())
        return false;
    const QStringView text = QStringView(line.raw);
    if (text.trimmed().isEmpty()) {
        ++m_blankLines;
        return true;
    }
    if (isUpperHeading(line))
        return true;
    if (!m_parts.isEmpty() && QueryToolText::isPrompt(line.raw)) { // above the first, the metadata block's
        m_promptLines.append(line.line);
        return true;
    }
    // The rule under a header, a border of a table drawn with bars; above the first header
    // only one keeping to its columns (a title's underline is the metadata block's).
    const QList<qsizetype> runs = dashRuns(text);
    if (!runs.isEmpty() && (!m_parts.isEmpty() || runs == m_starts))
        return true;
    return takeCount(line) || isHeading(line) || isFurniture(line);
}

bool AlignedTextReader::isHeading(const TableRow &line)
{
    if (m_ruleless) // the headings found over the records, no rule to read with them
        return isRulelessHeading(line);
    const TableRow *after = peekLine();
    if (!after || !after->error.isEmpty())
        return false;
    const QList<qsizetype> starts = ruleColumns(line.raw, after->raw);
    if (starts.isEmpty())
        return false;
    const QString header = rightTrimmed(line.raw);
    if (m_parts.isEmpty() && (starts != m_firstStarts || header != m_firstHeader))
        return false; // above the table found first: its title block
    if (!m_parts.isEmpty() && starts == m_starts) {
        if (header == m_header) { // a printout's next page
            dropPeeked();
            ++m_repeatedHeaders;
            return true;
        }
        // A record over a table's bottom border ("+----+----+") is none, which a row always
        // stands before; another query's table of the same widths stands after layout or a title.
        if (!m_afterLayout)
            return false;
    }
    // Nor is a record over the dashes SQL*Plus draws under the columns it sums (COMPUTE).
    if (!m_parts.isEmpty() && m_isRecord && m_isRecord(cutByColumns(line)))
        return false;
    m_lastEnd = starts.last();
    while (m_lastEnd < after->raw.size() && after->raw.at(m_lastEnd) == u'-')
        ++m_lastEnd;
    dropPeeked();
    m_barred = after->raw.contains(u'+');
    m_psql = m_barred && !after->raw.startsWith(u'+'); // MySQL's border begins with its corner
    m_header = header;
    m_starts = starts;
    beginTable(line.line);
    return false; // the header itself, which the importer finds
}

bool AlignedTextReader::isFurniture(const TableRow &line)
{
    // Above the first table it is the title block's, kept as the source's metadata.
    if (m_parts.isEmpty() || m_givingHeader || !m_furniture.contains(line.line) || standsAlone(line))
        return false;
    m_furnitureLines.append(line.line);
    return true;
}

void AlignedTextReader::beginTable(int headerLine)
{
    Part table;
    table.firstLine = headerLine;
    m_parts.append(table);
    m_givingHeader = true;
}

bool AlignedTextReader::next(TableRow &row)
{
    if (m_ruleless)
        centred(); // known before the first line that may stand above a record
    for (;;) {
        if (!m_released.isEmpty()) {
            row = m_released.takeFirst();
            break;
        }
        if (!nextLine(row)) {
            if (releaseAbove())
                continue;
            return false;
        }
        if (!m_above.isEmpty() && !isPartOfARecord(row) && !(row.error.isEmpty() && standsAlone(row))) {
            putBack(row); // no record below the lines held: they are rows of their own, given first
            releaseAbove();
            continue;
        }
        if (isLayout(row)) {
            m_afterLayout = true;
            continue;
        }
        if (isPartOfARecord(row)) {
            m_above.append(row);
            continue;
        }
        break;
    }
    m_afterLayout = false;
    if (row.error.isEmpty())
        row.cells = cellsOf(row.raw);
    row.heading = m_givingHeader;
    if (row.heading && m_parts.size() == 1 && m_upperLine.line > 0)
        joinUpperHeading(row);
    if (!row.heading && row.error.isEmpty() && !m_parts.isEmpty() && !m_barred && !m_ruleless && !row.cells.value(0).isEmpty())
        joinWrapped(row); // a rule gives the columns' widths: where a value was cut short
    else if (!row.heading && row.error.isEmpty() && m_psql)
        joinMarkedLines(row);
    else if (!row.heading && row.error.isEmpty() && !m_parts.isEmpty() && m_ruleless && *m_centred)
        joinCentred(row);
    else if (!row.heading && row.error.isEmpty() && !m_parts.isEmpty() && m_ruleless)
        joinWrappedInColumns(row);
    if (m_givingHeader)
        m_givingHeader = false;
    else if (!m_parts.isEmpty() && !m_parts.last().tally)
        ++m_parts.last().rows; // not a title under the tool's count, above the next table
    return true;
}

qsizetype AlignedTextReader::columnEnd(qsizetype column) const
{
    return column + 1 < m_starts.size() ? m_starts.at(column + 1) - 1 : m_lastEnd;
}

AlignedTextReader::Cut AlignedTextReader::cutOf(QStringView line, qsizetype column) const
{
    // To its column's last place, and no further: SQL*Plus cut the value there and went on
    // with it on the next line; or to the place before, the cut falling on a space between
    // two words. A value ending shorter ended.
    const qsizetype start = column == 0 ? 0 : m_starts.at(column);
    const qsizetype end = columnEnd(column);
    const bool last = column + 1 == m_starts.size();
    // A spool's lines lose their spaces at the end (SQL*Plus's TRIMSPOOL): the space a last
    // column's cut fell on among them.
    if (last && line.size() == end - 1 && end - start > 2 && line.at(end - 2) != u' ')
        return Cut::AtSpace;
    if (line.size() < end || end - start < 2 || (column + 1 < m_starts.size() && line.size() > end && !partsColumns(line.at(end))))
        return Cut::None;
    if (last && !line.mid(end).trimmed().isEmpty())
        return Cut::None;
    if (line.at(end - 1) != u' ')
        return Cut::AtLastPlace;
    return line.at(end - 2) != u' ' ? Cut::AtSpace : Cut::None;
}

bool AlignedTextReader::continues(QStringView line, const QList<Cut> &cuts) const
{
    // Only the columns cut short hold text, within their places; the first, which a record of
    // the table fills (its time, its id), is blank.
    bool any = false;
    for (qsizetype i = 0; i < m_starts.size(); ++i) {
        const qsizetype start = i == 0 ? 0 : m_starts.at(i);
        const QStringView text = line.mid(start, std::max<qsizetype>(0, columnEnd(i) - start)).trimmed();
        if (text.isEmpty())
            continue;
        if (i == 0 || cuts.at(i) == Cut::None || (i + 1 < m_starts.size() && line.size() > columnEnd(i) && !partsColumns(line.at(columnEnd(i)))))
            return false;
        any = true;
    }
    return any && line.mid(m_lastEnd).trimmed().isEmpty();
}

void AlignedTextReader::joinWrapped(TableRow &row)
{
    QList<Cut> cuts(m_starts.size());
    for (qsizetype i = 1; i < m_starts.size(); ++i)
        cuts[i] = cutOf(row.raw, i);
    if (!cuts.contains(Cut::AtLastPlace) && !cuts.contains(Cut::AtSpace))
        return;
    for (;;) {
        const TableRow *after = peekLine();
        if (!after || !after->error.isEmpty() || !continues(after->raw, cuts) || standsAlone(*after)
            || tooLongForANumber(row, after->raw))
            return;
        for (qsizetype i = 1; i < m_starts.size(); ++i) {
            QStringView more = QStringView(after->raw).mid(m_starts.at(i), columnEnd(i) - m_starts.at(i));
            while (more.endsWith(u' '))
                more.chop(1);
            if (!more.isEmpty()) // the parts as they were cut: a space the cut fell on kept
                row.cells[i] += (cuts.at(i) == Cut::AtSpace ? QStringLiteral(" ") : QString()) + more;
            cuts[i] = more.isEmpty() ? Cut::None : cutOf(after->raw, i);
        }
        row.raw += u'\n' + after->raw;
        m_wrappedLines.append(after->line);
        dropPeeked();
    }
}

bool AlignedTextReader::tooLongForANumber(const TableRow &row, QStringView line) const
{
    // A number that fills its column, and digits under it in a line whose time is blank: a
    // number cut short goes on, but no phone number has more than 15 digits (E.164), so two
    // numbers that would make one are two records' numbers, not one cut.
    const auto digits = [](QStringView text) {
        if (text.startsWith(u'+'))
            text = text.mid(1);
        const bool all = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
        return all ? text.size() : qsizetype(-1);
    };
    for (qsizetype i = 1; i < m_starts.size(); ++i) {
        const qsizetype above = digits(QStringView(row.cells.at(i)));
        const qsizetype below = digits(line.mid(m_starts.at(i), columnEnd(i) - m_starts.at(i)).trimmed());
        if (above > 0 && below > 0 && above + below > 15)
            return true;
    }
    return false;
}

QList<bool> AlignedTextReader::newlineMarks(QStringView line) const
{
    // psql pads each value with a space on both sides, and puts "+" in place of the one after
    // a value that goes on, after a line break in it, on the next line.
    QList<bool> marks(m_starts.size());
    for (qsizetype i = 0; i < m_starts.size(); ++i) {
        const qsizetype end = columnEnd(i);
        marks[i] = end >= 1 && line.size() >= end && line.at(end - 1) == u'+';
    }
    return marks;
}

void AlignedTextReader::joinMarkedLines(TableRow &row)
{
    for (QList<bool> marks = newlineMarks(row.raw); marks.contains(true);) {
        const TableRow *after = peekLine();
        if (!after || !after->error.isEmpty())
            return;
        const QStringList more = cellsOf(after->raw);
        for (qsizetype i = 0; i < m_starts.size(); ++i) {
            if (!marks.at(i) && !more.at(i).isEmpty())
                return; // text where no value goes on: no line of this record
        }
        for (qsizetype i = 0; i < m_starts.size(); ++i) {
            if (!marks.at(i))
                continue;
            QString &cell = row.cells[i];
            cell.chop(1); // the mark
            while (cell.endsWith(u' '))
                cell.chop(1);
            cell += u'\n' + more.at(i);
        }
        marks = newlineMarks(after->raw);
        row.raw += u'\n' + after->raw;
        m_markedLines.append(after->line);
        dropPeeked();
    }
}

bool AlignedTextReader::standsAlone(const TableRow &line) const
{
    // A record whose first column is empty (a call's id an SMS has none of) under one whose
    // time and right-aligned duration fill their columns holds text only where the record
    // above "was cut": its own time reading tells it apart.
    return m_isRecord && m_isRecord(cutByColumns(line));
}

TableRow AlignedTextReader::cutByColumns(const TableRow &line) const
{
    TableRow cut = line;
    cut.cells = cellsOf(line.raw);
    return cut;
}

QStringList AlignedTextReader::cellsOf(QStringView line) const
{
    return cutAt(line, m_starts);
}

QStringList AlignedTextReader::cutAt(QStringView line, const QList<qsizetype> &starts)
{
    // From each run's start to the character parting it from the next (a bar of a table drawn
    // with bars is no part of a cell, nor are the bars at its two edges).
    QStringList cells;
    cells.reserve(starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype start = i == 0 ? 0 : starts.at(i);
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) - 1 : line.size();
        QStringView cell = line.mid(start, std::max<qsizetype>(0, end - start)).trimmed();
        if (i == 0 && cell.startsWith(u'|'))
            cell = cell.mid(1).trimmed();
        if (i + 1 == starts.size() && cell.endsWith(u'|'))
            cell = cell.chopped(1).trimmed();
        cells.append(cell.toString());
    }
    return cells;
}

QStringList AlignedTextReader::readingNotes() const
{
    QStringList notes;
    if (const QString layout = layoutNote(); !layout.isEmpty())
        notes.append(layout);
    if (!m_wrappedLines.isEmpty() && m_ruleless)
        notes.append(tr("%n line(s) holding the rest of values wrapped within their columns were joined to the record "
                        "above (lines %1)",
                        nullptr, int(m_wrappedLines.size()))
                         .arg(QueryToolText::lineList(m_wrappedLines)));
    else if (!m_wrappedLines.isEmpty())
        notes.append(tr("%n line(s) holding the rest of values too wide for their columns, which the query tool "
                        "went on with below, were joined to the record above (lines %1)",
                        nullptr, int(m_wrappedLines.size()))
                         .arg(QueryToolText::lineList(m_wrappedLines)));
    if (!m_aboveLines.isEmpty())
        notes.append(tr("the report centres a record's other values beside a value it wraps over several lines, whose "
                        "first lines stand above the record: %n such line(s) were joined to the record below them "
                        "(lines %1), as many lines below each record as above it to that record",
                        nullptr, int(m_aboveLines.size()))
                         .arg(QueryToolText::lineList(m_aboveLines)));
    if (!m_markedLines.isEmpty())
        notes.append(tr("%n line(s) going on with values psql marked \"+\" (a line break in the value) were joined to "
                        "the record above (lines %1)",
                        nullptr, int(m_markedLines.size()))
                         .arg(QueryToolText::lineList(m_markedLines)));
    if (m_upperLine.line > 0)
        notes.append(tr("the table's headings stand on two lines (lines %1 and %2), each column's read as one heading")
                         .arg(m_upperLine.line)
                         .arg(m_parts.value(0).firstLine));
    if (m_parts.size() > 1) {
        QList<int> headers;
        for (const Part &table : m_parts)
            headers.append(table.firstLine);
        notes.append((m_ruleless ? tr("the file prints %n table(s), each cut where its own headings begin (lines %1)",
                                      nullptr, int(m_parts.size()))
                                 : tr("the file prints %n table(s), each cut by the dashes under its own header (lines %1)",
                                      nullptr, int(m_parts.size())))
                         .arg(QueryToolText::lineList(headers)));
    }
    notes.append(tallyNotes());
    return notes;
}

QString AlignedTextReader::layoutNote() const
{
    const QList<int> tallyLines = this->tallyLines();
    QString counts;
    if (m_parts.size() == 1 && !tallyLines.isEmpty())
        counts = tr("the count the query tool printed after the table (line %1)").arg(tallyLines.first());
    else if (!tallyLines.isEmpty())
        counts = tr("the counts the query tool printed after its tables (lines %1)").arg(QueryToolText::lineList(tallyLines));
    QStringList layout = layoutParts(counts);
    if (!m_furnitureLines.isEmpty())
        layout.prepend(tr("%n line(s) printed at the head or foot of every page (lines %1)", nullptr,
                          int(m_furnitureLines.size()))
                           .arg(QueryToolText::lineList(m_furnitureLines)));
    if (m_repeatedHeaders > 0 && m_ruleless)
        layout.prepend(tr("%n page heading(s) repeating the table's headings", nullptr, m_repeatedHeaders));
    else if (m_repeatedHeaders > 0)
        layout.prepend(tr("%n page heading(s) repeating the header and its rule", nullptr, m_repeatedHeaders));
    if (layout.isEmpty())
        return {};
    if (m_ruleless)
        return tr("the file is a table printed as aligned text, its columns where the headings over them and the "
                  "records under them show; its layout is no record and was not counted as rows: %1")
            .arg(layout.join(QStringLiteral(", ")));
    return tr("the file is a table printed as aligned text, its columns where the dashes under its header stand; its "
              "layout is no record and was not counted as rows: %1")
        .arg(layout.join(QStringLiteral(", ")));
}

QStringList AlignedTextReader::tallyNotes() const
{
    // A spool cut short, or lines lost in copying, leave fewer rows than the tool counted.
    QStringList notes;
    for (const Part &table : m_parts) {
        if (!table.tally || table.tallied == table.rows)
            continue;
        if (m_parts.size() == 1)
            notes.append(tr("the query tool counted the table's rows as \"%1\" (line %2), but %n row(s) were read below "
                            "its header: rows may be missing, or other lines stand among them",
                            nullptr, int(table.rows))
                             .arg(table.tally->second)
                             .arg(table.tally->first));
        else
            notes.append(tr("the query tool counted the rows of the table under the header at line %1 as \"%2\" (line "
                            "%3), but %n row(s) were read below that header: rows may be missing, or other lines stand "
                            "among them",
                            nullptr, int(table.rows))
                             .arg(table.firstLine)
                             .arg(table.tally->second)
                             .arg(table.tally->first));
    }
    return notes;
}
