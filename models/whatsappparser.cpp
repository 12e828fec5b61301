#include "whatsappparser.h"

#include "ipaddressflags.h"
#include "sha.h"
#include "textdecoding.h"
#include "timestampparser.h"
#include "xmlsaxparser.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <cstring>
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

/// The tokens of each section of the page (a <div id="property-…">): its texts, each simplified,
/// with the line of the element holding it, page-break lines left out. Read from libxml2's SAX
/// callbacks, as its tree would hold them (a text ends where an element, a comment or a CDATA
/// block begins or ends), without building the tree: a delivery of 200,000 messages took 2.5 GB
/// as a tree, and the tree's lines stop at 65,535.
class SectionCollector
{
public:
    SectionCollector(htmlParserCtxtPtr context, qsizetype size, const std::function<bool(double)> &progress)
        : m_context(context), m_size(size), m_progress(progress)
    {
    }
    /// The longest text read, in bytes: libxml2's own limit for a text of its tree.
    static constexpr qsizetype MaxText = 10000000;
    QHash<QString, QList<Token>> sections;
    int tooLongAt = 0; ///< the line the reading stopped at, in a text over MaxText
    bool stopped = false; ///< the progress function asked to stop

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
        if (m_section)
            return;
        for (const xmlChar **a = attributes; a && a[0]; a += 2) {
            const QByteArray id = reinterpret_cast<const char *>(a[0]);
            if (id.compare("id", Qt::CaseInsensitive) == 0 && a[1]
                && QByteArray(reinterpret_cast<const char *>(a[1])).startsWith("property-")) {
                m_sectionName = QString::fromUtf8(reinterpret_cast<const char *>(a[1])).mid(9);
                m_section.emplace();
                m_sectionDepth = m_lines.size();
                return;
            }
        }
    }
    void end()
    {
        flush();
        if (m_progress && ++m_ended % 4096 == 0 && m_size > 0
            && !m_progress(double(qMax(0L, xmlByteConsumed(m_context))) / double(m_size))) {
            stopped = true;
            xmlStopParser(m_context);
        }
        if (m_section && m_lines.size() == m_sectionDepth) {
            sections[m_sectionName] = std::move(*m_section);
            m_section.reset();
        }
        if (!m_lines.empty())
            m_lines.pop_back();
    }
    void text(const char *data, int length)
    {
        if (!m_section || tooLongAt > 0)
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
        if (!text.isEmpty() && !isPageBreak(text))
            m_section->append({text, m_textLine});
    }

    htmlParserCtxtPtr m_context;
    qsizetype m_size;
    const std::function<bool(double)> &m_progress;
    qint64 m_ended = 0; ///< elements ended: progress is told every few thousand
    std::vector<int> m_lines; ///< of each element open, where its start tag ends
    std::optional<QList<Token>> m_section; ///< the tokens of the section open, if one is
    QString m_sectionName;
    size_t m_sectionDepth = 0;
    QByteArray m_text; ///< the text being read, as UTF-8
    int m_textLine = 0;
};

/// Splits a section's tokens into records. A record starts at @p marker (or, without one, at
/// the first label); a label's value is every following token up to the next label.
QList<Record> records(const QList<Token> &tokens, const QString &marker, const QStringList &labels,
                      const QString &startLabel = {})
{
    QList<Record> result;
    Field *open = nullptr;
    for (const Token &token : tokens) {
        const bool startsRecord = (!marker.isEmpty() && token.text == marker)
                                  || (marker.isEmpty() && token.text == startLabel);
        if (startsRecord) {
            result.append(Record{{}, token.line, token.line});
            open = nullptr;
            if (!marker.isEmpty())
                continue;
        }
        if (result.isEmpty())
            continue; // titles and definitions before the first record
        Record &record = result.last();
        record.lastLine = qMax(record.lastLine, token.line);
        if (labels.contains(token.text)) {
            record.fields.append({token.text, QString(), token.line});
            open = &record.fields.last();
        } else if (open) {
            open->value = open->value.isEmpty() ? token.text : open->value + u' ' + token.text;
        }
    }
    return result;
}

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

QString rawLines(const QStringList &lines, const Record &record)
{
    return lines.mid(record.firstLine - 1, record.lastLine - record.firstLine + 1).join(u'\n');
}

class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)
public:
    DocumentBuilder(const HandleNormalizer &normalizer, const QStringList &lines, WhatsAppDocument *doc)
        : m_normalizer(normalizer), m_lines(lines), m_doc(doc), m_time(std::nullopt, std::nullopt)
    {
    }

    void requestParameters(const QList<Token> &tokens);
    /// @brief The messages' events; @p progress told how many of them are read (0..1).
    bool messages(const QList<Token> &tokens, const std::function<bool(double)> &progress);
    void calls(const QList<Token> &tokens);
    void logins(const QList<Token> &tokens);

