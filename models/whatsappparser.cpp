#include "whatsappparser.h"

#include "ipaddressflags.h"
#include "sha.h"
#include "textdecoding.h"
#include "timestampparser.h"
#include "whatsappheldrecords_p.h"
#include "whatsapppage_p.h"
#include "xmlsaxparser.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <utility>

#include <libxml/xmlerror.h>

namespace WhatsAppPageReading {
namespace {

QString phoneRaw(const QString &digits)
{
    // WhatsApp writes international numbers as bare digits; marks no one sees around them (a
    // page saved from a right-to-left view) are left to the handle rules, which say so.
    static const QRegularExpression allDigits(QStringLiteral("^\\p{Cf}*\\d{6,15}\\p{Cf}*$"));
    return allDigits.match(digits).hasMatch() ? u'+' + digits : digits;
}

/// Of @p fields, the first whose label an earlier field of the same group named with another
/// value, and that earlier one. A field labelled @p groupStart starts a group of its own (a
/// call's events: each its own Type, Timestamp, From and To); labels in @p wholeRecord, and
/// every label where there is no @p groupStart, are one group for the whole record.
std::optional<std::pair<Field, Field>> conflictingRepeat(const QList<Field> &fields, const QString &groupStart = {},
                                                         const QStringList &wholeRecord = {})
{
    QHash<QString, Field> record;
    QHash<QString, Field> group;
    for (const Field &field : fields) {
        if (!groupStart.isEmpty() && field.label == groupStart)
            group.clear();
        QHash<QString, Field> &seen = groupStart.isEmpty() || wholeRecord.contains(field.label) ? record : group;
        const auto earlier = seen.constFind(field.label);
        if (earlier == seen.cend())
            seen.insert(field.label, field);
        else if (earlier->value != field.value)
            return std::pair{*earlier, field};
    }
    return std::nullopt;
}

QString dedupe(const QStringList &parts)
{
    return Sha::sha1Base64(parts.join(QChar(0x1F)).toUtf8());
}

class DocumentBuilder final : public SectionReader
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)
public:
    DocumentBuilder(const HandleNormalizer &normalizer, PageText &text, WhatsAppDocument *doc,
                    const WhatsAppParser::Sink &sink)
        : m_normalizer(normalizer), m_text(text), m_doc(doc), m_sink(sink), m_time(std::nullopt, std::nullopt)
    {
    }

    /// @brief What reads the records of the page's section @p name (`property-` left off);
    /// none for a section holding no records read here.
    std::unique_ptr<RecordSplitter> splitterFor(const QString &name) override;
    /// @brief The page has been read to its end: its logins, waiting for its account, are read.
    bool finish();
    bool stopped() const { return m_stopped; }

private:
    void requestParameters(const Record &record);
    /// @brief Keeps @p field, one of the page's request parameters.
    void requestParameter(const Field &field);
    /// @brief Whether account identifiers @p a and @p b name one account.
    bool sameAccount(const QString &a, const QString &b) const;
    void message(const Record &record);
    void call(const Record &record);
    /// @brief Keeps @p record, a login, to be read at the page's end.
    void login(const Record &record);
    void readLogin(const Record &record);
    /// @brief The words of @p record verbatim.
    QString textOf(const Record &record) const;
    void emitEvent(const EventRecord &e);
    bool start(EventRecord *e, const Record &record, const QString &timestamp, EvidenceClass cls, const QString &subtype);
    /// @brief @p value read as a handle, each spelling once.
    const NormalizedHandle &handleOf(const QString &value);
    bool party(NormalizedHandle *handle, QString *raw, const QString &value);
    bool port(EventRecord *e, const Record &record, const QString &text);
    /// What a call's events say of one of its other parties: whether and when it was accepted
    /// and ended.
    struct CallParty
    {
        QString raw;    ///< as the first event naming it writes it
        QString handle; ///< read as a handle
        qint64 acceptMs = -1;
        qint64 endMs = -1;
        bool accepted() const { return acceptMs >= 0; }
    };
    /// @brief Reads @p events into @p parties (every party the events name but the creator, in
    /// the order named) and the event's IP and port; false (the record rejected) when a port, or
    /// a time the duration is read from, cannot be read.
    bool readCallEvents(EventRecord *e, const Record &record, const QJsonArray &events, const QString &creator,
                        QList<CallParty> *parties);
    void reject(const Record &record, const QString &reason);
    /// @brief Rejects @p record where it names a label twice with two values (@p repeat): only
    /// one could be read as the record's, and which cannot be told. Whether it was rejected.
    bool rejectedForRepeat(const Record &record, const std::optional<std::pair<Field, Field>> &repeat);

