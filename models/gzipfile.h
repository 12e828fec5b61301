#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
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
    /// @brief How the gzip data ended, where not as it should: cut short (a download or copy that
    /// stopped), or followed by bytes that are no gzip data (padding added in transit, a tape's or
    /// a portal's zeros, or a file joined on). gunzip reads what there is, with a warning; so does
    /// the import, naming what it found.
    struct Ending
    {
        qint64 trailingOffset = -1; ///< where bytes after the gzip data begin; -1: none
        qint64 trailingBytes = 0;
        bool trailingZeros = false; ///< every one of them 0
        bool cutShort = false;
        qint64 decompressedBytes = 0; ///< what the copy holds
        /// @brief The import warning for it; empty if the data ended as it should.
        QString warning() const;
        /// @brief As a source's metadata keeps it (gzip_cut_short, gzip_trailing_bytes).
        QJsonObject toMetadata() const;
        static Ending fromMetadata(const QJsonObject &metadata);
    };

    /// @brief Decompresses the file at @p path into the folder @p dir; the copy's path, or an
    /// empty string with @p error set (damaged, expanding absurdly; cut short where @p ending is
    /// null). A file of several gzip members (`cat a.gz b.gz`) is the files joined, as gunzip
    /// reads it; bytes after them that are no gzip data are left out. With @p ending, a file
    /// cut short gives what it holds up to the cut; both are said there.
    static QString copyOut(const QString &path, const QString &dir, QString *error, Ending *ending = nullptr);

private:
    /// @brief Past ZipGuard's limits for a ZIP entry: too large, or a bomb.
    static bool expandsAbsurdly(qint64 compressed, qint64 decompressed);
    /// @brief After a member ends at @p offset of @p in: whether another follows; if not, what
    /// follows is described in @p ending.
    static bool anotherMemberFollows(QFile &in, qint64 offset, Ending *ending);
};
