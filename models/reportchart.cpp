#include "reportchart.h"

#include "reportsvg.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <functional>

namespace {

using namespace ReportSvg;

constexpr int Width = 900;
constexpr int Height = 300;
constexpr int Left = 56;
constexpr int Right = 16;
constexpr int Top = 40; // the legend stands above the plot
constexpr int Bottom = 44;

/// The points of a line chart: one name and one count of each class per point, in order.
struct ChartPoints
{
    QStringList names;
    QList<ClassCounts> counts;
    QList<int> labelled; ///< the points whose names are written under the axis
    QList<bool> uncovered; ///< by point: its period is wholly between returns (hatched); or empty
    QString title;       ///< for a screen reader
    QString caption;     ///< under the axis
};

QString axes(qint64 peak, double plotWidth, double plotHeight)
{
    QString out = QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"black\"/>")
                      .arg(Left)
                      .arg(Top)
                      .arg(Top + plotHeight);
    out += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"black\"/>")
               .arg(Left)
               .arg(Top + plotHeight)
               .arg(Left + plotWidth);
    out += text(Left - 6, Top + 4, QString::number(peak), QStringLiteral("end"));
    return out + text(Left - 6, Top + plotHeight + 4, QStringLiteral("0"), QStringLiteral("end"));
}

/// Each run of points whose periods no source covers, hatched from halfway to the point before
/// to halfway to the point after, and a legend entry at the right.
QString uncoveredBands(const ChartPoints &points, const std::function<double(int)> &xAt,
                       double plotHeight)
{
    if (!points.uncovered.contains(true))
        return {};
    const int last = int(points.names.size()) - 1;
    const double half = last > 0 ? (xAt(1) - xAt(0)) / 2 : 0;
    QString out = QStringLiteral("<defs><pattern id=\"between-returns\" width=\"6\" height=\"6\" "
                                 "patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                                 "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#707070\" "
                                 "stroke-width=\"1\"/></pattern></defs>");
    for (int i = 0; i <= last; ++i) {
        if (!points.uncovered.value(i) || (i > 0 && points.uncovered.value(i - 1)))
            continue;
        int end = i;
        while (end < last && points.uncovered.value(end + 1))
            ++end;
        const double left = std::max(double(Left), xAt(i) - half);
        const double right = std::min(double(Width - Right), xAt(end) + half);
        out += QStringLiteral(
                   "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                   "fill=\"url(#between-returns)\" stroke=\"#707070\" stroke-dasharray=\"2 2\"/>")
                   .arg(number(left), number(Top), number(right - left), number(plotHeight));
    }
    // At the right, the words before the pattern: however long in a language, they end there.
    const double x = Width - Right - 24;
    out += QStringLiteral(
               "<rect x=\"%1\" y=\"10\" width=\"24\" height=\"12\" fill=\"url(#between-returns)\" "
               "stroke=\"#707070\"/>")
               .arg(number(x));
    return out + text(x - 6, 20,
                      ReportChart::tr("between returns (hatched): no source covers this time"),
                      QStringLiteral("end"));
}

QString lineChart(const ChartPoints &points)
{
    ClassCounts totals{};
    qint64 peak = 1;
    for (const ClassCounts &counts : points.counts) {
        addCounts(totals, counts);
        peak = std::max({peak, counts[0], counts[1], counts[2]});
    }
    const int last = int(points.names.size()) - 1;
    const double plotWidth = Width - Left - Right;
    const double plotHeight = Height - Top - Bottom;
    const auto xAt = [&](int i) {
        return Left + (last > 0 ? i * plotWidth / last : plotWidth / 2);
    };
    const auto yAt = [&](qint64 count) {
        return Top + plotHeight - plotHeight * double(count) / double(peak);
    };
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\""
                                 " font-family=\"sans-serif\" font-size=\"12\" role=\"img\">"
                                 "<title>%3</title>")
                      .arg(Width)
                      .arg(Height)
                      .arg(points.title.toHtmlEscaped());
    out += uncoveredBands(points, xAt, plotHeight); // under the lines
    out += legend(totals, Left) + axes(peak, plotWidth, plotHeight);
    for (const int i : points.labelled) {
        const QString anchor = i == 0 && last > 0      ? QStringLiteral("start")
                               : i == last && last > 0 ? QStringLiteral("end")
                                                       : QStringLiteral("middle");
        out += text(xAt(i), Height - Bottom + 18, points.names.value(i), anchor);
    }
    out += text(Left + plotWidth / 2, Height - 8, points.caption, QStringLiteral("middle"));
    for (const EvidenceClass evidenceClass : AllEvidenceClasses) {
        const auto index = size_t(evidenceClass);
        if (totals[index] == 0)
            continue;
        QStringList line;
        QString markers;
        for (int i = 0; i <= last; ++i) {
            const qint64 count = points.counts[i][index];
            line.append(number(xAt(i)) + u',' + number(yAt(count)));
            if (count > 0)
                markers += marker(evidenceClass, xAt(i), yAt(count));
        }
        out += QStringLiteral(
                   "<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\"%2 points=\"%3\"/>")
                   .arg(colour(evidenceClass), dashes(evidenceClass), line.join(u' '));
        out += markers;
    }
    return out + QStringLiteral("</svg>");
}

