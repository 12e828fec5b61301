#pragma once

#include <QString>

#include <string_view>

class QIODevice;

/// @brief Streams XML through libxml2's SAX2 push parser to the element and text callbacks of a
/// subclass. For a workbook's large parts: QXmlStreamReader reads about 7 MB/s, and a
/// worksheet of a million rows is 200 MB of XML. Names are local names (no prefix); text and
/// attribute values are UTF-8. No DTD is loaded and nothing is fetched from the network.
///
/// Two irregularities of text make the document not well-formed, and every row after one was
/// lost as damage: a character reference naming no character (`&#xD83D;`, half a surrogate
/// pair, as writers escaping UTF-16 code units write an emoji), read as U+FFFD in its place,
/// and a control character XML does not allow (U+0001, as database exports hold them), read
/// as it stands, as a CSV file's is. libxml2 recovering would drop either, joining the text on
/// either side; irregularText() is told of each. Any other fatal error stops the parser as before.
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

    /// Text that is not well-formed XML and is read all the same (see the class).
    enum class IrregularText { ReferenceNamingNoCharacter, ControlCharacter };
    static constexpr int IrregularKinds = 2;

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
    /// @brief Text of @p kind was just given to characters().
    virtual void irregularText(IrregularText kind) { Q_UNUSED(kind); }

private:
    static void onStart(void *self, const unsigned char *name, const unsigned char *prefix, const unsigned char *uri,
                        int namespaceCount, const unsigned char **namespaces, int attributeCount, int defaulted,
                        const unsigned char **attributes);
    static void onEnd(void *self, const unsigned char *name, const unsigned char *prefix, const unsigned char *uri);
    static void onCharacters(void *self, const unsigned char *text, int length);
    static void onError(void *self, struct _xmlError *error);

    void *m_context = nullptr; ///< xmlParserCtxtPtr, created on the first feed
    bool m_broken = false;     ///< by an error other than irregular text
    bool m_irregular = false;  ///< irregular text was read (the document is not well-formed)
    QString m_error;
};
