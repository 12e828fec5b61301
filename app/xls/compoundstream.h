#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// @brief A stream of an OLE2 compound file's root storage (an .xls's "Workbook", an encrypted
/// workbook's "EncryptedPackage"), read whole through libgsf (Debian's libgsf-1-dev, the library
/// Gnumeric reads Office files with) rather than a compound-file reader of our own.
namespace CompoundStream {

/// @brief The stream @p name of the compound file at @p path; nothing if the file is none, is
/// damaged, or has no such stream.
std::optional<QByteArray> read(const QString &path, const char *name);

} // namespace CompoundStream
