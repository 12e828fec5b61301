#include "statedperiod.h"

#include "returnspans.h"
#include "timeformat.h"
#include "timestampparser.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

QList<StatedPeriod> StatedPeriod::find(const QJsonObject &metadata)
{
    // A text file's first block is every line above its header, from line 1: where a case
    // imported before the lines' numbers were kept holds as many lines as that, each is known.
    const bool text = metadata.value(QStringLiteral("reader")).toString() == u"csv";
    const int above = metadata.value(QStringLiteral("header_line")).toInt() - 1;
    const bool counted =
        text && metadata.value(QStringLiteral("metadata_lines")).toArray().size() == above;
    QList<StatedPeriod> periods = inBlock(metadata, counted ? 1 : 0);
    for (const QJsonValue &later : metadata.value(QStringLiteral("later_returns")).toArray())
        periods += inBlock(later.toObject(), 0);
    return periods;
}

QList<StatedPeriod> StatedPeriod::inBlock(const QJsonObject &block, int firstLine)
{
    const QJsonArray lines = block.value(QStringLiteral("metadata_lines")).toArray();
    const QJsonArray numbers = block.value(QStringLiteral("metadata_line_numbers")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (auto period = read(lines.at(i).toString())) {
            period->line = i < numbers.size() ? numbers.at(i).toInt()
                           : firstLine > 0    ? firstLine + int(i)
                                              : 0;
            period->headerLine = block.value(QStringLiteral("header_line")).toInt();
            return {*period}; // a block states one; a second such line is its own words
        }
    }
    return {};
}

std::optional<StatedPeriod> StatedPeriod::read(const QString &text)
{
    // Each end a date, and perhaps a time of day: "2016-08-28", "2016-08-28 08:00:15".
    static const QString end = QStringLiteral("(\\d{4}-\\d{2}-\\d{2})(?:[ T](\\d{1,2}:\\d{2}(:\\d{2})?))?");
    static const QRegularExpression period(
        QString(QStringLiteral("^\\W*(?:(?:requested|request|search|log|time|date)\\s+)?"
                               "(?:period|range|dates)\\s*[:#]?\\s*")
                + end + QStringLiteral("\\s+(?:through|thru|to|until|-|–|—)\\s+") + end
                + QStringLiteral("\\W*$")),
        QRegularExpression::CaseInsensitiveOption);
    // A spreadsheet's cells come apart by tabs, a CSV's by commas: "Period, 2016-08-28, through".
    const QString plain = QString(text).replace(u'\t', u' ').replace(u',', u' ').simplified();
    const QRegularExpressionMatch m = period.match(plain);
    if (!m.hasMatch())
        return std::nullopt;
    const auto timeOf = [](const QString &written) {
        return written.isEmpty()
                   ? QTime()
                   : QTime::fromString(written, written.count(u':') == 2 ? u"H:mm:ss" : u"H:mm");
    };
    StatedPeriod stated;
    stated.text = text.trimmed();
    stated.first = QDate::fromString(m.captured(1), Qt::ISODate);
    stated.firstTime = timeOf(m.captured(2));
    stated.last = QDate::fromString(m.captured(4), Qt::ISODate);
    stated.lastTime = timeOf(m.captured(5));
    stated.lastToMinute = stated.lastTime.isValid() && m.captured(6).isEmpty();
    const bool timesRead = m.captured(2).isEmpty() == !stated.firstTime.isValid() &&
                           m.captured(5).isEmpty() == !stated.lastTime.isValid();
    const QTimeZone utc = QTimeZone::utc(); // only to order its ends
    if (!stated.first.isValid() || !stated.last.isValid() || !timesRead ||
        stated.end(utc) <= stated.start(utc))
        return std::nullopt;
    return stated;
}

std::optional<std::pair<qint64, qint64>> StatedPeriod::span(const QList<StatedPeriod> &periods,
                                                            const QString &zoneName)
{
    const auto zone = TimestampParser::zoneFromDeclaration(zoneName);
    if (periods.isEmpty() || !zone)
        return std::nullopt;
    const StatedPeriod whole = wholeOf(periods);
    return std::pair{whole.start(*zone).toMSecsSinceEpoch(), whole.end(*zone).toMSecsSinceEpoch()};
}

QDateTime StatedPeriod::start(const QTimeZone &zone) const
{
    return firstTime.isValid() ? QDateTime(first, firstTime, zone) : first.startOfDay(zone);
}

QDateTime StatedPeriod::end(const QTimeZone &zone) const
{
    // The moment after it: the next day's midnight, a gap after it said from there.
    if (!lastTime.isValid())
        return last.addDays(1).startOfDay(zone);
    return QDateTime(last, lastTime, zone).addSecs(lastToMinute ? 60 : 1);
}

