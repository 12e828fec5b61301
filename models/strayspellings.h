#pragma once

#include "handlenormalizer.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// @brief The handle spellings an import read without characters that are no part of a number
/// or address (NormalizedHandle::strayLeftOut: marks no one sees, Excel's apostrophe, quotes):
/// how many, and the first few, for a source's metadata "handles_with_stray_characters"
/// (TableImporter::strayCharactersNote() words it).
class StraySpellings
{
public:
    /// @brief Notes @p raw, read as @p handle, where something was left out of it.
    void note(const QString &raw, const NormalizedHandle &handle);
    bool isEmpty() const { return m_readAs.isEmpty(); }
    /// @brief Adds "handles_with_stray_characters" ({count, first: [{written, read_as}]}) to
    /// @p meta, each mark of a spelling written as its code point; nothing where none was noted.
    void addTo(QJsonObject *meta) const;

private:
    static constexpr qsizetype FirstNamed = 3;
    QHash<QString, QString> m_readAs; ///< by spelling as written
    QStringList m_first;
};
