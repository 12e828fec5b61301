#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <initializer_list>

struct nettle_hash;

/// @brief An Office file encrypted with a password as Excel 2010 and later encrypt one ("Encrypt
/// with Password": MS-OFFCRYPTO's agile encryption), decrypted: the password verified against the
/// file's verifier, the package key unwrapped, the package decrypted segment by segment, and its
/// HMAC (dataIntegrity) checked; or as Excel 2007 encrypted one (the standard encryption: a key
/// from SHA-1, the package in AES-ECB, no integrity check). Through Nettle (AES, SHA-1/2, HMAC),
/// which LookupLens links already. Runs in lookuplens-xls: the streams are untrusted evidence.
namespace OfficeDecryption {

struct Result
{
    enum class Status { Decrypted, WrongPassword, Unsupported, Damaged };
    Status status = Status::Damaged;
    QString detail;     ///< why it is not decrypted: the file's own terms, for a technical detail
    QByteArray package; ///< the .xlsx (a ZIP), once decrypted
    QString scheme;     ///< "AES-256, SHA512, 100000 spins", as the file declares it
    QString integrity;  ///< "verified", "mismatch" (altered after it was encrypted?) or "absent"
};

/// @brief Decrypts the package of the streams @p encryptionInfo and @p encryptedPackage with
/// @p password.
Result decrypt(const QByteArray &encryptionInfo, const QByteArray &encryptedPackage, const QString &password);

/// @brief The password hash: H(salt + UTF-16LE password), then @p spinCount times H(i + hash).
/// Exposed with the two below for the test against vectors from a file Excel wrote.
QByteArray passwordHash(const QString &hash, const QByteArray &salt, const QString &password, int spinCount);
/// @brief H(@p passwordHash + @p blockKey), cut or padded with 0x36 to @p keyBytes.
QByteArray derivedKey(const QString &hash, const QByteArray &passwordHash, const QByteArray &blockKey, int keyBytes);
/// @brief AES-CBC decryption of @p data (whole blocks) with @p key and @p iv.
QByteArray cbcDecrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &data);
/// @brief The digest by @p hash (Nettle's nettle_sha1, nettle_md5, …) of @p parts one after another.
QByteArray digest(const nettle_hash *hash, std::initializer_list<QByteArrayView> parts);
/// @brief A password as Office hashes it: UTF-16LE, no byte-order mark, no terminator.
QByteArray utf16le(const QString &password);
/// @brief @p value as four bytes, little-endian (a block's or spin's number in a hash).
QByteArray littleEndian32(quint32 value);
/// @brief AES-ECB decryption of @p data (whole blocks) with @p key.
QByteArray ecbDecrypt(const QByteArray &key, const QByteArray &data);
/// @brief The standard encryption's key of @p keyBits from @p password and @p salt.
QByteArray standardKey(const QString &password, const QByteArray &salt, int keyBits);
/// @brief Whether @p key decrypts the standard encryption's verifier to the hash it holds of it.
bool verifiesStandard(const QByteArray &key, const QByteArray &encryptedVerifier, const QByteArray &encryptedVerifierHash);

} // namespace OfficeDecryption
