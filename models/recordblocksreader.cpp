#include "recordblocksreader.h"

#include "querytooltext.h"

#include <QRegularExpression>

std::optional<qint64> RecordBlocksReader::markerNumber(const QString &line, Style style)
{
    static const QRegularExpression mysql(QStringLiteral("^\\*{5,} (\\d+)\\. row \\*{5,}\\s*$"));
    static const QRegularExpression psql(QStringLiteral("^-\\[ RECORD (\\d+) \\]-*(?:\\+-*)?\\s*$"));
    if (!line.startsWith(style == Style::MySql ? u'*' : u'-')) // most lines: one character says
        return std::nullopt;
    const auto m = (style == Style::MySql ? mysql : psql).match(line);
    return m.hasMatch() ? std::optional<qint64>(m.captured(1).toLongLong()) : std::nullopt;
}

namespace {

/// Where the separator of a field line stands (MySQL's ":" after the right-aligned label, psql's
/// "|" after the padded one), the label before it not blank; -1 if it is no field line.
qsizetype separatorOf(const QString &line, RecordBlocksReader::Style style)
{
    const bool mysql = style == RecordBlocksReader::Style::MySql;
    const qsizetype at = line.indexOf(mysql ? u':' : u'|');
    if (at <= 0 || QStringView(line).left(at).trimmed().isEmpty() || (!mysql && line.at(at - 1) != u' '))
        return -1;
    return at + 1 == line.size() || line.at(at + 1) == u' ' ? at : -1;
}

} // namespace

std::unique_ptr<RecordBlocksReader> RecordBlocksReader::ifBlocks(const QString &path)
{
    const QStringList lines = QueryToolText::headLines(path);
    for (qsizetype i = 0; i + 1 < std::min<qsizetype>(lines.size(), 61); ++i) {
        for (const Style style : {Style::MySql, Style::Psql}) {
            if (markerNumber(lines.at(i), style) && separatorOf(lines.at(i + 1), style) >= 0) {
                auto rows = linesOf(path);
                return std::unique_ptr<RecordBlocksReader>(new RecordBlocksReader(std::move(rows), style));
            }
        }
    }
    return nullptr;
}

RecordBlocksReader::RecordBlocksReader(std::unique_ptr<CsvReader> lines, Style style)
    : PrintedTableReader(std::move(lines)), m_style(style)
{
}

std::unique_ptr<TableReader> RecordBlocksReader::reopen(QString *error) const
{
    auto lines = linesAgain(error);
    if (!lines)
        return nullptr;
    return std::unique_ptr<TableReader>(new RecordBlocksReader(std::move(lines), m_style));
}

bool RecordBlocksReader::next(TableRow &row)
{
    if (m_first) { // the first record of a result, whose labels were given as the header
        row = rowOf(*m_first);
        m_first.reset();
        return true;
    }
    TableRow line;
    while (nextLine(line)) {
        if (line.error.isEmpty() && markerNumber(line.raw, m_style)) {
            Block block = readBlock(line);
            if (!startsResult(block)) {
                row = rowOf(block);
                return true;
            }
            const bool sameLabels = !m_parts.isEmpty() && block.labels == m_labels;
            Part result;
            result.firstLine = block.line;
            m_parts.append(result);
            m_lastNumber = 0;
            if (sameLabels) { // the same query again, or another of the same columns
                row = rowOf(block);
                return true;
            }
            row = headerRow(block);
            m_labels = block.labels;
            m_first = std::move(block);
            return true;
        }
        if (line.error.isEmpty() && line.raw.trimmed().isEmpty()) {
            ++m_blankLines;
            continue;
        }
        if (!m_parts.isEmpty() && line.error.isEmpty() && QueryToolText::isPrompt(line.raw)) {
            m_promptLines.append(line.line); // above the first record, the metadata block's
            continue;
        }
        if (takeCount(line))
            continue;
        // Above the first record, its title (the metadata block); between records, no part of one.
        row = std::move(line);
        if (row.error.isEmpty())
            row.cells = QStringList{row.raw.trimmed()};
        return true;
    }
    return false;
}

bool RecordBlocksReader::startsResult(const Block &block) const
{
    // The tool numbers each result's records from 1: a record 1 after others begins another.
    return m_parts.isEmpty() || (block.number == 1 && m_lastNumber > 0);
}

TableRow RecordBlocksReader::headerRow(const Block &block) const
{
    TableRow row;
    row.line = block.line;
    row.cells = block.labels;
    row.raw = block.labels.join(u'\t');
    row.heading = m_parts.size() > 1; // another result's: the importer tells what it is
    return row;
}

RecordBlocksReader::Block RecordBlocksReader::readBlock(const TableRow &marker)
{
    Block block;
    block.line = marker.line;
    block.number = markerNumber(marker.raw, m_style).value_or(0);
    block.lines = {marker.raw};
    qsizetype separator = -1;
    TableRow line;
    while (nextLine(line)) {
        if (!line.error.isEmpty()) {
            block.error = line.error;
            continue;
        }
        if (markerNumber(line.raw, m_style) || (QueryToolText::tallyCount(line.raw) && !block.labels.isEmpty())) {
            putBack(std::move(line)); // the next record, or the count after the last
            break;
        }
        if (line.raw.trimmed().isEmpty()) {
            ++m_blankLines;
            continue;
        }
        block.lines.append(line.raw);
        if (separator < 0)
            separator = separatorOf(line.raw, m_style);
        addLine(block, line, separator);
    }
    return block;
}

