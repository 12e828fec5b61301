#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

/// @brief How times are written: ISO 8601 UTC for machines, zone-named text for people.
namespace TimeFormat {
QString isoUtc(qint64 utcMs);                                  ///< "2016-09-12T14:03:07Z"
QString display(qint64 utcMs, const QTimeZone &zone);          ///< "2016-09-12 14:03:07 UTC"
QString zoneLabel(const QTimeZone &zone);                      ///< "UTC", "Europe/Berlin"
/// @brief ISO 8601 with Z, an offset, or none (then UTC) → ms; nullopt when unreadable.
std::optional<qint64> parseIso(const QString &text);
} // namespace TimeFormat
