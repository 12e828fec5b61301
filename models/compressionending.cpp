#include "compressionending.h"

#include <QJsonValue>

#include <algorithm>
#include <climits>

namespace {

struct Naming
{
    const char *format; ///< CompressionEnding::format
    const char *key;    ///< the metadata keys' prefix
    const char *suffix; ///< the file name's
};

constexpr Naming Namings[] = {
    {"gzip", "gzip", ".gz"},
    {"bzip2", "bzip2", ".bz2"},
    {"xz", "xz", ".xz"},
    {"Zstandard", "zstd", ".zst"},
};

const Naming &namingOf(const QString &format)
{
    for (const Naming &naming : Namings) {
        if (format == QLatin1StringView(naming.format))
            return naming;
    }
    return Namings[0];
}

QString key(const QString &format, const char *what)
{
    return QString::fromLatin1(namingOf(format).key) + QLatin1StringView(what);
}

} // namespace

QString CompressionEnding::warning() const
{
    const QString suffix = QString::fromLatin1(namingOf(format).suffix);
    if (cutShort)
        return tr("the %1 file was cut short: its compressed data stops before its end (a download or copy that "
                  "stopped?). What it holds up to there (%2 bytes) was read; a line the cut ends inside is rejected, "
                  "and the records after it are not in the file")
            .arg(suffix, QString::number(decompressedBytes));
    if (trailingOffset < 0)
        return {};
    const int count = int(qMin<qint64>(trailingBytes, INT_MAX));
    const QString what = trailingZeros ? tr("%n zero byte(s) (padding added in transit?)", "", count)
                                       : tr("%n byte(s) that are no %1 data", "", count).arg(format);
    // gunzip and bunzip2 leave them with a warning; unxz and unzstd write the data before them
    // too, then fail.
    if (format == u"gzip" || format == u"bzip2")
        return tr("the %1 file ends with %2 after its %3 data (from byte %4); they were left out, as %5 leaves them")
            .arg(suffix, what, format, QString::number(trailingOffset),
                 format == u"gzip" ? QStringLiteral("gunzip") : QStringLiteral("bunzip2"));
    return tr("the %1 file ends with %2 after its %3 data (from byte %4); they were left out")
        .arg(suffix, what, format, QString::number(trailingOffset));
}

QJsonObject CompressionEnding::toMetadata() const
{
    if (cutShort)
        return {{key(format, "_cut_short"), QJsonObject{{QStringLiteral("decompressed_bytes"), decompressedBytes}}}};
    if (trailingOffset < 0)
        return {};
    return {{key(format, "_trailing_bytes"), QJsonObject{{QStringLiteral("offset"), trailingOffset},
                                                         {QStringLiteral("bytes"), trailingBytes},
                                                         {QStringLiteral("zeros"), trailingZeros}}}};
}

CompressionEnding CompressionEnding::fromMetadata(const QJsonObject &metadata)
{
    CompressionEnding ending;
    for (const Naming &naming : Namings) {
        const QString format = QString::fromLatin1(naming.format);
        if (const QJsonObject cut = metadata.value(key(format, "_cut_short")).toObject(); !cut.isEmpty()) {
            ending.format = format;
            ending.cutShort = true;
            ending.decompressedBytes = cut.value(QStringLiteral("decompressed_bytes")).toInteger();
        }
        if (const QJsonObject trailing = metadata.value(key(format, "_trailing_bytes")).toObject(); !trailing.isEmpty()) {
            ending.format = format;
            ending.trailingOffset = trailing.value(QStringLiteral("offset")).toInteger();
            ending.trailingBytes = trailing.value(QStringLiteral("bytes")).toInteger();
            ending.trailingZeros = trailing.value(QStringLiteral("zeros")).toBool();
        }
    }
    return ending;
}

bool CompressionEnding::streamFollows(QFile &in, qint64 offset, QByteArrayView magic, CompressionEnding *ending,
                                      qint64 paddingUnit)
{
    if (offset >= in.size() || !in.seek(offset))
        return false;
    if (in.peek(magic.size()) == magic)
        return true;
    bool zeros = true;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (qint64 got = 0; zeros && (got = in.read(chunk.data(), chunk.size())) > 0;)
        zeros = std::all_of(chunk.cbegin(), chunk.cbegin() + got, [](char c) { return c == 0; });
    const qint64 bytes = in.size() - offset;
    if (ending && !(zeros && paddingUnit > 0 && bytes % paddingUnit == 0)) {
        ending->trailingOffset = offset;
        ending->trailingBytes = bytes;
        ending->trailingZeros = zeros;
    }
    return false;
}
