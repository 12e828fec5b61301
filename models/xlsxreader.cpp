// Streams one worksheet of a workbook, row by row; what all its worksheets share (parts,
// shared strings, styles) is read once, in xlsxreaderworkbook.cpp.
#include "xlsxreader.h"

#include "textdecoding.h"
#include "zipguard.h"
#include "zipsalvage.h"

#include <algorithm>

#include <quazip.h>
#include <quazipfile.h>

namespace {

/// How many rows of a worksheet hold a value that is not blank.
class RowsWithValues final : public XmlSaxParser
{
public:
    int rows = 0;

protected:
    void startElement(std::string_view name, const Attributes &) override
    {
        if (name == "row") {
            m_counted = false;
        } else if (name == "v" || name == "t") {
            m_capture = true;
            m_text.clear();
        }
    }
    void endElement(std::string_view name) override
    {
        if (name != "v" && name != "t")
            return;
        m_capture = false;
        if (!m_counted && !QString::fromUtf8(m_text).trimmed().isEmpty()) {
            ++rows;
            m_counted = true;
        }
    }
    void characters(std::string_view chunk) override
    {
        if (m_capture)
            m_text.append(chunk);
    }

private:
    std::string m_text;
    bool m_counted = false; ///< the current row
    bool m_capture = false;
};

} // namespace

/// @brief @p text with OOXML's escapes of characters XML cannot hold undone (ECMA-376 Part 1,
/// ST_Xstring): Excel writes a carriage return in a cell as "_x000D_", a control character as
/// "_x0001_", and "_x" itself as "_x005F_x". Read as it stands, a cell showed "_x000D_" where
/// Excel shows a line break.
QString XlsxReader::unescapeXstring(QString text)
{
    if (!text.contains(u"_x"))
        return text;
    const auto escapeAt = [&text](qsizetype i) {
        if (i + 7 > text.size() || text.at(i) != u'_' || text.at(i + 1) != u'x' || text.at(i + 6) != u'_')
            return -1;
        int code = 0;
        for (qsizetype d = i + 2; d < i + 6; ++d) {
            const int digit = TextDecoding::digitValue(text.at(d), true);
            if (digit < 0)
                return -1;
            code = code * 16 + digit;
        }
        return code;
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int code = escapeAt(i);
        out += code < 0 ? text.at(i) : QChar(char16_t(code));
        i += code < 0 ? 0 : 6;
    }
    // Half a surrogate pair escaped alone would be joined by SQLite to the next character.
    TextDecoding::replaceUnpairedSurrogates(out);
    return out;
}

XlsxReader::XlsxReader(const QString &path, int sheet) : XlsxReader(path, sheet, nullptr)
{
}

XlsxReader::XlsxReader(const QString &path, int sheet, std::shared_ptr<const Workbook> workbook)
    : m_zip(std::make_unique<QuaZip>(path)), m_workbook(std::move(workbook))
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        // A workbook cut short is said to be, naming the entry it ends in: no part of it can be
        // read without the rest (Excel writes the shared strings after the worksheets).
        const QString why = ZipSalvage::whyNotWhole(path);
        m_fatalError = why.isEmpty() ? tr("not a readable XLSX workbook (the ZIP container cannot be opened)")
                                     : tr("not a readable XLSX workbook: its ZIP container cannot be opened, as %1").arg(why);
        return;
    }
    if (!m_workbook) {
        auto read = std::make_shared<Workbook>();
        if (!readWorkbook(*read) || !readSharedStrings(*read) || !readStyles(*read))
            return;
        m_workbook = std::move(read);
    }
    openSheet(sheet);
}

std::unique_ptr<TableReader> XlsxReader::openPart(int part, QString *error) const
{
    // Not make_unique: the constructor sharing a workbook is private.
    std::unique_ptr<XlsxReader> reader(new XlsxReader(m_zip->getZipName(), part, m_workbook));
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}

void XlsxReader::openSheet(int sheet)
{
    const auto &sheets = m_workbook->sheets;
    if (sheet < 0 || sheet >= sheets.size() || sheets.at(sheet).second.isEmpty()) {
        m_fatalError = sheets.isEmpty() ? tr("the workbook has no worksheet")
                                        : tr("the workbook has no worksheet %1").arg(sheet + 1);
        return;
    }
    m_sheetIndex = sheet;
    m_sheetName = sheets.at(sheet).first;
    const QString sheetPath = sheets.at(sheet).second;
    if (!m_zip->setCurrentFile(sheetPath, QuaZip::csInsensitive)) {
        m_fatalError = tr("the workbook names a worksheet \"%1\" that it does not contain").arg(sheetPath);
        return;
    }
    if (const QString unsafe = ZipGuard::checkCurrentEntry(*m_zip); !unsafe.isEmpty()) {
        m_fatalError = unsafe;
        return;
    }
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    m_sheetSize = qint64(info.uncompressedSize);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::ReadOnly)) {
        m_fatalError = tr("cannot read the worksheet \"%1\"").arg(sheetPath);
        return;
    }
    m_parser = std::make_unique<XlsxSheetParser>();
}

