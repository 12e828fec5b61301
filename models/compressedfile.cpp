#include "compressedfile.h"

#include "zipguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

struct Compression
{
    const char *suffix;
    const char *magic;
    int magicSize;
    const char *name; ///< the format's own name, not translated
};

// Their magic numbers as the formats' specifications give them.
constexpr Compression Compressions[] = {
    {".gz", "\x1F\x8B\x08", 3, "gzip"},
    {".bz2", "BZh", 3, "bzip2"},
    {".xz", "\xFD" "7zXZ\x00", 6, "xz"},
    {".zst", "\x28\xB5\x2F\xFD", 4, "Zstandard"},
};

const Compression *compressionOf(const QString &fileName)
{
    for (const Compression &c : Compressions) {
        if (fileName.endsWith(QLatin1StringView(c.suffix), Qt::CaseInsensitive))
            return &c;
    }
    return nullptr;
}

using Reader = std::unique_ptr<archive, decltype(&archive_read_free)>;

/// libarchive's words for a stream it cannot decompress ("Lzma library error: No progress is
/// possible" for one cut short) are kept as the detail.
QString damaged(archive *reader, const QString &format)
{
    const char *detail = archive_error_string(reader);
    return CompressedFile::tr("the %1 file is damaged or cut short: its compressed data cannot be read (%2)")
        .arg(format, QString::fromUtf8(detail ? detail : "no detail given").simplified());
}

} // namespace

bool CompressedFile::isCompressedName(const QString &fileName)
{
    return compressionOf(fileName) != nullptr;
}

bool CompressedFile::isCompressed(const QString &path)
{
    const Compression *compression = compressionOf(path);
    if (!compression)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
           && file.peek(compression->magicSize) == QByteArray::fromRawData(compression->magic, compression->magicSize);
}

QString CompressedFile::heldName(const QString &path)
{
    const Compression *compression = compressionOf(path);
    const QString name = QFileInfo(path).fileName();
    return compression ? name.chopped(qsizetype(qstrlen(compression->suffix))) : name;
}

QString CompressedFile::copyOut(const QString &path, const QString &dir, QString *error, GzipFile::Ending *ending)
{
    const Compression *compression = compressionOf(path);
    if (compression && qstrcmp(compression->name, "gzip") == 0)
        return GzipFile::copyOut(path, dir, error, ending);
    return copyOutFiltered(path, QString::fromLatin1(compression ? compression->name : "?"), dir, error);
}

QString CompressedFile::copyOutFiltered(const QString &path, const QString &format, const QString &dir, QString *error)
{
    // libarchive's "raw" format: the one stream a compression filter gives, with no archive in it.
    Reader reader(archive_read_new(), &archive_read_free);
    archive_read_support_filter_bzip2(reader.get());
    archive_read_support_filter_xz(reader.get());
    archive_read_support_filter_zstd(reader.get());
    archive_read_support_format_raw(reader.get());
    archive_entry *entry = nullptr;
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 64 * 1024) != ARCHIVE_OK
        || archive_read_next_header(reader.get(), &entry) != ARCHIVE_OK) {
        *error = damaged(reader.get(), format);
        return {};
    }
    QDir().mkpath(dir);
    QFile out(QDir(dir).filePath(heldName(path)));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot decompress the %1 file to read it: %2").arg(format, out.errorString());
        return {};
    }
    const qint64 size = QFileInfo(path).size();
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (la_ssize_t got; (got = archive_read_data(reader.get(), chunk.data(), size_t(chunk.size()))) != 0;) {
        if (got < 0) {
            *error = damaged(reader.get(), format);
            return {};
        }
        total += got;
        if (!ZipGuard::checkSizes({}, size, total).isEmpty()) { // weighed as it comes, as a ZIP entry is
            *error = tr("the %1 file expands %2 times its size (a bomb?); refused").arg(format).arg(total / qMax<qint64>(size, 1));
            return {};
        }
        if (out.write(chunk.constData(), got) != got) {
            *error = tr("cannot decompress the %1 file to read it: %2").arg(format, out.errorString());
            return {};
        }
    }
    return out.fileName();
}
