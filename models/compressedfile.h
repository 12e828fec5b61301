#pragma once

#include "gzipfile.h"

#include <QCoreApplication>
#include <QString>

/// @brief A file compressed whole, as returns arrive: "calls.csv.gz", ".bz2", ".xz" or ".zst".
/// Read as the one file it holds, copied out under the guard a ZIP's entries pass (no bomb), its
/// source naming the compressed file as its container. gzip is GzipFile's (its members and
/// trailing bytes); the others go through libarchive's filters.
class CompressedFile final
{
    Q_DECLARE_TR_FUNCTIONS(CompressedFile)
public:
    /// @brief Whether @p fileName ends as such a file's name does (".gz", ".bz2", ".xz", ".zst").
    static bool isCompressedName(const QString &fileName);
    /// @brief Whether @p path is named so and begins as that compression's data does.
    static bool isCompressed(const QString &path);
    /// @brief The name of the file it holds: its own without the suffix ("calls.csv").
    static QString heldName(const QString &path);
    /// @brief Decompresses the file at @p path into the folder @p dir; the copy's path, or an
    /// empty string with @p error set (damaged, cut short, expanding absurdly). @p ending: how a
    /// gzip file's data ended (cut short: what it holds up to the cut; bytes after it, left out).
    static QString copyOut(const QString &path, const QString &dir, QString *error,
                           GzipFile::Ending *ending = nullptr);

private:
    /// @brief Through libarchive: bzip2, xz and Zstandard, named @p format in messages.
    static QString copyOutFiltered(const QString &path, const QString &format, const QString &dir, QString *error);
};
