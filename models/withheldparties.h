#pragma once

#include "eventrecord.h"
#include "evidenceclass.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// @brief The records an import read whose initiator or counterpart is a withheld number
/// (HandleKind::Withheld: "Anonymous", "Private"): how many, the first one's line and the words
/// used, for a source's metadata "withheld_numbers", and the note that words it.
class WithheldParties
{
    Q_DECLARE_TR_FUNCTIONS(WithheldParties)

public:
    /// @brief Counts @p event if a party of it is a withheld number.
    void note(const EventRecord &event);
    bool isEmpty() const { return m_first == 0; }
    /// @brief Adds "withheld_numbers" ({lookups, communications, connections, first_line, words})
    /// to @p meta; nothing where no record named one.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "withheld_numbers" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    static constexpr qsizetype WordsNamed = 4;
    ClassCounts m_records{}; ///< by class: never one figure for lookups and communications
    int m_first = 0;         ///< the first such record's line
    QStringList m_words;     ///< the first few spellings, as written
};
