#include "printedtablereader.h"

#include "querytooltext.h"

std::unique_ptr<CsvReader> PrintedTableReader::linesOf(const QString &path)
{
    return std::make_unique<CsvReader>(path, QChar(0x1F), CsvReader::Lines::Whole);
}

std::unique_ptr<CsvReader> PrintedTableReader::linesAgain(QString *error) const
{
    auto lines = m_lines->reopen(error);
    return std::unique_ptr<CsvReader>(static_cast<CsvReader *>(lines.release()));
}

bool PrintedTableReader::nextLine(TableRow &line)
{
    if (m_held) {
        line = std::move(*m_held);
        m_held.reset();
        return true;
    }
    return m_lines->next(line);
}

const TableRow *PrintedTableReader::peekLine()
{
    if (!m_held) {
        TableRow after;
        if (!m_lines->next(after))
            return nullptr;
        m_held = std::move(after);
    }
    return &*m_held;
}

QStringList PrintedTableReader::layoutParts(const QString &counts) const
{
    QStringList layout;
    if (m_blankLines > 0)
        layout.append(tr("%n blank line(s)", nullptr, m_blankLines));
    if (!counts.isEmpty())
        layout.append(counts);
    if (!m_countsWithoutTable.isEmpty())
        layout.append(QueryToolText::countsWithoutTableNote(m_countsWithoutTable));
    if (!m_promptLines.isEmpty())
        layout.append(QueryToolText::promptNote(m_promptLines));
    return layout;
}

bool PrintedTableReader::takeCount(const TableRow &line)
{
    if (m_parts.isEmpty() || !line.error.isEmpty())
        return false;
    const auto count = QueryToolText::tallyCount(line.raw);
    if (!count)
        return false;
    Part &part = m_parts.last();
    if (part.tally) { // a later query's, which printed no table ("Empty set")
        m_countsWithoutTable.append(line.line);
        return true;
    }
    part.tally = {line.line, line.raw.trimmed()};
    part.tallied = *count;
    return true;
}

QList<int> PrintedTableReader::tallyLines() const
{
    QList<int> lines;
    for (const Part &part : m_parts) {
        if (part.tally)
            lines.append(part.tally->first);
    }
    return lines;
}
