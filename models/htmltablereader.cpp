#include "htmltablereader.h"

#include "csvreader.h"
#include "xmlsaxparser.h"

#include <libxml/HTMLparser.h>

#include <cstdlib>
#include <cstring>
#include <string_view>
#include <vector>

/// The rows read so far and the one being read.
struct HtmlTableReader::Builder
{
    std::deque<TableRow> rows;
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
    XmlSaxParser::initLibrary();
    // Only these callbacks: the page's text and its table structure; no DTD, nothing fetched.
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = &onStart;
    handler.endElement = &onEnd;
    handler.characters = &onText;
    handler.cdataBlock = &onText;
    // The encoding from a byte-order mark or the page's own <meta charset>, as a browser finds it.
    m_context = htmlCreatePushParserCtxt(&handler, m_builder.get(), nullptr, 0, nullptr, XML_CHAR_ENCODING_NONE);
    if (!m_context) {
        m_fatalError = tr("out of memory");
        return;
    }
    htmlCtxtUseOptions(static_cast<htmlParserCtxtPtr>(m_context),
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
}

HtmlTableReader::~HtmlTableReader()
{
    if (m_context)
        htmlFreeParserCtxt(static_cast<htmlParserCtxtPtr>(m_context));
}

bool HtmlTableReader::looksLikeHtmlTable(const QByteArray &head)
{
    QByteArray text = head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head;
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
    htmlParseChunk(static_cast<htmlParserCtxtPtr>(m_context), piece.constData(), int(piece.size()), m_ended ? 1 : 0);
    return true;
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