    const HandleNormalizer &m_normalizer;
    PageText &m_text;
    WhatsAppDocument *m_doc;
    const WhatsAppParser::Sink &m_sink;
    TimestampParser m_time;
    /// Each party's spelling read once: a return names the account in every record, and a
    /// phone number's parse costs ~100k instructions (a sixth of a large return's import).
    QHash<QString, NormalizedHandle> m_handles;
    /// The first Account Identifier the request parameters name, and another they name after
    /// it (the logins are then no one account's).
    std::optional<Field> m_account, m_otherAccount;
    HeldRecords m_waitingLogins; ///< every login, its words copied, read at the page's end
    bool m_stopped = false;      ///< the sink asked to stop
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
            // The next record starts where this one ends at the earliest.
            m_text.forgetBefore(record.end);
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

bool DocumentBuilder::finish()
{
    m_waitingLogins.takeEach([this](const Record &record) {
        readLogin(record);
        return !m_stopped;
    });
    return !m_stopped;
}

QString DocumentBuilder::textOf(const Record &record) const
{
    return record.text.isNull() ? m_text.span(record.begin, record.end) : record.text;
}

void DocumentBuilder::emitEvent(const EventRecord &e)
{
    m_doc->withheld.note(e);
    m_doc->masked.note(e);
    m_doc->dateRange.note(e);
    if (!m_stopped && !m_sink.event(e))
        m_stopped = true;
}

void DocumentBuilder::reject(const Record &record, const QString &reason)
{
    if (!m_stopped && !m_sink.rejected({record.firstLine, reason, textOf(record)}))
        m_stopped = true;
}

bool DocumentBuilder::rejectedForRepeat(const Record &record, const std::optional<std::pair<Field, Field>> &repeat)
{
    if (!repeat)
        return false;
    const auto &[first, second] = *repeat;
    reject(record, tr("the record names \"%1\" twice, as \"%2\" (line %3) and as \"%4\" (line %5): which is the "
                      "record's cannot be told, and neither is taken")
                       .arg(first.label, first.value)
                       .arg(first.line)
                       .arg(second.value)
                       .arg(second.line));
    return true;
}

bool DocumentBuilder::start(EventRecord *e, const Record &record, const QString &timestamp, EvidenceClass cls,
                            const QString &subtype)
{
    const ParsedTime t = TimestampParser::outsideAnyRecord(m_time.parse(timestamp), timestamp);
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
    e->raw = textOf(record);
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

const NormalizedHandle &DocumentBuilder::handleOf(const QString &value)
{
    auto known = m_handles.constFind(value);
    if (known == m_handles.cend()) {
        known = m_handles.insert(value, m_normalizer.normalize(phoneRaw(value)));
        m_doc->straySpellings.note(value, *known);
    }
    return *known;
}

bool DocumentBuilder::party(NormalizedHandle *handle, QString *raw, const QString &value)
{
    *raw = value;
    *handle = handleOf(value);
    return !handle->isEmpty();
}

void DocumentBuilder::requestParameters(const Record &record)
{
    for (const Field &field : record.fields)
        requestParameter(field);
    m_doc->account = m_account && !m_otherAccount ? m_account->value : QString();
}

void DocumentBuilder::requestParameter(const Field &field)
{
    // The first value of each label stands, as the parameters heading the page state it; another
    // named later is kept beside them, not in its place, where the analyst reads them.
    const auto first = m_doc->requestParameters.constFind(field.label);
    if (first == m_doc->requestParameters.constEnd())
        m_doc->requestParameters.insert(field.label, field.value);
    else if (first->toString() != field.value)
        m_doc->requestParametersRepeated.append(QJsonObject{
            {u"label"_qs, field.label}, {u"value"_qs, field.value}, {u"line"_qs, field.line}});
    if (field.label == u"Date Range")
        m_doc->dateRange.setRange(field.value); // the first stated stands
    if (field.label != u"Account Identifier" || field.value.isEmpty())
        return;
    if (!m_account)
        m_account = field;
    else if (!m_otherAccount && !sameAccount(field.value, m_account->value))
        m_otherAccount = field;
}

bool DocumentBuilder::sameAccount(const QString &a, const QString &b) const
{
    // One number spelt two ways ("+4915112345678", "4915112345678") is one account.
    if (a == b)
        return true;
    const NormalizedHandle first = m_normalizer.normalize(phoneRaw(a));
    return !first.isEmpty() && first.normalized == m_normalizer.normalize(phoneRaw(b)).normalized;
}

void DocumentBuilder::message(const Record &record)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    if (rejectedForRepeat(record, conflictingRepeat(record.fields)))
        return;
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
    static const QStringList callFields{u"Call Id"_qs, u"Call Creator"_qs, u"Events"_qs};
    if (rejectedForRepeat(record, conflictingRepeat(record.fields, u"Type"_qs, callFields)))
        return;
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
    EventRecord base;
    if (!start(&base, record, first.value(u"Timestamp"_qs).toString(), EvidenceClass::Communication, u"call"_qs))
        return;
    QList<CallParty> parties;
    if (!readCallEvents(&base, record, events, creator, &parties))
        return;
    if (!party(&base.initiator, &base.initiatorRaw, creator) || parties.isEmpty()) {
        reject(record, tr("the call names no creator or no other party"));
        return;
    }
    const QString callId = record.value(u"Call Id"_qs);
    base.extra.insert(u"Call Id"_qs, callId);
    base.extra.insert(u"Events"_qs, events);
    // One event per party the creator called, as a message has one per recipient; the first
    // keeps the key a call with one other party has always had.
    for (const CallParty &other : std::as_const(parties)) {
        EventRecord e = base;
        party(&e.counterpart, &e.counterpartRaw, other.raw);
        if (other.accepted() && other.endMs >= other.acceptMs)
            e.durationSeconds = double(other.endMs - other.acceptMs) / 1000.0;
        e.extra.insert(u"accepted"_qs, other.accepted());
        e.dedupeKey = &other == &parties.first() ? dedupe({u"whatsapp-call"_qs, callId, creator})
                                                 : dedupe({u"whatsapp-call"_qs, callId, creator, other.raw});
        emitEvent(e);
    }
}

bool DocumentBuilder::readCallEvents(EventRecord *e, const Record &record, const QJsonArray &events,
                                     const QString &creator, QList<CallParty> *parties)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    // The creator, however an event spells the number, is no other party.
    const QString creatorHandle = handleOf(creator).normalized;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        // A group call's events may name several numbers, as a message's recipients do.
        const QStringList named = event.value(u"From"_qs).toString().split(separators, Qt::SkipEmptyParts)
                            + event.value(u"To"_qs).toString().split(separators, Qt::SkipEmptyParts);
        QStringList handles; // of the parties it names, each compared as its handle
        for (const QString &number : std::as_const(named)) {
            const QString handle = handleOf(number).normalized;
            if (number == creator || handle == creatorHandle || handle.isEmpty())
                continue;
            handles.append(handle);
            if (std::none_of(parties->cbegin(), parties->cend(), [&handle](const CallParty &p) { return p.handle == handle; }))
                parties->append({number, handle});
        }
        if (e->clientIp.isEmpty() && event.contains(u"From Ip"_qs)) {
            e->clientIp = event.value(u"From Ip"_qs).toString();
            if (!port(e, record, event.value(u"From Port"_qs).toString()))
                return false;
        }
        const QString type = event.value(u"Type"_qs).toString();
        if (type != u"accept" && type != u"terminate")
            continue;
        // The duration is read from these two: an unreadable one would make it up.
        const QString written = event.value(u"Timestamp"_qs).toString();
        const ParsedTime at = TimestampParser::outsideAnyRecord(m_time.parse(written), written);
        if (!at.ok) {
            reject(record, tr("the call's %1 event: %2").arg(type, at.error));
            return false;
        }
        // An event naming only the creator ends or takes the call for every party; a party's
        // first accept and first terminate count (a group call's end does not lengthen the call
        // of a party that left it).
        for (CallParty &other : *parties) {
            qint64 &moment = type == u"accept" ? other.acceptMs : other.endMs;
            if ((handles.isEmpty() || handles.contains(other.handle)) && moment < 0)
                moment = at.utcMs;
        }
    }
    return true;
}

