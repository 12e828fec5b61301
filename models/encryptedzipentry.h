#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

struct archive;

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
        bool wrongPassword = false; ///< no password given opens it
        bool refused = false;       ///< it expands absurdly (a bomb): refused, as ZipGuard refuses any entry
        /// A password passed the entry's check, but what it decrypted failed: the entry is damaged,
        /// or the password passed the check by chance (ZipCrypto's is one byte).
        bool garbled = false;
        /// The passphrase that opened it, as the ZIP holds it (EncryptedZipEntryReader reads
        /// the entry again with it): kept in memory for the import alone, never written.
        QByteArray passphrase = {};
        static Copy failed(const QString &error, bool wrongPassword = false, bool refused = false)
        {
            Copy copy;
            copy.error = error;
            copy.wrongPassword = wrongPassword;
            copy.refused = refused;
            return copy;
        }
    };

    /// @brief Decrypts the entry @p entry of @p zip with the one of @p passwords that opens it
    /// into @p copyPath, weighing what comes out against @p compressedSize as ZipGuard weighs any
    /// entry.
    static Copy copyOut(const Zip &zip, const QString &entry, const QStringList &passwords, qint64 compressedSize,
                        const QString &copyPath);
    /// @brief The same, into @p bytes (a WhatsApp delivery, read in memory), up to @p maxBytes.
    static Copy read(const Zip &zip, const QString &entry, const QStringList &passwords, qint64 compressedSize,
                     qint64 maxBytes, QByteArray *bytes);
    /// Takes each piece decrypted; a failure it returns stops the decryption.
    using Sink = std::function<Copy(const char *, qint64)>;
    /// @brief Decrypts the entry with each of @p passwords in turn until one opens it, giving
    /// what comes out to @p sink a piece at a time, after @p restart (called before each try);
    /// the copy returned names the passphrase that opened it.
    static Copy decrypt(const Zip &zip, const QString &entry, const QStringList &passwords, qint64 compressedSize,
                        const std::function<void()> &restart, const Sink &sink);
    /// @brief Opens @p zip (its file, or its bytes) with libarchive's @p reader and @p passphrase,
    /// at the header of its entry @p entry, its data next: empty, or why it could not.
    static QString openEntry(archive *reader, const Zip &zip, const QString &entry, const QByteArray &passphrase);
    /// @brief Why the entry @p entry read by @p reader broke off while it was decrypted.
    static QString cannotDecrypt(const QString &entry, archive *reader);
    /// @brief How an entry of compression method @p method is encrypted, in the words the
    /// source's metadata keeps: "AES" (method 99, WinZip's) or "ZipCrypto".
    static QString encryptionOf(quint16 method);
    /// @brief What a source or event read from an entry so encrypted (@p encryption, as
    /// encryptionOf() words it) says of it.
    static QString decryptedNote(const QString &encryption);

    /// @brief The bytes a ZIP tool may have encrypted each of @p passwords as: UTF-8, then
    /// (where they differ) Windows-1252 and DOS code page 850; each once, in that order.
    static QList<QByteArray> passphrasesOf(const QStringList &passwords);

private:
    /// @brief One try, with @p passphrase alone.
    static Copy decryptWith(const Zip &zip, const QString &entry, const QByteArray &passphrase, qint64 compressedSize,
                            const Sink &sink);
};
