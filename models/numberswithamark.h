#pragma once

#include "handlenormalizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

/// @brief The party spellings an import read that are a number with a mark after it in brackets
/// ("2025550188(F)", as AT&T marks a number in its records): each is kept as written, one handle
/// of its own, which the number does not share; what the mark says is the carrier's key's to
/// tell. How many, and the first few with the number each holds, for a source's metadata
/// "numbers_with_a_mark"; note() words it.
class NumbersWithAMark
{
    Q_DECLARE_TR_FUNCTIONS(NumbersWithAMark)

public:
    /// @brief The number @p raw holds before a mark of one to three letters in brackets, read by
    /// @p normalizer, where it is a valid phone number; empty otherwise.
    static QString numberBeforeMark(const QString &raw, const HandleNormalizer &normalizer);
    /// @brief Notes @p raw, read as @p handle, where it is no number of its own and is one with
    /// a mark after it.
    void note(const QString &raw, const NormalizedHandle &handle,
              const HandleNormalizer &normalizer);
    bool isEmpty() const { return m_seen.isEmpty(); }
    /// @brief Adds "numbers_with_a_mark" ({count, first: [{written, number}]}) to @p meta;
    /// nothing where none was noted.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "numbers_with_a_mark" says, in words; empty if it is not there.
    static QString note(const QJsonObject &metadata);

private:
    static constexpr qsizetype FirstNamed = 3;
    QSet<QString> m_seen; ///< the spellings noted, as written
    QList<std::pair<QString, QString>> m_first;
};
