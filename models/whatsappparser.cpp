#include "whatsappparser.h"

#include "ipaddressflags.h"
#include "sha.h"
#include "textdecoding.h"
#include "timestampparser.h"
#include "xmlsaxparser.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cstring>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

namespace {

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

bool isPageBreak(const QString &text)
{
    if (!text.startsWith(u"WhatsApp Business Record Page ")) // most texts: no expression run for them
        return false;
    static const QRegularExpression re(QStringLiteral("^WhatsApp Business Record Page \\d+$"));
    return re.match(text).hasMatch();
}

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

QString phoneRaw(const QString &digits)
{
    // WhatsApp writes international numbers as bare digits.
    static const QRegularExpression allDigits(QStringLiteral("^\\d{6,15}$"));
    return allDigits.match(digits).hasMatch() ? u'+' + digits : digits;
}

QString dedupe(const QStringList &parts)
{
    return Sha::sha1Base64(parts.join(QChar(0x1F)).toUtf8());
}

class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)
public:
    DocumentBuilder(const HandleNormalizer &normalizer, PageLines &lines, WhatsAppDocument *doc,
                    const WhatsAppParser::Sink &sink)
        : m_normalizer(normalizer), m_lines(lines), m_doc(doc), m_sink(sink), m_time(std::nullopt, std::nullopt)
    {
    }

    /// @brief What reads the records of the page's section @p name (`property-` left off);
    /// none for a section holding no records read here.
    std::unique_ptr<RecordSplitter> splitterFor(const QString &name);
    /// @brief The section @p name has been read to its end.
    void sectionRead(const QString &name);
    /// @brief The page has been read to its end: the logins waiting for its account are read.
    bool finish();
    bool stopped() const { return m_stopped; }

private:
    void requestParameters(const Record &record);
    void message(const Record &record);
    void call(const Record &record);
    void login(const Record &record);
    void emitEvent(const EventRecord &e);
    bool start(EventRecord *e, const Record &record, const QString &timestamp, EvidenceClass cls, const QString &subtype);
    bool party(NormalizedHandle *handle, QString *raw, const QString &value);
    bool port(EventRecord *e, const Record &record, const QString &text);
    /// What a call's events say: the other party, and whether and when it was accepted and ended.
    struct CallProgress
    {
        QString other;
        bool accepted = false;
        qint64 acceptMs = -1;
        qint64 endMs = -1;
    };
    /// @brief Reads @p events into @p call and the event's IP and port; false (the record
    /// rejected) when a port, or a time the duration is read from, cannot be read.
    bool readCallEvents(EventRecord *e, const Record &record, const QJsonArray &events, const QString &creator,
                        CallProgress *call);
    void reject(const Record &record, const QString &reason);

    const HandleNormalizer &m_normalizer;
    PageLines &m_lines;
    WhatsAppDocument *m_doc;
    const WhatsAppParser::Sink &m_sink;
    TimestampParser m_time;
    /// Each party's spelling read once: a return names the account in every record, and a
    /// phone number's parse costs ~100k instructions (a sixth of a large return's import).
    QHash<QString, NormalizedHandle> m_handles;
    bool m_parametersRead = false; ///< the page's request parameters (its account) are read
    QList<Record> m_waitingLogins; ///< logins read before the request parameters
    bool m_stopped = false;        ///< the sink asked to stop
};

