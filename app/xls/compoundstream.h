#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// @brief A stream of an OLE2 compound file's root storage (an .xls's "Workbook", an encrypted
/// workbook's "EncryptedPackage"), read whole, or written as a file of that one stream, through
/// libgsf (Debian's libgsf-1-dev, the library Gnumeric reads Office files with) rather than a
/// compound-file reader of our own.
namespace CompoundStream {

/// @brief The stream @p name of the compound file at @p path; nothing if the file is none, is
/// damaged, or has no such stream.
std::optional<QByteArray> read(const QString &path, const char *name);
/// @brief The workbook stream ("Workbook", or Excel 5's "Book") of the .xls at @p path.
std::optional<QByteArray> workbookStream(const QString &path);
/// @brief Writes a compound file at @p path holding @p bytes as its one stream @p name; false
/// if it cannot be written.
bool write(const QString &path, const char *name, const QByteArray &bytes);

} // namespace CompoundStream
