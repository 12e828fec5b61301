#include "repeatedhourorder.h"

#include "timeformat.h"

#include <QJsonDocument>
#include <QLocale>

void RepeatedHourOrder::hold(Row row)
{
    auto *event = std::get_if<EventRecord>(&row);
    if (event && !event->repeatedHour) {
        if (!m_run.empty())
            settle(event->utcMs); // the first record after the run settles it, and follows it
        m_runTooLong = false;
        passed(*event);
        m_ready.push_back(std::move(row));
    } else if (event && m_runTooLong) {
        place(event, std::nullopt, 0);
        m_ready.push_back(std::move(row));
    } else if (!event && m_run.empty()) {
        m_ready.push_back(std::move(row));
    } else {
        m_run.push_back(std::move(row)); // a rejected row inside a run keeps its place
        if (qsizetype(m_run.size()) > m_maxHeld) {
            settle(std::nullopt, false);
            m_runTooLong = true;
            m_anyRunTooLong = true;
        }
    }
}

void RepeatedHourOrder::finish()
{
    if (!m_run.empty())
        settle(std::nullopt);
}

RepeatedHourOrder::Row RepeatedHourOrder::takeReady()
{
    Row row = std::move(m_ready.front());
    m_ready.pop_front();
    return row;
}

void RepeatedHourOrder::passed(const EventRecord &event)
{
    if (m_previousUtcMs) {
        const bool forward = event.utcMs > *m_previousUtcMs;
        const bool backward = event.utcMs < *m_previousUtcMs;
        m_forwardSteps += forward ? 1 : 0;
        m_backwardSteps += backward ? 1 : 0;
        const bool against = (m_settledBy == Direction::Forward && backward) ||
                             (m_settledBy == Direction::Backward && forward);
        if (against && m_orderBrokenLine == 0)
            m_orderBrokenLine = event.line;
    }
    m_previousUtcMs = event.utcMs;
}

RepeatedHourOrder::Direction RepeatedHourOrder::direction(std::optional<qint64> nextUtcMs) const
{
    // Every step between records read so far, and the one across the run, must go one way.
    qint64 forward = m_forwardSteps;
    qint64 backward = m_backwardSteps;
    if (m_previousUtcMs && nextUtcMs) {
        forward += *nextUtcMs > *m_previousUtcMs ? 1 : 0;
        backward += *nextUtcMs < *m_previousUtcMs ? 1 : 0;
    }
    if (forward > 0 && backward == 0)
        return Direction::Forward;
    if (backward > 0 && forward == 0)
        return Direction::Backward;
    return Direction::Unknown;
}

std::optional<qsizetype> RepeatedHourOrder::turn(Direction direction,
                                                 std::optional<qint64> nextUtcMs) const
{
    QList<const EventRecord *> events;
    for (const Row &row : m_run) {
        if (const auto *event = std::get_if<EventRecord>(&row))
            events.append(event);
    }
    // The local clock turns back where a record's time (read either way alike) is earlier than
    // the one before it, in a file running forward; later, in one running backward.
    const bool forward = direction == Direction::Forward;
    std::optional<qsizetype> at;
    for (qsizetype i = 1; i < events.size(); ++i) {
        const qint64 step = events.at(i)->utcMs - events.at(i - 1)->utcMs;
        if (forward ? step < 0 : step > 0) {
            if (at)
                return std::nullopt; // turning twice is no clock going back once
            at = i;
        }
    }
    if (!at)
        return std::nullopt; // one pass only, and nothing says which
    // The readings so placed, with the records around the run, must keep the file's order.
    std::optional<qint64> last = m_previousUtcMs;
    for (qsizetype i = 0; i <= events.size(); ++i) {
        std::optional<qint64> reading = nextUtcMs;
        if (i < events.size()) {
            const bool second = forward ? i >= *at : i < *at;
            reading = second ? events.at(i)->repeatedHour->otherUtcMs : events.at(i)->utcMs;
        }
        if (last && reading && (forward ? *reading < *last : *reading > *last))
            return std::nullopt;
        if (reading)
            last = reading;
    }
    return at;
}

