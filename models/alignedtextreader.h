#pragma once

#include "printedtablereader.h"

#include <QSet>

#include <memory>

/// @brief A table printed as aligned text, as SQL*Plus spools it, SQL Server prints "results to
/// text" and report writers print theirs: a header line, under it a rule of dashes under each
/// column ("---------- --------"), then records whose cells stand in the columns the rule marks.
/// Lines are read as CsvReader reads them (encodings, line ends, the 1 MiB limit), each cut into
/// cells at the rule's columns; its raw text is the line as written. The rule, the header and
/// rule repeated on every page of a printout, blank lines and the count the query tool prints
/// after the table are layout, not records: they are not rows, and a reading note counts them,
/// and says whether that count is the number of rows read. A spool of several queries prints
/// several tables, each under a header and rule of its own: each is cut by its own columns, its
/// header given as a row for the importer to read as another part's.
class AlignedTextReader final : public PrintedTableReader
{
    Q_DECLARE_TR_FUNCTIONS(AlignedTextReader)
public:
    /// @brief Where the columns a @p rule line marks under @p header begin, if it is such a
    /// rule: two or more runs of dashes parted by spaces, each under text of the header, the
    /// header blank between them. Empty if it is none.
    static QList<qsizetype> ruleColumns(QStringView header, QStringView rule);
    /// @brief Where the columns of a table without a rule begin, if @p header is its headings:
    /// three or more, parted by two spaces or more, no delimiter among them. Empty if not.
    static QList<qsizetype> headingColumns(QStringView header);
    /// @brief @p starts (headingColumns()) with the columns whose headings @p header sets one
    /// space apart from the one before, told by the @p records below it (up to a blank line).
    static QList<qsizetype> splitByRecords(QStringView header, QList<qsizetype> starts, const QStringList &records);
    /// @brief @p starts (headingColumns()) moved to where the columns begin that the @p records
    /// below (up to a blank line) show, where a heading stands after values wider than it
    /// (centred over its column, or at its right).
    static QList<qsizetype> alignToRecords(QStringView header, QList<qsizetype> starts, const QStringList &records);
    /// @brief A reader of @p path if its first lines hold a header over a rule, or headings over
    /// records keeping to their columns; else nullptr.
    static std::unique_ptr<AlignedTextReader> ifAligned(const QString &path);

