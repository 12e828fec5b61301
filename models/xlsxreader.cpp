#include "xlsxreader.h"

#include "zipguard.h"

#include <QRegularExpression>

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

QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    return QStringLiteral("xl/") + target;
}

} // namespace

XlsxReader::XlsxReader(const QString &path, int sheet) : m_zip(std::make_unique<QuaZip>(path))
{
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_fatalError = tr("not a readable XLSX workbook (the ZIP container cannot be opened)");
        return;
    }
    QString sheetPath;
    if (!readWorkbook(sheet, &sheetPath) || !readSharedStrings() || !readStyles())
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

bool XlsxReader::readWorkbook(int sheet, QString *sheetPath)
{
    QByteArray workbook;
    QByteArray rels;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &workbook)
        || !readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels)) {
        if (m_fatalError.isEmpty())
            m_fatalError = tr("not an XLSX workbook (xl/workbook.xml is missing)");
        return false;
    }
    QList<QPair<QString, QString>> sheets; // name and relationship id, in workbook order
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"workbookPr") {
            const auto value = xml.attributes().value(QStringLiteral("date1904"));
            m_date1904 = value == u"1" || value == u"true";
        } else if (xml.name() == u"sheet") {
            QString rel;
            for (const auto &attr : xml.attributes()) {
                if (attr.name() == u"id") // r:id, whatever the namespace prefix
                    rel = attr.value().toString();
            }
            sheets.append({xml.attributes().value(QStringLiteral("name")).toString(), rel});
        }
    }
    QHash<QString, QString> targets;
    QXmlStreamReader relsXml(rels);
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == u"Relationship")
            targets.insert(relsXml.attributes().value(QStringLiteral("Id")).toString(),
                           resolveTarget(relsXml.attributes().value(QStringLiteral("Target")).toString()));
    }
    m_sheetCount = int(sheets.size());
    if (sheet < sheets.size()) {
        m_sheetName = sheets.at(sheet).first;
        *sheetPath = targets.value(sheets.at(sheet).second);
    }
    if (sheetPath->isEmpty()) {
        m_fatalError = sheets.isEmpty() ? tr("the workbook has no worksheet")
                                        : tr("the workbook has no worksheet %1").arg(sheet + 1);
        return false;
    }
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        if (i != sheet)
            m_otherSheets.append({sheets.at(i).first, targets.value(sheets.at(i).second)});
    }
    return true;
}

QList<UnreadPart> XlsxReader::unreadParts()
{
    // Read apart from the worksheet being streamed: its entry stays open in its own QuaZipFile.
    QList<UnreadPart> parts;
    for (const auto &[name, path] : std::as_const(m_otherSheets)) {
        const int rows = rowsWithValues(path);
        if (rows != 0)
            parts.append({name, rows});
    }
    return parts;
}

int XlsxReader::rowsWithValues(const QString &path)
{
    QuaZip zip(m_zip->getZipName());
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(path) || !ZipGuard::checkCurrentEntry(zip).isEmpty())
        return -1;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QXmlStreamReader xml(&file);
    int rows = 0;
    bool counted = false; // the current row's
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row")
            counted = false;
        else if (xml.isStartElement() && (xml.name() == u"v" || xml.name() == u"t") && !counted
                 && !xml.readElementText().trimmed().isEmpty()) {
            ++rows;
            counted = true;
        }
    }
    return xml.hasError() ? -1 : rows;
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

bool XlsxReader::readStyles()
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/styles.xml"), &data))
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
            m_timeStyles.append(timeStyleOf(id, customFormats.value(id)));
        }
    }
    if (xml.hasError()) {
        m_fatalError = tr("the workbook's styles are damaged: %1").arg(xml.errorString());
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
            const int style = m_xml.attributes().value(QStringLiteral("s")).toInt();
            QString value = readCellValue(type);
            if ((type.isEmpty() || type == u"n") && style < m_timeStyles.size())
                value = shownTime(value, m_timeStyles.at(style));
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

