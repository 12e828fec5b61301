#include "xlsxreader.h"

#include "importfiles.h"
#include "opcrelationships.h"
#include "textdecoding.h"
#include "zipguard.h"
#include "zipsalvage.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

#include <quazip.h>
#include <quazipfile.h>

namespace {

/// @brief @p text with OOXML's escapes of characters XML cannot hold undone (ECMA-376 Part 1,
/// ST_Xstring): Excel writes a carriage return in a cell as "_x000D_", a control character as
/// "_x0001_", and "_x" itself as "_x005F_x". Read as it stands, a cell showed "_x000D_" where
/// Excel shows a line break.
QString unescapeXstring(QString text)
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

/// What a number format shows of a time: a clock ("h:mm:ss", "mm:ss") or an elapsed time
/// ("[h]:mm:ss") with no date. Such a cell's serial number is a fraction of a day, not a count.
XlsxReader::TimeStyle timeStyleOf(int id, const QString &code)
{
    if (id == 46) // [h]:mm:ss
        return XlsxReader::TimeStyle::Elapsed;
    if ((id >= 18 && id <= 21) || id == 45 || id == 47) // h:mm AM/PM … h:mm:ss, mm:ss, mm:ss.0
        return XlsxReader::TimeStyle::Clock;
    if (code.isEmpty())
        return XlsxReader::TimeStyle::None;
    // Quoted text, escaped characters and bracketed colours or locales say nothing of the
    // kind; [h], [m] and [s] (elapsed time) do.
    static const QRegularExpression noise(QStringLiteral("\"[^\"]*\"|\\\\.|_.|\\*.|\\[(?![hms]+\\])[^\\]]*\\]"));
    const QString tokens = QString(code).remove(noise).toLower();
    const bool time = tokens.contains(u'h') || tokens.contains(u's');
    const bool date = tokens.contains(u'y') || tokens.contains(u'd') || tokens.contains(u'e') || tokens.contains(u'g');
    if (!time || date)
        return XlsxReader::TimeStyle::None;
    return tokens.contains(u'[') ? XlsxReader::TimeStyle::Elapsed : XlsxReader::TimeStyle::Clock;
}

/// A fraction of a day as a clock or an elapsed time: "14:03:07", "0:01:05", "26:00:00".
QString timeOfSerial(double serial)
{
    const qint64 ms = qRound64(serial * 86400000.0);
    const qint64 seconds = ms / 1000;
    QString text = QStringLiteral("%1:%2:%3")
                       .arg(seconds / 3600)
                       .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (ms % 1000 != 0)
        text += QStringLiteral(".%1").arg(ms % 1000, 3, 10, QLatin1Char('0'));
    return text;
}

/// The text of each <si> of the shared strings part, its phonetic reading aids left out.
class SharedStrings final : public XmlSaxParser
{
public:
    QString text;                ///< every string, end to end
    std::vector<qsizetype> ends; ///< where each ends in text
    /// The strings holding text of each IrregularText kind, ascending.
    std::array<std::vector<qsizetype>, IrregularKinds> irregular;

protected:
    void startElement(std::string_view name, const Attributes &) override
    {
        if (name == "si")
            m_text.clear();
        else if (name == "rPh")
            ++m_phonetic;
        else if (name == "t" && m_phonetic == 0)
            m_capture = true;
    }
    void endElement(std::string_view name) override
    {
        if (name == "t")
            m_capture = false;
        else if (name == "rPh")
            m_phonetic = std::max(0, m_phonetic - 1);
        else if (name == "si") {
            text += unescapeXstring(QString::fromUtf8(m_text));
            ends.push_back(text.size());
        }
    }
    void characters(std::string_view chunk) override
    {
        if (m_capture)
            m_text.append(chunk);
    }
    void irregularText(IrregularText kind) override
    {
        const auto index = qsizetype(ends.size()); // the string being read
        std::vector<qsizetype> &strings = irregular[size_t(kind)];
        if (strings.empty() || strings.back() != index)
            strings.push_back(index);
    }

private:
    std::string m_text;
    int m_phonetic = 0;
    bool m_capture = false;
};

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

bool XlsxReader::isOfficePackage(const QStringList &names)
{
    return names.contains(QStringLiteral("[Content_Types].xml"), Qt::CaseInsensitive)
        || names.contains(QStringLiteral("xl/workbook.xml"), Qt::CaseInsensitive);
}

bool XlsxReader::readEntry(const QString &name, QByteArray *out)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive))
        return false;
    if (const QString unsafe = ZipGuard::checkCurrentEntry(*m_zip); !unsafe.isEmpty()) {
        m_fatalError = unsafe;
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.readAll();
    m_fatalError = ZipGuard::closeWhole(file);
    return m_fatalError.isEmpty();
}

