#include "odsreader.h"

#include "csvreader.h"
#include "xmlsaxparser.h"
#include "zipguard.h"

#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>

#include <charconv>
#include <deque>
#include <optional>

namespace {

int toInt(std::string_view text, int fallback)
{
    int value = fallback;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() ? value : fallback;
}

/// An ISO 8601 duration as a clock: "PT14H03M07S" → "14:03:07", "PT00H01M05.5S" → "0:01:05.5".
QString clockOf(const QString &duration)
{
    static const QRegularExpression pattern(QStringLiteral("^-?P(?:(\\d+)D)?T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)(\\.\\d+)?S)?$"));
    const QRegularExpressionMatch m = pattern.match(duration);
    if (!m.hasMatch())
        return duration;
    const qint64 hours = m.captured(1).toLongLong() * 24 + m.captured(2).toLongLong();
    return QStringLiteral("%1:%2:%3%4")
        .arg(hours)
        .arg(m.captured(3).toInt(), 2, 10, QLatin1Char('0'))
        .arg(m.captured(4).toInt(), 2, 10, QLatin1Char('0'))
        .arg(m.captured(5));
}

constexpr int MaxColumns = 16384;      // as Excel's; LibreOffice repeats empty cells to 1024 or more
constexpr int MaxRepeatedRows = 1048576;

} // namespace

/// Rows of the sheets as they are parsed: of one sheet (@p only), or counted for all.
class OdsReader::Parser final : public XmlSaxParser
{
public:
    explicit Parser(int only) : m_only(only) {}
    std::deque<TableRow> rows; ///< of the sheet read, parsed and not yet taken
    QStringList sheetNames;    ///< every sheet met so far
    QList<int> rowsWithValues; ///< of every sheet met so far

protected:
    void startElement(std::string_view name, const Attributes &attributes) override
    {
        if (name == "table" && m_inRow == false) {
            sheetNames.append(QString::fromUtf8(attributes.value("name")));
            rowsWithValues.append(0);
            m_rowNumber = 0;
        } else if (name == "table-row" && !sheetNames.isEmpty()) {
            m_rowRepeat = qBound(1, toInt(attributes.value("number-rows-repeated"), 1), MaxRepeatedRows);
            m_cells.clear();
            m_emptyCells = 0;
            m_rowChars = 0;
            m_tooLong = false;
            m_inRow = true;
        } else if ((name == "table-cell" || name == "covered-table-cell") && m_inRow) {
            startCell(attributes);
        } else if (name == "annotation") {
            ++m_annotation; // a note on the cell, not its value
        } else if (m_inCell && m_annotation == 0) {
            if (name == "p" && m_paragraphs++ > 0)
                appendText(" ");
            else if (name == "s")
                appendText(std::string(size_t(qBound(1, toInt(attributes.value("c"), 1), 64)), ' '));
            else if (name == "tab" || name == "line-break")
                appendText(" ");
        }
    }

    void endElement(std::string_view name) override
    {
        if (name == "annotation") {
            m_annotation = qMax(0, m_annotation - 1);
        } else if ((name == "table-cell" || name == "covered-table-cell") && m_inCell) {
            finishCell();
        } else if (name == "table-row" && m_inRow) {
            m_inRow = false;
            finishRow();
        }
    }

    void characters(std::string_view text) override
    {
        if (m_inCell && m_annotation == 0)
            appendText(text);
    }

private:
    void startCell(const Attributes &attributes)
    {
        m_inCell = true;
        m_paragraphs = 0;
        m_text.clear();
        m_cellRepeat = qBound(1, toInt(attributes.value("number-columns-repeated"), 1), MaxColumns);
        // The value as stored, not as the cell's format shows it ("2.03E+09", "12/09/16").
        const std::string_view type = attributes.value("value-type");
        if (type == "float" || type == "percentage" || type == "currency")
            m_value = QString::fromUtf8(attributes.value("value"));
        else if (type == "date")
            m_value = QString::fromUtf8(attributes.value("date-value"));
        else if (type == "time")
            m_value = clockOf(QString::fromUtf8(attributes.value("time-value")));
        else if (type == "boolean")
            m_value = attributes.value("boolean-value") == "true" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        else
            m_value.reset();
    }

    void appendText(std::string_view text)
    {
        if (m_tooLong)
            return;
        m_rowChars += qsizetype(text.size());
        if (m_rowChars > CsvReader::MaxRecordChars) {
            m_tooLong = true; // rejected, not held: as a text file's record over 1 MiB
            m_text.clear();
            return;
        }
        m_text.append(text);
    }

    void finishCell()
    {
        m_inCell = false;
        const QString value = m_tooLong ? QString() : m_value ? *m_value : QString::fromUtf8(m_text).trimmed();
        if (value.isEmpty()) {
            // Held until a value follows: LibreOffice ends every row with a run of empty cells
            // to its last column, which are no cells of the table.
            m_emptyCells += m_cellRepeat;
            return;
        }
        for (; m_emptyCells > 0 && m_cells.size() < MaxColumns; --m_emptyCells)
            m_cells.append(QString());
        m_emptyCells = 0;
        for (int i = 0; i < m_cellRepeat && m_cells.size() < MaxColumns; ++i)
            m_cells.append(value);
    }

