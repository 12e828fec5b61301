#pragma once

#include "tablereader.h"
#include "xmlsaxparser.h"

#include <QIODevice>

#include <array>

#include <deque>
#include <memory>
#include <string>

/// @brief What the readers of spreadsheets stored as XML share (XmlSpreadsheetReader,
/// OdsReader): a first reading of the whole document for its sheets' names and rows with
/// values (the import names the sheets it does not read before it reads the first row), then
/// the sheet asked for, streamed a piece at a time through a subclass's SAX parser.
class XmlSheetReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XmlSheetReader)
public:
    ~XmlSheetReader() override;
    XmlSheetReader(const XmlSheetReader &) = delete;
    XmlSheetReader &operator=(const XmlSheetReader &) = delete;

    bool next(TableRow &row) override;
    QString fatalError() const override { return m_fatalError; }
    double progress() const override;
    bool isSpreadsheet() const override { return true; }
    bool readsAlone() const override { return true; }
    QList<UnreadPart> unreadParts(const QList<int> &alsoRead = {}) override;
    int partCount() const override { return m_survey ? int(m_survey->sheetNames.size()) : 0; }
    QString partName() const override { return m_survey ? m_survey->sheetNames.value(m_sheetIndex) : QString(); }
    int partIndex() const override { return m_sheetIndex; }
    std::unique_ptr<TableReader> openPart(int part, QString *error) const override;
    std::unique_ptr<TableReader> reopen(QString *error) const override { return openPart(m_sheetIndex, error); }
    QList<int> linesWithReplacedReferences() const override { return irregularRows(XmlSaxParser::IrregularText::ReferenceNamingNoCharacter); }
    QList<int> linesWithControlCharacters() const override { return irregularRows(XmlSaxParser::IrregularText::ControlCharacter); }
    QList<int> hiddenRows() const override { return m_parser ? m_parser->hiddenRows : QList<int>{}; }
    QList<int> formulaRows() const override { return m_parser ? m_parser->formulaRows[0] : QList<int>{}; }
    QList<int> formulaRowsWithoutResult() const override { return m_parser ? m_parser->formulaRows[1] : QList<int>{}; }
    QMap<int, QList<int>> formulaCells() const override { return m_parser ? m_parser->formulaCells[0] : QMap<int, QList<int>>{}; }
    QMap<int, QList<int>> formulaCellsWithoutResult() const override
    {
        return m_parser ? m_parser->formulaCells[1] : QMap<int, QList<int>>{};
    }
    bool partHidden() const override { return m_survey && m_survey->hiddenSheets.contains(m_sheetIndex); }
    QList<int> hiddenColumns() const override { return m_parser ? m_parser->hiddenColumns : QList<int>{}; }
    QMap<int, QList<int>> valuesShownBlank() const override { return m_parser ? m_parser->shownBlank : QMap<int, QList<int>>{}; }

    /// @brief The rows a subclass's SAX callbacks build: of the sheet read (the one whose
    /// number was given), while every sheet's name and rows with values are counted.
    class SheetParser : public XmlSaxParser
    {
    public:
        explicit SheetParser(int only) : m_only(only) {}
        std::deque<TableRow> rows; ///< of the sheet read, parsed and not yet taken
        QStringList sheetNames;    ///< every sheet met so far
        QList<int> rowsWithValues; ///< of every sheet met so far
        QList<int> hiddenSheets;   ///< of the sheets met so far, those the document hides
        /// Of the sheet read, the rows holding text of each IrregularText kind.
        std::array<QList<int>, IrregularKinds> irregularRows;
        QList<int> hiddenRows; ///< of the sheet read, those with a value it hides or filters out
        QList<int> hiddenColumns; ///< of the sheet read, from 0, those it hides or collapses
        QMap<int, QList<int>> shownBlank; ///< of the sheet read, TableReader::valuesShownBlank()
        /// Of the sheet read, the rows with a formula's result read, and with a formula the
        /// document saved no result for (read as empty).
        std::array<QList<int>, 2> formulaRows;
        std::array<QMap<int, QList<int>>, 2> formulaCells; ///< the same, by column (from 0)
        /// @brief Where the XML broke with error(): the sheet met last, in or after which row,
        /// and what could be read of a row it broke in. Meaningful once feed() failed.
        struct Break
        {
            int sheet = -1;
            int line = 0;     ///< the row it broke in, or the one after the last row
            bool inRow = false;
            int lastLine = 0; ///< the last row ended before it (0: none in that sheet)
            QStringList cells;
        };
        Break breakPoint() const;

    protected:
        void startSheet(const QString &name);
        /// @brief Of the sheet met last, @p count columns from @p first (from 0) are hidden.
        void hideColumns(qint64 first, qint64 count);
        /// @brief Of the sheet met last, the cell of the row open at @p column (from 0) holds a
        /// value its number format shows as nothing, in that row and the @p repeats - 1 after it.
        void noteShownBlank(int column, int repeats = 1);
        /// @brief Starts the row at @p line: its cells' text counts towards the 1 MiB a row may hold.
        void startRow(int line);
        /// @brief The cells of the row open, as far as they were read.
        virtual QStringList cellsSoFar() const = 0;
        /// @brief Adds cell text, unless the row has grown past 1 MiB (then it is rejected, not held).
        void appendText(std::string &cell, std::string_view text);
        bool rowTooLong() const { return m_tooLong; }
        /// @brief Ends a row of @p cells (trailing empty ones dropped) at @p line, repeated
        /// @p times, @p hidden by its sheet or not; a row without a value is no row of the table.
        void finishRow(QStringList cells, int line, int times = 1, bool hidden = false);
        static int toInt(std::string_view text, int fallback);
        void irregularText(IrregularText kind) override;
        /// @brief The cell of the row open at @p column (from 0), and the @p repeats - 1 after it,
        /// holds a formula, @p withResult its result saved.
        void noteFormula(int column, bool withResult, int repeats = 1);

    private:
        /// @brief The row @p line holds the row open's formulas of @p kind (0 with a result, 1 without).
        void noteFormulaRow(size_t kind, int line);
        int m_only;
        qsizetype m_rowChars = 0;
        bool m_tooLong = false;
        int m_openLine = 0; ///< of the row open, 0 when none is
        int m_lastLine = 0; ///< the last row the sheet met last ended
        bool m_rowFormula = false; ///< the row open holds a formula's result
        bool m_rowFormulaWithoutResult = false;
        std::array<QList<int>, 2> m_rowFormulaColumns; ///< of the row open: with a result, without
    };

