#include "repeatedhourorder.h"
#include "sourcereading.h"
#include "timeformat.h"
#include "timestampparser.h"

#include <QTest>

class tst_TimestampParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void clockAndMonthShapes_data();
    void clockAndMonthShapes();
    void monthsNamedInTheCarriersLanguages_data();
    void monthsNamedInTheCarriersLanguages();
    void aWordThatNamesNoMonthIsSaid_data();
    void aWordThatNamesNoMonthIsSaid();
    void aWeekdayInAnotherLanguageMustBeTheDates();
    void clocksWrittenWithWords_data();
    void clocksWrittenWithWords();
    void dashedDatesAreReadInTheOrderSettled();
    void logShapes_data();
    void logShapes();
    void excelsRoundTripsOfDateAndTimeCells_data();
    void excelsRoundTripsOfDateAndTimeCells();
    void twoDigitYears_data();
    void twoDigitYears();
    void aDeclaredFormatIsReadAsTimesWithoutOneAre_data();
    void aDeclaredFormatIsReadAsTimesWithoutOneAre();
    void unixTimes();
    void countsNamedByAHeader_data();
    void countsNamedByAHeader();
    void spreadsheetDaysThroughTheFormatExcel();
    void spreadsheetDaysRoundedAreToldByTheFilesOtherTimes();
    void aZoneNamedAfterTheOffsetIsKeptBesideIt();
    void headerZoneBeatsDeclared();
    void noZoneAnywhere();
    void rejectsNonsense_data();
    void rejectsNonsense();
    void dstGapIsRejected();
    void dstOverlapTakesEarlierAndFlags();
    void zoneAbbreviationsAreReadThroughTheDeclaredZone_data();
    void zoneAbbreviationsAreReadThroughTheDeclaredZone();
    void aZoneAbbreviationAloneWaitsForADeclaredZone();
    void aClocksNameIsReadAsATimeWithoutALabel();
    void aZoneNamedAsAnAbbreviationIsSaidWhenDeclared_data();
    void aZoneNamedAsAnAbbreviationIsSaidWhenDeclared();
    void excelSerial();
    void declarations();
    void isoRoundTrip();
    void displayTellsTheRepeatedHourApart();
    void aRunTooLongToHoldIsReadAsWithoutAnOrder();
};

namespace {
QString iso(qint64 ms)
{
    return TimeFormat::isoUtc(ms);
}
} // namespace

void tst_TimestampParser::parse_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc");
    QTest::addColumn<QString>("zone");

    QTest::newRow("declared utc") << "UTC" << "2016-09-12 14:03:07" << "2016-09-12T14:03:07Z" << "UTC";
    QTest::newRow("declared new york (EDT)") << "America/New_York" << "2016-09-12 14:03:07"
                                             << "2016-09-12T18:03:07Z" << "America/New_York";
    QTest::newRow("declared new york (EST)") << "America/New_York" << "2016-12-12 14:03:07"
                                             << "2016-12-12T19:03:07Z" << "America/New_York";
    QTest::newRow("cell GMT beats declared") << "America/New_York" << "2016-09-12 14:03:07 GMT"
                                             << "2016-09-12T14:03:07Z" << "UTC";
    QTest::newRow("cell offset") << "" << "2016-09-12 16:03:07+02:00" << "2016-09-12T14:03:07Z" << "+02:00";
    QTest::newRow("cell offset no colon") << "" << "2016-09-12 09:03:07 -0500" << "2016-09-12T14:03:07Z" << "-05:00";
    QTest::newRow("cell Z with T") << "" << "2016-09-12T14:03:07Z" << "2016-09-12T14:03:07Z" << "UTC";
    QTest::newRow("fraction") << "UTC" << "2016-09-12 14:03:07.25" << "2016-09-12T14:03:07.250Z" << "UTC";
    QTest::newRow("no seconds") << "UTC" << "2016-09-12 14:03" << "2016-09-12T14:03:00Z" << "UTC";
    QTest::newRow("UTC+1 label") << "" << "2016-09-12 15:03:07 UTC+01:00" << "2016-09-12T14:03:07Z" << "+01:00";
}

void tst_TimestampParser::parse()
{
    QFETCH(QString, declared);
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QFETCH(QString, zone);
    const TimestampParser parser(std::nullopt, declared.isEmpty() ? std::nullopt
                                                                  : TimestampParser::zoneFromDeclaration(declared));
    const ParsedTime t = parser.parse(text);
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(iso(t.utcMs), utc);
    QCOMPARE(t.zoneUsed, zone);
}

void tst_TimestampParser::clockAndMonthShapes_data()
{
    // US exports (carrier portals, Excel in a US locale) write "9/12/2016 2:03:07 PM". Month
    // first is declared here: it is asked, never guessed, for numeric dates only.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: rejected
    QTest::newRow("PM") << "9/12/2016 2:03:07 PM" << "2016-09-12T18:03:07Z";
    QTest::newRow("12 AM is midnight") << "9/12/2016 12:03 AM" << "2016-09-12T04:03:00Z";
    QTest::newRow("12 PM is noon") << "9/12/2016 12:03:07 pm" << "2016-09-12T16:03:07Z";
    QTest::newRow("AM before 10") << "09/12/2016 09:03:07AM" << "2016-09-12T13:03:07Z";
    QTest::newRow("p.m. and a zone") << "9/12/2016 2:03:07 p.m. UTC" << "2016-09-12T14:03:07Z";
    QTest::newRow("ISO date") << "2016-09-12 02:03:07 PM" << "2016-09-12T18:03:07Z";
    QTest::newRow("JavaScript's toLocaleString") << "9/12/2016, 2:03:07 PM" << "2016-09-12T18:03:07Z";
    // CLDR's formats since 2022, as Node and Java write them: a narrow no-break space before PM.
    QTest::newRow("narrow no-break space") << QStringLiteral("9/12/2016, 2:03:07\u202FPM") << "2016-09-12T18:03:07Z";
    QTest::newRow("Spanish p. m.") << "9/12/2016 2:03:07 p. m." << "2016-09-12T18:03:07Z";
    QTest::newRow("Spanish a. m., no-break") << QStringLiteral("9/12/2016 2:03:07 a.\u00A0m.") << "2016-09-12T06:03:07Z";
    QTest::newRow("13 PM") << "9/12/2016 13:03 PM" << "";
    QTest::newRow("0 AM") << "9/12/2016 0:03 AM" << "";
    // Oracle's day-month-year and written-out months: the name settles day and month.
    QTest::newRow("DD-Mon-YYYY") << "12-Sep-2016 14:03:07" << "2016-09-12T18:03:07Z";
    QTest::newRow("DD-MON-YYYY PM") << "12-SEP-2016 02:03:07 PM" << "2016-09-12T18:03:07Z";
    QTest::newRow("Mon DD, YYYY") << "Sep 12, 2016 2:03:07 PM" << "2016-09-12T18:03:07Z";
    QTest::newRow("Month DD YYYY") << "September 12 2016 14:03" << "2016-09-12T18:03:00Z";
    QTest::newRow("DD Sept YYYY, a zone") << "12 Sept 2016 14:03:07.5 UTC" << "2016-09-12T14:03:07.500Z";
    QTest::newRow("31 February") << "31-Feb-2016 10:00:00" << "";
}

void tst_TimestampParser::clockAndMonthShapes()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(u"America/New_York"_qs),
                                 DateOrder::MonthFirst);
    const ParsedTime t = parser.parse(text);
    QCOMPARE(t.ok, !utc.isEmpty());
    if (t.ok)
        QCOMPARE(iso(t.utcMs), utc);
    else
        QVERIFY2(t.error.contains(u"impossible"_qs), qPrintable(t.error));
}

