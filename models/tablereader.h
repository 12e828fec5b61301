#pragma once

#include "htmlpagedecoder.h"

#include "helperprogram.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

/// @brief One row of a table file as read, before any meaning is given to it.
struct TableRow
{
    int line = 0;      ///< 1-based physical line (CSV) or sheet row number (XLSX)
    QStringList cells;
    QString raw;       ///< the record verbatim (cells joined by tabs for spreadsheets)
    QString error;     ///< set when the row could not be read at all (e.g. over 1 MiB)
    bool heading = false; ///< the reader knows it is a table's header (an aligned table's, over its rule)
    /// The columns the record does not have at all (a JSON object without the key), whose cells
    /// are empty: no value, where an empty cell of a table is a value written empty.
    QList<int> absent;
    /// @brief A spreadsheet's row at @p line: its @p cells without the empty ones at its end (a
    /// spreadsheet leaves them out), its raw text the cells joined by tabs; or, with @p error,
    /// that row rejected for it. Nullopt for a row without a value, which is no row of the table.
    static std::optional<TableRow> ofSheet(QStringList cells, int line, const QString &error = {});
    /// @brief How many cells hold more than white space.
    qsizetype filledCount() const
    {
        return std::count_if(cells.cbegin(), cells.cend(), [](const QString &c) { return !c.trimmed().isEmpty(); });
    }
    /// @brief Whether no cell holds anything but white space (stops at the first that does:
    /// every row read asks).
    bool isBlank() const
    {
        return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
    }
};

/// @brief A part of a file the reader does not read (a workbook's further worksheet), with
/// how many of its rows hold anything.
struct UnreadPart
{
    QString name;
    int rows = 0;
    /// The part was searched for a header row and has none the import recognises (imports
    /// before LookupLens read every worksheet with one did not search the later parts).
    bool searched = false;
    /// The worksheet before it, when this one has no header row but its first row fills the
    /// columns of the records there (it may go on from them: TableImporter::Options::
    /// readContinuedWorksheets reads it so); empty otherwise.
    QString continues;
    /// It was searched for records by the columns a mapping numbers (the file has no header
    /// row), and none of its first rows fills them.
    bool byNumber = false;
    /// Why its header row was not read: it fits formats of two evidence classes (HeaderClassCheck).
    QString twoClasses = {};
    /// Why it cannot be read (rows < 0): an analyst asks whether records hide in it. Empty where
    /// the reader does not know, as in sources imported before it was said.
    QString unreadable = {};
    /// It is an array of a JSON file's records (JsonRecordsReader), not a worksheet.
    bool array = false;
    /// Those records are arrays of values (rows of cells), not objects with keys.
    bool ofArrays = false;
};

