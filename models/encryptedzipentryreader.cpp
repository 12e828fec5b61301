#include "encryptedzipentryreader.h"

#include "archivefile.h"
#include "zipguard.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

EncryptedZipEntryReader::EncryptedZipEntryReader(const EncryptedZipEntry::Zip &zip, const QString &entry,
                                                 const QByteArray &passphrase, qint64 compressedSize)
    : m_zip(zip), m_entry(entry), m_compressedSize(compressedSize), m_reader(archive_read_new())
{
    archive_read_support_format_zip_seekable(m_reader);
    archive_read_add_passphrase(m_reader, passphrase.constData());
    if (EncryptedZipEntry::openForReading(m_reader, m_zip) != ARCHIVE_OK) {
        m_failure = tr("cannot open the ZIP to decrypt the entry \"%1\": %2")
                        .arg(entry, QString::fromUtf8(archive_error_string(m_reader)));
        return;
    }
    archive_entry *header = nullptr;
    for (int status; (status = archive_read_next_header(m_reader, &header)) == ARCHIVE_OK || status == ARCHIVE_WARN;) {
        if (ArchiveFile::entryName(header) == entry) {
            open(QIODevice::ReadOnly);
            return;
        }
    }
    m_failure = tr("cannot find the ZIP entry \"%1\" to decrypt it").arg(entry);
}

EncryptedZipEntryReader::~EncryptedZipEntryReader()
{
    archive_read_free(m_reader);
}

bool EncryptedZipEntryReader::atEnd() const
{
    return m_ended && QIODevice::atEnd();
}

qint64 EncryptedZipEntryReader::readData(char *data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    qint64 filled = 0; // libarchive hands out a block at a time: as much as was asked for
    while (filled < maxSize && !m_ended) {
        const la_ssize_t got = archive_read_data(m_reader, data + filled, size_t(maxSize - filled));
        if (got < 0) {
            m_failure = tr("the ZIP entry \"%1\" cannot be decrypted: %2 (damaged, or not the password it was "
                           "encrypted with)")
                            .arg(m_entry, QString::fromUtf8(archive_error_string(m_reader)));
            setErrorString(m_failure);
            return -1;
        }
        m_ended = got == 0;
        filled += got;
        m_read += got;
        if (const QString bomb = ZipGuard::checkSizes(m_entry, m_compressedSize, m_read); !bomb.isEmpty()) {
            m_failure = bomb;
            setErrorString(m_failure);
            return -1;
        }
    }
    return filled;
}
