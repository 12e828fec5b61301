#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

/// @brief A ZIP entry encrypted with a password, as providers send returns (the password given
/// apart): decrypted through libarchive, which reads both kinds ZIP tools write (PKWARE's
/// traditional "ZipCrypto" and WinZip's AES), where QuaZip reads no AES. The ZIP is only read.
class EncryptedZipEntry final
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedZipEntry)
public:
    /// @brief Where the ZIP is: a file, or bytes read out of the ZIP around it.
    struct Zip
    {
        QString path;     ///< the file, if it is one
        QByteArray bytes; ///< else its bytes
    };
    struct Copy
    {
        QString error;              ///< empty once copied
        bool wrongPassword = false; ///< the password given does not open it
        bool refused = false;       ///< it expands absurdly (a bomb): refused, as ZipGuard refuses any entry
        static Copy failed(const QString &error, bool wrongPassword = false, bool refused = false)
        {
            Copy copy;
            copy.error = error;
            copy.wrongPassword = wrongPassword;
            copy.refused = refused;
            return copy;
        }
    };

    /// @brief Decrypts the entry @p entry of @p zip with @p password into @p copyPath,
    /// weighing what comes out against @p compressedSize as ZipGuard weighs any entry.
    static Copy copyOut(const Zip &zip, const QString &entry, const QString &password, qint64 compressedSize,
                        const QString &copyPath);
    /// @brief The same, into @p bytes (a WhatsApp delivery, read in memory), up to @p maxBytes.
    static Copy read(const Zip &zip, const QString &entry, const QString &password, qint64 compressedSize,
                     qint64 maxBytes, QByteArray *bytes);
    /// @brief How an entry of compression method @p method is encrypted, in the words the
    /// source's metadata keeps: "AES" (method 99, WinZip's) or "ZipCrypto".
    static QString encryptionOf(quint16 method);
    /// @brief What a source or event read from an entry so encrypted (@p encryption, as
    /// encryptionOf() words it) says of it.
    static QString decryptedNote(const QString &encryption);

    /// @brief The bytes a ZIP tool may have encrypted @p password as: UTF-8, then (where they
    /// differ) Windows-1252 and DOS code page 850.
    static QList<QByteArray> passphrasesOf(const QString &password);

private:
    /// @brief Decrypts the entry, giving what comes out to @p sink chunk by chunk (a failure it
    /// returns stops it).
    static Copy decrypt(const Zip &zip, const QString &entry, const QString &password, qint64 compressedSize,
                        const std::function<Copy(const char *, qint64)> &sink);
};