std::unique_ptr<RecordSplitter> DocumentBuilder::splitterFor(const QString &name)
{
    static const QStringList parameterLabels{u"Service"_qs,   u"Internal Ticket Number"_qs, u"Account Identifier"_qs,
                                             u"Account Type"_qs, u"Generated"_qs,            u"Date Range"_qs};
    static const QStringList messageLabels{u"Timestamp"_qs,     u"Message Id"_qs,    u"Sender"_qs,    u"Recipients"_qs,
                                           u"Group Id"_qs,      u"Sender Ip"_qs,     u"Sender Port"_qs,
                                           u"Sender Device"_qs, u"Type"_qs,          u"Message Style"_qs,
                                           u"Message Size"_qs};
    static const QStringList callLabels{u"Call Id"_qs,   u"Call Creator"_qs, u"Events"_qs, u"Type"_qs,
                                        u"Timestamp"_qs, u"From"_qs,         u"To"_qs,     u"From Ip"_qs,
                                        u"From Port"_qs, u"Media Type"_qs,   u"Phone Number"_qs};
    static const QStringList loginLabels{u"Timestamp"_qs, u"IP Address"_qs, u"Port"_qs};
    const auto then = [this](void (DocumentBuilder::*read)(const Record &)) {
        return [this, read](const Record &record) {
            (this->*read)(record);
            // The next record starts on this one's last line at the earliest; a login waiting
            // for the account keeps its lines.
            if (m_waitingLogins.isEmpty())
                m_lines.forgetBefore(record.lastLine);
            return !m_stopped;
        };
    };
    if (name == u"request_parameters")
        return std::make_unique<RecordSplitter>(QString(), parameterLabels, u"Service"_qs,
                                                then(&DocumentBuilder::requestParameters));
    if (name == u"message_log")
        return std::make_unique<RecordSplitter>(u"Message"_qs, messageLabels, QString(), then(&DocumentBuilder::message));
    if (name == u"call_logs")
        return std::make_unique<RecordSplitter>(u"Call"_qs, callLabels, QString(), then(&DocumentBuilder::call));
    if (name.contains(u"login"_qs) || name == u"ip_addresses")
        return std::make_unique<RecordSplitter>(QString(), loginLabels, u"Timestamp"_qs, then(&DocumentBuilder::login));
    return nullptr;
}

void DocumentBuilder::sectionRead(const QString &name)
{
    if (name == u"request_parameters" && !m_parametersRead) {
        m_parametersRead = true;
        for (const Record &record : std::exchange(m_waitingLogins, {}))
            login(record);
    }
}

bool DocumentBuilder::finish()
{
    sectionRead(u"request_parameters"_qs); // a page without them: its logins name no account
    return !m_stopped;
}

void DocumentBuilder::emitEvent(const EventRecord &e)
{
    if (!m_stopped && !m_sink.event(e))
        m_stopped = true;
}

void DocumentBuilder::reject(const Record &record, const QString &reason)
{
    if (!m_stopped && !m_sink.rejected({record.firstLine, reason, m_lines.lines(record.firstLine, record.lastLine)}))
        m_stopped = true;
}

bool DocumentBuilder::start(EventRecord *e, const Record &record, const QString &timestamp, EvidenceClass cls,
                            const QString &subtype)
{
    const ParsedTime t = m_time.parse(timestamp);
    if (!t.ok) {
        reject(record, timestamp.isEmpty() ? tr("the record has no timestamp") : t.error);
        return false;
    }
    e->evidenceClass = cls;
    e->subtype = subtype;
    e->utcMs = t.utcMs;
    e->timeRaw = timestamp;
    e->timeZone = t.zoneUsed;
    e->line = record.firstLine;
    e->raw = m_lines.lines(record.firstLine, record.lastLine);
    return true;
}

bool DocumentBuilder::port(EventRecord *e, const Record &record, const QString &text)
{
    // No port is no port (never 0); a port that is no port rejects the record, not the return.
    if (text.isEmpty())
        return true;
    e->clientPort = IpAddressFlags::portNumber(text);
    if (!e->clientPort)
        reject(record, tr("the port \"%1\" is not a number from 0 to 65535").arg(text));
    return e->clientPort.has_value();
}

bool DocumentBuilder::party(NormalizedHandle *handle, QString *raw, const QString &value)
{
    *raw = value;
    auto known = m_handles.constFind(value);
    if (known == m_handles.cend())
        known = m_handles.insert(value, m_normalizer.normalize(phoneRaw(value)));
    *handle = *known;
    return !handle->isEmpty();
}