void tst_TimestampParser::monthsNamedInTheCarriersLanguages_data()
{
    // As German, French, Spanish, Portuguese and Italian carriers' exports write a month's name:
    // whole or shortened, with its accents or without, a dot after the day or the month.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // read in Berlin: +1 in winter, +2 in summer
    QTest::newRow("German, whole") << "12. März 2016 14:03:07" << "2016-03-12T13:03:07Z";
    QTest::newRow("German, CLDR's short form") << "12. Sept. 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("German, Excel's MMM") << "12 Mrz 2016 14:03" << "2016-03-12T13:03:00Z";
    QTest::newRow("German, three letters") << "12-Okt-2016 14:03:07" << "2016-10-12T12:03:07Z";
    QTest::newRow("German, capitals") << "12 DEZ 2016 14:03:07" << "2016-12-12T13:03:07Z";
    QTest::newRow("German, no umlaut") << "12 Marz 2016 14:03:07" << "2016-03-12T13:03:07Z";
    QTest::newRow("French, short") << "12 févr. 2016 14:03:07" << "2016-02-12T13:03:07Z";
    QTest::newRow("French, no accent") << "12 fevrier 2016 14:03:07" << "2016-02-12T13:03:07Z";
    QTest::newRow("French, the first") << "1er août 2016 08:00" << "2016-08-01T06:00:00Z";
    QTest::newRow("French, juillet") << "14 juil. 2016 22:15:00" << "2016-07-14T20:15:00Z";
    QTest::newRow("Spanish, with de") << "12 de septiembre de 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("Spanish, two-digit year") << "12-dic-16 14:03:07" << "2016-12-12T13:03:07Z";
    QTest::newRow("Spanish, enero") << "3 ene 2017 09:00:00" << "2017-01-03T08:00:00Z";
    QTest::newRow("Portuguese") << "12 setembro 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("Portuguese, outubro short") << "12 out. 2016 14:03:07" << "2016-10-12T12:03:07Z";
    QTest::newRow("Portuguese, the first") << "1º de maio de 2016 10:00:00" << "2016-05-01T08:00:00Z";
    QTest::newRow("Italian") << "12 ott 2016 14:03:07" << "2016-10-12T12:03:07Z";
    QTest::newRow("Italian, whole") << "12 giugno 2016 14:03:07" << "2016-06-12T12:03:07Z";
    QTest::newRow("month first") << "Juni 12, 2016 14:03" << "2016-06-12T12:03:00Z";
    QTest::newRow("Dutch, short") << "13 mrt 2016 14:03:07" << "2016-03-13T13:03:07Z";
    QTest::newRow("Dutch, mei") << "1 mei 2016 10:00" << "2016-05-01T08:00:00Z";
    // Excel's long date in each language, its weekday first.
    QTest::newRow("German long date") << "Montag, 12. September 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("German short weekday") << "Mo., 12. Sep. 2016 14:03" << "2016-09-12T12:03:00Z";
    QTest::newRow("French long date") << "lundi 12 septembre 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("Spanish long date") << "lunes, 12 de septiembre de 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("Spanish, miércoles") << "miércoles, 14 de septiembre de 2016 14:03:07" << "2016-09-14T12:03:07Z";
    QTest::newRow("Portuguese long date") << "segunda-feira, 12 de setembro de 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("Italian long date") << "lunedì 12 settembre 2016 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("Dutch long date") << "zondag 11 september 2016 14:03" << "2016-09-11T12:03:00Z";
    // "mar" is French and Spanish Tuesday shortened, and March in nearly every language: March.
    QTest::newRow("Mar is March") << "Mar 12, 2016 14:03" << "2016-03-12T13:03:00Z";
}

void tst_TimestampParser::monthsNamedInTheCarriersLanguages()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(u"Europe/Berlin"_qs));
    const ParsedTime t = parser.parse(text);
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(iso(t.utcMs), utc);
}

void tst_TimestampParser::aWordThatNamesNoMonthIsSaid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::newRow("no month") << "12-Sen-2016 10:00:00" << "Sen";
    // French juin and juillet begin alike: three letters name neither.
    QTest::newRow("two months") << "12 jui 2016 10:00:00" << "jui";
    QTest::newRow("year last") << "Sen 12 10:00:00 2016" << "Sen";
}

void tst_TimestampParser::aWordThatNamesNoMonthIsSaid()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    const ParsedTime t = TimestampParser(std::nullopt, QTimeZone::utc()).parse(text);
    QVERIFY(!t.ok);
    QCOMPARE(t.error, u"\"%1\" in \"%2\" is no month's name LookupLens reads (it reads them in English, German, "
                      u"French, Spanish, Portuguese, Italian and Dutch, whole or shortened)"_qs.arg(word, text));
}

void tst_TimestampParser::aWeekdayInAnotherLanguageMustBeTheDates()
{
    const ParsedTime t = TimestampParser(std::nullopt, QTimeZone::utc()).parse(u"Dienstag, 12. September 2016 14:03:07"_qs);
    QVERIFY(!t.ok);
    QCOMPARE(t.error, u"the weekday written before \"12. September 2016 14:03:07\" is not its date's, a Monday"_qs);
}

void tst_TimestampParser::clocksWrittenWithWords_data()
{
    // German's o'clock, French's hours, and the word before the clock in each language.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // read in Berlin, day first
    QTest::newRow("Uhr") << "13.09.2016 14:03 Uhr" << "2016-09-13T12:03:00Z";
    QTest::newRow("h after the clock") << "16.09.2016 14:03:07 h" << "2016-09-16T12:03:07Z";
    QTest::newRow("French hours") << "14.09.2016 14h03" << "2016-09-14T12:03:00Z";
    QTest::newRow("French hours, spaced") << "15.09.2016 14 h 03" << "2016-09-15T12:03:00Z";
    QTest::newRow("no-break spaces") << QStringLiteral("15.09.2016 14\u00A0h\u00A003") << "2016-09-15T12:03:00Z";
    QTest::newRow("no-break space in a named date") << QStringLiteral("12.\u00A0September 2016 um 14:03") << "2016-09-12T12:03:00Z";
    QTest::newRow("French hours, seconds") << "12/09/2016 14h03m07s" << "2016-09-12T12:03:07Z";
    QTest::newRow("French hours, year first") << "2016-09-12 14h03" << "2016-09-12T12:03:00Z";
    QTest::newRow("um … Uhr") << "12. September 2016 um 14:03 Uhr" << "2016-09-12T12:03:00Z";
    QTest::newRow("à") << "12 septembre 2016 à 14h03" << "2016-09-12T12:03:00Z";
    QTest::newRow("a las") << "12 de septiembre de 2016 a las 14:03:07" << "2016-09-12T12:03:07Z";
    QTest::newRow("às") << "12 de setembro de 2016 às 14:03" << "2016-09-12T12:03:00Z";
    QTest::newRow("alle") << "12 settembre 2016 alle 14:03" << "2016-09-12T12:03:00Z";
}

void tst_TimestampParser::clocksWrittenWithWords()
{
    QFETCH(QString, text);
    QFETCH(QString, utc);
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(u"Europe/Berlin"_qs),
                                 DateOrder::DayFirst);
    const ParsedTime t = parser.parse(text);
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(iso(t.utcMs), utc);
}

void tst_TimestampParser::dashedDatesAreReadInTheOrderSettled()
{
    // "13-09-2016", as Dutch, Italian and Indian exports write it: day and month as a slash
    // date's, settled by the file or declared, never guessed.
    QCOMPARE(TimestampParser::settleDateOrder({u"01-10-2016 10:00"_qs, u"13-09-2016 10:00"_qs}), DateOrder::DayFirst);
    QCOMPARE(TimestampParser::settleDateOrder({u"09-13-2016"_qs}), DateOrder::MonthFirst);
    const TimestampParser dayFirst(std::nullopt, QTimeZone::utc(), DateOrder::DayFirst);
    QCOMPARE(iso(dayFirst.parse(u"01-10-2016 14:03:07"_qs).utcMs), u"2016-10-01T14:03:07Z"_qs);
    const ParsedTime unknown = TimestampParser(std::nullopt, QTimeZone::utc()).parse(u"01-10-2016 14:03:07"_qs);
    QVERIFY(!unknown.ok);
    QVERIFY(unknown.needsDateOrder);
    // A two-digit year with dashes ("13-09-16", as Indian and British exports write it) is read
    // in the order declared or settled by the file's other dates; it settles none itself:
    // "25-09-16" is no month first, but may be year first, as Oracle's YY-MM-DD writes it.
    QCOMPARE(TimestampParser::settleDateOrder({u"25-09-16"_qs}), DateOrder::Unknown);
    QCOMPARE(TimestampParser::settleDateOrder({u"25-09-16 10:00"_qs, u"09/13/16"_qs}), DateOrder::MonthFirst);
    const ParsedTime read = dayFirst.parse(u"16-09-12 14:03:07"_qs);
    QCOMPARE(iso(read.utcMs), u"2012-09-16T14:03:07Z"_qs);
    QVERIFY(read.twoDigitYear);
    const ParsedTime asked = TimestampParser(std::nullopt, QTimeZone::utc()).parse(u"25-09-16 14:03:07"_qs);
    QVERIFY(asked.needsDateOrder);
    QCOMPARE(asked.error,
             u"dates like \"25-09-16 14:03:07\" can be read day-first or month-first, or year-first as Oracle's "
             "YY-MM-DD writes them, and the file does not settle which; declare the order (--date-order dmy or mdy), "
             "or a year first as a column mapping's timestamp format (yy-MM-dd HH:mm:ss)"_qs);
    QVERIFY(SourceReading::readEitherWay(u"25-09-16 14:03:07"_qs));
    QVERIFY(!SourceReading::readEitherWay(u"25-09-2016 14:03:07"_qs));
    // Year first, as a format declares it, in the zone declared.
    const TimestampParser declared(std::nullopt, QTimeZone("Europe/Berlin"), DateOrder::Unknown, u"yy-MM-dd HH:mm:ss"_qs);
    QCOMPARE(iso(declared.parse(u"16-09-12 14:03:07"_qs).utcMs), u"2016-09-12T12:03:07Z"_qs);
    // Three digits at the end are no such date.
    QCOMPARE(dayFirst.parse(u"16-09-123 14:03"_qs).error, u"unreadable timestamp \"16-09-123 14:03\""_qs);
}

