#pragma once

#include "compressionending.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

/// @brief A file compressed with gzip (RFC 1952), as returns arrive ("calls.csv.gz"): read as the
/// one file it holds, copied out through the guard a ZIP's entries pass (no bomb), its source
/// naming the .gz as its container, as a zipped table's names its ZIP.
class GzipFile final
{
    Q_DECLARE_TR_FUNCTIONS(GzipFile)
public:
    /// @brief Whether @p path is named ".gz" and begins as gzip data does.
    static bool isGzip(const QString &path);
    /// @brief The name of the file it holds: its own without ".gz" ("calls.csv").
    static QString heldName(const QString &path);
    /// @brief How the gzip data ended, where not as it should (cut short, bytes after it).
    using Ending = CompressionEnding;

    /// @brief Decompresses the file at @p path into the folder @p dir; the copy's path, or an
    /// empty string with @p error set (damaged, expanding absurdly; cut short where @p ending is
    /// null). A file of several gzip members (`cat a.gz b.gz`) is the files joined, as gunzip
    /// reads it; bytes after them that are no gzip data are left out. With @p ending, a file
    /// cut short gives what it holds up to the cut; both are said there.
    static QString copyOut(const QString &path, const QString &dir, QString *error, Ending *ending = nullptr);

private:
    /// @brief Past ZipGuard's limits for a ZIP entry: too large, or a bomb.
    static bool expandsAbsurdly(qint64 compressed, qint64 decompressed);
};
