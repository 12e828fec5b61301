#include "xmlsaxparser.h"

#include <QCoreApplication>
#include <QIODevice>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>

std::string_view XmlSaxParser::Attributes::value(std::string_view name) const
{
    // Five pointers per attribute: local name, prefix, URI, value start, value end.
    for (int i = 0; i < m_count; ++i) {
        const unsigned char **attribute = m_data + 5 * i;
        if (name == reinterpret_cast<const char *>(attribute[0]))
            return {reinterpret_cast<const char *>(attribute[3]), size_t(attribute[4] - attribute[3])};
    }
    return {};
}

XmlSaxParser::XmlSaxParser()
{
    initLibrary();
}

void XmlSaxParser::initLibrary()
{
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialised);
}

XmlSaxParser::~XmlSaxParser()
{
    auto *context = static_cast<xmlParserCtxtPtr>(m_context);
    if (!context)
        return;
    // A document type declaring entities makes libxml2 keep them in a document of its own, even
    // for a SAX parse; the context does not free it.
    if (context->myDoc)
        xmlFreeDoc(context->myDoc);
    xmlFreeParserCtxt(context);
}

bool XmlSaxParser::feed(const char *data, int size, bool last)
{
    if (!m_error.isEmpty())
        return false;
    if (!m_context) {
        // Only these callbacks: no entity of a DTD is declared, looked up or expanded.
        xmlSAXHandler handler;
        std::memset(&handler, 0, sizeof handler);
        handler.initialized = XML_SAX2_MAGIC;
        handler.startElementNs = &XmlSaxParser::onStart;
        handler.endElementNs = &XmlSaxParser::onEnd;
        handler.characters = &XmlSaxParser::onCharacters;
        handler.ignorableWhitespace = &XmlSaxParser::onCharacters;
        handler.serror = &XmlSaxParser::onError;
        m_context = xmlCreatePushParserCtxt(&handler, this, nullptr, 0, nullptr);
        if (!m_context) {
            m_error = QCoreApplication::translate("XmlSaxParser", "out of memory");
            return false;
        }
        // Recovering, past irregular text only (see the class): onError() stops at any other error.
        xmlCtxtUseOptions(static_cast<xmlParserCtxtPtr>(m_context),
                          XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER);
    }
    auto *context = static_cast<xmlParserCtxtPtr>(m_context);
    const int result = xmlParseChunk(context, data, size, last ? 1 : 0);
    // Once past irregular text the document is not well-formed, and libxml2 gives the code of its
    // last error, any error, for every piece after: only onError() tells damage apart.
    if (m_broken || (result != 0 && !m_irregular)) {
        const xmlError *error = xmlCtxtGetLastError(context);
        m_error = error && error->message
                      ? QCoreApplication::translate("XmlSaxParser", "%1 (line %2)")
                            .arg(QString::fromUtf8(error->message).trimmed(),
                                 QString::number(error->line))
                      : QCoreApplication::translate("XmlSaxParser", "not well-formed XML");
        return false;
    }
    return true;
}

void XmlSaxParser::onError(void *self, struct _xmlError *error)
{
    auto *parser = static_cast<XmlSaxParser *>(self);
    auto *context = static_cast<xmlParserCtxtPtr>(parser->m_context);
    if (!error || !context || error->level != XML_ERR_FATAL || parser->m_broken)
        return; // a warning, a namespace error: the document reads as before
    const bool inText = error->domain == XML_FROM_PARSER && error->code == XML_ERR_INVALID_CHAR && error->message
                        && context->instate == XML_PARSER_CONTENT;
    if (inText && std::strncmp(error->message, "xmlParseCharRef", 15) == 0) {
        parser->m_irregular = true;
        parser->characters("\xEF\xBF\xBD"); // U+FFFD, where the reference stood in the text
        parser->irregularText(IrregularText::ReferenceNamingNoCharacter);
        return;
    }
    if (inText && std::strncmp(error->message, "PCDATA invalid Char value", 25) == 0 && error->int1 > 0 && error->int1 < 0x20) {
        const char control = char(error->int1); // the character itself, which libxml2 skipped
        parser->m_irregular = true;
        parser->characters(std::string_view(&control, 1));
        parser->irregularText(IrregularText::ControlCharacter);
        return;
    }
    // Any other damage: from here on the parser goes on as without recovering, calling nothing
    // back, and its last error says what it found (as "Couldn't find end of Start Tag c").
    parser->m_broken = true;
    context->recovery = 0;
    context->disableSAX = 1;
}

bool XmlSaxParser::parseAll(QIODevice &device)
{
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(buffer.data(), buffer.size());
        if (read < 0) {
            m_error = QCoreApplication::translate("XmlSaxParser", "cannot be read: %1").arg(device.errorString());
            return false;
        }
        if (!feed(buffer.constData(), int(read), read == 0))
            return false;
        if (read == 0)
            return true;
    }
}

void XmlSaxParser::onStart(void *self, const unsigned char *name, const unsigned char *, const unsigned char *, int,
                           const unsigned char **, int attributeCount, int, const unsigned char **attributes)
{
    static_cast<XmlSaxParser *>(self)->startElement(reinterpret_cast<const char *>(name), Attributes(attributes, attributeCount));
}

void XmlSaxParser::onEnd(void *self, const unsigned char *name, const unsigned char *, const unsigned char *)
{
    static_cast<XmlSaxParser *>(self)->endElement(reinterpret_cast<const char *>(name));
}

void XmlSaxParser::onCharacters(void *self, const unsigned char *text, int length)
{
    static_cast<XmlSaxParser *>(self)->characters({reinterpret_cast<const char *>(text), size_t(length)});
}