void RecordBlocksReader::addLine(Block &block, const TableRow &line, qsizetype separator) const
{
    // The separator where the record's first field line has it; a psql value's further line has
    // it too, its label blank.
    const QString &text = line.raw;
    const QChar mark = m_style == Style::MySql ? u':' : u'|';
    const bool marked = separator > 0 && separator < text.size() && text.at(separator) == mark
                        && (separator + 1 == text.size() || text.at(separator + 1) == u' ')
                        && (m_style == Style::MySql || text.at(separator - 1) == u' ');
    const QString label = marked ? text.left(separator).trimmed() : QString();
    const QString value = marked && (!label.isEmpty() || m_style == Style::Psql) ? text.mid(separator + 2) : text;
    if (!label.isEmpty()) {
        block.labels.append(label);
        block.values.append(value);
    } else if (!block.values.isEmpty()) { // a value's further line (psql marks the one before with "+")
        QString &last = block.values.last();
        if (m_style == Style::Psql && last.endsWith(u'+'))
            last.chop(1);
        last += u'\n' + value;
    } else if (block.error.isEmpty()) {
        block.error = tr("line %1 is no field of the record (\"label: value\"): \"%2\"").arg(line.line).arg(text.trimmed());
    }
}

TableRow RecordBlocksReader::rowOf(const Block &block)
{
    ++m_parts.last().rows;
    if (m_lastNumber > 0 && block.number != m_lastNumber + 1)
        m_gaps.append({block.line, tr("%1 to %2").arg(m_lastNumber).arg(block.number)});
    m_lastNumber = block.number;
    TableRow row;
    row.line = block.line;
    row.raw = block.lines.join(u'\n');
    row.error = block.error;
    if (!row.error.isEmpty())
        return row;
    if (block.labels.isEmpty()) {
        row.error = tr("the record has no fields");
        return row;
    }
    row.cells = QStringList(m_labels.size());
    QHash<QString, int> seen; // a label twice (two tables' "id"): the second is the header's second
    for (qsizetype i = 0; i < block.labels.size(); ++i) {
        const QString &label = block.labels.at(i);
        qsizetype at = -1;
        for (int n = seen.value(label); n >= 0; --n)
            at = m_labels.indexOf(label, at + 1);
        if (at < 0) {
            row.cells.clear();
            row.error = tr("the record has the field \"%1\", which the first record has not").arg(label);
            return row;
        }
        ++seen[label];
        row.cells[at] = block.values.at(i);
    }
    return row;
}

QStringList RecordBlocksReader::readingNotes() const
{
    QStringList notes{layoutNote()};
    if (m_parts.size() > 1) {
        QList<int> starts;
        for (const Part &result : m_parts)
            starts.append(result.firstLine);
        notes.append(tr("the file prints %n result(s), each numbering its records from 1 (lines %1)", nullptr,
                        int(m_parts.size()))
                         .arg(QueryToolText::lineList(starts)));
    }
    notes.append(tallyNotes());
    for (const auto &[line, jump] : m_gaps)
        notes.append(tr("the query tool's record numbers jump from %1 (line %2): records may be missing").arg(jump).arg(line));
    return notes;
}

QString RecordBlocksReader::layoutNote() const
{
    const QList<int> tallyLines = this->tallyLines();
    QString counts;
    if (m_parts.size() == 1 && !tallyLines.isEmpty())
        counts = tr("the count the query tool printed after the records (line %1)").arg(tallyLines.first());
    else if (!tallyLines.isEmpty())
        counts = tr("the counts the query tool printed after each result (lines %1)").arg(QueryToolText::lineList(tallyLines));
    const QStringList layout = layoutParts(counts);
    QString note = tr("the file prints each record as a block of lines, a field on each (as MySQL's \\G and psql's "
                      "expanded display print them): each block was read as one row, its line the line of its marker");
    if (!layout.isEmpty())
        note += tr("; its layout is no record and was not counted as rows: %1").arg(layout.join(QStringLiteral(", ")));
    return note;
}

QStringList RecordBlocksReader::tallyNotes() const
{
    QStringList notes;
    for (const Part &result : m_parts) {
        if (!result.tally || result.tallied == result.rows)
            continue;
        notes.append(m_parts.size() == 1
                         ? tr("the query tool counted the records as \"%1\" (line %2), but %n record(s) were read: "
                              "records may be missing", nullptr, int(result.rows))
                               .arg(result.tally->second)
                               .arg(result.tally->first)
                         : tr("the query tool counted the records of the result from line %1 as \"%2\" (line %3), but "
                              "%n record(s) were read: records may be missing", nullptr, int(result.rows))
                               .arg(result.firstLine)
                               .arg(result.tally->second)
                               .arg(result.tally->first));
    }
    return notes;
}
