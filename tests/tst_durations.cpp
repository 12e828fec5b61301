#include "durations.h"

#include <QTest>

/// Durations: a call's length read in the unit its column's header names.
class tst_Durations : public QObject
{
    Q_OBJECT
private slots:
    void unitsHeadersName_data();
    void unitsHeadersName();
    void readInEachUnit_data();
    void readInEachUnit();
};

void tst_Durations::unitsHeadersName_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("unit"); // its key; empty: none named
    for (const char *s : {"s", "Sec", "secs", "seconds", "Sek.", "hh:mm:ss", "H:MM:SS", "secondes", "segundos", "seg.",
                          "secondi", "seconden"})
        QTest::newRow(s) << QString::fromUtf8(s) << u"seconds"_qs;
    for (const char *ms : {"ms", "msec", "Milliseconds"})
        QTest::newRow(ms) << QString::fromUtf8(ms) << u"milliseconds"_qs;
    for (const char *min : {"min", "Min.", "mins", "minutes", "Minuten", "minutos", "minuti"})
        QTest::newRow(min) << QString::fromUtf8(min) << u"minutes"_qs;
    for (const char *h : {"h", "hrs", "Hours", "Std.", "heures", "horas", "ore", "uur"})
        QTest::newRow(h) << QString::fromUtf8(h) << u"hours"_qs;
    for (const char *clock : {"mm:ss", "m:ss", "MIN:SEC", "mi:ss"})
        QTest::newRow(clock) << QString::fromUtf8(clock) << u"mm:ss"_qs;
    for (const char *clock : {"hh:mm", "h:mm", "HH:MI", "Std:Min"})
        QTest::newRow(clock) << QString::fromUtf8(clock) << u"hh:mm"_qs;
    for (const char *none : {"", "billed", "UTC", "total", "m s"})
        QTest::newRow(qPrintable(u"none: "_qs + QString::fromUtf8(none))) << QString::fromUtf8(none) << QString();
}

void tst_Durations::unitsHeadersName()
{
    QFETCH(QString, label);
    QFETCH(QString, unit);
    const std::optional<DurationUnit> read = Durations::unitOf(label);
    QCOMPARE(read ? Durations::key(*read) : QString(), unit);
}

void tst_Durations::readInEachUnit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<QString>("seconds"); // empty: refused
    const int s = int(DurationUnit::Seconds);
    const int min = int(DurationUnit::Minutes);
    const int hm = int(DurationUnit::HoursMinutes);
    const int ms = int(DurationUnit::MinutesSeconds);
    QTest::newRow("seconds") << u"125"_qs << s << u"125"_qs;
    QTest::newRow("decimal comma") << u"65,5"_qs << s << u"65.5"_qs;
    QTest::newRow("thousands or decimal") << u"1,234"_qs << s << QString();
    QTest::newRow("two parts: m:ss") << u"2:05"_qs << s << u"125"_qs;
    QTest::newRow("three parts") << u"0:02:05.25"_qs << s << u"125.25"_qs;
    QTest::newRow("minutes") << u"2.5"_qs << min << u"150"_qs;
    QTest::newRow("minutes, units written") << u"65 sec"_qs << min << u"65"_qs;
    QTest::newRow("milliseconds") << u"2500"_qs << int(DurationUnit::Milliseconds) << u"2.5"_qs;
    QTest::newRow("hours") << u"1,5"_qs << int(DurationUnit::Hours) << u"5400"_qs;
    QTest::newRow("h:mm") << u"1:23"_qs << hm << u"4980"_qs;
    QTest::newRow("h:mm, three parts") << u"1:23:05"_qs << hm << u"4985"_qs;
    QTest::newRow("h:mm, minutes with a fraction") << u"1:23.5"_qs << hm << QString();
    QTest::newRow("m:ss") << u"1:23.5"_qs << ms << u"83.5"_qs;
    QTest::newRow("count under a clock") << u"83"_qs << ms << QString();
    QTest::newRow("none under a clock") << u"0"_qs << hm << u"0"_qs;
    QTest::newRow("negative") << u"-5"_qs << s << QString();
    // Units written in the languages whose carriers' words LookupLens reads.
    QTest::newRow("German units") << u"1 Std. 2 Min. 3 Sek."_qs << s << u"3723"_qs;
    QTest::newRow("German, seconds alone") << u"65 Sek."_qs << s << u"65"_qs;
    QTest::newRow("German, words whole") << u"1 Minute 5 Sekunden"_qs << s << u"65"_qs;
    QTest::newRow("French units") << u"1 heure 5 secondes"_qs << s << u"3605"_qs;
    QTest::newRow("Spanish units") << u"2 minutos 3 segundos"_qs << s << u"123"_qs;
    QTest::newRow("Portuguese units") << u"1 min 5 seg"_qs << s << u"65"_qs;
    QTest::newRow("Italian units") << u"1 ora 2 minuti"_qs << s << u"3720"_qs;
    QTest::newRow("Dutch units") << u"1 uur 2 minuten 3 seconden"_qs << s << u"3723"_qs;
    QTest::newRow("no such unit") << u"5 Tage"_qs << s << QString();
}

void tst_Durations::readInEachUnit()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(QString, seconds);
    const std::optional<double> read = Durations::read(text, DurationUnit(unit));
    QCOMPARE(read ? QString::number(*read) : QString(), seconds);
}

QTEST_GUILESS_MAIN(tst_Durations)
#include "tst_durations.moc"
