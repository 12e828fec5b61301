#include "xlsvisibility.h"

#include "biffrecords.h"

#include <algorithm>

namespace {

constexpr quint16 Row = 0x0208;
constexpr quint16 RowHidden = 0x0020; ///< ROW's fDyZero: the row has no height (hidden or filtered out)

constexpr quint16 ColInfo = 0x007D;
constexpr quint16 ColumnHidden = 0x0001; ///< COLINFO's fHidden

void sortUnique(QList<int> &numbers)
{
    std::sort(numbers.begin(), numbers.end());
    numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
}

/// Reads the rows and columns the worksheet whose records begin at @p at hides into @p sheet.
void readHidden(const QByteArray &stream, qsizetype at, XlsVisibility::Sheet &sheet)
{
    using BiffRecords::le;
    BiffRecords::forEachInSheet(stream, at, [&sheet](const BiffRecords::Record &record) {
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
}

} // namespace

QList<XlsVisibility::Sheet> XlsVisibility::read(const QByteArray &stream)
{
    QList<Sheet> sheets;
    for (const BiffRecords::Worksheet &sheet : BiffRecords::worksheets(stream)) {
        Sheet read{sheet.name, sheet.state != 0, {}, {}};
        readHidden(stream, sheet.at, read);
        sheets.append(std::move(read));
    }
    return sheets;
}
