#include "whatsapppage_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

namespace WhatsAppPageReading {

namespace {

bool isPageBreak(const QString &text)
{
    if (!text.startsWith(u"WhatsApp Business Record Page ")) // most texts: no expression run for them
        return false;
    static const QRegularExpression re(QStringLiteral("^WhatsApp Business Record Page \\d+$"));
    return re.match(text).hasMatch();
}

/// Reads the page's sections (a <div id="property-…">) from libxml2's SAX callbacks: their
/// texts, each simplified, with the line of the element holding it, page-break lines left out,
/// handed to the section's RecordSplitter as they are read. The texts are as libxml2's tree
/// would hold them (a text ends where an element, a comment or a CDATA block begins or ends),
/// but no tree is built: a delivery of 200,000 messages took 2.5 GB as a tree, and the tree's
/// lines stop at 65,535.
class SectionCollector
{
public:
    SectionCollector(const std::function<bool(double)> &progress, SectionReader &builder)
        : m_progress(progress), m_builder(builder)
    {
    }
    void setContext(htmlParserCtxtPtr context) { m_context = context; }
    /// The longest text read, in bytes: libxml2's own limit for a text of its tree.
    static constexpr qsizetype MaxText = 10000000;
    bool anySection = false; ///< a section was found
    int tooLongAt = 0;       ///< the line the reading stopped at, in a text over MaxText
    bool stopped = false;    ///< the progress function, or the builder's sink, asked to stop
    double fraction = 0;     ///< of the page given to the parser so far, told to the progress function

    static void onStart(void *self, const xmlChar *, const xmlChar **attributes)
    {
        static_cast<SectionCollector *>(self)->start(attributes);
    }
    static void onEnd(void *self, const xmlChar *) { static_cast<SectionCollector *>(self)->end(); }
    static void onText(void *self, const xmlChar *text, int length)
    {
        static_cast<SectionCollector *>(self)->text(reinterpret_cast<const char *>(text), length);
    }
    /// A comment or CDATA block (a script's) is no text, and ends the text before it.
    static void onOther(void *self, const xmlChar *, int) { static_cast<SectionCollector *>(self)->other(); }
    static void onComment(void *self, const xmlChar *) { static_cast<SectionCollector *>(self)->other(); }

private:
    void start(const xmlChar **attributes)
    {
        flush(m_lastPlace);
        m_lines.push_back(m_context->input ? m_context->input->line : 0);
        m_begins.push_back(m_lastPlace); // white space at most between it and the start tag
        m_lastPlace = afterStartTag();
        if (m_sectionDepth > 0)
            return;
        for (const xmlChar **a = attributes; a && a[0]; a += 2) {
            const QByteArray id = reinterpret_cast<const char *>(a[0]);
            if (id.compare("id", Qt::CaseInsensitive) == 0 && a[1]
                && QByteArray(reinterpret_cast<const char *>(a[1])).startsWith("property-")) {
                m_sectionName = QString::fromUtf8(reinterpret_cast<const char *>(a[1])).mid(9);
                m_splitter = m_builder.splitterFor(m_sectionName);
                m_sectionDepth = m_lines.size();
                anySection = true;
                return;
            }
        }
    }
    void end()
    {
        // Past its end tag; an element closed by what follows it (no end tag of its own) ends
        // where the last thing read did.
        const xmlParserInputPtr input = m_context->input;
        const bool endTag = input && input->cur > input->base && input->cur[-1] == '>';
        flush(endTag ? place() : m_lastPlace);
        if (m_splitter && endTag) // a record's words run to the end tag of the element holding its text
            m_splitter->elementEnded(m_lines.size(), place());
        m_lastPlace = qMax(m_lastPlace, place());
        if (m_progress && ++m_ended % 4096 == 0 && !stopped && !m_progress(fraction))
            stop();
        if (m_sectionDepth > 0 && m_lines.size() == m_sectionDepth) {
            if (m_splitter && !stopped && !m_splitter->finish())
                stop();
            m_splitter.reset();
            m_sectionDepth = 0;
        }
        if (!m_lines.empty())
            m_lines.pop_back();
        if (!m_begins.empty())
            m_begins.pop_back();
    }
    void text(const char *data, int length)
    {
        if (m_sectionDepth == 0 || tooLongAt > 0)
            return;
        if (m_text.isEmpty()) { // the line, the start and the depth of the element holding it
            m_textLine = m_lines.empty() ? 0 : m_lines.back();
            m_textBegin = m_begins.empty() ? m_lastPlace : m_begins.back();
            m_textDepth = m_lines.size();
        }
        if (m_text.size() + length > MaxText) { // no field's value: damage, and not to be held
            tooLongAt = m_context->input ? m_context->input->line : m_textLine;
            m_text.clear();
            xmlStopParser(m_context);
            return;
        }
        m_text.append(data, length);
        m_lastPlace = place();
    }
    /// @brief Hands on the text read, ending at @p end.
    void flush(qint64 end)
    {
        if (m_text.isEmpty())
            return;
        const QString text = QString::fromUtf8(m_text).simplified();
        m_text.clear();
        if (m_splitter && !stopped && !text.isEmpty() && !isPageBreak(text)
            && !m_splitter->token({text, m_textLine, m_textBegin, end, m_textDepth}))
            stop();
    }
    /// Where the parser is in what it was given, in bytes.
    qint64 place() const
    {
        const xmlParserInputPtr input = m_context->input;
        return input ? qint64(input->consumed) + (input->cur - input->base) : 0;
    }
    /// Where the start tag just read ends: libxml2 tells it before reading its '>' (or "/>").
    qint64 afterStartTag() const
    {
        const xmlParserInputPtr input = m_context->input;
        if (!input || !input->cur)
            return place();
        const xmlChar *at = input->cur; // the input ends in a NUL: at[1] is there when at[0] is not
        return place() + (at[0] == '>' ? 1 : at[0] == '/' && at[1] == '>' ? 2 : 0);
    }
    void other()
    {
        flush(m_lastPlace);
        m_lastPlace = place();
    }
    void stop()
    {
        stopped = true;
        xmlStopParser(m_context);
    }

