#pragma once

#include "csvreader.h"

#include <memory>

/// @brief A table a query tool printed as text, read a whole line at a time as CsvReader reads
/// lines (encodings, line ends, the 1 MiB limit), with one line read ahead where what a line is
/// shows only in the next (a header by the rule under it, a record by the lines going on with
/// it). Such a reader marks each table's header row it gives.
class PrintedTableReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(PrintedTableReader)
public:
    QString fatalError() const override { return m_lines->fatalError(); }
    double progress() const override { return m_lines->progress(); }
    QString textEncoding() const override { return m_lines->textEncoding(); }
    bool textWithoutByteOrderMark() const override { return m_lines->textWithoutByteOrderMark(); }
    QList<int> linesReadAsWindows1252() const override { return m_lines->linesReadAsWindows1252(); }
    int unterminatedLastLine() const override { return m_lines->unterminatedLastLine(); }
    bool marksHeadings() const override { return true; }

protected:
    explicit PrintedTableReader(std::unique_ptr<CsvReader> lines) : m_lines(std::move(lines)) {}
    /// @brief The lines of @p path, each whole, quotes and all.
    static std::unique_ptr<CsvReader> linesOf(const QString &path);
    /// @brief The same lines from the first; nullptr with @p error set if they cannot be read again.
    std::unique_ptr<CsvReader> linesAgain(QString *error) const;
    /// @brief The next line (the one read ahead, if any) into @p line; false at the end.
    bool nextLine(TableRow &line);
    /// @brief The line after the one last read (read ahead and held), or null at the end.
    const TableRow *peekLine();
    /// @brief Drops the line read ahead: it was read with the one before it.
    void dropPeeked() { m_held.reset(); }
    /// @brief Gives @p line again as the next line.
    void putBack(TableRow line) { m_held = std::move(line); }
    /// @brief The layout a reading note lists, in its order: blank lines, then @p counts (the
    /// tool's counts of the tables read, in the reader's words, if any), the counts of queries
    /// that printed nothing, the tool echoing its commands.
    QStringList layoutParts(const QString &counts) const;

    /// One table, or one result, the tool printed: its first line (a header's, a first marker's),
    /// the rows given below it and the count the tool printed after it.
    struct Part
    {
        int firstLine = 0;
        qint64 rows = 0;
        std::optional<std::pair<int, QString>> tally; ///< the tool's "2 rows selected." line: its line and text
        qint64 tallied = -1;                          ///< the count it gives
    };
    /// @brief Whether @p line is the tool's count after a part: taken as the last part's, or,
    /// that part counted already, as a later query's that printed nothing (m_countsWithoutTable).
    bool takeCount(const TableRow &line);
    /// @brief The lines of the counts the parts were given.
    QList<int> tallyLines() const;

    QList<Part> m_parts;
    int m_blankLines = 0;
    QList<int> m_countsWithoutTable; ///< the tool's counts after one already read: queries printing nothing
    QList<int> m_promptLines;        ///< the tool echoing its commands, below the first table or record

private:
    std::unique_ptr<CsvReader> m_lines;
    std::optional<TableRow> m_held;
};
