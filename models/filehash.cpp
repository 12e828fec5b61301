#include "filehash.h"

#include "sha.h"

#include <QFile>

std::optional<FileDigest> FileDigest::compute(const QString &path, QString *error,
                                              const std::function<bool(double)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open for reading: %1").arg(file.errorString());
        return std::nullopt;
    }
    Sha::Sha256 hash;
    const qint64 size = qMax<qint64>(file.size(), 1);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(4 * 1024 * 1024);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            *error = tr("read error: %1").arg(file.errorString());
            return std::nullopt;
        }
        hash.addData(chunk);
        if (progress && !progress(double(file.pos()) / double(size))) {
            *error = tr("cancelled");
            return std::nullopt;
        }
    }
    FileDigest digest;
    digest.size = file.size();
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}