void tst_TimestampParser::excelsRoundTripsOfDateAndTimeCells_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("dateRead");
    QTest::addColumn<QString>("timeRead");
    QTest::newRow("as written") << "2016-09-12" << "14:03:07" << "2016-09-12" << "14:03:07";
    QTest::newRow("ISO midnight") << "2016-09-12 00:00:00" << "14:03:07" << "2016-09-12" << "14:03:07";
    QTest::newRow("Excel's short midnight") << "9/12/2016 0:00" << "2:03 PM" << "9/12/2016" << "2:03 PM";
    QTest::newRow("midnight with a fraction") << "2016-09-12T00:00:00.000" << "14:03" << "2016-09-12" << "14:03";
    QTest::newRow("12 AM") << "9/12/2016 12:00:00 AM" << "14:03" << "9/12/2016" << "14:03";
    QTest::newRow("Excel's day 0") << "2016-09-12" << "1899-12-30 14:03:07" << "2016-09-12" << "14:03:07";
    QTest::newRow("day 0 as Excel shows it") << "2016-09-12" << "1900-01-00 14:03:07" << "2016-09-12" << "14:03:07";
    QTest::newRow("day 0, month first") << "2016-09-12" << "12/30/1899 2:03:07 PM" << "2016-09-12" << "2:03:07 PM";
    // A time that is not midnight says something of its own; day 1 is a day on from day 0.
    QTest::newRow("not midnight") << "2016-09-12 00:00:01" << "14:03" << "2016-09-12 00:00:01" << "14:03";
    QTest::newRow("noon") << "9/12/2016 12:00:00 PM" << "14:03" << "9/12/2016 12:00:00 PM" << "14:03";
    QTest::newRow("day 1") << "2016-09-12" << "1900-01-01 14:03:07" << "2016-09-12" << "1900-01-01 14:03:07";
    QTest::newRow("a time alone") << "00:00" << "14:03" << "00:00" << "14:03";
}

void tst_TimestampParser::excelsRoundTripsOfDateAndTimeCells()
{
    QFETCH(QString, date);
    QFETCH(QString, time);
    QFETCH(QString, dateRead);
    QFETCH(QString, timeRead);
    QCOMPARE(TimestampParser::dateWithoutMidnight(date), dateRead);
    QCOMPARE(TimestampParser::timeWithoutExcelsDayZero(time), timeRead);
}

void tst_TimestampParser::twoDigitYears_data()
{
    // Carriers' exports and Oracle's default DD-MON-RR write the year in two digits. They are
    // read by POSIX's rule for %y, and flagged so the import can say so; Qt's own "yy" would
    // read "16" as 1916.
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("utc"); // empty: not read
    QTest::addColumn<bool>("flagged");
    const int mdy = int(DateOrder::MonthFirst);
    const int dmy = int(DateOrder::DayFirst);
    QTest::newRow("mm/dd/yy") << "09/12/16 14:03:07" << mdy << "2016-09-12T14:03:07Z" << true;
    QTest::newRow("dd.mm.yy") << "12.09.16 14:03" << dmy << "2016-09-12T14:03:00Z" << true;
    QTest::newRow("68 is 2068") << "1/2/68 00:00:00" << mdy << "2068-01-02T00:00:00Z" << true;
    QTest::newRow("69 is 1969") << "1/2/69 00:00:00" << mdy << "1969-01-02T00:00:00Z" << true;
    QTest::newRow("00 is 2000") << "29/02/00 10:00:00" << dmy << "2000-02-29T10:00:00Z" << true;
    QTest::newRow("DD-MON-RR") << "12-SEP-16 02:03:07 PM" << mdy << "2016-09-12T14:03:07Z" << true;
    // Oracle's default TIMESTAMP format parts the clock with dots.
    QTest::newRow("Oracle TIMESTAMP") << "12-SEP-16 02.03.07.250000 PM" << mdy << "2016-09-12T14:03:07.250Z" << true;
    QTest::newRow("dotted clock, year first") << "2016-09-12 14.03.07" << mdy << "2016-09-12T14:03:07Z" << false;
    QTest::newRow("four digits unflagged") << "09/12/2016 14:03:07" << mdy << "2016-09-12T14:03:07Z" << false;
    QTest::newRow("three digits") << "09/12/016 14:03:07" << mdy << "" << false;
    // "Sep 12, 16": 16 could as well be the day's year or a misplaced day; not read.
    QTest::newRow("month name first, two digits") << "Sep 12, 16 14:03:07" << mdy << "" << false;
}

void tst_TimestampParser::twoDigitYears()
{
    QFETCH(QString, text);
    QFETCH(int, order);
    QFETCH(QString, utc);
    QFETCH(bool, flagged);
    const ParsedTime t = TimestampParser(std::nullopt, QTimeZone::utc(), DateOrder(order)).parse(text);
    QCOMPARE(t.ok, !utc.isEmpty());
    QCOMPARE(t.twoDigitYear, flagged);
    if (t.ok)
        QCOMPARE(iso(t.utcMs), utc);
    // Only a day above 12 settles the order, whatever the year's digits.
    QCOMPARE(TimestampParser::settleDateOrder({u"13/09/16 10:00"_qs}), DateOrder::DayFirst);
    QCOMPARE(TimestampParser::settleDateOrder({u"09/13/16"_qs}), DateOrder::MonthFirst);
    // The value that settles it is named; none where nothing does, or the values disagree.
    qsizetype settledBy = 0;
    QCOMPARE(TimestampParser::settleDateOrder({u"04/09/16"_qs, u"x"_qs, u"09/13/16"_qs, u"09/14/16"_qs}, &settledBy),
             DateOrder::MonthFirst);
    QCOMPARE(settledBy, 2);
    QCOMPARE(TimestampParser::settleDateOrder({u"04/09/16"_qs, u"05/09/16"_qs}, &settledBy), DateOrder::Unknown);
    QCOMPARE(settledBy, -1);
    QCOMPARE(TimestampParser::settleDateOrder({u"13/09/16"_qs, u"09/13/16"_qs}, &settledBy), DateOrder::Unknown);
    QCOMPARE(settledBy, -1);
    // A date that is no day either way settles nothing: its row is rejected as impossible.
    QCOMPARE(TimestampParser::settleDateOrder({u"03.04.2026"_qs, u"31.04.2026 10:00"_qs, u"32/01/2026"_qs, u"13/13/16"_qs}, &settledBy),
             DateOrder::Unknown);
    QCOMPARE(settledBy, -1);
    QCOMPARE(TimestampParser::settleDateOrder({u"31.04.2026"_qs, u"30.04.2026"_qs}, &settledBy), DateOrder::DayFirst);
    QCOMPARE(settledBy, 1);
    // 29 February of a leap year, by the year as the rows are read (two digits: 2000–2068).
    QCOMPARE(TimestampParser::settleDateOrder({u"02/29/23"_qs, u"02/29/24"_qs}, &settledBy), DateOrder::MonthFirst);
    QCOMPARE(settledBy, 1);
}

