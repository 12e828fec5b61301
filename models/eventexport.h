#pragma once

#include "eventfilter.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
struct EventOccurrence;
struct EventRow;

/// @brief A filter's events written as CSV or JSON, the same bytes from the command line
/// (`events --format`) and the GUI (File → Export events shown). Every row carries its class,
/// its source file and line and the record verbatim. Column and key names are a contract: extend,
/// never rename.
namespace EventExport {

enum class Format { Csv, Json };
/// @brief "csv" or "json".
std::optional<Format> formatNamed(QStringView name);
/// @brief One event as compact JSON, keys in alphabetical order.
QByteArray json(const EventRow &event);
/// @brief The other places an event's record stands, as the JSON key "also_in" gives them.
QByteArray alsoInJson(const QList<EventOccurrence> &places);
QStringList csvHeader();
QStringList csvFields(const EventRow &event);
/// @brief RFC 4180 quoting where the field needs it.
QString csvEscape(const QString &field);

/// @brief How often write() reports how far it is.
inline constexpr qint64 ProgressEvery = 4096;
struct Result
{
    qint64 written = 0;
    bool cancelled = false;
    QString error; ///< empty when the events were read and written
    QString sha256; ///< of the bytes written, in hex, where the writer hashes them (a report)
};
/// @brief Streams @p filter's events in time order to @p out, whole (a CSV header, or a JSON
/// array). @p goOn, if set, is told every ProgressEvery events how many are written; returning
/// false stops the export (Result::cancelled). Thread affinity: @p db's thread.
Result write(QSqlDatabase db, const EventFilter &filter, Format format, QIODevice &out,
             const std::function<bool(qint64 written)> &goOn = {});

} // namespace EventExport