void RepeatedHourOrder::settle(std::optional<qint64> nextUtcMs, bool canPlace)
{
    const Direction order = canPlace ? direction(nextUtcMs) : Direction::Unknown;
    const qsizetype at =
        order == Direction::Unknown ? -1 : turn(order, nextUtcMs).value_or(-1); // -1: not settled
    const bool forward = order == Direction::Forward;
    int passesMeetLine = 0; // the first record read of the second pass (the first, newest first)
    qsizetype index = 0;
    for (const Row &row : m_run) {
        const auto *event = std::get_if<EventRecord>(&row);
        if (event && index == at)
            passesMeetLine = event->line;
        index += event ? 1 : 0;
    }
    index = 0;
    for (Row &row : m_run) {
        if (auto *event = std::get_if<EventRecord>(&row)) {
            std::optional<bool> second;
            if (at >= 0)
                second = forward ? index >= at : index < at;
            place(event, second, passesMeetLine);
            ++index;
        }
        m_ready.push_back(std::move(row));
    }
    m_run.clear();
    if (at >= 0) {
        if (m_settled.passesMeetLine == 0)
            m_settled.passesMeetLine = passesMeetLine;
        m_settledBy = order;
    }
}

void RepeatedHourOrder::place(EventRecord *event, std::optional<bool> second, int passesMeetLine)
{
    EventRecord::RepeatedHour &twice = *event->repeatedHour;
    if (!second) {
        m_unsettled.add(*event, false);
        addTimeNote(event, unsettledNote(twice.otherUtcMs));
        return;
    }
    // The importer read it as the earlier moment; the second pass is the later one.
    twice.pass =
        *second ? EventRecord::RepeatedHour::Pass::Second : EventRecord::RepeatedHour::Pass::First;
    if (*second) {
        std::swap(event->utcMs, twice.otherUtcMs);
        std::swap(event->dedupeKey, twice.otherDedupeKey);
    }
    m_settled.add(*event, *second);
    addTimeNote(event, settledNote(*second, passesMeetLine, twice.otherUtcMs));
}

void RepeatedHourOrder::addTimeNote(EventRecord *event, const QString &note)
{
    // The row's other columns may already be written as JSON (TableImporter::writeExtraJson).
    if (!event->extraJson.isEmpty())
        event->extra = QJsonDocument::fromJson(std::exchange(event->extraJson, {})).object();
    event->extra.insert(QStringLiteral("time_ambiguity"), note);
}

void RepeatedHourOrder::Count::add(const EventRecord &event, bool isLater)
{
    if (records++ == 0) {
        firstLine = event.line;
        firstTime = event.timeRaw;
    }
    later += isLater ? 1 : 0;
}

QString RepeatedHourOrder::unsettledNote(qint64 laterUtcMs)
{
    return tr("the local time occurs twice (daylight-saving change); the earlier reading is used, "
              "the later would be %1")
        .arg(TimeFormat::isoUtc(laterUtcMs));
}

QString RepeatedHourOrder::settledNote(bool later, int passesMeetLine, qint64 otherUtcMs)
{
    // Not ending with the other moment, as an unsettled time's note does (ProvenancePanel).
    const QString other = TimeFormat::isoUtc(otherUtcMs);
    return later ? tr("the local time occurs twice (daylight-saving change); the later reading is "
                      "used, the earlier "
                      "would be %1: the file's records run in time order, and the two passes "
                      "through the hour meet at "
                      "line %2, which puts this record in the second")
                       .arg(other)
                       .arg(passesMeetLine)
                 : tr("the local time occurs twice (daylight-saving change); the earlier reading "
                      "is used, the later "
                      "would be %1: the file's records run in time order, and the two passes "
                      "through the hour meet at "
                      "line %2, which puts this record in the first")
                       .arg(other)
                       .arg(passesMeetLine);
}