    htmlParserCtxtPtr m_context = nullptr;
    const std::function<bool(double)> &m_progress;
    SectionReader &m_builder;
    qint64 m_ended = 0; ///< elements ended: progress is told every few thousand
    std::vector<int> m_lines; ///< of each element open, where its start tag ends
    std::unique_ptr<RecordSplitter> m_splitter; ///< of the section open, if it holds records read here
    QString m_sectionName;
    size_t m_sectionDepth = 0; ///< of the section open, in elements; 0 outside every section
    QByteArray m_text; ///< the text being read, as UTF-8
    int m_textLine = 0;
    qint64 m_textBegin = 0;       ///< where the element holding it starts
    size_t m_textDepth = 0;       ///< the element holding it, in elements open
    std::vector<qint64> m_begins; ///< of each element open, where it starts (before its start tag's blanks)
    qint64 m_lastPlace = 0;       ///< where the parser was when it last told something
};

/// The page as libxml2's parser reads it, decoded a piece at a time as the parser asks for
/// more, its text kept (PageText): neither the page as the parser reads it nor
/// libxml2's copy of it is held whole (a delivery of 200,000 messages is 90 MB of each).
class PageSource
{
public:
    PageSource(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageText &text, WhatsAppDocument *doc,
               const std::function<bool(double)> &progress, SectionCollector &collector)
        : m_page(page), m_size(size), m_decoder(decoder), m_text(text), m_doc(doc), m_progress(progress),
          m_collector(collector)
    {
    }
    /// libxml2's read callback: up to @p length bytes into @p buffer; 0 at the page's end.
    static int onRead(void *self, char *buffer, int length)
    {
        return static_cast<PageSource *>(self)->read(buffer, length);
    }
    static int onClose(void *) { return 0; }
    qint64 handedOut() const { return m_handedOut; }

private:
    int read(char *buffer, int length)
    {
        while (m_piece.size() == m_offset) {
            if (m_ended || m_collector.stopped)
                return 0;
            if (!nextPiece()) {
                // Asked to stop: the end of the page for the parser, and no record handed on.
                m_collector.stopped = true;
                return 0;
            }
        }
        const int n = int(qMin<qsizetype>(length, m_piece.size() - m_offset));
        std::memcpy(buffer, m_piece.constData() + m_offset, size_t(n));
        m_offset += n;
        m_handedOut += n;
        return n;
    }
    bool nextPiece()
    {
        constexpr qint64 PieceBytes = 1024 * 1024;
        const double fraction = m_size > 0 ? qMin(1.0, double(m_at) / double(m_size)) : 0.0;
        if (m_progress && !m_progress(fraction))
            return false;
        m_collector.fraction = fraction;
        const QByteArray bytes = m_page.read(PieceBytes);
        m_at += bytes.size();
        m_ended = bytes.isEmpty() || m_page.atEnd();
        HtmlPageDecoder::Piece piece = m_decoder.decode(bytes, m_ended);
        m_text.append(piece);
        m_doc->reading = m_decoder.reading(); // the page's encoding, before its first record
        m_piece = std::move(piece.forParser);
        m_offset = 0;
        return true;
    }

