#pragma once

#include "handlenormalizer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// @brief The party spellings an import read that name more than one number or address in one
/// cell ("+12025550143, +12025550144", as a group message's recipients are listed): each is kept
/// as written, one handle of its own, which none of the numbers it names shares. How many, and
/// the first few with what they name, for a source's metadata "several_handles_in_one_cell";
/// note() words it.
class SeveralHandlesInOneCell
{
    Q_DECLARE_TR_FUNCTIONS(SeveralHandlesInOneCell)

public:
    /// @brief The handles @p raw names, each read by @p normalizer, where the separators in it
    /// (comma, semicolon, slash, bar, ampersand, line break) part two or more numbers or addresses
    /// and nothing else; empty otherwise.
    static QStringList handlesNamed(const QString &raw, const HandleNormalizer &normalizer);
    /// @brief Notes @p raw, read as @p handle, where it is no number or address of its own and
    /// names several.
    void note(const QString &raw, const NormalizedHandle &handle, const HandleNormalizer &normalizer);
    bool isEmpty() const { return m_seen.isEmpty(); }
    /// @brief Adds "several_handles_in_one_cell" ({count, first: [{written, names: [...]}]}) to
    /// @p meta; nothing where none was noted.
    void addTo(QJsonObject *meta) const;
    /// @brief What @p metadata's "several_handles_in_one_cell" says, in words; empty if it is
    /// not there.
    static QString note(const QJsonObject &metadata);

private:
    static constexpr qsizetype FirstNamed = 3;
    QSet<QString> m_seen; ///< the spellings noted, as written
    QList<std::pair<QString, QStringList>> m_first;
};