void tst_TimestampParser::aDeclaredFormatIsReadAsTimesWithoutOneAre_data()
{
    // A Qt format declared for a file's times reads its sections; what Qt would add of its own
    // is not used: the computer's zone (this test's is Los Angeles, whose clocks skipped 02:30 on
    // 2016-03-13), a zone written in the time read as the declared one, 1900 for a year of two
    // digits.
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: not read
    QTest::addColumn<QString>("zoneOrError");
    QTest::addColumn<bool>("twoDigitYear");
    const QString plain = u"yyyy-MM-dd HH:mm"_qs;
    const QString zoned = u"yyyy-MM-dd HH:mm t"_qs;
    QTest::newRow("in the computer's gap") << plain << "Europe/Berlin" << "2016-03-13 02:30" << "2016-03-13T01:30:00Z"
                                           << "Europe/Berlin" << false;
    QTest::newRow("in the declared zone's gap")
        << plain << "Europe/Berlin" << "2016-03-27 02:30" << ""
        << "2016-03-27 02:30:00 does not exist in Europe/Berlin (skipped by a daylight-saving change)" << false;
    QTest::newRow("an offset over the declared zone")
        << zoned << "UTC" << "2016-03-13 02:30 +01:00" << "2016-03-13T01:30:00Z" << "+01:00" << false;
    QTest::newRow("UTC over the declared zone")
        << zoned << "Europe/Berlin" << "2016-03-13 02:30 UTC" << "2016-03-13T02:30:00Z" << "UTC" << false;
    QTest::newRow("a zone of the tz database") << zoned << "UTC" << "2016-09-12 14:03 America/New_York"
                                               << "2016-09-12T18:03:00Z" << "America/New_York" << false;
    QTest::newRow("an abbreviation, through the declared zone")
        << zoned << "America/Los_Angeles" << "2016-09-12 14:03 PDT" << "2016-09-12T21:03:00Z"
        << "America/Los_Angeles (PDT)" << false;
    QTest::newRow("an abbreviation the declared zone did not use that day")
        << zoned << "America/Los_Angeles" << "2016-09-12 14:03 PST" << ""
        << "the time zone label \"PST\" is not what America/Los_Angeles is called at that date (PDT)"
        << false;
    QTest::newRow("a year of two digits") << u"dd-MM-yy HH:mm:ss"_qs << "UTC" << "16-09-12 14:03:00"
                                          << "2012-09-16T14:03:00Z" << "UTC" << true;
    QTest::newRow("69 is 1969") << u"dd-MM-yy HH:mm:ss"_qs << "UTC" << "01-01-69 00:00:00" << "1969-01-01T00:00:00Z"
                                << "UTC" << true;
    QTest::newRow("yy quoted is text") << u"'yy' dd.MM.yyyy HH:mm"_qs << "UTC" << "yy 12.09.2016 14:03"
                                       << "2016-09-12T14:03:00Z" << "UTC" << false;
    QTest::newRow("not the format") << plain << "UTC" << "2016/03/13 02:30" << ""
                                    << "timestamp \"2016/03/13 02:30\" does not match the format \"yyyy-MM-dd HH:mm\""
                                    << false;
}

void tst_TimestampParser::aDeclaredFormatIsReadAsTimesWithoutOneAre()
{
    QFETCH(QString, format);
    QFETCH(QString, declared);
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QFETCH(QString, zoneOrError);
    QFETCH(bool, twoDigitYear);
    const QByteArray hostZone = qgetenv("TZ");
    qputenv("TZ", "America/Los_Angeles");
    const ParsedTime t =
        TimestampParser(std::nullopt, TimestampParser::zoneFromDeclaration(declared), DateOrder::Unknown, format).parse(text);
    qputenv("TZ", hostZone);
    QCOMPARE(t.ok ? t.zoneUsed : t.error, zoneOrError);
    QCOMPARE(t.ok ? iso(t.utcMs) : QString(), utc);
    if (t.ok) {
        QCOMPARE(t.twoDigitYear, twoDigitYear);
        if (!t.zoneUsed.contains(u'(')) // an abbreviation's zone is the declared one, as it says
            QCOMPARE(t.zoneSource, format.endsWith(u" t") ? ZoneSource::Text : ZoneSource::Declared);
    }
}

void tst_TimestampParser::logShapes_data()
{
    // Shapes logs and exports print, none of them open to a day/month question.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utcOrError");
    QTest::newRow("RFC 2822") << "Mon, 12 Sep 2016 14:03:07 +0000" << "2016-09-12T14:03:07Z";
    QTest::newRow("RFC 2822, an offset") << "Mon, 12 Sep 2016 10:03:07 -0400" << "2016-09-12T14:03:07Z";
    QTest::newRow("asctime") << "Mon Sep 12 14:03:07 2016" << "2016-09-12T18:03:07Z";
    QTest::newRow("Java's Date, UTC") << "Mon Sep 12 14:03:07 UTC 2016" << "2016-09-12T14:03:07Z";
    QTest::newRow("Java's Date, EDT") << "Mon Sep 12 14:03:07 EDT 2016" << "2016-09-12T18:03:07Z";
    QTest::newRow("Excel's long date") << "Monday, September 12, 2016 2:03:07 PM" << "2016-09-12T18:03:07Z";
    QTest::newRow("Tues.") << "Tues. 13 Sep 2016 14:03:07 UTC" << "2016-09-13T14:03:07Z";
    QTest::newRow("nanoseconds") << "2016-09-12 14:03:07.123456789 UTC" << "2016-09-12T14:03:07.123Z";
    QTest::newRow("year to second") << "20160912140307" << "2016-09-12T18:03:07Z";
    // SQL Server's old default (the day padded with a space), a comma before the clock, DB2's
    // timestamp, a web server's log time.
    QTest::newRow("SQL Server") << "Sep  2 2016  2:03PM" << "2016-09-02T18:03:00Z";
    QTest::newRow("comma before the clock") << "12 September 2016, 14:03:07" << "2016-09-12T18:03:07Z";
    QTest::newRow("DB2") << "2016-09-12-14.03.07.250000" << "2016-09-12T18:03:07.250Z";
    QTest::newRow("NCSA log") << "12/Sep/2016:14:03:07 +0000" << "2016-09-12T14:03:07Z";
    QTest::newRow("NCSA log, an offset") << "12/Sep/2016:10:03:07 -0400" << "2016-09-12T14:03:07Z";
    // A date column "20160912" beside a time column, joined by the importer with a space.
    QTest::newRow("basic date, basic time") << "20160912 140307" << "2016-09-12T18:03:07Z";
    QTest::newRow("basic date, a clock") << "20160912 2:03:07 PM" << "2016-09-12T18:03:07Z";
    QTest::newRow("ISO 8601 basic, Z") << "20160912T140307.25Z" << "2016-09-12T14:03:07.250Z";
    QTest::newRow("ISO 8601 basic, an offset") << "20160912T100307-0400" << "2016-09-12T14:03:07Z";
    QTest::newRow("a date alone") << "20160912" << "unreadable timestamp \"20160912\"";
    QTest::newRow("fifteen digits") << "201609121403071" << "unreadable timestamp \"201609121403071\"";
    QTest::newRow("another weekday") << "Tue, 12 Sep 2016 14:03:07 +0000"
                                     << "the weekday written before \"12 Sep 2016 14:03:07 +0000\" is not its date's, a "
                                        "Monday";
    QTest::newRow("year to second, month 13") << "20161312140307" << "impossible date or time \"20161312140307\"";
    QTest::newRow("Java's ZonedDateTime") << "2016-09-12T10:03:07-04:00[America/New_York]" << "2016-09-12T14:03:07Z";
    QTest::newRow("Java's ZonedDateTime, UTC") << "2016-09-12T14:03:07Z[UTC]" << "2016-09-12T14:03:07Z";
    QTest::newRow("a zone the offset is not in")
        << "2016-09-12T10:03:07-05:00[America/New_York]"
        << "\"2016-09-12T10:03:07-05:00[America/New_York]\": the zone \"America/New_York\" written after the offset "
           "is not one the offset is in at that time";
    QTest::newRow("seconds since 1970") << "1473689000"
                                        << "unreadable timestamp \"1473689000\": if it counts seconds since 1970, declare the "
                                           "timestamp format \"unix\"";
    QTest::newRow("milliseconds since 1970") << "1473689000123"
                                             << "unreadable timestamp \"1473689000123\": if it counts milliseconds since "
                                                "1970, declare the timestamp format \"unix-ms\"";
    QTest::newRow("Go's time, UTC") << "2016-09-12 14:03:07 +0000 UTC" << "2016-09-12T14:03:07Z";
    QTest::newRow("Go's time, abbreviation") << "2016-09-12 16:03:07.5 +0200 CEST" << "2016-09-12T14:03:07.500Z";
    QTest::newRow("Go's time, zone without one") << "2016-09-12 19:33:07 +0530 +0530" << "2016-09-12T14:03:07Z";
    QTest::newRow("Go's time, offsets disagree") << "2016-09-12 19:33:07 +0530 +0500"
                                                 << "\"2016-09-12 19:33:07 +0530 +0500\": the zone \"+0500\" written "
                                                    "after the offset is not one the offset is in at that time";
    QTest::newRow("Go's time, UTC not the offset") << "2016-09-12 16:03:07 +0200 UTC"
                                                   << "\"2016-09-12 16:03:07 +0200 UTC\": the zone \"UTC\" written "
                                                      "after the offset is not one the offset is in at that time";
    QTest::newRow("JavaScript's Date") << "Mon Sep 12 2016 16:03:07 GMT+0200 (Central European Summer Time)"
                                       << "2016-09-12T14:03:07Z";
    QTest::newRow("JavaScript's Date, another weekday")
        << "Tue Sep 12 2016 16:03:07 GMT+0200 (Central European Summer Time)"
        << "the weekday written before \"Sep 12 2016 16:03:07 GMT+0200\" is not its date's, a Monday";
    QTest::newRow("a word after no offset") << "2016-09-12 14:03:07 PDT"
                                            << "the time zone label \"PDT\" is not what America/New_York is called at "
                                               "that date (EDT)";
    QTest::newRow("Apple's long date") << "Sep 12, 2016 at 10:03:07 AM" << "2016-09-12T14:03:07Z";
    QTest::newRow("Apple's long date, weekday") << "Monday, September 12, 2016 at 10:03:07 AM" << "2016-09-12T14:03:07Z";
    QTest::newRow("Apple's long date, GMT+2") << "September 12, 2016 at 4:03:07 PM GMT+2" << "2016-09-12T14:03:07Z";
    QTest::newRow("Apple's long date, day first") << "12 Sep 2016 at 10:03:07" << "2016-09-12T14:03:07Z";
    QTest::newRow("at no time") << "Sep 12, 2016 at noon" << "unreadable timestamp \"Sep 12, 2016 at noon\"";
    QTest::newRow("a spreadsheet's days") << "42615.76533564815"
                                          << "unreadable timestamp \"42615.76533564815\": if it counts days since "
                                             "1899-12-30, as a spreadsheet's date cell saved as a number, declare the "
                                             "timestamp format \"excel\"";
    QTest::newRow("a spreadsheet's days, comma") << "42615,5"
                                                 << "unreadable timestamp \"42615,5\": if it counts days since "
                                                    "1899-12-30, as a spreadsheet's date cell saved as a number, declare the "
                                                    "timestamp format \"excel\"";
    QTest::newRow("five digits before 1970") << "12345.5" << "unreadable timestamp \"12345.5\"";
    QTest::newRow("no weekday") << "Monopoly 12 Sep 2016 14:03:07"
                                << "unreadable timestamp \"Monopoly 12 Sep 2016 14:03:07\"";
}