void DocumentBuilder::requestParameters(const Record &record)
{
    for (const Field &field : record.fields)
        m_doc->requestParameters.insert(field.label, field.value);
    m_doc->account = m_doc->requestParameters.value(QStringLiteral("Account Identifier")).toString();
}

void DocumentBuilder::message(const Record &record)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    EventRecord base;
    if (!start(&base, record, record.value(u"Timestamp"_qs), EvidenceClass::Communication, u"message"_qs))
        return;
    if (!party(&base.initiator, &base.initiatorRaw, record.value(u"Sender"_qs))) {
        reject(record, tr("the message has no sender"));
        return;
    }
    const QStringList recipients = record.value(u"Recipients"_qs).split(separators, Qt::SkipEmptyParts);
    if (recipients.isEmpty()) {
        reject(record, tr("the message has no recipients"));
        return;
    }
    base.clientIp = record.value(u"Sender Ip"_qs);
    if (!port(&base, record, record.value(u"Sender Port"_qs)))
        return;
    for (const Field &field : record.fields) {
        if (field.label != u"Timestamp" && field.label != u"Sender" && field.label != u"Sender Ip"
            && field.label != u"Sender Port")
            base.extra.insert(field.label, field.value);
    }
    // One event per recipient; all share the message id and the provider's identity.
    const QString identity = dedupe({u"whatsapp-message"_qs, base.timeRaw, record.value(u"Message Id"_qs),
                                     record.value(u"Sender"_qs), recipients.join(u','), base.clientIp});
    for (const QString &recipient : recipients) {
        EventRecord e = base;
        party(&e.counterpart, &e.counterpartRaw, recipient);
        e.dedupeKey = dedupe({identity, recipient});
        emitEvent(e);
    }
}

void DocumentBuilder::call(const Record &record)
{
    // The call's own fields, then its events: each "Type" opens one.
    QJsonArray events;
    QJsonObject current;
    for (const Field &field : record.fields) {
        if (field.label == u"Type") {
            if (!current.isEmpty())
                events.append(current);
            current = {};
        }
        if (field.label != u"Call Id" && field.label != u"Call Creator" && field.label != u"Events")
            current.insert(field.label, field.value);
    }
    if (!current.isEmpty())
        events.append(current);
    const QString creator = record.value(u"Call Creator"_qs);
    if (events.isEmpty()) {
        reject(record, tr("the call has no events"));
        return;
    }
    const QJsonObject first = events.first().toObject();
    EventRecord e;
    if (!start(&e, record, first.value(u"Timestamp"_qs).toString(), EvidenceClass::Communication, u"call"_qs))
        return;
    CallProgress call;
    if (!readCallEvents(&e, record, events, creator, &call))
        return;
    if (!party(&e.initiator, &e.initiatorRaw, creator) || !party(&e.counterpart, &e.counterpartRaw, call.other)) {
        reject(record, tr("the call names no creator or no other party"));
        return;
    }
    if (call.accepted && call.endMs >= call.acceptMs)
        e.durationSeconds = double(call.endMs - call.acceptMs) / 1000.0;
    e.extra.insert(u"Call Id"_qs, record.value(u"Call Id"_qs));
    e.extra.insert(u"accepted"_qs, call.accepted);
    e.extra.insert(u"Events"_qs, events);
    e.dedupeKey = dedupe({u"whatsapp-call"_qs, record.value(u"Call Id"_qs), creator});
    emitEvent(e);
}

bool DocumentBuilder::readCallEvents(EventRecord *e, const Record &record, const QJsonArray &events,
                                     const QString &creator, CallProgress *call)
{
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString to = event.value(u"To"_qs).toString();
        const QString from = event.value(u"From"_qs).toString();
        if (call->other.isEmpty())
            call->other = from == creator ? to : from;
        if (e->clientIp.isEmpty() && event.contains(u"From Ip"_qs)) {
            e->clientIp = event.value(u"From Ip"_qs).toString();
            if (!port(e, record, event.value(u"From Port"_qs).toString()))
                return false;
        }
        const QString type = event.value(u"Type"_qs).toString();
        if (type != u"accept" && type != u"terminate")
            continue;
        // The duration is read from these two: an unreadable one would make it up.
        const ParsedTime at = m_time.parse(event.value(u"Timestamp"_qs).toString());
        if (!at.ok) {
            reject(record, tr("the call's %1 event: %2").arg(type, at.error));
            return false;
        }
        (type == u"accept" ? call->acceptMs : call->endMs) = at.utcMs;
        call->accepted = call->accepted || type == u"accept";
    }
    return true;
}