    void finishRow()
    {
        if (m_cells.isEmpty() && !m_tooLong) {
            m_rowNumber += m_rowRepeat; // empty rows count, as LibreOffice numbers them
            return;
        }
        for (int i = 0; i < m_rowRepeat; ++i) {
            ++m_rowNumber;
            ++rowsWithValues.last();
            if (sheetNames.size() - 1 != m_only)
                continue;
            TableRow row;
            row.line = m_rowNumber;
            if (m_tooLong) {
                row.error = OdsReader::tr("row longer than 1 MiB; skipped");
            } else {
                row.raw = m_cells.join(u'\t');
                row.cells = m_cells;
            }
            rows.push_back(std::move(row));
        }
    }

    int m_only;
    int m_rowNumber = 0;
    int m_rowRepeat = 1;
    int m_cellRepeat = 1;
    qint64 m_emptyCells = 0; ///< empty cells since the last value, not yet cells of the row
    bool m_inRow = false;
    bool m_inCell = false;
    int m_paragraphs = 0;
    int m_annotation = 0;
    qsizetype m_rowChars = 0;
    bool m_tooLong = false;
    std::optional<QString> m_value;
    QStringList m_cells;
    std::string m_text;
};

OdsReader::OdsReader(const QString &path, int sheet) : m_path(path), m_sheetIndex(sheet)
{
    if (survey())
        openSheet(sheet);
}

OdsReader::OdsReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey)
    : m_path(path), m_sheetIndex(sheet), m_survey(std::move(survey))
{
    openSheet(sheet);
}

OdsReader::~OdsReader() = default;

bool OdsReader::isOds(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("mimetype")))
        return false;
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) && file.read(64).startsWith("application/vnd.oasis.opendocument.spreadsheet");
}

bool OdsReader::openContent()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip) || !m_zip->setCurrentFile(QStringLiteral("content.xml"))) {
        m_fatalError = tr("not an OpenDocument spreadsheet (content.xml is missing)");
        return false;
    }
    if (const QString unsafe = ZipGuard::checkCurrentEntry(*m_zip); !unsafe.isEmpty()) {
        m_fatalError = unsafe;
        return false;
    }
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    m_contentSize = qint64(info.uncompressedSize);
    m_content = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_content->open(QIODevice::ReadOnly)) {
        m_fatalError = tr("the spreadsheet's content.xml cannot be read");
        return false;
    }
    return true;
}

bool OdsReader::survey()
{
    if (!openContent())
        return false;
    Parser counting(-1);
    if (!counting.parseAll(*m_content)) {
        m_fatalError = tr("the spreadsheet's content.xml cannot be read: %1").arg(counting.error());
        return false;
    }
    m_survey = std::make_shared<const Survey>(Survey{counting.sheetNames, counting.rowsWithValues});
    m_content.reset();
    m_zip.reset();
    return true;
}

void OdsReader::openSheet(int sheet)
{
    if (sheet < 0 || sheet >= partCount()) {
        m_fatalError = partCount() == 0 ? tr("the spreadsheet has no sheet") : tr("the spreadsheet has no sheet %1").arg(sheet + 1);
        return;
    }
    if (openContent())
        m_parser = std::make_unique<Parser>(sheet);
}

bool OdsReader::parseMore()
{
    if (m_ended || !m_fatalError.isEmpty() || !m_parser)
        return false;
    const QByteArray piece = m_content->read(256 * 1024);
    if (m_content->getZipError() != UNZ_OK) {
        m_fatalError = tr("the spreadsheet's content.xml cannot be read");
        return false;
    }
    m_contentRead += piece.size();
    m_ended = piece.isEmpty();
    if (!m_parser->feed(piece.constData(), int(piece.size()), m_ended)) {
        m_fatalError = tr("the spreadsheet's content.xml cannot be read: %1").arg(m_parser->error());
        return false;
    }
    return true;
}

bool OdsReader::next(TableRow &row)
{
    while (!m_parser || m_parser->rows.empty()) {
        if (!parseMore())
            return false;
    }
    row = std::move(m_parser->rows.front());
    m_parser->rows.pop_front();
    return true;
}

double OdsReader::progress() const
{
    return m_contentSize <= 0 ? 1.0 : qMin(1.0, double(m_contentRead) / double(m_contentSize));
}

QList<UnreadPart> OdsReader::unreadParts(const QList<int> &alsoRead)
{
    QList<UnreadPart> parts;
    for (int sheet = 0; sheet < partCount(); ++sheet) {
        const int rows = m_survey->rowsWithValues.value(sheet);
        if (sheet != m_sheetIndex && !alsoRead.contains(sheet) && rows > 0)
            parts.append({m_survey->sheetNames.at(sheet), rows, false, {}});
    }
    return parts;
}

std::unique_ptr<TableReader> OdsReader::openPart(int part, QString *error) const
{
    std::unique_ptr<OdsReader> reader(new OdsReader(m_path, part, m_survey));
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}