void tst_TimestampParser::logShapes()
{
    QFETCH(QString, text);
    QFETCH(QString, utcOrError);
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(u"America/New_York"_qs));
    const ParsedTime t = parser.parse(text);
    QCOMPARE(t.ok ? iso(t.utcMs) : t.error, utcOrError);
}

void tst_TimestampParser::unixTimes()
{
    // A count since the epoch is UTC, whatever zone the profile declares.
    const auto zone = TimestampParser::zoneFromDeclaration(u"America/New_York"_qs);
    const TimestampParser seconds(std::nullopt, zone, DateOrder::Unknown, u"unix"_qs);
    ParsedTime t = seconds.parse(u"1473689000");
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(iso(t.utcMs), u"2016-09-12T14:03:20Z"_qs);
    QCOMPARE(t.zoneUsed, u"UTC"_qs);
    QCOMPARE(t.zoneSource, ZoneSource::Text);
    QCOMPARE(iso(seconds.parse(u" 1473689000.25 ").utcMs), u"2016-09-12T14:03:20.250Z"_qs);
    const TimestampParser milliseconds(std::nullopt, zone, DateOrder::Unknown, u"unix-ms"_qs);
    QCOMPARE(iso(milliseconds.parse(u"1473689000123").utcMs), u"2016-09-12T14:03:20.123Z"_qs);
    for (const QString &bad : {u"-5"_qs, u"1e9"_qs, u"2016-09-12 14:03:07"_qs, u""_qs, u"99999999999999"_qs}) {
        t = seconds.parse(bad);
        QVERIFY2(!t.ok, qPrintable(bad));
        QVERIFY(t.error.contains(u"seconds since 1970"_qs));
    }
    // One count declared as the other: milliseconds as seconds pass year 10000, seconds as
    // milliseconds fall in January 1970, a spreadsheet's days as seconds on 1970-01-01. Each is
    // refused naming the format it looks like, which the import dialog offers.
    t = seconds.parse(u"1473689000123");
    QCOMPARE(t.error, u"timestamp \"1473689000123\" is not a count of seconds since 1970; if it counts milliseconds "
                      "since 1970-01-01 00:00 UTC, declare the timestamp format \"unix-ms\""_qs);
    QCOMPARE(t.formatItMayBe, u"unix-ms"_qs);
    t = milliseconds.parse(u"1473689000");
    QCOMPARE(t.error, u"timestamp \"1473689000\" as milliseconds since 1970 falls on 1970-01-18 01:21:29 UTC, before "
                      "any provider kept such records; if it counts seconds since 1970-01-01 00:00 UTC, declare the "
                      "timestamp format \"unix\""_qs);
    QCOMPARE(t.formatItMayBe, u"unix"_qs);
    t = seconds.parse(u"42615.765");
    QCOMPARE(t.error, u"timestamp \"42615.765\" as seconds since 1970 falls on 1970-01-01 11:50:15 UTC, before any "
                      "provider kept such records; if it counts days since 1899-12-30, as a spreadsheet's date saved "
                      "as a number, declare the timestamp format \"excel\""_qs);
    // Too early, and no other count: said so, no format named.
    t = milliseconds.parse(u"99999999999");
    QCOMPARE(t.error, u"timestamp \"99999999999\" as milliseconds since 1970 falls on 1973-03-03 09:46:39 UTC, before "
                      "any provider kept such records"_qs);
    QCOMPARE(t.formatItMayBe, QString());
    QCOMPARE(iso(milliseconds.parse(u"100000000000").utcMs), u"1973-03-03T09:46:40Z"_qs); // the earliest read
}

void tst_TimestampParser::countsNamedByAHeader_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("format");
    QTest::newRow("Unix") << "Unix" << "unix";
    QTest::newRow("Unixzeit") << "Unixzeit" << "unix";
    QTest::newRow("POSIX time") << "POSIX time" << "unix";
    QTest::newRow("epoch seconds") << "epoch seconds" << "unix";
    QTest::newRow("seconds since 1970") << "seconds since 1970-01-01" << "unix";
    QTest::newRow("UNIX_MS") << "UNIX_MS" << "unix-ms";
    QTest::newRow("epoch millis") << "Epoch millis" << "unix-ms";
    QTest::newRow("ms since 1970") << "ms since 1970-01-01 UTC" << "unix-ms";
    QTest::newRow("Millisekunden seit 1970") << "Millisekunden seit 1970" << "unix-ms";
    QTest::newRow("epoch µs") << "epoch \u00b5s" << "";
    QTest::newRow("epoch ns") << "epoch ns" << "";
    QTest::newRow("microseconds since 1970") << "microseconds since 1970" << "";
    QTest::newRow("ms alone") << "ms" << "";
    QTest::newRow("UTC") << "UTC" << "";
    QTest::newRow("local") << "local" << "";
}

void tst_TimestampParser::countsNamedByAHeader()
{
    QFETCH(QString, label);
    QFETCH(QString, format);
    QCOMPARE(TimestampParser::countNamedBy(label), format);
}

void tst_TimestampParser::spreadsheetDaysThroughTheFormatExcel()
{
    // Days since Excel's day 0, the time of day as the fraction: a wall-clock time in the
    // declared zone, as the worksheet showed it.
    const auto berlin = TimestampParser::zoneFromDeclaration(u"Europe/Berlin"_qs);
    const TimestampParser excel(std::nullopt, berlin, DateOrder::Unknown, u"excel"_qs);
    ParsedTime t = excel.parse(u"42615.76533564815"); // 2016-09-02 18:22:05 in Berlin
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(iso(t.utcMs), u"2016-09-02T16:22:05Z"_qs);
    QCOMPARE(t.zoneUsed, u"Europe/Berlin"_qs);
    QCOMPARE(iso(excel.parse(u" 42615,5 ").utcMs), u"2016-09-02T10:00:00Z"_qs); // German Excel's comma
    QCOMPARE(iso(excel.parse(u"42615").utcMs), u"2016-09-01T22:00:00Z"_qs);       // midnight
    QCOMPARE(iso(excel.parse(u"42615.7653357060").utcMs), u"2016-09-02T16:22:05.005Z"_qs);
    const TimestampParser mac(std::nullopt, berlin, DateOrder::Unknown, u"excel-1904"_qs);
    QCOMPARE(iso(mac.parse(u"41153.76533564815").utcMs), u"2016-09-02T16:22:05Z"_qs);
    // Without a zone the import cannot go on, as for any time without one.
    QVERIFY(TimestampParser(std::nullopt, std::nullopt, DateOrder::Unknown, u"excel"_qs).parse(u"42615.5").zoneMissing);
    // Rounded by a number format, the time of day is not known.
    t = excel.parse(u"42615.7653");
    QVERIFY(!t.ok);
    QCOMPARE(t.error, u"timestamp \"42615.7653\" gives its time of day to 8.64 s only (4 decimal(s) of a day), as a "
                      "worksheet's number format rounded it: save the column with a date and time format from the file "
                      "as delivered"_qs);
    QVERIFY(!excel.parse(u"42615.7653357").ok); // seven decimals: to 9 ms, and no whole second
    for (const QString &bad : {u"-5"_qs, u"4.2615E+4"_qs, u"2016-09-12 14:03:07"_qs, u""_qs, u"42615.5.5"_qs}) {
        t = excel.parse(bad);
        QVERIFY2(!t.ok, qPrintable(bad));
        QCOMPARE(t.error, u"timestamp \"%1\" is not a spreadsheet's date written as its days since 1899-12-30"_qs.arg(bad));
    }
}

