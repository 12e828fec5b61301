#include "archivewriter.h"

#include <QFile>

#include <archive.h>
#include <archive_entry.h>

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

