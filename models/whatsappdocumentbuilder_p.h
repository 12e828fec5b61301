#pragma once

// Private to the WhatsApp parser: what reads a records page's sections into events
// (whatsappparser.cpp; a call and its events in whatsappcalls.cpp). Not part of the models/ API.

#include "handlenormalizer.h"
#include "timestampparser.h"
#include "whatsappheldrecords_p.h"
#include "whatsapppage_p.h"
#include "whatsappparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <memory>
#include <optional>
#include <utility>

namespace WhatsAppPageReading {

/// @brief @p digits as a party's spelling: WhatsApp writes international numbers as bare digits.
QString phoneRaw(const QString &digits);

/// Of @p fields, the first whose label an earlier field of the same group named with another
/// value, and that earlier one. A field labelled @p groupStart starts a group of its own (a
/// call's events: each its own Type, Timestamp, From and To); labels in @p wholeRecord, and
/// every label where there is no @p groupStart, are one group for the whole record.
std::optional<std::pair<Field, Field>> conflictingRepeat(const QList<Field> &fields,
                                                         const QString &groupStart = {},
                                                         const QStringList &wholeRecord = {});

/// @brief The key a record is known by across deliveries, from @p parts.
QString dedupe(const QStringList &parts);

class DocumentBuilder final : public SectionReader
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)
public:
    DocumentBuilder(const HandleNormalizer &normalizer, PageText &text, WhatsAppDocument *doc,
                    const WhatsAppParser::Sink &sink)
        : m_normalizer(normalizer), m_text(text), m_doc(doc), m_sink(sink),
          m_time(std::nullopt, std::nullopt)
    {
    }

    /// @brief What reads the records of the page's section @p name (`property-` left off);
    /// none for a section holding no records read here.
    std::unique_ptr<RecordSplitter> splitterFor(const QString &name) override;
    /// @brief The page has been read to its end: its logins, waiting for its account, are read,
    /// @p progress told 1.0 every 1,024 of them; false where the sink or @p progress said stop.
    bool finish(const WhatsAppParser::Progress &progress);
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
    bool start(EventRecord *e, const Record &record, const QString &timestamp, EvidenceClass cls,
               const QString &subtype);
    /// @brief @p written read as a record's time; one naming no zone it can be read in alone is
    /// refused in WhatsApp's words (no zone is declared for a WhatsApp return).
    ParsedTime readTime(const QString &written) const;
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
    /// the order named) and the event's IP and port, its creator's (@p otherPartyAddress set
    /// where another party's event gives one); false (the record rejected) when a port, or a
    /// time the duration is read from, cannot be read.
    bool readCallEvents(EventRecord *e, const Record &record, const QJsonArray &events,
                        const QString &creator, QList<CallParty> *parties, bool *otherPartyAddress);
    /// @brief Whether the call's @p event is the creator's own (its "From" the creator alone).
    bool sentByCreator(const QJsonObject &event, const QString &creator,
                       const QString &creatorHandle);
    void reject(const Record &record, const QString &reason);
    /// @brief Rejects @p record where it names a label twice with two values (@p repeat): only
    /// one could be read as the record's, and which cannot be told. Whether it was rejected.
    bool rejectedForRepeat(const Record &record,
                           const std::optional<std::pair<Field, Field>> &repeat);

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
    bool m_stopped = false;      ///< the sink, or the progress function, asked to stop
};

} // namespace WhatsAppPageReading