XlsxReader::~XlsxReader()
{
    if (m_sheet && m_sheet->isOpen())
        m_sheet->close();
    m_sheet.reset();
    if (m_zip)
        m_zip->close();
}

double XlsxReader::progress() const
{
    return m_sheetSize > 0 ? qMin(1.0, double(m_sheetRead) / double(m_sheetSize)) : 1.0;
}

QList<UnreadPart> XlsxReader::unreadParts(const QList<int> &alsoRead)
{
    // Read apart from the worksheet being streamed: its entry stays open in its own QuaZipFile.
    QList<UnreadPart> parts;
    if (!m_workbook)
        return parts;
    const auto &sheets = m_workbook->sheets;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        const auto &[name, path] = sheets.at(i);
        if (i == m_sheetIndex || alsoRead.contains(int(i)))
            continue;
        QString why = tr("the workbook does not say where it is stored");
        const int rows = path.isEmpty() ? -1 : rowsWithValues(path, &why);
        if (rows != 0)
            parts.append({name, rows, false, {}, false, {}, rows < 0 ? why : QString()});
    }
    return parts;
}

int XlsxReader::rowsWithValues(const QString &path, QString *why)
{
    QuaZip zip(m_zip->getZipName());
    if (!zip.open(QuaZip::mdUnzip)) {
        *why = tr("cannot read the worksheet \"%1\"").arg(path);
        return -1;
    }
    if (!zip.setCurrentFile(path, QuaZip::csInsensitive)) {
        *why = tr("the workbook names a worksheet \"%1\" that it does not contain").arg(path);
        return -1;
    }
    if (const QString unsafe = ZipGuard::checkCurrentEntry(zip); !unsafe.isEmpty()) {
        *why = unsafe;
        return -1;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = tr("cannot read the worksheet \"%1\"").arg(path);
        return -1;
    }
    RowsWithValues counter;
    const bool parsed = counter.parseAll(file);
    // The container first, as when a worksheet is read: its damage may be what broke the XML.
    if (const QString damaged = ZipGuard::closeWhole(file); !damaged.isEmpty()) {
        *why = damaged;
        return -1;
    }
    if (!parsed) {
        *why = counter.rows == 0
                   ? tr("the worksheet's XML is damaged before its first row with values: %1").arg(counter.error())
                   : tr("the worksheet's XML is damaged after %n row(s) with values: %1", nullptr, counter.rows)
                         .arg(counter.error());
        return -1;
    }
    return counter.rows;
}

bool XlsxReader::parseMore()
{
    if (m_sheetEnded)
        return false;
    char buffer[256 * 1024];
    const qint64 read = m_sheet->read(buffer, sizeof buffer);
    if (read < 0) { // the compressed data is damaged: nothing read of it can be trusted
        m_fatalError = ZipGuard::closeWhole(*m_sheet);
        m_entryDamaged = !m_fatalError.isEmpty();
        return false;
    }
    m_sheetRead += read;
    m_sheetEnded = read == 0;
    const bool parsed = m_parser->feed(buffer, int(read), m_sheetEnded);
    // The container first: damage to it may be anywhere in the worksheet, not only where the
    // XML breaks. Damage to the XML alone (as written, or cut short before it was zipped)
    // leaves the rows before it as they were written.
    if ((!parsed || m_sheetEnded) && !sheetEntryIsWhole())
        return false;
    if (!parsed) {
        takeDamage();
        return false;
    }
    return true;
}

bool XlsxReader::sheetEntryIsWhole()
{
    char buffer[64 * 1024];
    while (m_sheet->read(buffer, sizeof buffer) > 0) {
    }
    m_sheetEnded = true;
    m_fatalError = ZipGuard::closeWhole(*m_sheet);
    m_entryDamaged = !m_fatalError.isEmpty();
    return m_fatalError.isEmpty();
}

void XlsxReader::takeDamage()
{
    // A worksheet's XML is often one line long: the row says where the damage is.
    const int row = m_parser->lastRow();
    const bool inRow = m_parser->inRow();
    const QString damage = inRow      ? tr("the worksheet's XML is damaged in row %1: %2").arg(row).arg(m_parser->error())
                           : row == 0 ? tr("the worksheet's XML is damaged before its first row: %1").arg(m_parser->error())
                                      : tr("the worksheet's XML is damaged after row %1: %2").arg(row).arg(m_parser->error());
    TableRow openRow; // what could be read of it, for its provenance
    if (inRow)
        fillRow(m_parser->openRow(), openRow);
    setDamage(damage, inRow ? row : row + 1, openRow.cells);
}

