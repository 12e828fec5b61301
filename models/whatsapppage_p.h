#pragma once

// Private to the WhatsApp parser: a records page's sections read with libxml2 (whatsapppage.cpp),
// and the records they hold, for DocumentBuilder (whatsappparser.cpp). Not part of the models/ API.

#include "htmlpagedecoder.h"
#include "whatsappparser.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace WhatsAppPageReading {

struct Token
{
    QString text;
    int line = 0;
    qint64 begin = 0; ///< where the element holding it starts, as a place the parser was at
    qint64 end = 0;   ///< where its text, or the element's end tag, ends
    size_t depth = 0; ///< the element holding it, in elements open
};

struct Field
{
    QString label;
    QString value;
    int line = 0;
};

/// A record: its fields in order, and the lines and the part of the page it spans.
struct Record
{
    QList<Field> fields;
    int firstLine = 0;
    int lastLine = 0;
    qint64 begin = 0;      ///< as Token::begin, of its first token
    qint64 end = 0;        ///< as Token::end, of its last, or the end tag of an element holding it
    size_t firstDepth = 0; ///< the element holding its first token, while it is open
    size_t lastDepth = 0;  ///< the element holding its last token, while it is open
    QString text; ///< its words verbatim, where held past the page's text let go (HeldRecords)
    QString value(const QString &label) const
    {
        for (const Field &f : fields) {
            if (f.label == label)
                return f.value;
        }
        return {};
    }
};

/// The page's text as the file holds it, kept as UTF-8 (half a QString's size, for a page
/// mostly ASCII): a record's words verbatim are its part of it, from the start tag of the element
/// holding its first text to the end tag of the one holding its last (or of the first, if that
/// holds them all), found by the places libxml2's parser names (bytes of
/// what the parser was given, which differs from the page only where a reference was
/// rewritten). The text before the records still to be read is let go: a page of a million
/// messages is 450 MB, and may be written on one line.
class PageText
{
public:
    /// @brief The page's next piece, as its text and as the parser is given it.
    void append(const HtmlPageDecoder::Piece &piece)
    {
        for (const HtmlPageDecoder::Piece::Shift &shift : piece.shifts) {
            m_textLonger += shift.textLonger;
            m_shifts.push_back({m_parserBytes + shift.parserEnd, m_textLonger});
        }
        m_parserBytes += piece.forParser.size();
        m_utf8 += piece.text.toUtf8();
    }
    /// @brief The text from @p parserBegin to @p parserEnd (places the parser was at), its
    /// leading white space left out; empty if any of it was let go.
    QString span(qint64 parserBegin, qint64 parserEnd) const
    {
        const qint64 begin = textAt(parserBegin) - m_dropped;
        const qint64 end = qMin<qint64>(textAt(parserEnd) - m_dropped, m_utf8.size());
        if (begin < 0 || end <= begin)
            return {};
        const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
        qint64 from = begin;
        while (from < end && blank(m_utf8.at(from)))
            ++from;
        return QString::fromUtf8(m_utf8.constData() + from, end - from);
    }
    /// @brief Lets the text before @p parserOffset go: no record to be read holds it.
    void forgetBefore(qint64 parserOffset)
    {
        const qint64 unused = textAt(parserOffset) - m_dropped;
        // Moved only once most of what is held is let go: each byte is moved about once.
        if (unused > 1024 * 1024 && unused > m_utf8.size() / 2) {
            m_utf8.remove(0, unused);
            m_dropped += unused;
        }
        // The shifts before it are no longer asked for: the last of them holds their sum.
        const auto after = std::upper_bound(m_shifts.begin(), m_shifts.end(), parserOffset,
                                            [](qint64 at, const Shift &s) { return at < s.parserEnd; });
        if (after - m_shifts.begin() > 4096)
            m_shifts.erase(m_shifts.begin(), after - 1);
    }

private:
    struct Shift
    {
        qint64 parserEnd;  ///< where a rewritten reference ends in what the parser was given
        qint64 textLonger; ///< how many bytes longer the text is than that, up to there
    };
    /// The place in the page's text (from its start) of @p parserOffset, a place between references.
    qint64 textAt(qint64 parserOffset) const
    {
        const auto after = std::upper_bound(m_shifts.begin(), m_shifts.end(), parserOffset,
                                            [](qint64 at, const Shift &s) { return at < s.parserEnd; });
        return parserOffset + (after == m_shifts.begin() ? 0 : std::prev(after)->textLonger);
    }

