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
/// @brief Whether @p a and @p b are one file's sources: one path and one SHA-256 (the
/// container's, where read from inside it), as of() groups them.
bool sameFile(const SourceRow &a, const SourceRow &b);
/// @brief The same for sources of one file, another for another's: sameFile() as a key to group by.
QString fileKey(const SourceRow &source);
/// @brief @p ids as ranges ("#3–#32, #40"), for a scope's words.
QString idRanges(QList<qint64> ids);
} // namespace SourceFiles
