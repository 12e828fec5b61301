#include "xlsreader.h"

#include <QFile>
#include <QLocale>

#include <freexl.h>

#include <cmath>

XlsReader::Book::Book(const QString &path)
{
    // FreeXL opens the file for reading only ("rb") and reads it whole, checking what it reads
    // (a crafted file is refused, not followed).
    const int opened = freexl_open(QFile::encodeName(path).constData(), &handle);
    if (opened != FREEXL_OK) {
        error = openError(opened);
        return;
    }
    unsigned info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        error = tr("the workbook is protected by a password; save a copy without it in Excel and import the copy");
        return;
    }
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &info) == FREEXL_OK)
        sheetCount = int(info);
    if (freexl_get_info(handle, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK)
        date1904 = info == FREEXL_BIFF_DATEMODE_1904;
    if (sheetCount == 0)
        error = tr("the workbook has no worksheet");
}

XlsReader::Book::~Book()
{
    if (handle)
        freexl_close(handle);
}

XlsReader::XlsReader(const QString &path, int sheet) : XlsReader(path, sheet, std::make_shared<Book>(path))
{
}

XlsReader::XlsReader(const QString &path, int sheet, std::shared_ptr<Book> book)
    : m_path(path), m_book(std::move(book)), m_sheetIndex(sheet)
{
    m_fatalError = m_book->error;
    if (!m_fatalError.isEmpty())
        return;
    const std::lock_guard<std::mutex> locked(m_book->lock);
    Sheet shown;
    if (!select(sheet, &shown)) {
        m_fatalError = tr("the worksheet %1 of the workbook cannot be read").arg(sheet + 1);
        return;
    }
    m_sheetName = shown.name;
    m_rows = shown.rows;
    m_columns = shown.columns;
}

bool XlsReader::isCompoundFile(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

QString XlsReader::openError(int code)
{
    switch (code) {
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return tr("an Office file that holds no Excel workbook (a Word or Outlook file?)");
    case FREEXL_CRAFTED_FILE:
        return tr("the Excel 97-2003 workbook is damaged in a way that could be meant to attack a reader; it was "
                  "not read");
    case FREEXL_INSUFFICIENT_MEMORY:
        return tr("not enough memory to read the Excel 97-2003 workbook");
    default:
        return tr("not a readable Excel 97-2003 workbook: it is damaged or of a kind FreeXL does not read (error %1)")
            .arg(code);
    }
}

bool XlsReader::select(int sheet, Sheet *shown) const
{
    const char *name = nullptr;
    if (sheet < 0 || sheet >= m_book->sheetCount || freexl_select_active_worksheet(m_book->handle, sheet) != FREEXL_OK
        || freexl_get_worksheet_name(m_book->handle, sheet, &name) != FREEXL_OK
        || freexl_worksheet_dimensions(m_book->handle, &shown->rows, &shown->columns) != FREEXL_OK)
        return false;
    shown->name = QString::fromUtf8(name);
    return true;
}

QStringList XlsReader::cellsOf(unsigned row, unsigned short columns) const
{
    QStringList cells;
    for (unsigned short column = 0; column < columns; ++column) {
        FreeXL_CellValue value;
        QString text;
        if (freexl_get_cell_value(m_book->handle, row, column, &value) == FREEXL_OK) {
            switch (value.type) {
            case FREEXL_CELL_INT:
                text = QString::number(value.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE: {
                // As Excel shows a General cell: a whole number without a decimal point, so a
                // phone number stored as a number reads as its digits.
                const double number = value.value.double_value;
                text = std::trunc(number) == number && std::fabs(number) < 9007199254740992.0
                           ? QString::number(qint64(number))
                           : QString::number(number, 'g', QLocale::FloatingPointShortest);
                break;
            }
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
            case FREEXL_CELL_TIME:
                text = QString::fromUtf8(value.value.text_value);
                break;
            default:
                break;
            }
        }
        cells.append(text);
    }
    return cells;
}

bool XlsReader::next(TableRow &row)
{
    if (!m_fatalError.isEmpty())
        return false;
    const std::lock_guard<std::mutex> locked(m_book->lock);
    Sheet shown;
    if (m_nextRow < m_rows && !select(m_sheetIndex, &shown)) {
        m_fatalError = tr("the worksheet \"%1\" of the workbook cannot be read").arg(m_sheetName);
        return false;
    }
    // Rows without a value are not rows of the table, as an .xlsx leaves them out.
    for (; m_nextRow < m_rows; ++m_nextRow) {
        if (auto read = TableRow::ofSheet(cellsOf(m_nextRow, m_columns), int(m_nextRow) + 1)) {
            row = std::move(*read);
            ++m_nextRow;
            return true;
        }
    }
    return false;
}

double XlsReader::progress() const
{
    return m_rows == 0 ? 1.0 : double(m_nextRow) / m_rows;
}

int XlsReader::rowsWithValues(int sheet, QString *name) const
{
    const std::lock_guard<std::mutex> locked(m_book->lock);
    Sheet shown;
    if (!select(sheet, &shown)) {
        *name = tr("worksheet %1").arg(sheet + 1);
        return -1;
    }
    *name = shown.name;
    int rows = 0;
    for (unsigned row = 0; row < shown.rows; ++row)
        rows += TableRow::ofSheet(cellsOf(row, shown.columns), int(row) + 1) ? 1 : 0;
    return rows;
}

QList<UnreadPart> XlsReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> parts;
    for (int sheet = 0; sheet < m_book->sheetCount; ++sheet) {
        if (sheet == m_sheetIndex || alsoRead.contains(sheet))
            continue;
        QString name;
        const int rows = rowsWithValues(sheet, &name);
        if (rows != 0)
            parts.append({name, rows, false, {}});
    }
    return parts;
}

std::unique_ptr<TableReader> XlsReader::openPart(int part, QString *error) const
{
    std::unique_ptr<XlsReader> reader(new XlsReader(m_path, part, m_book));
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}
