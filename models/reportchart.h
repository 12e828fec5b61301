#pragma once

#include "reportfigures.h"
#include "sourceperiods.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

#include <array>

/// @brief A report's chart of events per period as inline SVG, in the visual language of every
/// view (product.md): lookups amber, dashed, hollow circles; communications blue, solid, filled
/// circles; connections grey, dotted, upright ticks. Shape and dash carry the class in greyscale
/// print; the legend is drawn in the picture.
class ReportChart final
{
    Q_DECLARE_TR_FUNCTIONS(ReportChart)
public:
    /// @brief The chart of @p periods (ReportFigures::perPeriod(), dates in @p zone); empty with
    /// no events. A period wholly inside one of @p gaps (no source of the events covers it) is
    /// hatched, and the legend says so.
    static QString svg(const QMap<QDate, ClassCounts> &periods, ReportFigures::Period period,
                       const QList<PeriodGap> &gaps = {}, const QTimeZone &zone = QTimeZone::utc());
    /// @brief The events in each hour of the day (0 to 23) in the zone named @p zone.
    static QString hoursSvg(const std::array<ClassCounts, 24> &hours, const QString &zone);
    /// @brief The events on each day of the week (Monday first) in the zone named @p zone.
    static QString weekdaysSvg(const std::array<ClassCounts, 7> &weekdays, const QString &zone);
    /// @brief "Monday" (0) to "Sunday" (6).
    static QString weekdayName(int day);
    /// @brief "day", "week (from Monday)", "month", for the chart's caption and its table.
    static QString periodText(ReportFigures::Period period);
    /// @brief How a period is named in the chart's table: "2026-03-04", "week of 2026-03-02",
    /// "2026-03".
    static QString periodName(const QDate &start, ReportFigures::Period period);
};
