#include "htmltablereader.h"

#include "csvreader.h"
#include "textdecoding.h"
#include "xmlsaxparser.h"

#include <libxml/HTMLparser.h>

#include <QJsonArray>

#include <array>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

/// The rows that hold a line of the page its decoder found (HtmlPageDecoder::reading()).
struct RowsOfLines
{
    const QList<int> *lines = nullptr;
    qsizetype next = 0; ///< the first line not yet behind the rows finished
    QList<int> rows;

    void finishRow(int row, int firstLine, int lastLine)
    {
        while (next < lines->size() && lines->at(next) < firstLine)
            ++next;
        if (next < lines->size() && lines->at(next) <= lastLine)
            rows.append(row);
    }
};

/// Where each <tr> stands in the page's text, in runs of rows a fixed number of lines apart:
/// a portal's export writes a row a line, or a cell a line, so that its runs are few.
struct RowLines
{
    static constexpr qsizetype MaxRuns = 20000; ///< a page laid out at random says no more
    QJsonArray runs;  ///< [first row, last row, first row's line, lines from a row to the next]
    std::array<int, 4> run{};

    void add(int row, int line)
    {
        if (run[0] > 0 && row == run[1] + 1 && (run[0] == run[1] ? line >= run[2] : line == run[2] + run[3] * (row - run[0]))) {
            run[3] = (line - run[2]) / (row - run[0]);
            run[1] = row;
            return;
        }
        flush();
        run = {row, row, line, 0};
    }
    void flush()
    {
        if (run[0] > 0 && runs.size() < MaxRuns)
            runs.append(QJsonArray{run[0], run[1], run[2], run[3]});
    }
};

/// The rows read so far and the one being read.
struct HtmlTableReader::Builder
{
    std::deque<TableRow> rows;
    htmlParserCtxtPtr context = nullptr;
    int rowFirstLine = 0; ///< the page's line the row being read begins on
    RowsOfLines windows1252;
    RowsOfLines surrogates;
    RowsOfLines references;
    RowLines rowLines;
    int rowNumber = 0;   ///< of every <tr> so far: Excel numbers the rows of a page so
    bool inRow = false;
    bool inCell = false;
    int span = 1;        ///< the colspan of the cell being read
    int rowSpan = 1;     ///< and its rowspan
    /// For each column, how many rows below the current one a cell above still covers: Excel
    /// leaves those places empty, and the row's own cells go on to their right.
    std::vector<int> coveredBelow;
    std::vector<bool> coveredHere; ///< the columns a cell of an earlier row covers in this one
    int ignoredDepth = 0; ///< inside <script> or <style>
    qsizetype rowChars = 0;
    bool tooLong = false;
    QStringList cells;
    QByteArray cellText;

    void start(std::string_view name, const xmlChar **attributes)
    {
        if (name == "script" || name == "style") {
            ++ignoredDepth;
        } else if (name == "tr" && !inRow) {
            inRow = true;
            ++rowNumber;
            rowFirstLine = context ? context->input->line : 0;
            rowLines.add(rowNumber, rowFirstLine);
            cells.clear();
            rowChars = 0;
            tooLong = false;
            coveredHere.assign(coveredBelow.size(), false);
            for (size_t column = 0; column < coveredBelow.size(); ++column)
                coveredHere[column] = coveredBelow[column] > 0;
        } else if ((name == "td" || name == "th") && inRow && !inCell) {
            inCell = true;
            cellText.clear();
            span = qBound(1, number(attributes, "colspan"), 256);
            rowSpan = qBound(1, number(attributes, "rowspan"), 65536);
            skipCovered();
        } else if (name == "br" && inCell) {
            cellText += ' ';
        }
    }

