#pragma once

#include "encryptedzipentry.h"

#include <QIODevice>
#include <QString>


/// @brief An encrypted ZIP entry read a piece at a time as it is decrypted (a WhatsApp page read
/// as it is parsed), with the passphrase that opened it before. Read to its end, libarchive has
/// checked it (its CRC-32, or AES's authentication code): errorString() says why not.
class EncryptedZipEntryReader final : public QIODevice
{
    Q_DISABLE_COPY_MOVE(EncryptedZipEntryReader)
public:
    EncryptedZipEntryReader(const EncryptedZipEntry::Zip &zip, const QString &entry, const QByteArray &passphrase,
                            qint64 compressedSize);
    ~EncryptedZipEntryReader() override;
    bool isSequential() const override { return true; }
    /// @brief Whether libarchive has said the entry ends (a sequential device's own atEnd() says
    /// so whenever nothing is buffered).
    bool atEnd() const override;
    /// @brief Why it could not be read to its end as written; empty once it was.
    QString failure() const { return m_failure; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    EncryptedZipEntry::Zip m_zip; ///< its bytes kept while libarchive reads them
    QString m_entry;
    qint64 m_compressedSize = 0;
    qint64 m_read = 0;
    bool m_ended = false;
    archive *m_reader = nullptr;
    QString m_failure;
};