private:
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
    const QStringList &m_lines;
    WhatsAppDocument *m_doc;
    TimestampParser m_time;
    /// Each party's spelling read once: a return names the account in every record, and a
    /// phone number's parse costs ~100k instructions (a sixth of a large return's import).
    QHash<QString, NormalizedHandle> m_handles;
};

void DocumentBuilder::reject(const Record &record, const QString &reason)
{
    m_doc->rejected.append({record.firstLine, reason, rawLines(m_lines, record)});
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
    e->raw = rawLines(m_lines, record);
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

void DocumentBuilder::requestParameters(const QList<Token> &tokens)
{
    static const QStringList labels{u"Service"_qs, u"Internal Ticket Number"_qs, u"Account Identifier"_qs,
                                    u"Account Type"_qs, u"Generated"_qs, u"Date Range"_qs};
    for (const Record &record : records(tokens, {}, labels, u"Service"_qs)) {
        for (const Field &field : record.fields)
            m_doc->requestParameters.insert(field.label, field.value);
    }
    m_doc->account = m_doc->requestParameters.value(QStringLiteral("Account Identifier")).toString();
}

bool DocumentBuilder::messages(const QList<Token> &tokens, const std::function<bool(double)> &progress)
{
    static const QStringList labels{u"Timestamp"_qs, u"Message Id"_qs, u"Sender"_qs, u"Recipients"_qs,
                                    u"Group Id"_qs, u"Sender Ip"_qs, u"Sender Port"_qs, u"Sender Device"_qs,
                                    u"Type"_qs, u"Message Style"_qs, u"Message Size"_qs};
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QList<Record> all = records(tokens, u"Message"_qs, labels);
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (progress && i % 4096 == 4095 && !progress(double(i) / double(all.size())))
            return false;
        const Record &record = all.at(i);
        EventRecord base;
        if (!start(&base, record, record.value(u"Timestamp"_qs), EvidenceClass::Communication, u"message"_qs))
            continue;
        if (!party(&base.initiator, &base.initiatorRaw, record.value(u"Sender"_qs))) {
            reject(record, tr("the message has no sender"));
            continue;
        }
        const QStringList recipients = record.value(u"Recipients"_qs).split(separators, Qt::SkipEmptyParts);
        if (recipients.isEmpty()) {
            reject(record, tr("the message has no recipients"));
            continue;
        }
        base.clientIp = record.value(u"Sender Ip"_qs);
        if (!port(&base, record, record.value(u"Sender Port"_qs)))
            continue;
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
            m_doc->events.append(e);
        }
    }
    return true;
}

void DocumentBuilder::calls(const QList<Token> &tokens)
{
    static const QStringList labels{u"Call Id"_qs, u"Call Creator"_qs, u"Events"_qs, u"Type"_qs, u"Timestamp"_qs,
                                    u"From"_qs, u"To"_qs, u"From Ip"_qs, u"From Port"_qs, u"Media Type"_qs,
                                    u"Phone Number"_qs};
    for (const Record &record : records(tokens, u"Call"_qs, labels)) {
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
            continue;
        }
        const QJsonObject first = events.first().toObject();
        EventRecord e;
        if (!start(&e, record, first.value(u"Timestamp"_qs).toString(), EvidenceClass::Communication, u"call"_qs))
            continue;
        CallProgress call;
        if (!readCallEvents(&e, record, events, creator, &call))
            continue;
        if (!party(&e.initiator, &e.initiatorRaw, creator) || !party(&e.counterpart, &e.counterpartRaw, call.other)) {
            reject(record, tr("the call names no creator or no other party"));
            continue;
        }
        if (call.accepted && call.endMs >= call.acceptMs)
            e.durationSeconds = double(call.endMs - call.acceptMs) / 1000.0;
        e.extra.insert(u"Call Id"_qs, record.value(u"Call Id"_qs));
        e.extra.insert(u"accepted"_qs, call.accepted);
        e.extra.insert(u"Events"_qs, events);
        e.dedupeKey = dedupe({u"whatsapp-call"_qs, record.value(u"Call Id"_qs), creator});
        m_doc->events.append(e);
    }
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

void DocumentBuilder::logins(const QList<Token> &tokens)
{
    static const QStringList labels{u"Timestamp"_qs, u"IP Address"_qs, u"Port"_qs};
    for (const Record &record : records(tokens, {}, labels, u"Timestamp"_qs)) {
        EventRecord e;
        if (!start(&e, record, record.value(u"Timestamp"_qs), EvidenceClass::Connection, u"login"_qs))
            continue;
        if (!party(&e.initiator, &e.initiatorRaw, m_doc->account)) {
            reject(record, tr("the login cannot be tied to an account: the page has no Account Identifier"));
            continue;
        }
        e.clientIp = record.value(u"IP Address"_qs);
        if (!port(&e, record, record.value(u"Port"_qs)))
            continue;
        e.dedupeKey = dedupe({u"whatsapp-login"_qs, e.timeRaw, e.clientIp, record.value(u"Port"_qs), m_doc->account});
        m_doc->events.append(e);
    }
}

