// What a stated period says in words: the lines of a source's description and the import's
// warnings — how its dates were read, that it was not read and why, and the records dated
// outside it. Finding and reading the period is in statedperiod.cpp.
#include "statedperiod.h"

#include "outsidestatedperiod.h"
#include "returnspans.h"
#include "sourcereading.h"
#include "timeformat.h"
#include "timestampparser.h"

QStringList StatedPeriod::notReadWarnings(const QJsonObject &metadata)
{
    QStringList warnings;
    for (const StatedPeriod &period : allIn(metadata)) {
        if (!period.isRead())
            warnings.append(period.notReadText());
    }
    return warnings;
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

QString StatedPeriod::shownText() const
{
    // A worksheet's cells apart as the source's block shows them (SourceReading).
    return QString(text).replace(u'\t', QStringLiteral("   "));
}

QString StatedPeriod::where() const
{
    if (line > 0 && endLine > 0)
        return tr("on lines %1 and %2").arg(line).arg(endLine);
    return line > 0 ? tr("on line %1").arg(line) : tr("above its header row");
}

QStringList StatedPeriod::describe(const SourceRow &source)
{
    QStringList lines;
    for (const StatedPeriod &period : allIn(source.metadata)) {
        lines.append(period.describedIn(source.timeZone));
        if (period.spanIn(source.timeZone))
            lines += {period.datesReadText(source.metadata), period.yearsText()};
    }
    if (source.recordsFirstMs && source.recordsLastMs)
        lines += outsideWarnings(source.metadata, source.timeZone,
                                 {*source.recordsFirstMs, *source.recordsLastMs});
    lines.removeAll(QString());
    return lines;
}

QString StatedPeriod::describedIn(const QString &zoneName) const
{
    if (!isRead())
        return notReadText();
    if (!TimestampParser::zoneFromDeclaration(zoneIn(zoneName)))
        return tr("It states a period %1 (“%2”), not read as the time it covers: its times each "
                  "state their own zone, and the line names none")
            .arg(where(), shownText());
    if (!zone.isEmpty() && hasTimes())
        return tr("It states the period it covers %1 (“%2”): %3, read in %4 (the zone the line "
                  "states) and counted as time it covers, with records or without")
            .arg(where(), shownText(), daysText(), zone);
    if (!zone.isEmpty())
        return tr("It states the period it covers %1 (“%2”): %3, read as whole days in %4 (the "
                  "zone the line states) and counted as time it covers, with records or without")
            .arg(where(), shownText(), daysText(), zone);
    if (hasTimes())
        return tr("It states the period it covers %1 (“%2”): %3, read in %4 (the zone its times "
                  "were read in) and counted as time it covers, with records or without")
            .arg(where(), shownText(), daysText(), zoneName);
    return tr("It states the period it covers %1 (“%2”): %3, read as whole days in %4 (the zone "
              "its times were read in) and counted as time it covers, with records or without")
        .arg(where(), shownText(), daysText(), zoneName);
}

QString StatedPeriod::notReadText() const
{
    QString why;
    if (datesRead == DatesRead::NotSettled)
        why = tr("its dates could be read day first or month first, and neither they nor the "
                 "source's times settle which (declare the order on import to have it read)");
    else if (notReadWhy == NotRead::Orders)
        why = tr("one of its dates can be read day first only, the other month first only");
    else if (notReadWhy == NotRead::Zones)
        why = tr("its two ends state different zones");
    else if (notReadWhy == NotRead::Backwards)
        why = tr("it ends before it starts");
    else
        why = tr("its ends are not dates written in a form LookupLens reads");
    return tr("It states a period %1 (“%2”), not read as the time it covers: %3")
        .arg(where(), shownText(), why);
}

QString StatedPeriod::yearsText() const
{
    if (twoDigitYear.isEmpty())
        return {};
    return tr("Its period's years are written with two digits (“%1”), read as a record's are: 00 "
              "to 68 as 2000 to 2068, 69 to 99 as 1969 to 1999")
        .arg(twoDigitYear);
}

QString StatedPeriod::datesReadText(const QJsonObject &metadata) const
{
    switch (datesRead) {
    case DatesRead::InTheirOnlyOrder:
        return tr("Its period's dates were read %1: “%2” can be read no other way")
            .arg(order == u"dmy" ? tr("day first") : tr("month first"), settledBy);
    case DatesRead::InTheSourcesOrder:
        return tr("Its period's dates were read as the file's dates are: %1")
            .arg(SourceReading::dateOrderRead(metadata));
    case DatesRead::AsDayNumbers:
        return tr("Its period's ends are the numbers a workbook keeps its dates as, read as days "
                  "counted from %1")
            .arg(dayNumbersFrom.toString(Qt::ISODate));
    case DatesRead::AsWritten:
    case DatesRead::NotSettled:
    case DatesRead::NotRead:
        break;
    }
    return {};
}

QStringList StatedPeriod::outsideWarnings(const QJsonObject &metadata, const QString &zoneName,
                                          std::pair<qint64, qint64> records)
{
    const QList<StatedPeriod> periods = find(metadata);
    if (const auto counted = OutsideStatedPeriod::read(metadata))
        return countedWarnings(periods, *counted, zoneName,
                               ReturnSpans::openingLines(metadata).size() > 1);
    // A case imported before the records were counted: their first and last.
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

QStringList StatedPeriod::countedWarnings(const QList<StatedPeriod> &periods,
                                          const QList<OutsideStatedPeriod::Counted> &counted,
                                          const QString &zoneName, bool joined)
{
    QStringList warnings;
    for (const OutsideStatedPeriod::Counted &each : counted) {
        if (const QList<StatedPeriod> its = ofReturn(periods, each.headerLine); !its.isEmpty()) {
            const StatedPeriod whole = wholeOf(its);
            warnings.append(OutsideStatedPeriod::warning(each, whole.daysText(),
                                                         whole.zoneIn(zoneName), joined));
        }
    }
    return warnings;
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
            .arg(QString::number(headerLine), from, to, whole.daysText(), whole.zoneIn(zoneName));
    return tr("Some of its records are dated outside the period it states (its records run from "
              "%1 to %2; the period is %3 in %4): kept as read, though the return and its "
              "records disagree")
        .arg(from, to, whole.daysText(), whole.zoneIn(zoneName));
}
