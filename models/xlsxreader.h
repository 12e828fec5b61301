#pragma once

#include "shownblank.h"
#include "spreadsheettime.h"
#include "tablereader.h"
#include "xlsxsheetparser.h"

#include <memory>
#include <optional>
#include <vector>

class OpcRelationships;
class QXmlStreamReader;
class QuaZip;
class QuaZipFile;

/// @brief Streams one worksheet of an XLSX workbook (naming the others that hold anything): shared strings, inline strings,
/// numbers (dates stay serial numbers; the importer reads them knowing the column). A number in
/// a time or duration format (no date) is written as the sheet shows it: "14:03:07", "0:01:05".
class XlsxReader final : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    /// @brief What a cell style's number format shows of a time when it shows no date.
    using TimeStyle = SpreadsheetTime::Style;

    /// @brief Reads the worksheet at @p sheet (0 = the first) in workbook order.
    explicit XlsxReader(const QString &path, int sheet = 0);
    /// @brief Whether a ZIP holding the entries @p names is an Office Open XML package (a
    /// workbook, an .xlsb, any Office document) rather than a folder of files zipped.
    static bool isOfficePackage(const QStringList &names);
    /// @brief @p text with OOXML's escapes of characters XML cannot hold undone ("_x000D_").
    static QString unescapeXstring(QString text);
    ~XlsxReader() override;

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    bool storedPartDamaged() const override { return m_entryDamaged; }
    double progress() const override;
    QString kind() const override { return QStringLiteral("xlsx"); }
    QList<int> rowLimits() const override { return {1048576}; }
    bool isSpreadsheet() const override { return true; }
    bool readsAlone() const override { return true; }
    bool date1904() const override { return m_workbook && m_workbook->date1904; }
    /// @brief The worksheets not read that hold a cell with a value, in workbook order.
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    int partCount() const override { return m_workbook ? int(m_workbook->sheets.size()) : 0; }
    QString partName() const override { return m_sheetName; }
    int partIndex() const override { return m_sheetIndex; }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override { return openPart(m_sheetIndex, error); }
    QStringList readingNotes() const override;
    /// The rows with a reference naming no character, in a cell or a shared string they show.
    QList<int> linesWithReplacedReferences() const override { return m_irregularRows[0]; }
    QList<int> linesWithControlCharacters() const override { return m_irregularRows[1]; }
    QList<int> hiddenRows() const override { return m_hiddenRows; }
    QList<int> formulaRows() const override { return m_formulaRows[0]; }
    QList<int> formulaRowsWithoutResult() const override { return m_formulaRows[1]; }
    QMap<int, QList<int>> formulaCells() const override { return m_formulaCells[0]; }
    QMap<int, QList<int>> formulaCellsWithoutResult() const override { return m_formulaCells[1]; }
    bool partHidden() const override { return m_workbook && m_workbook->hiddenSheets.contains(m_sheetIndex); }
    QList<int> hiddenColumns() const override { return m_parser ? m_parser->hiddenColumns() : QList<int>{}; }
    QMap<int, QList<int>> valuesShownBlank() const override { return m_shownBlank; }

