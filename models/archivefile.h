#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

struct archive_entry;

/// @brief A 7-Zip, RAR or tar archive (plain, or compressed: .tgz, .tar.gz, .tar.bz2, .tar.xz, .tar.zst), as
/// returns also arrive, read through libarchive: its tables are imported as a ZIP's are (each
/// named by its place in the archive, the archive's SHA-256 kept as its container's), under the
/// same guard (no entry out of its folder, no bomb, none encrypted).
class ArchiveFile final
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveFile)
public:
    struct Listing
    {
        QStringList tables;  ///< the entries that may hold records, in name order
        QStringList leftOut; ///< "ARCHIVE › ENTRY: why", for each other file in it
        QString refusal;     ///< why the archive is refused whole; empty if it is not
    };

    /// @brief Whether @p path is named as such an archive.
    static bool isArchiveName(const QString &path);
    /// @brief The archive's tables; nothing if @p path is not named as an archive.
    static std::optional<Listing> list(const QString &path);
    /// @brief Copies the entry @p entry out into the folder @p dir; the copy's path, or an empty
    /// string with @p error set.
    static QString copyOut(const QString &path, const QString &entry, const QString &dir, QString *error);
    /// @brief A libarchive entry's path, as UTF-8 where the archive says so, else in the locale's encoding.
    static QString entryName(archive_entry *entry);
};