void RepeatedHourOrder::addMetadata(QJsonObject *meta) const
{
    if (m_unsettled.records > 0) {
        QJsonObject unsettled{{QStringLiteral("records"), m_unsettled.records},
                              {QStringLiteral("first_line"), m_unsettled.firstLine},
                              {QStringLiteral("first_time"), m_unsettled.firstTime}};
        if (m_anyRunTooLong)
            unsettled.insert(QStringLiteral("too_many_to_place"), m_maxHeld);
        meta->insert(QStringLiteral("repeated_hour"), unsettled);
    }
    if (m_settled.records == 0)
        return;
    QJsonObject settled{{QStringLiteral("records"), m_settled.records},
                        {QStringLiteral("earlier"), m_settled.records - m_settled.later},
                        {QStringLiteral("later"), m_settled.later},
                        {QStringLiteral("first_line"), m_settled.firstLine},
                        {QStringLiteral("first_time"), m_settled.firstTime},
                        {QStringLiteral("passes_meet_line"), m_settled.passesMeetLine},
                        {QStringLiteral("newest_first"), m_settledBy == Direction::Backward}};
    if (m_orderBrokenLine > 0)
        settled.insert(QStringLiteral("order_broken_line"), m_orderBrokenLine);
    meta->insert(QStringLiteral("repeated_hour_by_order"), settled);
}

QStringList RepeatedHourOrder::notes(const QJsonObject &metadata)
{
    QStringList notes;
    if (const QJsonObject hour = metadata.value(QStringLiteral("repeated_hour")).toObject();
        !hour.isEmpty()) {
        QString note =
            tr("%n record(s) give a local time that happened twice, in the hour repeated as "
               "daylight saving "
               "ended, as on line %1 (\"%2\"): each was read as the earlier of its two moments, "
               "and its "
               "provenance gives the later",
               nullptr,
               int(qMin<qint64>(hour.value(QStringLiteral("records")).toInteger(), INT_MAX)))
                .arg(hour.value(QStringLiteral("first_line")).toInteger())
                .arg(hour.value(QStringLiteral("first_time")).toString());
        if (const qint64 held = hour.value(QStringLiteral("too_many_to_place")).toInteger();
            held > 0)
            note += tr(" (more than %1 rows in a row fell in that hour, too many to hold and place "
                       "by the file's order)")
                        .arg(QLocale().toString(held));
        notes.append(note);
    }
    const QJsonObject placed = metadata.value(QStringLiteral("repeated_hour_by_order")).toObject();
    if (placed.isEmpty())
        return notes;
    const auto count = [&placed](const char *key) {
        return int(qMin<qint64>(placed.value(QLatin1String(key)).toInteger(), INT_MAX));
    };
    const QString order = placed.value(QStringLiteral("newest_first")).toBool()
                              ? tr("newest first")
                              : tr("oldest first");
    QString note =
        tr("%n record(s) give a local time that happened twice, in the hour repeated as daylight "
           "saving "
           "ended, as on line %1 (\"%2\"): the file's records run in time order (%3), and the two "
           "passes "
           "through the hour meet at line %4, so their order tells which moment each one is",
           nullptr, count("records"))
            .arg(QString::number(placed.value(QStringLiteral("first_line")).toInteger()),
                 placed.value(QStringLiteral("first_time")).toString(), order,
                 QString::number(placed.value(QStringLiteral("passes_meet_line")).toInteger()));
    note += tr(": %n read as the earlier,", nullptr, count("earlier")) +
            tr(" %n as the later", nullptr, count("later"));
    if (const qint64 broken = placed.value(QStringLiteral("order_broken_line")).toInteger();
        broken > 0)
        note += tr("; but from line %1 on, the records no longer run that way: the file may not be "
                   "in time order, so "
                   "check those records against their provenance")
                    .arg(broken);
    notes.append(note);
    return notes;
}
