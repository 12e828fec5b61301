#include "decompressedtars.h"

#include "compressedfile.h"
#include "compressionending.h"
#include "keptbyfile.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QTemporaryDir>

#include <atomic>

namespace {

/// The tar last decompressed while a Keep was alive, and the file it came from.
struct KeptTar
{
    QMutex mutex;
    int keepers = 0; ///< Keeps alive
    QString key;     ///< the file the tar was decompressed from, as fileStateKey() names it
    DecompressedTars::Tar tar;
};

KeptTar &keptTar()
{
    static KeptTar kept;
    return kept;
}

std::atomic<int> tarsDecompressed{0};

} // namespace

DecompressedTars::Keep::Keep()
{
    KeptTar &kept = keptTar();
    const QMutexLocker locked(&kept.mutex);
    ++kept.keepers;
}

DecompressedTars::Keep::~Keep()
{
    KeptTar &kept = keptTar();
    const QMutexLocker locked(&kept.mutex);
    if (--kept.keepers == 0) {
        kept.key.clear();
        kept.tar = {};
    }
}

QString DecompressedTars::compressionSuffix(const QString &path)
{
    static const QList<std::pair<QString, QString>> suffixes{
        {QStringLiteral(".tgz"), QStringLiteral(".gz")},      {QStringLiteral(".tar.gz"), QStringLiteral(".gz")},
        {QStringLiteral(".tbz2"), QStringLiteral(".bz2")},    {QStringLiteral(".tar.bz2"), QStringLiteral(".bz2")},
        {QStringLiteral(".txz"), QStringLiteral(".xz")},      {QStringLiteral(".tar.xz"), QStringLiteral(".xz")},
        {QStringLiteral(".tzst"), QStringLiteral(".zst")},    {QStringLiteral(".tar.zst"), QStringLiteral(".zst")}};
    for (const auto &[archiveSuffix, suffix] : suffixes) {
        if (path.endsWith(archiveSuffix, Qt::CaseInsensitive))
            return suffix;
    }
    return {};
}

DecompressedTars::Tar DecompressedTars::of(const QString &path, QString *error)
{
    const QString key = fileStateKey(path);
    KeptTar &kept = keptTar();
    // Held while decompressing: two tables of one archive wait for one tar rather than make two.
    const QMutexLocker locked(&kept.mutex);
    if (kept.keepers > 0 && key == kept.key)
        return kept.tar;
    Tar tar = decompress(path, error);
    if (kept.keepers > 0 && !tar.path.isEmpty()) {
        kept.key = key;
        kept.tar = tar;
    }
    return tar;
}

int DecompressedTars::decompressions()
{
    return tarsDecompressed.load();
}

DecompressedTars::Tar DecompressedTars::decompress(const QString &path, QString *error)
{
    ++tarsDecompressed;
    Tar tar{std::make_shared<QTemporaryDir>(), QString()};
    // CompressedFile knows a compression by the file's name: the archive is named so by a link.
    const QString link = tar.work->filePath(QStringLiteral("archive.tar") + compressionSuffix(path));
    if (!tar.work->isValid() || !QFile::link(QFileInfo(path).absoluteFilePath(), link)) {
        *error = tr("cannot decompress the archive to read it");
        return {};
    }
    CompressionEnding ending;
    tar.path = CompressedFile::copyOut(link, tar.work->path(), error, &ending);
    if (tar.path.isEmpty())
        tar.work.reset();
    return tar;
}
