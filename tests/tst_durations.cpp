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
    void theDecimalMarkReadsWhatEitherCould_data();
    void theDecimalMarkReadsWhatEitherCould();
    void aValueWrittenOneWayOnlySettlesTheMark_data();
    void aValueWrittenOneWayOnlySettlesTheMark();
    void theFirstSuchValueSettlesAColumn();
    void whatAMarkNotSettledAsksFor();
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
    QTest::newRow("thousands or decimal, dot") << u"1.234"_qs << s << QString();
    QTest::newRow("a decimal point that groups nothing") << u"0.500"_qs << s << u"0.5"_qs;
    QTest::newRow("grouped, decimal comma") << u"1.234,5"_qs << s << u"1234.5"_qs;
    QTest::newRow("grouped, decimal point") << u"1,234.5"_qs << s << u"1234.5"_qs;
    QTest::newRow("dots grouping twice") << u"1.234.567"_qs << s << u"1234567"_qs;
    QTest::newRow("groups of two") << u"1.23.4"_qs << s << QString();
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
    QCOMPARE(read ? QString::number(*read, 'g', 12) : QString(), seconds);
}

void tst_Durations::theDecimalMarkReadsWhatEitherCould_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mark");
    QTest::addColumn<QString>("seconds"); // empty: refused
    QTest::newRow("dot, comma decimal") << u"1.234"_qs << u"comma"_qs << u"1234"_qs;
    QTest::newRow("dot, point decimal") << u"1.234"_qs << u"point"_qs << u"1.234"_qs;
    QTest::newRow("comma, comma decimal") << u"1,234"_qs << u"comma"_qs << u"1.234"_qs;
    QTest::newRow("comma, point decimal") << u"1,234"_qs << u"point"_qs << u"1234"_qs;
    QTest::newRow("spaces around") << u" 12,345 "_qs << u"comma"_qs << u"12.345"_qs;
    // Written one way only, each is read its way, whatever mark decides the others.
    QTest::newRow("a point where commas decide") << u"12.5"_qs << u"comma"_qs << u"12.5"_qs;
    QTest::newRow("a comma where points decide") << u"12,5"_qs << u"point"_qs << u"12.5"_qs;
    QTest::newRow("a clock's comma") << u"0:01:05,250"_qs << u"point"_qs << u"65.25"_qs;
    QTest::newRow("not a number either way") << u"1,2,3"_qs << u"comma"_qs << QString();
}

void tst_Durations::theDecimalMarkReadsWhatEitherCould()
{
    QFETCH(QString, text);
    QFETCH(QString, mark);
    QFETCH(QString, seconds);
    const std::optional<double> read = Durations::read(text, DurationUnit::Seconds, Durations::markFromKey(mark));
    QCOMPARE(read ? QString::number(*read) : QString(), seconds);
}

void tst_Durations::aValueWrittenOneWayOnlySettlesTheMark_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mark"); // its key; empty: settles none
    for (const char *comma : {"12,5", "0,500", "1234,567", "1.234,5", "1.234.567", "0:01:05,250", "12,34"})
        QTest::newRow(comma) << QString::fromUtf8(comma) << u"comma"_qs;
    for (const char *point : {"12.5", "0.500", "1234.567", "1,234.5", "1,234,567", "0:01:05.250"})
        QTest::newRow(point) << QString::fromUtf8(point) << u"point"_qs;
    for (const char *none : {"1.234", "1,234", "999.000", "125", "2:05", "65 sec", "", "1.23.4"})
        QTest::newRow(qPrintable(u"none: "_qs + QString::fromUtf8(none))) << QString::fromUtf8(none) << QString();
}

void tst_Durations::aValueWrittenOneWayOnlySettlesTheMark()
{
    QFETCH(QString, text);
    QFETCH(QString, mark);
    QCOMPARE(Durations::markKey(Durations::markWrittenIn(text)), mark);
    QCOMPARE(Durations::needsMark(text), text == u"1.234" || text == u"1,234" || text == u"999.000");
}

void tst_Durations::theFirstSuchValueSettlesAColumn()
{
    qsizetype at = -1;
    QCOMPARE(Durations::settleMark({u"45"_qs, u"1.234"_qs, u"2.001,5"_qs, u"0,5"_qs}, &at), DecimalMark::Comma);
    QCOMPARE(at, 2);
    QCOMPARE(Durations::settleMark({u"1,234"_qs, u"12.25"_qs}, &at), DecimalMark::Point);
    QCOMPARE(at, 1);
    // Nothing written one way only, or both ways: not settled, and no line named.
    at = -1;
    QCOMPARE(Durations::settleMark({u"45"_qs, u"1.234"_qs}, &at), DecimalMark::Unknown);
    QCOMPARE(Durations::settleMark({u"12,5"_qs, u"1.234"_qs, u"12.5"_qs}, &at), DecimalMark::Unknown);
    QCOMPARE(at, -1);
}

void tst_Durations::whatAMarkNotSettledAsksFor()
{
    QCOMPARE(Durations::rejectReason(u"1.234"_qs, DurationUnit::Seconds),
             u"the duration \"1.234\" can be read as 1234 (the dot separating thousands) or as 1.234 (a decimal point), "
             "and no duration in the file settles which; declare the decimal mark (--decimal-mark point or comma)"_qs);
    QCOMPARE(Durations::markNeededReason(u"12,500"_qs),
             u"the duration \"12,500\" can be read as 12500 (the comma separating thousands) or as 12.500 (a decimal "
             "comma), and no duration in the file settles which; declare the decimal mark (--decimal-mark point or comma)"_qs);
    QCOMPARE(Durations::markFromKey(u"dot"_qs), DecimalMark::Unknown);
    QCOMPARE(Durations::markKey(Durations::markFromKey(u"comma"_qs)), u"comma"_qs);
}

QTEST_GUILESS_MAIN(tst_Durations)
#include "tst_durations.moc"
