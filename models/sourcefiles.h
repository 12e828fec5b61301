#pragma once

#include "casequeries.h"

#include <QList>
#include <QString>

/// @brief A file imported into the case, with the sources it gave: one for most files, several
/// for a WhatsApp return (a source a delivery's page), a workbook (a worksheet each) or a ZIP of
/// tables.
struct SourceFile
{
    QString name;            ///< the file's own name, as imported
    QList<qint64> sourceIds; ///< in the order they were written
};

namespace SourceFiles {
/// @brief The files @p sources came from, in the order each was first imported: sources of one
/// path and one SHA-256 (the container's, where they were read from inside it) are one file's.
QList<SourceFile> of(const QList<SourceRow> &sources);
/// @brief The same for the sources of one file (one path and one SHA-256, the container's where
/// read from inside it), another for another's: the key of() groups them by.
QString fileKey(const SourceRow &source);
/// @brief @p ids as ranges ("#3–#32, #40"), for a scope's words.
QString idRanges(QList<qint64> ids);
} // namespace SourceFiles
