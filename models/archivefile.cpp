#include "archivefile.h"

#include "compressedfile.h"
#include "compressionending.h"
#include "importfiles.h"
#include "placename.h"
#include "zipguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

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

/// The suffix CompressedFile knows a tar's compression by, or nullptr for none it reads.
const char *compressedSuffix(archive *reader)
{
    switch (archive_filter_code(reader, 0)) {
    case ARCHIVE_FILTER_GZIP:
        return ".gz";
    case ARCHIVE_FILTER_BZIP2:
        return ".bz2";
    case ARCHIVE_FILTER_XZ:
        return ".xz";
    case ARCHIVE_FILTER_ZSTD:
        return ".zst";
    default:
        return nullptr;
    }
}

/// A tar's bytes as stored: the file itself, or (compressed) its data decompressed into @p work
/// up to where the file ends; empty, with @p error set, where they cannot be had.
QString tarBytes(const QString &path, archive *reader, QTemporaryDir &work, QString *error, CompressionEnding *ending)
{
    if (archive_filter_count(reader) <= 1) // "none": not compressed
        return path;
    const char *suffix = compressedSuffix(reader);
    // CompressedFile knows a compression by the file's name: the archive is named so by a link.
    const QString link = work.filePath(QStringLiteral("archive.tar") + QLatin1StringView(suffix ? suffix : ""));
    if (!suffix || !QFile::link(path, link)) {
        *error = ArchiveFile::tr("the archive's compression cannot be read up to where the file ends");
        return {};
    }
    return CompressedFile::copyOut(link, work.path(), error, ending);
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
    Reading reading;
    int status = ARCHIVE_OK;
    // A warning (a name not in the archive's declared charset, say) still gives the entry.
    while ((status = archive_read_next_header(reader.get(), &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN) {
        const QString name = entryName(entry);
        if (archive_entry_filetype(entry) == AE_IFREG) { // not folders, links
            if (listing.refusal = refusalOf(entry, name, size); !listing.refusal.isEmpty())
                return listing;
            sortOut(path, name, listing);
        }
        // Its data passed over here, not by the next header's reading: a cut inside it is known
        // to be inside it.
        if (archive_read_data_skip(reader.get()) != ARCHIVE_OK) {
            reading.cutInside = name;
            status = ARCHIVE_FATAL;
            break;
        }
        reading.lastWhole = name;
        reading.lastEnd = archive_filter_bytes(reader.get(), 0);
    }
    if (status != ARCHIVE_EOF)
        noteEnd(path, reader.get(), reading, listing);
    else if (endMarkerMissing(reader.get(), reading))
        listing.damage = tr("the archive ends after its entry \"%1\" without the end-of-archive blocks tar writes: it "
                            "may have been cut short there, and entries after it would be missing")
                             .arg(reading.lastWhole);
    listing.tables.sort();
    return listing;
}

void ArchiveFile::sortOut(const QString &path, const QString &name, Listing &listing)
{
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

bool ArchiveFile::cutAtEnd(const QString &path, archive *reader, bool inHeader)
{
    // Compressed: damage shows only where the data fail their check, at their end, so they are
    // decompressed on their own to tell damage from a cut.
    QTemporaryDir work;
    QString error;
    CompressionEnding ending;
    const QString tar = tarBytes(path, reader, work, &error, &ending);
    if (tar.isEmpty())
        return false;
    if (!inHeader)
        return true; // its data end before the entry's size: only a cut does that
    // A header is one block: with a whole block left to read, it was damaged, not cut.
    constexpr qint64 HeaderBlock = 512;
    return QFileInfo(tar).size() - archive_filter_bytes(reader, 0) < HeaderBlock;
}

void ArchiveFile::noteEnd(const QString &path, archive *reader, const Reading &reading, Listing &listing)
{
    const QString why = QString::fromUtf8(archive_error_string(reader));
    // Failing before its file's end, the archive is damaged, not cut short: none of it is trusted.
    if ((reading.lastWhole.isEmpty() && reading.cutInside.isEmpty()) || !cutAtEnd(path, reader, reading.cutInside.isEmpty())) {
        listing.refusal = tr("the archive is damaged: %1").arg(why);
        return;
    }
    // libarchive's words are left out: they count what its buffers lacked, not the file's bytes.
    listing.damage = reading.cutInside.isEmpty()
                         ? tr("the archive ends inside the header after its entry \"%1\": it was cut short there, and "
                              "whatever came after is missing")
                               .arg(reading.lastWhole)
                         : tr("the archive ends inside its entry \"%1\": it was cut short there. The entries before "
                              "it are whole; what that entry holds up to the cut was read, a line the cut ends inside is "
                              "rejected, and whatever came after is missing")
                               .arg(reading.cutInside);
}

bool ArchiveFile::endMarkerMissing(archive *reader, const Reading &reading)
{
    // tar ends with two blocks of zeros, which the reader passes over at its end; a tar cut
    // between two entries has none, and reads as if whole.
    return (archive_format(reader) & ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_TAR && !reading.lastWhole.isEmpty()
           && archive_filter_bytes(reader, 0) == reading.lastEnd;
}

QString ArchiveFile::entryName(archive_entry *entry)
{
    const char *utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
}

QString ArchiveFile::copyOut(const QString &path, const QString &entryPath, const QString &dir, QString *error,
                             bool *cutShort)
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
        // Its header read, its data next.
        const EntryBytes bytes{name, archive_filter_bytes(reader.get(), 0), qint64(archive_entry_size(entry))};
        QDir().mkpath(dir);
        QFile copy(QDir(dir).filePath(QFileInfo(name).fileName()));
        if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(name, copy.errorString());
            return {};
        }
        QByteArray chunk(1024 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        for (la_ssize_t got; (got = archive_read_data(reader.get(), chunk.data(), size_t(chunk.size()))) != 0;) {
            if (got < 0 && cutShort && archive_filter_bytes(reader.get(), -1) >= size) {
                // The file ends inside it; libarchive gives none of an entry it cannot read whole.
                *cutShort = true;
                return copyCutPart(path, reader.get(), bytes, copy, error) ? copy.fileName() : QString();
            }
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

bool ArchiveFile::copyCutPart(const QString &path, archive *reader, const EntryBytes &entry, QFile &copy, QString *error)
{
    if ((archive_format(reader) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_TAR) {
        *error = tr("the archive ends inside its entry \"%1\", whose part before the cut cannot be read in a %2 archive")
                     .arg(entry.name, QString::fromUtf8(archive_format_name(reader)));
        return false;
    }
    // A tar's entry is its bytes as they are, from where its header ends: read from the file.
    QTemporaryDir work;
    CompressionEnding ending;
    const QString tar = tarBytes(path, reader, work, error, &ending);
    QFile in(tar);
    if (tar.isEmpty() || !in.open(QIODevice::ReadOnly) || !in.seek(entry.dataStart) || !copy.resize(0) || !copy.seek(0)) {
        if (error->isEmpty())
            *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(entry.name, in.errorString());
        return false;
    }
    if (in.size() - entry.dataStart >= entry.size) { // all of it there: not cut, but unreadable
        *error = tr("the archive is damaged in its entry \"%1\": %2")
                     .arg(entry.name, QString::fromUtf8(archive_error_string(reader)));
        return false;
    }
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 got; (got = in.read(chunk.data(), chunk.size())) > 0;) {
        if (copy.write(chunk.constData(), got) != got) {
            *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(entry.name, copy.errorString());
            return false;
        }
    }
    return true;
}
