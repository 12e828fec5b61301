#include "xlsnumberformats.h"

#include "biffrecords.h"
#include "spreadsheettime.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace {

using XlsNumberFormats::Shows;

/// "2016-09-12 14:03:07", or "2016-09-12 14:03:07.250" where the moment holds milliseconds.
QString momentText(qint64 ms, bool date1904)
{
    constexpr qint64 msPerDay = 86400000;
    const QDate epoch = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    QString clock = SpreadsheetTime::clockText(ms % msPerDay);
    if (clock.indexOf(u':') == 1)
        clock.prepend(u'0');
    return epoch.addDays(ms / msPerDay).toString(QStringLiteral("yyyy-MM-dd")) + u' ' + clock;
}

} // namespace

XlsNumberFormats::Shows XlsNumberFormats::shows(int id, const QString &code)
{
    const SpreadsheetTime::Shows shows = SpreadsheetTime::showsOf(id, code);
    if (shows.date)
        return shows.time ? Shows::DateTime : Shows::Date;
    return shows.elapsed ? Shows::Elapsed : shows.time ? Shows::Time : Shows::Number;
}

QList<XlsNumberFormats::Shows> XlsNumberFormats::ofStyles(const QByteArray &stream)
{
    QList<Shows> styles;
    for (const auto &[id, code] : BiffRecords::styleFormats(stream))
        styles.append(shows(id, code));
    return styles;
}

QString XlsNumberFormats::text(double serial, Shows shows, bool date1904)
{
    if (shows == Shows::Time || shows == Shows::Elapsed) {
        const QString time = SpreadsheetTime::shownTime(serial, shows == Shows::Time ? SpreadsheetTime::Style::Clock
                                                                                     : SpreadsheetTime::Style::Elapsed);
        return time.isEmpty() ? numberText(serial) : time;
    }
    if (shows == Shows::Number || !(serial >= 0 && serial < 2958466)) // up to 9999-12-31
        return numberText(serial);
    if (shows == Shows::Date && serial != std::floor(serial))
        return numberText(serial); // a date hiding the time of day it holds: as the .xlsx reader leaves every date
    const QString moment = momentText(std::llround(serial * 86400000.0), date1904);
    return shows == Shows::Date ? moment.left(10) : moment;
}

QString XlsNumberFormats::numberText(double number)
{
    return std::trunc(number) == number && std::fabs(number) < 9007199254740992.0
               ? QString::number(qint64(number))
               : QString::number(number, 'g', QLocale::FloatingPointShortest);
}
