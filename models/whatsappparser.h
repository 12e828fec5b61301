#pragma once

#include "daterangecheck.h"
#include "eventrecord.h"
#include "handlenormalizer.h"
#include "htmlpagedecoder.h"
#include "noonepartyrecords.h"
#include "strayspellings.h"
#include "whatsappcallnotes.h"
#include "zonerules.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <functional>

/// @brief One records.html of a WhatsApp pen-register return, read into events.
struct WhatsAppDocument
{
    QJsonObject requestParameters; ///< Service, Account Identifier, Generated, Date Range, …: each
                                   ///< first value
    /// Each request parameter named again with another value: {label, value, line}.
    QJsonArray requestParametersRepeated;
    QString
        account; ///< the Account Identifier the request parameters name; none where they name two
    QList<EventRecord> events;   ///< parse() only: read() hands them to its sink
    QList<RejectedRow> rejected; ///< parse() only
    TextReading reading; ///< the page's encoding, and the lines whose text was read otherwise
    StraySpellings straySpellings; ///< parties read without marks no one sees, or quotes
    NoOnePartyRecords withheld{HandleKind::Withheld}; ///< the records a withheld number's words are a party of
    NoOnePartyRecords masked{HandleKind::Masked};     ///< the records a masked number is a party of ("1202555****")
    DateRangeCheck dateRange; ///< the events dated outside the request parameters' Date Range
    WhatsAppCallNotes
        calls; ///< the calls whose events give another party's address, or read more fully
    ZonesRead zonesRead;      ///< the tz database's zones whose rules read a record's time, if any
    QString error; ///< set when the page is not a WhatsApp record at all
    bool stopped = false; ///< the progress function asked to stop: the page is not read whole
};

/// @brief Parses "WhatsApp Business Record" pages with libxml2's HTML parser. Within each
/// `property-…` section fields are label/value pairs in document order; page-break text
/// between a label and its value is skipped and values that wrap over elements are joined.
class WhatsAppParser final
{
    Q_DECLARE_TR_FUNCTIONS(WhatsAppParser)
public:
    /// @brief Told how far the page has been read (0..1) a few times a second; false to stop.
    using Progress = std::function<bool(double)>;

    /// @brief Receives a page's records as they are read, in the page's order but for its logins,
    /// read at its end (which account they are of is known only then); false from either stops
    /// the reading (WhatsAppDocument::stopped).
    struct Sink
    {
        std::function<bool(const EventRecord &)> event;
        std::function<bool(const RejectedRow &)> rejected;
    };

    explicit WhatsAppParser(QString region = QStringLiteral("US"));
    /// @brief The page @p html whole: its events and rejected records in the page's order.
    WhatsAppDocument parse(const QByteArray &html, const Progress &progress = {}) const;
    /// @brief Reads the page @p html into @p page, each record handed to @p sink as soon as it is
    /// read: a delivery of a million messages is never held whole. @p page holds the page's
    /// encoding before the first record, and its request parameters once read (the first
    /// section of a page). When the page turns out not to be read to its end (page->error),
    /// the records already handed on are not the page's: the caller lets them go.
    void read(const QByteArray &html, WhatsAppDocument *page, const Sink &sink, const Progress &progress = {}) const;
    /// @brief The same, the page read from @p device (open for reading, @p size bytes long) a
    /// piece at a time: a records.html on disk is never held whole either.
    void read(QIODevice &device, qint64 size, WhatsAppDocument *page, const Sink &sink, const Progress &progress = {}) const;
    /// @brief True if @p head (a file's first bytes) looks like a WhatsApp records page.
    static bool looksLikeRecords(const QByteArray &head);

private:
    /// @brief Why libxml2's parser @p context (an htmlParserCtxtPtr) stopped before the end.
    static QString haltMessage(void *context);

    HandleNormalizer m_normalizer;
};
