#include "whatsappparser.h"

#include "ipaddressflags.h"
#include "sha.h"
#include "textdecoding.h"
#include "whatsappdocumentbuilder_p.h"
#include "xmlsaxparser.h"

#include <QBuffer>
#include <QRegularExpression>

#include <libxml/xmlerror.h>

namespace WhatsAppPageReading {

QString phoneRaw(const QString &digits)
{
    // WhatsApp writes international numbers as bare digits; marks no one sees around them (a
    // page saved from a right-to-left view) are left to the handle rules, which say so.
    static const QRegularExpression allDigits(QStringLiteral("^\\p{Cf}*\\d{6,15}\\p{Cf}*$"));
    return allDigits.match(digits).hasMatch() ? u'+' + digits : digits;
}

std::optional<std::pair<Field, Field>> conflictingRepeat(const QList<Field> &fields,
                                                         const QString &groupStart,
                                                         const QStringList &wholeRecord)
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

bool DocumentBuilder::finish(const WhatsAppParser::Progress &progress)
{
    // The page is read to its end: its logins are what is left of it, told as its end every
    // so often, as its elements were, so that a cancel is heard among 200,000 of them too.
    qint64 read = 0;
    m_waitingLogins.takeEach([this, &progress, &read](const Record &record) {
        readLogin(record);
        if (progress && ++read % 1024 == 0 && !m_stopped && !progress(1.0))
            m_stopped = true;
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
                       .arg(first.label, first.value, QString::number(first.line), second.value,
                            QString::number(second.line)));
    return true;
}

bool DocumentBuilder::start(EventRecord *e, const Record &record, const QString &timestamp, EvidenceClass cls,
                            const QString &subtype)
{
    const ParsedTime t = readTime(timestamp);
    if (!t.ok) {
        reject(record, timestamp.isEmpty() ? tr("the record has no timestamp") : t.error);
        return false;
    }
    e->evidenceClass = cls;
    e->subtype = subtype;
    e->utcMs = t.utcMs;
    e->timeRaw = timestamp;
    e->timeZone = t.zoneUsed;
    m_doc->zonesRead.note(t.zoneUsed);
    e->line = record.firstLine;
    e->raw = textOf(record);
    return true;
}

ParsedTime DocumentBuilder::readTime(const QString &written) const
{
    ParsedTime time = TimestampParser::outsideAnyRecord(m_time.parse(written), written);
    // The tables' words would ask for a zone to be declared (--timezone), which a WhatsApp
    // return does not take: its times are written in UTC.
    if (time.zoneMissing)
        time.error =
            tr("the timestamp \"%1\" states no zone it can be read in by itself; a WhatsApp "
               "record writes its times in UTC")
                .arg(written);
    return time;
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
    doc->stopped = !builder.finish(progress);
}