protected:
    /// What the first reading found, shared by the readers of the document's sheets.
    struct Survey
    {
        QStringList sheetNames;
        QList<int> rowsWithValues; ///< of each sheet
        QList<int> hiddenSheets; ///< of the sheets, those the document hides
        /// The XML breaks in this sheet (the last named): its rows before are read, no sheet
        /// after it is known. -1 if the document is whole.
        int damagedSheet = -1;
    };

    XmlSheetReader(const QString &path, int sheet) : m_path(path), m_sheetIndex(sheet) {}
    /// @brief Surveys the document unless @p survey is given, then opens the sheet; called by
    /// the subclass's constructor (it calls the virtual functions below).
    void start(std::shared_ptr<const Survey> survey);
    /// @brief The document's XML from its start, open for reading; nullptr with @p error set.
    virtual std::unique_ptr<QIODevice> openXml(QString *error) const = 0;
    virtual std::unique_ptr<SheetParser> makeParser(int only) const = 0;
    /// @brief Closes @p xml, opened by openXml() and read to its end, and says why what was
    /// read is not what was written (a ZIP entry's CRC-32); empty if it is, or cannot tell.
    virtual QString closeWhole(QIODevice &xml) const
    {
        Q_UNUSED(xml);
        return {};
    }
    /// @brief A reader of another sheet of the same document.
    virtual std::unique_ptr<XmlSheetReader> makePart(int sheet, std::shared_ptr<const Survey> survey) const = 0;
    /// @brief "the XML Spreadsheet cannot be read: <why>", in the subclass's words.
    virtual QString unreadable(const QString &why) const = 0;
    virtual QString noSheet(int sheet) const = 0;

    QString m_path;

private:
    /// @brief The survey of the document at @p xml, or nullptr with the fatal error set. XML
    /// damage after a sheet's first row leaves the sheets met before it.
    std::shared_ptr<const Survey> survey(QIODevice &xml);
    bool parseMore();
    /// @brief The XML broke: in the sheet read, the rows before it are read and the damage is
    /// one rejected row; past that sheet, the sheet simply ended.
    void takeDamage();

    QList<int> irregularRows(XmlSaxParser::IrregularText kind) const;

    int m_sheetIndex = 0;
    std::shared_ptr<const Survey> m_survey;
    std::unique_ptr<QIODevice> m_xml;
    std::unique_ptr<SheetParser> m_parser;
    bool m_ended = false;
    QString m_fatalError;
};