void XlsxReader::fillRow(const XlsxSheetParser::Row &parsed, TableRow &row) const
{
    using CellType = XlsxSheetParser::CellType;
    row.line = parsed.line;
    for (const XlsxSheetParser::Cell &cell : parsed.cells) {
        QString value;
        switch (cell.type) {
        case CellType::SharedString: {
            bool ok = false;
            const qsizetype index = QByteArrayView(parsed.textOf(cell)).toLongLong(&ok);
            const auto &ends = m_workbook->sharedEnds;
            if (ok && index >= 0 && size_t(index) < ends.size()) {
                const qsizetype begin = index == 0 ? 0 : ends[size_t(index) - 1];
                value = QString(m_workbook->sharedText.constData() + begin, ends[size_t(index)] - begin);
                for (size_t kind = 0; kind < XmlSaxParser::IrregularKinds; ++kind) {
                    const auto &strings = m_workbook->sharedIrregular[kind];
                    if (std::binary_search(strings.cbegin(), strings.cend(), index))
                        noteIrregular(kind, parsed.line);
                }
            } else if (m_danglingStrings++ == 0) {
                m_firstDangling = cellName(cell.column, parsed.line);
            }
            break;
        }
        case CellType::Boolean:
            value = parsed.textOf(cell) == "1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            break;
        case CellType::Number:
            value = QString::fromUtf8(parsed.textOf(cell));
            if (const auto &styles = m_workbook->timeStyles; cell.style >= 0 && cell.style < styles.size())
                value = SpreadsheetTime::shownTime(value, styles.at(cell.style));
            break;
        case CellType::InlineString:
        case CellType::Other: // a formula's text, an error
            value = unescapeXstring(QString::fromUtf8(parsed.textOf(cell)));
            break;
        }
        if (cell.column == XlsxSheetParser::BeyondLastColumn) // the row is refused, its other cells kept
            row.error = tr("a cell of the row lies beyond the last column a worksheet can have (XFD); the sheet is "
                           "damaged or was not written by a spreadsheet program");
        while (row.cells.size() < cell.column)
            row.cells.append(QString());
        if (cell.column >= 0)
            row.cells.append(value);
        if (!value.isEmpty())
            noteShownBlank(parsed, cell);
    }
    row.raw = row.cells.join(u'\t');
    for (size_t kind = 0; kind < XmlSaxParser::IrregularKinds; ++kind) {
        if (parsed.irregular[kind])
            noteIrregular(kind, parsed.line);
    }
    // A hidden row without a value is none of the table's (sheets hide their unused rows).
    if (parsed.hidden && !row.isBlank() && (m_hiddenRows.isEmpty() || m_hiddenRows.last() < parsed.line))
        m_hiddenRows.append(parsed.line);
    noteFormulas(parsed, row);
}

void XlsxReader::noteShownBlank(const XlsxSheetParser::Row &parsed, const XlsxSheetParser::Cell &cell) const
{
    using CellType = XlsxSheetParser::CellType;
    const auto &styles = m_workbook->shownBlank;
    if (cell.style < 0 || cell.style >= styles.size() || !styles.at(cell.style).any() || cell.column < 0)
        return;
    const ShownBlank &blank = styles.at(cell.style);
    const bool text = cell.type == CellType::SharedString || cell.type == CellType::InlineString || cell.type == CellType::Other;
    const bool hidden = cell.type == CellType::Number ? blank.hidesNumber(QString::fromUtf8(parsed.textOf(cell))) : text && blank.text;
    if (!hidden)
        return;
    if (QList<int> &lines = m_shownBlank[cell.column]; lines.isEmpty() || lines.constLast() < parsed.line)
        lines.append(parsed.line);
}

void XlsxReader::noteFormulas(const XlsxSheetParser::Row &parsed, const TableRow &row) const
{
    const auto note = [&parsed](QList<int> &rows) {
        if (rows.isEmpty() || rows.constLast() < parsed.line)
            rows.append(parsed.line);
    };
    if (parsed.formula && !row.isBlank())
        note(m_formulaRows[0]);
    if (parsed.formulaWithoutResult) // a row it leaves blank too: the row is lost to it
        note(m_formulaRows[1]);
    for (const XlsxSheetParser::Cell &cell : parsed.cells) {
        if (cell.formula && cell.column >= 0 && (cell.withoutResult || !row.isBlank()))
            addCell(m_formulaCells[cell.withoutResult ? 1 : 0], cell.column, parsed.line);
    }
}

void XlsxReader::noteIrregular(size_t kind, int line) const
{
    QList<int> &rows = m_irregularRows[kind];
    if (rows.isEmpty() || rows.constLast() != line)
        rows.append(line);
}

QString XlsxReader::cellName(int column, int line)
{
    return columnLetters(column) + QString::number(line);
}

QStringList XlsxReader::readingNotes() const
{
    if (m_danglingStrings == 0)
        return {};
    return {tr("%n cell(s) of the worksheet name a shared string the workbook does not have (the first: %1); "
               "read as empty",
               nullptr, m_danglingStrings)
                .arg(m_firstDangling)};
}

bool XlsxReader::next(TableRow &row)
{
    row = TableRow{};
    if (!m_fatalError.isEmpty() || !m_sheet)
        return false;
    std::deque<XlsxSheetParser::Row> &rows = m_parser->rows();
    while (rows.empty() && parseMore()) {
    }
    if (!rows.empty()) { // the rows parsed before an error, too: damage is the last row read
        fillRow(rows.front(), row);
        rows.pop_front();
        return true;
    }
    return m_fatalError.isEmpty() && takeDamageRow(row);
}
