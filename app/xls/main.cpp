// lookuplens-xls: reads a legacy Excel 97-2003 workbook through FreeXL and writes what it holds
// to standard output (the format is XlsDump's, in models/xlsdump.h); with --decrypt OUT, decrypts
// a workbook Excel encrypted with a password (read from standard input) into OUT, writing how it
// went as JSON. A process of its own
// because FreeXL is C code parsing a binary format from untrusted evidence: fuzzing found it
// reading past a buffer on its stack for a damaged file. Whatever it does to a damaged file
// stays in this process; the reader sees an error, not a crash of the application.
#include "biffdecryption.h"
#include "biffrecords.h"
#include "compoundstream.h"
#include "officedecryption.h"
#include "xlsdump.h"
#include "xlsformulas.h"
#include "xlsnumberformats.h"
#include "xlstimes.h"
#include "xlsvisibility.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <freexl.h>

#include <algorithm>
#include <cstdio>

namespace {

quint64 cellKey(unsigned row, unsigned short column)
{
    return quint64(row) << 16 | column;
}

/// As LookupLens shows an .xls cell: text as written, a General number as Excel shows it, a date
/// or a time from its number (@p times, by cellKey) where the workbook's records give it.
QString cellText(const void *book, unsigned row, unsigned short column, const QHash<quint64, QString> &times)
{
    FreeXL_CellValue value;
    if (freexl_get_cell_value(book, row, column, &value) != FREEXL_OK)
        return {};
    switch (value.type) {
    case FREEXL_CELL_INT:
        return QString::number(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return XlsNumberFormats::numberText(value.value.double_value);
    case FREEXL_CELL_DATE:
    case FREEXL_CELL_DATETIME:
    case FREEXL_CELL_TIME:
        if (const auto time = times.constFind(cellKey(row, column)); time != times.cend())
            return *time;
        return QString::fromUtf8(value.value.text_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
        return QString::fromUtf8(value.value.text_value);
    default:
        return {};
    }
}

/// The date and time cells of the worksheet @p name, by cellKey.
QHash<quint64, QString> sheetTimes(const QList<XlsTimes::Sheet> &sheets, const QString &name)
{
    QHash<quint64, QString> times;
    const auto same = std::find_if(sheets.cbegin(), sheets.cend(), [&name](const XlsTimes::Sheet &s) { return s.name == name; });
    if (same != sheets.cend())
        for (const XlsTimes::Cell &cell : same->cells)
            times.insert(cellKey(unsigned(cell.row), quint16(cell.column)), cell.text);
    return times;
}

/// A worksheet's formula cells by row and column (FreeXL reads them as empty), and the rows
/// holding one with a result saved, and one without.
struct SheetFormulas
{
    QHash<quint64, QString> results; ///< by cellKey
    unsigned rows = 0;            ///< past the last row holding one
    unsigned short columns = 0;   ///< past the last column holding one
};

SheetFormulas sheetFormulas(const QList<XlsFormulas::Sheet> &sheets, const QString &name, XlsDump::Sheet &sheet)
{
    SheetFormulas formulas;
    const auto same = std::find_if(sheets.cbegin(), sheets.cend(), [&name](const XlsFormulas::Sheet &s) { return s.name == name; });
    if (same == sheets.cend())
        return formulas;
    for (const XlsFormulas::Cell &cell : same->cells) {
        formulas.results.insert(cellKey(unsigned(cell.row), quint16(cell.column)), cell.result.value_or(QString()));
        formulas.rows = qMax(formulas.rows, unsigned(cell.row) + 1);
        formulas.columns = quint16(qMax(int(formulas.columns), cell.column + 1));
        (cell.result ? sheet.formulaRows : sheet.formulaRowsWithoutResult).append(cell.row + 1);
        (cell.result ? sheet.formulaCells : sheet.formulaCellsWithoutResult)[cell.column].append(cell.row + 1);
    }
    const auto sortUnique = [](QList<int> &rows) {
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    };
    sortUnique(sheet.formulaRows);
    sortUnique(sheet.formulaRowsWithoutResult);
    for (QMap<int, QList<int>> *cells : {&sheet.formulaCells, &sheet.formulaCellsWithoutResult})
        for (QList<int> &rows : *cells)
            sortUnique(rows);
    return formulas;
}

/// What the workbook's own records say of its cells that FreeXL misreads.
struct BookCells
{
    QList<XlsFormulas::Sheet> formulas;
    QList<XlsTimes::Sheet> times;
};

XlsDump::Sheet readSheet(const void *book, unsigned index, const BookCells &bookCells)
{
    XlsDump::Sheet sheet;
    const char *name = nullptr;
    unsigned rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(book, static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_get_worksheet_name(book, static_cast<unsigned short>(index), &name) != FREEXL_OK
        || freexl_worksheet_dimensions(book, &rows, &columns) != FREEXL_OK)
        return sheet;
    sheet.readable = true;
    sheet.name = QString::fromUtf8(name);
    sheet.rows = rows;
    const SheetFormulas formulas = sheetFormulas(bookCells.formulas, sheet.name, sheet);
    const QHash<quint64, QString> times = sheetTimes(bookCells.times, sheet.name);
    for (unsigned row = 0; row < qMax(rows, formulas.rows); ++row) {
        QStringList cells;
        bool any = false;
        for (unsigned short column = 0; column < qMax(columns, formulas.columns); ++column) {
            const auto formula = formulas.results.constFind(cellKey(row, column));
            cells.append(formula != formulas.results.cend() ? *formula : cellText(book, row, column, times));
            any = any || !cells.constLast().isEmpty();
        }
        if (any)
            sheet.cells.append({int(row) + 1, cells});
    }
    return sheet;
}

/// What the workbook hides, which FreeXL does not say, matched to its worksheets by name.
void addVisibility(const QByteArray &stream, XlsDump::Book &dump)
{
    const QList<XlsVisibility::Sheet> sheets = XlsVisibility::read(stream);
    for (XlsDump::Sheet &sheet : dump.sheets) {
        const auto same = std::find_if(sheets.cbegin(), sheets.cend(),
                                       [&sheet](const XlsVisibility::Sheet &s) { return s.name == sheet.name; });
        if (same != sheets.cend()) {
            sheet.hidden = same->hidden;
            sheet.hiddenRows = same->hiddenRows;
            sheet.hiddenColumns = same->hiddenColumns;
            sheet.shownBlank = same->shownBlank;
        }
    }
}

XlsDump::Book readBook(const QByteArray &path)
{
    XlsDump::Book dump;
    const void *book = nullptr;
    // FreeXL opens the file for reading only ("rb") and reads it whole.
    dump.openCode = freexl_open(path.constData(), &book);
    if (dump.openCode != FREEXL_OK)
        return dump;
    unsigned info = 0;
    dump.password = freexl_get_info(book, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED;
    unsigned sheets = 0;
    // What FreeXL does not say is read from the workbook's own records (a damaged stream, or
    // none libgsf can read, says nothing more).
    const QByteArray stream = CompoundStream::workbookStream(QFile::decodeName(path)).value_or(QByteArray());
    if (!dump.password && freexl_get_info(book, FREEXL_BIFF_SHEET_COUNT, &sheets) == FREEXL_OK) {
        dump.date1904 = freexl_get_info(book, FREEXL_BIFF_DATEMODE, &info) == FREEXL_OK && info == FREEXL_BIFF_DATEMODE_1904;
        const BookCells cells{XlsFormulas::read(stream, dump.date1904), XlsTimes::read(stream, dump.date1904)};
        for (unsigned i = 0; i < sheets; ++i)
            dump.sheets.append(readSheet(book, i, cells));
    }
    freexl_close(book);
    addVisibility(stream, dump);
    return dump;
}

} // namespace

/// The workbook at @p path decrypted with @p password: an .xlsx Excel encrypted whole (its
/// EncryptedPackage), or an .xls whose workbook stream is encrypted (FILEPASS); written to @p outPath.
OfficeDecryption::Result decryptWorkbook(const QString &path, const QString &outPath, const QString &password)
{
    OfficeDecryption::Result result;
    if (const auto info = CompoundStream::read(path, "EncryptionInfo")) {
        const auto package = CompoundStream::read(path, "EncryptedPackage");
        if (!package) {
            result.detail = QStringLiteral("no EncryptedPackage stream that can be read");
            return result;
        }
        result = OfficeDecryption::decrypt(*info, *package, password);
    } else if (const auto stream = CompoundStream::workbookStream(path); stream && BiffDecryption::isEncrypted(*stream)) {
        result = BiffDecryption::decrypt(*stream, password);
        if (result.status == OfficeDecryption::Result::Status::Decrypted && !CompoundStream::write(outPath, "Workbook", result.package)) {
            result.status = OfficeDecryption::Result::Status::Damaged;
            result.detail = QStringLiteral("the decrypted workbook cannot be written");
        }
        return result;
    } else {
        result.detail = QStringLiteral("no EncryptionInfo and EncryptedPackage streams, nor an encrypted workbook stream, that can be read");
        return result;
    }
    QFile decrypted(outPath);
    if (result.status == OfficeDecryption::Result::Status::Decrypted
        && (!decrypted.open(QIODevice::WriteOnly | QIODevice::Truncate) || decrypted.write(result.package) != result.package.size())) {
        result.status = OfficeDecryption::Result::Status::Damaged;
        result.detail = decrypted.errorString();
    }
    return result;
}

/// The encrypted workbook at @p path decrypted into @p outPath, with the password on standard
/// input; how it went written as JSON.
int decrypt(const QString &path, const QString &outPath)
{
    QFile in;
    QFile out;
    if (!in.open(stdin, QIODevice::ReadOnly) || !out.open(stdout, QIODevice::WriteOnly))
        return 2;
    QString password = QString::fromUtf8(in.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    const OfficeDecryption::Result result = decryptWorkbook(path, outPath, password);
    static const char *const statuses[] = {"decrypted", "wrong password", "unsupported", "damaged"};
    const QJsonObject said{{QStringLiteral("status"), QString::fromLatin1(statuses[int(result.status)])},
                           {QStringLiteral("detail"), result.detail},
                           {QStringLiteral("scheme"), result.scheme},
                           {QStringLiteral("integrity"), result.integrity}};
    out.write(QJsonDocument(said).toJson(QJsonDocument::Compact));
    return result.status == OfficeDecryption::Result::Status::Decrypted ? 0 : 1;
}

int main(int argc, char **argv)
{
    if (argc == 4 && qstrcmp(argv[1], "--decrypt") == 0)
        return decrypt(QFile::decodeName(argv[3]), QFile::decodeName(argv[2]));
    if (argc != 2) {
        std::fputs("usage: lookuplens-xls FILE.xls | lookuplens-xls --decrypt OUT FILE (an .xlsx or .xls)\n", stderr);
        return 2;
    }
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 2;
    XlsDump::write(out, readBook(QByteArray(argv[1])));
    return 0;
}
