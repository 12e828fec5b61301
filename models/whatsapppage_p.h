#pragma once

// Private to the WhatsApp parser: a records page's sections read with libxml2 (whatsapppage.cpp),
// and the records they hold, for DocumentBuilder (whatsappparser.cpp). Not part of the models/ API.

#include "htmlpagedecoder.h"
#include "whatsappparser.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

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
};

struct Field
{
    QString label;
    QString value;
    int line = 0;
};

/// A record: its fields in order, and the lines of the page it spans.
struct Record
{
    QList<Field> fields;
    int firstLine = 0;
    int lastLine = 0;
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
/// mostly ASCII) with where each line starts: a record's words verbatim are its lines. Lines
/// before the records still to be read are let go: a page of a million messages is 450 MB.
class PageLines
{
public:
    /// @brief The page's next piece of text (which may end inside a line).
    void append(const QString &piece)
    {
        const qsizetype from = m_utf8.size();
        m_utf8 += piece.toUtf8();
        const char *data = m_utf8.constData();
        const char *end = data + m_utf8.size();
        for (const char *at = data + from; at < end; ++at) {
            at = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)));
            if (!at)
                break;
            m_starts.push_back(m_dropped + (at - data) + 1);
        }
    }
    /// @brief Lines @p first to @p last (from 1) joined by LF, as the text split at LF gives them.
    QString lines(int first, int last) const
    {
        const qsizetype count = held() + m_firstLine - 1; // lines begun
        if (first < m_firstLine || first > count || last < first)
            return {};
        const qsizetype begin = startOf(first) - m_dropped;
        const qsizetype end = last < count ? startOf(last + 1) - 1 - m_dropped : m_utf8.size();
        return QString::fromUtf8(m_utf8.constData() + begin, end - begin);
    }
    /// @brief Lets the lines before @p line go: no record to be read holds them.
    void forgetBefore(int line)
    {
        const qsizetype lines = qMin<qsizetype>(line - m_firstLine, held() - 1);
        if (lines <= 0)
            return;
        m_head += size_t(lines);
        m_firstLine += int(lines);
        // Moved only once most of what is held is let go: each byte is moved about once.
        if (m_head > 4096 && m_head > m_starts.size() / 2) {
            m_starts.erase(m_starts.begin(), m_starts.begin() + qsizetype(m_head));
            m_head = 0;
        }
        const qsizetype unused = m_starts[m_head] - m_dropped;
        if (unused > 1024 * 1024 && unused > m_utf8.size() / 2) {
            m_utf8.remove(0, unused);
            m_dropped += unused;
        }
    }

private:
    qsizetype held() const { return qsizetype(m_starts.size() - m_head); }
    qsizetype startOf(int line) const { return m_starts[m_head + size_t(line - m_firstLine)]; }

    QByteArray m_utf8;                  ///< the page's text from the line m_dropped bytes in
    qsizetype m_dropped = 0;            ///< bytes of the page's text let go
    std::vector<qsizetype> m_starts{0}; ///< where each line starts in the page's text; from m_head, m_firstLine's
    size_t m_head = 0;
    int m_firstLine = 1;
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
            m_record.emplace(Record{{}, token.line, token.line});
            if (!m_marker.isEmpty())
                return true;
        }
        if (!m_record)
            return true; // titles and definitions before the first record
        m_record->lastLine = qMax(m_record->lastLine, token.line);
        if (m_labels.contains(token.text)) {
            m_record->fields.append({token.text, QString(), token.line});
        } else if (!m_record->fields.isEmpty()) {
            QString &value = m_record->fields.last().value;
            value = value.isEmpty() ? token.text : value + u' ' + token.text;
        }
        return true;
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
    /// @brief The section @p name has been read to its end.
    virtual void sectionRead(const QString &name) = 0;
};

/// How the reading of a page ended.
struct PageEnd
{
    QString error;           ///< why it was not read to its end, or empty
    bool stopped = false;    ///< the progress function, or a splitter's sink, asked to stop
    bool anySection = false; ///< a section was found
};

/// @brief Reads the page from @p page (@p size bytes, decoded by @p decoder, its text kept in
/// @p lines, its reading so far in @p doc) with libxml2's HTML parser, its sections into
/// @p sections; @p haltMessage words why libxml2's parser stopped early.
PageEnd readPage(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageLines &lines, WhatsAppDocument *doc,
                 SectionReader &sections, const std::function<bool(double)> &progress, QString (*haltMessage)(void *));

} // namespace WhatsAppPageReading
