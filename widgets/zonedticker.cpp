#include "zonedticker.h"

#include "timestampparser.h"

#include <cmath>

QVector<double> ZonedDateTimeTicker::createTickVector(double tickStep, const QCPRange &range)
{
    if (tickStep < 60) // seconds: the same on every zone's clock
        return QCPAxisTickerDateTime::createTickVector(tickStep, range);
    // Steps counted on the display zone's wall clock (read as if it were UTC), then each tick
    // taken back to the moment that clock shows it.
    QVector<double> ticks = QCPAxisTicker::createTickVector(tickStep, QCPRange(toWall(range.lower), toWall(range.upper)));
    for (double &tick : ticks) {
        if (mDateStrategy == dsUniformTimeInDay)
            tick = std::floor(tick / 86400 + 0.5) * 86400; // midnight
        else if (mDateStrategy == dsUniformDayInMonth)
            tick = startOfNearestMonth(tick);
        tick = fromWall(tick);
    }
    return ticks;
}

QString ZonedDateTimeTicker::getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision)
{
    if (m_format != mDateTimeFormat || m_zone != mTimeZone || m_labels.size() > 4096) {
        m_labels.clear();
        m_format = mDateTimeFormat;
        m_zone = mTimeZone;
    }
    auto it = m_labels.constFind(tick);
    if (it == m_labels.cend())
        it = m_labels.insert(tick, QCPAxisTickerDateTime::getTickLabel(tick, locale, formatChar, precision));
    return *it;
}

double ZonedDateTimeTicker::toWall(double utcSeconds) const
{
    const auto at = QDateTime::fromMSecsSinceEpoch(qint64(std::floor(utcSeconds * 1000)), QTimeZone::utc());
    return utcSeconds + mTimeZone.offsetFromUtc(at);
}

double ZonedDateTimeTicker::fromWall(double wallSeconds) const
{
    const auto wall = QDateTime::fromMSecsSinceEpoch(std::llround(wallSeconds * 1000), QTimeZone::utc());
    const WallClockResult utc = wallClockToUtc(wall.date(), wall.time(), mTimeZone);
    if (utc.kind != WallClockResult::Gap)
        return double(utc.utcMs) / 1000;
    // A time the clocks skip (a midnight in a few zones): the offset before the jump.
    return wallSeconds - mTimeZone.offsetFromUtc(wall.addDays(-1));
}

double ZonedDateTimeTicker::startOfNearestMonth(double wallSeconds)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(std::llround(wallSeconds * 1000), QTimeZone::utc()).date();
    QDate first(date.year(), date.month(), 1);
    if (date.day() > 15) // the steps are 30-odd days: a tick late in a month is the next one's
        first = first.addMonths(1);
    return double(QDateTime(first, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch()) / 1000;
}
