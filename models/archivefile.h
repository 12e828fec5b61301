#pragma once

#include "containerdamage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QFile;
struct archive;
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
        /// How the archive was cut short, where it was: the entries before the cut are read, the
        /// one it ends inside up to there. Whole if it ends as it should.
        ContainerDamage damage;
        bool readFailed = false; ///< libarchive could not read it to its end (not a refusal of the guard's)
    };

    /// @brief Whether @p path is named as such an archive.
    static bool isArchiveName(const QString &path);
    /// @brief The archive's tables; nothing if @p path is not named as an archive.
    static std::optional<Listing> list(const QString &path);
    /// @brief Copies the entry @p entry out into the folder @p dir; the copy's path, or an empty
    /// string with @p error set. Where the archive ends inside the entry (cut short), the copy
    /// holds what there is of it, and @p cutShort (if given) is set.
    static QString copyOut(const QString &path, const QString &entry, const QString &dir, QString *error,
                           bool *cutShort = nullptr);
    /// @brief A libarchive entry's path, as UTF-8 where the archive says so, else in the locale's encoding.
    static QString entryName(archive_entry *entry);

private:
    /// Where an entry's data are, in the archive's uncompressed bytes.
    struct EntryBytes
    {
        QString name;
        qint64 dataStart = 0;
        qint64 size = 0; ///< as its header gives it
    };
    /// How far reading an archive's entries got.
    struct Reading
    {
        QString lastWhole;    ///< the last entry whose data was read to its end
        qint64 lastEnd = 0;   ///< where that data ended, in the archive's uncompressed bytes
        EntryBytes cutInside; ///< the entry whose data (or the padding after them) could not be read; no name if none
    };
    /// Puts the file @p name among the archive's tables, or what is left out.
    static void sortOut(const QString &path, const QString &name, Listing &listing);
    /// The listing of the archive at @p path, read now (list() keeps it).
    static Listing listFresh(const QString &path);
    /// The listing of the archive at @p path, its entries named as in @p shownAs (the archive as
    /// named, where @p path is the tar it holds, decompressed).
    static Listing listArchive(const QString &path, const QString &shownAs);
    /// After reading failed: the damage (cut short at the file's end) or the refusal (damaged
    /// before it, or compressed: list() then reads it decompressed).
    static void noteEnd(archive *reader, qint64 fileSize, const Reading &reading, Listing &listing);
    static QString copyOutOf(const QString &path, const QString &entry, const QString &dir, QString *error, bool *cutShort);
    /// Writes to @p copy (over what it holds) the part of @p entry that the archive, cut short, holds.
    static bool copyCutPart(const QString &path, archive *reader, const EntryBytes &entry, QFile &copy, QString *error,
                            bool *cutShort);
    /// Whether a tar read to its end lacks the blocks of zeros every tar ends with.
    static bool endMarkerMissing(archive *reader, const Reading &reading);
};