void DocumentBuilder::login(const Record &record)
{
    if (!m_parametersRead) { // the account they are tied to is not read yet
        m_waitingLogins.append(record);
        return;
    }
    EventRecord e;
    if (!start(&e, record, record.value(u"Timestamp"_qs), EvidenceClass::Connection, u"login"_qs))
        return;
    if (!party(&e.initiator, &e.initiatorRaw, m_doc->account)) {
        reject(record, tr("the login cannot be tied to an account: the page has no Account Identifier"));
        return;
    }
    e.clientIp = record.value(u"IP Address"_qs);
    if (!port(&e, record, record.value(u"Port"_qs)))
        return;
    e.dedupeKey = dedupe({u"whatsapp-login"_qs, e.timeRaw, e.clientIp, record.value(u"Port"_qs), m_doc->account});
    emitEvent(e);
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
    SectionCollector(const std::function<bool(double)> &progress, DocumentBuilder &builder)
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
    static void onOther(void *self, const xmlChar *, int) { static_cast<SectionCollector *>(self)->flush(); }
    static void onComment(void *self, const xmlChar *) { static_cast<SectionCollector *>(self)->flush(); }

private:
    void start(const xmlChar **attributes)
    {
        flush();
        m_lines.push_back(m_context->input ? m_context->input->line : 0);
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
        flush();
        if (m_progress && ++m_ended % 4096 == 0 && !stopped && !m_progress(fraction))
            stop();
        if (m_sectionDepth > 0 && m_lines.size() == m_sectionDepth) {
            if (m_splitter && !stopped && !m_splitter->finish())
                stop();
            if (!stopped) // a page stopped hands nothing more on
                m_builder.sectionRead(m_sectionName);
            m_splitter.reset();
            m_sectionDepth = 0;
        }
        if (!m_lines.empty())
            m_lines.pop_back();
    }
    void text(const char *data, int length)
    {
        if (m_sectionDepth == 0 || tooLongAt > 0)
            return;
        if (m_text.isEmpty())
            m_textLine = m_lines.empty() ? 0 : m_lines.back(); // the line of the element holding it
        if (m_text.size() + length > MaxText) { // no field's value: damage, and not to be held
            tooLongAt = m_context->input ? m_context->input->line : m_textLine;
            m_text.clear();
            xmlStopParser(m_context);
            return;
        }
        m_text.append(data, length);
    }
    void flush()
    {
        if (m_text.isEmpty())
            return;
        const QString text = QString::fromUtf8(m_text).simplified();
        m_text.clear();
        if (m_splitter && !stopped && !text.isEmpty() && !isPageBreak(text) && !m_splitter->token({text, m_textLine}))
            stop();
    }
    void stop()
    {
        stopped = true;
        xmlStopParser(m_context);
    }

    htmlParserCtxtPtr m_context = nullptr;
    const std::function<bool(double)> &m_progress;
    DocumentBuilder &m_builder;
    qint64 m_ended = 0; ///< elements ended: progress is told every few thousand
    std::vector<int> m_lines; ///< of each element open, where its start tag ends
    std::unique_ptr<RecordSplitter> m_splitter; ///< of the section open, if it holds records read here
    QString m_sectionName;
    size_t m_sectionDepth = 0; ///< of the section open, in elements; 0 outside every section
    QByteArray m_text; ///< the text being read, as UTF-8
    int m_textLine = 0;
};

