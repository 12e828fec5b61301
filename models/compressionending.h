#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QString>

/// @brief How a compressed file's data ended, where not as it should: cut short (a download or
/// copy that stopped), or followed by bytes that are no data of its compression (padding added in
/// transit, a tape's or a portal's zeros, or a file joined on). gunzip and the other tools write
/// what there is, and complain; so does the import, naming what it found.
struct CompressionEnding
{
    Q_DECLARE_TR_FUNCTIONS(CompressionEnding)
public:
    /// The compression's own name, as CompressedFile names it: "gzip", "bzip2", "xz", "Zstandard".
    QString format = QStringLiteral("gzip");
    qint64 trailingOffset = -1; ///< where bytes after the compressed data begin; -1: none
    qint64 trailingBytes = 0;
    bool trailingZeros = false; ///< every one of them 0
    bool cutShort = false;
    qint64 decompressedBytes = 0; ///< what the copy holds

    /// @brief The import warning for it; empty if the data ended as it should.
    QString warning() const;
    /// @brief As a source's metadata keeps it: "gzip_cut_short", "gzip_trailing_bytes" (and
    /// "bzip2_…", "xz_…", "zstd_…" for the others).
    QJsonObject toMetadata() const;
    static CompressionEnding fromMetadata(const QJsonObject &metadata);

    /// @brief After a stream (a gzip member) ends at @p offset of @p in: whether another begins
    /// there (with @p magic). If not, what follows is described in @p ending (if given), unless
    /// it is zeros in a multiple of @p paddingUnit, the format's own padding (xz's, 4).
    static bool streamFollows(QFile &in, qint64 offset, QByteArrayView magic, CompressionEnding *ending,
                              qint64 paddingUnit = 0);
};
