#pragma once

#include "compressionending.h"
#include "gzipfile.h"
#include "streamdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

/// @brief A file compressed whole, as returns arrive: "calls.csv.gz", ".bz2", ".xz" or ".zst".
/// Read as the one file it holds, copied out under the guard a ZIP's entries pass (no bomb), its
/// source naming the compressed file as its container. gzip is GzipFile's; the others are
/// StreamDecoder's (each compression's own library). Several streams joined are read as one,
/// bytes after the data are left out and named, and a file cut short gives what it holds up to
/// the cut, as their command-line tools do.
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
    /// empty string with @p error set (damaged, expanding absurdly; cut short where @p ending is
    /// null, or nothing came before the cut). @p ending: how its data ended (cut short: what it
    /// holds up to the cut; bytes after it, left out).
    static QString copyOut(const QString &path, const QString &dir, QString *error, CompressionEnding *ending = nullptr);

private:
    /// @brief bzip2, xz and Zstandard, decoded by a decoder of @p kind, named @p format in messages.
    static QString copyOutDecoded(const QString &path, StreamDecoder::Kind kind, const QString &format,
                                  const QString &dir, QString *error, CompressionEnding *ending);
    /// @brief Decodes all of @p in into @p out, said in @p ending (its format named); an error,
    /// or empty where the data ended whole, with bytes after them, or cut short.
    static QString decodeAll(StreamDecoder &decoder, QFile &in, QFile &out, CompressionEnding *ending);
};
