#include "sourceperiods.h"

#include "daterangecheck.h"
#include "statedperiod.h"
#include "timeformat.h"

#include <QTimeZone>

#include <algorithm>

namespace {

QString statedDateRange(const SourceRow &source)
{
    return source.metadata.value(QStringLiteral("request_parameters"))
        .toObject()
        .value(QStringLiteral("Date Range"))
        .toString();
}

} // namespace

std::optional<SourcePeriod> SourcePeriods::of(const SourceRow &source)
{
    QString unread;
    std::optional<std::pair<qint64, qint64>> period;
    const auto widen = [&period](const std::optional<std::pair<qint64, qint64>> &span) {
        if (span && period)
            period = std::pair{std::min(period->first, span->first),
                               std::max(period->second, span->second)};
        else if (span)
            period = span;
    };
    if (source.recordsFirstMs && source.recordsLastMs)
        widen(std::pair{*source.recordsFirstMs, *source.recordsLastMs});
    // The records and the period the provider states widen each other: a record dated outside
    // that period was read there all the same.
    widen(DateRangeCheck::read(statedDateRange(source), &unread));
    widen(StatedPeriod::span(StatedPeriod::find(source.metadata), source.timeZone));
    if (!period)
        return std::nullopt;
    return SourcePeriod{source.id, period->first, period->second};
}

QList<PeriodGap> SourcePeriods::gaps(QList<SourcePeriod> periods)
{
    std::sort(periods.begin(), periods.end(),
              [](const SourcePeriod &a, const SourcePeriod &b) { return a.fromMs < b.fromMs; });
    QList<PeriodGap> result;
    const SourcePeriod *reaching = nullptr; // of those so far, the one reaching furthest
    for (const SourcePeriod &period : std::as_const(periods)) {
        // Records are written to the second: a period starting the second after one ends (a
        // delivery "09:15:01 to 09:30:00" after "09:00:00 to 09:15:00") leaves no time uncovered.
        if (reaching && period.fromMs > reaching->toMs + 1000)
            result.append({reaching->toMs, period.fromMs, reaching->sourceId, period.sourceId});
        if (!reaching || period.toMs > reaching->toMs)
            reaching = &period;
    }
    return result;
}

QList<PeriodGap> SourcePeriods::gapsBetween(const QList<SourceRow> &sources,
                                            const QSet<qint64> &chosen,
                                            QHash<qint64, QString> *names)
{
    QList<SourcePeriod> periods;
    for (const SourceRow &source : sources) {
        if (!chosen.contains(source.id))
            continue;
        if (const auto period = of(source))
            periods.append(*period);
    }
    const QList<PeriodGap> found = gaps(periods);
    for (const SourceRow &source : sources) {
        const auto beside = [&source](const PeriodGap &gap) {
            return gap.beforeSourceId == source.id || gap.afterSourceId == source.id;
        };
        if (names && std::any_of(found.begin(), found.end(), beside))
            names->insert(source.id, source.shownName());
    }
    return found;
}

QString SourcePeriods::describeGap(const PeriodGap &gap, const QTimeZone &zone,
                                   const QString &before, const QString &after)
{
    return tr("None of the sources of these events covers %1 to %2 (after “%3”, before “%4”): "
              "their records say nothing of that time, and that none of these events falls in it "
              "does not show that nothing happened.")
        .arg(TimeFormat::display(gap.fromMs, zone), TimeFormat::display(gap.toMs, zone), before,
             after);
}

QStringList SourcePeriods::describe(const SourceRow &source)
{
    const QTimeZone utc = QTimeZone::utc();
    QStringList lines;
    if (source.recordsFirstMs && source.recordsLastMs)
        lines.append(
            tr("Its records run from %1 to %2 (they say nothing of the time before or after)")
                .arg(TimeFormat::display(*source.recordsFirstMs, utc),
                     TimeFormat::display(*source.recordsLastMs, utc)));
    QString unread;
    if (const auto stated = DateRangeCheck::read(statedDateRange(source), &unread))
        lines.append(tr("The provider states that it covers %1 to %2 (its Date Range)")
                         .arg(TimeFormat::display(stated->first, utc),
                              TimeFormat::display(stated->second, utc)));
    return lines + StatedPeriod::describe(source);
}
