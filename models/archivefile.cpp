#include "archivefile.h"

#include "decompressedtars.h"
#include "importfiles.h"
#include "keptbyfile.h"
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

/// libarchive's reason for an error, or words saying it gave none.
QString reasonOf(archive *reader)
{
    const char *why = archive_error_string(reader);
    return why && *why ? QString::fromUtf8(why) : ArchiveFile::tr("libarchive names no reason");
}

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
        *error = ArchiveFile::tr("not a readable archive: %1").arg(reasonOf(reader.get()));
        return Reader(nullptr, &archive_read_free);
    }
    return reader;
}

/// Past ZipGuard's limits for a ZIP entry (too large, or a bomb): why, or empty.
QString bombOf(const QString &name, qint64 archiveSize, qint64 entrySize)
{
    if (ZipGuard::checkSizes(name, archiveSize, entrySize).isEmpty())
        return {};
    return ArchiveFile::tr(
               "the entry \"%1\" expands %2 times the archive's size (a bomb?); refused")
        .arg(name, QString::number(entrySize / qMax<qint64>(archiveSize, 1)));
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

/// Why a 7-Zip archive cannot be read whole, where its start header says so: its directory (the
/// "next header"), which 7-Zip writes at its end, lies past where the file ends. Empty otherwise.
QString sevenZipCut(const QString &path)
{
    QFile file(path);
    constexpr qint64 StartHeaderBytes = 32; // signature 6, version 2, CRC 4, next header's offset 8, size 8, CRC 4
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray start = file.read(StartHeaderBytes);
    if (start.size() < StartHeaderBytes || !start.startsWith(QByteArrayLiteral("7z\xBC\xAF\x27\x1C")))
        return {};
    const auto le64 = [&start](int at) {
        quint64 value = 0;
        for (int i = 7; i >= 0; --i)
            value = value << 8 | quint8(start.at(at + i));
        return value;
    };
    const quint64 needed = quint64(StartHeaderBytes) + le64(12) + le64(20);
    if (needed <= quint64(file.size()))
        return {};
    return ArchiveFile::tr("the 7-Zip archive was cut short: the file holds %1 of the %2 bytes its start header gives, "
                           "and its directory, which 7-Zip writes at its end, is missing, so none of its entries can be "
                           "found (an archiver may recover some of its files: import what it gives)")
        .arg(file.size())
        .arg(needed);
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
    static KeptByFile<Listing> listed;
    const QString key = fileStateKey(path);
    if (auto known = listed.find(key))
        return known;
    const Listing listing = listFresh(path);
    listed.insert(key, listing);
    return listing;
}

ArchiveFile::Listing ArchiveFile::listFresh(const QString &path)
{
    Listing listing = listArchive(path, path);
    if ((!listing.readFailed && listing.damage.isWhole()) || DecompressedTars::compressionSuffix(path).isEmpty())
        return listing; // whole, or refused by the guard (out of its folder, a bomb, encrypted)
    // Compressed, and not read to its end: libarchive's filters drop what they decoded of the
    // data's last block (a small archive cut short is not even opened), and data changed inside
    // fail only at their end. Decompressed on their own, they tell damage from a cut, and the tar
    // they hold is read as any.
    QString error;
    const DecompressedTars::Tar tar = DecompressedTars::of(path, &error);
    if (tar.path.isEmpty()) {
        listing = {};
        listing.refusal = tr("the archive cannot be read: %1").arg(error);
        return listing;
    }
    return listArchive(tar.path, path);
}

ArchiveFile::Listing ArchiveFile::listArchive(const QString &path, const QString &shownAs)
{
    Listing listing;
    if (listing.refusal = sevenZipCut(path); !listing.refusal.isEmpty())
        return listing;
    const Reader reader = open(path, &listing.refusal);
    if (!reader) {
        listing.readFailed = true;
        return listing;
    }
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
            sortOut(shownAs, name, listing);
        }
        // Its data passed over here, not by the next header's reading: a cut inside it is known
        // to be inside it.
        const EntryBytes bytes{name, archive_filter_bytes(reader.get(), 0), qint64(archive_entry_size(entry))};
        if (archive_read_data_skip(reader.get()) != ARCHIVE_OK) {
            reading.cutInside = bytes;
            status = ARCHIVE_FATAL;
            break;
        }
        reading.lastWhole = name;
        reading.lastEnd = archive_filter_bytes(reader.get(), 0);
    }
    listing.readFailed = status != ARCHIVE_EOF;
    if (listing.readFailed)
        noteEnd(reader.get(), size, reading, listing);
    else if (endMarkerMissing(reader.get(), reading))
        listing.damage = ContainerDamage::of(ContainerDamage::End::ArchiveWithoutEndBlocks, reading.lastWhole);
    std::sort(listing.tables.begin(), listing.tables.end(),
              ImportFiles::naturalLess); // "part 2" before "part 10"
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
    else if (!ImportFiles::mayHoldRecords(fileName) && !ImportFiles::isToldByContent(fileName))
        listing.leftOut.append(tr("%1: left out: not a table, workbook, PDF or HTML page by its name").arg(place));
    else
        listing.tables.append(name);
}