    QByteArray m_utf8;           ///< the page's text from m_dropped bytes in
    qint64 m_dropped = 0;        ///< bytes of the page's text let go
    qint64 m_parserBytes = 0;    ///< bytes given to the parser so far
    qint64 m_textLonger = 0;     ///< the text's bytes more than the parser's, so far
    std::vector<Shift> m_shifts; ///< each reference rewritten, in order
};

/// Splits a section's tokens into records as they are read. A record starts at its marker
/// (or, without one, at its start label); a label's value is every following token up to the
/// next label. A record is handed on when the next starts, or when its section ends.
class RecordSplitter
{
public:
    /// Told each record, whole; false to stop the reading.
    using Done = std::function<bool(const Record &)>;

    RecordSplitter(QString marker, const QStringList &labels, QString startLabel, Done done)
        : m_marker(std::move(marker)), m_labels(labels), m_startLabel(std::move(startLabel)), m_done(std::move(done))
    {
    }
    bool token(const Token &token)
    {
        const bool startsRecord = m_marker.isEmpty() ? token.text == m_startLabel : token.text == m_marker;
        if (startsRecord) {
            if (!finish())
                return false;
            m_record.emplace(
                Record{{}, token.line, token.line, token.begin, token.end, token.depth, 0, {}});
            if (!m_marker.isEmpty())
                return true;
        }
        if (!m_record)
            return true; // titles and definitions before the first record
        m_record->lastLine = qMax(m_record->lastLine, token.line);
        m_record->end = qMax(m_record->end, token.end);
        m_record->lastDepth = token.depth;
        if (m_labels.contains(token.text)) {
            m_record->fields.append({token.text, QString(), token.line});
        } else if (!m_record->fields.isEmpty()) {
            QString &value = m_record->fields.last().value;
            value = value.isEmpty() ? token.text : value + u' ' + token.text;
        }
        return true;
    }
    /// @brief The element @p depth elements in has ended, its end tag at @p end: a record's
    /// words run to the end of the elements holding its first and its last token.
    void elementEnded(size_t depth, qint64 end)
    {
        if (!m_record || (depth != m_record->firstDepth && depth != m_record->lastDepth))
            return;
        m_record->end = qMax(m_record->end, end);
        if (depth == m_record->firstDepth)
            m_record->firstDepth = 0;
        if (depth == m_record->lastDepth)
            m_record->lastDepth = 0;
    }
    /// @brief Hands on the record read last: its section has ended, or the next record begun.
    bool finish()
    {
        if (!m_record)
            return true;
        const Record record = std::move(*m_record);
        m_record.reset();
        return m_done(record);
    }

private:
    QString m_marker;
    const QStringList &m_labels;
    QString m_startLabel;
    Done m_done;
    std::optional<Record> m_record; ///< the record being read
};

/// What the sections of a page are read into: a RecordSplitter for each section holding records.
class SectionReader
{
public:
    virtual ~SectionReader() = default;
    /// @brief What reads the records of the page's section @p name (`property-` left off);
    /// none for a section holding no records read here.
    virtual std::unique_ptr<RecordSplitter> splitterFor(const QString &name) = 0;
};

/// How the reading of a page ended.
struct PageEnd
{
    QString error;           ///< why it was not read to its end, or empty
    bool stopped = false;    ///< the progress function, or a splitter's sink, asked to stop
    bool anySection = false; ///< a section was found
};

/// @brief Reads the page from @p page (@p size bytes, decoded by @p decoder, its text kept in
/// @p text, its reading so far in @p doc) with libxml2's HTML parser, its sections into
/// @p sections; @p haltMessage words why libxml2's parser stopped early.
PageEnd readPage(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageText &text, WhatsAppDocument *doc,
                 SectionReader &sections, const std::function<bool(double)> &progress, QString (*haltMessage)(void *));

} // namespace WhatsAppPageReading
