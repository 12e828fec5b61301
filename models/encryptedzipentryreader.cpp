#include "encryptedzipentryreader.h"

#include "zipguard.h"

#include <archive.h>

EncryptedZipEntryReader::EncryptedZipEntryReader(const EncryptedZipEntry::Zip &zip, const QString &entry,
                                                 const QByteArray &passphrase, qint64 compressedSize)
    : m_zip(zip), m_entry(entry), m_compressedSize(compressedSize), m_reader(archive_read_new())
{
    m_failure = EncryptedZipEntry::openEntry(m_reader, m_zip, entry, passphrase);
    if (m_failure.isEmpty())
        open(QIODevice::ReadOnly);
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
            m_failure = EncryptedZipEntry::cannotDecrypt(m_entry, m_reader);
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