void DocumentBuilder::login(const Record &record)
{
    // A login names no account: it is the page's. Read at the page's end, as request parameters
    // below it, or naming another account below it, would leave it tied to the wrong one.
    m_waitingLogins.append(record, m_text.span(record.begin, record.end));
}

void DocumentBuilder::readLogin(const Record &record)
{
    if (rejectedForRepeat(record, conflictingRepeat(record.fields)))
        return;
    EventRecord e;
    if (!start(&e, record, record.value(u"Timestamp"_qs), EvidenceClass::Connection, u"login"_qs))
        return;
    if (m_otherAccount) {
        reject(record, tr("the login cannot be tied to an account: the page names two, \"%1\" "
                          "(line %2) and \"%3\" "
                          "(line %4), and which is the login's cannot be told")
                           .arg(m_account->value, QString::number(m_account->line),
                                m_otherAccount->value, QString::number(m_otherAccount->line)));
        return;
    }
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

} // namespace
} // namespace WhatsAppPageReading

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
    WhatsAppPageReading::PageText text;
    WhatsAppPageReading::DocumentBuilder builder(m_normalizer, text, doc, sink);
    const WhatsAppPageReading::PageEnd end =
        WhatsAppPageReading::readPage(device, size, decoder, text, doc, builder, progress, &haltMessage);
    doc->reading = decoder.reading();
    doc->error = end.error;
    doc->stopped = end.stopped;
    if (!doc->error.isEmpty() || doc->stopped)
        return;
    if (!end.anySection) {
        doc->error = tr("no WhatsApp record sections (div id=\"property-…\") in the page");
        return;
    }
    doc->stopped = !builder.finish();
}