    bool next(TableRow &row) override;
    QString kind() const override { return QStringLiteral("aligned-text"); }
    QStringList readingNotes() const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override;
    void setRecordTest(std::function<bool(const TableRow &)> isRecord) override { m_isRecord = std::move(isRecord); }
    /// @brief The lines printed at the head or foot of every page (a PDF's letterhead, page
    /// numbers, a footer): below the first table's header they are layout, not rows, unless a
    /// line reads as a record by itself (setRecordTest()).
    void setPageFurniture(QSet<int> lines) { m_furniture = std::move(lines); }

private:
    AlignedTextReader(std::unique_ptr<CsvReader> lines, QString header, QList<qsizetype> starts);
    bool isLayout(const TableRow &line);
    /// @brief Whether @p line is a header over a rule, the rule read with it: a table's first,
    /// another table's (its columns used from here on), or a page's repeated (layout, true).
    bool isHeading(const TableRow &line);
    /// @brief ifAligned() for a table without a rule: of @p path, whose first @p lines they are.
    static std::unique_ptr<AlignedTextReader> rulelessReader(const QString &path, const QStringList &lines);
    /// @brief isHeading() for a table without a rule: its headings again, atop a later page.
    bool isRulelessHeading(const TableRow &line);
    /// @brief Where each of @p headings stands in @p text, one after another; empty if one does not.
    static QList<qsizetype> headingPlaces(QStringView text, const QStringList &headings);
    /// @brief Whether @p line, below a table without a rule, begins another such table: headings
    /// of other columns over a record keeping to them. It becomes the table read (its header
    /// given as a row, marked), and is no layout.
    bool isAnotherRulelessTable(const TableRow &line);
    /// @brief Whether @p line is the first of headings on two lines (isUpperHeadingLine()):
    /// above the first table's, kept to be read with them; atop a later page, layout.
    bool isUpperHeading(const TableRow &line);
    /// @brief Joins to @p row, the first table's header, the line of headings above it.
    void joinUpperHeading(TableRow &row) const;
    /// @brief Whether @p upper, just above the headings @p lower whose columns begin at
    /// @p starts, holds the first words of headings on two lines.
    static bool isUpperHeadingLine(QStringView upper, QStringView lower, const QList<qsizetype> &starts);
    /// @brief Whether @p line is one printed on every page (setPageFurniture()), counted so.
    bool isFurniture(const TableRow &line);
    /// @brief A table begins with its header at @p headerLine, which next() gives.
    void beginTable(int headerLine);
    QStringList cellsOf(QStringView line) const;
    /// @brief @p line's cells, cut where @p starts says columns begin.
    static QStringList cutAt(QStringView line, const QList<qsizetype> &starts);
    /// @brief Where @p column ends: before the space parting it from the next, or the rule's end.
    qsizetype columnEnd(qsizetype column) const;
    /// @brief Where a value the query tool cut to go on with it below (SQL*Plus's WRAPPED
    /// columns) was cut: at its column's last place, or on a space just before it.
    enum class Cut { None, AtLastPlace, AtSpace };
    /// @brief Whether, and where, @p line's value in @p column looks cut short.
    Cut cutOf(QStringView line, qsizetype column) const;
    /// @brief Whether @p line holds only the rest of values cut short (@p cuts) in the line above.
    bool continues(QStringView line, const QList<Cut> &cuts) const;
    /// @brief Joins to @p row the lines below holding the rest of its values cut short, each
    /// value's parts joined as they were cut, the raw text the lines as written.
    void joinWrapped(TableRow &row);
    /// @brief Joins to @p row, a record of a table without a rule, the lines below holding only
    /// the rest of its values wrapped within their columns, each joined with a space.
    void joinWrappedInColumns(TableRow &row);
    /// @brief Whether the report centres a record's one-line values beside a value it wraps over
    /// several lines (rowsCentred()): the value's first lines then stand above the record.
    bool centred();
    /// @brief Whether, in the whole text, a table's first record has lines holding only parts of
    /// values wrapped within their columns above it, under the headings, and as many below it, and
    /// no first record has a different number below: a line above a first record goes on with no
    /// record, so the rows are centred.
    bool rowsCentred() const;
    /// @brief Whether @p line, in a table whose rows are centred, holds only parts of values of
    /// a record below it (or of the record above, which joinCentred() takes first).
    bool isPartOfARecord(const TableRow &line) const;
    /// @brief Joins to @p row, a record of a table whose rows are centred, the lines held above it
    /// (m_above) and as many lines below it holding only parts of its values.
    void joinCentred(TableRow &row);
    /// @brief Gives the lines held above a record as rows of their own when no record follows
    /// them; false if none were held.
    bool releaseAbove();
    /// @brief Which columns of @p line psql marked "+": their values go on on the next line.
    QList<bool> newlineMarks(QStringView line) const;
    /// @brief Joins to @p row the lines below going on with its values psql marked "+", each
    /// value's lines parted by a line break, the raw text the lines as written.
    void joinMarkedLines(TableRow &row);
    /// @brief Whether a column of @p line holds digits that, with the number of @p row above
    /// them, would make a number longer than any phone number: not the rest of it.
    bool tooLongForANumber(const TableRow &row, QStringView line) const;
    /// @brief Whether @p line, cut by the columns, is a record by itself (setRecordTest()).
    bool standsAlone(const TableRow &line) const;
    /// @brief @p line with its cells cut by the current table's columns.
    TableRow cutByColumns(const TableRow &line) const;

    /// @brief What of the file was layout, in words; empty if nothing was.
    QString layoutNote() const;
    QStringList tallyNotes() const;

    const QString m_firstHeader; ///< the header ifAligned() found, which the first table's is
    const QList<qsizetype> m_firstStarts;
    QString m_header; ///< the current table's header line, its end's spaces trimmed
    QList<qsizetype> m_starts; ///< where the current table's columns begin
    qsizetype m_lastEnd = 0;   ///< where the current table's rule ends
    bool m_barred = false;     ///< the current table is drawn with bars and "+" (psql, MySQL), never cut short
    bool m_psql = false;       ///< the current table is psql's, which marks values going on with "+"
    bool m_ruleless = false;   ///< the columns are where the headings begin: no rule, no widths
    QList<int> m_wrappedLines; ///< lines joined to the record above by joinWrapped(), joinWrappedInColumns()
    QList<int> m_markedLines;  ///< lines joined to the record above by joinMarkedLines()
    std::optional<bool> m_centred; ///< see centred(); known at the first line read
    QList<TableRow> m_above;       ///< lines held for the record below them (centred rows)
    QList<TableRow> m_released;    ///< lines held that no record followed, given as rows
    QList<int> m_aboveLines;       ///< lines joined to the record below them by joinCentred()
    std::function<bool(const TableRow &)> m_isRecord; ///< see setRecordTest()
    bool m_givingHeader = false; ///< the line next() gives is a header
    bool m_afterLayout = true;   ///< the line before the one read was layout, not a row
    int m_repeatedHeaders = 0;
    QString m_upperHeading;     ///< the first line of headings on two lines (ifAligned()), if any
    TableRow m_upperLine;       ///< that line, as read above the first table's header
    QSet<int> m_furniture;      ///< see setPageFurniture()
    QList<int> m_furnitureLines; ///< those read as layout
};