/// @brief The sections of the page @p utf8 into @p sections; why the parser stopped before its
/// end (in @p haltMessage's words), or empty.
QString readSections(const QByteArray &utf8, QHash<QString, QList<Token>> *sections, QString (*haltMessage)(void *),
                     const std::function<bool(double)> &progress, bool *stopped)
{
    htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(utf8.constData(), int(utf8.size()));
    if (!context)
        return QCoreApplication::translate("WhatsAppParser", "not a readable HTML page");
    // Only these callbacks: the page's texts and the elements holding them; no tree, no DTD,
    // nothing fetched. The text is UTF-8 now, whatever the page's <meta> says.
    htmlSAXHandler handler;
    std::memset(&handler, 0, sizeof handler);
    handler.startElement = &SectionCollector::onStart;
    handler.endElement = &SectionCollector::onEnd;
    handler.characters = &SectionCollector::onText;
    handler.cdataBlock = &SectionCollector::onOther;
    handler.comment = &SectionCollector::onComment;
    SectionCollector collector(context, utf8.size(), progress);
    xmlFree(context->sax);
    context->sax = &handler;
    context->userData = &collector;
    if (xmlCharEncodingHandlerPtr utf8Handler = xmlFindCharEncodingHandler("UTF-8"))
        xmlSwitchToEncoding(context, utf8Handler);
    htmlCtxtUseOptions(context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                                    | HTML_PARSE_IGNORE_ENC);
    htmlParseDocument(context);
    // Recovering, the parser stops early only at one of its limits (or at ours), leaving the
    // rest of the page unread without a word.
    QString halted;
    if (collector.tooLongAt > 0)
        halted = QCoreApplication::translate("WhatsAppParser", "the page cannot be read past its line %1: a text over "
                                                               "10 MB long, which no record holds")
                     .arg(collector.tooLongAt);
    else if (context->disableSAX && !collector.stopped)
        halted = haltMessage(context);
    *stopped = collector.stopped;
    context->sax = nullptr; // the handler is this function's, not libxml2's to free
    context->userData = nullptr;
    htmlFreeParserCtxt(context);
    *sections = std::move(collector.sections);
    return halted;
}

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
    HtmlPageDecoder decoder(QByteArrayView(html).first(qMin<qsizetype>(html.size(), 4096)));
    if (!decoder.error().isEmpty()) {
        doc.error = decoder.error();
        return doc;
    }
    // Decoded in pieces, to tell how far: 90 MB take seconds. Each piece ends at a line's end.
    HtmlPageDecoder::Piece page;
    constexpr qsizetype PieceBytes = 4 * 1024 * 1024;
    for (qsizetype at = 0; at < html.size() || at == 0; at += PieceBytes) {
        const bool last = at + PieceBytes >= html.size();
        HtmlPageDecoder::Piece piece = decoder.decode(QByteArrayView(html).sliced(at, qMin(PieceBytes, html.size() - at)), last);
        page.text += piece.text;
        page.forParser += piece.forParser;
        if (progress && !progress(0.1 * double(at) / double(html.size()))) {
            doc.stopped = true;
            return doc;
        }
    }
    doc.reading = decoder.reading();
    XmlSaxParser::initLibrary();
    QHash<QString, QList<Token>> sections;
    // Of a page's reading, its decoding takes about a tenth, its parse a little over half and
    // the messages' events the rest.
    const auto parsing = [&progress](double done) { return !progress || progress(0.1 + 0.55 * done); };
    const auto building = [&progress](double done) { return !progress || progress(0.65 + 0.35 * done); };
    if (const QString error = readSections(page.forParser, &sections, &haltMessage, parsing, &doc.stopped);
        !error.isEmpty() || doc.stopped) {
        doc.error = error;
        return doc;
    }
    page.forParser = QByteArray(); // a delivery's page may be tens of megabytes: not held twice over
    if (sections.isEmpty()) {
        doc.error = tr("no WhatsApp record sections (div id=\"property-…\") in the page");
        return doc;
    }
    const QStringList lines = std::exchange(page.text, QString()).split(u'\n');
    DocumentBuilder builder(m_normalizer, lines, &doc);
    builder.requestParameters(sections.value(u"request_parameters"_qs));
    if (!builder.messages(sections.value(u"message_log"_qs), building)) {
        doc.stopped = true;
        return doc;
    }
    builder.calls(sections.value(u"call_logs"_qs));
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.key().contains(u"login"_qs) || it.key() == u"ip_addresses")
            builder.logins(it.value());
    }
    std::sort(doc.events.begin(), doc.events.end(),
              [](const EventRecord &a, const EventRecord &b) { return a.line < b.line; });
    return doc;
}
