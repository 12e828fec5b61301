#include "xlstimes.h"

#include "biffrecords.h"
#include "xlsnumberformats.h"

QList<XlsTimes::Sheet> XlsTimes::read(const QByteArray &stream, bool date1904)
{
    using XlsNumberFormats::Shows;
    const QList<Shows> styles = XlsNumberFormats::ofStyles(stream);
    QList<Sheet> sheets;
    for (const BiffRecords::Worksheet &worksheet : BiffRecords::worksheets(stream)) {
        Sheet sheet{worksheet.name, {}};
        BiffRecords::forEachInSheet(stream, worksheet.at, [&](const BiffRecords::Record &record) {
            BiffRecords::forEachNumber(record, [&](int row, int column, int style, double value) {
                const Shows shows = styles.value(style, Shows::Number);
                if (shows != Shows::Number)
                    sheet.cells.append({row, column, XlsNumberFormats::text(value, shows, date1904)});
            });
        });
        sheets.append(std::move(sheet));
    }
    return sheets;
}