QString XlsxReader::notAWorkbook(const QString &workbookPart)
{
    // Another ZIP a return may hold in a table's place (an .ods is read by OdsReader): named,
    // with what would make it readable.
    if (workbookPart.endsWith(QStringLiteral(".bin"), Qt::CaseInsensitive)
        || m_zip->setCurrentFile(QStringLiteral("xl/workbook.bin"), QuaZip::csInsensitive))
        return tr("an Excel binary workbook (.xlsb), which LookupLens does not read: save a copy as .xlsx in Excel "
                  "and import the copy");
    if (!m_fatalError.isEmpty())
        return m_fatalError;
    // A return zipped as delivered (its LOG/ folder and all): its tables are files of their own.
    QStringList tables = m_zip->getFileNameList();
    tables.removeIf([](const QString &name) {
        return !ImportFiles::mayHoldRecords(name) || QFileInfo(name).fileName().startsWith(u'.'); // a Mac's "._" files
    });
    if (!tables.isEmpty())
        return tr("a ZIP archive of %n file(s) that may hold records (%1), not a workbook: named .zip, the tables in "
                  "it are imported",
                  nullptr, int(tables.size()))
            .arg(tables.mid(0, 3).join(QStringLiteral(", ")) + (tables.size() > 3 ? QStringLiteral(", …") : QString()));
    if (workbookPart != u"xl/workbook.xml")
        return tr("not an XLSX workbook: the package names \"%1\" as its document, and does not hold it").arg(workbookPart);
    return tr("not an XLSX workbook (xl/workbook.xml is missing)");
}

std::optional<QString> XlsxReader::workbookPart()
{
    QByteArray rels;
    if (!readEntry(QStringLiteral("_rels/.rels"), &rels))
        return m_fatalError.isEmpty() ? std::optional(QStringLiteral("xl/workbook.xml")) : std::nullopt;
    const QString named = OpcRelationships(rels, {}).targetOfKind(u"officeDocument");
    return named.isEmpty() ? QStringLiteral("xl/workbook.xml") : named;
}

bool XlsxReader::readWorkbook(Workbook &book)
{
    const auto part = workbookPart();
    if (!part)
        return false;
    QByteArray workbook;
    if (!readEntry(*part, &workbook)) {
        if (m_fatalError.isEmpty())
            m_fatalError = notAWorkbook(*part);
        return false;
    }
    QXmlStreamReader xml(workbook);
    if (xml.readNextStartElement() && xml.name() != u"workbook") { // a Word or PowerPoint file
        m_fatalError = tr("not an XLSX workbook: the package's document \"%1\" is a <%2>, not a workbook")
                           .arg(*part, xml.qualifiedName());
        return false;
    }
    QByteArray rels;
    if (!readEntry(OpcRelationships::partOf(*part), &rels)) {
        if (m_fatalError.isEmpty())
            m_fatalError = tr("the workbook's relationships (\"%1\") are missing: where its worksheets are is not known")
                               .arg(OpcRelationships::partOf(*part));
        return false;
    }
    QList<QPair<QString, QString>> sheets; // name and relationship id, in workbook order
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto value = xml.attributes().value(QStringLiteral("date1904"));
            book.date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            QString rel;
            for (const auto &attr : xml.attributes()) {
                if (attr.name() == u"id") // r:id, whatever the namespace prefix
                    rel = attr.value().toString();
            }
            const auto state = xml.attributes().value(QStringLiteral("state"));
            if (state == u"hidden" || state == u"veryHidden")
                book.hiddenSheets.append(int(sheets.size()));
            sheets.append({xml.attributes().value(QStringLiteral("name")).toString(), rel});
        }
    }
    // Read past damage, the worksheets listed after it would be left out without a word.
    if (xml.hasError()) {
        m_fatalError = tr("the workbook's list of worksheets (\"%1\") is damaged at its line %2: %3")
                           .arg(*part)
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
        return false;
    }
    const OpcRelationships relationships(rels, *part);
    if (!relationships.error().isEmpty()) {
        m_fatalError = tr("the workbook's relationships (\"%1\") are damaged at their line %2: %3")
                           .arg(OpcRelationships::partOf(*part))
                           .arg(relationships.errorLine())
                           .arg(relationships.error());
        return false;
    }
    for (const auto &[name, rel] : std::as_const(sheets))
        book.sheets.append({name, relationships.target(rel)});
    // Parts a writer left out of the relationships are looked for where Excel puts them.
    const QString folder = part->left(part->lastIndexOf(u'/') + 1);
    book.sharedStringsPart = relationships.targetOfKind(u"sharedStrings");
    if (book.sharedStringsPart.isEmpty())
        book.sharedStringsPart = folder + QStringLiteral("sharedStrings.xml");
    book.stylesPart = relationships.targetOfKind(u"styles");
    if (book.stylesPart.isEmpty())
        book.stylesPart = folder + QStringLiteral("styles.xml");
    return true;
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
        const int rows = path.isEmpty() ? -1 : rowsWithValues(path);
        if (rows != 0)
            parts.append({name, rows, false, {}});
    }
    return parts;
}

