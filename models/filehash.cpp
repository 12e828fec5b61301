#include "filehash.h"

#include <QCryptographicHash>
#include <QFile>

std::optional<FileDigest> FileDigest::compute(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open for reading: %1").arg(file.errorString());
        return std::nullopt;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        *error = tr("read error: %1").arg(file.errorString());
        return std::nullopt;
    }
    FileDigest digest;
    digest.size = file.size();
    digest.sha256 = QString::fromLatin1(hash.result().toHex());
    return digest;
}
