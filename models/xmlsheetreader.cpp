#include "xmlsheetreader.h"

#include "csvreader.h"

#include <charconv>

XmlSheetReader::~XmlSheetReader() = default;

void XmlSheetReader::SheetParser::startSheet(const QString &name)
{
    sheetNames.append(name);
    rowsWithValues.append(0);
    m_openLine = m_lastLine = 0;
}

void XmlSheetReader::SheetParser::hideColumns(qint64 first, qint64 count)
{
    if (sheetNames.size() - 1 == m_only)
        TableReader::addColumns(hiddenColumns, first, count);
}

void XmlSheetReader::SheetParser::noteShownBlank(int column, int repeats)
{
    if (sheetNames.size() - 1 != m_only)
        return;
    QList<int> &lines = shownBlank[column];
    for (int line = m_openLine; line < m_openLine + repeats; ++line) {
        if (lines.isEmpty() || lines.constLast() < line)
            lines.append(line);
    }
}

void XmlSheetReader::SheetParser::startRow(int line)
{
    m_rowChars = 0;
    m_tooLong = false;
    m_openLine = line;
    m_rowFormula = m_rowFormulaWithoutResult = false;
    m_rowFormulaColumns = {};
}

void XmlSheetReader::SheetParser::noteFormula(int column, bool withResult, int repeats)
{
    (withResult ? m_rowFormula : m_rowFormulaWithoutResult) = true;
    for (int i = 0; i < repeats && column + i < 16384; ++i) // as Excel's last column
        m_rowFormulaColumns[withResult ? 0 : 1].append(column + i);
}

XmlSheetReader::SheetParser::Break XmlSheetReader::SheetParser::breakPoint() const
{
    const bool inRow = m_openLine > 0;
    return {int(sheetNames.size()) - 1, inRow ? m_openLine : m_lastLine + 1, inRow, m_lastLine,
            inRow ? cellsSoFar() : QStringList()};
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

void XmlSheetReader::SheetParser::finishRow(QStringList cells, int line, int times, bool hidden)
{
    m_openLine = 0;
    m_lastLine = line + times - 1;
    const auto row = TableRow::ofSheet(std::move(cells), line,
                                       m_tooLong ? XmlSheetReader::tr("row longer than 1 MiB; skipped") : QString());
    for (int i = 0; row && i < times && !rowsWithValues.isEmpty(); ++i) {
        ++rowsWithValues.last();
        if (sheetNames.size() - 1 == m_only) {
            rows.push_back(*row);
            rows.back().line = line + i;
            if (hidden)
                hiddenRows.append(line + i);
            if (m_rowFormula)
                noteFormulaRow(0, line + i);
        }
    }
    // A formula without a result may leave its row without a value: it is named all the same.
    for (int i = 0; m_rowFormulaWithoutResult && i < times && sheetNames.size() - 1 == m_only; ++i)
        noteFormulaRow(1, line + i);
}

void XmlSheetReader::SheetParser::noteFormulaRow(size_t kind, int line)
{
    formulaRows[kind].append(line);
    for (const int column : std::as_const(m_rowFormulaColumns[kind]))
        TableReader::addCell(formulaCells[kind], column, line);
}

void XmlSheetReader::SheetParser::irregularText(IrregularText kind)
{
    QList<int> &rows = irregularRows[size_t(kind)];
    const bool sheetRead = sheetNames.size() - 1 == m_only;
    if (sheetRead && m_openLine > 0 && (rows.isEmpty() || rows.constLast() != m_openLine))
        rows.append(m_openLine);
}

QList<int> XmlSheetReader::irregularRows(XmlSaxParser::IrregularText kind) const
{
    return m_parser ? m_parser->irregularRows[size_t(kind)] : QList<int>{};
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
        if (!xml || !(m_survey = this->survey(*xml)))
            return;
    }
    if (m_sheetIndex < 0 || m_sheetIndex >= partCount()) {
        m_fatalError = noSheet(m_sheetIndex);
        return;
    }
    m_xml = openXml(&m_fatalError);
    if (m_xml)
        m_parser = makeParser(m_sheetIndex);
}

std::shared_ptr<const XmlSheetReader::Survey> XmlSheetReader::survey(QIODevice &xml)
{
    const auto counting = makeParser(-1);
    const bool parsed = counting->parseAll(xml);
    if (!parsed) { // the container first: damage to it may be anywhere, not where the XML broke
        QByteArray rest(64 * 1024, Qt::Uninitialized);
        while (xml.read(rest.data(), rest.size()) > 0) {
        }
    }
    if (m_fatalError = closeWhole(xml); !m_fatalError.isEmpty())
        return nullptr;
    const SheetParser::Break at = counting->breakPoint();
    if (!parsed && (at.sheet < 0 || (at.sheet == 0 && at.lastLine == 0 && !at.inRow))) {
        m_fatalError = unreadable(counting->error()); // before any row: nothing to read
        return nullptr;
    }
    return std::make_shared<const Survey>(
        Survey{counting->sheetNames, counting->rowsWithValues, counting->hiddenSheets, parsed ? -1 : at.sheet});
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
        if (m_survey->damagedSheet < 0) // the survey read it whole: it changed since
            m_fatalError = unreadable(m_parser->error());
        else
            takeDamage();
        return false;
    }
    return true;
}

void XmlSheetReader::takeDamage()
{
    m_ended = true;
    const SheetParser::Break at = m_parser->breakPoint();
    if (at.sheet != m_sheetIndex)
        return; // it broke in a later sheet, after this one's rows
    // One document holds every sheet: those after the damage are lost with it.
    const QString where = at.inRow             ? tr("in row %1").arg(at.line)
                          : at.lastLine == 0 ? tr("before its first row")
                                             : tr("after row %1").arg(at.lastLine);
    setDamage(tr("the sheet's XML is damaged %1: %2; no sheet after it can be read either").arg(where, m_parser->error()),
              at.line, at.cells);
}

bool XmlSheetReader::next(TableRow &row)
{
    while (m_parser && m_parser->rows.empty() && parseMore()) {
    }
    if (m_parser && !m_parser->rows.empty()) { // the rows parsed before damage, too
        row = std::move(m_parser->rows.front());
        m_parser->rows.pop_front();
        return true;
    }
    return m_fatalError.isEmpty() && takeDamageRow(row);
}

double XmlSheetReader::progress() const
{
    return !m_xml || m_xml->size() <= 0 ? 1.0 : qMin(1.0, double(m_xml->pos()) / double(m_xml->size()));
}

QList<UnreadPart> XmlSheetReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> parts;
    for (int sheet = 0; sheet < partCount(); ++sheet) {
        int rows = m_survey->rowsWithValues.value(sheet);
        if (sheet == m_survey->damagedSheet && rows == 0)
            rows = -1; // damaged before its first row: named as a sheet that cannot be read
        if (sheet != m_sheetIndex && !alsoRead.contains(sheet) && rows != 0)
            parts.append({m_survey->sheetNames.at(sheet), rows, false, {}, false, {},
                          rows < 0 ? tr("the sheet's XML is damaged before its first row; no sheet after it can "
                                        "be read either")
                                   : QString()});
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
