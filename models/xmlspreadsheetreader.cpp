#include "xmlspreadsheetreader.h"

#include "shownblank.h"
#include "spreadsheettime.h"
#include "textdecoding.h"

#include <QFile>

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace {

/// The rows of an XML Spreadsheet's <Worksheet>s: <Row>, <Cell>, <Data>.
class SpreadsheetParser final : public XmlSheetReader::SheetParser
{
public:
    using SheetParser::SheetParser;

protected:
    void startElement(std::string_view name, const Attributes &attributes) override
    {
        if (name == "Style") { // <Styles><Style ss:ID="s62"><NumberFormat ss:Format=";;;"/>
            m_styleId = std::string(attributes.value("ID"));
            if (const std::string_view parent = attributes.value("Parent"); !parent.empty())
                m_styleParents[m_styleId] = std::string(parent);
        } else if (name == "NumberFormat" && !m_styleId.empty()) {
            m_stylesWithFormat.insert(m_styleId);
            const QString format = QString::fromUtf8(attributes.value("Format"));
            if (const ShownBlank blank = ShownBlank::byFormat(format); blank.any())
                m_shownBlank[m_styleId] = blank;
            if (const SpreadsheetTime::Style style = timeStyleOf(format); style != SpreadsheetTime::Style::None)
                m_timeStyles[m_styleId] = style;
        } else if (name == "Worksheet") {
            startSheet(QString::fromUtf8(attributes.value("Name")));
            m_rowNumber = 0;
            m_columnNumber = 0;
            m_columnStyles.clear();
        } else if (name == "Column" && !m_inRow && !sheetNames.isEmpty()) {
            startColumn(attributes);
        } else if (name == "Row" && !sheetNames.isEmpty()) {
            m_rowNumber = toInt(attributes.value("Index"), m_rowNumber + 1);
            const std::string_view hidden = attributes.value("Hidden"); // ss:Hidden
            m_rowHidden = hidden == "1" || hidden == "true";
            m_rowStyle = std::string(attributes.value("StyleID"));
            m_cells.clear();
            startRow(m_rowNumber);
            m_inRow = true;
        } else if (name == "Cell" && m_inRow) {
            const int column = toInt(attributes.value("Index"), int(m_cells.size()) + 1) - 1;
            while (m_cells.size() < qMin(column, 16384))
                m_cells.append(QString());
            m_span = qBound(0, toInt(attributes.value("MergeAcross"), 0), 256);
            m_formula = !attributes.value("Formula").empty(); // ss:Formula, its result the cell's <Data>
            m_cellStyle = formatStyleOf(cellStyleId(attributes.value("StyleID"), column));
            m_dataType.clear();
            m_text.clear();
        } else if (name == "Comment") {
            ++m_comment; // a note on the cell, not its value
        } else if (name == "Data" && m_inRow && m_comment == 0) {
            m_inData = true;
            m_dataType = std::string(attributes.value("Type"));
        } else if (name == "Visible" && !sheetNames.isEmpty()) { // WorksheetOptions: SheetHidden, SheetVeryHidden
            m_inVisible = true;
            m_visible.clear();
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "Visible" && m_inVisible) {
            m_inVisible = false;
            if (m_visible.starts_with("Sheet") && m_visible.ends_with("Hidden"))
                hiddenSheets.append(int(sheetNames.size()) - 1);
        } else if (name == "Style") {
            m_styleId.clear();
        } else if (name == "Data") {
            m_inData = false;
        } else if (name == "Comment") {
            m_comment = qMax(0, m_comment - 1);
        } else if (name == "Cell" && m_inRow) {
            if (m_formula)
                noteFormula(int(m_cells.size()), !m_text.empty());
            if (!m_text.empty() && shownBlank())
                noteShownBlank(int(m_cells.size()));
            m_cells.append(rowTooLong() ? QString() : cellValue());
            for (int i = 0; i < m_span; ++i)
                m_cells.append(QString());
        } else if (name == "Row" && m_inRow) {
            m_inRow = false;
            finishRow(m_cells, m_rowNumber, 1, m_rowHidden);
        }
    }

    void characters(std::string_view text) override
    {
        if (m_inData)
            appendText(m_text, text);
        else if (m_inVisible && m_visible.size() < 64)
            m_visible.append(text);
    }

    QStringList cellsSoFar() const override { return m_cells; }

private:
    /// <Column ss:Index="3" ss:Span="1" ss:Hidden="1"/>: columns 3 and 4 (from 1), a Span being
    /// how many more than one there are.
    void startColumn(const Attributes &attributes)
    {
        const int first = qBound(0, toInt(attributes.value("Index"), m_columnNumber + 1) - 1, 16384);
        const int count = qBound(0, toInt(attributes.value("Span"), 0), 16384) + 1;
        const std::string_view hidden = attributes.value("Hidden");
        if (hidden == "1" || hidden == "true")
            hideColumns(first, count);
        m_columnNumber = qMin(first + count, 16384);
        // Kept as a span: a sheet of thousands of <Column>s each spanning 16,384 columns is read
        // in no more time than its cells take.
        if (const std::string_view style = attributes.value("StyleID"); !style.empty() && first < m_columnNumber)
            m_columnStyles.insert_or_assign(first, std::pair{m_columnNumber - 1, std::string(style)});
    }

    /// @brief The style a cell of column @p column (from 0) takes: its own (@p own), else its
    /// row's, else its column's, else the workbook's "Default", as Excel applies them.
    std::string cellStyleId(std::string_view own, int column) const
    {
        if (!own.empty())
            return std::string(own);
        if (!m_rowStyle.empty())
            return m_rowStyle;
        auto span = m_columnStyles.upper_bound(column); // the span starting nearest before it
        if (span != m_columnStyles.cbegin() && column <= (--span)->second.first)
            return span->second.second;
        return std::string("Default");
    }

    /// @brief The style whose number format @p id shows: itself, or the nearest style it
    /// inherits from (ss:Parent) that has one; empty if none has.
    std::string formatStyleOf(std::string id) const
    {
        for (int depth = 0; depth < 32 && !id.empty(); ++depth) { // a loop of parents ends too
            if (m_stylesWithFormat.contains(id))
                return id;
            const auto parent = m_styleParents.find(id);
            id = parent != m_styleParents.cend() ? parent->second : std::string();
        }
        return {};
    }

    /// @brief Whether the cell ending shows its value as nothing, by its style's number format
    /// (a date is a positive number to it).
    bool shownBlank() const
    {
        const auto style = m_shownBlank.find(m_cellStyle);
        if (style == m_shownBlank.cend())
            return false;
        if (m_dataType == "Number")
            return style->second.hidesNumber(QString::fromUtf8(m_text));
        return m_dataType == "DateTime" ? style->second.positive : m_dataType == "String" && style->second.text;
    }

    /// @brief A number format's time, by its code or Excel's name for it ("Short Time").
    static SpreadsheetTime::Style timeStyleOf(const QString &format)
    {
        static const QStringList clocks{QStringLiteral("Long Time"), QStringLiteral("Medium Time"), QStringLiteral("Short Time")};
        return clocks.contains(format) ? SpreadsheetTime::Style::Clock : SpreadsheetTime::styleOf(-1, format);
    }

    /// @brief The value of the cell ending: as written, but a time Excel writes as a DateTime
    /// from its day 0 ("1899-12-31T01:02:05.500") in a time format as the time it shows
    /// ("1:02:05.500"), as the other workbook formats' readers write it.
    QString cellValue() const
    {
        const QString written = QString::fromUtf8(m_text);
        const auto style = m_timeStyles.find(m_cellStyle);
        if (m_dataType != "DateTime" || style == m_timeStyles.cend())
            return written;
        const std::optional<double> serial = SpreadsheetTime::serialOfDateTime(written);
        const QString shown = serial ? SpreadsheetTime::shownTime(*serial, style->second) : QString();
        return shown.isEmpty() ? written : shown; // a clock over a moment: the moment, date and all
    }

    std::unordered_map<std::string, ShownBlank> m_shownBlank; ///< the styles whose number format hides a value
    std::unordered_map<std::string, SpreadsheetTime::Style> m_timeStyles; ///< the styles whose number format shows a time
    std::unordered_map<std::string, std::string> m_styleParents; ///< ss:Parent of each style having one
    std::unordered_set<std::string> m_stylesWithFormat;          ///< the styles with a <NumberFormat> of their own
    std::map<int, std::pair<int, std::string>> m_columnStyles;   ///< the sheet's <Column> styles: first -> {last, style}
    std::string m_styleId;   ///< of the <Style> open
    std::string m_rowStyle;  ///< of the <Row> open
    std::string m_cellStyle; ///< the style giving the number format of the <Cell> open, or empty
    std::string m_dataType;  ///< of its <Data>: Number, String, DateTime, Boolean
    int m_rowNumber = 0;
    int m_columnNumber = 0; ///< of the last <Column> ended, counted from 1 (0 before the first)
    bool m_rowHidden = false;
    bool m_inRow = false;
    bool m_inData = false;
    bool m_formula = false; ///< the cell open holds a formula
    bool m_inVisible = false;
    std::string m_visible; ///< the text of a <Visible>
    int m_comment = 0;
    int m_span = 0;
    QStringList m_cells;
    std::string m_text;
};

} // namespace

