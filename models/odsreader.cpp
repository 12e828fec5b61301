#include "odsreader.h"

#include "zipguard.h"
#include "zipsalvage.h"

#include <QFile>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>

#include <optional>
#include <set>

namespace {

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

/// The rows of an OpenDocument spreadsheet's <table:table>s.
class OdsParser final : public XmlSheetReader::SheetParser
{
public:
    using SheetParser::SheetParser;

protected:
    void startElement(std::string_view name, const Attributes &attributes) override
    {
        if (name == "style") { // an automatic style, before the sheets: a table's may hide it
            m_style = attributes.value("family") == "table" ? std::string(attributes.value("name")) : std::string();
        } else if (name == "table-properties" && !m_style.empty() && attributes.value("display") == "false") {
            m_hiddenStyles.insert(m_style);
        } else if (name == "table" && !m_inRow) {
            startSheet(QString::fromUtf8(attributes.value("name")));
            if (m_hiddenStyles.count(std::string(attributes.value("style-name"))) > 0)
                hiddenSheets.append(int(sheetNames.size()) - 1);
            m_rowNumber = 0;
            m_columnNumber = 0;
        } else if (name == "table-column" && !m_inRow && !sheetNames.isEmpty()) { // before the rows
            const int repeat = qBound(1, toInt(attributes.value("number-columns-repeated"), 1), MaxColumns);
            const std::string_view visibility = attributes.value("visibility");
            if (visibility == "collapse" || visibility == "filter")
                hideColumns(m_columnNumber, repeat);
            m_columnNumber = qMin(m_columnNumber + repeat, MaxColumns);
        } else if (name == "table-row" && !sheetNames.isEmpty()) {
            m_rowRepeat = qBound(1, toInt(attributes.value("number-rows-repeated"), 1), MaxRepeatedRows);
            const std::string_view visibility = attributes.value("visibility"); // table:visibility
            m_rowHidden = visibility == "collapse" || visibility == "filter";
            m_cells.clear();
            m_emptyCells = 0;
            startRow(m_rowNumber + 1);
            m_inRow = true;
        } else if ((name == "table-cell" || name == "covered-table-cell") && m_inRow) {
            startCell(attributes);
        } else if (name == "annotation") {
            ++m_annotation; // a note on the cell, not its value
        } else if (m_inCell && m_annotation == 0) {
            if (name == "p" && m_paragraphs++ > 0)
                appendText(m_text, " ");
            else if (name == "s")
                appendText(m_text, std::string(size_t(qBound(1, toInt(attributes.value("c"), 1), 64)), ' '));
            else if (name == "tab" || name == "line-break")
                appendText(m_text, " ");
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
            finishRow(m_cells, m_rowNumber + 1, m_rowRepeat, m_rowHidden);
            m_rowNumber += m_rowRepeat; // empty rows count too, as LibreOffice numbers them
        }
    }

    void characters(std::string_view text) override
    {
        if (m_inCell && m_annotation == 0)
            appendText(m_text, text);
    }

    QStringList cellsSoFar() const override { return m_cells; }

private:
    void startCell(const Attributes &attributes)
    {
        m_inCell = true;
        m_paragraphs = 0;
        m_text.clear();
        m_cellRepeat = qBound(1, toInt(attributes.value("number-columns-repeated"), 1), MaxColumns);
        m_formula = !attributes.value("formula").empty(); // table:formula, its result the cell's value
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
        else if (const std::string_view text = attributes.value("string-value"); type == "string" && !text.empty())
            m_value = QString::fromUtf8(text); // where the cell shows other text, or none (";;;")
        else
            m_value.reset();
    }

