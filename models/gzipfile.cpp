#include "gzipfile.h"

#include "zipguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <zlib.h>

bool GzipFile::isGzip(const QString &path)
{
    if (!path.endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive))
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.peek(3) == QByteArrayLiteral("\x1F\x8B\x08");
}

QString GzipFile::heldName(const QString &path)
{
    return QFileInfo(path).fileName().chopped(3);
}

bool GzipFile::expandsAbsurdly(qint64 compressed, qint64 decompressed)
{
    // As a ZIP entry may: what comes out is weighed as it comes.
    return !ZipGuard::checkSizes({}, compressed, decompressed).isEmpty();
}

QString GzipFile::copyOut(const QString &path, const QString &dir, QString *error, Ending *ending)
{
    QDir().mkpath(dir);
    QFile in(path);
    const QString name = heldName(path);
    QFile out(QDir(dir).filePath(name));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("cannot decompress the gzip file to read it: %1").arg(in.isOpen() ? out.errorString() : in.errorString());
        return {};
    }
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) { // 16: a gzip header and trailer, checked
        *error = tr("cannot decompress the gzip file: zlib cannot start");
        return {};
    }
    QByteArray input(1024 * 1024, Qt::Uninitialized);
    QByteArray output(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    int status = Z_OK;
    bool pending = false; // the output was filled: zlib may hold more of it
    QString why; // set once: the loop ends with it
    while (why.isEmpty()) {
        if (status == Z_STREAM_END) { // another member may follow (`cat a.gz b.gz`), or padding
            if (!CompressionEnding::streamFollows(in, in.pos() - stream.avail_in, "\x1F\x8B", ending))
                break;
            stream.avail_in = 0; // read again from where the member ended
            inflateReset(&stream);
            status = Z_OK;
        }
        if (stream.avail_in == 0 && !pending) {
            const qint64 got = in.read(input.data(), input.size());
            if (got <= 0)
                break;
            stream.next_in = reinterpret_cast<Bytef *>(input.data());
            stream.avail_in = uInt(got);
        }
        stream.next_out = reinterpret_cast<Bytef *>(output.data());
        stream.avail_out = uInt(output.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const qint64 made = output.size() - qint64(stream.avail_out);
        total += made;
        pending = stream.avail_out == 0 && status != Z_STREAM_END;
        if (status != Z_OK && status != Z_STREAM_END && status != Z_BUF_ERROR)
            why = tr("the gzip file is damaged: %1").arg(QString::fromLatin1(stream.msg ? stream.msg : "zlib error"));
        else if (expandsAbsurdly(in.size(), total))
            why = tr("the gzip file expands %1 times its size (a bomb?); refused").arg(total / qMax<qint64>(in.size(), 1));
        else if (out.write(output.constData(), made) != made)
            why = tr("cannot decompress the gzip file to read it: %1").arg(out.errorString());
    }
    inflateEnd(&stream);
    const bool cutShort = why.isEmpty() && status != Z_STREAM_END;
    if (cutShort && ending && total > 0) { // what there is up to the cut, as gunzip writes it
        ending->cutShort = true;
        ending->decompressedBytes = total;
    } else if (cutShort) {
        why = tr("the gzip file ends before its compressed data does: it was cut short");
    }
    if (!why.isEmpty()) {
        *error = why;
        return {};
    }
    return out.fileName();
}
