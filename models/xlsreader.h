#pragma once

#include "helperprogram.h"
#include "tablereader.h"
#include "xlsdump.h"

#include <memory>

/// @brief Streams one worksheet of a legacy Excel 97–2003 workbook (.xls, BIFF in an OLE2
/// compound file) as FreeXL reads it, in a process of its own (lookuplens-xls): text as
/// written, numbers as Excel stores them (a date in a General cell stays a serial number, as
/// in XlsxReader), and a cell Excel formats as a date or time as FreeXL writes it
/// ("2016-09-12 14:03:07", "14:03:07").
class XlsReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)
public:
    /// @brief Reads the worksheet at @p sheet (0 = the first) in workbook order.
    /// @p watch may stop the workbook's reader (an import cancelled).
    explicit XlsReader(const QString &path, int sheet = 0, const ReadWatch &watch = {});
    ~XlsReader() override = default;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    /// @brief Whether @p head (a file's first bytes) opens an OLE2 compound file, as an .xls does.
    static bool isCompoundFile(const QByteArray &head);
    /// @brief How a file is encrypted with a password: none; an Office file whose whole package
    /// (an .xlsx) is one encrypted stream, as Excel 2007 and later encrypt one; or an Excel 97-2003
    /// workbook whose workbook stream is in RC4, as "Password to open" encrypts one.
    enum class Encryption { None, Package, WorkbookStream };
    /// @brief How the file at @p path is encrypted, from its compound file's directory and first
    /// sector of its workbook stream (read once).
    static Encryption encryptionOf(const QString &path);
    static bool isEncryptedPackage(const QString &path) { return encryptionOf(path) == Encryption::Package; }
    /// @brief The lookuplens-xls program: $LOOKUPLENS_XLS_HELPER, else beside the running
    /// program, else where the build or the installation put it.
    static HelperProgram helper();

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("xls"); }
    QList<int> rowLimits() const override { return {65536}; }
    QList<int> hiddenRows() const override { return m_hiddenRows; }
    QList<int> formulaRows() const override { return m_sheet ? rowsReadOf(m_sheet->formulaRows) : QList<int>{}; }
    QList<int> formulaRowsWithoutResult() const override
    {
        return m_sheet ? rowsReadOf(m_sheet->formulaRowsWithoutResult) : QList<int>{};
    }
    QMap<int, QList<int>> formulaCells() const override { return m_sheet ? cellsReadOf(m_sheet->formulaCells) : QMap<int, QList<int>>{}; }
    QMap<int, QList<int>> formulaCellsWithoutResult() const override
    {
        return m_sheet ? cellsReadOf(m_sheet->formulaCellsWithoutResult) : QMap<int, QList<int>>{};
    }
    bool partHidden() const override { return m_sheet && m_sheet->hidden; }
    QList<int> hiddenColumns() const override { return m_sheet ? m_sheet->hiddenColumns : QList<int>{}; }
    QMap<int, QList<int>> valuesShownBlank() const override { return m_sheet ? m_sheet->shownBlank : QMap<int, QList<int>>{}; }
    bool isSpreadsheet() const override { return true; }
    bool date1904() const override { return m_book->dump.date1904; }
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    int partCount() const override { return int(m_book->dump.sheets.size()); }
    QString partName() const override { return m_sheet ? m_sheet->name : QString(); }
    int partIndex() const override { return m_sheetIndex; }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override { return openPart(m_sheetIndex, error); }

private:
    /// The workbook as lookuplens-xls read it, whole: shared by the readers of its worksheets.
    struct Book
    {
        Book(const QString &path, const ReadWatch &watch);
        XlsDump::Book dump;
        QString error;
    };

    XlsReader(const QString &path, int sheet, std::shared_ptr<const Book> book);
    /// @brief Rows with a value in the worksheet @p sheet; -1 if it cannot be read.
    int rowsWithValues(const XlsDump::Sheet &sheet) const;
    static QString openError(int code);
    /// @brief Those of @p rows (ascending) the reading has got to.
    QList<int> rowsReadOf(const QList<int> &rows) const;
    /// @brief rowsReadOf() for each column of @p cells; a column left without any row, dropped.
    QMap<int, QList<int>> cellsReadOf(const QMap<int, QList<int>> &cells) const;

    QString m_path;
    std::shared_ptr<const Book> m_book;
    int m_sheetIndex = 0;
    const XlsDump::Sheet *m_sheet = nullptr;
    qsizetype m_next = 0; ///< the next of the sheet's rows with text
    QList<int> m_hiddenRows; ///< the rows read so far that Excel does not show
    int m_readTo = 0; ///< the last row read (INT_MAX once all are)
    QString m_fatalError;
};
