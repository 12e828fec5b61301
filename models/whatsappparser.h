#pragma once

#include "eventrecord.h"
#include "handlenormalizer.h"
#include "htmlpagedecoder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <functional>

/// @brief One records.html of a WhatsApp pen-register return, read into events.
struct WhatsAppDocument
{
    QJsonObject requestParameters; ///< Service, Account Identifier, Generated, Date Range, …
    QString account;
    QList<EventRecord> events;
    QList<RejectedRow> rejected;
    TextReading reading; ///< the page's encoding, and the lines whose text was read otherwise
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

    explicit WhatsAppParser(QString region = QStringLiteral("US"));
    WhatsAppDocument parse(const QByteArray &html, const Progress &progress = {}) const;
    /// @brief True if @p head (a file's first bytes) looks like a WhatsApp records page.
    static bool looksLikeRecords(const QByteArray &head);

private:
    /// @brief Why libxml2's parser @p context (an htmlParserCtxtPtr) stopped before the end.
    static QString haltMessage(void *context);

    HandleNormalizer m_normalizer;
};
