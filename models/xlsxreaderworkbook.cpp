// What every worksheet of a workbook shares, read once: where its parts are (the package's
// relationships), its worksheets, shared strings and styles. The worksheet itself is streamed
// in xlsxreader.cpp.
#include "xlsxreader.h"

#include "importfiles.h"
#include "opcrelationships.h"
#include "zipguard.h"

#include <QFileInfo>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

namespace {

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
            text += XlsxReader::unescapeXstring(QString::fromUtf8(m_text));
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

} // namespace

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
        return (!ImportFiles::mayHoldRecords(name) && !ImportFiles::isToldByContent(name))
               || QFileInfo(name).fileName().startsWith(u'.'); // a Mac's "._" files
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
    if (!readSheetList(xml, *part, book, sheets))
        return false;
    const OpcRelationships relationships(rels, *part);
    if (!relationships.error().isEmpty()) {
        m_fatalError = tr("the workbook's relationships (\"%1\") are damaged at their line %2: %3")
                           .arg(OpcRelationships::partOf(*part),
                                QString::number(relationships.errorLine()), relationships.error());
        return false;
    }
    for (const auto &[name, rel] : std::as_const(sheets))
        book.sheets.append({name, relationships.target(rel)});
    placeParts(relationships, *part, book);
    return true;
}

bool XlsxReader::readSheetList(QXmlStreamReader &xml, const QString &part, Workbook &book,
                               QList<QPair<QString, QString>> &sheets)
{
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
        m_fatalError =
            tr("the workbook's list of worksheets (\"%1\") is damaged at its line %2: %3")
                .arg(part, QString::number(xml.lineNumber()), xml.errorString());
        return false;
    }
    return true;
}

void XlsxReader::placeParts(const OpcRelationships &relationships, const QString &part, Workbook &book)
{
    // Parts a writer left out of the relationships are looked for where Excel puts them.
    const QString folder = part.left(part.lastIndexOf(u'/') + 1);
    book.sharedStringsPart = relationships.targetOfKind(u"sharedStrings");
    if (book.sharedStringsPart.isEmpty())
        book.sharedStringsPart = folder + QStringLiteral("sharedStrings.xml");
    book.stylesPart = relationships.targetOfKind(u"styles");
    if (book.stylesPart.isEmpty())
        book.stylesPart = folder + QStringLiteral("styles.xml");
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
            book.timeStyles.append(SpreadsheetTime::styleOf(id, customFormats.value(id)));
            book.shownBlank.append(ShownBlank::byFormat(customFormats.value(id))); // Excel's own formats show all
        }
    }
    if (xml.hasError()) {
        m_fatalError = tr("the workbook's styles are damaged: %1").arg(xml.errorString());
        return false;
    }
    return true;
}
