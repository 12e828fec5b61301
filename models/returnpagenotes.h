#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// @brief What the pages of one WhatsApp return say of their records in the same kind, said once
/// for the return rather than once a page: a return of sixty daily deliveries, each holding a
/// call the account received, would otherwise print sixty lines alike, burying the rest.
///
/// The kinds are a page source's metadata members that count records ("call_party_addresses",
/// "calls_read_more_fully", "masked_parties", "withheld_numbers"): their counts are summed over
/// the pages, their "first_…" members kept from the first page saying the kind, their word lists
/// joined. A kind one page says is worded as before, after the page's name. Each page's own words
/// stay in its source's description.
class ReturnPageNotes
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPageNotes)

public:
    /// @brief Keeps what @p metadata (the source's, of the page at @p page; empty for a bare
    /// page) says of each kind.
    void add(const QString &page, const QJsonObject &metadata);
    /// @brief How the records were read (the calls' other parties' addresses, the parties no one
    /// person stands behind): a note a kind.
    QStringList notes() const;
    /// @brief What may leave an event's figures short (calls a later page reads more fully).
    QStringList warnings() const;

private:
    struct Said
    {
        qsizetype pages = 0;
        QString firstPage;
        QJsonObject member; ///< summed over the pages
    };
    /// @brief The words of the kind @p key, as @p words gives a metadata holding its member.
    QStringList said(const QString &key, QStringList (*words)(const QJsonObject &)) const;
    static void addTo(QJsonObject &sum, const QJsonObject &member);
    QHash<QString, Said> m_said;
};
