#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringDecoder>

#include <optional>

/// @brief What reading a text file's characters found, by line: the source's metadata and the
/// notes shown keep it (lines_read_as_windows_1252, …).
struct TextReading
{
    QString encoding;                  ///< "UTF-8", "UTF-16LE", "Windows-1252", …
    bool withoutByteOrderMark = false; ///< UTF-16 known by its zero bytes, having no byte-order mark
    QList<int> windows1252Lines;       ///< lines of a UTF-8 file that are not UTF-8
    QList<int> unpairedSurrogateLines; ///< lines of a UTF-16 file with half a surrogate pair
    QList<int> replacedReferenceLines; ///< lines with a character reference naming no character
    QList<int> controlCharacterLines;  ///< a sheet's rows, of XML, with a control character it forbids
    QList<int> textFormulaLines;       ///< a CSV file's lines writing a value as ="text", read as the text

    /// @brief Whether any line was read otherwise than the rest.
    bool namesLines() const
    {
        return !windows1252Lines.isEmpty() || !unpairedSurrogateLines.isEmpty() || !replacedReferenceLines.isEmpty()
               || !controlCharacterLines.isEmpty() || !textFormulaLines.isEmpty();
    }
};

/// @brief Decodes an HTML page, a piece at a time, into the text libxml2's HTML parser reads as
/// UTF-8, as a browser would show the page. libxml2 alone, once a byte is not of the encoding it
/// assumed, reads the rest of the page as Latin-1 (every later accented letter changed), and it
/// drops a character reference naming no character (`&#xD83D;`), joining the text on either
/// side into a handle the page never names. Here the encoding is settled as a browser settles
/// it (a byte-order mark, else the page's `<meta charset>`), UTF-16 without a mark known by its
/// zero bytes as a CSV file's is; a page of UTF-8, or declaring none, has each line that is not
/// UTF-8 read as Windows-1252, as a CSV file's are; a reference naming no character is read as
/// U+FFFD; half a UTF-16 surrogate pair likewise. Each is counted by line: a line ends at LF,
/// CRLF or a lone CR, each handed on as the LF libxml2 counts lines by, so that its line
/// numbers are these.
class HtmlPageDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlPageDecoder)
public:
    /// @brief Settles the encoding from @p head, the page's first bytes (its first 1024 are
    /// searched for a `<meta charset>`).
    explicit HtmlPageDecoder(QByteArrayView head);

    /// Why the page cannot be read (a declared encoding unknown here); empty if it can.
    QString error() const { return m_error; }

    /// The next piece of the page, decoded, up to the end of its last whole line (all that is
    /// left when @p last).
    struct Piece
    {
        QString text;         ///< as the file holds it: a record's words verbatim
        QByteArray forParser; ///< UTF-8, character references naming no character made U+FFFD
        /// A reference rewritten in forParser: where it ends there (in bytes from the piece's
        /// start), and how many bytes longer it is in text (negative: shorter). Elsewhere the
        /// two are the same bytes: a place the parser names is found in text by these.
        struct Shift
        {
            qsizetype parserEnd = 0;
            qsizetype textLonger = 0;
        };
        QList<Shift> shifts;
    };
    Piece decode(QByteArrayView bytes, bool last);

    const TextReading &reading() const { return m_reading; }

private:
    enum class Mode { Utf8ByLine, Windows1252, Decoder };

    void settleEncoding(QByteArrayView head);
    /// @brief Appends the text of @p bytes to m_text: all of them, or (UTF-8 read line by line)
    /// up to the end of their last whole line, the rest held back.
    void appendText(QByteArrayView bytes, bool last);
    void appendUtf8Line(QByteArrayView line);
    /// @brief Appends @p bytes read as UTF-8 if they are UTF-8; false (nothing appended) if not.
    bool appendIfUtf8(QByteArrayView bytes);
    /// @brief Where the text may be cut, not inside a line (unless it is long) or a reference.
    static qsizetype cutPoint(const QString &text, bool last);
    void takeLines(qsizetype end, Piece &piece);
    /// @brief @p line with its character references as a browser reads them: one naming no
    /// character made `&#xFFFD;` (and counted), `&#128;`–`&#159;` Windows-1252's characters,
    /// `&#x;` without digits its own text.
    /// Each reference rewritten is told in @p shifts, its end as an index of the line returned.
    QString forParser(const QString &line, QList<Piece::Shift> *shifts);
    /// @brief Appends @p line to @p piece's forParser, and its shifts.
    void appendForParser(const QString &line, Piece &piece);

    Mode m_mode = Mode::Utf8ByLine;
    std::optional<QStringDecoder> m_decoder;
    QStringDecoder m_utf8Line{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom};
    TextReading m_reading;
    QString m_error;
    bool m_declared = false;         ///< by a byte-order mark or a <meta charset>
    qsizetype m_utf8BeyondAscii = 0; ///< lines read as UTF-8 holding a character of several bytes
    qsizetype m_skip = 0;            ///< a byte-order mark's bytes, still to be skipped
    QByteArray m_bytes;              ///< of a line not yet whole (UTF-8 read line by line)
    int m_byteLine = 1;              ///< the line m_bytes begins
    QString m_text;                  ///< decoded, not yet handed out
    int m_line = 1;                  ///< the line m_text begins
};
