#pragma once

#include <QString>

#include <string_view>

class QIODevice;

/// @brief Streams XML through libxml2's SAX2 push parser to the element and text callbacks of a
/// subclass. For a workbook's large parts: QXmlStreamReader reads about 7 MB/s, and a
/// worksheet of a million rows is 200 MB of XML. Names are local names (no prefix); text and
/// attribute values are UTF-8. No DTD is loaded and nothing is fetched from the network.
///
/// A character reference in text naming no character (`&#xD83D;`, half a surrogate pair, as
/// writers escaping UTF-16 code units write an emoji) makes the document not well-formed:
/// every row after it was lost as damage. It is read as U+FFFD in its place (libxml2 recovering
/// would have dropped it, joining the text on either side) and referenceReplaced() is told;
/// any other fatal error stops the parser as before.
class XmlSaxParser
{
public:
    /// The attributes of a start tag, as libxml2 gives them (valid during the callback only).
    class Attributes
    {
    public:
        Attributes(const unsigned char **data, int count) : m_data(data), m_count(count) {}
        /// @brief The value of the attribute with local name @p name, empty if it has none.
        std::string_view value(std::string_view name) const;

    private:
        const unsigned char **m_data;
        int m_count;
    };

    XmlSaxParser();
    virtual ~XmlSaxParser();
    /// @brief Initialises libxml2 once, whichever thread asks first: its own initialisation
    /// must not run on two threads at once. Call before any other use of libxml2.
    static void initLibrary();
    XmlSaxParser(const XmlSaxParser &) = delete;
    XmlSaxParser &operator=(const XmlSaxParser &) = delete;

    /// @brief Parses @p size more bytes; @p last ends the document. False on an XML error.
    bool feed(const char *data, int size, bool last);
    /// @brief Parses all that @p device holds. False on an XML error or a read error.
    bool parseAll(QIODevice &device);
    /// @brief What is wrong with the XML, with its line.
    QString error() const { return m_error; }

protected:
    virtual void startElement(std::string_view name, const Attributes &attributes) = 0;
    virtual void endElement(std::string_view name) = 0;
    virtual void characters(std::string_view text) = 0;
    /// @brief A reference naming no character was just read as U+FFFD (given to characters()).
    virtual void referenceReplaced() {}

private:
    static void onStart(void *self, const unsigned char *name, const unsigned char *prefix, const unsigned char *uri,
                        int namespaceCount, const unsigned char **namespaces, int attributeCount, int defaulted,
                        const unsigned char **attributes);
    static void onEnd(void *self, const unsigned char *name, const unsigned char *prefix, const unsigned char *uri);
    static void onCharacters(void *self, const unsigned char *text, int length);
    static void onError(void *self, struct _xmlError *error);

    void *m_context = nullptr; ///< xmlParserCtxtPtr, created on the first feed
    bool m_broken = false;     ///< by an error other than a reference naming no character
    QString m_error;
};
