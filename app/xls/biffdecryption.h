#pragma once

#include "officedecryption.h"

#include <QByteArray>
#include <QString>

/// @brief A legacy Excel workbook (.xls) encrypted with a password ("Password to open"), its
/// workbook stream decrypted: RC4 keyed per 1,024-byte block, from the password by MD5 (Excel
/// 97 and 2000's "RC4") or by SHA-1 (Excel 2002 and later's "RC4 CryptoAPI"), as MS-XLS 2.2.10
/// and MS-OFFCRYPTO 2.3.6 prescribe: the records' headers, and the records MS-XLS names (BOF,
/// FILEPASS, …), left as they are; the FILEPASS record blanked, so that the stream keeps its
/// offsets and reads as a workbook without a password. Through Nettle (ARCFOUR, MD5, SHA-1).
/// Runs in lookuplens-xls: the stream is untrusted evidence.
namespace BiffDecryption {

/// @brief Whether the workbook stream @p stream holds a FILEPASS record after its first BOF.
bool isEncrypted(const QByteArray &stream);
/// @brief The workbook stream decrypted with @p password, in Result::package.
OfficeDecryption::Result decrypt(const QByteArray &stream, const QString &password);

/// @brief Excel 97's RC4 key for the block @p block (exposed for the test against vectors).
QByteArray rc4Key(const QString &password, const QByteArray &salt, quint32 block);
/// @brief The RC4 CryptoAPI key of @p keyBits for the block @p block.
QByteArray cryptoApiKey(const QString &password, const QByteArray &salt, int keyBits, quint32 block);

} // namespace BiffDecryption