void tst_TimestampParser::spreadsheetDaysRoundedAreToldByTheFilesOtherTimes()
{
    const QString full = u"42615.76533564815"_qs;
    QVERIFY(!SerialRounding::of({full, u"42615.7657523148"_qs}));
    QVERIFY(!SerialRounding::of({full, u"42615.5"_qs, u"42615.25"_qs})); // noon and 6:00, as Excel writes them whole
    QVERIFY(!SerialRounding::of({u"42615.77"_qs}));                       // one short time: it may be exact
    QVERIFY(!SerialRounding::of({u"2016-09-02 18:22:05"_qs, u"n/a"_qs})); // no day counts at all
    // A time with no whole second, rounded: whatever else the file holds.
    std::optional<SerialRounding> rounded = SerialRounding::of({full, u" 42615,766"_qs, u"42615.5"_qs});
    QVERIFY(rounded);
    QCOMPARE(rounded->example, u"42615,766"_qs);
    QVERIFY(!rounded->everyTimeShort);
    // Every time short, each a whole second: two of them are enough.
    rounded = SerialRounding::of({u"42615.77"_qs, u"42615.8"_qs, u"Total"_qs});
    QVERIFY(rounded);
    QVERIFY(rounded->everyTimeShort);
    QCOMPARE(rounded->example, u"42615.77"_qs);
    QCOMPARE(rounded->decimals, 2);
    // Through the parser: a short time refused, one with Excel's digits read.
    TimestampParser excel(std::nullopt, TimestampParser::zoneFromDeclaration(u"UTC"_qs), DateOrder::Unknown, u"excel"_qs);
    QVERIFY(excel.readsSpreadsheetDays());
    QVERIFY(excel.parse(u"42615.77").ok);
    excel.setSerialRounding(rounded);
    QCOMPARE(excel.parse(u"42615.77").error,
             u"timestamp \"42615.77\" may have been rounded: no time of the file has the digits Excel writes (at most 2 "
             "decimal(s) of a day: to 864 s), as when a worksheet's number format rounds them; save the column with a "
             "date and time format from the file as delivered"_qs);
    QCOMPARE(iso(excel.parse(full).utcMs), u"2016-09-02T18:22:05Z"_qs);
    QVERIFY(!TimestampParser(std::nullopt, std::nullopt, DateOrder::Unknown, u"unix"_qs).readsSpreadsheetDays());
}

void tst_TimestampParser::aZoneNamedAfterTheOffsetIsKeptBesideIt()
{
    // The offset reads the instant; the name a program wrote after it stays with the zone used.
    const TimestampParser parser(std::nullopt, std::nullopt);
    ParsedTime t = parser.parse(u"2016-09-12 16:03:07 +0200 CEST");
    QVERIFY2(t.ok, qPrintable(t.error));
    QCOMPARE(t.zoneUsed, u"+02:00 (CEST)"_qs);
    QCOMPARE(t.zoneSource, ZoneSource::Text);
    QCOMPARE(TimestampParser::misreadZoneNote(t.zoneUsed), QString());
    t = parser.parse(u"Mon Sep 12 2016 16:03:07 GMT+0200 (Central European Summer Time)");
    QCOMPARE(t.zoneUsed, u"+02:00 (Central European Summer Time)"_qs);
    QCOMPARE(parser.parse(u"2016-09-12 14:03:07 +0000 UTC").zoneUsed, u"UTC"_qs);
}

void tst_TimestampParser::headerZoneBeatsDeclared()
{
    const TimestampParser parser(QTimeZone::utc(), TimestampParser::zoneFromDeclaration(QStringLiteral("Europe/Berlin")));
    const ParsedTime t = parser.parse(u"2016-09-12 14:03:07");
    QVERIFY(t.ok);
    QCOMPARE(iso(t.utcMs), QStringLiteral("2016-09-12T14:03:07Z"));
    QCOMPARE(t.zoneSource, ZoneSource::Header);
}

void tst_TimestampParser::noZoneAnywhere()
{
    // The host's zone (TZ=America/Los_Angeles in the test environment) is never used.
    const TimestampParser parser(std::nullopt, std::nullopt);
    const ParsedTime t = parser.parse(u"2016-09-12 14:03:07");
    QVERIFY(!t.ok);
    QVERIFY(t.zoneMissing);
    QVERIFY(t.error.contains(QStringLiteral("--timezone")));
    // A zone in the text is enough on its own.
    QVERIFY(parser.parse(u"2016-09-12 14:03:07 UTC").ok);
}

void tst_TimestampParser::rejectsNonsense_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("month 13") << "2016-13-01 10:00:00";
    QTest::newRow("hour 25") << "2016-09-01 25:00:00";
    QTest::newRow("day/month text") << "12/09/2016 14:03:07";
    QTest::newRow("words") << "yesterday";
    QTest::newRow("unknown label") << "2016-09-12 14:03:07 XYZ";
    QTest::newRow("empty") << "";
}

void tst_TimestampParser::rejectsNonsense()
{
    QFETCH(QString, text);
    const ParsedTime t = TimestampParser(std::nullopt, QTimeZone::utc()).parse(text);
    QVERIFY(!t.ok);
    QVERIFY(!t.zoneMissing);
    QVERIFY(!t.error.isEmpty());
}

void tst_TimestampParser::dstGapIsRejected()
{
    // 2016-03-27 02:30 does not exist in Berlin: clocks jumped from 02:00 to 03:00.
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(QStringLiteral("Europe/Berlin")));
    const ParsedTime t = parser.parse(u"2016-03-27 02:30:00");
    QVERIFY(!t.ok);
    QVERIFY2(t.error.contains(QStringLiteral("does not exist")), qPrintable(t.error));
    const ParsedTime before = parser.parse(u"2016-03-27 01:59:59");
    QCOMPARE(iso(before.utcMs), QStringLiteral("2016-03-27T00:59:59Z"));
    const ParsedTime after = parser.parse(u"2016-03-27 03:00:00");
    QCOMPARE(iso(after.utcMs), QStringLiteral("2016-03-27T01:00:00Z"));
}

void tst_TimestampParser::dstOverlapTakesEarlierAndFlags()
{
    // 2016-10-30 02:30 happened twice in Berlin: at 00:30 UTC (CEST) and 01:30 UTC (CET).
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(QStringLiteral("Europe/Berlin")));
    const ParsedTime t = parser.parse(u"2016-10-30 02:30:00");
    QVERIFY(t.ok);
    QVERIFY(t.ambiguous);
    QCOMPARE(iso(t.utcMs), QStringLiteral("2016-10-30T00:30:00Z"));
    QCOMPARE(iso(t.laterUtcMs), QStringLiteral("2016-10-30T01:30:00Z"));
    QVERIFY(!parser.parse(u"2016-10-30 04:30:00").ambiguous);
}

