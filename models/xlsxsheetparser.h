#pragma once

#include "xmlsaxparser.h"

#include <QList>

#include <array>
#include <deque>
#include <string>
#include <vector>

/// @brief Turns a worksheet's XML, fed in pieces, into rows of raw cells: the column, the type
/// and style attributes, and the text of the value (a shared string's index, a number, an
/// inline string). XlsxReader gives the cells their meaning.
class XlsxSheetParser final : public XmlSaxParser
{
public:
    enum class CellType { Number, SharedString, InlineString, Boolean, Other };
    static constexpr int MaxColumns = 16384;      ///< Excel's last column, XFD
    static constexpr int BeyondLastColumn = -2;  ///< Cell::column of a reference past it
    struct Cell
    {
        int column = 0; ///< 0-based; -1 for a reference that names no column, or BeyondLastColumn
        CellType type = CellType::Number;
        int style = 0;
        size_t begin = 0; ///< of its text in Row::text
        size_t end = 0;
        bool formula = false; ///< a formula computes it (<f>); its text is the result saved (<v>)
        bool saved = false;   ///< it holds a <v>, the value saved
        bool withoutResult = false; ///< a formula whose result the file does not hold
    };
    struct Row
    {
        int line = 0; ///< the sheet's row number
        std::vector<Cell> cells;
        std::string text; ///< the cells' texts end to end, UTF-8: one buffer a row
        std::array<bool, IrregularKinds> irregular{}; ///< holds text of each IrregularText kind
        bool hidden = false; ///< hidden, or filtered out: Excel does not show it
        bool formula = false; ///< a cell holds a formula, its result saved
        /// A cell holds a formula whose result the file does not hold (no <v>, or an empty one
        /// for a number: writers that leave the computing to Excel), read as empty.
        bool formulaWithoutResult = false;
        std::string_view textOf(const Cell &cell) const { return std::string_view(text).substr(cell.begin, cell.end - cell.begin); }
    };

    /// @brief The columns (from 0, ascending) the worksheet's column list (<cols>, before its
    /// rows) hides, or collapses in an outline.
    const QList<int> &hiddenColumns() const { return m_hiddenColumns; }
    /// @brief The rows parsed so far and not yet taken, in order.
    std::deque<Row> &rows() { return m_rows; }
    /// @brief The number of the last row the XML opened, 0 before the first.
    int lastRow() const { return m_lastRow; }
    /// @brief Whether the last row opened is not yet closed.
    bool inRow() const { return m_inRow; }
    /// @brief The row opened last, as far as it was parsed.
    const Row &openRow() const { return m_row; }

protected:
    void startElement(std::string_view name, const Attributes &attributes) override;
    void endElement(std::string_view name) override;
    void characters(std::string_view text) override;
    void irregularText(IrregularText kind) override;

private:
    void startCell(const Attributes &attributes);
    void noteFormula(Cell &cell);

    std::deque<Row> m_rows;
    QList<int> m_hiddenColumns;
    Row m_row;
    int m_lastRow = 0;
    bool m_inRow = false;
    bool m_inCell = false;
    bool m_inInlineString = false;
    int m_phonetic = 0;      ///< depth of <rPh> (a reading aid, not the cell's text)
    bool m_capture = false;  ///< inside a <v>, or a <t> of an inline string
};