    QIODevice &m_page;
    qint64 m_size;
    HtmlPageDecoder &m_decoder;
    PageText &m_text;
    WhatsAppDocument *m_doc;
    const std::function<bool(double)> &m_progress;
    SectionCollector &m_collector;
    qint64 m_at = 0;        ///< bytes of the page read
    bool m_ended = false;   ///< the page is read to its end
    QByteArray m_piece;     ///< decoded for the parser, from m_offset not yet read
    qsizetype m_offset = 0;
    qint64 m_handedOut = 0; ///< bytes read by the parser
};

/// Reads the page with libxml2's HTML parser (reading as it would from memory, the page given
/// a piece at a time by PageSource), its sections into a SectionReader.
class PageParser
{
public:
    PageParser(SectionReader &builder, const std::function<bool(double)> &progress)
        : m_progress(progress), m_collector(progress, builder)
    {
        // Only these callbacks: the page's texts and the elements holding them; no tree, no DTD,
        // nothing fetched. The text is UTF-8 now, whatever the page's <meta> says.
        std::memset(&m_handler, 0, sizeof m_handler);
        m_handler.startElement = &SectionCollector::onStart;
        m_handler.endElement = &SectionCollector::onEnd;
        m_handler.characters = &SectionCollector::onText;
        m_handler.cdataBlock = &SectionCollector::onOther;
        m_handler.comment = &SectionCollector::onComment;
    }
    /// @brief Parses the page read from @p page; false if no parser could be made.
    bool parse(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageText &text, WhatsAppDocument *doc)
    {
        PageSource source(page, size, decoder, text, doc, m_progress, m_collector);
        // As htmlCreateMemoryParserCtxt makes it, but reading through PageSource.
        m_context = htmlNewParserCtxt();
        if (!m_context)
            return false;
        xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateIO(&PageSource::onRead, &PageSource::onClose,
                                                                      &source, XML_CHAR_ENCODING_NONE);
        xmlParserInputPtr input = buffer ? xmlNewIOInputStream(m_context, buffer, XML_CHAR_ENCODING_NONE) : nullptr;
        if (!input) {
            if (buffer)
                xmlFreeParserInputBuffer(buffer);
            return false;
        }
        inputPush(m_context, input);
        xmlFree(m_context->sax);
        m_context->sax = &m_handler;
        m_context->userData = &m_collector;
        m_collector.setContext(m_context);
        if (xmlCharEncodingHandlerPtr utf8Handler = xmlFindCharEncodingHandler("UTF-8"))
            xmlSwitchToEncoding(m_context, utf8Handler);
        htmlCtxtUseOptions(m_context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                                          | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
        htmlParseDocument(m_context);
        m_empty = source.handedOut() == 0;
        return true;
    }
    ~PageParser()
    {
        if (!m_context)
            return;
        m_context->sax = nullptr; // the handler is this object's, not libxml2's to free
        m_context->userData = nullptr;
        htmlFreeParserCtxt(m_context);
    }
    PageParser(const PageParser &) = delete;
    PageParser &operator=(const PageParser &) = delete;

    /// @brief Why the parser stopped before the page's end (in @p haltMessage's words), or empty.
    QString error(QString (*haltMessage)(void *)) const
    {
        // libxml2 reads no empty page.
        if (!m_context || (m_empty && !m_collector.stopped))
            return QCoreApplication::translate("WhatsAppParser", "not a readable HTML page");
        // Recovering, the parser stops early only at one of its limits (or at ours), leaving the
        // rest of the page unread without a word.
        if (m_collector.tooLongAt > 0)
            return QCoreApplication::translate("WhatsAppParser", "the page cannot be read past its line %1: a text "
                                                                 "over 10 MB long, which no record holds")
                .arg(m_collector.tooLongAt);
        if (m_context->disableSAX && !m_collector.stopped)
            return haltMessage(m_context);
        return {};
    }
    bool stopped() const { return m_collector.stopped; }
    bool anySection() const { return m_collector.anySection; }

private:
    htmlSAXHandler m_handler;
    const std::function<bool(double)> &m_progress;
    SectionCollector m_collector;
    htmlParserCtxtPtr m_context = nullptr;
    bool m_empty = false;
};

} // namespace

PageEnd readPage(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageText &text, WhatsAppDocument *doc,
                 SectionReader &sections, const std::function<bool(double)> &progress, QString (*haltMessage)(void *))
{
    PageParser parser(sections, progress);
    const bool parsed = parser.parse(page, size, decoder, text, doc);
    return {parsed ? parser.error(haltMessage)
                   : QCoreApplication::translate("WhatsAppParser", "not a readable HTML page"),
            parser.stopped(), parser.anySection()};
}

} // namespace WhatsAppPageReading