    void end(std::string_view name)
    {
        if ((name == "script" || name == "style") && ignoredDepth > 0) {
            --ignoredDepth;
        } else if ((name == "td" || name == "th") && inCell) {
            inCell = false;
            const size_t first = size_t(cells.size());
            cells.append(tooLong ? QString() : QString::fromUtf8(cellText).simplified());
            for (int i = 1; i < span; ++i)
                cells.append(QString());
            if (rowSpan > 1) {
                coveredBelow.resize(std::max(coveredBelow.size(), size_t(cells.size())), 0);
                for (size_t column = first; column < size_t(cells.size()); ++column)
                    coveredBelow[column] = rowSpan - 1;
            }
        } else if (name == "tr" && inRow) {
            inRow = false;
            for (size_t column = 0; column < coveredHere.size(); ++column)
                coveredBelow[column] -= coveredHere[column] ? 1 : 0;
            finishRow();
        }
    }

    void text(const char *data, int length)
    {
        if (!inCell || ignoredDepth > 0 || tooLong)
            return;
        rowChars += length;
        if (rowChars > CsvReader::MaxRecordChars) {
            tooLong = true; // rejected, not held: as a text file's record over 1 MiB
            cellText.clear();
            return;
        }
        cellText.append(data, length);
    }

    void finishRow()
    {
        const int lastLine = context ? context->input->line : 0;
        for (RowsOfLines *marks : {&windows1252, &surrogates, &references})
            marks->finishRow(rowNumber, rowFirstLine, lastLine);
        const QString error = tooLong ? HtmlTableReader::tr("table row longer than 1 MiB; skipped") : QString();
        if (auto row = TableRow::ofSheet(cells, rowNumber, error))
            rows.push_back(std::move(*row));
    }

    /// @brief Leaves empty the places of the row a cell of a row above covers, as Excel does.
    void skipCovered()
    {
        while (size_t(cells.size()) < coveredHere.size() && coveredHere[size_t(cells.size())])
            cells.append(QString());
    }

    /// @brief The whole number an attribute holds (a colspan, a rowspan); 1 if none.
    static int number(const xmlChar **attributes, const char *name)
    {
        for (int i = 0; attributes && attributes[i]; i += 2) {
            if (std::strcmp(reinterpret_cast<const char *>(attributes[i]), name) == 0 && attributes[i + 1])
                return std::atoi(reinterpret_cast<const char *>(attributes[i + 1]));
        }
        return 1;
    }
};

namespace {

HtmlTableReader::Builder *builderOf(void *context)
{
    return static_cast<HtmlTableReader::Builder *>(context);
}

void onStart(void *context, const xmlChar *name, const xmlChar **attributes)
{
    builderOf(context)->start(reinterpret_cast<const char *>(name), attributes);
}

void onEnd(void *context, const xmlChar *name)
{
    builderOf(context)->end(reinterpret_cast<const char *>(name));
}

void onText(void *context, const xmlChar *text, int length)
{
    builderOf(context)->text(reinterpret_cast<const char *>(text), length);
}

} // namespace

HtmlTableReader::HtmlTableReader(const QString &path) : m_path(path), m_file(path), m_builder(std::make_unique<Builder>())
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_fatalError = tr("cannot open for reading: %1").arg(m_file.errorString());
        return;
    }
    m_decoder.emplace(m_file.peek(4096));
    if (!m_decoder->error().isEmpty()) {
        m_fatalError = m_decoder->error();
        return;
    }
    const TextReading &reading = m_decoder->reading();
    m_builder->windows1252.lines = &reading.windows1252Lines;
    m_builder->surrogates.lines = &reading.unpairedSurrogateLines;
    m_builder->references.lines = &reading.replacedReferenceLines;
    XmlSaxParser::initLibrary();
    // Only these callbacks: the page's text and its table structure; no DTD, nothing fetched.
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = &onStart;
    handler.endElement = &onEnd;
    handler.characters = &onText;
    handler.cdataBlock = &onText;
    // The decoder hands the parser UTF-8, whatever the page's <meta charset> says.
    m_context = htmlCreatePushParserCtxt(&handler, m_builder.get(), nullptr, 0, nullptr, XML_CHAR_ENCODING_UTF8);
    if (!m_context) {
        m_fatalError = tr("out of memory");
        return;
    }
    m_builder->context = static_cast<htmlParserCtxtPtr>(m_context);
    htmlCtxtUseOptions(static_cast<htmlParserCtxtPtr>(m_context),
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
}

