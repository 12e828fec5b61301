#include "xmlspreadsheetreader.h"

#include "csvreader.h"
#include "xmlsaxparser.h"

#include <charconv>
#include <deque>

namespace {

int toInt(std::string_view text, int fallback)
{
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() ? value : fallback;
}

} // namespace

/// Rows of the worksheets as they are parsed: of one worksheet (@p only), or counted for all.
class XmlSpreadsheetReader::Parser final : public XmlSaxParser
{
public:
    explicit Parser(int only) : m_only(only) {}
    std::deque<TableRow> rows;  ///< of the worksheet read, parsed and not yet taken
    QStringList sheetNames;     ///< every worksheet met so far
    QList<int> rowsWithValues;  ///< of every worksheet met so far

protected:
    void startElement(std::string_view name, const Attributes &attributes) override
    {
        if (name == "Worksheet") {
            sheetNames.append(QString::fromUtf8(attributes.value("Name")));
            rowsWithValues.append(0);
            m_rowNumber = 0;
        } else if (name == "Row" && !sheetNames.isEmpty()) {
            m_rowNumber = toInt(attributes.value("Index"), m_rowNumber + 1);
            m_cells.clear();
            m_rowChars = 0;
            m_tooLong = false;
            m_inRow = true;
        } else if (name == "Cell" && m_inRow) {
            const int column = toInt(attributes.value("Index"), int(m_cells.size()) + 1) - 1;
            while (m_cells.size() < qMin(column, 16384))
                m_cells.append(QString());
            m_span = qBound(0, toInt(attributes.value("MergeAcross"), 0), 256);
            m_text.clear();
        } else if (name == "Comment") {
            ++m_comment; // a note on the cell, not its value
        } else if (name == "Data" && m_inRow && m_comment == 0) {
            m_inData = true;
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "Data") {
            m_inData = false;
        } else if (name == "Comment") {
            m_comment = qMax(0, m_comment - 1);
        } else if (name == "Cell" && m_inRow) {
            m_cells.append(m_tooLong ? QString() : QString::fromUtf8(m_text));
            for (int i = 0; i < m_span; ++i)
                m_cells.append(QString());
        } else if (name == "Row" && m_inRow) {
            m_inRow = false;
            finishRow();
        }
    }

    void characters(std::string_view text) override
    {
        if (!m_inData || m_tooLong)
            return;
        m_rowChars += qsizetype(text.size());
        if (m_rowChars > CsvReader::MaxRecordChars) {
            m_tooLong = true; // rejected, not held: as a text file's record over 1 MiB
            m_text.clear();
            return;
        }
        m_text.append(text);
    }

private:
    void finishRow()
    {
        while (!m_cells.isEmpty() && m_cells.constLast().isEmpty())
            m_cells.removeLast(); // as a spreadsheet leaves empty trailing cells out
        if (m_cells.isEmpty() && !m_tooLong)
            return;
        ++rowsWithValues.last();
        if (sheetNames.size() - 1 != m_only)
            return;
        TableRow row;
        row.line = m_rowNumber;
        if (m_tooLong) {
            row.error = XmlSpreadsheetReader::tr("row longer than 1 MiB; skipped");
        } else {
            row.raw = m_cells.join(u'\t');
            row.cells = m_cells;
        }
        rows.push_back(std::move(row));
    }

    int m_only;
    int m_rowNumber = 0;
    bool m_inRow = false;
    bool m_inData = false;
    int m_comment = 0;
    int m_span = 0;
    qsizetype m_rowChars = 0;
    bool m_tooLong = false;
    QStringList m_cells;
    std::string m_text;
};

XmlSpreadsheetReader::XmlSpreadsheetReader(const QString &path, int sheet) : m_path(path), m_sheetIndex(sheet), m_file(path)
{
    if (survey())
        openSheet(sheet);
}

XmlSpreadsheetReader::XmlSpreadsheetReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey)
    : m_path(path), m_sheetIndex(sheet), m_survey(std::move(survey)), m_file(path)
{
    openSheet(sheet);
}

void XmlSpreadsheetReader::openSheet(int sheet)
{
    if (sheet < 0 || sheet >= partCount()) {
        m_fatalError = partCount() == 0 ? tr("the XML Spreadsheet has no worksheet")
                                        : tr("the workbook has no worksheet %1").arg(sheet + 1);
        return;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_fatalError = tr("cannot open for reading: %1").arg(m_file.errorString());
        return;
    }
    m_parser = std::make_unique<Parser>(sheet);
}

XmlSpreadsheetReader::~XmlSpreadsheetReader() = default;

bool XmlSpreadsheetReader::looksLikeXmlSpreadsheet(const QByteArray &head)
{
    return head.contains("urn:schemas-microsoft-com:office:spreadsheet");
}

bool XmlSpreadsheetReader::survey()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fatalError = tr("cannot open for reading: %1").arg(file.errorString());
        return false;
    }
    Parser counting(-1);
    if (!counting.parseAll(file)) {
        m_fatalError = tr("the XML Spreadsheet cannot be read: %1").arg(counting.error());
        return false;
    }
    m_survey = std::make_shared<const Survey>(Survey{counting.sheetNames, counting.rowsWithValues});
    return true;
}

bool XmlSpreadsheetReader::parseMore()
{
    if (m_ended || !m_fatalError.isEmpty() || !m_parser)
        return false;
    const QByteArray piece = m_file.read(256 * 1024);
    if (m_file.error() != QFileDevice::NoError) {
        m_fatalError = tr("cannot be read: %1").arg(m_file.errorString());
        return false;
    }
    m_ended = piece.isEmpty();
    if (!m_parser->feed(piece.constData(), int(piece.size()), m_ended)) {
        m_fatalError = tr("the XML Spreadsheet cannot be read: %1").arg(m_parser->error());
        return false;
    }
    return true;
}

bool XmlSpreadsheetReader::next(TableRow &row)
{
    while (!m_parser || m_parser->rows.empty()) {
        if (!parseMore())
            return false;
    }
    row = std::move(m_parser->rows.front());
    m_parser->rows.pop_front();
    return true;
}

double XmlSpreadsheetReader::progress() const
{
    return m_file.size() == 0 ? 1.0 : double(m_file.pos()) / double(m_file.size());
}

QList<UnreadPart> XmlSpreadsheetReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> parts;
    for (int sheet = 0; sheet < partCount(); ++sheet) {
        const int rows = m_survey->rowsWithValues.value(sheet);
        if (sheet != m_sheetIndex && !alsoRead.contains(sheet) && rows > 0)
            parts.append({m_survey->sheetNames.at(sheet), rows, false, {}});
    }
    return parts;
}

std::unique_ptr<TableReader> XmlSpreadsheetReader::openPart(int part, QString *error) const
{
    std::unique_ptr<XmlSpreadsheetReader> reader(new XmlSpreadsheetReader(m_path, part, m_survey));
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}
