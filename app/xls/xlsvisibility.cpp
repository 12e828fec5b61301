#include "xlsvisibility.h"

#include "biffrecords.h"

#include <algorithm>

namespace {

constexpr quint16 Row = 0x0208;
constexpr quint16 RowHidden = 0x0020; ///< ROW's fDyZero: the row has no height (hidden or filtered out)

QList<int> hiddenRowsOf(const QByteArray &stream, qsizetype at)
{
    using BiffRecords::le;
    QList<int> rows;
    BiffRecords::forEachInSheet(stream, at, [&rows](const BiffRecords::Record &record) {
        if (record.type == Row && record.data.size() >= 14 && (le(record.data, 12, 2) & RowHidden))
            rows.append(int(le(record.data, 0, 2)) + 1);
    });
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

} // namespace

QList<XlsVisibility::Sheet> XlsVisibility::read(const QByteArray &stream)
{
    QList<Sheet> sheets;
    for (const BiffRecords::Worksheet &sheet : BiffRecords::worksheets(stream))
        sheets.append({sheet.name, sheet.state != 0, hiddenRowsOf(stream, sheet.at)});
    return sheets;
}
