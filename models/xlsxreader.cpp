#include "xlsxreader.h"

#include "zipguard.h"

#include <quazip.h>
#include <quazipfile.h>

namespace {

/// Column index (0-based) from a cell reference like "AB12".
int columnFromReference(QStringView ref)
{
    int column = 0;
    for (QChar c : ref) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toUpper().unicode() - u'A' + 1);
    }
    return column - 1;
}

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxReader::XlsxReader(const QString &path) : m_zip(std::make_unique<QuaZip>(path))
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_fatalError = tr("not a readable XLSX workbook (the ZIP container cannot be opened)");
        return;
    }
    QString sheetPath;
    if (!readWorkbook(&sheetPath) || !readSharedStrings())
        return;
    if (!m_zip->setCurrentFile(sheetPath)) {
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
    m_xml.setDevice(m_sheet.get());
}

XlsxReader::~XlsxReader()
{
    if (m_sheet)
        m_sheet->close();
    m_sheet.reset();
    if (m_zip)
        m_zip->close();
}

double XlsxReader::progress() const
{
    return m_sheetSize > 0 ? qMin(1.0, double(m_xml.characterOffset()) / double(m_sheetSize)) : 1.0;
}

bool XlsxReader::readEntry(const QString &name, QByteArray *out)
{
    if (!m_zip->setCurrentFile(name))
        return false;
    if (const QString unsafe = ZipGuard::checkCurrentEntry(*m_zip); !unsafe.isEmpty()) {
        m_fatalError = unsafe;
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *out = file.readAll();
    file.close();
    return true;
}

bool XlsxReader::readWorkbook(QString *sheetPath)
{
    QByteArray workbook;
    QByteArray rels;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &workbook)
        || !readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels)) {
        if (m_fatalError.isEmpty())
            m_fatalError = tr("not an XLSX workbook (xl/workbook.xml is missing)");
        return false;
    }
    QString firstSheetRel;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto value = xml.attributes().value(QStringLiteral("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet" && firstSheetRel.isEmpty()) {
            for (const auto &attr : xml.attributes()) {
                if (attr.name() == u"id") // r:id, whatever the namespace prefix
                    firstSheetRel = attr.value().toString();
            }
        }
    }
    QXmlStreamReader relsXml(rels);
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == u"Relationship"
            && relsXml.attributes().value(QStringLiteral("Id")) == firstSheetRel) {
            *sheetPath = resolveTarget(relsXml.attributes().value(QStringLiteral("Target")).toString());
        }
    }
    if (sheetPath->isEmpty()) {
        m_fatalError = tr("the workbook has no worksheet");
        return false;
    }
    return true;
}

bool XlsxReader::readSharedStrings()
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/sharedStrings.xml"), &data))
        return m_fatalError.isEmpty(); // a workbook without shared strings is fine
    QXmlStreamReader xml(data);
    QString current;
    bool inPhonetic = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            current.clear();
        else if (xml.isStartElement() && xml.name() == u"rPh")
            inPhonetic = true;
        else if (xml.isEndElement() && xml.name() == u"rPh")
            inPhonetic = false;
        else if (xml.isStartElement() && xml.name() == u"t" && !inPhonetic)
            current += xml.readElementText();
        else if (xml.isEndElement() && xml.name() == u"si")
            m_sharedStrings.append(current);
    }
    if (xml.hasError()) {
        m_fatalError = tr("the workbook's shared strings are damaged: %1").arg(xml.errorString());
        return false;
    }
    return true;
}

QString XlsxReader::readInlineString()
{
    QString text;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"t")
            text += m_xml.readElementText();
        else if (m_xml.name() == u"r")
            text += readInlineString();
        else
            m_xml.skipCurrentElement();
    }
    return text;
}

QString XlsxReader::readCellValue(const QString &type)
{
    QString value;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"v") {
            value = m_xml.readElementText();
        } else if (m_xml.name() == u"is") {
            value = readInlineString();
        } else {
            m_xml.skipCurrentElement();
        }
    }
    if (type == u"s") {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index) : QString();
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return value;
}

bool XlsxReader::next(TableRow &row)
{
    row = TableRow{};
    if (!m_fatalError.isEmpty() || !m_sheet)
        return false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != u"row")
            continue;
        const auto r = m_xml.attributes().value(QStringLiteral("r"));
        row.line = r.isEmpty() ? m_lastRow + 1 : r.toInt();
        m_lastRow = row.line;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"c") {
                m_xml.skipCurrentElement();
                continue;
            }
            const auto ref = m_xml.attributes().value(QStringLiteral("r"));
            const int column = ref.isEmpty() ? int(row.cells.size()) : columnFromReference(ref);
            const QString type = m_xml.attributes().value(QStringLiteral("t")).toString();
            const QString value = readCellValue(type);
            while (row.cells.size() < column)
                row.cells.append(QString());
            if (column >= 0)
                row.cells.append(value);
        }
        row.raw = row.cells.join(u'\t');
        return true;
    }
    if (m_xml.hasError())
        m_fatalError = tr("the worksheet is damaged: %1").arg(m_xml.errorString());
    return false;
}

