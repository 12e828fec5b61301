#include "printedtablereader.h"

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
