#include "zipguard.h"

#include <quazip.h>
#include <quazipfile.h>
#include <unzip.h>

QString ZipGuard::checkCurrentEntry(QuaZip &zip, bool passwordGiven)
{
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info))
        return tr("cannot read the ZIP directory entry");
    if (!isSafeEntryName(info.name))
        return tr("ZIP entry \"%1\" points outside its folder; refused").arg(info.name);
    if ((info.flags & 0x1) && !passwordGiven)
        return encrypted(info.name);
    return checkSizes(info.name, qint64(info.compressedSize), qint64(info.uncompressedSize));
}

QString ZipGuard::encrypted(const QString &name)
{
    return tr("ZIP entry \"%1\" is encrypted with a password: extract the ZIP with its password and import the files "
              "it holds")
        .arg(name);
}

QString ZipGuard::checkReturnEntry(QuaZip &zip, bool passwordGiven, bool *needsPassword)
{
    const QString refusal = checkCurrentEntry(zip, passwordGiven);
    // checkCurrentEntry() refuses an encrypted entry once its name is safe, before its sizes.
    QuaZipFileInfo64 info;
    *needsPassword = !refusal.isEmpty() && !passwordGiven && zip.getCurrentFileInfo(&info) && (info.flags & 0x1)
                     && isSafeEntryName(info.name);
    if (!*needsPassword)
        return refusal;
    return tr("ZIP entry \"%1\" is encrypted with a password: give the password the return was sent with").arg(info.name);
}

QString ZipGuard::checkSizes(const QString &name, qint64 compressed, qint64 uncompressed)
{
    if (uncompressed > MaxEntryBytes)
        return tr("ZIP entry \"%1\" would expand to %2 bytes; refused")
            .arg(name, QString::number(uncompressed));
    if (uncompressed > RatioFloorBytes && uncompressed > MaxRatio * qMax<qint64>(compressed, 1))
        return tr("ZIP entry \"%1\" expands %2 times its size (a ZIP bomb?); refused")
            .arg(name, QString::number(uncompressed / qMax<qint64>(compressed, 1)));
    return {};
}

bool ZipGuard::isSafeEntryName(const QString &name)
{
    if (name.startsWith(u'/') || name.startsWith(u'\\') || name.contains(u':'))
        return false;
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    return !parts.contains(QStringLiteral(".."));
}

QString ZipGuard::closeWhole(QuaZipFile &file)
{
    int error = file.getZipError(); // before atEnd(), which clears it
    const QString name = file.getActualFileName();
    const bool atEnd = file.atEnd();
    file.close();
    if (error == UNZ_OK)
        error = file.getZipError(); // closing an entry read to its end compares its CRC-32
    if (error == UNZ_CRCERROR)
        return crcMismatch(name);
    if (error != UNZ_OK || !atEnd)
        return unreadableData(name, error);
    return {};
}

QString ZipGuard::crcMismatch(const QString &name)
{
    return tr("the ZIP entry \"%1\" is damaged: what it holds does not match its CRC-32 checksum, so some of it "
              "is not what was written")
        .arg(name);
}

QString ZipGuard::unreadableData(const QString &name, int error)
{
    return tr("the ZIP entry \"%1\" is damaged: its compressed data cannot be read to its end "
              "(error %2)")
        .arg(name, QString::number(error));
}
