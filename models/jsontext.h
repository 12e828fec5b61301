#pragma once

#include <QByteArray>
#include <QStringView>

/// @brief JSON text written directly, byte for byte as QJsonDocument writes it. For exports of
/// a million records, where building a QJsonObject per record costs more than the rest of the
/// export together.
namespace JsonText {

/// @brief Appends @p text as a JSON string, quotes included: `"`, `\` and control characters
/// escaped (`\n` and the like, else `\u00xx`), other characters as UTF-8, an unpaired
/// surrogate as `\uxxxx`.
void appendString(QByteArray &out, QStringView text);

/// @brief A number as QJsonDocument writes a double: the shortest text that reads back the
/// same, `null` when not finite.
QByteArray number(double value);

} // namespace JsonText
