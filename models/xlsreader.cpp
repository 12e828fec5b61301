#include "xlsreader.h"

#include <algorithm>

#include <QBuffer>
#include <QFile>
#include <QCoreApplication>

#include <freexl.h> // its error codes only: FreeXL runs in lookuplens-xls

namespace {

// A workbook of 65,536 rows by 256 columns reads in seconds; a reader still busy after this
// long is stuck on the file.
constexpr int XlsHelperTimeoutMs = 5 * 60 * 1000;

} // namespace

HelperProgram XlsReader::helper()
{
    return HelperProgram("LOOKUPLENS_XLS_HELPER", QStringLiteral("lookuplens-xls"), QStringLiteral(LOOKUPLENS_XLS_HELPER_BUILT),
                         QStringLiteral(LOOKUPLENS_XLS_HELPER_INSTALLED));
}

XlsReader::Book::Book(const QString &path, const ReadWatch &watch)
{
    HelperProgram::Run run = helper().run(path, XlsHelperTimeoutMs, tr("the Excel 97-2003 workbook"), watch);
    if (!run.error.isEmpty()) {
        error = run.error;
        return;
    }
    QBuffer buffer(&run.output);
    buffer.open(QIODevice::ReadOnly);
    if (!run.ended || !XlsDump::read(buffer, &dump)) {
        // FreeXL failed on the file in its own process, which is why it has one.
        error = tr("not a readable Excel 97-2003 workbook: it is damaged, and reading it stopped the reader");
        return;
    }
    if (dump.openCode == FREEXL_BIFF_WORKBOOK_NOT_FOUND && isEncryptedPackage(path))
        error = tr("an Office file encrypted with a password (as Excel 2007 and later encrypt a workbook): open it in "
                   "Excel with its password, save a copy without one, and import the copy");
    else if (dump.openCode != FREEXL_OK)
        error = openError(dump.openCode);
    else if (dump.password)
        error = tr("the workbook is protected by a password in a way this reader does not decrypt (Excel 95's "
                   "obfuscation?): open it in Excel with its password, save a copy without one, and import the copy");
    else if (dump.sheets.isEmpty())
        error = tr("the workbook has no worksheet");
}

XlsReader::XlsReader(const QString &path, int sheet, const ReadWatch &watch)
    : XlsReader(path, sheet, std::make_shared<const Book>(path, watch))
{
}

XlsReader::XlsReader(const QString &path, int sheet, std::shared_ptr<const Book> book)
    : m_path(path), m_book(std::move(book)), m_sheetIndex(sheet)
{
    m_fatalError = m_book->error;
    if (!m_fatalError.isEmpty())
        return;
    const auto &sheets = m_book->dump.sheets;
    if (sheet < 0 || sheet >= sheets.size() || !sheets.at(sheet).readable) {
        m_fatalError = tr("the worksheet %1 of the workbook cannot be read").arg(sheet + 1);
        return;
    }
    m_sheet = &sheets.at(sheet);
}