/// @brief Streams rows from a CSV/TSV text file or one worksheet of an XLSX workbook.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    virtual ~TableReader() = default;

    /// @brief Reads the next row; false at the end of the table or on a fatal error.
    virtual bool next(TableRow &row) = 0;
    /// @brief Set when the file cannot be read at all; the import must then change nothing.
    virtual QString fatalError() const = 0;
    /// @brief Where the part read is damaged, so that nothing after it could be read (the rows
    /// before it were; the damage was the last row, rejected); empty if it is not.
    virtual QString damage() const { return m_damage; }
    /// @brief Whether fatalError() is the part's own stored bytes damaged (its ZIP entry fails its
    /// CRC-32 or does not inflate): nothing read of it can be trusted, but the file's other parts,
    /// stored apart, can.
    virtual bool storedPartDamaged() const { return false; }
    /// @brief What the reading met that the rows do not show (a cell naming a shared string the
    /// workbook lacks, read as empty); known once the part has been read.
    virtual QStringList readingNotes() const { return {}; }
    /// @brief Fraction of the input consumed, 0..1, for progress reporting.
    virtual double progress() const = 0;
    virtual QString kind() const = 0; ///< "csv", "tsv" or "xlsx"
    /// @brief The encoding a text file was read in ("UTF-8", "Windows-1252", …); empty for a
    /// spreadsheet, whose format says.
    virtual QString textEncoding() const { return {}; }
    /// @brief The text is UTF-16 without a byte-order mark, known as such by its zero bytes.
    virtual bool textWithoutByteOrderMark() const { return false; }
    /// @brief The lines of a UTF-8 text file that are not UTF-8, read as Windows-1252.
    virtual QList<int> linesReadAsWindows1252() const { return {}; }
    /// @brief The lines of a UTF-16 text file holding code units that are no text (a surrogate
    /// without its other half), read with U+FFFD in their place.
    virtual QList<int> linesWithUnpairedSurrogates() const { return {}; }
    /// @brief The lines (an HTML page's; a sheet's rows, of XML) holding a character reference
    /// that names no character (`&#xD83D;`), read as U+FFFD. Known once the part has been read.
    virtual QList<int> linesWithReplacedReferences() const { return {}; }
    /// @brief The rows of a sheet, of XML, holding a control character XML does not allow
    /// (U+0001), read as it stands. Known once the part has been read.
    virtual QList<int> linesWithControlCharacters() const { return {}; }
    /// @brief The lines of a CSV file writing a value as Excel's formula of a string
    /// (="+12025550100", which Excel shows as +12025550100), read as that text.
    virtual QList<int> linesWithTextFormulas() const { return {}; }
    /// @brief All six above together.
    TextReading textReading() const;
    /// @brief Whether textReading() is known only once the part has been read (an HTML page's,
    /// decoded as it is parsed), rather than before its rows are.
    virtual bool textReadingKnownAtEnd() const { return false; }
    /// @brief The line a text file ends inside, with no line end after it (so it may have been
    /// cut short); 0 if the file ends with a line end, or is no text file. Known at its end.
    virtual int unterminatedLastLine() const { return 0; }
    virtual bool isSpreadsheet() const { return false; }
    virtual bool date1904() const { return false; }
    /// @brief The parts of the file that hold anything and are neither the part read nor one
    /// of @p alsoRead (by partIndex()); none for a text file.
    virtual QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {})
    {
        Q_UNUSED(alsoRead);
        return {};
    }
    /// @brief The rows of the worksheet read that its spreadsheet application does not show:
    /// hidden, or filtered out. They are in the file and read as every other row; an analyst
    /// counting the rows Excel shows counts fewer. Known once the part has been read.
    virtual QList<int> hiddenRows() const { return {}; }
    /// @brief The rows of the worksheet read with a cell a formula computes, read as the result
    /// the file saved (what the spreadsheet program showed when it saved it). Known once the
    /// part has been read.
    virtual QList<int> formulaRows() const { return {}; }
    /// @brief The rows of the worksheet read with a formula whose result the file does not hold
    /// (its writer left the computing to the spreadsheet program), the cell read as empty; a
    /// row left without a value by it is listed too. Known once the part has been read.
    virtual QList<int> formulaRowsWithoutResult() const { return {}; }
    /// @brief The cells of formulaRows(): by column (from 0), the rows holding one, ascending.
    virtual QMap<int, QList<int>> formulaCells() const { return {}; }
    /// @brief The cells of formulaRowsWithoutResult(), by column as formulaCells().
    virtual QMap<int, QList<int>> formulaCellsWithoutResult() const { return {}; }
    /// @brief Whether the worksheet read is hidden in its workbook (no tab shows it).
    virtual bool partHidden() const { return false; }
    /// @brief The columns of the worksheet read (from 0, ascending) that its spreadsheet program
    /// does not show: hidden, or collapsed in an outline. They are in the file and read as every
    /// other column; an analyst looking at the worksheet does not see them. Known once the part
    /// has been read.
    virtual QList<int> hiddenColumns() const { return {}; }
    /// @brief The cells of the worksheet read whose number format shows their value as nothing
    /// (Excel's ";;;"): by column (from 0), the rows holding one, ascending. Excel shows them
    /// blank; their values are in the file and read. Known once the part has been read.
    virtual QMap<int, QList<int>> valuesShownBlank() const { return {}; }
    /// @brief Adds the columns @p first to @p first + @p count - 1 (from 0) to @p columns, which
    /// stay ascending: none past a worksheet's last column (XFD), whatever a forged span says.
    static void addColumns(QList<int> &columns, qint64 first, qint64 count);
    /// @brief Adds the row @p line to @p cells's rows of @p column, which stay ascending (a row's
    /// cells are read in turn: a second cell of the row adds nothing).
    static void addCell(QMap<int, QList<int>> &cells, int column, int line);
    /// @brief A column's letters as a spreadsheet program names it: 0 "A", 27 "AB".
    static QString columnLetters(int column);
    /// @brief The most rows a spreadsheet program's worksheet of this kind holds (Excel 97-2003's
    /// 65,536, Excel 2007's and LibreOffice's 1,048,576), any of which a file saved from one may
    /// end at: opening a larger file, the program keeps that many rows and drops the rest.
    virtual QList<int> rowLimits() const { return {}; }
    /// @brief What the reader knows of the file that the source's metadata keeps (a PDF's
    /// pages), as keys to add to it; none for most.
    virtual QJsonObject readerMetadata() const { return {}; }
    /// @brief How many parts (a workbook's worksheets) the file has, one of which is read.
    virtual int partCount() const { return 1; }
    /// @brief The name of the part read (a worksheet's), empty for a text file.
    virtual QString partName() const { return {}; }
    /// @brief Whether the parts are arrays of a JSON file's records rather than worksheets.
    virtual bool partsAreArrays() const { return false; }
    /// @brief Whether the header row is the keys of the records (a JSON file's objects), given at
    /// the line of the first record: no row the file writes.
    virtual bool headerIsKeys() const { return false; }
    /// @brief The path of keys of the member whose list names the columns (a JSON object's
    /// `"columns"` beside its rows written as arrays), given at the member's line; empty if the
    /// header is no such list.
    virtual QString columnNamesMember() const { return {}; }
    /// @brief Which part is read (0 ≤ partIndex() < partCount()).
    virtual int partIndex() const { return 0; }
    /// @brief A reader of another part of the same file (0 ≤ @p part < partCount()), sharing
    /// what was read of the file as a whole; nullptr with @p error set if it cannot be read.
    virtual std::unique_ptr<TableReader> openPart(int part, QString *error) const;
    /// @brief A reader of the same part from its first row; nullptr with @p error set if the
    /// file can no longer be read.
    virtual std::unique_ptr<TableReader> reopen(QString *error) const = 0;
    /// @brief The header row read says how many fields a record has: a text reader may use it
    /// to tell a quote closed on another line from a field that spans lines.
    virtual void expectWidth(qsizetype fields) { Q_UNUSED(fields); }
    /// @brief How to tell a row that is a record by itself (its time reads), from the header
    /// read: a reader that joins lines to the record above never joins such a row.
    virtual void setRecordTest(std::function<bool(const TableRow &)> isRecord) { Q_UNUSED(isRecord); }
    /// @brief Whether the reader marks each table's header row it gives (TableRow::heading): a
    /// printout of several tables.
    virtual bool marksHeadings() const { return false; }
    /// @brief Whether next() depends on nothing set once the header row is read (expectWidth(),
    /// the record test) and on no other thread's state: a worksheet's rows, which a
    /// ReadAheadReader may read on a thread of its own ahead of the rows being checked.
    virtual bool readsAlone() const { return false; }
    /// @brief The rows under the header are about to be read to the end: a ReadAheadReader
    /// starts reading them ahead; nothing for the others.
    virtual void readAhead() {}
    /// @brief The first @p count rows of the part read, as written (a fresh reader reads them).
    QList<TableRow> firstRows(int count) const;
    /// @brief The next @p count rows @p reader gives, or as many as are left.
    static QList<TableRow> readRows(TableReader &reader, int count);

    /// @brief Opens @p path read-only and picks the reader from the file's first bytes; of a
    /// workbook, the first worksheet (openPart reads the others). A reader that runs a program
    /// of its own on the file (a PDF's, a legacy workbook's) is watched by @p watch. A PDF
    /// protected by a password is opened with the one of @p passwords that opens it; where none
    /// does (none given, or not its own), @p needsPassword is set beside the error.
    static std::unique_ptr<TableReader> open(const QString &path, QString *error, const ReadWatch &watch = {},
                                             const QStringList &passwords = {}, bool *needsPassword = nullptr);
    /// @brief Why a file named .zip beginning with @p head is no ZIP (cut short before its first
    /// entry's header, or another file misnamed), or empty.
    static QString notAZip(const QString &path, const QByteArray &head);

protected:
    /// @brief The part read is damaged at @p line (@p damage says where and how): the rows
    /// before it are read, the damage is one rejected row holding @p cells, what could be read
    /// of that row, and nothing after it is read.
    void setDamage(const QString &damage, int line, const QStringList &cells);
    /// @brief The damage's row, once, after the rows before it; false if there is none (left).
    bool takeDamageRow(TableRow &row);

private:
    QString m_damage;
    std::optional<TableRow> m_damageRow;
};
