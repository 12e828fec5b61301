#pragma once

#include "eventrecord.h"

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
    bool isEmpty() const { return m_records == 0; }
    /// @brief Adds "withheld_numbers" ({records, first_line, words}) to @p meta; nothing where
    /// no record named one.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "withheld_numbers" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    static constexpr qsizetype WordsNamed = 4;
    qint64 m_records = 0;
    int m_firstLine = 0;
    QStringList m_words; ///< the first few spellings, as written
};