/// The page as libxml2's parser reads it, decoded a piece at a time as the parser asks for
/// more, its text kept by line (PageLines): neither the page as the parser reads it nor
/// libxml2's copy of it is held whole (a delivery of 200,000 messages is 90 MB of each).
class PageSource
{
public:
    PageSource(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageLines &lines, WhatsAppDocument *doc,
               const std::function<bool(double)> &progress, SectionCollector &collector)
        : m_page(page), m_size(size), m_decoder(decoder), m_lines(lines), m_doc(doc), m_progress(progress),
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
        m_lines.append(piece.text);
        m_doc->reading = m_decoder.reading(); // the page's encoding, before its first record
        m_piece = std::move(piece.forParser);
        m_offset = 0;
        return true;
    }

    QIODevice &m_page;
    qint64 m_size;
    HtmlPageDecoder &m_decoder;
    PageLines &m_lines;
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
/// a piece at a time by PageSource), its sections into a DocumentBuilder.
class PageParser
{
public:
    PageParser(DocumentBuilder &builder, const std::function<bool(double)> &progress) : m_collector(progress, builder)
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
    bool parse(QIODevice &page, qint64 size, HtmlPageDecoder &decoder, PageLines &lines, WhatsAppDocument *doc,
               const std::function<bool(double)> &progress)
    {
        PageSource source(page, size, decoder, lines, doc, progress, m_collector);
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
    SectionCollector m_collector;
    htmlParserCtxtPtr m_context = nullptr;
    bool m_empty = false;
};

} // namespace

QString WhatsAppParser::haltMessage(void *context)
{
    const xmlError *error = xmlCtxtGetLastError(context);
    return error && error->message
               ? tr("the page cannot be read past its line %1: %2").arg(error->line).arg(QString::fromUtf8(error->message).trimmed())
               : tr("the page cannot be read to its end");
}

WhatsAppParser::WhatsAppParser(QString region) : m_normalizer(region) {}

bool WhatsAppParser::looksLikeRecords(const QByteArray &head)
{
    const QByteArray text = TextDecoding::headAsUtf8(head);
    return text.contains("WhatsApp Business Record") || text.contains("id=\"property-");
}

WhatsAppDocument WhatsAppParser::parse(const QByteArray &html, const Progress &progress) const
{
    WhatsAppDocument doc;
    const Sink sink{[&doc](const EventRecord &e) {
                        doc.events.append(e);
                        return true;
                    },
                    [&doc](const RejectedRow &row) {
                        doc.rejected.append(row);
                        return true;
                    }};
    read(html, &doc, sink, progress);
    if (!doc.error.isEmpty() || doc.stopped) { // what was read of a page not read whole is not its record
        doc.events.clear();
        doc.rejected.clear();
    }
    return doc;
}

void WhatsAppParser::read(const QByteArray &html, WhatsAppDocument *doc, const Sink &sink, const Progress &progress) const
{
    QBuffer buffer; // reads the bytes where they are
    buffer.setData(html);
    buffer.open(QIODevice::ReadOnly);
    read(buffer, html.size(), doc, sink, progress);
}

void WhatsAppParser::read(QIODevice &device, qint64 size, WhatsAppDocument *doc, const Sink &sink,
                          const Progress &progress) const
{
    HtmlPageDecoder decoder(device.peek(4096));
    if (!decoder.error().isEmpty()) {
        doc->error = decoder.error();
        return;
    }
    // Decoded and parsed in pieces, each record handed on as it is read, telling how far.
    XmlSaxParser::initLibrary();
    PageLines lines;
    DocumentBuilder builder(m_normalizer, lines, doc, sink);
    PageParser parser(builder, progress);
    const bool parsed = parser.parse(device, size, decoder, lines, doc, progress);
    doc->reading = decoder.reading();
    doc->error = parsed ? parser.error(&haltMessage) : tr("not a readable HTML page");
    doc->stopped = parser.stopped();
    if (!doc->error.isEmpty() || doc->stopped)
        return;
    if (!parser.anySection()) {
        doc->error = tr("no WhatsApp record sections (div id=\"property-…\") in the page");
        return;
    }
    doc->stopped = !builder.finish();
}
