#include "xlsdump.h"

#include <QDataStream>

namespace {

constexpr quint32 Magic = 0x4C4C584C; // "LLXL"
constexpr quint32 End = 0x454E4421;   // "END!": the writer got to the end
// 2: what the workbook hides; 3: its formulas; 4: its hidden columns; 5: values shown blank;
// 6: formulas by column
constexpr qint32 Version = 6;

} // namespace

void XlsDump::write(QIODevice &out, const Book &book)
{
    QDataStream stream(&out);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << Magic << Version << book.openCode << book.password << book.date1904 << qint32(book.sheets.size());
    for (const Sheet &sheet : book.sheets) {
        stream << sheet.readable << sheet.name << sheet.rows << sheet.hidden << sheet.hiddenRows << sheet.hiddenColumns << sheet.shownBlank << sheet.formulaRows
               << sheet.formulaRowsWithoutResult << sheet.formulaCells << sheet.formulaCellsWithoutResult
               << qint32(sheet.cells.size());
        for (const auto &[row, cells] : sheet.cells)
            stream << qint32(row) << cells;
    }
    stream << End;
}

bool XlsDump::read(QIODevice &in, Book *book)
{
    QDataStream stream(&in);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 version = 0;
    qint32 sheets = 0;
    stream >> magic >> version;
    if (magic != Magic || version != Version)
        return false;
    stream >> book->openCode >> book->password >> book->date1904 >> sheets;
    for (qint32 i = 0; i < sheets && stream.status() == QDataStream::Ok; ++i) {
        Sheet sheet;
        qint32 rows = 0;
        stream >> sheet.readable >> sheet.name >> sheet.rows >> sheet.hidden >> sheet.hiddenRows >> sheet.hiddenColumns >> sheet.shownBlank >> sheet.formulaRows
            >> sheet.formulaRowsWithoutResult >> sheet.formulaCells >> sheet.formulaCellsWithoutResult >> rows;
        for (qint32 r = 0; r < rows && stream.status() == QDataStream::Ok; ++r) {
            qint32 row = 0;
            QStringList cells;
            stream >> row >> cells;
            sheet.cells.append({row, cells});
        }
        book->sheets.append(std::move(sheet));
    }
    quint32 end = 0;
    stream >> end;
    return stream.status() == QDataStream::Ok && end == End;
}
