#include "archivefile.h"

#include "importfiles.h"
#include "placename.h"
#include "zipguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <memory>

namespace {

const QStringList ArchiveSuffixes{QStringLiteral(".7z"),      QStringLiteral(".rar"),     QStringLiteral(".tar"),     QStringLiteral(".tgz"),
                                  QStringLiteral(".tar.gz"),  QStringLiteral(".tbz2"),    QStringLiteral(".tar.bz2"),
                                  QStringLiteral(".txz"),     QStringLiteral(".tar.xz"),  QStringLiteral(".tzst"),
                                  QStringLiteral(".tar.zst")};

using Reader = std::unique_ptr<archive, decltype(&archive_read_free)>;

/// An archive open for reading, its formats limited to 7-Zip, RAR and tar (a ZIP is read by
/// QuaZip, under its own guard), any compression filter.
Reader open(const QString &path, QString *error)
{
    Reader reader(archive_read_new(), &archive_read_free);
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_7zip(reader.get());
    archive_read_support_format_rar(reader.get());
    archive_read_support_format_rar5(reader.get());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK) {
        *error = ArchiveFile::tr("not a readable archive: %1").arg(QString::fromUtf8(archive_error_string(reader.get())));
        return Reader(nullptr, &archive_read_free);
    }
    return reader;
}

/// Past ZipGuard's limits for a ZIP entry (too large, or a bomb): why, or empty.
QString bombOf(const QString &name, qint64 archiveSize, qint64 entrySize)
{
    if (ZipGuard::checkSizes(name, archiveSize, entrySize).isEmpty())
        return {};
    return ArchiveFile::tr("the entry \"%1\" expands %2 times the archive's size (a bomb?); refused")
        .arg(name)
        .arg(entrySize / qMax<qint64>(archiveSize, 1));
}

/// Why an entry makes the archive unsafe to read (out of its folder, a bomb, encrypted), or empty.
QString refusalOf(archive_entry *entry, const QString &name, qint64 archiveSize)
{
    if (!ZipGuard::isSafeEntryName(name))
        return ArchiveFile::tr("the entry \"%1\" points outside its folder; refused").arg(name);
    if (archive_entry_is_encrypted(entry))
        return ArchiveFile::tr("the entry \"%1\" is encrypted with a password: extract the archive with its password "
                               "and import the files it holds")
            .arg(name);
    if (archive_entry_size_is_set(entry))
        return bombOf(name, archiveSize, qint64(archive_entry_size(entry)));
    return {};
}

} // namespace

bool ArchiveFile::isArchiveName(const QString &path)
{
    return std::any_of(ArchiveSuffixes.cbegin(), ArchiveSuffixes.cend(),
                       [&path](const QString &suffix) { return path.endsWith(suffix, Qt::CaseInsensitive); });
}

std::optional<ArchiveFile::Listing> ArchiveFile::list(const QString &path)
{
    if (!isArchiveName(path))
        return std::nullopt;
    Listing listing;
    const Reader reader = open(path, &listing.refusal);
    if (!reader)
        return listing;
    const qint64 size = QFileInfo(path).size();
    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    // A warning (a name not in the archive's declared charset, say) still gives the entry.
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        const QString name = entryName(entry);
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue; // folders, links
        if (listing.refusal = refusalOf(entry, name, size); !listing.refusal.isEmpty())
            return listing;
        const QString place = PlaceName::within(path, name);
        const QString fileName = QFileInfo(name).fileName();
        if (fileName.startsWith(u'.') || name.startsWith(QStringLiteral("__MACOSX/")))
            listing.leftOut.append(tr("%1: left out: a hidden file").arg(place));
        else if (isArchiveName(fileName) || fileName.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive))
            listing.leftOut.append(tr("%1: left out: an archive inside an archive (extract the one around it to read "
                                      "it)")
                                       .arg(place));
        else if (!ImportFiles::mayHoldRecords(fileName))
            listing.leftOut.append(tr("%1: left out: not a table, workbook, PDF or HTML page by its name").arg(place));
        else
            listing.tables.append(name);
    }
    if (status != ARCHIVE_EOF)
        listing.refusal = tr("the archive is damaged: %1").arg(QString::fromUtf8(archive_error_string(reader.get())));
    listing.tables.sort();
    return listing;
}

QString ArchiveFile::entryName(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
}

QString ArchiveFile::copyOut(const QString &path, const QString &entryPath, const QString &dir, QString *error)
{
    const Reader reader = open(path, error);
    if (!reader)
        return {};
    const qint64 size = QFileInfo(path).size();
    archive_entry *entry = nullptr;
    for (int status; (status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN;) {
        const QString name = entryName(entry);
        if (name != entryPath)
            continue;
        if (const QString refusal = refusalOf(entry, name, size); !refusal.isEmpty()) {
            *error = refusal;
            return {};
        }
        QDir().mkpath(dir);
        QFile copy(QDir(dir).filePath(QFileInfo(name).fileName()));
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(name, copy.errorString());
            return {};
        }
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        for (la_ssize_t got; (got = archive_read_data(reader.get(), chunk.data(), size_t(chunk.size()))) != 0;) {
            if (got < 0) {
                *error = tr("the archive is damaged in its entry \"%1\": %2")
                             .arg(name, QString::fromUtf8(archive_error_string(reader.get())));
                return {};
            }
            total += got;
            // The header's size may lie: what comes out is weighed as it comes.
            if (const QString bomb = bombOf(name, size, total); !bomb.isEmpty()) {
                *error = bomb;
                return {};
            }
            if (copy.write(chunk.constData(), got) != got) {
                *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(name, copy.errorString());
                return {};
            }
        }
        return copy.fileName();
    }
    *error = tr("the archive holds no entry \"%1\"").arg(entryPath);
    return {};
}
