#include "xmlsheetreader.h"

#include "csvreader.h"

#include <charconv>

XmlSheetReader::~XmlSheetReader() = default;

void XmlSheetReader::SheetParser::startSheet(const QString &name)
{
    sheetNames.append(name);
    rowsWithValues.append(0);
}

void XmlSheetReader::SheetParser::startRow()
{
    m_rowChars = 0;
    m_tooLong = false;
}

void XmlSheetReader::SheetParser::appendText(std::string &cell, std::string_view text)
{
    if (m_tooLong)
        return;
    m_rowChars += qsizetype(text.size());
    if (m_rowChars > CsvReader::MaxRecordChars) {
        m_tooLong = true; // rejected, not held: as a text file's record over 1 MiB
        cell.clear();
        return;
    }
    cell.append(text);
}

void XmlSheetReader::SheetParser::finishRow(QStringList cells, int line, int times)
{
    const auto row = TableRow::ofSheet(std::move(cells), line,
                                       m_tooLong ? XmlSheetReader::tr("row longer than 1 MiB; skipped") : QString());
    for (int i = 0; row && i < times && !rowsWithValues.isEmpty(); ++i) {
        ++rowsWithValues.last();
        if (sheetNames.size() - 1 == m_only) {
            rows.push_back(*row);
            rows.back().line = line + i;
        }
    }
}

int XmlSheetReader::SheetParser::toInt(std::string_view text, int fallback)
{
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() ? value : fallback;
}

void XmlSheetReader::start(std::shared_ptr<const Survey> survey)
{
    m_survey = std::move(survey);
    if (!m_survey) {
        const auto xml = openXml(&m_fatalError);
        if (!xml)
            return;
        const auto counting = makeParser(-1);
        if (!counting->parseAll(*xml)) {
            m_fatalError = unreadable(counting->error());
            return;
        }
        if (m_fatalError = closeWhole(*xml); !m_fatalError.isEmpty())
            return;
        m_survey = std::make_shared<const Survey>(Survey{counting->sheetNames, counting->rowsWithValues});
    }
    if (m_sheetIndex < 0 || m_sheetIndex >= partCount()) {
        m_fatalError = noSheet(m_sheetIndex);
        return;
    }
    m_xml = openXml(&m_fatalError);
    if (m_xml)
        m_parser = makeParser(m_sheetIndex);
}

bool XmlSheetReader::parseMore()
{
    if (m_ended || !m_fatalError.isEmpty() || !m_parser)
        return false;
    const QByteArray piece = m_xml->read(256 * 1024);
    if (piece.isEmpty() && !m_xml->atEnd()) {
        m_fatalError = unreadable(m_xml->errorString());
        return false;
    }
    m_ended = piece.isEmpty();
    if (!m_parser->feed(piece.constData(), int(piece.size()), m_ended)) {
        m_fatalError = unreadable(m_parser->error());
        return false;
    }
    return true;
}

bool XmlSheetReader::next(TableRow &row)
{
    while (!m_parser || m_parser->rows.empty()) {
        if (!parseMore())
            return false;
    }
    row = std::move(m_parser->rows.front());
    m_parser->rows.pop_front();
    return true;
}

double XmlSheetReader::progress() const
{
    return !m_xml || m_xml->size() <= 0 ? 1.0 : qMin(1.0, double(m_xml->pos()) / double(m_xml->size()));
}

QList<UnreadPart> XmlSheetReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> parts;
    for (int sheet = 0; sheet < partCount(); ++sheet) {
        const int rows = m_survey->rowsWithValues.value(sheet);
        if (sheet != m_sheetIndex && !alsoRead.contains(sheet) && rows > 0)
            parts.append({m_survey->sheetNames.at(sheet), rows, false, {}});
    }
    return parts;
}

std::unique_ptr<TableReader> XmlSheetReader::openPart(int part, QString *error) const
{
    auto reader = makePart(part, m_survey);
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}