void ArchiveFile::noteEnd(archive *reader, qint64 fileSize, const Reading &reading, Listing &listing)
{
    const QString why = reasonOf(reader);
    const EntryBytes &cut = reading.cutInside;
    // Compressed, its bytes are not the file's: list() reads them decompressed on their own.
    const bool read = !reading.lastWhole.isEmpty() || !cut.name.isEmpty();
    const qint64 size = read && archive_filter_count(reader) <= 1 ? fileSize : -1;
    // An entry's data end short of its size only where the file ends; a header (one block) that
    // fails with a whole block left to read is damaged, not cut. Damaged, none of it is trusted.
    constexpr qint64 HeaderBlock = 512;
    if (size < 0 || (cut.name.isEmpty() && size - archive_filter_bytes(reader, 0) >= HeaderBlock)) {
        listing.refusal = tr("the archive is damaged: %1").arg(why);
        return;
    }
    // libarchive's words are left out: they count what its buffers lacked, not the file's bytes.
    if (cut.name.isEmpty() || size - cut.dataStart >= cut.size) // its data whole, the cut in the padding after them
        listing.damage =
            ContainerDamage::of(ContainerDamage::End::ArchiveCutAfterEntry, cut.name.isEmpty() ? reading.lastWhole : cut.name);
    else
        listing.damage = ContainerDamage::of(ContainerDamage::End::ArchiveCutInsideEntry, cut.name);
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
    const QString copy = copyOutOf(path, entryPath, dir, error, cutShort);
    if (!copy.isEmpty() || !cutShort || DecompressedTars::compressionSuffix(path).isEmpty())
        return copy;
    // Only an archive its listing found cut short is read again: any other failure (a bomb
    // weighed as it came out, say) stands, in its own words.
    if (const auto listing = list(path); !listing || listing->damage.isWhole())
        return copy;
    // Compressed and cut short: out of the tar its data hold, decompressed on their own (list()).
    const DecompressedTars::Tar tar = DecompressedTars::of(path, error);
    return tar.path.isEmpty() ? QString() : copyOutOf(tar.path, entryPath, dir, error, cutShort);
}

QString ArchiveFile::copyOutOf(const QString &path, const QString &entryPath, const QString &dir, QString *error,
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
            if (got < 0 && cutShort) {
                // The file may end inside it or the padding after it (the listing found the cut,
                // or damage, which refused the archive): libarchive gives none of such an entry.
                return copyCutPart(path, reader.get(), bytes, copy, error, cutShort) ? copy.fileName() : QString();
            }
            if (got < 0) {
                *error = tr("the archive is damaged in its entry \"%1\": %2")
                             .arg(name, reasonOf(reader.get()));
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

bool ArchiveFile::copyCutPart(const QString &path, archive *reader, const EntryBytes &entry, QFile &copy, QString *error,
                              bool *cutShort)
{
    if ((archive_format(reader) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_TAR) {
        *error = tr("the archive ends inside its entry \"%1\", whose part before the cut cannot be read in a %2 archive")
                     .arg(entry.name, QString::fromUtf8(archive_format_name(reader)));
        return false;
    }
    if (archive_filter_count(reader) > 1) { // compressed: copyOut() reads it decompressed on its own
        *error = tr("the archive is damaged in its entry \"%1\": %2")
                     .arg(entry.name, reasonOf(reader));
        return false;
    }
    // A tar's entry is its bytes as they are, from where its header ends: read from the file.
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(entry.dataStart) || !copy.resize(0) || !copy.seek(0)) {
        *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(entry.name, in.errorString());
        return false;
    }
    // All of its data there, the cut falls in the padding after them: it is whole.
    *cutShort = in.size() - entry.dataStart < entry.size;
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 got, left = entry.size; left > 0 && (got = in.read(chunk.data(), qMin<qint64>(left, chunk.size()))) > 0;
         left -= got) {
        if (copy.write(chunk.constData(), got) != got) {
            *error = tr("cannot copy the entry \"%1\" to read it: %2").arg(entry.name, copy.errorString());
            return false;
        }
    }
    return true;
}
