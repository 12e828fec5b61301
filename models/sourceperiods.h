#pragma once

#include "casequeries.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QTimeZone>

#include <optional>

/// @brief The stretch of time a source's records cover: from its first record to its last,
/// widened to the period its provider states where it states one (a WhatsApp delivery's Date
/// Range, the period above an Apple return's header: StatedPeriod). Outside it the source says
/// nothing: no record there is no evidence that nothing happened.
struct SourcePeriod
{
    qint64 sourceId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int headerLine = 0; ///< of one return a file joins, its header row's line; 0: the whole source
};

/// @brief A stretch of time that no source of a set covers, between two that do.
struct PeriodGap
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 beforeSourceId = 0; ///< the source whose period ends where the gap begins
    qint64 afterSourceId = 0;  ///< the source whose period begins where the gap ends
    int beforeHeaderLine =
        0; ///< where that period is one return a file joins, its header row's line
    int afterHeaderLine = 0; ///< the same of the period after it
};

/// @brief Sources' periods and the gaps between them. Pure; any thread.
class SourcePeriods
{
    Q_DECLARE_TR_FUNCTIONS(SourcePeriods)

public:
    /// @brief @p source's period; none where it has no record and states no period.
    static std::optional<SourcePeriod> of(const SourceRow &source);
    /// @brief The period of each return @p source joins, where it joins several and their records
    /// were measured at import (ReturnSpans), each widened to the period its own block states; of()
    /// otherwise. The time between two of them is covered by neither.
    static QList<SourcePeriod> ofReturns(const SourceRow &source);
    /// @brief The stretches that none of @p periods covers and that lie between two that do
    /// (before the first and after the last no return is measured against), in time order; two
    /// periods a second or less apart leave none.
    static QList<PeriodGap> gaps(QList<SourcePeriod> periods);
    /// @brief The gaps between the periods of those of @p sources whose ids @p chosen holds (the
    /// sources of the events a view or report shows), over all time; into @p names, where given,
    /// the name shown of each source either side of one, by id.
    static QList<PeriodGap> gapsBetween(const QList<SourceRow> &sources, const QSet<qint64> &chosen,
                                        QHash<qint64, QString> *names = nullptr);
    /// @brief Whether @p source's first record is dated before the period its provider states
    /// (a WhatsApp page's Date Range, both ends within it; an Apple return's "Period" days) and
    /// whether its last is dated after it: a clock or a misfiled return, which the source's
    /// description says and its list marks.
    static std::pair<bool, bool> recordsOutsideStated(const SourceRow &source);
    /// @brief A gap in words, its times in @p zone, naming the sources @p before and @p after it.
    static QString describeGap(const PeriodGap &gap, const QTimeZone &zone, const QString &before,
                               const QString &after);
    /// @brief What a source's description says of its period, in UTC, a line each: "Its records
    /// run from … to …" and, where the provider states a period, that period.
    static QStringList describe(const SourceRow &source);
};