void tst_TimestampParser::zoneAbbreviationsAreReadThroughTheDeclaredZone_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("utc"); // empty: refused, with the error below
    QTest::addColumn<QString>("zoneOrError");
    // "CST" is US Central, China and Cuba: a label is read as the analyst's zone calls itself
    // at that date, at the offset that name stands for.
    QTest::newRow("EDT in New York") << "America/New_York" << "2016-09-12 14:03:07 EDT" << "2016-09-12T18:03:07Z"
                                     << "America/New_York (EDT)";
    QTest::newRow("CST in Chicago") << "America/Chicago" << "2016-01-12 14:03:07 CST" << "2016-01-12T20:03:07Z"
                                    << "America/Chicago (CST)";
    QTest::newRow("CST in Shanghai") << "Asia/Shanghai" << "2016-01-12 14:03:07 CST" << "2016-01-12T06:03:07Z"
                                     << "Asia/Shanghai (CST)";
    QTest::newRow("CEST in Berlin, 12-hour") << "Europe/Berlin" << "Sep 12, 2016 2:03:07 PM CEST"
                                             << "2016-09-12T12:03:07Z" << "Europe/Berlin (CEST)";
    // The night clocks go back, 01:30 happens twice: the label says which.
    QTest::newRow("the first 01:30, EDT") << "America/New_York" << "2016-11-06 01:30:00 EDT" << "2016-11-06T05:30:00Z"
                                          << "America/New_York (EDT)";
    QTest::newRow("the second 01:30, EST") << "America/New_York" << "2016-11-06 01:30:00 EST" << "2016-11-06T06:30:00Z"
                                           << "America/New_York (EST)";
    // The night clocks go forward, 02:30 is never on a clock; as a stated offset it is an instant.
    QTest::newRow("the hour skipped, EDT") << "America/New_York" << "2016-03-13 02:30:00 EDT" << "2016-03-13T06:30:00Z"
                                           << "America/New_York (EDT)";
    QTest::newRow("EST in a New York summer")
        << "America/New_York" << "2016-07-12 14:03:07 EST" << ""
        << "the time zone label \"EST\" is not what America/New_York is called at that date (EDT)";
    QTest::newRow("PDT in New York") << "America/New_York" << "2016-07-12 14:03:07 PDT" << ""
                                     << "the time zone label \"PDT\" is not what America/New_York is called at that "
                                        "date (EDT)";
    // A German carrier writes "MEZ" and "MESZ", a Dutch one "MET": the tz database's CET and CEST.
    QTest::newRow("MESZ in Berlin") << "Europe/Berlin" << "2016-09-12 14:03:07 MESZ" << "2016-09-12T12:03:07Z"
                                    << "Europe/Berlin (CEST)";
    QTest::newRow("MEZ in Berlin") << "Europe/Berlin" << "2016-01-12 14:03:07 MEZ" << "2016-01-12T13:03:07Z"
                                   << "Europe/Berlin (CET)";
    QTest::newRow("MET in Amsterdam") << "Europe/Amsterdam" << "2016-01-12 14:03:07 MET" << "2016-01-12T13:03:07Z"
                                      << "Europe/Amsterdam (CET)";
    QTest::newRow("OESZ in Athens") << "Europe/Athens" << "2016-09-12 14:03:07 OESZ" << "2016-09-12T11:03:07Z"
                                    << "Europe/Athens (EEST)";
    QTest::newRow("MEZ in a Berlin summer")
        << "Europe/Berlin" << "2016-07-12 14:03:07 MEZ" << ""
        << "the time zone label \"MEZ\" is not what Europe/Berlin is called at that date (CEST)";
}

void tst_TimestampParser::aZoneNamedAsAnAbbreviationIsSaidWhenDeclared_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("note");
    QTest::newRow("EST") << "EST"
                         << "the zone declared, EST, is the tz database's zone of that name: UTC-05:00 all year, not a "
                            "region's clock; to read a region's daylight-saving time too, declare the region's zone "
                            "(America/New_York)";
    QTest::newRow("MST") << "MST"
                         << "the zone declared, MST, is the tz database's zone of that name: UTC-07:00 all year, not a "
                            "region's clock; to read a region's daylight-saving time too, declare the region's zone "
                            "(America/Denver)";
    QTest::newRow("CET") << "CET"
                         << "the zone declared, CET, is the tz database's zone of that name: UTC+01:00, UTC+02:00 in "
                            "summer; if the provider kept UTC+01:00 all year, declare UTC+01:00";
    QTest::newRow("HST, Hawaii's clock") << "HST" << "";
    QTest::newRow("a region") << "America/New_York" << "";
    QTest::newRow("an offset") << "UTC-05:00" << "";
}

void tst_TimestampParser::aZoneNamedAsAnAbbreviationIsSaidWhenDeclared()
{
    QFETCH(QString, declared);
    QFETCH(QString, note);
    const auto zone = TimestampParser::zoneFromDeclaration(declared);
    QVERIFY(zone);
    QCOMPARE(TimestampParser::abbreviationNamedZoneNote(*zone), note);
}

void tst_TimestampParser::aClocksNameIsReadAsATimeWithoutALabel()
{
    // "ET" names New York's clock, whichever time it keeps: read as a time without a label, so
    // the hour daylight saving repeats is flagged with both readings and the hour it skips refused.
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(u"America/New_York"_qs));
    ParsedTime t = parser.parse(u"2016-07-12 14:03:07 ET");
    QVERIFY(t.ok);
    QCOMPARE(iso(t.utcMs), u"2016-07-12T18:03:07Z"_qs);
    QCOMPARE(t.zoneUsed, u"America/New_York (ET)"_qs);
    t = parser.parse(u"2016-01-12 14:03:07 ET");
    QCOMPARE(iso(t.utcMs), u"2016-01-12T19:03:07Z"_qs);
    t = parser.parse(u"2016-11-06 01:30:00 ET");
    QVERIFY(t.ok && t.ambiguous);
    QCOMPARE(iso(t.utcMs), u"2016-11-06T05:30:00Z"_qs);
    QCOMPARE(iso(t.laterUtcMs), u"2016-11-06T06:30:00Z"_qs);
    t = parser.parse(u"2016-03-13 02:30:00 ET");
    QCOMPARE(t.error, u"2016-03-13 02:30:00 does not exist in America/New_York (skipped by a daylight-saving change)"_qs);
    t = parser.parse(u"2016-07-12 14:03:07 CT");
    QCOMPARE(t.error, u"the time zone label \"CT\" is not what America/New_York is called at that date (EDT)"_qs);
}

void tst_TimestampParser::zoneAbbreviationsAreReadThroughTheDeclaredZone()
{
    QFETCH(QString, declared);
    QFETCH(QString, text);
    QFETCH(QString, utc);
    QFETCH(QString, zoneOrError);
    const TimestampParser parser(std::nullopt, TimestampParser::zoneFromDeclaration(declared));
    for (int twice = 0; twice < 2; ++twice) { // the second time from what the parser kept of the day
        const ParsedTime t = parser.parse(text);
        QCOMPARE(t.ok, !utc.isEmpty());
        QCOMPARE(t.ok ? t.zoneUsed : t.error, zoneOrError);
        if (t.ok) {
            QCOMPARE(iso(t.utcMs), utc);
            QVERIFY(!t.ambiguous);
        }
    }
}

void tst_TimestampParser::aZoneAbbreviationAloneWaitsForADeclaredZone()
{
    const ParsedTime t = TimestampParser(std::nullopt, std::nullopt).parse(u"2016-09-12 14:03:07 EDT");
    QVERIFY(!t.ok);
    QVERIFY(t.zoneMissing); // the import waits for the zone, as for a time with no label
    QCOMPARE(t.error, u"the time zone label \"EDT\" names no zone by itself; declare the zone whose label it is "
                      "(--timezone, an IANA name such as America/New_York)"_qs);
}

void tst_TimestampParser::excelSerial()
{
    const TimestampParser parser(std::nullopt, QTimeZone::utc());
    QCOMPARE(iso(parser.parseExcelSerial(42615.765752314815, false).utcMs), QStringLiteral("2016-09-02T18:22:41Z"));
    QCOMPARE(iso(parser.parseExcelSerial(42615.0, false).utcMs), QStringLiteral("2016-09-02T00:00:00Z"));
    // The 1904 date system counts from 1904-01-01: the same instant is 1462 lower.
    QCOMPARE(iso(parser.parseExcelSerial(42615.5 - 1462, true).utcMs), QStringLiteral("2016-09-02T12:00:00Z"));
    QVERIFY(!parser.parseExcelSerial(-3, false).ok);
    const TimestampParser berlin(std::nullopt, TimestampParser::zoneFromDeclaration(QStringLiteral("Europe/Berlin")));
    QCOMPARE(iso(berlin.parseExcelSerial(42615.5, false).utcMs), QStringLiteral("2016-09-02T10:00:00Z"));
}

