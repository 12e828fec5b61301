#include "xlsxsheetparser.h"

#include "tablereader.h"

#include <algorithm>
#include <charconv>

namespace {

int toInt(std::string_view text, int fallback)
{
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() ? value : fallback;
}

/// Column index (0-based) from a cell reference like "AB12"; -1 if it has no letters;
/// XlsxSheetParser::BeyondLastColumn past Excel's last column, XFD (a damaged or forged sheet
/// would otherwise have every row widened to hundreds of millions of cells).
int columnFromReference(std::string_view ref)
{
    int column = 0;
    for (const char c : ref) {
        const char upper = c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c;
        if (upper < 'A' || upper > 'Z')
            break;
        column = column * 26 + (upper - 'A' + 1);
        if (column > XlsxSheetParser::MaxColumns)
            return XlsxSheetParser::BeyondLastColumn;
    }
    return column - 1;
}

XlsxSheetParser::CellType cellType(std::string_view type)
{
    if (type.empty() || type == "n")
        return XlsxSheetParser::CellType::Number;
    if (type == "s")
        return XlsxSheetParser::CellType::SharedString;
    if (type == "inlineStr")
        return XlsxSheetParser::CellType::InlineString;
    if (type == "b")
        return XlsxSheetParser::CellType::Boolean;
    return XlsxSheetParser::CellType::Other; // "str" (a formula's text), "e" (an error), "d"
}

} // namespace

void XlsxSheetParser::startElement(std::string_view name, const Attributes &attributes)
{
    if (name == "row") {
        m_row = Row{};
        const std::string_view r = attributes.value("r");
        m_row.line = r.empty() ? m_lastRow + 1 : toInt(r, m_lastRow + 1);
        const std::string_view hidden = attributes.value("hidden");
        m_row.hidden = hidden == "1" || hidden == "true";
        m_lastRow = m_row.line;
        m_inRow = true;
    } else if (name == "col" && !m_inRow) { // <cols><col min="3" max="4" hidden="1"/>: 1-based
        const std::string_view hidden = attributes.value("hidden");
        const int first = toInt(attributes.value("min"), 0);
        if ((hidden == "1" || hidden == "true") && first > 0)
            TableReader::addColumns(m_hiddenColumns, first - 1, qint64(toInt(attributes.value("max"), first)) - first + 1);
    } else if (m_inRow && name == "c") {
        startCell(attributes);
    } else if (m_inCell && name == "v") {
        m_capture = true;
        m_row.cells.back().saved = true;
    } else if (m_inCell && name == "f") {
        m_row.cells.back().formula = true;
    } else if (m_inCell && name == "is") {
        m_inInlineString = true;
    } else if (m_inInlineString && name == "rPh") {
        ++m_phonetic;
    } else if (m_inInlineString && name == "t" && m_phonetic == 0) {
        m_capture = true;
    }
}

void XlsxSheetParser::startCell(const Attributes &attributes)
{
    Cell cell;
    const std::string_view ref = attributes.value("r");
    cell.column = ref.empty() ? int(m_row.cells.size()) : columnFromReference(ref);
    cell.type = cellType(attributes.value("t"));
    cell.style = toInt(attributes.value("s"), 0);
    cell.begin = cell.end = m_row.text.size();
    m_row.cells.push_back(std::move(cell));
    m_inCell = true;
}

void XlsxSheetParser::endElement(std::string_view name)
{
    if (name == "v" || name == "t") {
        m_capture = false;
    } else if (name == "rPh") {
        m_phonetic = std::max(0, m_phonetic - 1);
    } else if (name == "is") {
        m_inInlineString = false;
    } else if (name == "c" && m_inCell) {
        m_inCell = false;
        noteFormula(m_row.cells.back());
    } else if (name == "row" && m_inRow) {
        m_inRow = false;
        m_rows.push_back(std::move(m_row));
    }
}

void XlsxSheetParser::noteFormula(Cell &cell)
{
    // An empty text is a formula's result only as text ("str"): a number's is never empty, and
    // an empty <v/>, or none, is no result saved.
    if (cell.formula && cell.saved && (cell.end > cell.begin || cell.type == CellType::Other))
        m_row.formula = true;
    else if (cell.formula)
        m_row.formulaWithoutResult = cell.withoutResult = true;
}

void XlsxSheetParser::characters(std::string_view text)
{
    if (m_capture && m_inCell) {
        m_row.text.append(text);
        m_row.cells.back().end = m_row.text.size();
    }
}

void XlsxSheetParser::irregularText(IrregularText kind)
{
    if (m_inRow)
        m_row.irregular[size_t(kind)] = true;
}
