#include "encryptedzipentry.h"

#include "archivefile.h"
#include "zipguard.h"

#include <QFile>
#include <QStringEncoder>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace {

using Reader = std::unique_ptr<archive, decltype(&archive_read_free)>;

int openForReading(archive *reader, const EncryptedZipEntry::Zip &zip)
{
    if (!zip.path.isEmpty())
        return archive_read_open_filename(reader, QFile::encodeName(zip.path).constData(), 64 * 1024);
    return archive_read_open_memory(reader, zip.bytes.constData(), size_t(zip.bytes.size()));
}

} // namespace

QString EncryptedZipEntry::encryptionOf(quint16 method)
{
    return method == 99 ? QStringLiteral("AES") : QStringLiteral("ZipCrypto");
}

QString EncryptedZipEntry::decryptedNote(const QString &encryption)
{
    return tr("encrypted in the ZIP with a password (%1); decrypted with the password given at import, which is not "
              "kept")
        .arg(encryption);
}

EncryptedZipEntry::Copy EncryptedZipEntry::copyOut(const Zip &zip, const QString &entry, const QStringList &passwords,
                                                   qint64 compressedSize, const QString &copyPath)
{
    QFile copy(copyPath);
    if (!copy.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Copy::failed(tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(entry, copy.errorString()));
    const auto restart = [&]() {
        copy.seek(0);
        copy.resize(0);
    };
    return decrypt(zip, entry, passwords, compressedSize, restart, [&](const char *data, qint64 size) {
        return copy.write(data, size) == size
                   ? Copy()
                   : Copy::failed(tr("cannot copy the ZIP entry \"%1\" to read it: %2").arg(entry, copy.errorString()));
    });
}

EncryptedZipEntry::Copy EncryptedZipEntry::read(const Zip &zip, const QString &entry, const QStringList &passwords,
                                                qint64 compressedSize, qint64 maxBytes, QByteArray *bytes)
{
    const auto restart = [bytes]() { bytes->clear(); };
    return decrypt(zip, entry, passwords, compressedSize, restart, [&](const char *data, qint64 size) {
        if (bytes->size() + size > maxBytes)
            return Copy::failed(tr("the ZIP entry \"%1\" expands to more than %2 bytes; refused")
                                    .arg(entry, QString::number(maxBytes)),
                                false, true);
        bytes->append(data, size);
        return Copy();
    });
}

QList<QByteArray> EncryptedZipEntry::passphrasesOf(const QStringList &passwords)
{
    // A ZIP holds its password's bytes as the tool that wrote it encoded them: UTF-8 (Info-ZIP,
    // AES), or for the traditional cipher in Windows' code page (WinZip) or DOS's (7-Zip). A
    // password of ASCII alone is the same in all.
    QList<QByteArray> passphrases;
    for (const QString &password : passwords) {
        if (const QByteArray utf8 = password.toUtf8(); !passphrases.contains(utf8))
            passphrases.append(utf8);
        for (const char *codePage : {"windows-1252", "IBM850"}) {
            QStringEncoder encoder(codePage);
            const QByteArray bytes = encoder.encode(password);
            if (encoder.isValid() && !encoder.hasError() && !passphrases.contains(bytes))
                passphrases.append(bytes);
        }
    }
    return passphrases;
}

EncryptedZipEntry::Copy EncryptedZipEntry::decrypt(const Zip &zip, const QString &entry, const QStringList &passwords,
                                                   qint64 compressedSize, const std::function<void()> &restart,
                                                   const Sink &sink)
{
    // Each passphrase is tried on its own: ZipCrypto checks a password by one byte, which a wrong
    // one passes once in 256; given them all at once, libarchive would keep the first to pass,
    // and the entry would fail its CRC-32 rather than be tried with the next.
    Copy garbled;
    for (const QByteArray &passphrase : passphrasesOf(passwords)) {
        restart();
        Copy copy = decryptWith(zip, entry, passphrase, compressedSize, sink);
        if (copy.error.isEmpty())
            copy.passphrase = passphrase;
        if (!copy.wrongPassword && !copy.garbled)
            return copy; // decrypted, or refused for what it is whatever the password
        if (copy.garbled && garbled.error.isEmpty())
            garbled = copy;
    }
    restart();
    if (!garbled.error.isEmpty())
        return garbled;
    return Copy::failed(passwords.size() > 1
                            ? tr("none of the %n passwords given opens the ZIP entry \"%1\"", nullptr, int(passwords.size()))
                                  .arg(entry)
                            : tr("the password given does not open the ZIP entry \"%1\"").arg(entry),
                        true);
}

QString EncryptedZipEntry::openEntry(archive *reader, const Zip &zip, const QString &entryPath,
                                     const QByteArray &passphrase)
{
    archive_read_support_format_zip_seekable(reader); // by the central directory, as QuaZip reads it
    archive_read_add_passphrase(reader, passphrase.constData());
    if (openForReading(reader, zip) != ARCHIVE_OK)
        return tr("cannot open the ZIP to decrypt the entry \"%1\": %2")
            .arg(entryPath, QString::fromUtf8(archive_error_string(reader)));
    archive_entry *entry = nullptr;
    for (int status; (status = archive_read_next_header(reader, &entry)) == ARCHIVE_OK || status == ARCHIVE_WARN;) {
        if (ArchiveFile::entryName(entry) == entryPath)
            return {};
    }
    return tr("cannot find the ZIP entry \"%1\" to decrypt it").arg(entryPath);
}

QString EncryptedZipEntry::cannotDecrypt(const QString &entryPath, archive *reader)
{
    return tr("the ZIP entry \"%1\" cannot be decrypted: %2 (damaged, or not the password it was encrypted with)")
        .arg(entryPath, QString::fromUtf8(archive_error_string(reader)));
}

EncryptedZipEntry::Copy EncryptedZipEntry::decryptWith(const Zip &zip, const QString &entryPath,
                                                       const QByteArray &passphrase, qint64 compressedSize,
                                                       const Sink &sink)
{
    Reader reader(archive_read_new(), &archive_read_free);
    if (const QString error = openEntry(reader.get(), zip, entryPath, passphrase); !error.isEmpty())
        return Copy::failed(error);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (la_ssize_t got; (got = archive_read_data(reader.get(), chunk.data(), size_t(chunk.size()))) != 0;) {
        // libarchive says so in these words when the password fails the entry's check value
        // (one byte for ZipCrypto, two for AES), its only sign of a wrong password.
        if (got < 0 && total == 0 && qstrcmp(archive_error_string(reader.get()), "Incorrect passphrase") == 0)
            return Copy::failed(QString(), true);
        if (got < 0) { // a wrong password that passed the one-byte check ends here too (its CRC-32)
            Copy copy = Copy::failed(cannotDecrypt(entryPath, reader.get()));
            copy.garbled = true;
            return copy;
        }
        total += got;
        if (const QString bomb = ZipGuard::checkSizes(entryPath, compressedSize, total); !bomb.isEmpty())
            return Copy::failed(bomb, false, true);
        if (Copy failed = sink(chunk.constData(), got); !failed.error.isEmpty())
            return failed;
    }
    return {};
}