XmlSpreadsheetReader::XmlSpreadsheetReader(const QString &path, int sheet) : XmlSheetReader(path, sheet)
{
    start(nullptr);
}

XmlSpreadsheetReader::XmlSpreadsheetReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey)
    : XmlSheetReader(path, sheet)
{
    start(std::move(survey));
}

bool XmlSpreadsheetReader::looksLikeXmlSpreadsheet(const QByteArray &head)
{
    return TextDecoding::headAsUtf8(head).contains("urn:schemas-microsoft-com:office:spreadsheet"); // UTF-16 too
}

std::unique_ptr<QIODevice> XmlSpreadsheetReader::openXml(QString *error) const
{
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("cannot open for reading: %1").arg(file->errorString());
        return nullptr;
    }
    return file;
}

std::unique_ptr<XmlSheetReader::SheetParser> XmlSpreadsheetReader::makeParser(int only) const
{
    return std::make_unique<SpreadsheetParser>(only);
}

std::unique_ptr<XmlSheetReader> XmlSpreadsheetReader::makePart(int sheet, std::shared_ptr<const Survey> survey) const
{
    return std::unique_ptr<XmlSheetReader>(new XmlSpreadsheetReader(m_path, sheet, std::move(survey)));
}

QString XmlSpreadsheetReader::unreadable(const QString &why) const
{
    return tr("the XML Spreadsheet cannot be read: %1").arg(why);
}

QString XmlSpreadsheetReader::noSheet(int sheet) const
{
    return partCount() == 0 ? tr("the XML Spreadsheet has no worksheet") : tr("the workbook has no worksheet %1").arg(sheet + 1);
}