private:
    /// What every worksheet of a workbook shares: read once, however many worksheets are read
    /// (a cover sheet is tried before the records; a million rows' shared strings take seconds).
    struct Workbook
    {
        /// The shared strings end to end, each ending where the next begins: a sheet of a
        /// million rows has a million distinct times, and a QString each would cost twice the
        /// memory and a cache miss per cell read.
        QString sharedText;
        std::vector<qsizetype> sharedEnds;
        /// The shared strings holding text of each XmlSaxParser::IrregularText kind, ascending.
        std::array<std::vector<qsizetype>, XmlSaxParser::IrregularKinds> sharedIrregular;
        QList<TimeStyle> timeStyles; ///< per cell style
        QList<ShownBlank> shownBlank; ///< per cell style: the values its number format shows as nothing
        QList<QPair<QString, QString>> sheets; ///< name and part of each worksheet, in workbook order
        QList<int> hiddenSheets; ///< of sheets, those the workbook hides (state "hidden" or "veryHidden")
        bool date1904 = false;
        /// The parts the workbook's relationships name (else Excel's names for them).
        QString sharedStringsPart;
        QString stylesPart;
    };

    XlsxReader(const QString &path, int sheet, std::shared_ptr<const Workbook> workbook);
    /// @brief Reads the part named @p name (compared as OPC compares part names: ignoring
    /// case); false if it is not there, or with the fatal error set if it cannot be read.
    bool readEntry(const QString &name, QByteArray *out);
    /// @brief The workbook's part as the package's relationships name it, else Excel's name for
    /// it; nothing if the package's relationships cannot be read.
    std::optional<QString> workbookPart();
    bool readWorkbook(Workbook &workbook);
    /// @brief Reads the workbook part's list of worksheets into @p sheets (name, relationship
    /// id) and its date system; false, with the fatal error set, where its XML is damaged.
    bool readSheetList(QXmlStreamReader &xml, const QString &part, Workbook &book, QList<QPair<QString, QString>> &sheets);
    /// @brief Where the shared strings and styles are: as the relationships name them, else where
    /// Excel puts them beside the workbook part @p part.
    static void placeParts(const OpcRelationships &relationships, const QString &part, Workbook &book);
    /// @brief Why a ZIP without its workbook part cannot be read (an .xlsb, or not a workbook).
    QString notAWorkbook(const QString &workbookPart);
    bool readSharedStrings(Workbook &workbook);
    bool readStyles(Workbook &workbook);
    /// @brief Opens the worksheet at @p sheet for streaming.
    void openSheet(int sheet);
    /// @brief Rows with a value in the worksheet at @p path; -1 if it cannot be read, and
    /// @p why says why.
    int rowsWithValues(const QString &path, QString *why);
    /// @brief A cell's name as Excel shows it ("C9") from its 0-based @p column and its row.
    static QString cellName(int column, int line);
    /// @brief Parses more of the worksheet; false at its end, on an error, or where its XML
    /// is damaged.
    bool parseMore();
    /// @brief Reads the rest of the worksheet's entry unparsed and checks its CRC-32; false,
    /// with the fatal error set, if the ZIP says it is not what was written.
    bool sheetEntryIsWhole();
    /// @brief Takes the worksheet's XML damaged by the parser's error: the rows before it are
    /// read, the damage becomes one rejected row, nothing after it is read.
    void takeDamage();
    void fillRow(const XlsxSheetParser::Row &parsed, TableRow &row) const;
    void noteIrregular(size_t kind, int line) const;
    void noteFormulas(const XlsxSheetParser::Row &parsed, const TableRow &row) const;
    /// @brief Notes the cell @p cell of the row at @p line if its number format shows it blank.
    void noteShownBlank(const XlsxSheetParser::Row &parsed, const XlsxSheetParser::Cell &cell) const;

    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    std::unique_ptr<XlsxSheetParser> m_parser;
    qint64 m_sheetRead = 0; ///< bytes of the worksheet's XML parsed
    bool m_sheetEnded = false;
    bool m_entryDamaged = false; ///< the worksheet's ZIP entry failed its CRC-32 or did not inflate
    std::shared_ptr<const Workbook> m_workbook;
    int m_sheetIndex = 0;
    QString m_sheetName;
    qint64 m_sheetSize = 0;
    QString m_fatalError;
    /// Cells naming a shared string the workbook does not have (read as empty), and the first.
    mutable int m_danglingStrings = 0;
    mutable std::array<QList<int>, XmlSaxParser::IrregularKinds> m_irregularRows; ///< by IrregularText kind
    mutable QString m_firstDangling;
    mutable QList<int> m_hiddenRows;
    mutable QMap<int, QList<int>> m_shownBlank; ///< valuesShownBlank()
    mutable std::array<QList<int>, 2> m_formulaRows; ///< with a formula's result; with a formula without one
    mutable std::array<QMap<int, QList<int>>, 2> m_formulaCells; ///< the same, by column
};
