#pragma once

#include "eventrecord.h"
#include "evidenceclass.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// @brief The records an import read whose initiator or counterpart is no one party: a withheld
/// number (HandleKind::Withheld: "Anonymous", "Private"), or a masked one (HandleKind::Masked:
/// "+49171*****12", "[REDACTED]"), as the kind given says. How many, the first one's line and the
/// words used, for a source's metadata ("withheld_numbers", "masked_parties"), and the note that
/// words it.
class NoOnePartyRecords
{
    Q_DECLARE_TR_FUNCTIONS(NoOnePartyRecords)

public:
    /// @param kind HandleKind::Withheld or HandleKind::Masked.
    explicit NoOnePartyRecords(HandleKind kind);
    /// @brief Counts @p event if a party of it is of the kind.
    void note(const EventRecord &event);
    bool isEmpty() const { return m_first == 0; }
    /// @brief Adds the kind's member ({lookups, communications, connections, first_line, words})
    /// to @p meta; nothing where no record named one.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "withheld_numbers" and "masked_parties" say, in words: a note for
    /// each that is there.
    static QStringList notes(const QJsonObject &metadata);

private:
    static constexpr qsizetype WordsNamed = 4;
    /// @brief What @p member (the kind's member of a source's metadata) says, in words.
    static QString note(HandleKind kind, const QJsonObject &member);
    HandleKind m_kind;
    ClassCounts m_records{}; ///< by class: never one figure for lookups and communications
    int m_first = 0;         ///< the first such record's line
    QStringList m_words;     ///< the first few spellings, as written
};
