#pragma once

#include "tablereader.h"

#include <mutex>

/// @brief Streams one worksheet of a legacy Excel 97–2003 workbook (.xls, BIFF in an OLE2
/// compound file) through FreeXL: text as written, numbers as Excel stores them (a date in a
/// General cell stays a serial number, as in XlsxReader), and a cell Excel formats as a date
/// or time as FreeXL writes it ("2016-09-12 14:03:07", "14:03:07").
class XlsReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)
public:
    /// @brief Reads the worksheet at @p sheet (0 = the first) in workbook order.
    explicit XlsReader(const QString &path, int sheet = 0);
    ~XlsReader() override = default;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    /// @brief Whether @p head (a file's first bytes) opens an OLE2 compound file, as an .xls does.
    static bool isCompoundFile(const QByteArray &head);

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("xls"); }
    bool isSpreadsheet() const override { return true; }
    bool date1904() const override { return m_book->date1904; }
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    int partCount() const override { return m_book->sheetCount; }
    QString partName() const override { return m_sheetName; }
    int partIndex() const override { return m_sheetIndex; }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override { return openPart(m_sheetIndex, error); }

private:
    /// The workbook as FreeXL read it, whole: shared by the readers of its worksheets (each
    /// selects its own before it reads), so a workbook of several record sheets is held once.
    struct Book
    {
        explicit Book(const QString &path);
        ~Book();
        Book(const Book &) = delete;
        Book &operator=(const Book &) = delete;
        const void *handle = nullptr;
        int sheetCount = 0;
        bool date1904 = false;
        QString error;
        std::mutex lock; ///< FreeXL reads the worksheet last selected
    };
    struct Sheet
    {
        QString name;
        unsigned rows = 0;
        unsigned short columns = 0;
    };

    XlsReader(const QString &path, int sheet, std::shared_ptr<Book> book);
    /// @brief Makes @p sheet the one FreeXL reads (the book locked); false if it cannot be.
    bool select(int sheet, Sheet *shown) const;
    /// @brief The cells of row @p row of the selected worksheet, as many as it has columns.
    QStringList cellsOf(unsigned row, unsigned short columns) const;
    /// @brief Rows with a value in the worksheet @p sheet, and its @p name; -1 if it cannot be read.
    int rowsWithValues(int sheet, QString *name) const;
    static QString openError(int code);

    QString m_path;
    std::shared_ptr<Book> m_book;
    int m_sheetIndex = 0;
    QString m_sheetName;
    unsigned m_rows = 0;
    unsigned short m_columns = 0;
    unsigned m_nextRow = 0;
    QString m_fatalError;
};
