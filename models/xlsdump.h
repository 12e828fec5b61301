#pragma once

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

class QIODevice;

/// @brief What lookuplens-xls, the process reading a legacy Excel workbook through FreeXL,
/// writes for XlsReader: the workbook whole, every worksheet's rows that hold a cell with text.
namespace XlsDump {

struct Sheet
{
    bool readable = false; ///< FreeXL could select it and say its size
    QString name;
    quint32 rows = 0;                  ///< as FreeXL counts them, empty ones too
    QList<QPair<int, QStringList>> cells; ///< row number (from 1) and its cells, for each row with text
    bool hidden = false;   ///< the workbook hides it (XlsVisibility)
    QList<int> hiddenRows; ///< rows hidden or filtered out, from 1 (XlsVisibility)
    QList<int> hiddenColumns; ///< columns hidden, from 0 (XlsVisibility)
    QMap<int, QList<int>> shownBlank; ///< by column, rows (from 1) whose value its format shows as nothing
    QList<int> formulaRows; ///< rows with a formula's result read, from 1, ascending (XlsFormulas)
    QList<int> formulaRowsWithoutResult; ///< rows with a formula the file saved no result for
    QMap<int, QList<int>> formulaCells; ///< formulaRows by column (from 0)
    QMap<int, QList<int>> formulaCellsWithoutResult; ///< formulaRowsWithoutResult by column
};

struct Book
{
    qint32 openCode = 0; ///< freexl_open's answer (0: opened)
    bool password = false;
    bool date1904 = false;
    QList<Sheet> sheets;
};

void write(QIODevice &out, const Book &book);
/// @brief Reads what write() wrote; false if it is not all there (the writer stopped part way).
bool read(QIODevice &in, Book *book);

} // namespace XlsDump
