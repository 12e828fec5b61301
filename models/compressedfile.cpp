#include "compressedfile.h"

#include "zipguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <memory>

namespace {

struct Compression
{
    const char *suffix;
    const char *magic;
    int magicSize;
    const char *name; ///< the format's own name, not translated
    StreamDecoder::Kind kind; ///< the decoder of all but gzip (GzipFile's)
};

// Their magic numbers as the formats' specifications give them.
constexpr Compression Compressions[] = {
    {".gz", "\x1F\x8B\x08", 3, "gzip", StreamDecoder::Kind::Bzip2}, // its kind unused: GzipFile reads it
    {".bz2", "BZh", 3, "bzip2", StreamDecoder::Kind::Bzip2},
    {".xz", "\xFD" "7zXZ\x00", 6, "xz", StreamDecoder::Kind::Xz},
    {".zst", "\x28\xB5\x2F\xFD", 4, "Zstandard", StreamDecoder::Kind::Zstandard},
};

const Compression *compressionOf(const QString &fileName)
{
    for (const Compression &c : Compressions) {
        if (fileName.endsWith(QLatin1StringView(c.suffix), Qt::CaseInsensitive))
            return &c;
    }
    return nullptr;
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

QString CompressedFile::copyOut(const QString &path, const QString &dir, QString *error, CompressionEnding *ending)
{
    const Compression *compression = compressionOf(path);
    if (!compression) {
        *error = tr("not a file compressed with gzip, bzip2, xz or Zstandard by its name");
        return {};
    }
    if (qstrcmp(compression->name, "gzip") == 0)
        return GzipFile::copyOut(path, dir, error, ending);
    return copyOutDecoded(path, compression->kind, QString::fromLatin1(compression->name), dir, error, ending);
}

QString CompressedFile::copyOutDecoded(const QString &path, StreamDecoder::Kind kind, const QString &format,
                                       const QString &dir, QString *error, CompressionEnding *ending)
{
    QDir().mkpath(dir);
    QFile in(path);
    QFile out(QDir(dir).filePath(heldName(path)));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot decompress the %1 file to read it: %2").arg(format, in.isOpen() ? out.errorString() : in.errorString());
        return {};
    }
    const std::unique_ptr<StreamDecoder> decoder = StreamDecoder::create(kind);
    CompressionEnding found;
    found.format = format;
    QString why = decoder->damage().isEmpty() ? decodeAll(*decoder, in, out, &found) : decoder->damage();
    if (why.isEmpty() && found.cutShort && (!ending || found.decompressedBytes == 0))
        why = tr("the %1 file ends before its compressed data does: it was cut short").arg(format);
    if (!why.isEmpty()) {
        *error = why;
        return {};
    }
    if (ending)
        *ending = found;
    return out.fileName();
}

QString CompressedFile::decodeAll(StreamDecoder &decoder, QFile &in, QFile &out, CompressionEnding *ending)
{
    const QString &format = ending->format;
    QByteArray input(1024 * 1024, Qt::Uninitialized);
    QByteArray output(1024 * 1024, Qt::Uninitialized);
    QByteArrayView pending; // read, not yet decoded
    bool inputEnds = false;
    bool outputFull = false; // the decoder may hold more to give
    qint64 total = 0;
    for (;;) {
        if (pending.isEmpty() && !inputEnds && !outputFull) {
            const qint64 got = in.read(input.data(), input.size());
            if (got < 0)
                return tr("cannot read the %1 file: %2").arg(format, in.errorString());
            pending = QByteArrayView(input.constData(), got);
            inputEnds = in.atEnd();
        }
        const qint64 before = pending.size();
        qint64 made = 0;
        const StreamDecoder::Status status = decoder.decode(pending, inputEnds, output.data(), output.size(), &made);
        total += made;
        if (!ZipGuard::checkSizes({}, in.size(), total).isEmpty()) // weighed as it comes, as a ZIP entry is
            return tr("the %1 file expands %2 times its size (a bomb?); refused").arg(format).arg(total / qMax<qint64>(in.size(), 1));
        if (out.write(output.constData(), made) != made)
            return tr("cannot decompress the %1 file to read it: %2").arg(format, out.errorString());
        if (status == StreamDecoder::Status::Damaged)
            return tr("the %1 file is damaged: %2").arg(format, decoder.damage());
        if (status == StreamDecoder::Status::Refused)
            return tr("the %1 file cannot be read here: %2").arg(format, decoder.damage());
        ending->decompressedBytes = total;
        outputFull = made == output.size();
        if (status == StreamDecoder::Status::StreamEnd) { // another stream may follow (pbzip2 writes several), or padding
            if (!CompressionEnding::streamFollows(in, in.pos() - pending.size(), decoder.magic(), ending, decoder.paddingUnit()))
                return {};
            if (!decoder.restart())
                return tr("the %1 file is damaged: %2").arg(format, decoder.damage());
            pending = {}; // read again from where the stream ended
            inputEnds = outputFull = false;
            continue;
        }
        const bool stuck = made == 0 && pending.size() == before && !pending.isEmpty();
        if (inputEnds && !outputFull && (pending.isEmpty() || stuck)) { // the data stop inside a stream
            ending->cutShort = true;
            return {};
        }
        if (stuck)
            return tr("the %1 file is damaged: its data cannot be decoded further").arg(format);
    }
}