/// Whether the period from the start of @p start to that of @p next, in @p zone, lies wholly
/// inside one of @p gaps.
bool wholeInAGap(const QDate &start, const QDate &next, const QList<PeriodGap> &gaps,
                 const QTimeZone &zone)
{
    const qint64 fromMs = QDateTime(start, QTime(0, 0), zone).toMSecsSinceEpoch();
    const qint64 toMs = QDateTime(next, QTime(0, 0), zone).toMSecsSinceEpoch();
    return std::any_of(gaps.begin(), gaps.end(), [&](const PeriodGap &gap) {
        return gap.fromMs <= fromMs && toMs <= gap.toMs;
    });
}

} // namespace

QString ReportChart::periodText(ReportFigures::Period period)
{
    switch (period) {
    case ReportFigures::Period::Day:
        return tr("day");
    case ReportFigures::Period::Week:
        return tr("week (from Monday)");
    case ReportFigures::Period::Month:
        break;
    }
    return tr("month");
}

QString ReportChart::periodName(const QDate &start, ReportFigures::Period period)
{
    switch (period) {
    case ReportFigures::Period::Day:
        return start.toString(Qt::ISODate);
    case ReportFigures::Period::Week:
        return tr("week of %1").arg(start.toString(Qt::ISODate));
    case ReportFigures::Period::Month:
        break;
    }
    return start.toString(QStringLiteral("yyyy-MM"));
}

QString ReportChart::svg(const QMap<QDate, ClassCounts> &periods, ReportFigures::Period period,
                         const QList<PeriodGap> &gaps, const QTimeZone &zone)
{
    if (periods.isEmpty())
        return {};
    // Every period from the first to the last has its place, those without events too: the
    // gaps are part of the picture.
    ChartPoints points;
    for (QDate day = periods.firstKey(); day <= periods.lastKey();) {
        const QDate next = ReportFigures::periodStart(
            period == ReportFigures::Period::Month
                ? day.addMonths(1)
                : day.addDays(period == ReportFigures::Period::Week ? 7 : 1),
            period);
        points.names.append(periodName(day, period));
        points.counts.append(periods.value(day));
        points.uncovered.append(wholeInAGap(day, next, gaps, zone));
        day = next;
    }
    points.labelled = {0};
    if (points.names.size() > 1)
        points.labelled.append(int(points.names.size()) - 1);
    points.title = tr("Events per %1, each class a line of its own (the table below gives the "
                      "figures)")
                       .arg(periodText(period));
    points.caption = tr("events per %1").arg(periodText(period));
    return lineChart(points);
}

QString ReportChart::hoursSvg(const std::array<ClassCounts, 24> &hours, const QString &zone)
{
    ChartPoints points;
    for (int hour = 0; hour < 24; ++hour) {
        points.names.append(QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
        points.counts.append(hours[size_t(hour)]);
        if (hour % 3 == 0 || hour == 23)
            points.labelled.append(hour);
    }
    points.title = tr("Events in each hour of the day in %1, each class a line of its own (the "
                      "table below gives the figures)")
                       .arg(zone);
    points.caption = tr("hour of the day (%1)").arg(zone);
    return lineChart(points);
}

QString ReportChart::weekdaysSvg(const std::array<ClassCounts, 7> &weekdays, const QString &zone)
{
    ChartPoints points;
    for (int day = 0; day < 7; ++day) {
        points.names.append(weekdayName(day));
        points.counts.append(weekdays[size_t(day)]);
        points.labelled.append(day);
    }
    points.title = tr("Events on each day of the week in %1, each class a line of its own (the "
                      "table below gives the figures)")
                       .arg(zone);
    points.caption = tr("day of the week (%1)").arg(zone);
    return lineChart(points);
}

QString ReportChart::weekdayName(int day)
{
    const QString names[] = {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                             tr("Friday"), tr("Saturday"), tr("Sunday")};
    return names[qBound(0, day, 6)];
}