    void finishCell()
    {
        m_inCell = false;
        const QString value = rowTooLong() ? QString() : m_value ? *m_value : QString::fromUtf8(m_text).trimmed();
        // LibreOffice saves a cell's text as it shows it: none, for a value its format hides.
        const bool shownBlank = !value.isEmpty() && m_paragraphs > 0 && QByteArrayView(m_text).trimmed().isEmpty();
        if (m_formula) // at the column after the cells and the empty ones held so far
            noteFormula(int(qMin<qint64>(m_cells.size() + m_emptyCells, MaxColumns)), !value.isEmpty(), m_cellRepeat);
        if (value.isEmpty()) {
            // Held until a value follows: LibreOffice ends every row with a run of empty cells
            // to its last column, which are no cells of the table.
            m_emptyCells += m_cellRepeat;
            return;
        }
        for (; m_emptyCells > 0 && m_cells.size() < MaxColumns; --m_emptyCells)
            m_cells.append(QString());
        m_emptyCells = 0;
        for (int i = 0; i < m_cellRepeat && m_cells.size() < MaxColumns; ++i) {
            if (shownBlank)
                noteShownBlank(int(m_cells.size()), m_rowRepeat);
            m_cells.append(value);
        }
    }

    int m_rowNumber = 0;
    int m_columnNumber = 0; ///< of the next <table:table-column>, from 0
    int m_rowRepeat = 1;
    bool m_rowHidden = false; ///< collapsed, or filtered out
    std::string m_style;                ///< the table style being read
    std::set<std::string> m_hiddenStyles; ///< table styles that hide their tables (table:display="false")
    int m_cellRepeat = 1;
    bool m_formula = false; ///< the cell open holds a formula
    qint64 m_emptyCells = 0; ///< empty cells since the last value, not yet cells of the row
    bool m_inRow = false;
    bool m_inCell = false;
    int m_paragraphs = 0;
    int m_annotation = 0;
    std::optional<QString> m_value;
    QStringList m_cells;
    std::string m_text;
};

} // namespace

OdsReader::OdsReader(const QString &path, int sheet) : XmlSheetReader(path, sheet)
{
    start(nullptr);
}

OdsReader::OdsReader(const QString &path, int sheet, std::shared_ptr<const Survey> survey) : XmlSheetReader(path, sheet)
{
    start(std::move(survey));
}

bool OdsReader::isOds(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        // Cut short, its directory lost: ODF has its mimetype entry first and stored, so that
        // the file's first bytes say what it is.
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
               && file.read(200).contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
    }
    if (!zip.setCurrentFile(QStringLiteral("mimetype")))
        return false;
    QuaZipFile file(&zip);
    return file.open(QIODevice::ReadOnly) && file.read(64).startsWith("application/vnd.oasis.opendocument.spreadsheet");
}

std::unique_ptr<QIODevice> OdsReader::openXml(QString *error) const
{
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        const QString why = ZipSalvage::whyNotWhole(m_path);
        *error = why.isEmpty() ? tr("not a readable OpenDocument spreadsheet (its ZIP container cannot be opened)")
                               : tr("not a readable OpenDocument spreadsheet: its ZIP container cannot be opened, as %1").arg(why);
        return nullptr;
    }
    if (!zip.setCurrentFile(QStringLiteral("content.xml"))) {
        *error = tr("not an OpenDocument spreadsheet (content.xml is missing)");
        return nullptr;
    }
    if (const QString unsafe = ZipGuard::checkCurrentEntry(zip); !unsafe.isEmpty()) {
        *error = unsafe;
        return nullptr;
    }
    auto content = std::make_unique<QuaZipFile>(m_path, QStringLiteral("content.xml"));
    if (!content->open(QIODevice::ReadOnly)) {
        *error = tr("the spreadsheet's content.xml cannot be read");
        return nullptr;
    }
    return content;
}

QString OdsReader::closeWhole(QIODevice &xml) const
{
    return ZipGuard::closeWhole(static_cast<QuaZipFile &>(xml)); // what openXml() opened
}

std::unique_ptr<XmlSheetReader::SheetParser> OdsReader::makeParser(int only) const
{
    return std::make_unique<OdsParser>(only);
}

std::unique_ptr<XmlSheetReader> OdsReader::makePart(int sheet, std::shared_ptr<const Survey> survey) const
{
    return std::unique_ptr<XmlSheetReader>(new OdsReader(m_path, sheet, std::move(survey)));
}

QString OdsReader::unreadable(const QString &why) const
{
    return tr("the spreadsheet's content.xml cannot be read: %1").arg(why);
}

QString OdsReader::noSheet(int sheet) const
{
    return partCount() == 0 ? tr("the spreadsheet has no sheet") : tr("the spreadsheet has no sheet %1").arg(sheet + 1);
}