StatedPeriod StatedPeriod::wholeOf(const QList<StatedPeriod> &periods)
{
    // Ordered by their local times: every period of a source is read in its one zone.
    const QTimeZone utc = QTimeZone::utc();
    StatedPeriod whole = periods.first();
    for (const StatedPeriod &period : periods) {
        if (period.start(utc) < whole.start(utc)) {
            whole.first = period.first;
            whole.firstTime = period.firstTime;
        }
        if (period.end(utc) > whole.end(utc)) {
            whole.last = period.last;
            whole.lastTime = period.lastTime;
            whole.lastToMinute = period.lastToMinute;
        }
    }
    return whole;
}

QString StatedPeriod::daysText() const
{
    const auto at = [](const QDate &day, const QTime &time, bool toMinute) -> QString {
        if (!time.isValid())
            return day.toString(Qt::ISODate);
        return day.toString(Qt::ISODate) + u' ' + time.toString(toMinute ? u"HH:mm" : u"HH:mm:ss");
    };
    if (first == last && !hasTimes())
        return first.toString(Qt::ISODate);
    return tr("%1 to %2").arg(at(first, firstTime, false), at(last, lastTime, lastToMinute));
}

QString StatedPeriod::where() const
{
    return line > 0 ? tr("on line %1").arg(line) : tr("above its header row");
}

QStringList StatedPeriod::describe(const SourceRow &source)
{
    const QList<StatedPeriod> periods = find(source.metadata);
    const bool inZone = TimestampParser::zoneFromDeclaration(source.timeZone).has_value();
    QStringList lines;
    for (const StatedPeriod &period : periods) {
        if (!inZone)
            lines.append(tr("It states a period %1 (“%2”), not read as the time it covers: its "
                            "times each state their own zone, and the line names none")
                             .arg(period.where(), period.text));
        else if (period.hasTimes())
            lines.append(tr("It states the period it covers %1 (“%2”): %3, read in %4 (the zone "
                            "its times were read in) and counted as time it covers, with records "
                            "or without")
                             .arg(period.where(), period.text, period.daysText(), source.timeZone));
        else
            lines.append(tr("It states the period it covers %1 (“%2”): %3, read as whole days "
                            "in %4 (the zone its times were read in) and counted as time it "
                            "covers, with records or without")
                             .arg(period.where(), period.text, period.daysText(), source.timeZone));
    }
    if (source.recordsFirstMs && source.recordsLastMs)
        lines += outsideWarnings(source.metadata, source.timeZone,
                                 {*source.recordsFirstMs, *source.recordsLastMs});
    return lines;
}

QList<StatedPeriod> StatedPeriod::ofReturn(const QList<StatedPeriod> &periods, int headerLine)
{
    QList<StatedPeriod> its;
    std::copy_if(periods.begin(), periods.end(), std::back_inserter(its),
                 [headerLine](const StatedPeriod &p) { return p.headerLine == headerLine; });
    return its;
}

QStringList StatedPeriod::outsideWarnings(const QJsonObject &metadata, const QString &zoneName,
                                          std::pair<qint64, qint64> records)
{
    const QList<StatedPeriod> periods = find(metadata);
    const QList<ReturnSpans::Span> returns = ReturnSpans::read(metadata);
    QStringList warnings;
    if (returns.isEmpty()) { // the file's records against every period it states
        warnings.append(outside(periods, zoneName, records, 0));
    } else { // each return's against its own
        for (const ReturnSpans::Span &part : returns) {
            if (part.firstMs && part.lastMs)
                warnings.append(outside(ofReturn(periods, part.headerLine), zoneName,
                                        {*part.firstMs, *part.lastMs}, part.headerLine));
        }
    }
    warnings.removeAll(QString());
    return warnings;
}

std::pair<bool, bool> StatedPeriod::beyond(std::pair<qint64, qint64> stated,
                                           std::pair<qint64, qint64> records)
{
    // span()'s end is the moment after the period: a record there is past it.
    return {records.first < stated.first, records.second >= stated.second};
}

QString StatedPeriod::outside(const QList<StatedPeriod> &periods, const QString &zoneName,
                              std::pair<qint64, qint64> records, int headerLine)
{
    const auto stated = span(periods, zoneName);
    if (!stated || beyond(*stated, records) == std::pair{false, false})
        return {};
    const StatedPeriod whole = wholeOf(periods); // the days span() read
    const QTimeZone utc = QTimeZone::utc();
    const QString from = TimeFormat::display(records.first, utc);
    const QString to = TimeFormat::display(records.second, utc);
    if (headerLine > 0)
        return tr("Some records of the return under the header row at line %1 are dated outside "
                  "the period its block states (they run from %2 to %3; the period is %4 in %5): "
                  "kept as read, though the return and its records disagree")
            .arg(QString::number(headerLine), from, to, whole.daysText(), zoneName);
    return tr("Some of its records are dated outside the period it states (its records run from "
              "%1 to %2; the period is %3 in %4): kept as read, though the return and its "
              "records disagree")
        .arg(from, to, whole.daysText(), zoneName);
}