void tst_TimestampParser::declarations()
{
    QVERIFY(TimestampParser::zoneFromDeclaration(QStringLiteral("Europe/Berlin")));
    QVERIFY(TimestampParser::zoneFromDeclaration(QStringLiteral("UTC")));
    QVERIFY(TimestampParser::zoneFromDeclaration(QStringLiteral("+05:30")));
    QVERIFY(!TimestampParser::zoneFromDeclaration(QStringLiteral("Mars/Olympus")));
    // Qt reads an id the tz database lacks as a POSIX rule: any word a valid zone at +00:00.
    // An abbreviation is no zone (CST is US Central, China and Cuba), nor is "local".
    for (const char *word : {"EDT", "CST", "PDT", "XYZ", "local"})
        QVERIFY2(!TimestampParser::zoneFromDeclaration(QString::fromLatin1(word)), word);
    // An offset after UTC or GMT may have an hour of one digit, read as ISO 8601 reads it.
    for (const auto &[text, offset] : {std::pair{"UTC+5", 5 * 3600}, std::pair{"GMT+5:30", 19800},
                                       std::pair{"UTC-3", -3 * 3600}, std::pair{"utc+0530", 19800}}) {
        const auto zone = TimestampParser::zoneFromDeclaration(QString::fromLatin1(text));
        QVERIFY2(zone, text);
        QCOMPARE(zone->offsetFromUtc(QDateTime::currentDateTimeUtc()), offset);
    }
    QVERIFY(!TimestampParser::zoneFromDeclaration(QStringLiteral("+5")));
    // The database's links are zones, though Qt does not list them.
    const QDateTime july = QDateTime(QDate(2016, 7, 1), QTime(12, 0), Qt::UTC);
    for (const auto &[id, offset] : {std::pair{"US/Eastern", -4 * 3600}, std::pair{"Asia/Calcutta", 19800},
                                     std::pair{"Etc/GMT+5", -5 * 3600}, std::pair{"EST", -5 * 3600}}) {
        const auto zone = TimestampParser::zoneFromDeclaration(QString::fromLatin1(id));
        QVERIFY2(zone, id);
        QCOMPARE(zone->offsetFromUtc(july), offset);
    }
    QVERIFY(!TimestampParser::zoneFromDeclaration(QStringLiteral("")));
    QCOMPARE(TimestampParser::zoneName(*TimestampParser::zoneFromDeclaration(QStringLiteral("+05:30"))),
             QStringLiteral("+05:30"));
    QCOMPARE(TimestampParser::zoneName(*TimestampParser::zoneFromDeclaration(QStringLiteral("gmt"))),
             QStringLiteral("UTC"));
}

void tst_TimestampParser::isoRoundTrip()
{
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-09-12T14:03:07Z")).value(), 1473688987000);
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-09-12T16:03:07+02:00")).value(), 1473688987000);
    // No offset: UTC, never the host's zone.
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-09-12T14:03:07")).value(), 1473688987000);
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-09-12")).value(), 1473638400000);
    // Nor refused where the host's clocks skipped it (this suite's zone is Los Angeles).
    const QByteArray hostZone = qgetenv("TZ");
    qputenv("TZ", "America/Los_Angeles");
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-03-13T02:30:00")), 1457836200000);
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-03-13T02:30:00.250")), 1457836200250);
    QCOMPARE(TimeFormat::parseIso(QStringLiteral(" 2016-03-13 02:30:00 ")), 1457836200000);
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-03-13T02:30:00-08:00")), 1457865000000);
    QCOMPARE(TimeFormat::parseIso(QStringLiteral("2016-11-06T01:30:00")), 1478395800000);
    qputenv("TZ", hostZone);
    QVERIFY(!TimeFormat::parseIso(QStringLiteral("last tuesday")));
    // A date followed by anything but a time is no time: not the day's first moment.
    for (const char *text :
         {"2016-09-12T25:00:00Z", "2016-09-12Tnoon", "2016-09-12T", "2016-09-12 x"})
        QVERIFY2(!TimeFormat::parseIso(QString::fromLatin1(text)), text);
    // The end of a window: a date alone is the whole day, to its last millisecond (UTC).
    QCOMPARE(TimeFormat::parseIsoThrough(QStringLiteral(" 2016-09-12 ")).value(),
             1473638400000 + 86400000 - 1);
    QCOMPARE(TimeFormat::parseIsoThrough(QStringLiteral("2016-09-12T14:03:07Z")).value(),
             1473688987000);
    QCOMPARE(TimeFormat::parseIsoThrough(QStringLiteral("2016-09-12T00:00:00")).value(),
             1473638400000);
    QVERIFY(!TimeFormat::parseIsoThrough(QStringLiteral("2016-09-12T25:00:00Z")));
    QCOMPARE(TimeFormat::display(1473688987000, QTimeZone::utc()), QStringLiteral("2016-09-12 14:03:07 UTC"));
    QCOMPARE(TimeFormat::display(1473688987000, QTimeZone("Europe/Berlin")),
             QStringLiteral("2016-09-12 16:03:07 Europe/Berlin (UTC+02:00)"));
    QCOMPARE(TimeFormat::display(1473688987000, QTimeZone(-5 * 3600)), QStringLiteral("2016-09-12 09:03:07 -05:00"));
}

void tst_TimestampParser::displayTellsTheRepeatedHourApart()
{
    // 2026-11-01 in New York: 01:30 happens at 05:30 UTC (EDT) and again at 06:30 UTC (EST).
    const QTimeZone newYork("America/New_York");
    const qint64 first = QDateTime(QDate(2026, 11, 1), QTime(5, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(TimeFormat::display(first, newYork), QStringLiteral("2026-11-01 01:30:00 America/New_York (UTC-04:00)"));
    QCOMPARE(TimeFormat::display(first + 3600 * 1000, newYork),
             QStringLiteral("2026-11-01 01:30:00 America/New_York (UTC-05:00)"));
    QCOMPARE(TimeFormat::display(first + 250, QTimeZone("Asia/Kolkata")),
             QStringLiteral("2026-11-01 11:00:00.250 Asia/Kolkata (UTC+05:30)"));
    // A table's column names the zone in its heading; its cells keep the offset.
    QCOMPARE(TimeFormat::cell(first + 3600 * 1000, newYork), QStringLiteral("2026-11-01 01:30:00 UTC-05:00"));
    QCOMPARE(TimeFormat::cell(first, QTimeZone::utc()), QStringLiteral("2026-11-01 05:30:00 UTC"));
}

QTEST_APPLESS_MAIN(tst_TimestampParser)
void tst_TimestampParser::aRunTooLongToHoldIsReadAsWithoutAnOrder()
{
    // Held to three rows: a run of five in the hour, whose clock turns back after the second, is
    // not held whole, so nothing places it: every record of it is read as the earlier moment, in
    // the order read, and the source's note says why.
    const qint64 hour = QDateTime(QDate(2026, 11, 1), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch(); // 01:00 EDT
    const auto record = [](int line, qint64 utcMs, bool twice) {
        EventRecord event;
        event.line = line;
        event.utcMs = utcMs;
        event.timeRaw = QString::number(line);
        if (twice)
            event.repeatedHour = EventRecord::RepeatedHour{utcMs + 3600000, {}, EventRecord::RepeatedHour::Pass::Unknown};
        return event;
    };
    RepeatedHourOrder order(3);
    const qint64 minute = 60000;
    order.passed(record(1, hour - 20 * minute, false));
    order.passed(record(2, hour - 10 * minute, false));
    QList<int> lines;
    QList<qint64> times;
    const QList<EventRecord> night = {record(3, hour + 20 * minute, true), record(4, hour + 50 * minute, true),
                                      record(5, hour + 10 * minute, true), record(6, hour + 40 * minute, true),
                                      record(7, hour + 45 * minute, true), record(8, hour + 130 * minute, false)};
    for (const EventRecord &event : night) {
        QVERIFY(order.mustWait(&event) || !event.repeatedHour);
        if (order.mustWait(&event)) {
            order.hold(event);
        } else {
            order.passed(event);
            lines.append(event.line);
            times.append(event.utcMs);
        }
        while (order.hasReady()) {
            const EventRecord ready = std::get<EventRecord>(order.takeReady());
            lines.append(ready.line);
            times.append(ready.utcMs);
        }
    }
    QCOMPARE(lines, (QList<int>{3, 4, 5, 6, 7, 8}));
    QCOMPARE(times, (QList<qint64>{hour + 20 * minute, hour + 50 * minute, hour + 10 * minute, hour + 40 * minute,
                                   hour + 45 * minute, hour + 130 * minute}));
    QJsonObject meta;
    order.addMetadata(&meta);
    QCOMPARE(meta.value(QStringLiteral("repeated_hour")).toObject().value(QStringLiteral("records")).toInteger(), 5);
    QCOMPARE(meta.value(QStringLiteral("repeated_hour")).toObject().value(QStringLiteral("too_many_to_place")).toInteger(), 3);
    QVERIFY(!meta.contains(QStringLiteral("repeated_hour_by_order")));
    QVERIFY2(RepeatedHourOrder::notes(meta).value(0).endsWith(
                 u" (more than 3 rows in a row fell in that hour, too many to hold and place by the file's order)"_qs),
             qPrintable(RepeatedHourOrder::notes(meta).join(u'\n')));

    // Held whole, the same night is placed: the records from the turn at line 5 on read an hour later.
    RepeatedHourOrder whole;
    whole.passed(record(1, hour - 20 * minute, false));
    whole.passed(record(2, hour - 10 * minute, false));
    times.clear();
    for (const EventRecord &event : night) {
        whole.hold(event);
        while (whole.hasReady())
            times.append(std::get<EventRecord>(whole.takeReady()).utcMs);
    }
    QCOMPARE(times, (QList<qint64>{hour + 20 * minute, hour + 50 * minute, hour + 70 * minute, hour + 100 * minute,
                                   hour + 105 * minute, hour + 130 * minute}));
}

#include "tst_timestampparser.moc"
