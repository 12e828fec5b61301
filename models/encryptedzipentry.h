#pragma once

#include <QCoreApplication>
#include <QString>

/// @brief A ZIP entry encrypted with a password, as providers send returns (the password given
/// apart): decrypted through libarchive, which reads both kinds ZIP tools write (PKWARE's
/// traditional "ZipCrypto" and WinZip's AES), where QuaZip reads neither AES nor, reliably, a
/// wrong password. The ZIP is only read; the decrypted bytes go to a working copy.
class EncryptedZipEntry final
{
    Q_DECLARE_TR_FUNCTIONS(EncryptedZipEntry)
public:
    struct Copy
    {
        QString error;              ///< empty once copied
        bool wrongPassword = false; ///< the password given does not open it
        static Copy failed(const QString &error, bool wrongPassword = false)
        {
            Copy copy;
            copy.error = error;
            copy.wrongPassword = wrongPassword;
            return copy;
        }
    };

    /// @brief Decrypts the entry @p entry of @p zipPath with @p password into @p copyPath,
    /// weighing what comes out against @p compressedSize as ZipGuard weighs any entry.
    static Copy copyOut(const QString &zipPath, const QString &entry, const QString &password, qint64 compressedSize,
                        const QString &copyPath);
    /// @brief How an entry of compression method @p method is encrypted, in the words the
    /// source's metadata keeps: "AES" (method 99, WinZip's) or "ZipCrypto".
    static QString encryptionOf(quint16 method);
};