int XlsxReader::rowsWithValues(const QString &path)
{
    QuaZip zip(m_zip->getZipName());
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(path, QuaZip::csInsensitive)
        || !ZipGuard::checkCurrentEntry(zip).isEmpty())
        return -1;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    RowsWithValues counter;
    return counter.parseAll(file) && ZipGuard::closeWhole(file).isEmpty() ? counter.rows : -1;
}

bool XlsxReader::readSharedStrings(Workbook &book)
{
    if (!m_zip->setCurrentFile(book.sharedStringsPart, QuaZip::csInsensitive))
        return true; // a workbook without shared strings is fine
    if (const QString unsafe = ZipGuard::checkCurrentEntry(*m_zip); !unsafe.isEmpty()) {
        m_fatalError = unsafe;
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        m_fatalError = tr("cannot read the workbook's shared strings: %1").arg(file.errorString());
        return false;
    }
    SharedStrings parser;
    if (!parser.parseAll(file)) {
        m_fatalError = tr("the workbook's shared strings are damaged: %1").arg(parser.error());
        return false;
    }
    if (m_fatalError = ZipGuard::closeWhole(file); !m_fatalError.isEmpty())
        return false;
    book.sharedText = std::move(parser.text);
    book.sharedEnds = std::move(parser.ends);
    book.sharedIrregular = std::move(parser.irregular);
    return true;
}

QString XlsxReader::shownTime(const QString &value, TimeStyle style)
{
    // A time of day or a duration is written as the sheet shows it (a duration in seconds read
    // from the bare serial would be 86,400 times too small). A clock format over a value of a
    // day or more hides a date the value holds: that stays a serial number, date and all.
    if (style == TimeStyle::None)
        return value;
    bool isNumber = false;
    const double serial = value.toDouble(&isNumber);
    if (!isNumber || serial < 0 || (style == TimeStyle::Clock && serial >= 1))
        return value;
    return timeOfSerial(serial);
}

bool XlsxReader::readStyles(Workbook &book)
{
    QByteArray data;
    if (!readEntry(book.stylesPart, &data))
        return m_fatalError.isEmpty(); // a workbook without styles shows every number as a number
    QHash<int, QString> customFormats;
    QXmlStreamReader xml(data);
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellFormats = false;
        if (!xml.isStartElement())
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == u"numFmt")
            customFormats.insert(attributes.value(QStringLiteral("numFmtId")).toInt(),
                                 attributes.value(QStringLiteral("formatCode")).toString());
        else if (xml.name() == u"cellXfs")
            inCellFormats = true;
        else if (inCellFormats && xml.name() == u"xf") {
            const int id = attributes.value(QStringLiteral("numFmtId")).toInt();
            book.timeStyles.append(timeStyleOf(id, customFormats.value(id)));
        }
    }
    if (xml.hasError()) {
        m_fatalError = tr("the workbook's styles are damaged: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

bool XlsxReader::parseMore()
{
    if (m_sheetEnded)
        return false;
    char buffer[256 * 1024];
    const qint64 read = m_sheet->read(buffer, sizeof buffer);
    if (read < 0) { // the compressed data is damaged: nothing read of it can be trusted
        m_fatalError = ZipGuard::closeWhole(*m_sheet);
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
                value = shownTime(value, styles.at(cell.style));
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
    }
    row.raw = row.cells.join(u'\t');
    for (size_t kind = 0; kind < XmlSaxParser::IrregularKinds; ++kind) {
        if (parsed.irregular[kind])
            noteIrregular(kind, parsed.line);
    }
    // A hidden row without a value is none of the table's (sheets hide their unused rows).
    const bool hasValue = std::any_of(row.cells.cbegin(), row.cells.cend(), [](const QString &c) { return !c.isEmpty(); });
    if (parsed.hidden && hasValue && (m_hiddenRows.isEmpty() || m_hiddenRows.last() < parsed.line))
        m_hiddenRows.append(parsed.line);
}

void XlsxReader::noteIrregular(size_t kind, int line) const
{
    QList<int> &rows = m_irregularRows[kind];
    if (rows.isEmpty() || rows.constLast() != line)
        rows.append(line);
}

QString XlsxReader::cellName(int column, int line)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters + QString::number(line);
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