HtmlTableReader::~HtmlTableReader()
{
    if (m_context)
        htmlFreeParserCtxt(static_cast<htmlParserCtxtPtr>(m_context));
}

bool HtmlTableReader::looksLikeHtmlTable(const QByteArray &head)
{
    const QByteArray utf8 = TextDecoding::headAsUtf8(head);
    QByteArray text = utf8.startsWith("\xEF\xBB\xBF") ? utf8.mid(3) : utf8;
    text = text.trimmed().toLower();
    // A page's head may hold kilobytes of style before its first table: any HTML page is read
    // for its tables (one without any has no header row to find).
    return text.startsWith('<') && (text.contains("<table") || text.contains("<html") || text.startsWith("<!doctype html"));
}

bool HtmlTableReader::parseMore()
{
    if (m_ended || !m_fatalError.isEmpty())
        return false;
    QByteArray piece = m_file.read(256 * 1024);
    if (m_file.error() != QFileDevice::NoError) {
        m_fatalError = tr("cannot be read: %1").arg(m_file.errorString());
        return false;
    }
    m_ended = piece.isEmpty();
    const QByteArray text = m_decoder->decode(piece, m_ended).forParser;
    htmlParseChunk(static_cast<htmlParserCtxtPtr>(m_context), text.constData(), int(text.size()), m_ended ? 1 : 0);
    return true;
}

QList<int> HtmlTableReader::linesReadAsWindows1252() const
{
    // A page declaring no encoding and holding no UTF-8 is read as Windows-1252 throughout.
    return textEncoding() == u"Windows-1252" ? QList<int>{} : m_builder->windows1252.rows;
}

QJsonObject HtmlTableReader::readerMetadata() const
{
    RowLines lines = m_builder->rowLines;
    lines.flush();
    return {{QStringLiteral("page_row_lines"), lines.runs}};
}

int HtmlTableReader::lineOfRow(const QJsonArray &runs, int row)
{
    // The runs ascend by row: the first whose first row is past @p row follows the one holding
    // it (a listing of many rejected rows asks once for each).
    qsizetype low = 0;
    qsizetype high = runs.size();
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (runs.at(middle).toArray().at(0).toInt() <= row)
            low = middle + 1;
        else
            high = middle;
    }
    if (low == 0)
        return 0;
    const QJsonArray run = runs.at(low - 1).toArray();
    return row <= run.at(1).toInt() ? run.at(2).toInt() + run.at(3).toInt() * (row - run.at(0).toInt()) : 0;
}

QList<int> HtmlTableReader::linesWithUnpairedSurrogates() const
{
    return m_builder->surrogates.rows;
}

QList<int> HtmlTableReader::linesWithReplacedReferences() const
{
    return m_builder->references.rows;
}

bool HtmlTableReader::next(TableRow &row)
{
    while (m_builder->rows.empty()) {
        if (!parseMore())
            return false;
    }
    row = std::move(m_builder->rows.front());
    m_builder->rows.pop_front();
    return true;
}

double HtmlTableReader::progress() const
{
    return m_file.size() == 0 ? 1.0 : double(m_file.pos()) / double(m_file.size());
}

std::unique_ptr<TableReader> HtmlTableReader::reopen(QString *error) const
{
    auto reader = std::make_unique<HtmlTableReader>(m_path);
    if (!reader->fatalError().isEmpty()) {
        *error = reader->fatalError();
        return nullptr;
    }
    return reader;
}
