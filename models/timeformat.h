#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>

/// @brief How times are written: ISO 8601 UTC for machines, zone-named text for people.
namespace TimeFormat {
QString isoUtc(qint64 utcMs);                                  ///< "2016-09-12T14:03:07Z"
/// "2016-09-12 14:03:07 UTC", "2016-09-12 16:03:07 +02:00", "2016-09-12 16:03:07 Europe/Berlin (UTC+02:00)"
QString display(qint64 utcMs, const QTimeZone &zone);
/// @brief For a column whose heading names the zone: "2016-09-12 16:03:07 UTC+02:00" in a named zone.
QString cell(qint64 utcMs, const QTimeZone &zone);
QString offsetText(int offsetSeconds);                         ///< "+02:00", "-04:00"
/// @brief A zone whose offset may change (Europe/Berlin), not UTC or a fixed offset (+02:00).
bool isNamedZone(const QTimeZone &zone);
QString zoneLabel(const QTimeZone &zone);                      ///< "UTC", "Europe/Berlin", "+02:00"
/// @brief The zone's id, as QTimeZone reads it back: "UTC", "Europe/Berlin", "UTC+02:00".
QString zoneId(const QTimeZone &zone);
/// @brief The zone @p idOrLabel names, as zoneId() or zoneLabel() wrote it; UTC where it names none.
QTimeZone zoneNamed(const QString &idOrLabel);
/// @brief ISO 8601 with Z, an offset, or none (then UTC) → ms; nullopt when unreadable.
std::optional<qint64> parseIso(const QString &text);
/// @brief As parseIso(), for the end of a window taken inclusive: a date alone ("2026-03-05")
/// is that whole day, to its last millisecond in UTC, not its first moment.
std::optional<qint64> parseIsoThrough(const QString &text);
/// @brief A time the case stores as ISO 8601 text (when a source was imported, a database added),
/// written as display() writes it in UTC; the text as stored where it does not read as a time.
QString storedUtc(const QString &iso);
/// @brief The UTC date of a database's build time in seconds since 1970: "2026-02-04".
QString buildDate(qint64 epochSeconds);
} // namespace TimeFormat
