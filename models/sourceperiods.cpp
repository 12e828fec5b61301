#include "sourceperiods.h"

#include "daterangecheck.h"
#include "returnspans.h"
#include "statedperiod.h"
#include "timeformat.h"

#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace {

QString statedDateRange(const SourceRow &source)
{
    return source.metadata.value(QStringLiteral("request_parameters"))
        .toObject()
        .value(QStringLiteral("Date Range"))
        .toString();
}

using Span = std::optional<std::pair<qint64, qint64>>;

Span hull(const Span &a, const Span &b)
{
    if (!a || !b)
        return a ? a : b;
    return std::pair{std::min(a->first, b->first), std::max(a->second, b->second)};
}

Span recordsOf(const std::optional<qint64> &first, const std::optional<qint64> &last)
{
    return first && last ? Span{std::pair{*first, *last}} : std::nullopt;
}

} // namespace

std::optional<SourcePeriod> SourcePeriods::of(const SourceRow &source)
{
    QString unread;
    // The records and the period the provider states widen each other: a record dated outside
    // that period was read there all the same.
    const Span period =
        hull(hull(recordsOf(source.recordsFirstMs, source.recordsLastMs),
                  DateRangeCheck::read(statedDateRange(source), &unread)),
             StatedPeriod::span(StatedPeriod::find(source.metadata), source.timeZone));
    if (!period)
        return std::nullopt;
    return SourcePeriod{source.id, period->first, period->second};
}

QList<SourcePeriod> SourcePeriods::ofReturns(const SourceRow &source)
{
    const QList<ReturnSpans::Span> returns = ReturnSpans::read(source.metadata);
    QList<SourcePeriod> periods;
    if (returns.size() < 2) {
        if (const auto period = of(source))
            periods.append(*period);
        return periods;
    }
    const QList<StatedPeriod> stated = StatedPeriod::find(source.metadata);
    for (const ReturnSpans::Span &part : returns) {
        const Span period = hull(
            recordsOf(part.firstMs, part.lastMs),
            StatedPeriod::span(StatedPeriod::ofReturn(stated, part.headerLine), source.timeZone));
        if (period)
            periods.append({source.id, period->first, period->second, part.headerLine});
    }
    return periods;
}

std::pair<bool, bool> SourcePeriods::recordsOutsideStated(const SourceRow &source)
{
    if (!source.recordsFirstMs || !source.recordsLastMs)
        return {false, false};
    const qint64 first = *source.recordsFirstMs;
    const qint64 last = *source.recordsLastMs;
    bool before = false;
    bool after = false;
    QString unread;
    if (const auto range = DateRangeCheck::read(statedDateRange(source), &unread)) {
        before = first < range->first;
        after = last > range->second; // its last second within it
    }
    if (const auto days =
            StatedPeriod::span(StatedPeriod::find(source.metadata), source.timeZone)) {
        const auto [daysBefore, daysAfter] = StatedPeriod::beyond(*days, {first, last});
        before = before || daysBefore;
        after = after || daysAfter;
    }
    return {before, after};
}

QList<PeriodGap> SourcePeriods::gaps(QList<SourcePeriod> periods)
{
    // Periods starting together in the order of their sources: the same gaps name the same
    // sources on every run (a report's bytes do not change).
    std::sort(periods.begin(), periods.end(), [](const SourcePeriod &a, const SourcePeriod &b) {
        return std::tie(a.fromMs, a.sourceId, a.headerLine) <
               std::tie(b.fromMs, b.sourceId, b.headerLine);
    });
    QList<PeriodGap> result;
    const SourcePeriod *reaching = nullptr; // of those so far, the one reaching furthest
    for (const SourcePeriod &period : std::as_const(periods)) {
        // Records are written to the second: a period starting the second after one ends (a
        // delivery "09:15:01 to 09:30:00" after "09:00:00 to 09:15:00") leaves no time uncovered.
        if (reaching && period.fromMs > reaching->toMs + 1000)
            result.append({reaching->toMs, period.fromMs, reaching->sourceId, period.sourceId,
                           reaching->headerLine, period.headerLine});
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
        periods += ofReturns(source);
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
    if (gap.beforeSourceId == gap.afterSourceId) // two returns joined in one file
        return tr("None of the sources of these events covers %1 to %2 (between the returns joined "
                  "in “%3” under its header rows at lines %4 and %5): their records say nothing of "
                  "that time, and that none of these events falls in it does not show that nothing "
                  "happened.")
            .arg(TimeFormat::display(gap.fromMs, zone), TimeFormat::display(gap.toMs, zone), before,
                 QString::number(gap.beforeHeaderLine), QString::number(gap.afterHeaderLine));
    // A source named with the return it joins where the period is that return's alone.
    const auto named = [](const QString &name, int headerLine) {
        return headerLine > 0 ? tr("“%1” (its return under the header row at line %2)")
                                    .arg(name, QString::number(headerLine))
                              : tr("“%1”").arg(name);
    };
    return tr("None of the sources of these events covers %1 to %2 (after %3, before %4): "
              "their records say nothing of that time, and that none of these events falls in it "
              "does not show that nothing happened.")
        .arg(TimeFormat::display(gap.fromMs, zone), TimeFormat::display(gap.toMs, zone),
             named(before, gap.beforeHeaderLine), named(after, gap.afterHeaderLine));
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
    return lines + ReturnSpans::describe(source.metadata) + StatedPeriod::describe(source);
}
