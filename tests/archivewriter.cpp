#include "archivewriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>

bool ArchiveWriter::write(const QString &path, int (*setFormat)(archive *), const QList<std::pair<QString, QByteArray>> &files,
                          const char *encryption, const char *password)
{
    archive *writer = archive_write_new();
    bool ok = setFormat(writer) == ARCHIVE_OK;
    if (encryption)
        ok = ok && archive_write_set_format_option(writer, "zip", "encryption", encryption) == ARCHIVE_OK
             && archive_write_set_passphrase(writer, password) == ARCHIVE_OK;
    ok = ok && archive_write_open_filename(writer, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const auto &[name, bytes] : files) {
        archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, bytes.size());
        ok = ok && archive_write_header(writer, entry) == ARCHIVE_OK
             && archive_write_data(writer, bytes.constData(), size_t(bytes.size())) == bytes.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(writer) == ARCHIVE_OK && ok;
    archive_write_free(writer);
    return ok;
}

namespace {

/// Whether every encrypted entry of the ZIP at @p path fails @p password's check value, as
/// libarchive words it.
bool checkRefuses(const QString &path, const QByteArray &password)
{
    archive *reader = archive_read_new();
    archive_read_support_format_zip_seekable(reader);
    archive_read_add_passphrase(reader, password.constData());
    bool refused = archive_read_open_filename(reader, QFile::encodeName(path).constData(), 65536) ==
                   ARCHIVE_OK;
    archive_entry *entry = nullptr;
    char byte = 0;
    while (refused && archive_read_next_header(reader, &entry) == ARCHIVE_OK) {
        if (archive_entry_is_encrypted(entry))
            refused = archive_read_data(reader, &byte, 1) < 0 &&
                      qstrcmp(archive_error_string(reader), "Incorrect passphrase") == 0;
    }
    archive_read_free(reader);
    return refused;
}

} // namespace

bool ArchiveWriter::writeRefusing(const QString &path, int (*setFormat)(archive *),
                                  const QList<std::pair<QString, QByteArray>> &files,
                                  const char *encryption, const char *password,
                                  const QList<QByteArray> &wrongPasswords)
{
    // Each try passes with odds of 255 in 256 or better: twenty fail together next to never.
    for (int tries = 0; tries < 20; ++tries) {
        if (!write(path, setFormat, files, encryption, password))
            return false;
        if (std::all_of(wrongPasswords.cbegin(), wrongPasswords.cend(),
                        [&path](const QByteArray &wrong) { return checkRefuses(path, wrong); }))
            return true;
    }
    return false;
}
