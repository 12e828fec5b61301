#pragma once

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
    /// @brief Bytes after the last gzip member that are no gzip data: padding added in transit
    /// (a tape's or a portal's zeros) or a file joined on. gunzip ignores them with a warning;
    /// so does the import, naming them.
    struct Trailing
    {
        qint64 offset = -1; ///< where they begin; -1: the file ends with its gzip data
        qint64 bytes = 0;
        bool zeros = false; ///< every one of them 0
        /// @brief The import warning for them; empty if there are none.
        QString warning() const;
    };

    /// @brief Decompresses the file at @p path into the folder @p dir; the copy's path, or an
    /// empty string with @p error set (damaged, cut short, expanding absurdly). A file of
    /// several gzip members (`cat a.gz b.gz`) is the files joined, as gunzip reads it; bytes
    /// after them that are no gzip data are left out, said in @p trailing.
    static QString copyOut(const QString &path, const QString &dir, QString *error, Trailing *trailing = nullptr);

private:
    /// @brief Past ZipGuard's limits for a ZIP entry: too large, or a bomb.
    static bool expandsAbsurdly(qint64 compressed, qint64 decompressed);
    /// @brief After a member ends at @p offset of @p in: whether another follows; if not, what
    /// follows is described in @p trailing.
    static bool anotherMemberFollows(QFile &in, qint64 offset, Trailing *trailing);
};
