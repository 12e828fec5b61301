#pragma once

#include <qcustomplot.h>

#include <QHash>
#include <QTimeZone>

/// @brief A date-time axis ticker whose ticks fall on the display zone's clock: hours, midnights
/// and firsts of months there, whatever zone the computer runs in. QCustomPlot 2.1 counts its
/// steps from the UTC epoch and sets a day's tick to the time of day of the *computer's* zone,
/// so New York's days were marked at 19:00, then 20:00 once daylight saving began.
/// Each label is formatted once per format and zone: the conversion cost more than drawing it.
class ZonedDateTimeTicker final : public QCPAxisTickerDateTime
{
protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    double toWall(double utcSeconds) const;
    double fromWall(double wallSeconds) const;
    static double startOfNearestMonth(double wallSeconds);

    QString m_format;
    QTimeZone m_zone;
    QHash<double, QString> m_labels;
};
