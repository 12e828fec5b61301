#pragma once

#include "csvreader.h"

#include <memory>

/// @brief A table printed as aligned text, as SQL*Plus spools it, SQL Server prints "results to
/// text" and report writers print theirs: a header line, under it a rule of dashes under each
/// column ("---------- --------"), then records whose cells stand in the columns the rule marks.
/// Lines are read as CsvReader reads them (encodings, line ends, the 1 MiB limit), each cut into
/// cells at the rule's columns; its raw text is the line as written. The rule, the header and
/// rule repeated on every page of a printout, blank lines and the count the query tool prints
/// after the table are layout, not records: they are not rows, and a reading note counts them,
/// and says whether that count is the number of rows read.
class AlignedTextReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(AlignedTextReader)
public:
    /// @brief Where the columns a @p rule line marks under @p header begin, if it is such a
    /// rule: two or more runs of dashes parted by spaces, each under text of the header, the
    /// header blank between them. Empty if it is none.
    static QList<qsizetype> ruleColumns(QStringView header, QStringView rule);
    /// @brief A reader of @p path if its first lines hold a header over a rule; else nullptr.
    static std::unique_ptr<AlignedTextReader> ifAligned(const QString &path);

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_lines->fatalError(); }
    double progress() const override { return m_lines->progress(); }
    QString kind() const override { return QStringLiteral("aligned-text"); }
    QString textEncoding() const override { return m_lines->textEncoding(); }
    QList<int> linesReadAsWindows1252() const override { return m_lines->linesReadAsWindows1252(); }
    int unterminatedLastLine() const override { return m_lines->unterminatedLastLine(); }
    QStringList readingNotes() const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override;

private:
    AlignedTextReader(std::unique_ptr<CsvReader> lines, QString header, QList<qsizetype> starts);
    /// @brief The next line of the file that is not layout, into @p row; false at the end.
    bool nextLine(TableRow &row);
    bool isLayout(const TableRow &line);
    /// @brief Whether @p line is the count a query tool prints after its table ("2 rows
    /// selected.", "(2 rows affected)", "2 rows in set (0.00 sec)"), kept to check against.
    bool isTally(const TableRow &line);
    QStringList cellsOf(QStringView line) const;

    std::unique_ptr<CsvReader> m_lines;
    QString m_header; ///< the header line, its end's spaces trimmed
    QList<qsizetype> m_starts;
    std::optional<TableRow> m_held; ///< a line read ahead, to see whether a header repeated is one
    bool m_headerSeen = false;
    bool m_givingHeader = false; ///< the line next() gives is the header
    int m_repeatedHeaders = 0;
    int m_blankLines = 0;
    qint64 m_rowsAfterHeader = 0;                 ///< lines given as rows after the header's
    std::optional<std::pair<int, QString>> m_tally; ///< the tool's "2 rows selected." line: its line and text
    qint64 m_tallied = -1;                        ///< the count it gives
};
