#include "returnspans.h"

#include "sqlerrortext.h"
#include "statedperiod.h"
#include "timeformat.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace {

QJsonValue msValue(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toLongLong());
}

} // namespace

QList<int> ReturnSpans::openingLines(const QJsonObject &metadata)
{
    // A header repeated on every page of one export, with no such block, goes on with the
    // return before it: the time between its pages is that return's.
    QList<int> lines{metadata.value(QStringLiteral("header_line")).toInt()};
    for (const StatedPeriod &period : StatedPeriod::find(metadata)) {
        if (!lines.contains(period.headerLine))
            lines.append(period.headerLine);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::optional<QJsonArray> ReturnSpans::measure(QSqlDatabase db, qint64 sourceId,
                                               const QJsonObject &metadata, QString *error)
{
    // A return's records lie between its header row and the next return's (whose metadata block
    // is no record); a record repeating one before it is a duplicate link at its own line.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT min(t), max(t) FROM (SELECT utc_ms AS t FROM events"
        " WHERE source_id = :source AND line > :from AND line < :to"
        " UNION ALL SELECT e.utc_ms FROM event_occurrences o JOIN events e ON e.id = o.event_id"
        " WHERE o.source_id = :source AND o.line > :from AND o.line < :to)"));
    const QList<int> lines = openingLines(metadata);
    QJsonArray spans;
    if (lines.size() < 2)
        return spans;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        query.bindValue(QStringLiteral(":source"), sourceId);
        // The first return from the file's start: a worksheet going on from another's records
        // is read by that one's header, whose line is not this sheet's.
        query.bindValue(QStringLiteral(":from"), i == 0 ? 0 : lines.at(i));
        query.bindValue(QStringLiteral(":to"), i + 1 < lines.size()
                                                   ? qint64(lines.at(i + 1))
                                                   : std::numeric_limits<qint64>::max());
        if (!query.exec() || !query.next()) {
            *error = sqlErrorText(query.lastError());
            return std::nullopt;
        }
        spans.append(QJsonObject{{QStringLiteral("header_line"), lines.at(i)},
                                 {QStringLiteral("records_first_ms"), msValue(query.value(0))},
                                 {QStringLiteral("records_last_ms"), msValue(query.value(1))}});
    }
    return spans;
}

QList<ReturnSpans::Span> ReturnSpans::read(const QJsonObject &metadata)
{
    QList<Span> spans;
    for (const QJsonValue &value : metadata.value(QStringLiteral("returns_records")).toArray()) {
        const QJsonObject span = value.toObject();
        Span read{span.value(QStringLiteral("header_line")).toInt(), std::nullopt, std::nullopt};
        if (const QJsonValue first = span.value(QStringLiteral("records_first_ms"));
            first.isDouble())
            read.firstMs = first.toInteger();
        if (const QJsonValue last = span.value(QStringLiteral("records_last_ms")); last.isDouble())
            read.lastMs = last.toInteger();
        spans.append(read);
    }
    return spans;
}

QStringList ReturnSpans::describe(const QJsonObject &metadata)
{
    const QTimeZone utc = QTimeZone::utc();
    QStringList lines;
    for (const Span &span : read(metadata)) {
        lines.append(span.firstMs && span.lastMs
                         ? tr("The return it joins under the header row at line %1: records from "
                              "%2 to %3")
                               .arg(QString::number(span.headerLine),
                                    TimeFormat::display(*span.firstMs, utc),
                                    TimeFormat::display(*span.lastMs, utc))
                         : tr("The return it joins under the header row at line %1: no record")
                               .arg(span.headerLine));
    }
    return lines;
}