namespace {

quint64 littleEndian(const QByteArray &bytes, qsizetype at, int size)
{
    quint64 value = 0;
    for (int i = size - 1; i >= 0 && at + i < bytes.size(); --i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

/// A compound file's first directory sector and sector shift, read from its header; the streams
/// of an Office file's root storage are named there.
struct CompoundPeek
{
    QFile file;
    QByteArray directory;
    quint64 shift = 0;

    explicit CompoundPeek(const QString &path) : file(path)
    {
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QByteArray header = file.read(512);
        if (header.size() < 512 || !XlsReader::isCompoundFile(header))
            return;
        shift = littleEndian(header, 0x1E, 2);
        const quint64 first = littleEndian(header, 0x30, 4);
        if ((shift == 9 || shift == 12) && first < 0xFFFFFFFA && file.seek(qint64((first + 1) << shift)))
            directory = file.read(qint64(1) << shift);
    }
    /// The directory entry named @p name (UTF-16LE with its terminator), or an empty array.
    QByteArray entry(const QByteArray &name) const
    {
        for (qsizetype at = 0; at + 128 <= directory.size(); at += 128) {
            if (littleEndian(directory, at + 64, 2) == quint64(name.size()) && directory.mid(at, name.size()) == name)
                return directory.mid(at, 128);
        }
        return {};
    }
    /// The first sector of the stream @p entry names, if it stands in regular sectors.
    QByteArray firstSector(const QByteArray &entry)
    {
        const quint64 start = littleEndian(entry, 116, 4);
        if (entry.isEmpty() || littleEndian(entry, 120, 4) < 4096 || start >= 0xFFFFFFFA
            || !file.seek(qint64((start + 1) << shift)))
            return {};
        return file.read(qint64(1) << shift);
    }
};

QByteArray utf16Name(const char *name)
{
    QByteArray bytes;
    for (const char *c = name; *c; ++c)
        bytes.append(*c).append('\0');
    return bytes.append('\0').append('\0');
}

} // namespace

XlsReader::Encryption XlsReader::encryptionOf(const QString &path)
{
    CompoundPeek peek(path);
    // MS-OFFCRYPTO: the ZIP encrypted whole, as the stream "EncryptedPackage" of a compound file.
    if (!peek.entry(utf16Name("EncryptedPackage")).isEmpty())
        return Encryption::Package;
    // MS-XLS: a FILEPASS record right after the workbook stream's first BOF, of RC4 (type 1); a
    // workbook stream under 4,096 bytes (in the mini stream) is not looked into, nor is Excel
    // 95's XOR obfuscation (type 0), which is not decrypted: FreeXL names either.
    const QByteArray sector = peek.firstSector(peek.entry(utf16Name("Workbook")));
    const qsizetype at = 4 + qsizetype(littleEndian(sector, 2, 2));
    const bool rc4 = littleEndian(sector, 0, 2) == 0x0809 && littleEndian(sector, at, 2) == 0x002F
                     && littleEndian(sector, at + 4, 2) == 1;
    return rc4 ? Encryption::WorkbookStream : Encryption::None;
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

bool XlsReader::next(TableRow &row)
{
    if (!m_fatalError.isEmpty())
        return false;
    // Rows without a value are not rows of the table, as an .xlsx leaves them out.
    while (m_next < m_sheet->cells.size()) {
        const auto &[line, cells] = m_sheet->cells.at(m_next++);
        if (auto read = TableRow::ofSheet(cells, line)) {
            row = std::move(*read);
            if (std::binary_search(m_sheet->hiddenRows.cbegin(), m_sheet->hiddenRows.cend(), line)
                && (m_hiddenRows.isEmpty() || m_hiddenRows.constLast() < line))
                m_hiddenRows.append(line);
            m_readTo = line;
            return true;
        }
    }
    m_readTo = INT_MAX;
    return false;
}

QList<int> XlsReader::rowsReadOf(const QList<int> &rows) const
{
    return rows.first(std::upper_bound(rows.cbegin(), rows.cend(), m_readTo) - rows.cbegin());
}

QMap<int, QList<int>> XlsReader::cellsReadOf(const QMap<int, QList<int>> &cells) const
{
    QMap<int, QList<int>> read;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        if (const QList<int> rows = rowsReadOf(it.value()); !rows.isEmpty())
            read.insert(it.key(), rows);
    }
    return read;
}

double XlsReader::progress() const
{
    return !m_sheet || m_sheet->cells.isEmpty() ? 1.0 : double(m_next) / double(m_sheet->cells.size());
}

int XlsReader::rowsWithValues(const XlsDump::Sheet &sheet) const
{
    if (!sheet.readable)
        return -1;
    int rows = 0;
    for (const auto &[line, cells] : sheet.cells)
        rows += TableRow::ofSheet(cells, line) ? 1 : 0;
    return rows;
}

QList<UnreadPart> XlsReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> parts;
    const auto &sheets = m_book->dump.sheets;
    for (int sheet = 0; sheet < sheets.size(); ++sheet) {
        if (sheet == m_sheetIndex || alsoRead.contains(sheet))
            continue;
        const int rows = rowsWithValues(sheets.at(sheet));
        const QString name = sheets.at(sheet).readable ? sheets.at(sheet).name : tr("worksheet %1").arg(sheet + 1);
        if (rows != 0)
            parts.append({name, rows, false, {}, false, {},
                          rows < 0 ? tr("the workbook's reader (FreeXL) cannot select it: the workbook may be damaged there")
                                   : QString()});
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
