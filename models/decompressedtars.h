#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

/// @brief The tar a compressed archive (.tar.gz, .tgz, .tar.xz, …) holds, decompressed on its own
/// into a temporary file: how an archive libarchive cannot read to its end (cut short, or
/// damaged) is read, through the same library and limits as a compressed table.
///
/// Decompressing it takes as long as reading the whole archive; a return of many tables was
/// decompressed once more for each table copied out of it. While an import holds a Keep, the
/// tar last decompressed is kept for the next table of the same archive (one only: a return of
/// many GB is not held twice on disk).
class DecompressedTars final
{
    Q_DECLARE_TR_FUNCTIONS(DecompressedTars)
public:
    /// @brief A tar decompressed, on disk while this is held.
    struct Tar
    {
        std::shared_ptr<QTemporaryDir> work;
        QString path; ///< the tar's bytes, as far as the compressed data go
    };
    /// @brief While one is alive (an import), the tar last decompressed is kept; when the last
    /// one goes, so does the tar.
    class Keep
    {
    public:
        Keep();
        ~Keep();
        Keep(const Keep &) = delete;
        Keep &operator=(const Keep &) = delete;
    };

    /// @brief The suffix CompressedFile knows the compression of a tar named @p path by (".gz" for
    /// ".tar.gz" and ".tgz"); empty for a tar not compressed, a 7-Zip or RAR archive.
    static QString compressionSuffix(const QString &path);
    /// @brief The tar @p path holds, decompressed as far as its data go (cut short, up to the
    /// cut); no path, with @p error set, where its data are damaged.
    static Tar of(const QString &path, QString *error);
    /// @brief How many tars this process has decompressed (how often a return was read whole again).
    static int decompressions();

private:
    static Tar decompress(const QString &path, QString *error);
};
