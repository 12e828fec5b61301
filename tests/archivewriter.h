#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct archive;

namespace ArchiveWriter {

/// @brief Writes an archive of @p files (name, bytes) at @p path with libarchive's writer, in
/// the format @p setFormat sets (archive_write_set_format_7zip, …_zip); @p encryption
/// ("zipcrypt", "aes256") and @p password for a ZIP encrypted as providers send returns.
/// Archives no package here writes (7-Zip) or that Python cannot (encrypted ZIPs) are so made
/// at test time.
bool write(const QString &path, int (*setFormat)(archive *), const QList<std::pair<QString, QByteArray>> &files,
           const char *encryption = nullptr, const char *password = nullptr);
/// @brief write() of an encrypted ZIP whose every entry refuses each of @p wrongPasswords by
/// its check value. ZipCrypto checks a password by one byte of a header written at random, AES
/// by two: a test's wrong password passed it once in 256 runs, and the import then said the
/// entry was damaged, not that the password was wrong. Written again until none passes.
bool writeRefusing(const QString &path, int (*setFormat)(archive *),
                   const QList<std::pair<QString, QByteArray>> &files, const char *encryption,
                   const char *password, const QList<QByteArray> &wrongPasswords);

} // namespace ArchiveWriter
