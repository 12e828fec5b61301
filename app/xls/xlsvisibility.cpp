#include "xlsvisibility.h"

#include "biffrecords.h"
#include "shownblank.h"

#include <algorithm>

namespace {

constexpr quint16 Row = 0x0208;
constexpr quint16 RowHidden = 0x0020; ///< ROW's fDyZero: the row has no height (hidden or filtered out)

constexpr quint16 ColInfo = 0x007D;
constexpr quint16 ColumnHidden = 0x0001; ///< COLINFO's fHidden

// Text cell records: each begins with its row, its column and its cell style (XF), from 0.
constexpr quint16 LabelSst = 0x00FD;
constexpr quint16 Label = 0x0204;
constexpr quint16 RString = 0x00D6;

void sortUnique(QList<int> &numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
}

/// The cells of the records the worksheet writes whose value their style shows as nothing.
class ShownBlankCells
{
public:
    explicit ShownBlankCells(const QByteArray &stream)
    {
        for (const auto &[id, code] : BiffRecords::styleFormats(stream))
            m_styles.append(ShownBlank::byFormat(code)); // Excel's built-in formats hide nothing
    }
    void read(const BiffRecords::Record &record, QMap<int, QList<int>> &cells) const
    {
        BiffRecords::forEachNumber(record, [this, &cells](int row, int column, int style, double value) {
            note(style, signOf(value), row + 1, column, cells);
        });
        using BiffRecords::le;
        const QByteArrayView data = record.data;
        const int row = int(le(data, 0, 2)) + 1;
        const int column = int(le(data, 2, 2));
        const int style = int(le(data, 4, 2));
        if ((record.type == LabelSst || record.type == Label || record.type == RString) && data.size() >= 8)
            note(style, Text, row, column, cells);
        else if (record.type == BiffRecords::Formula && data.size() >= 14) // a number saved, or 0xFFFF and a kind
            note(style, le(data, 12, 2) != 0xFFFF ? signOf(BiffRecords::number(data, 6))
                        : le(data, 6, 1) == 0 ? Text : None,
                 row, column, cells);
    }

private:
    static constexpr int Text = 2;  ///< not a sign: the cell holds text
    static constexpr int None = 3;  ///< a value no format hides here (TRUE, an error, empty text)
    static int signOf(double value) { return value < 0 ? -1 : value > 0 ? 1 : value == 0 ? 0 : None; }
    void note(int style, int kind, int row, int column, QMap<int, QList<int>> &cells) const
    {
        if (style < 0 || style >= m_styles.size() || !m_styles.at(style).any() || column > 255)
            return;
        const ShownBlank &blank = m_styles.at(style);
        const bool hidden = kind == Text ? blank.text : kind == 1 ? blank.positive : kind == -1 ? blank.negative
                                                      : kind == 0 && blank.zero;
        if (!hidden)
            return;
        if (QList<int> &rows = cells[column]; rows.isEmpty() || rows.constLast() != row)
            rows.append(row);
    }
    QList<ShownBlank> m_styles;
};

/// Reads the rows and columns the worksheet whose records begin at @p at hides into @p sheet,
/// and the cells @p blank says its styles show as nothing.
void readHidden(const QByteArray &stream, qsizetype at, const ShownBlankCells &blank, XlsVisibility::Sheet &sheet)
{
    using BiffRecords::le;
    BiffRecords::forEachInSheet(stream, at, [&sheet, &blank](const BiffRecords::Record &record) {
        blank.read(record, sheet.shownBlank);
        if (record.type == Row && record.data.size() >= 14 && (le(record.data, 12, 2) & RowHidden))
            sheet.hiddenRows.append(int(le(record.data, 0, 2)) + 1);
        // colFirst, colLast (from 0; Excel writes 256 for "to the last"), width, XF, options
        if (record.type == ColInfo && record.data.size() >= 10 && (le(record.data, 8, 2) & ColumnHidden)) {
            const int last = std::min(int(le(record.data, 2, 2)), 255); // BIFF8 has 256 columns
            for (int column = int(le(record.data, 0, 2)); column <= last; ++column)
                sheet.hiddenColumns.append(column);
        }
    });
    sortUnique(sheet.hiddenRows);
    sortUnique(sheet.hiddenColumns);
    for (QList<int> &rows : sheet.shownBlank)
        sortUnique(rows); // a row's cells come in order, its rows need not
}

} // namespace

QList<XlsVisibility::Sheet> XlsVisibility::read(const QByteArray &stream)
{
    QList<Sheet> sheets;
    const ShownBlankCells blank(stream);
    for (const BiffRecords::Worksheet &sheet : BiffRecords::worksheets(stream)) {
        Sheet read{sheet.name, sheet.state != 0, {}, {}, {}};
        readHidden(stream, sheet.at, blank, read);
        sheets.append(std::move(read));
    }
    return sheets;
}
