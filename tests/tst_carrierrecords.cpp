#include "casequeries.h"
#include "headermatcher.h"
#include "importsuite.h"
#include "sourcelistmodel.h"
#include "sourcereading.h"
#include "statedperiod.h"
#include "tableimporter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Carriers' call and message records: the built-in profiles, their headers' synonyms and
/// languages, call types, dates and times, durations and numbers as carriers and spreadsheets write them.
namespace {

/// A mapping of one subscriber's records read by their direction, in a German carrier's words.
const QByteArray DirectionProfile = R"({"class": "communication", "subtype": "call", "timezone": "UTC",
    "columns": {"timestamp": "Zeit", "direction": "Richtung", "remote_party": "Gegenstelle"}})";

} // namespace

class tst_CarrierRecords : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void carrierCallLegsMakeOneCall();
    void carrierDateAndTimeColumns();
    void aHeaderLabelThatIsNoZoneIsNotReadAsUtc_data();
    void aHeaderLabelThatIsNoZoneIsNotReadAsUtc();
    void anAbbreviationInTheHeaderIsCheckedAgainstTheZoneDeclared_data();
    void anAbbreviationInTheHeaderIsCheckedAgainstTheZoneDeclared();
    void theTzDatabasesEstDeclaredIsSaid();
    void aHeadersDatePatternSettlesTheDayMonthOrder_data();
    void aHeadersDatePatternSettlesTheDayMonthOrder();
    void aClockThatNeverPassesNoonIsSaid_data();
    void aClockThatNeverPassesNoonIsSaid();
    void withheldNumbersAreKeptAndSaid();
    void maskedPartiesAreKeptAndSaid();
    void wordsOfAZoneAboveTheHeaderArePointedAt_data();
    void wordsOfAZoneAboveTheHeaderArePointedAt();
    void aZoneColumnGivesEachRowsZone();
    void anAbbreviationInTheZoneColumnIsReadInTheZoneDeclared();
    void anAbbreviationInTheTimeIsReadInItsRowsZone();
    void aZoneNamedByTheTimestampsHeaderLeavesTheZoneColumnUnread();
    void aZoneWordBesideTheHeaderNamesItsZone_data();
    void aZoneWordBesideTheHeaderNamesItsZone();
    void carrierCallTypesDecideWhatARowIs();
    void callTypesNotKnownAreReadAsTheFormatsKindAndSaid();
    void switchRecordTypesRunTogetherAreTheirWords();
    void switchRecordTypesOf3gppAndEricssonSayWhatARowIs();
    void usCarriersOwnHeadersAreReadWithoutAMapping();
    void aNumberWithAMarkIsKeptAndSaid();
    void indiasCarriersReturnsAreReadWithoutAMapping();
    void indiasCallTypeCodesSayTheKindAndTheWay();
    void indiasNumbersReadInAnotherRegionAreSaid();
    void aSendersNameBetweenApostrophesIsTheSenderWrittenPlainly();
    void theSubscribersOwnAddressIsTheClientIpOfWhatItBegan();
    void theFirstSynonymWinsWhereverItsColumnStands();
    void aDateAndATimeColumnBeatATimestampsSynonym();
    void dateAndTimeCellsAsExcelsRoundTripsLeaveThem();
    void abbreviatedHeadersAreTheirWords();
    void carriersHeadersInOtherLanguages();
    void aCarriersMonthNamesAndPeriodAreRead();
    void numbersASpreadsheetRoundedAreRefused();
    void aPlaceholderForANumberIsNoValue();
    void numberColumnsWrittenBackAsDecimals();
    void durationsWithUnits();
    void durationsInTheUnitTheirHeaderNames_data();
    void durationsInTheUnitTheirHeaderNames();
    void sidedCdrSettlesDayFirstFromTheData();
    void oneSubscribersSideNamedAboveTheHeader();
    void twoSubscribersNamedAboveTheHeaderAreNotGuessed();
    void aMissedCallCameInAndSaysSo();
    void ambiguousDatesNeedADeclaredOrder();
    void timesInTheRepeatedHourAreReadEarlierAndSaidSo();
    void theFilesOrderPlacesTimesInTheRepeatedHour();
    void newestFirstTheOrderPlacesThemAlike();
    void anOrderTheFileDoesNotKeepPlacesNothing();
    void numbersWrittenAsExcelFormulasOfTextAreOneHandle();
    void nationalNumbersAreReadInTheRegionDeclaredForTheFile();
};

void tst_CarrierRecords::carrierCallLegsMakeOneCall()
{
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-legs.csv"))};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.format, QStringLiteral("carrier-cdr"));
    QCOMPARE(file.rowsRead, 6);
    QCOMPARE(file.accepted, 3);
    QCOMPARE(file.duplicate, 3);
    QCOMPARE(file.callLegs, 3);
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-09-02T08:31:00Z +12025550143 +13125550147  184 2"_qs,
                          u"communication sms 2016-09-02T09:02:17Z +13125550147 +12025550143  0 4"_qs,
                          u"communication call 2016-09-03T12:00:00Z +16175550199 +12025550143  305 5"_qs}));
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT group_concat(o.line || ':' || o.kind, ',') FROM event_occurrences o"
                                                      " JOIN events e ON e.id = o.event_id WHERE e.line = 5")).toString(),
             QStringLiteral("6:call-leg,7:call-leg"));
    // The preview says the same of each row before anything is written.
    params.dryRun = true;
    params.casePath = m_dir.filePath(QStringLiteral("legs-preview.llcase"));
    const ImportResult preview = ImportJob::run(params);
    QStringList fates;
    for (const PreviewFate &fate : preview.files.first().previewFates)
        fates.append(ImportJob::fateText(fate));
    QCOMPARE(fates, (QStringList{u"new event"_qs, u"further leg of the call at line 2"_qs, u"new event"_qs, u"new event"_qs,
                                 u"further leg of the call at line 5"_qs, u"further leg of the call at line 5"_qs}));
    QVERIFY(!QFileInfo::exists(params.casePath));
}

void tst_CarrierRecords::aHeaderLabelThatIsNoZoneIsNotReadAsUtc_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("otherwise"); // what the warning adds of the zone's other name
    QTest::newRow("an abbreviation") << "Start Time (EDT)" << "";
    QTest::newRow("a word") << "Start Time (local)" << "";
    QTest::newRow("the clock's name") << "Start Time (ET)" << ""; // New York's, standard or daylight time
    // The tz database keeps "EST" as a zone of its own, at -05:00 all year: a carrier's "(EST)"
    // over its summer times at -04:00 was read so, an hour off, without a word.
    QTest::newRow("EST over a summer time")
        << "Start Time (EST)"
        << "; America/New_York is called EDT, not EST, at 1 of the times read (the first at line 2): if the provider "
           "kept EST all year, declare its offset";
}

void tst_CarrierRecords::aHeaderLabelThatIsNoZoneIsNotReadAsUtc()
{
    // Qt took "(EDT)" or "(local)" for a zone at +00:00, and the times were read as UTC, hours
    // off, without a word. Such a label is no zone: the import waits for the analyst's.
    QFETCH(QString, header);
    QFETCH(QString, otherwise);
    const QByteArray text = header.toUtf8() + ",Originating Number,Terminating Number,Duration,Call Type\n"
                                              "2016-09-12 14:03:07,+12025550100,+12025550143,12,Voice\n";
    ImportParams params;
    params.files = {writeFile(QStringLiteral("label.csv"), text)};
    const auto waiting = import(params);
    QVERIFY(!waiting.result.allOk());
    QVERIFY(waiting.result.files.first().needsTimeZone);
    params.timeZone = QStringLiteral("America/New_York");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), QStringList{u"communication call 2016-09-12T18:03:07Z +12025550100 +12025550143  12 2"_qs});
    const QString label = header.mid(header.indexOf(u'(') + 1).chopped(1);
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"the header gives its times the label \"%1\", which names no zone by itself: they were read in the "
                         "zone declared, America/New_York"_qs.arg(label)
                         + otherwise});
}

void tst_CarrierRecords::anAbbreviationInTheHeaderIsCheckedAgainstTheZoneDeclared_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QStringList>("utc");
    QTest::addColumn<QString>("otherwise"); // of the note: the times the zone is called otherwise
    // New York's clock: the header's "EST" is what it is called in winter only. Said, with the
    // offset to declare if the carrier's system kept standard time all year.
    QTest::newRow("the region's clock")
        << "America/New_York"
        << QStringList{u"2|2016-01-12T19:03:07Z"_qs, u"3|2016-07-12T18:03:07Z"_qs, u"4|2016-07-13T13:15:00Z"_qs,
                       u"5|2016-11-07T13:00:00Z"_qs}
        << "; America/New_York is called EDT, not EST, at 2 of the times read (the first at line 3): if the provider "
           "kept EST all year, declare its offset, UTC-05:00";
    // Standard time all year, as declared: called so always, nothing more to say.
    QTest::newRow("standard time all year")
        << "-05:00"
        << QStringList{u"2|2016-01-12T19:03:07Z"_qs, u"3|2016-07-12T19:03:07Z"_qs, u"4|2016-07-13T14:15:00Z"_qs,
                       u"5|2016-11-07T13:00:00Z"_qs}
        << "";
}

void tst_CarrierRecords::anAbbreviationInTheHeaderIsCheckedAgainstTheZoneDeclared()
{
    // "Start Time (EST)" over a year of times: read as the tz database's zone "EST" they were all
    // at -05:00, its summer times an hour off if the carrier meant New York's clock. The label is
    // the carrier's, typed once: the zone is the analyst's to declare, and the times the declared
    // zone is not called so at are counted on the source, its first line named.
    QFETCH(QString, zone);
    QFETCH(QStringList, utc);
    QFETCH(QString, otherwise);
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-est-header.csv"_qs)};
    const auto waiting = import(params);
    QVERIFY(waiting.result.files.first().needsTimeZone);
    QVERIFY2(waiting.result.files.first().error.contains(u"the header gives the times the label \"EST\", which names no "
                                                         "zone by itself, and none was declared for the source"_qs),
             qPrintable(waiting.result.files.first().error));
    params.timeZone = zone;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(),
                               u"SELECT line, strftime('%Y-%m-%dT%H:%M:%SZ', utc_ms / 1000, 'unixepoch') FROM events ORDER BY line"_qs),
             utc);
    const QString note = u"the header gives its times the label \"EST\", which names no zone by itself: they were read in "
                         "the zone declared, %1"_qs.arg(zone)
                         + otherwise;
    QCOMPARE(imported.result.files.first().warnings, QStringList{note});
    const QJsonObject label = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs)
                                  .value(u"header_time_label"_qs)
                                  .toObject();
    QCOMPARE(label.value(u"header"_qs).toString(), u"Start Time (EST)"_qs);
    QCOMPARE(label.value(u"called_otherwise"_qs).toInt(), otherwise.isEmpty() ? 0 : 2);
    QCOMPARE(label.value(u"first_line"_qs).toInt(), otherwise.isEmpty() ? 0 : 3);
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(note), qPrintable(description));
}

void tst_CarrierRecords::wordsOfAZoneAboveTheHeaderArePointedAt_data()
{
    QTest::addColumn<QString>("cover");
    QTest::addColumn<int>("line"); // 0: none pointed at
    QTest::newRow("English") << "Call detail records\nAll times are in UTC" << 2;
    QTest::newRow("German") << "Verbindungsdaten\nZeitzone: MEZ/MESZ" << 2;
    QTest::newRow("an abbreviation") << "Records for +12025550100\nTimes shown in EST" << 2;
    QTest::newRow("French, no zone") << "Ce document est confidentiel" << 0;
    QTest::newRow("a period") << "Period 2016-08-28 through 2016-09-21" << 0;
}

void tst_CarrierRecords::wordsOfAZoneAboveTheHeaderArePointedAt()
{
    QFETCH(QString, cover);
    QFETCH(int, line);
    const QByteArray text = cover.toUtf8() + "\n\nStart Time,Originating Number,Terminating Number,Duration\n"
                                              "2016-09-12 14:03:07,+12025550100,+12025550143,12\n";
    ImportParams params;
    params.files = {writeFile(u"cover.csv"_qs, text)};
    const auto waiting = import(params);
    const FileImportResult &file = waiting.result.files.first();
    QVERIFY(file.needsTimeZone); // never read as the zone
    QCOMPARE(file.zoneWordsLine, line);
    QCOMPARE(file.zoneWordsAbove, line > 0 ? cover.split(u'\n').at(line - 1) : QString());
}

void tst_CarrierRecords::aClockThatNeverPassesNoonIsSaid_data()
{
    QTest::addColumn<QString>("last"); // the time of the last record, after 59 from 1:00 to 12:59
    QTest::addColumn<bool>("said");
    QTest::newRow("no hour past 12") << "12:30:00" << true;
    QTest::newRow("one afternoon hour") << "13:30:00" << false;
    QTest::newRow("one time saying PM") << "1:30:00 PM" << false;
}

void tst_CarrierRecords::aClockThatNeverPassesNoonIsSaid()
{
    // A switch that wrote its 12-hour clock without AM or PM: every afternoon call was read 12
    // hours early, and nothing in a row tells it. Sixty times none past 12 are said to the analyst.
    QFETCH(QString, last);
    QFETCH(bool, said);
    QByteArray text = "Start Time,Originating Number,Terminating Number,Duration\n";
    for (int i = 0; i < 59; ++i)
        text += QStringLiteral("09/%1/2016 %2:%3:07,+12025550100,+12025550143,12\n")
                    .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                    .arg(i % 12 + 1)
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    text += "09/29/2016 " + last.toUtf8() + ",+12025550100,+12025550143,12\n";
    ImportParams params;
    params.files = {writeFile(u"clock.csv"_qs, text)};
    params.timeZone = u"UTC"_qs;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().accepted, 60);
    const QString note = u"none of the 60 times read has an hour past 12, nor AM or PM (the first, on line 2: \"09/01/2016 "
                         "1:00:07\"): if the provider wrote a 12-hour clock without them, each afternoon time was read 12 "
                         "hours early"_qs;
    QCOMPARE(imported.result.files.first().warnings.contains(note), said);
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.contains(u"clock_never_past_noon"_qs), said);
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QCOMPARE(description.contains(note), said);
}

void tst_CarrierRecords::withheldNumbersAreKeptAndSaid()
{
    // Calls from "Anonymous" and "Private" took place: they stay the targets' events, their party
    // the words as written, each a handle of the kind 'withheld'. The analyst is told so.
    const auto imported = importFixture(u"carrier/cdr-withheld.csv"_qs, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().accepted, 7);
    const QString note = u"records naming a withheld number as a party (%1: \"Anonymous\", \"Private\", \"Unknown\", "
                         "\"Rufnummer unterdrückt\"; the first on line 2) are each kept with those words as their party, "
                         "which no one person stands behind, and the contact graph draws none of them"_qs
                             .arg(EvidenceClassText::pluralCount(EvidenceClass::Communication, 5));
    QVERIFY2(imported.result.files.first().notes.contains(note), qPrintable(imported.result.files.first().notes.join(u'\n')));
    QVERIFY(imported.result.files.first().warnings.isEmpty()); // how the file was read, not a doubt about it
    const QJsonObject withheld = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs)
                                     .value(u"withheld_numbers"_qs).toObject();
    QCOMPARE(withheld.value(u"lookups"_qs).toInteger(), 0); // each class counted apart
    QCOMPARE(withheld.value(u"communications"_qs).toInteger(), 5);
    QCOMPARE(withheld.value(u"connections"_qs).toInteger(), 0);
    QCOMPARE(withheld.value(u"first_line"_qs).toInteger(), 2);
    QCOMPARE(withheld.value(u"words"_qs).toVariant().toStringList(),
             (QStringList{u"Anonymous"_qs, u"Private"_qs, u"Unknown"_qs, u"Rufnummer unterdrückt"_qs}));
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(note), qPrintable(description));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT e.line, i.normalized, i.kind, c.normalized, c.kind FROM events e"
                                                  " JOIN handles i ON i.id = e.initiator_id JOIN handles c ON c.id = e.counterpart_id"
                                                  " WHERE i.kind = 'withheld' OR c.kind = 'withheld' ORDER BY e.line"_qs),
             (QStringList{u"2|Anonymous|withheld|+12025550100|phone"_qs, u"3|Anonymous|withheld|+12025550143|phone"_qs,
                          u"5|Private|withheld|+12025550100|phone"_qs, u"6|+12025550143|phone|Unknown|withheld"_qs,
                          u"7|Rufnummer unterdrückt|withheld|+12025550143|phone"_qs}));
    // A file with none says nothing.
    const auto none = importFixture(u"carrier/cdr-call-types.csv"_qs, QString());
    QVERIFY(!TestSupport::jsonObject(none.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"withheld_numbers"_qs));
    QVERIFY(!TestSupport::jsonObject(none.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"masked_parties"_qs));
}

void tst_CarrierRecords::maskedPartiesAreKeptAndSaid()
{
    // A redacted return: the calls took place, their masked parties kept as written, each a
    // handle of the kind 'masked'; "*100#" is a code dialled, not a mask. The analyst is told so,
    // apart from the withheld number's note.
    const auto imported = importFixture(u"carrier/cdr-masked.csv"_qs, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().accepted, 8);
    const QString note = u"records naming a masked number or address as a party (%1: \"+49171*****12\", \"202-555-XXXX\", "
                         "\"[REDACTED]\", \"+1 202 555 01xx\"; the first on line 2) are each kept with it as written as their "
                         "party, which several people's may look like, and the contact graph draws none of them"_qs
                             .arg(EvidenceClassText::pluralCount(EvidenceClass::Communication, 6));
    const FileImportResult &file = imported.result.files.first();
    QVERIFY2(file.notes.contains(note), qPrintable(file.notes.join(u'\n')));
    QVERIFY(file.notes.filter(u"withheld number"_qs).size() == 1);
    QVERIFY(file.warnings.isEmpty());
    const QJsonObject masked = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs)
                                   .value(u"masked_parties"_qs).toObject();
    QCOMPARE(masked.value(u"lookups"_qs).toInteger(), 0);
    QCOMPARE(masked.value(u"communications"_qs).toInteger(), 6);
    QCOMPARE(masked.value(u"connections"_qs).toInteger(), 0);
    QCOMPARE(masked.value(u"first_line"_qs).toInteger(), 2);
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(note), qPrintable(description));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT e.line, i.kind, c.kind FROM events e JOIN handles i ON i.id = e.initiator_id"
                                                  " JOIN handles c ON c.id = e.counterpart_id ORDER BY e.line"_qs),
             (QStringList{u"2|masked|phone"_qs, u"3|masked|phone"_qs, u"4|masked|phone"_qs, u"5|masked|phone"_qs,
                          u"6|phone|masked"_qs, u"7|phone|phone"_qs, u"8|withheld|masked"_qs, u"9|phone|other"_qs}));
}

void tst_CarrierRecords::aHeadersDatePatternSettlesTheDayMonthOrder_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("date"); // of both records, each day 12 or less: the data settles nothing
    QTest::addColumn<QString>("order"); // empty: the import waits for one
    QTest::addColumn<QStringList>("utc");
    const QStringList april{u"2|2016-04-03T14:03:07Z"_qs, u"3|2016-04-05T14:03:07Z"_qs};
    QTest::newRow("English") << "Date (dd/mm/yyyy)" << "0%1/04/2016" << "dmy" << april;
    QTest::newRow("German") << "Datum (TT.MM.JJJJ)" << "0%1.04.2016" << "dmy" << april;
    QTest::newRow("French") << "Date [jj/mm/aaaa]" << "0%1/04/2016" << "dmy" << april;
    QTest::newRow("American")
        << "Date (MM/DD/YYYY)" << "04/0%1/2016" << "mdy" << april;
    QTest::newRow("ISO's pattern names no order for slashes") << "Date (yyyy-mm-dd)" << "0%1/04/2016" << "" << QStringList();
}

void tst_CarrierRecords::aHeadersDatePatternSettlesTheDayMonthOrder()
{
    // "Date (dd/mm/yyyy)" writes out the order the file's dates are in, as "(UTC)" their zone:
    // the import asked for the order all the same, and took the pattern for a zone label.
    QFETCH(QString, header);
    QFETCH(QString, date);
    QFETCH(QString, order);
    QFETCH(QStringList, utc);
    QByteArray text = header.toUtf8() + ",Time,Originating Number,Terminating Number,Duration\n";
    for (const int day : {3, 5})
        text += date.arg(day).toUtf8() + ",14:03:07,+12025550100,+12025550143,12\n";
    ImportParams params;
    params.files = {writeFile(u"pattern.csv"_qs, text)};
    params.timeZone = u"UTC"_qs;
    const auto imported = import(params);
    if (order.isEmpty()) {
        QVERIFY(imported.result.files.first().needsDateOrder);
        return;
    }
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().dateOrder, order);
    QCOMPARE(TestSupport::rows(imported.db->db(),
                               u"SELECT line, strftime('%Y-%m-%dT%H:%M:%SZ', utc_ms / 1000, 'unixepoch') FROM events ORDER BY line"_qs),
             utc);
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.value(u"date_order"_qs).toString(), order);
    QCOMPARE(metadata.value(u"date_order_from"_qs).toString(), u"settled by the header \"%1\""_qs.arg(header));
    const QString note = order == u"dmy"
                             ? u"Dates read day first (03/04/2016 is 3 April), as the header \"%1\" writes them"_qs.arg(header)
                             : u"Dates read month first (03/04/2016 is 4 March), as the header \"%1\" writes them"_qs.arg(header);
    QCOMPARE(imported.result.files.first().notes, QStringList{note});
    QVERIFY(imported.result.files.first().warnings.isEmpty()); // the pattern is no zone label
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(note), qPrintable(description));

    // The analyst's declaration is the last word.
    params.dateOrder = order == u"dmy" ? DateOrder::MonthFirst : DateOrder::DayFirst;
    params.allowDuplicate = true;
    const auto declared = import(params);
    QVERIFY2(declared.result.allOk(), qPrintable(declared.result.files.value(0).error));
    QCOMPARE(declared.result.files.first().dateOrder, order == u"dmy" ? u"mdy"_qs : u"dmy"_qs);
}

void tst_CarrierRecords::theTzDatabasesEstDeclaredIsSaid()
{
    // An analyst declaring "EST" for New York's clock gets -05:00 all year: said at the import
    // and in the source's description, with the zone to declare for the region's clock.
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-est-header.csv"_qs)};
    params.timeZone = u"EST"_qs;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QString note = u"the zone declared, EST, is the tz database's zone of that name: UTC-05:00 all year, not a "
                         "region's clock; to read a region's daylight-saving time too, declare the region's zone "
                         "(America/New_York)"_qs;
    QVERIFY2(imported.result.files.first().warnings.contains(note), qPrintable(imported.result.files.first().warnings.join(u'\n')));
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(u'T' + note.mid(1)), qPrintable(description));
}

void tst_CarrierRecords::aZoneColumnGivesEachRowsZone()
{
    // "Time Zone" beside "Start Time": each row's offset or zone, as a switch writes the zone of
    // the call. It was kept as an unknown column and every time read in one declared zone,
    // hours off for the rows of another. Each row is read in its own now; no zone is asked for.
    const auto imported = importFixture(u"carrier/cdr-zone-column.csv"_qs, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(),
                               u"SELECT line, strftime('%Y-%m-%dT%H:%M:%SZ', utc_ms / 1000, 'unixepoch'), time_raw, time_zone "
                               "FROM events ORDER BY line"_qs),
             (QStringList{u"2|2016-09-12T19:03:07Z|2016-09-12 14:03:07|-05:00"_qs,
                          u"3|2016-09-12T20:10:00Z|2016-09-12 15:10:00|America/Chicago"_qs,
                          // Windows' name of New York's clock, its daylight time too
                          u"4|2016-09-12T20:20:00Z|2016-09-12 16:20:00|America/New_York"_qs,
                          u"5|2016-09-12T21:30:00Z|2016-09-12 21:30:00|UTC"_qs,
                          u"7|2016-09-12T21:00:00Z|2016-09-12 17:00:00|-04:00"_qs}));
    const QString header = u"the time zone \"%1\" in the column \"Time Zone\" is none LookupLens reads: an offset (-05:00, "
                           "UTC-5), UTC, a zone of the tz database (America/New_York) or of Windows (Eastern Standard "
                           "Time), or an abbreviation (EDT) read in the zone declared"_qs;
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"6|the time states +02:00, its row's time zone column -05:00, another offset at that moment"_qs,
                          u"8|"_qs + header.arg(u"-5"_qs), // hours west, or minutes counted the other way?
                          u"9|"_qs + header.arg(u"Eastern Time (US & Canada)"_qs)}));
    QCOMPARE(TestSupport::scalar(imported.db->db(), u"SELECT time_zone FROM sources"_qs).toString(), u"stated in records"_qs);
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.value(u"time_zone_column"_qs).toString(), u"Time Zone"_qs);
    const QString note = u"Each time read in the zone its row gives in the column \"Time Zone\", where the time states none "
                         "of its own"_qs;
    QCOMPARE(imported.result.files.first().notes, QStringList{note});
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(note), qPrintable(description));
}

void tst_CarrierRecords::anAbbreviationInTheZoneColumnIsReadInTheZoneDeclared()
{
    // "EDT" in the zone column is read as beside the time: through the zone declared, which is
    // asked for. A row whose zone cell is empty is read in the declared zone, as a time without one.
    const QByteArray text = "Date,Time,TZ,Originating Number,Terminating Number,Duration\n"
                            "2016-09-12,14:03:07,EDT,+12025550100,+12025550143,12\n"
                            "2016-01-12,14:03:07,EST,+12025550100,+12025550143,13\n"
                            "2016-01-12,15:00:00,,+12025550100,+12025550143,14\n"
                            "2016-07-12,15:00:00,EST,+12025550100,+12025550143,15\n";
    ImportParams params;
    params.files = {writeFile(u"tz.csv"_qs, text)};
    const auto waiting = import(params);
    QVERIFY(waiting.result.files.first().needsTimeZone);
    params.timeZone = u"America/New_York"_qs;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(),
                               u"SELECT line, strftime('%Y-%m-%dT%H:%M:%SZ', utc_ms / 1000, 'unixepoch'), time_zone "
                               "FROM events ORDER BY line"_qs),
             (QStringList{u"2|2016-09-12T18:03:07Z|America/New_York (EDT)"_qs, u"3|2016-01-12T19:03:07Z|America/New_York (EST)"_qs,
                          u"4|2016-01-12T20:00:00Z|America/New_York"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"5|the time zone label \"EST\" is not what America/New_York is called at that date (EDT)"_qs});
}

void tst_CarrierRecords::anAbbreviationInTheTimeIsReadInItsRowsZone()
{
    // "15:10:00 CDT" beside "America/Chicago" is Chicago's daylight time, though New York is the
    // zone declared; "EDT" there is not what Chicago is called. Beside a fixed offset, the label
    // is read in the zone declared and must give that offset.
    const QByteArray text = "Start Time,Time Zone,Originating Number,Terminating Number,Duration\n"
                            "2016-09-12 15:10:00 CDT,America/Chicago,+12025550100,+12025550143,1\n"
                            "2016-09-12 15:10:00 EDT,America/Chicago,+12025550100,+12025550143,2\n"
                            "2016-09-12 15:10:00 EDT,-04:00,+12025550100,+12025550143,3\n"
                            "2016-09-12 15:10:00 EDT,-05:00,+12025550100,+12025550143,4\n"
                            "2016-01-12 15:10:00 CST,Central Standard Time,+12025550100,+12025550143,5\n"
                            "2016-01-12 15:10:00 EST,,+12025550100,+12025550143,6\n";
    ImportParams params;
    params.files = {writeFile(u"tz-labels.csv"_qs, text)};
    params.timeZone = u"America/New_York"_qs;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(),
                               u"SELECT line, strftime('%Y-%m-%dT%H:%M:%SZ', utc_ms / 1000, 'unixepoch'), time_zone "
                               "FROM events ORDER BY line"_qs),
             (QStringList{u"2|2016-09-12T20:10:00Z|America/Chicago (CDT)"_qs, u"4|2016-09-12T19:10:00Z|America/New_York (EDT)"_qs,
                          u"6|2016-01-12T21:10:00Z|America/Chicago (CST)"_qs,
                          u"7|2016-01-12T20:10:00Z|America/New_York (EST)"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"3|the time zone label \"EDT\" is not what America/Chicago is called at that date (CDT)"_qs,
                          u"5|the time states EDT, its row's time zone column -05:00, another offset at that moment"_qs}));
}

void tst_CarrierRecords::aZoneNamedByTheTimestampsHeaderLeavesTheZoneColumnUnread()
{
    // "Start Time (UTC)" beside "Time Zone": the header says the times are UTC; the column says
    // something else of the call (the cell site's zone). Not read as the times' zone, and said so.
    QFile fixture(dataPath(u"carrier/cdr-zone-column.csv"_qs));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    ImportParams params;
    params.files = {writeFile(u"utc.csv"_qs, fixture.readAll().replace("Start Time,", "Start Time (UTC),"))};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, time_zone FROM events WHERE line <= 3 ORDER BY line"_qs),
             (QStringList{u"2|UTC"_qs, u"3|UTC"_qs}));
    QCOMPARE(TestSupport::scalar(imported.db->db(), u"SELECT count(*) FROM rejected_rows"_qs).toInt(), 0);
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.value(u"time_zone_column_not_read"_qs).toObject(),
             (QJsonObject{{u"header"_qs, u"Time Zone"_qs}, {u"because"_qs, u"header_zone"_qs}}));
    QVERIFY(!metadata.contains(u"time_zone_column"_qs));
    QCOMPARE(imported.result.files.first().notes,
             QStringList{u"The column \"Time Zone\" was not read as the times' zone: the timestamp's header names theirs"_qs});
    // The column's cells stay with each record.
    QCOMPARE(TestSupport::scalar(imported.db->db(), u"SELECT json_extract(extra, '$.\"Time Zone\"') FROM events WHERE line = 3"_qs)
                 .toString(),
             u"America/Chicago"_qs);

    // Nor where the times count seconds since 1970, which no zone moves.
    params.files = {writeFile(u"unix.csv"_qs, "Start Time (Unix),Time Zone,Originating Number,Terminating Number\n"
                                              "1473689000,America/Chicago,+12025550100,+12025550143\n")};
    const auto counted = import(params);
    QVERIFY2(counted.result.allOk(), qPrintable(counted.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(counted.db->db(), u"SELECT utc_ms, time_zone FROM events"_qs), QStringList{u"1473689000000|UTC"_qs});
    QVERIFY(counted.result.files.first().notes.contains(
        u"The column \"Time Zone\" was not read as the times' zone: they are counted from 1970-01-01 00:00 UTC"_qs));
}

void tst_CarrierRecords::aZoneWordBesideTheHeaderNamesItsZone_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("utc"); // of 2016-09-12 14:03:07 as written; empty: no zone named
    QTest::newRow("after") << "Start Time UTC" << "2016-09-12T14:03:07Z";
    QTest::newRow("after an underscore") << "START_TIME_GMT" << "2016-09-12T14:03:07Z";
    QTest::newRow("in") << "Start Time in UTC" << "2016-09-12T14:03:07Z";
    QTest::newRow("before") << "UTC Start Time" << "2016-09-12T14:03:07Z";
    QTest::newRow("an offset") << "Start Time UTC+2" << "2016-09-12T12:03:07Z";
    QTest::newRow("bracketed") << "Start Time (UTC)" << "2016-09-12T14:03:07Z";
    QTest::newRow("another word") << "Start Time Local" << "";
}

void tst_CarrierRecords::aZoneWordBesideTheHeaderNamesItsZone()
{
    // "Start Time UTC" named its zone as plainly as "Start Time (UTC)", yet the file waited for
    // one. UTC or GMT as the first or last word of the time's header is its zone; any other
    // word is part of the column's name.
    QFETCH(QString, header);
    QFETCH(QString, utc);
    const QByteArray text = header.toUtf8() + ",Originating Number,Terminating Number,Duration,Call Type\n"
                                              "2016-09-12 14:03:07,+12025550100,+12025550143,12,Voice\n";
    ImportParams params;
    params.files = {writeFile(QStringLiteral("zone-word.csv"), text)};
    const auto imported = import(params);
    if (utc.isEmpty()) {
        QVERIFY(!imported.result.allOk()); // the column is not "Start Time", and no zone is named
        QVERIFY2(imported.result.files.first().error.contains(u"--profile"_qs), qPrintable(imported.result.files.first().error));
        return;
    }
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), QStringList{u"communication call %1 +12025550100 +12025550143  12 2"_qs.arg(utc)});
    QCOMPARE(TestSupport::scalar(imported.db->db(), u"SELECT zone_declared FROM sources"_qs).toInt(), 0); // the file's word
}

void tst_CarrierRecords::carrierDateAndTimeColumns()
{
    // Date and time in columns of their own beside originating and terminating numbers; a
    // 12-hour time; national numbers read in the case's region; m:ss durations. Made by
    // tests/data/tools/make_cdr_xlsx.py (the workbook).
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-date-time.csv"))};
    params.timeZone = QStringLiteral("America/New_York");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.format, QStringLiteral("carrier-cdr"));
    QCOMPARE(file.rowsRead, 2);
    QCOMPARE(file.accepted, 2);
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-09-12T18:03:07Z +12025550100 +12025550143  65 2"_qs,
                          u"communication sms 2016-09-13T18:03:07Z +12025550143 +12025550100  0 3"_qs}));
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT time_raw FROM events WHERE line = 2")).toString(),
             QStringLiteral("09/12/2016 2:03:07 PM"));

    // The same shape as a workbook: date and time cells as serial numbers, a serial date beside
    // a text time, a text date (which settles month first) beside a serial time. Durations: a
    // count of seconds, then fractions of a day shown as h:mm:ss and [h]:mm:ss (1:02:05.5).
    params.files = {dataPath(QStringLiteral("carrier/cdr-date-time.xlsx"))};
    const auto workbook = import(params);
    QVERIFY2(workbook.result.allOk(), qPrintable(workbook.result.files.value(0).error));
    QCOMPARE(workbook.result.files.first().accepted, 3);
    QCOMPARE(events(workbook.db->db()),
             (QStringList{u"communication call 2016-09-12T18:03:07Z +12025550100 +12025550143  65 2"_qs,
                          u"communication sms 2016-09-13T18:03:07Z +12025550143 +12025550100  0 3"_qs,
                          u"communication call 2016-09-14T18:03:07Z +12025550100 +12025550143  3725.5 4"_qs}));
    // A General cell as stored; a time-formatted cell as the sheet shows it.
    QCOMPARE(scalar(workbook.db->db(), QStringLiteral("SELECT group_concat(time_raw, '|') FROM events")).toString(),
             QStringLiteral("42625 0.5854976851851852|42626 2:03:07 PM|09/14/2016 14:03:07"));
}

void tst_CarrierRecords::switchRecordTypesRunTogetherAreTheirWords()
{
    // A profile whose rows are "record"s unless the call type says more: "SMSMO", "MOSMS" and
    // "SMSC" are texts, "MOC"/"MTC" and Wi-Fi calling calls; a word of neither keeps the profile's.
    // Carriers writing in German, French, Spanish or Portuguese: a data session is no call.
    ImportParams params;
    params.files = {writeFile(u"switch.csv"_qs, "Time,A,B,Type\n"
                                                "2016-09-12 14:00:00,2025550100,2025550143,SMSMO\n"
                                                "2016-09-12 14:01:00,2025550100,2025550143,MOSMS\n"
                                                "2016-09-12 14:02:00,2025550100,2025550143,SMSC\n"
                                                "2016-09-12 14:03:00,2025550100,2025550143,MOC\n"
                                                "2016-09-12 14:04:00,2025550143,2025550100,MTC\n"
                                                "2016-09-12 14:05:00,2025550143,2025550100,Wi-Fi Calling\n"
                                                "2016-09-12 14:06:00,2025550143,2025550100,VoWiFi\n"
                                                "2016-09-12 14:07:00,2025550143,2025550100,Roaming\n"
                                                "2016-09-12 14:08:00,2025550143,2025550100,Gespräch\n"
                                                "2016-09-12 14:09:00,2025550143,2025550100,Données mobiles\n"
                                                "2016-09-12 14:10:00,2025550143,2025550100,Datos\n"
                                                "2016-09-12 14:11:00,2025550143,2025550100,Chamada de voz\n")};
    params.profilePath = writeFile(u"switch.json"_qs, R"({"class": "communication", "subtype": "record", "timezone": "UTC",
        "columns": {"timestamp": "Time", "initiator": "A", "counterpart": "B", "call_type": "Type"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, subtype FROM events ORDER BY line"_qs),
             (QStringList{u"2|sms"_qs, u"3|sms"_qs, u"4|sms"_qs, u"5|call"_qs, u"6|call"_qs, u"7|call"_qs, u"8|call"_qs,
                          u"9|record"_qs, u"10|call"_qs, u"11|data"_qs, u"12|data"_qs, u"13|call"_qs}));
}

void tst_CarrierRecords::switchRecordTypesOf3gppAndEricssonSayWhatARowIs()
{
    // T-Mobile US writes its switch's record types as the call type: "mSOriginatingSMSinMSC" is a
    // text (it was read as a call, said as a word not known), an RCS chat a message, a forwarded
    // call a call. A location update and a supplementary service's procedure are no
    // communication: refused, each with its reason.
    const auto imported = importFixture(u"carrier/cdr-switch-record-types.csv"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, class, subtype FROM events ORDER BY line"_qs),
             (QStringList{u"2|communication|call"_qs, u"3|communication|call"_qs, u"4|communication|sms"_qs,
                          u"5|communication|sms"_qs, u"6|communication|message"_qs, u"7|communication|call"_qs,
                          u"8|communication|sms"_qs, u"11|communication|call"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"9|the call type \"locUpdateVLRRecord\" is the network's own record of the phone (where it is, "
                          "or a look-up in the subscriber register), not a communication between handles"_qs,
                          u"10|the call type \"SSProcedure\" is a request to the carrier (a service code), not a "
                          "communication between handles"_qs}));
    QVERIFY(imported.result.files.first().warnings.isEmpty()); // every word known
    QVERIFY(!TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"call_types_not_known"_qs));
    // The texts and the chat keep "call" in their duplicate keys, as versions before read them:
    // an overlapping return one of them imported still meets them. The key is the documented hash.
    const auto keyAs = [](const QString &subtype, qint64 utcMs, const QString &from, const QString &to) {
        const QStringList fields{u"carrier-cdr"_qs, subtype, QString::number(utcMs), from, to, QString(), QString(), u"|"_qs};
        return QString::fromLatin1(
            QCryptographicHash::hash(fields.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toBase64());
    };
    const QString target = u"+12025550143"_qs;
    const QString other = u"+12025550188"_qs;
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, dedupe_key FROM events WHERE line IN (4, 6, 8) ORDER BY line"_qs),
             (QStringList{u"4|"_qs + keyAs(u"call"_qs, 1473779460000, target, other),
                          u"6|"_qs + keyAs(u"call"_qs, 1473779580000, other, target),
                          u"8|"_qs + keyAs(u"call"_qs, 1473779700000, target, other)}));
}

void tst_CarrierRecords::usCarriersOwnHeadersAreReadWithoutAMapping()
{
    // AT&T's records as its key names the columns: "Conn.Date", "Conn.Time(UTC)" (the zone its
    // header's), "SeizureTime" (seconds to connect: no time, kept as written) and "ET", the
    // elapsed time in minutes and seconds, over an hour as "65:10". The number the caller dialled,
    // where the call went elsewhere, is a second line of the originating number's cell, marked
    // "(D)": the caller is the line above, the number dialled kept beside it.
    const auto mobility = importFixture(u"carrier/cdr-att-mobility.csv"_qs, QString());
    QVERIFY2(mobility.result.allOk(), qPrintable(mobility.result.files.value(0).error));
    QCOMPARE(events(mobility.db->db()),
             (QStringList{u"communication call 2016-09-13T14:03:07Z +12025550143 +12025550188  151 2"_qs,
                          u"communication call 2016-09-13T15:10:00Z +12025550188 +12025550143  3910 3"_qs,
                          u"communication call 2016-09-14T08:00:00Z +12025550143 +12025550177  0 4"_qs,
                          u"communication call 2016-09-14T09:30:00Z +12025550143 +12025550188  62 5"_qs}));
    QCOMPARE(scalar(mobility.db->db(), u"SELECT time_zone FROM events WHERE line = 2"_qs).toString(), u"UTC"_qs);
    QCOMPARE(scalar(mobility.db->db(), u"SELECT json_extract(extra, '$.SeizureTime') FROM events WHERE line = 2"_qs).toString(),
             u"5"_qs);
    QCOMPARE(TestSupport::rows(mobility.db->db(), u"SELECT line, initiator_raw, json_extract(extra, '$.\"Originating Number (D)\"')"
                                                  " FROM events WHERE extra LIKE '%(D)%'"_qs),
             QStringList{u"5|2025550143|2025550199"_qs});
    QCOMPARE(scalar(mobility.db->db(), u"SELECT count(*) FROM handles WHERE normalized LIKE '%(D)%'"_qs).toInt(), 0);
    // Its landline records' one column of date and time, beside the seizure time.
    const auto landline = importFixture(u"carrier/cdr-att-landline.csv"_qs);
    QVERIFY2(landline.result.allOk(), qPrintable(landline.result.files.value(0).error));
    QCOMPARE(events(landline.db->db()),
             (QStringList{u"communication call 2016-09-13T14:03:07Z +12025550143 +12025550188  151 2"_qs,
                          u"communication call 2016-09-13T15:10:00Z +12025550188 +12025550143  12 3"_qs}));
    // Sprint's: "START_DATE" holds the date and the time; the header names it once.
    const auto sprint = importFixture(u"carrier/cdr-sprint.csv"_qs);
    QVERIFY2(sprint.result.allOk(), qPrintable(sprint.result.files.value(0).error));
    QCOMPARE(events(sprint.db->db()),
             (QStringList{u"communication call 2016-09-13T14:03:07Z +12025550143 +12025550188  151 2"_qs,
                          u"communication sms 2016-09-13T15:10:00Z +12025550188 +12025550143  0 3"_qs}));
    const QString recognition = sprint.result.files.first().recognition;
    QCOMPARE(recognition.count(u"\"START_DATE\""_qs), 1);
    QVERIFY2(recognition.contains(u"\"Duration (Sec)\""_qs) && recognition.contains(u"\"CALL_TYPE\""_qs), qPrintable(recognition));
    // Verizon's: the caller is "Calling Party Number", the number called "Dialed Digit Number"
    // (on an incoming call the subscriber's own), whatever "Call Direction"'s code; the time is to
    // the minute, the duration in seconds.
    const auto verizon = importFixture(u"carrier/cdr-verizon.csv"_qs);
    QVERIFY2(verizon.result.allOk(), qPrintable(verizon.result.files.value(0).error));
    QCOMPARE(verizon.result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(events(verizon.db->db()),
             (QStringList{u"communication call 2016-09-13T14:03:00Z +12025550143 +12025550188  151 2"_qs,
                          u"communication call 2016-09-13T15:10:00Z +12025550188 +12025550143  58 3"_qs,
                          u"communication call 2016-09-14T08:00:00Z +12025550177 +12025550143  0 4"_qs}));
    QCOMPARE(scalar(verizon.db->db(), u"SELECT json_extract(extra, '$.\"Mobile Directory Number\"') || ' '"
                                      " || json_extract(extra, '$.\"Call Direction\"') FROM events WHERE line = 3"_qs)
                 .toString(),
             u"2025550143 6"_qs);
}

void tst_CarrierRecords::indiasCarriersReturnsAreReadWithoutAMapping()
{
    // India's four carriers, as their returns are written: Airtel's, BSNL's and Vi's one
    // subscriber's side ("Target No", "B Party No"; the call type its direction: IN, OUT, SMT a
    // text received, SMO one sent; "Service Type" its kind), Jio's both parties. Values stand
    // between two apostrophes; a rule of dashes and the report's end are lines, not records.
    const auto in = [this](const QString &relative) {
        ImportParams params;
        params.timeZone = u"Asia/Kolkata"_qs;
        params.files = {dataPath(relative)};
        return import(params, u"IN"_qs);
    };
    // The period each states: Airtel's in its title, each end quoted; BSNL's search criteria,
    // each end a date and time without a separator; Vi's "From Date :-" and "Till Date :-".
    const auto period = [](QSqlDatabase db) {
        const QList<StatedPeriod> stated =
            StatedPeriod::find(TestSupport::jsonObject(db, u"SELECT metadata FROM sources"_qs));
        if (stated.size() != 1)
            return u"%1 periods"_qs.arg(stated.size());
        const StatedPeriod &p = stated.first();
        return u"%1-%2 %3 %4 %5"_qs.arg(p.line).arg(p.endLine).arg(p.first.toString(Qt::ISODate),
                                                              p.last.toString(Qt::ISODate), p.lastTime.toString());
    };
    const auto airtel = in(u"carrier/cdr-in-airtel.csv"_qs);
    QVERIFY2(airtel.result.allOk(), qPrintable(airtel.result.files.value(0).error));
    QCOMPARE(airtel.result.files.first().format, u"carrier-cdr-target"_qs);
    QCOMPARE(accounting(airtel.result.files.first()), (QList<int>{4, 4, 0, 0}));
    QCOMPARE(events(airtel.db->db()),
             (QStringList{u"communication sms 2026-04-15T02:56:10Z AD-Airtel-S +919000000101  0 8"_qs,
                          u"communication call 2026-04-15T04:12:17Z +919000000101 +919000000202 49.36.10.21 41 9"_qs,
                          u"communication call 2026-04-16T04:30:05Z +919000000303 +919000000101  12 10"_qs,
                          u"communication sms 2026-04-16T05:30:00Z +919000000101 +919000000202  0 11"_qs}));
    // The subscriber's own address on a Wi-Fi call: the client IP of a call it made (the first
    // address, with its port); of a call it received, kept as written, as the caller's request
    // came from elsewhere. Every row keeps its column as written.
    QCOMPARE(TestSupport::rows(airtel.db->db(), u"SELECT line, coalesce(client_ip, ''), coalesce(client_port, ''),"
                                                " json_extract(extra, '$.\"Vowifi First UE IP\"') || ' '"
                                                " || json_extract(extra, '$.Port1') FROM events WHERE line IN (9, 10)"
                                                " ORDER BY line"_qs),
             (QStringList{u"9|49.36.10.21|41642|49.36.10.21 41642"_qs, u"10|||49.36.10.20 5060"_qs}));
    QCOMPARE(TestSupport::jsonObject(airtel.db->db(), u"SELECT metadata FROM sources"_qs).value(u"subscriber_addresses"_qs).toObject(),
             (QJsonObject{{u"column"_qs, u"Vowifi First UE IP"_qs}, {u"read"_qs, 1}, {u"kept"_qs, 1}, {u"first_kept_line"_qs, 10}}));
    const QString addresses = u"the subscriber's own address (\"Vowifi First UE IP\") is the client IP of the 1 "
                              "record(s) it began, as the address their request came from; 1 record(s) the subscriber "
                              "received keep its address (\"Vowifi First UE IP\") as written, not as their client IP: "
                              "their request came from the caller, whose address the return does not give (the first "
                              "at line 10)"_qs;
    QVERIFY2(airtel.result.files.first().warnings.contains(addresses), qPrintable(airtel.result.files.first().warnings.join(u'\n')));
    const QString description = TestSupport::shownText(SourceListModel(airtel.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(addresses), qPrintable(description));
    QCOMPARE(period(airtel.db->db()), u"5-0 2026-04-01 2026-04-30 "_qs);
    // The same return opened in Excel and saved: its values still between apostrophes in text
    // cells, its times serial times. The same records, the same period, the same address read.
    const auto book = in(u"carrier/cdr-in-airtel.xlsx"_qs);
    QVERIFY2(book.result.allOk(), qPrintable(book.result.files.value(0).error));
    QCOMPARE(book.result.files.first().format, u"carrier-cdr-target"_qs);
    QCOMPARE(events(book.db->db()), events(airtel.db->db()));
    QCOMPARE(period(book.db->db()), period(airtel.db->db()));
    QVERIFY2(book.result.files.first().warnings.contains(addresses), qPrintable(book.result.files.first().warnings.join(u'\n')));

    const auto bsnl = in(u"carrier/cdr-in-bsnl.csv"_qs);
    QVERIFY2(bsnl.result.allOk(), qPrintable(bsnl.result.files.value(0).error));
    QCOMPARE(accounting(bsnl.result.files.first()), (QList<int>{4, 2, 0, 2}));
    QCOMPARE(events(bsnl.db->db()),
             (QStringList{u"communication sms 2026-06-17T10:28:21Z 57645 +919000000404  1 7"_qs,
                          u"communication call 2026-06-19T06:45:04Z +919000000404 +919000000505  760 8"_qs}));
    const QString notARow = u"1 field where the header has 22: a line of text, not a row of the table (a title, a "
                            "rule or the report's end?)"_qs;
    QCOMPARE(TestSupport::rows(bsnl.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"9|"_qs + notARow, u"10|"_qs + notARow}));
    QCOMPARE(period(bsnl.db->db()), u"3-4 2026-06-01 2026-06-25 "_qs);

    const auto jio = in(u"carrier/cdr-in-jio.csv"_qs);
    QVERIFY2(jio.result.allOk(), qPrintable(jio.result.files.value(0).error));
    QCOMPARE(jio.result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(events(jio.db->db()),
             (QStringList{u"communication sms 2026-01-12T19:41:49Z JP-JioPay-S +919000000606  0 5"_qs,
                          u"communication call 2026-01-13T04:45:30Z +919000000606 +919000000707  45 6"_qs,
                          u"communication call 2026-01-14T03:30:00Z +919000000707 +919000000606  120 7"_qs,
                          u"communication sms 2026-01-14T03:35:00Z +919000000606 +919000000707  0 8"_qs}));
    QVERIFY(!TestSupport::jsonObject(jio.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"call_types_not_known"_qs));

    const auto vi = in(u"carrier/cdr-in-vi.csv"_qs);
    QVERIFY2(vi.result.allOk(), qPrintable(vi.result.files.value(0).error));
    QCOMPARE(accounting(vi.result.files.first()), (QList<int>{3, 2, 0, 1}));
    QCOMPARE(events(vi.db->db()),
             (QStringList{u"communication call 2026-01-13T04:38:37Z +919000000909 +919000000808  26 11"_qs,
                          u"communication call 2026-01-13T05:02:38Z +919000000808 +919000000919 49.36.10.20 13 12"_qs}));
    QCOMPARE(scalar(vi.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 10"_qs).toString(),
             QString(notARow).replace(u"22"_qs, u"24"_qs));
    QCOMPARE(period(vi.db->db()), u"6-7 2026-01-01 2026-03-23 13:27:50"_qs);

    // Jio's nodal office's export is one side too ("Mobile_No", "Other_Party_No"); its
    // "Call_Initiation_Time(CIT)" gives the time its own initials, no zone.
    const auto nodal = in(u"carrier/cdr-in-jio-nodal.csv"_qs);
    QVERIFY2(nodal.result.allOk(), qPrintable(nodal.result.files.value(0).error));
    QCOMPARE(nodal.result.files.first().format, u"carrier-cdr-target"_qs);
    QCOMPARE(events(nodal.db->db()),
             (QStringList{u"communication call 2026-01-13T04:45:30Z +919000000606 +919000000707  45 6"_qs,
                          u"communication sms 2026-01-13T05:30:00Z JM-JIOINF +919000000606  0 7"_qs,
                          u"communication sms 2026-01-14T03:35:00Z +919000000606 +919000000707  0 8"_qs}));
    QVERIFY2(!nodal.result.files.first().warnings.join(u'\n').contains(u"CIT"_qs),
             qPrintable(nodal.result.files.first().warnings.join(u'\n')));
    QCOMPARE(scalar(nodal.db->db(), u"SELECT count(*) FROM events WHERE time_zone = 'Asia/Kolkata'"_qs).toInt(), 3);
    QCOMPARE(period(nodal.db->db()), u"3-4 2026-01-01 2026-01-31 "_qs);
}

void tst_CarrierRecords::indiasCallTypeCodesSayTheKindAndTheWay()
{
    // Jio's codes run a kind and a direction together, matched whole; a direction the
    // one-sided returns do not name is refused, the row kept with its reason.
    const auto jio = importUtc(u"jio-codes.csv"_qs, "Calling Party Telephone Number,Called Party Telephone Number,"
                                                    "Call Date,Call Time,Call Duration,Call Type\n"
                                                    "2025550143,2025550188,13/01/2026,10:00:00,0,P2P_SMSIN\n"
                                                    "2025550143,2025550188,13/01/2026,10:01:00,0,A2P_SMSIN_wifi\n"
                                                    "2025550143,2025550188,13/01/2026,10:02:00,30,a_in_vw\n"
                                                    "2025550143,2025550188,13/01/2026,10:03:00,30,VDO-OUT\n"
                                                    "2025550143,2025550188,13/01/2026,10:04:00,30,a_frw\n");
    QVERIFY2(jio.result.allOk(), qPrintable(jio.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(jio.db->db(), u"SELECT line, subtype FROM events ORDER BY line"_qs),
             (QStringList{u"2|sms"_qs, u"3|sms"_qs, u"4|call"_qs, u"5|call"_qs, u"6|call"_qs}));
    // A forwarded call's code is not read: said as a call type not known, as "Forward" is.
    const QJsonObject notKnown = TestSupport::jsonObject(jio.db->db(), u"SELECT metadata FROM sources"_qs)
                                     .value(u"call_types_not_known"_qs)
                                     .toObject();
    QCOMPARE(notKnown.value(u"rows"_qs).toInt(), 1);
    QCOMPARE(notKnown.value(u"first"_qs).toArray().at(0).toObject().value(u"written"_qs).toString(), u"a_frw"_qs);

    const auto sided = importUtc(u"airtel-codes.csv"_qs, "Target No,Call Type,B Party No,Date,Time,Dur(s),Service Type\n"
                                                         "2025550143,SMO,2025550188,13/01/2026,10:00:00,0,SMS\n"
                                                         "2025550143,SMT,2025550188,13/01/2026,10:01:00,0,SMS\n"
                                                         "2025550143,FWD,2025550188,13/01/2026,10:02:00,20,Voice\n");
    QVERIFY2(sided.result.allOk(), qPrintable(sided.result.files.value(0).error));
    QCOMPARE(events(sided.db->db()),
             (QStringList{u"communication sms 2026-01-13T10:00:00Z +12025550143 +12025550188  0 2"_qs,
                          u"communication sms 2026-01-13T10:01:00Z +12025550188 +12025550143  0 3"_qs}));
    QCOMPARE(scalar(sided.db->db(), u"SELECT reason FROM rejected_rows"_qs).toString(),
             u"the direction \"FWD\" is neither incoming nor outgoing"_qs);

    // Without a service type, a direction naming a text says the kind; a call's says nothing.
    // Its key is a text's, as where the service type says "SMS".
    const auto bare = importUtc(u"airtel-bare.csv"_qs, "Target No,Call Type,B Party No,Date,Time,Dur(s)\n"
                                                       "2025550143,SMO,2025550188,13/01/2026,10:00:00,0\n"
                                                       "2025550143,OUT,2025550188,13/01/2026,10:01:00,30\n"
                                                       "2025550143,SMT,2025550188,13/01/2026,10:02:00,0\n");
    QVERIFY2(bare.result.allOk(), qPrintable(bare.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(bare.db->db(), u"SELECT line, subtype FROM events ORDER BY line"_qs),
             (QStringList{u"2|sms"_qs, u"3|call"_qs, u"4|sms"_qs}));
    const auto again = importUtc(u"airtel-bare-again.csv"_qs, "Target No,Call Type,B Party No,Date,Time,Dur(s),Service Type\n"
                                                              "2025550143,SMO,2025550188,13/01/2026,10:00:00,0,SMS\n");
    QCOMPARE(scalar(again.db->db(), u"SELECT dedupe_key FROM events"_qs),
             scalar(bare.db->db(), u"SELECT dedupe_key FROM events WHERE line = 2"_qs));
    // A one-sided return's "MO-SMS" without a call type, read as a call by versions before, is a
    // text keyed as it was.
    const auto before = importUtc(u"sided-mo-sms.csv"_qs, "Date,Time,Subscriber,Other Party,Direction,Call Type\n"
                                                          "2016-09-12,14:03:07,2025550143,2025550188,MO-SMS,\n");
    QCOMPARE(events(before.db->db()),
             QStringList{u"communication sms 2016-09-12T14:03:07Z +12025550143 +12025550188   2"_qs});
    const QStringList keyed{u"carrier-cdr-sided"_qs, u"call"_qs, u"1473688987000"_qs, u"+12025550143"_qs,
                            u"+12025550188"_qs, QString(), QString(), u"|"_qs};
    QCOMPARE(scalar(before.db->db(), u"SELECT dedupe_key FROM events"_qs).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(keyed.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toBase64()));
}

void tst_CarrierRecords::indiasNumbersReadInAnotherRegionAreSaid()
{
    // India's carriers write national numbers; read in a case of US returns "8128778750" is a
    // valid number of Indiana. Not undone (the analyst says which country's), but said.
    const QByteArray airtel = "Target No,Call Type,B Party No,Date,Time,Dur(s),Service Type\n"
                              "'9000000101',OUT,'8128778750','13/01/2026',10:00:00,30,Voice\n"
                              "'9000000101',IN,'+919000000303','13/01/2026',10:05:00,30,Voice\n";
    const auto us = importUtc(u"airtel-in-us.csv"_qs, airtel);
    QVERIFY2(us.result.allOk(), qPrintable(us.result.files.value(0).error));
    QCOMPARE(events(us.db->db()),
             (QStringList{u"communication call 2026-01-13T10:00:00Z 9000000101 +18128778750  30 2"_qs,
                          u"communication call 2026-01-13T10:05:00Z +919000000303 9000000101  30 3"_qs}));
    const QJsonObject said = TestSupport::jsonObject(us.db->db(), u"SELECT metadata FROM sources"_qs)
                                 .value(u"numbers_of_format_region"_qs)
                                 .toObject();
    QCOMPARE(said, (QJsonObject{{u"format"_qs, u"carrier-cdr-target"_qs}, {u"format_region"_qs, u"IN"_qs},
                                {u"region"_qs, u"US"_qs}, {u"count"_qs, 2},
                                {u"first"_qs, QJsonArray{u"'9000000101'"_qs, u"'8128778750'"_qs}}}));
    const QString note = u"2 number(s) written without a country code ('9000000101', '8128778750') were read as "
                         "numbers of the region US, where the carriers whose records the format carrier-cdr-target "
                         "reads write numbers of the region IN: if the file is theirs, declare its region (--region IN)"_qs;
    QVERIFY2(us.result.files.first().warnings.contains(note), qPrintable(us.result.files.first().warnings.join(u'\n')));

    ImportParams params;
    params.timeZone = u"UTC"_qs;
    params.files = {writeFile(u"airtel-in-in.csv"_qs, airtel)};
    const auto in = import(params, u"IN"_qs);
    QCOMPARE(events(in.db->db()),
             (QStringList{u"communication call 2026-01-13T10:00:00Z +919000000101 +918128778750  30 2"_qs,
                          u"communication call 2026-01-13T10:05:00Z +919000000303 +919000000101  30 3"_qs}));
    QVERIFY(!TestSupport::jsonObject(in.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"numbers_of_format_region"_qs));
}

void tst_CarrierRecords::aSendersNameBetweenApostrophesIsTheSenderWrittenPlainly()
{
    // Airtel writes every value between two apostrophes, a service's sender name too; another
    // carrier writes the same sender plainly. One sender, one handle (handle rules 4): its
    // timeline holds both texts, each record as written, the spelling said.
    const QString plain = writeFile(u"plain.csv"_qs, "Start Time,Calling Number,Called Number,Call Type\n"
                                                     "2026-04-20 10:00:00,AD-Airtel-S,+919000000202,SMS\n");
    ImportParams params;
    params.timeZone = u"Asia/Kolkata"_qs;
    params.files = {dataPath(u"carrier/cdr-in-airtel.csv"_qs), plain};
    const auto imported = import(params, u"IN"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT h.normalized, h.kind, e.initiator_raw, e.line FROM events e"
                                                  " JOIN handles h ON h.id = e.initiator_id"
                                                  " WHERE h.kind = 'other' ORDER BY e.utc_ms"_qs),
             (QStringList{u"AD-Airtel-S|other|'AD-Airtel-S'|8"_qs, u"AD-Airtel-S|other|AD-Airtel-S|2"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT raw FROM handle_spellings s JOIN handles h ON h.id = s.handle_id"
                                                  " WHERE h.normalized = 'AD-Airtel-S' ORDER BY raw"_qs),
             (QStringList{u"'AD-Airtel-S'"_qs, u"AD-Airtel-S"_qs}));
    const QString said = TableImporter::strayCharactersNote(TestSupport::jsonObject(
        imported.db->db(), u"SELECT metadata FROM sources WHERE file_name = 'cdr-in-airtel.csv'"_qs));
    QVERIFY2(said.contains(u"'AD-Airtel-S' as AD-Airtel-S"_qs), qPrintable(said));

    // A case whose sender an earlier version stored with its apostrophes (handle rules 3): the
    // next import into it says the spelling reads otherwise now, as the sender stands twice there.
    const QString older = newCasePath();
    QVERIFY(importInto(older, {dataPath(u"carrier/cdr-in-airtel.csv"_qs)}, u"Asia/Kolkata"_qs).allOk());
    {
        const auto db = openCase(older, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"UPDATE handles SET normalized = '''AD-Airtel-S''' WHERE normalized = 'AD-Airtel-S'"_qs));
        QVERIFY(q.exec(u"UPDATE sources SET importer_version = 'lookuplens-import/0.1.0 handle-rules/3'"_qs));
    }
    const ImportResult next = importInto(older, {plain}, u"Asia/Kolkata"_qs);
    QVERIFY(next.allOk());
    const QString warnings = next.files.first().warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"1 handle spelling(s) in this case were read otherwise by an earlier version of "
                               "LookupLens (\"'AD-Airtel-S'\" was 'AD-Airtel-S', is now AD-Airtel-S): "_qs),
             qPrintable(warnings));
    QCOMPARE(TestSupport::rows(openCase(older)->db(), u"SELECT normalized FROM handles WHERE kind = 'other' ORDER BY normalized"_qs),
             (QStringList{u"'AD-Airtel-S'"_qs, u"AD-Airtel-S"_qs}));
}

void tst_CarrierRecords::theSubscribersOwnAddressIsTheClientIpOfWhatItBegan()
{
    // An analyst's mapping of one subscriber's records naming its own address: the client IP of
    // what it began; what it received came from the caller, so keeps it in extra only. A bad
    // port costs its row, as a client port's does; the record's key is made without the address.
    ImportParams params;
    params.files = {writeFile(u"own-address.csv"_qs, "When,Who,Other,Way,UE IP,UE Port\n"
                                                     "2026-04-15 09:42:17,2025550100,2025550143,out,203.0.113.7,4500\n"
                                                     "2026-04-15 09:50:00,2025550100,2025550143,in,203.0.113.8,4500\n"
                                                     "2026-04-15 10:00:00,2025550100,2025550143,out,-,-\n"
                                                     "2026-04-15 10:10:00,2025550100,2025550143,out,203.0.113.9,port\n")};
    params.profilePath = writeFile(u"own-address.json"_qs, R"({"id": "own", "class": "communication", "subtype": "call",
        "timezone": "UTC", "columns": {"timestamp": "When", "local_party": "Who", "remote_party": "Other",
        "direction": "Way", "local_party_ip": "UE IP", "local_party_port": "UE Port"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(accounting(imported.result.files.first()), (QList<int>{4, 3, 0, 1}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, coalesce(client_ip, ''), coalesce(client_port, ''),"
                                                  " json_extract(extra, '$.\"UE IP\"') FROM events ORDER BY line"_qs),
             (QStringList{u"2|203.0.113.7|4500|203.0.113.7"_qs, u"3|||203.0.113.8"_qs, u"4|||-"_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT reason FROM rejected_rows"_qs).toString(),
             u"the port \"port\" is not a number from 0 to 65535"_qs);
    const QStringList keyed{u"own"_qs, u"call"_qs, u"1776246137000"_qs, u"+12025550100"_qs, u"+12025550143"_qs,
                            QString(), QString(), u"|"_qs};
    QCOMPARE(scalar(imported.db->db(), u"SELECT dedupe_key FROM events WHERE line = 2"_qs).toString(),
             QString::fromLatin1(
                 QCryptographicHash::hash(keyed.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toBase64()));
    QCOMPARE(TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs).value(u"subscriber_addresses"_qs).toObject(),
             (QJsonObject{{u"column"_qs, u"UE IP"_qs}, {u"read"_qs, 1}, {u"kept"_qs, 1}, {u"first_kept_line"_qs, 3}}));

    // The subscriber named above the header, not in a column: the same reading.
    params.files = {writeFile(u"own-address-above.csv"_qs, "Target Number: (202) 555-0100\n"
                                                           "When,Other,Way,UE IP\n"
                                                           "2026-04-15 09:42:17,2025550143,out,203.0.113.7\n"
                                                           "2026-04-15 09:50:00,2025550143,in,203.0.113.8\n")};
    params.profilePath = writeFile(u"own-address-above.json"_qs, R"({"id": "own", "class": "communication",
        "subtype": "call", "timezone": "UTC", "columns": {"timestamp": "When", "remote_party": "Other",
        "direction": "Way", "local_party_ip": "UE IP"}})");
    const auto above = import(params);
    QVERIFY2(above.result.allOk(), qPrintable(above.result.files.value(0).error));
    QCOMPARE(events(above.db->db()),
             (QStringList{u"communication call 2026-04-15T09:42:17Z +12025550100 +12025550143 203.0.113.7  3"_qs,
                          u"communication call 2026-04-15T09:50:00Z +12025550143 +12025550100   4"_qs}));
    // Both parties in columns of their own: whose address it is the file does not say. A mapping
    // so made, or of the port alone, is refused before anything is read.
    QString error;
    QVERIFY(!TableFormat::fromJson(QJsonDocument::fromJson(R"({"class": "communication", "subtype": "call",
        "timezone": "UTC", "columns": {"timestamp": "When", "initiator": "From", "counterpart": "To",
        "local_party_ip": "UE IP"}})").object(), true, &error));
    QCOMPARE(error, u"\"local_party_ip\" is the subscriber's own address, read in one subscriber's records "
                    "(\"remote_party\" and \"direction\"); where both parties have columns, whose address it is "
                    "the file does not say: map it as \"client_ip\" if it is the initiator's, or leave it out (its "
                    "cells are kept with each record)"_qs);
    QVERIFY(!TableFormat::fromJson(QJsonDocument::fromJson(R"({"class": "communication", "subtype": "call",
        "timezone": "UTC", "columns": {"timestamp": "When", "remote_party": "Other", "direction": "Way",
        "local_party_port": "UE Port"}})").object(), true, &error));
    QCOMPARE(error, u"\"local_party_port\" is the port beside the subscriber's own address: map \"local_party_ip\" too"_qs);
}

void tst_CarrierRecords::aNumberWithAMarkIsKeptAndSaid()
{
    // A number with a mark after it in brackets ("(F)", "[X]"): what the mark says is the
    // carrier's key's to tell (AT&T's "(D)" is a number dialled, not the party), so the spelling
    // is kept as written, a handle of its own, and said with the number it holds. An area code in
    // brackets is no mark; a name with a word in brackets holds no number.
    const auto imported = importUtc(u"marks.csv"_qs, "Start Time,Originating Number,Terminating Number,Duration\n"
                                                     "2016-09-13 14:03:07,2025550143,2025550188(F),30\n"
                                                     "2016-09-13 14:05:07,(202) 555-0143,2025550188 [X],30\n"
                                                     "2016-09-13 14:06:07,2025550143,Customer (VIP),30\n"
                                                     "2016-09-13 14:07:07,2025550143,2025550188(F),30\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT e.line, i.normalized, c.normalized, c.kind FROM events e"
                                                  " JOIN handles i ON i.id = e.initiator_id JOIN handles c ON c.id = e.counterpart_id"
                                                  " ORDER BY e.line"_qs),
             (QStringList{u"2|+12025550143|2025550188(F)|other"_qs, u"3|+12025550143|2025550188 [X]|other"_qs,
                          u"4|+12025550143|Customer (VIP)|other"_qs, u"5|+12025550143|2025550188(F)|other"_qs}));
    const QJsonObject marked = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs)
                                   .value(u"numbers_with_a_mark"_qs).toObject();
    QCOMPARE(marked, (QJsonObject{{u"count"_qs, 2},
                                  {u"first"_qs, QJsonArray{QJsonObject{{u"written"_qs, u"2025550188(F)"_qs}, {u"number"_qs, u"+12025550188"_qs}},
                                                           QJsonObject{{u"written"_qs, u"2025550188 [X]"_qs}, {u"number"_qs, u"+12025550188"_qs}}}}}));
    const QString note = u"2 handle(s) are a number with a mark after it in brackets, which the carrier's key of its "
                         "records explains, and were each kept as written, one handle of its own: their records are in "
                         "none of the number's timelines, and the contact graph draws each as a party apart: "
                         "\"2025550188(F)\" (+12025550188); \"2025550188 [X]\" (+12025550188)"_qs;
    QCOMPARE(imported.result.files.first().warnings, QStringList{note});
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(description.contains(note), qPrintable(description));
    // A file with none says nothing.
    const auto none = importFixture(u"carrier/cdr-call-types.csv"_qs);
    QVERIFY(!TestSupport::jsonObject(none.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"numbers_with_a_mark"_qs));
}

void tst_CarrierRecords::theFirstSynonymWinsWhereverItsColumnStands()
{
    // "Dialed Digits" before "Called Number": the digits dialled (a caller-ID block code and
    // all) are kept as written, the number called is the counterpart; the same in either order.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    for (const QByteArray &text :
         {QByteArray("Start Time,Calling Number,Dialed Digits,Called Number,Duration\n"
                     "2016-09-12 14:03:07,+12025550100,*67 202-555-0143,+12025550143,65\n"),
          QByteArray("Start Time,Calling Number,Called Number,Dialed Digits,Duration\n"
                     "2016-09-12 14:03:07,+12025550100,+12025550143,*67 202-555-0143,65\n")}) {
        params.files = {writeFile(u"dialed.csv"_qs, text)};
        const auto imported = import(params);
        QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
        QCOMPARE(events(imported.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs});
        QCOMPARE(scalar(imported.db->db(), u"SELECT extra FROM events"_qs).toString(),
                 QStringLiteral(R"({"Dialed Digits":"*67 202-555-0143"})"));
    }
}

void tst_CarrierRecords::aDateAndATimeColumnBeatATimestampsSynonym()
{
    // "Start Date" and "Start Time": the time of day beside its date, not a timestamp (every row
    // was rejected as "unreadable timestamp "14:03:07""); the header's "(UTC)" still says its zone.
    ImportParams params;
    params.files = {writeFile(u"start.csv"_qs, "Start Date,Start Time (UTC),Calling Number,Called Number,Duration\n"
                                               "2016-09-12,14:03:07,+12025550100,+12025550143,65\n")};
    const auto started = import(params);
    QVERIFY2(started.result.allOk(), qPrintable(started.result.files.value(0).error));
    QCOMPARE(events(started.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs});

    // A connection's date and time, and beside them a seizure time (how long the switch took
    // to connect) and the elapsed time: the seizure time is no timestamp, and is kept as
    // written. The year in two digits, read by POSIX's rule and said so; the order asked.
    const QByteArray seized = "Item,Conn. Date,Conn. Time,Seizure Time,Elapsed Time,Originating Number,Terminating Number\n"
                              "1,09/12/16,14:03:07,0:03,1:05,(202) 555-0143,(202) 555-0178\n"
                              "2,09/12/16,14:10:00,0:01,0:10,(202) 555-0178,(202) 555-0143\n";
    params.files = {writeFile(u"seized.csv"_qs, seized)};
    params.timeZone = QStringLiteral("UTC");
    const auto unordered = import(params);
    QVERIFY(unordered.result.files.first().needsDateOrder);
    QVERIFY(!unordered.result.allOk());
    params.dateOrder = DateOrder::MonthFirst;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550143 +12025550178  65 2"_qs,
                                                     u"communication call 2016-09-12T14:10:00Z +12025550178 +12025550143  10 3"_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT extra FROM events WHERE line = 2"_qs).toString(),
             QStringLiteral(R"({"Conn. Date":"09/12/16","Conn. Time":"14:03:07","Item":"1","Seizure Time":"0:03"})"));
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"years written with two digits, as on line 2 (\"09/12/16 14:03:07\"), were read by POSIX's "
                         "rule: 00–68 as 2000–2068, 69–99 as 1969–1999"_qs});
    const QString tip = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(tip.endsWith(u'\n' + imported.result.files.first().warnings.first()), qPrintable(tip)); // kept with the source
}

void tst_CarrierRecords::dateAndTimeCellsAsExcelsRoundTripsLeaveThem()
{
    // A date cell written out with its midnight, a time cell on Excel's day 0: every row was an
    // unreadable timestamp. The time stored as written is the two cells; a reason quotes them.
    const auto imported = importUtc(u"roundtrip.csv"_qs, "Date,Time,Calling Number,Called Number\n"
                                                         "9/13/2016 0:00,14:03:07,2025550100,2025550143\n"
                                                         "2016-09-12 00:00:00,1899-12-30 14:03:07,2025550100,2025550143\n"
                                                         "2016-09-12 00:00:00,1900-01-01 14:03:07,2025550100,2025550143\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, utc_ms, time_raw FROM events ORDER BY line"_qs),
             (QStringList{u"2|1473775387000|9/13/2016 0:00 14:03:07"_qs,
                          u"3|1473688987000|2016-09-12 00:00:00 1899-12-30 14:03:07"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"4|unreadable timestamp \"2016-09-12 00:00:00 1900-01-01 14:03:07\""_qs});
}

void tst_CarrierRecords::carriersHeadersInOtherLanguages()
{
    // A German carrier's records as its Excel saves them (Windows-1252, ";", CRLF, dotted
    // dates): "Datum", "Uhrzeit", "A-Nr." ("Nr." the number it abbreviates), "Gewählte Nummer",
    // "Dauer", "Dienst"; the cell site is kept under its own header, its "ß" as written.
    ImportParams params;
    params.timeZone = QStringLiteral("Europe/Berlin");
    params.files = {dataPath(QStringLiteral("carrier/cdr-de.csv"))};
    const auto german = import(params);
    QVERIFY2(german.result.allOk(), qPrintable(german.result.files.value(0).error));
    QCOMPARE(german.result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(events(german.db->db()), (QStringList{u"communication call 2016-09-12T12:03:07Z +49301234567 +491712345678  65 3"_qs,
                                                   u"communication sms 2016-09-13T07:00:00Z +491712345678 +49301234567  0 4"_qs}));
    QCOMPARE(scalar(german.db->db(), u"SELECT extra FROM events WHERE line = 3"_qs).toString(),
             u"{\"Datum\":\"12.09.2016\",\"Dienst\":\"Sprache\",\"Funkzelle\":\"Müllerstraße 1\",\"Uhrzeit\":\"14:03:07\"}"_qs);
    QCOMPARE(TestSupport::rows(german.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"5|impossible date or time \"31.03.2017 25:00:00\""_qs});

    // A French return of one subscriber's side (UTF-8 with its mark): "Heure", "Numéro du
    // correspondant" (accents or none), "Sens", "Durée"; the subscriber named above the header
    // on a line ";"-parted as the file is.
    params.timeZone = QStringLiteral("Europe/Paris");
    params.files = {dataPath(QStringLiteral("carrier/cdr-fr-sided.csv"))};
    const auto french = import(params);
    QVERIFY2(french.result.allOk(), qPrintable(french.result.files.value(0).error));
    QCOMPARE(french.result.files.first().format, u"carrier-cdr-sided"_qs);
    QCOMPARE(events(french.db->db()), (QStringList{u"communication call 2016-09-12T12:03:07Z +33612345678 +33698765432  65 4"_qs,
                                                   u"communication sms 2016-09-13T08:00:00Z +33698765432 +33612345678   5"_qs}));
    QVERIFY(HeaderMatcher::isOneOf(u"Numero du correspondant"_qs, {HeaderMatcher::normalizeHeader(u"Numéro du correspondant"_qs)}));

    // A Dutch return of one subscriber's side: "Aansluiting:" above the header, "Tegenpartij",
    // "Richting" ("uitgaand", "inkomend", a missed call "gemist" as incoming), dashed dates,
    // "1 min 5 sec", "Gesprek" a call and "Bericht" a message.
    params.timeZone = QStringLiteral("Europe/Amsterdam");
    params.files = {dataPath(QStringLiteral("carrier/cdr-nl-sided.csv"))};
    const auto dutch = import(params);
    QVERIFY2(dutch.result.allOk(), qPrintable(dutch.result.files.value(0).error));
    QCOMPARE(dutch.result.files.first().format, u"carrier-cdr-sided"_qs);
    QCOMPARE(events(dutch.db->db()), (QStringList{u"communication call 2016-09-13T12:03:07Z +31612345678 +31201234567  65 3"_qs,
                                                  u"communication sms 2016-09-14T08:00:00Z +31201234567 +31612345678  0 4"_qs,
                                                  u"communication call 2016-09-15T09:00:00Z +31201234567 +31612345678  0 5"_qs}));
}

void tst_CarrierRecords::aCarriersMonthNamesAndPeriodAreRead()
{
    // A German carrier's dates with the month named (Windows-1252, ";", CRLF): "März", Excel's
    // "Mrz.", "Marz" without its umlaut, across the night summer time began; the period stated
    // above the header in German ("Zeitraum … bis …"), a record of 1 April after it counted; a
    // misspelt month ("Mäz") rejected saying so, its neighbours kept.
    ImportParams params;
    params.timeZone = QStringLiteral("Europe/Berlin");
    params.files = {dataPath(QStringLiteral("carrier/cdr-de-months-named.csv"))};
    const auto german = import(params);
    QVERIFY2(german.result.allOk(), qPrintable(german.result.files.value(0).error));
    QCOMPARE(events(german.db->db()), (QStringList{u"communication call 2017-03-12T13:03:07Z +49301234567 +491712345678  65 4"_qs,
                                                   u"communication sms 2017-03-26T01:30:00Z +491712345678 +49301234567  0 5"_qs,
                                                   u"communication call 2017-03-31T21:59:00Z +49301234567 +491712345678  10 6"_qs,
                                                   u"communication sms 2017-03-31T22:10:00Z +491712345678 +49301234567  0 8"_qs}));
    QCOMPARE(TestSupport::rows(german.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"7|\"Mäz\" in \"12. Mäz 2017 10:00:00\" is no month's name LookupLens reads (it reads them in "
                         "English, German, French, Spanish, Portuguese, Italian and Dutch, whole or shortened)"_qs});
    const QJsonObject metadata =
        QJsonDocument::fromJson(scalar(german.db->db(), u"SELECT metadata FROM sources"_qs).toByteArray()).object();
    const QList<StatedPeriod> periods = StatedPeriod::find(metadata);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first().line, 2);
    QCOMPARE(periods.first().first, QDate(2017, 3, 1));
    QCOMPARE(periods.first().last, QDate(2017, 3, 31));
    QCOMPARE(metadata.value(u"outside_stated_period"_qs).toArray(),
             (QJsonArray{QJsonObject{{u"header_line"_qs, 3},
                                     {u"before"_qs, QJsonObject{{u"lookups"_qs, 0}, {u"communications"_qs, 0}, {u"connections"_qs, 0}}},
                                     {u"after"_qs, QJsonObject{{u"lookups"_qs, 0}, {u"communications"_qs, 1}, {u"connections"_qs, 0}}},
                                     {u"first_line"_qs, 8}}}));
}

void tst_CarrierRecords::abbreviatedHeadersAreTheirWords()
{
    // Switch exports abbreviate: "CALLING_NBR", "Orig No.", "Term #", "DUR". Each is its word,
    // and the carrier format recognises the file; "DIALED_NBR" is no field and is kept as written.
    const auto imported = importUtc(u"abbreviated.csv"_qs, "CALL_DATE,CALL_TIME,CALLING_NBR,DIALED_NBR,Term #,DUR\n"
                                                           "2016-09-12,14:03:07,2025550100,*672025550143,2025550143,65\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(events(imported.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs});
    QCOMPARE(scalar(imported.db->db(), u"SELECT extra FROM events"_qs).toString(),
             QStringLiteral(R"({"CALL_DATE":"2016-09-12","CALL_TIME":"14:03:07","DIALED_NBR":"*672025550143"})"));
    const auto orig = importUtc(u"orig.csv"_qs, "Date,Time,Orig No.,Term Number,Duration\n"
                                                "2016-09-12,14:03:07,2025550100,2025550143,65\n");
    QVERIFY2(orig.result.allOk(), qPrintable(orig.result.files.value(0).error));
    QCOMPARE(events(orig.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs});

    // A profile saved before abbreviations were written out holds its headers as they were
    // normalised then ("callingnbr"): it still finds its columns.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(u"saved.csv"_qs, "When,Calling Nbr,Called Nbr\n2016-09-12 14:03:07,2025550100,2025550143\n")};
    params.profilePath = writeFile(u"saved.json"_qs, R"({"id": "saved", "class": "communication", "subtype": "call",
        "timezone": "UTC", "columns": {"timestamp": ["when"], "initiator": ["callingnbr"], "counterpart": ["callednbr"]}})");
    const auto saved = import(params);
    QVERIFY2(saved.result.allOk(), qPrintable(saved.result.files.value(0).error));
    QCOMPARE(events(saved.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143   2"_qs});
}

void tst_CarrierRecords::numbersASpreadsheetRoundedAreRefused()
{
    // A CSV saved from Excel writes long numbers in General cells as "4.47701E+11": two
    // subscribers sharing six digits would be one handle. Where every digit is there, the
    // number is read; where digits were rounded away, the row is refused, saying why.
    const QByteArray text = "Start Time,Calling Number,Called Number,Duration\n"
                            "2016-09-12 14:03:07,1.2025550143E+10,3125550147,65\n"
                            "2016-09-12 14:04:07,12025550143,4.47701E+11,12\n"
                            "2016-09-12 14:05:07,2.02555E+10,3125550147,3\n";
    const auto imported = importUtc(u"rounded.csv"_qs, text);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550143 +13125550147  65 2"_qs});
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY id"_qs),
             (QStringList{u"3|the counterpart \"4.47701E+11\" was saved in scientific notation, its last digits rounded "
                          "away (save the column as text from the original and import again)"_qs,
                          u"4|the initiator \"2.02555E+10\" was saved in scientific notation, its last digits rounded "
                          "away (save the column as text from the original and import again)"_qs}));
}

void tst_CarrierRecords::durationsWithUnits()
{
    // Carriers' portals write a call's length with its units; a record rejected over it was a
    // call lost to the analysis. Milliseconds are not seconds: refused, saying so.
    const auto imported = importUtc(u"units.csv"_qs, "Start Time,Calling Number,Called Number,Duration\n"
                                                     "2016-09-12 14:03:07,+12025550143,+13125550147,65 sec\n"
                                                     "2016-09-12 14:04:07,+12025550143,+13125550147,1m 5s\n"
                                                     "2016-09-12 14:05:07,+12025550143,+13125550147,1 hr 2 min 3.5 secs\n"
                                                     "2016-09-12 14:06:07,+12025550143,+13125550147,0h01m05s\n"
                                                     "2016-09-12 14:07:07,+12025550143,+13125550147,PT1M5S\n"
                                                     "2016-09-12 14:08:07,+12025550143,+13125550147,65 ms\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"2|65"_qs, u"3|65"_qs, u"4|3723.5"_qs, u"5|65"_qs, u"6|65"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"7|the duration \"65 ms\" is not a number of seconds or h:mm:ss"_qs});
}

void tst_CarrierRecords::durationsInTheUnitTheirHeaderNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("durations"); // line|seconds
    QTest::addColumn<QStringList>("rejected");  // line|reason
    QTest::addColumn<QString>("note");          // in the source's description
    QTest::newRow("minutes") << u"Duration (min)"_qs << QStringList{u"2|120"_qs, u"3|150"_qs, u"4|83"_qs, u"5|0"_qs, u"6|83"_qs}
                             << QStringList{} << u"Durations read in minutes, as the header \"Duration (min)\" names them"_qs;
    QTest::newRow("German minutes") << u"Dauer (Min.)"_qs << QStringList{u"2|120"_qs, u"3|150"_qs, u"4|83"_qs, u"5|0"_qs, u"6|83"_qs}
                                    << QStringList{} << u"Durations read in minutes, as the header \"Dauer (Min.)\" names them"_qs;
    QTest::newRow("milliseconds") << u"Duration (ms)"_qs << QStringList{u"2|0.002"_qs, u"3|0.0025"_qs, u"4|83"_qs, u"5|0"_qs, u"6|83"_qs}
                                  << QStringList{} << u"Durations read in milliseconds, as the header \"Duration (ms)\" names them"_qs;
    // A clock's header: a count other than 0 could be either unit, and is refused.
    QTest::newRow("hours and minutes") << u"Duration (hh:mm)"_qs << QStringList{u"4|83"_qs, u"5|0"_qs, u"6|4980"_qs}
                                       << QStringList{u"2|the duration \"2\" is not written as hours and minutes (h:mm), as its header says"_qs,
                                                      u"3|the duration \"2,5\" is not written as hours and minutes (h:mm), as its header says"_qs}
                                       << u"Durations read in hours and minutes (h:mm), as the header \"Duration (hh:mm)\" names them"_qs;
    QTest::newRow("seconds, said") << u"Duration (s)"_qs << QStringList{u"2|2"_qs, u"3|2.5"_qs, u"4|83"_qs, u"5|0"_qs, u"6|83"_qs}
                                   << QStringList{} << QString();
    QTest::newRow("a word that is no unit") << u"Duration (billed)"_qs << QStringList{u"2|2"_qs, u"3|2.5"_qs, u"4|83"_qs, u"5|0"_qs, u"6|83"_qs}
                                            << QStringList{} << QString();
}

void tst_CarrierRecords::durationsInTheUnitTheirHeaderNames()
{
    // "Duration (min)" with 2 was stored as 2 seconds: the header's unit is read. A clock of two
    // parts is minutes and seconds unless the header says hours and minutes; of three, h:mm:ss.
    QFETCH(QString, header);
    QFETCH(QStringList, durations);
    QFETCH(QStringList, rejected);
    QFETCH(QString, note);
    QFile fixture(dataPath(u"carrier/cdr-duration-minutes.csv"_qs));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QByteArray text = fixture.readAll().replace("Duration (min)", header.toUtf8());
    ImportParams params;
    params.files = {writeFile(u"durations.csv"_qs, text)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, duration_s FROM events ORDER BY line"_qs), durations);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY id"_qs), rejected);
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    if (note.isEmpty())
        QVERIFY2(!description.contains(u"Durations read in"_qs), qPrintable(description));
    else
        QVERIFY2(description.contains(note), qPrintable(description));
    // Said before the import too, among the notes of how the file is read (the preview's summary).
    QCOMPARE(imported.result.files.first().notes, note.isEmpty() ? QStringList{} : QStringList{note});
}

void tst_CarrierRecords::aPlaceholderForANumberIsNoValue()
{
    // "N/A" in a lookup's device count rejected the lookup itself, its time, parties and address
    // lost to the analysis over a field the provider said it did not have. Read as no value; the
    // row keeps what was written. A number that is wrong still rejects its row.
    const auto ids = importUtc(u"na.csv"_qs, "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                             "2016-09-12 14:03:07,+12025550143,+13125550147,198.51.100.14,N/A\n"
                                             "2016-09-12 14:03:08,+12025550143,+13125550147,198.51.100.14,-\n"
                                             "2016-09-12 14:03:09,+12025550143,+13125550147,198.51.100.14,null\n"
                                             "2016-09-12 14:03:10,+12025550143,+13125550147,198.51.100.14,two\n");
    QVERIFY2(ids.result.allOk(), qPrintable(ids.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(ids.db->db(), u"SELECT line, ifnull(device_count, 'none'), substr(raw, -4) FROM events ORDER BY line"_qs),
             (QStringList{u"2|none|,N/A"_qs, u"3|none|14,-"_qs, u"4|none|null"_qs}));
    QCOMPARE(TestSupport::rows(ids.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"5|the device count \"two\" is not a whole number"_qs});
    const auto cdr = importUtc(u"na-cdr.csv"_qs, "Start Time,Calling Number,Called Number,Duration\n"
                                                 "2016-09-12 14:03:07,+12025550143,+13125550147,--\n");
    QVERIFY2(cdr.result.allOk(), qPrintable(cdr.result.files.value(0).error));
    QCOMPARE(events(cdr.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550143 +13125550147   2"_qs});

    // A party written so is no handle: read as one, every record without the party (a database
    // export's NULL, MySQL's \N) met the others at one node "NULL" of the contact graph. The
    // record is rejected, naming it, as an empty party is; a duration \N is no value.
    const auto nulls = importUtc(u"null-cdr.csv"_qs, "Start Time,Calling Number,Called Number,Duration\n"
                                                     "2016-09-12 14:03:07,+12025550143,NULL,5\n"
                                                     "2016-09-12 14:03:08,\\N,+13125550147,5\n"
                                                     "2016-09-12 14:03:09,+12025550143,+13125550147,\\N\n");
    QVERIFY2(nulls.result.allOk(), qPrintable(nulls.result.files.value(0).error));
    QCOMPARE(events(nulls.db->db()), QStringList{u"communication call 2016-09-12T14:03:09Z +12025550143 +13125550147   4"_qs});
    QCOMPARE(TestSupport::rows(nulls.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"2|the counterpart is \"NULL\", which says there is none"_qs,
                          u"3|the initiator is \"\\N\", which says there is none"_qs}));
    QCOMPARE(scalar(nulls.db->db(), u"SELECT count(*) FROM handles WHERE normalized LIKE '%null%' OR normalized LIKE '%\\n%'"_qs).toInt(), 0);
}

void tst_CarrierRecords::numberColumnsWrittenBackAsDecimals()
{
    // pandas writes a number column with a gap in it back as decimals: "2025550143.0", "443.0".
    // The party is the subscriber the same number written plainly is (one handle, its spelling
    // kept); the port is 443. A fraction, or a port past 65535, still rejects its row.
    ImportParams params;
    params.files = {writeFile(u"pandas.csv"_qs, "When,From,To,IP,Port\n"
                                                "2016-09-12 14:03:07,2025550100.0,2025550143,198.51.100.14,443.0\n"
                                                "2016-09-12 14:03:08,2025550100,2025550143.0,198.51.100.14,\n"
                                                "2016-09-12 14:03:09,2025550100,2025550143,198.51.100.14,443.5\n"
                                                "2016-09-12 14:03:10,2025550100,2025550143,198.51.100.14,65536.0\n")};
    params.profilePath = writeFile(u"pandas.json"_qs, R"({"class": "communication", "subtype": "message", "timezone": "UTC",
        "columns": {"timestamp": "When", "initiator": "From", "counterpart": "To", "client_ip": "IP", "client_port": "Port"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT e.line, hi.normalized, hc.normalized, ifnull(e.client_port, '-') FROM events e"
                                                  " JOIN handles hi ON hi.id = e.initiator_id JOIN handles hc ON hc.id = e.counterpart_id"
                                                  " ORDER BY e.line"_qs),
             (QStringList{u"2|+12025550100|+12025550143|443"_qs, u"3|+12025550100|+12025550143|-"_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT count(*) FROM handles"_qs).toInt(), 2);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"4|the port \"443.5\" is not a number from 0 to 65535"_qs,
                          u"5|the port \"65536.0\" is not a number from 0 to 65535"_qs}));
}

void tst_CarrierRecords::carrierCallTypesDecideWhatARowIs()
{
    // Calls and messages are communications; a data session is the subscriber's own connection
    // (its "terminating number" an access point, kept in extra, not a handle); a USSD code is a
    // request to the carrier and is refused with its reason, nothing else lost.
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-call-types.csv"))};
    auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs,
                          u"connection data 2016-09-12T14:05:07Z +12025550100   600 3"_qs,
                          u"connection data 2016-09-12T14:06:07Z +12025550100   600 4"_qs,
                          u"communication mms 2016-09-12T14:07:07Z +12025550100 +12025550143  0 5"_qs,
                          u"communication call 2016-09-12T14:09:07Z +12025550143 +12025550100  30 7"_qs,
                          u"communication sms 2016-09-12T14:10:07Z +12025550143 +12025550100  0 8"_qs,
                          u"connection data 2016-09-12T14:11:07Z +12025550100   600 9"_qs})); // "Context" is no text
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 4")).toString(),
             QStringLiteral(R"({"Call Type":"GPRS","Terminating Number":"internet"})"));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.rejected, 1);
    QCOMPARE(file.rejectedRows.first().line, 6);
    QCOMPARE(file.rejectedRows.first().reason,
             QStringLiteral("the call type \"USSD\" is a request to the carrier (a service code), not a communication between handles"));

    // One subscriber's side: "Mobile Originated/Terminated"; a data session is the target's.
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-call-types.csv"))};
    params.timeZone = QStringLiteral("UTC");
    imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  31 2"_qs,
                          u"communication sms 2016-09-12T14:04:07Z +12025550143 +12025550100   3"_qs,
                          u"connection data 2016-09-12T14:05:07Z +12025550100   600 4"_qs}));
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 4")).toString(),
             QStringLiteral(R"({"Date":"2016-09-12","Direction":"MT","Other Party":"fast.t-mobile.com",)"
                            R"("Target Number":"+12025550100","Time":"14:05:07","Type":"Data"})"));
}

void tst_CarrierRecords::callTypesNotKnownAreReadAsTheFormatsKindAndSaid()
{
    // A message in German, Spanish, Italian or Dutch words is a message ("Bericht"); a "Voice
    // Message" a call, as is a Dutch "Gesprek". A
    // word the carrier formats do not know ("Roaming", "Forward") is read as a call, the format's
    // own kind, and said with its rows and first line; an empty call type is not a word.
    const auto imported = importUtc(u"types.csv"_qs, "Start Time,Originating Number,Terminating Number,Call Type,Duration\n"
                                                     "2016-09-12 14:01:07,2025550100,2025550143,Roaming,5\n"
                                                     "2016-09-12 14:02:07,2025550100,2025550143,Kurznachricht,0\n"
                                                     "2016-09-12 14:03:07,2025550100,2025550143,Roaming,5\n"
                                                     "2016-09-12 14:04:07,2025550100,2025550143,Mensaje,0\n"
                                                     "2016-09-12 14:05:07,2025550100,2025550143,Forward,5\n"
                                                     "2016-09-12 14:06:07,2025550100,2025550143,Voice Message,5\n"
                                                     "2016-09-12 14:07:07,2025550100,2025550143,,5\n"
                                                     "2016-09-12 14:08:07,2025550100,2025550143,Messaggio,0\n"
                                                     "2016-09-12 14:09:07,2025550100,2025550143,Gesprek,5\n"
                                                     "2016-09-12 14:10:07,2025550100,2025550143,Bericht,0\n"
                                                     "2016-09-12 14:11:07,2025550100,2025550143,Multimedia Message,0\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, subtype FROM events ORDER BY line"_qs),
             (QStringList{u"2|call"_qs, u"3|sms"_qs, u"4|call"_qs, u"5|sms"_qs, u"6|call"_qs, u"7|call"_qs,
                          u"8|call"_qs, u"9|sms"_qs, u"10|call"_qs, u"11|sms"_qs, u"12|mms"_qs}));
    // A message's word that versions before read as a call keeps "call" in its duplicate key (the
    // documented hash, tst_ImportJob::dedupeKeysAreTheDocumentedHash), so that a return one of
    // them imported still meets its records.
    const auto keyAs = [](const QString &subtype, qint64 utcMs) {
        const QStringList fields{u"carrier-cdr"_qs, subtype, QString::number(utcMs), u"+12025550100"_qs,
                                 u"+12025550143"_qs, QString(), QString(), u"|"_qs};
        return QString::fromLatin1(
            QCryptographicHash::hash(fields.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toBase64());
    };
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, dedupe_key FROM events WHERE line IN (3, 5, 9, 12) ORDER BY line"_qs),
             (QStringList{u"3|"_qs + keyAs(u"call"_qs, 1473688927000), u"5|"_qs + keyAs(u"call"_qs, 1473689047000),
                          u"9|"_qs + keyAs(u"call"_qs, 1473689287000), u"12|"_qs + keyAs(u"call"_qs, 1473689467000)}));
    const QString note = u"3 row(s) give a call type LookupLens does not know, and were read as the format's own kind, "
                         "\"call\": \"Roaming\" (2 rows, the first on line 2); \"Forward\" (1 row, line 6)"_qs;
    QCOMPARE(imported.result.files.first().warnings, QStringList{note});
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.value(u"call_types_not_known"_qs).toObject(),
             (QJsonObject{{u"rows"_qs, 3}, {u"kinds"_qs, 2}, {u"read_as"_qs, u"call"_qs},
                          {u"first"_qs, QJsonArray{QJsonObject{{u"written"_qs, u"Roaming"_qs}, {u"rows"_qs, 2}, {u"first_line"_qs, 2}},
                                                   QJsonObject{{u"written"_qs, u"Forward"_qs}, {u"rows"_qs, 1}, {u"first_line"_qs, 6}}}}}));
    QVERIFY(SourceListModel::notes(CaseQueries(imported.db->db()).sources().first()).contains(note));
    // Every call type known: nothing said, nothing kept.
    const auto known = importFixture(u"carrier/cdr-call-types.csv"_qs, QString());
    QVERIFY(!TestSupport::jsonObject(known.db->db(), u"SELECT metadata FROM sources"_qs).contains(u"call_types_not_known"_qs));
}

void tst_CarrierRecords::aMissedCallCameInAndSaysSo()
{
    // "Missed" is a direction too: the call came in, the subscriber did not answer. Stored as
    // incoming, the word kept with the event as every direction is; "Forwarded" says neither who
    // called whom, and its rejection says so.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-missed.csv"))};
    const auto imported = import(params, u"DE"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2026-03-02T09:10:00Z +4915112345678 +5511987654321  31 2"_qs,
                                                     u"communication call 2026-03-02T10:10:00Z +5511987654321 +4915112345678  0 3"_qs,
                                                     u"communication call 2026-03-02T12:10:00Z +5511987654322 +4915112345678   5"_qs,
                                                     u"communication call 2026-03-02T13:10:00Z +5511987654321 +4915112345678  120 6"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, json_extract(extra, '$.Direction') FROM events ORDER BY line"_qs),
             (QStringList{u"2|Outgoing"_qs, u"3|Missed"_qs, u"5|Missed Call"_qs, u"6|Incoming"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"4|the direction \"Forwarded\" says the call was forwarded, not which way it went between the "
                         "subscriber and the other party (the caller, or the number it was forwarded to)"_qs});

    // As German, French, Spanish, Portuguese and Italian carriers write it.
    params.files = {writeFile(u"verpasst.csv"_qs, "MSISDN: +49 151 12345678\n"
                                                  "Zeit,Richtung,Gegenstelle\n"
                                                  "2016-09-12 14:03:07,Verpasst,+49 30 1234567\n"
                                                  "2016-09-12 14:03:08,Manqué,+49 30 1234567\n"
                                                  "2016-09-12 14:03:09,Llamada perdida,+49 30 1234567\n"
                                                  "2016-09-12 14:03:10,Não atendida,+49 30 1234567\n"
                                                  "2016-09-12 14:03:11,Persa,+49 30 1234567\n")};
    params.profilePath = writeFile(u"verpasst.json"_qs, DirectionProfile);
    const auto mapped = import(params, u"DE"_qs);
    QVERIFY2(mapped.result.allOk(), qPrintable(mapped.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(mapped.db->db(), u"SELECT line, initiator.normalized, counterpart.normalized, "
                                                "json_extract(extra, '$.Richtung') FROM events "
                                                "JOIN handles initiator ON initiator.id = initiator_id "
                                                "JOIN handles counterpart ON counterpart.id = counterpart_id ORDER BY line"_qs),
             (QStringList{u"3|+49301234567|+4915112345678|Verpasst"_qs, u"4|+49301234567|+4915112345678|Manqué"_qs,
                          u"5|+49301234567|+4915112345678|Llamada perdida"_qs,
                          u"6|+49301234567|+4915112345678|Não atendida"_qs, u"7|+49301234567|+4915112345678|Persa"_qs}));
}

void tst_CarrierRecords::oneSubscribersSideNamedAboveTheHeader()
{
    // A carrier's records of one subscriber, who is named once above the header ("Target
    // Number:") and in no column: the direction says who initiated. Each event keeps the line
    // its subscriber came from, as the source does.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-target-above.csv"))};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.format, u"carrier-cdr-sided"_qs);
    QVERIFY2(file.recognition.endsWith(u"the subscriber, (202) 555-0100, named at line 2"_qs), qPrintable(file.recognition));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 5"_qs,
                                                     u"communication sms 2016-09-13T10:00:00Z +13125550147 +12025550100   6"_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(extra, '$.\"subscriber (line 2)\"') FROM events WHERE line = 6"_qs).toString(),
             u"Target Number:,(202) 555-0100"_qs);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"7|the direction \"sideways\" is neither incoming nor outgoing"_qs});
    const QJsonObject subscriber = CaseQueries(imported.db->db()).sources().first().metadata.value(u"subscriber"_qs).toObject();
    QCOMPARE(subscriber.value(u"line"_qs).toInt(), 2);
    QCOMPARE(subscriber.value(u"handle"_qs).toString(), u"(202) 555-0100"_qs);

    // Two subscribers' returns joined in one file: each return's records are its own subscriber's.
    params.files = {writeFile(u"two-targets.csv"_qs, "Target Number: (202) 555-0100\n"
                                                     "Date,Time,Direction,Other Party\n"
                                                     "2016-09-12,14:03:07,Outgoing,3125550147\n"
                                                     "Target Number: (202) 555-0143\n"
                                                     "Date,Time,Direction,Other Party\n"
                                                     "2016-09-12,15:03:07,Outgoing,3125550147\n")};
    const auto joined = import(params);
    QVERIFY2(joined.result.allOk(), qPrintable(joined.result.files.value(0).error));
    QCOMPARE(events(joined.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +13125550147   3"_qs,
                                                   u"communication call 2016-09-12T15:03:07Z +12025550143 +13125550147   6"_qs}));
    QCOMPARE(scalar(joined.db->db(), u"SELECT json_extract(extra, '$.\"subscriber (line 4)\"') FROM events WHERE line = 6"_qs).toString(),
             u"Target Number: (202) 555-0143"_qs);
    QCOMPARE(CaseQueries(joined.db->db()).sources().first().metadata.value(u"subscriber"_qs).toObject().value(u"line"_qs).toInt(), 1);

    // An analyst's mapping of the other party and the direction alone reads the subscriber so too.
    // Directions as German, French, Spanish, Portuguese and Italian carriers write them.
    params.files = {writeFile(u"msisdn.csv"_qs, "MSISDN: +49 151 12345678\n"
                                                "Zeit,Richtung,Gegenstelle\n"
                                                "2016-09-12 14:03:07,abgehend,+49 30 1234567\n"
                                                "2016-09-12 14:03:08,Ankommend,+49 30 1234567\n"
                                                "2016-09-12 14:03:09,Reçu,+49 30 1234567\n"
                                                "2016-09-12 14:03:10,saliente,+49 30 1234567\n"
                                                "2016-09-12 14:03:11,Saída,+49 30 1234567\n"
                                                "2016-09-12 14:03:12,in entrata,+49 30 1234567\n")};
    params.profilePath = writeFile(u"msisdn.json"_qs, DirectionProfile);
    const auto mapped = import(params, u"DE"_qs);
    QVERIFY2(mapped.result.allOk(), qPrintable(mapped.result.files.value(0).error));
    QCOMPARE(events(mapped.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +4915112345678 +49301234567   3"_qs,
                                                   u"communication call 2016-09-12T14:03:08Z +49301234567 +4915112345678   4"_qs,
                                                   u"communication call 2016-09-12T14:03:09Z +49301234567 +4915112345678   5"_qs,
                                                   u"communication call 2016-09-12T14:03:10Z +4915112345678 +49301234567   6"_qs,
                                                   u"communication call 2016-09-12T14:03:11Z +4915112345678 +49301234567   7"_qs,
                                                   u"communication call 2016-09-12T14:03:12Z +49301234567 +4915112345678   8"_qs}));
    params.profilePath.clear();

    // Named in the return's title, a number written with spaces and the period after it.
    params.files = {writeFile(u"title.csv"_qs, "Verkehrsdaten Anschluss +49 30 1234567 vom 01.09.2016 bis 30.09.2016\n"
                                               "Datum;Uhrzeit;Gegenstelle;Richtung;Dauer;Dienst\n"
                                               "2016-09-12;14:03:07;+49 171 2345678;abgehend;1 Min. 5 Sek.;Sprache\n")};
    const auto titled = import(params);
    QVERIFY2(titled.result.allOk(), qPrintable(titled.result.files.value(0).error));
    QCOMPARE(events(titled.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +49301234567 +491712345678  65 3"_qs});
    const SourceRow titledSource = CaseQueries(titled.db->db()).sources().first();
    QCOMPARE(titledSource.metadata.value(u"subscriber"_qs).toObject().value(u"handle"_qs).toString(), u"+49 30 1234567"_qs);
    QCOMPARE(StatedPeriod::find(titledSource.metadata).first().last, QDate(2016, 9, 30));

    // Named nowhere: refused, saying what is missing, with nothing written.
    QFile whole(dataPath(QStringLiteral("carrier/cdr-sided-target-above.csv")));
    QVERIFY(whole.open(QIODevice::ReadOnly));
    params.files = {writeFile(u"no-target.csv"_qs, whole.readAll().replace("Target Number:,(202) 555-0100\n", ""))};
    const auto refused = import(params);
    QVERIFY(!refused.result.allOk());
    QVERIFY(refused.result.files.first().needsSubscriber);
    QVERIFY(!refused.result.files.first().needsMapping);
    QCOMPARE(refused.result.files.first().error,
             params.files.first() + u": the header row at line 3 has the other party and the direction of one subscriber's "
                                    "records, but no line above it names the subscriber (as \"Target Number: …\" does); "
                                    "declare whose records they are (--subscriber)"_qs);

    // The analyst declares whose they are (the cover letter says): read so, and said so on the
    // source and with each event. A declaration that is no number or address is refused.
    params.subscriber = QStringLiteral("(202) 555-0100");
    const auto declared = import(params);
    QVERIFY2(declared.result.allOk(), qPrintable(declared.result.files.value(0).error));
    QCOMPARE(events(declared.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 4"_qs,
                                                     u"communication sms 2016-09-13T10:00:00Z +13125550147 +12025550100   5"_qs}));
    QCOMPARE(scalar(declared.db->db(), u"SELECT json_extract(extra, '$.\"subscriber (declared by the analyst)\"') FROM events WHERE line = 4"_qs)
                 .toString(),
             u"(202) 555-0100"_qs);
    QCOMPARE(CaseQueries(declared.db->db()).sources().first().metadata.value(u"subscriber"_qs).toObject(),
             (QJsonObject{{u"handle"_qs, u"(202) 555-0100"_qs}, {u"declared_by_analyst"_qs, true}}));
    // A line above the header that names one wins over the declaration.
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-target-above.csv"))};
    params.subscriber = QStringLiteral("+13125550199");
    const auto namedWins = import(params);
    QVERIFY2(namedWins.result.allOk(), qPrintable(namedWins.result.files.value(0).error));
    QCOMPARE(CaseQueries(namedWins.db->db()).sources().first().metadata.value(u"subscriber"_qs).toObject().value(u"line"_qs).toInt(), 2);
    params.files = {writeFile(u"no-target-2.csv"_qs, whole.seek(0) ? whole.readAll().replace("Target Number:,(202) 555-0100\n", "") : QByteArray())};
    params.subscriber = QStringLiteral("nobody");
    const auto invalid = import(params);
    QCOMPARE(invalid.result.files.first().error,
             params.files.first() + u": the subscriber declared, \"nobody\", is no valid phone number or e-mail address"_qs);
}

void tst_CarrierRecords::twoSubscribersNamedAboveTheHeaderAreNotGuessed()
{
    // Lines above the header naming two subscribers: every row was tied to the first, without a
    // word. Whose records they are cannot be told from the file: the analyst is asked, as where
    // none is named, and the declaration settles it, said with both named.
    const QByteArray two = "Target Number: (202) 555-0100\n"
                           "MSISDN: +1 312 555 0147\n"
                           "Date,Time,Direction,Other Party\n"
                           "2016-09-12,14:03:07,Outgoing,3125550199\n";
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(u"two-named.csv"_qs, two)};
    const QString casePath = newCasePath();
    params.casePath = casePath;
    const ImportResult refused = ImportJob::run(params);
    QVERIFY(!refused.allOk());
    QVERIFY(refused.files.first().needsSubscriber);
    QCOMPARE(
        refused.files.first().error,
        params.files.first() +
            u": the header row at line 3 has the other party and the direction of one "
            "subscriber's records, but the lines above it name two subscribers, (202) 555-0100 "
            "(line 1) and +1 312 555 0147 (line 2); declare whose records they are (--subscriber)"_qs);
    QVERIFY(!QFileInfo::exists(casePath)); // nothing written, not even the case
    params.casePath.clear();
    params.subscriber = QStringLiteral("+13125550147");
    const auto declared = import(params);
    QVERIFY2(declared.result.allOk(), qPrintable(declared.result.files.value(0).error));
    QVERIFY2(declared.result.files.first().recognition.endsWith(
                 u"the subscriber, +13125550147, declared by the analyst where the lines above "
                 u"name two, (202) 555-0100 "
                 "(line 1) and +1 312 555 0147 (line 2)"_qs),
             qPrintable(declared.result.files.first().recognition));
    QCOMPARE(
        events(declared.db->db()),
        QStringList{u"communication call 2016-09-12T14:03:07Z +13125550147 +13125550199   4"_qs});
    // One number spelt two ways is one subscriber: read as before, from the first line.
    params.subscriber.clear();
    params.files = {writeFile(u"one-named-twice.csv"_qs,
                              QByteArray(two).replace("+1 312 555 0147", "+1 202 555 0100"))};
    const auto once = import(params);
    QVERIFY2(once.result.allOk(), qPrintable(once.result.files.value(0).error));
    QVERIFY(once.result.files.first().recognition.endsWith(
        u"the subscriber, (202) 555-0100, named at line 1"_qs));
    QCOMPARE(
        events(once.db->db()),
        QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +13125550199   4"_qs});
    // A return joined below whose lines name two: its rows are rejected, each saying why; the
    // return above it is read.
    params.files = {writeFile(u"joined-two-named.csv"_qs,
                              "Target Number: (202) 555-0100\n"
                              "Date,Time,Direction,Other Party\n"
                              "2016-09-12,14:03:07,Outgoing,3125550199\n"
                              "Target Number: (202) 555-0143\n"
                              "Subscriber: (202) 555-0188\n"
                              "Date,Time,Direction,Other Party\n"
                              "2016-09-12,15:03:07,Outgoing,3125550199\n"
                              "2016-09-12,15:04:07,Incoming,3125550199\n")};
    const auto joined = import(params);
    QVERIFY2(joined.result.allOk(), qPrintable(joined.result.files.value(0).error));
    QCOMPARE(accounting(joined.result.files.first()), (QList<int>{3, 1, 0, 2}));
    QCOMPARE(
        events(joined.db->db()),
        QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +13125550199   3"_qs});
    const QString unsettled =
        u"the lines above the header row at line 6 name two subscribers, (202) 555-0143 (line 4) "
        "and (202) 555-0188 (line 5): whose records these are cannot be told (declare it: "
        "--subscriber)"_qs;
    QCOMPARE(TestSupport::rows(joined.db->db(),
                               u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"7|"_qs + unsettled, u"8|"_qs + unsettled}));
}

void tst_CarrierRecords::sidedCdrSettlesDayFirstFromTheData()
{
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-dmy.csv"))};
    params.timeZone = QStringLiteral("Europe/Berlin");
    const auto imported = import(params, QStringLiteral("DE"));
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.format, QStringLiteral("carrier-cdr-sided"));
    QCOMPARE(file.dateOrder, QStringLiteral("dmy"));
    QCOMPARE(file.accepted, 3);
    QCOMPARE(file.rejected, 1);
    QVERIFY(file.rejectedRows.first().reason.contains(QStringLiteral("sideways")));
    QCOMPARE(events(imported.db->db()),
             (QStringList{// outgoing: the target called
                          u"communication call 2026-10-02T07:10:00Z +4915112345678 +5511987654321  31 2"_qs,
                          // incoming, and 02:30 happened twice that night: the earlier reading, flagged
                          u"communication sms 2026-10-25T00:30:00Z +5511987654321 +4915112345678   3"_qs,
                          // a national number read with the case's region DE; h:mm:ss duration
                          u"communication call 2026-10-03T12:00:00Z +49301234567 +4915112345678  3723 4"_qs}));
    QVERIFY(scalar(imported.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 3")).toString().contains(
        QStringLiteral("2026-10-25T01:30:00Z")));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QCOMPARE(source.metadata.value(QStringLiteral("date_order")).toString(), QStringLiteral("dmy"));
    QCOMPARE(source.metadata.value(QStringLiteral("date_order_from")).toString(), QStringLiteral("settled from the data"));
    QVERIFY(source.zoneDeclared);
}

void tst_CarrierRecords::timesInTheRepeatedHourAreReadEarlierAndSaidSo()
{
    // Declared New York: 01:30 and 01:45 on 1 November 2026 happened twice (EDT, then EST). Each
    // is read as the earlier moment, its provenance keeps the later, and the import says how many
    // records were so read. 02:30 on 8 March never happened: that row is rejected, saying why.
    ImportParams params;
    params.timeZone = QStringLiteral("America/New_York");
    params.files = {writeFile(u"dst.csv"_qs, "Start Date,Start Time,Calling Number,Called Number,Duration\n"
                                             "2026-11-01,00:59:00,+12025550100,+12025550143,10\n"
                                             "2026-11-01,01:30:00,+12025550100,+12025550143,20\n"
                                             "2026-11-01,01:45:00,+12025550143,+12025550100,30\n"
                                             "2026-03-08,02:30:00,+12025550100,+12025550143,40\n")};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2026-11-01T04:59:00Z +12025550100 +12025550143  10 2"_qs,
                                                     u"communication call 2026-11-01T05:30:00Z +12025550100 +12025550143  20 3"_qs,
                                                     u"communication call 2026-11-01T05:45:00Z +12025550143 +12025550100  30 4"_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(extra, '$.time_ambiguity') FROM events WHERE line = 3"_qs).toString(),
             QStringLiteral("the local time occurs twice (daylight-saving change); the earlier reading is used, the later "
                            "would be 2026-11-01T06:30:00Z"));
    QCOMPARE(scalar(imported.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 5"_qs).toString(),
             QStringLiteral("2026-03-08 02:30:00 does not exist in America/New_York (skipped by a daylight-saving change)"));
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"2 record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, "
                         "as on line 3 (\"2026-11-01 01:30:00\"): each was read as the earlier of its two moments, and its "
                         "provenance gives the later"_qs});
    // Kept with the source, and said again wherever the source is described.
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.repeated_hour') FROM sources"_qs).toString(),
             QStringLiteral(R"({"first_line":3,"first_time":"2026-11-01 01:30:00","records":2})"));
    const QString tip = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(tip.endsWith(u'\n' + imported.result.files.first().warnings.first()), qPrintable(tip));
}

namespace {

/// A New York carrier's records of the night of 1 November 2026, oldest first: 00:50; 01:20 and
/// 01:50 in daylight time; a row without a calling number; then (the clock back) 01:10 and 01:40
/// in standard time; 02:10.
QByteArray nightOfTheChange()
{
    QFile file(TestSupport::dataPath(QStringLiteral("carrier/cdr-night-of-the-change.csv")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Those lines newest first, the header kept on top.
QByteArray newestFirst(const QByteArray &csv)
{
    QList<QByteArray> lines = csv.trimmed().split('\n');
    std::reverse(lines.begin() + 1, lines.end());
    return lines.join('\n') + '\n';
}

} // namespace

void tst_CarrierRecords::theFilesOrderPlacesTimesInTheRepeatedHour()
{
    // Oldest first, the local clock turns back between lines 4 and 6: the records before the
    // turn are the first pass through the hour (EDT), those after it the second (EST). Each says
    // which reading it was given and why; the source says how many.
    ImportParams params;
    params.timeZone = QStringLiteral("America/New_York");
    params.files = {writeFile(u"night.csv"_qs, nightOfTheChange())};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2026-11-01T04:50:00Z +12025550100 +12025550143  10 2"_qs,
                                                     u"communication call 2026-11-01T05:20:00Z +12025550100 +12025550143  20 3"_qs,
                                                     u"communication call 2026-11-01T05:50:00Z +12025550143 +12025550100  30 4"_qs,
                                                     u"communication call 2026-11-01T06:10:00Z +12025550100 +12025550143  40 6"_qs,
                                                     u"communication call 2026-11-01T06:40:00Z +12025550143 +12025550100  50 7"_qs,
                                                     u"communication call 2026-11-01T07:10:00Z +12025550100 +12025550143  60 8"_qs}));
    QCOMPARE(imported.result.files.first().rejected, 1);
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(extra, '$.time_ambiguity') FROM events WHERE line = 4"_qs).toString(),
             u"the local time occurs twice (daylight-saving change); the earlier reading is used, the later would be "
             "2026-11-01T06:50:00Z: the file's records run in time order, and the two passes through the hour meet at "
             "line 6, which puts this record in the first"_qs);
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(extra, '$.time_ambiguity') FROM events WHERE line = 6"_qs).toString(),
             u"the local time occurs twice (daylight-saving change); the later reading is used, the earlier would be "
             "2026-11-01T05:10:00Z: the file's records run in time order, and the two passes through the hour meet at "
             "line 6, which puts this record in the second"_qs);
    QVERIFY(scalar(imported.db->db(), u"SELECT json_extract(extra, '$.time_ambiguity') FROM events WHERE line = 8"_qs)
                .isNull()); // 02:10 happened once
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"4 record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, "
                         "as on line 3 (\"2026-11-01 01:20:00\"): the file's records run in time order (oldest first), and "
                         "the two passes through the hour meet at line 6, so their order tells which moment each one is: 2 "
                         "read as the earlier, 2 as the later"_qs});
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.repeated_hour_by_order') FROM sources"_qs).toString(),
             QStringLiteral(R"({"earlier":2,"first_line":3,"first_time":"2026-11-01 01:20:00","later":2,)"
                            R"("newest_first":false,"passes_meet_line":6,"records":4})"));
    QVERIFY(scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.repeated_hour') FROM sources"_qs).isNull());

    // A later return repeating the night is recognised record for record, the second pass too.
    params.files.append(writeFile(u"night-again.csv"_qs, nightOfTheChange() + "2026-11-01,02:30:00,+12025550100,+12025550143,70\n"));
    const auto both = import(params);
    QVERIFY2(both.result.allOk(), qPrintable(both.result.files.value(1).error));
    QCOMPARE(both.result.files.at(1).duplicate, 6);
    QCOMPARE(both.result.files.at(1).accepted, 1);

    // A record further down going back in time: the order the hour was placed by is not kept
    // throughout, and the note says where it ends.
    params.files = {writeFile(u"night-then-back.csv"_qs, nightOfTheChange() + "2026-10-31,23:00:00,+12025550100,+12025550143,80\n")};
    const auto back = import(params);
    QVERIFY2(back.result.allOk(), qPrintable(back.result.files.value(0).error));
    QVERIFY2(back.result.files.first().warnings.value(0).endsWith(
                 u"2 as the later; but from line 9 on, the records no longer run that way: the file may not be in time "
                 "order, so check those records against their provenance"_qs),
             qPrintable(back.result.files.first().warnings.join(u'\n')));
    QCOMPARE(scalar(back.db->db(), u"SELECT json_extract(metadata, '$.repeated_hour_by_order.order_broken_line') FROM sources"_qs)
                 .toInt(),
             9);
}

void tst_CarrierRecords::newestFirstTheOrderPlacesThemAlike()
{
    // The same records newest first: the second pass comes first in the file, and each record
    // falls at the same moment as read oldest first.
    ImportParams params;
    params.timeZone = QStringLiteral("America/New_York");
    params.files = {writeFile(u"night-newest.csv"_qs, newestFirst(nightOfTheChange()))};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2026-11-01T07:10:00Z +12025550100 +12025550143  60 2"_qs,
                                                     u"communication call 2026-11-01T06:40:00Z +12025550143 +12025550100  50 3"_qs,
                                                     u"communication call 2026-11-01T06:10:00Z +12025550100 +12025550143  40 4"_qs,
                                                     u"communication call 2026-11-01T05:50:00Z +12025550143 +12025550100  30 6"_qs,
                                                     u"communication call 2026-11-01T05:20:00Z +12025550100 +12025550143  20 7"_qs,
                                                     u"communication call 2026-11-01T04:50:00Z +12025550100 +12025550143  10 8"_qs}));
    QVERIFY2(imported.result.files.first().warnings.value(0).contains(
                 u"the file's records run in time order (newest first), and the two passes through the hour meet at line 6"_qs),
             qPrintable(imported.result.files.first().warnings.join(u'\n')));
    QVERIFY(scalar(imported.db->db(), u"SELECT json_extract(extra, '$.time_ambiguity') FROM events WHERE line = 3"_qs)
                .toString()
                .endsWith(u"which puts this record in the second"_qs));
}

void tst_CarrierRecords::anOrderTheFileDoesNotKeepPlacesNothing()
{
    // Records that went back in time before the hour (sorted by caller, say), or a clock turning
    // twice inside it: the order says nothing, and each record is read as the earlier moment,
    // as without an order, and says so.
    QByteArray unsorted = nightOfTheChange();
    unsorted.insert(unsorted.indexOf("2026-11-01,00:50:00"), "2026-11-01,00:55:00,+12025550199,+12025550143,5\n");
    QByteArray twice = nightOfTheChange();
    twice.replace("2026-11-01,01:40:00", "2026-11-01,01:05:00");
    for (const QByteArray &csv : {unsorted, twice}) {
        ImportParams params;
        params.timeZone = QStringLiteral("America/New_York");
        params.files = {writeFile(u"unplaced.csv"_qs, csv)};
        const auto imported = import(params);
        QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
        QCOMPARE(scalar(imported.db->db(), u"SELECT count(*) FROM events WHERE utc_ms >= %1"_qs.arg(
                                               QDateTime(QDate(2026, 11, 1), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch()))
                     .toInt(),
                 1); // only 02:10 EST: every record of the hour read as daylight time
        QVERIFY2(imported.result.files.first().warnings.value(0).startsWith(
                     u"4 record(s) give a local time that happened twice, in the hour repeated as daylight saving ended, "
                     "as on line"_qs),
                 qPrintable(imported.result.files.first().warnings.join(u'\n')));
        QVERIFY(imported.result.files.first().warnings.value(0).endsWith(
            u"each was read as the earlier of its two moments, and its provenance gives the later"_qs));
        QVERIFY(scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.repeated_hour_by_order') FROM sources"_qs).isNull());
    }
}

void tst_CarrierRecords::ambiguousDatesNeedADeclaredOrder()
{
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-ambiguous.csv"))};
    // Its zone not declared either: both are asked for at once.
    const auto refusedTwice = import(params);
    QVERIFY(refusedTwice.result.files.first().needsDateOrder);
    QVERIFY(refusedTwice.result.files.first().needsTimeZone);
    QVERIFY2(refusedTwice.result.files.first().error.endsWith(
                 u"(--date-order dmy or mdy). Nor does the timestamp state a time zone, and none was declared for the "
                 "source; declare the zone the provider used (--timezone)"_qs),
             qPrintable(refusedTwice.result.files.first().error));
    params.timeZone = QStringLiteral("UTC");
    const auto refused = import(params);
    QVERIFY(!refused.result.allOk());
    QVERIFY(refused.result.files.first().needsDateOrder);
    QVERIFY(!refused.result.files.first().needsTimeZone);
    QVERIFY(!refused.result.files.first().error.contains(u"--timezone"_qs));
    QVERIFY2(refused.result.files.first().error.contains(QStringLiteral(":2: dates like \"02/10/2026 09:10:00\"")),
             qPrintable(refused.result.files.first().error));
    QVERIFY(refused.result.files.first().error.contains(QStringLiteral("--date-order")));
    QVERIFY(refused.result.files.first().rowsAsWritten.isEmpty()); // an import shows no rows
    params.dryRun = true; // a preview shows the lines as written, as none can be shown as stored
    const QList<TableRow> written = import(params).result.files.first().rowsAsWritten;
    QCOMPARE(written.size(), 3);
    QCOMPARE(written.at(1).line, 2);
    QCOMPARE(written.at(1).raw, u"+4915112345678,02/10/2026,09:10:00,Outgoing,+5511987654321,Voice,0:00:31"_qs);
    params.dryRun = false;

    params.dateOrder = DateOrder::MonthFirst;
    const auto declared = import(params);
    QVERIFY(declared.result.allOk());
    QCOMPARE(events(declared.db->db()).first(),
             QStringLiteral("communication call 2026-02-10T09:10:00Z +4915112345678 +5511987654321  31 2"));
    QCOMPARE(CaseQueries(declared.db->db()).sources().first().metadata.value(QStringLiteral("date_order_from")).toString(),
             QStringLiteral("declared by analyst"));
}

void tst_CarrierRecords::numbersWrittenAsExcelFormulasOfTextAreOneHandle()
{
    // ="+12025550100" keeps Excel from reading the number as a number; read as written it was a
    // handle of its own ("other"), its calls apart from the same number's written plainly.
    const auto imported = importUtc(u"formulas.csv"_qs, "Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
                                                         "2016-09-12 14:03:07,=\"+12025550100\",=\"+12025550143\",Voice\n"
                                                         "2016-09-12 15:00:00,+12025550100,+12025550143,SMS\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"1 line(s) write values as Excel's formulas of text (as =\"+12025550100\", which Excel shows as "
                         "+12025550100), read as the text they show: 2"_qs});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT normalized, kind FROM handles ORDER BY id"_qs),
             (QStringList{u"+12025550100|phone"_qs, u"+12025550143|phone"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT line, initiator_raw, raw FROM events ORDER BY line"_qs),
             (QStringList{u"2|+12025550100|2016-09-12 14:03:07,=\"+12025550100\",=\"+12025550143\",Voice"_qs,
                          u"3|+12025550100|2016-09-12 15:00:00,+12025550100,+12025550143,SMS"_qs}));
    QCOMPARE(TestSupport::scalar(db, u"SELECT json_extract(metadata, '$.excel_text_formulas') FROM sources"_qs).toString(),
             u"[[2,2]]"_qs);
}

void tst_CarrierRecords::nationalNumbersAreReadInTheRegionDeclaredForTheFile()
{
    // A German carrier's records in a case of US returns: "0171 2345678" is no US number, and
    // stood as a handle of its own beside the "+49 171 2345678" other returns write.
    ImportParams params;
    params.timeZone = QStringLiteral("Europe/Berlin");
    params.files = {dataPath(u"carrier/cdr-de-national.csv"_qs)};
    const auto asUs = import(params);
    QVERIFY2(asUs.result.allOk(), qPrintable(asUs.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(asUs.db->db(), u"SELECT normalized || ' ' || kind FROM handles ORDER BY normalized"_qs),
             (QStringList{u"+12025550143 phone"_qs, u"0049 171 2345678 other"_qs, u"0171 2345678 other"_qs, u"030 1234567 phone"_qs}));
    QCOMPARE(asUs.result.files.first().numberRegion, QString());
    // Said, so the analyst declares the file's region: not guessed, as "0171…" is national in many.
    const QString said = u"3 handle(s) begin with a \"0\", as numbers are dialled within a country (a trunk \"0\", or "
                         "\"00\" before a country code), and are no number of the region US: 030 1234567, 0171 2345678, "
                         "0049 171 2345678. "
                         "They were kept as written, apart from the same numbers written with their country code; if "
                         "the file writes another country's numbers, declare its region (--region)"_qs;
    QCOMPARE(asUs.result.files.first().warnings, QStringList{said});
    QCOMPARE(scalar(asUs.db->db(), u"SELECT json_extract(metadata, '$.dialled_numbers_not_of_region') FROM sources"_qs).toString(),
             u"{\"count\":3,\"first\":[\"030 1234567\",\"0171 2345678\",\"0049 171 2345678\"],\"region\":\"US\"}"_qs);
    QVERIFY(TestSupport::shownText(SourceListModel(asUs.db->db()).index(0, 0).data(Qt::ToolTipRole)).contains(said));

    // Declared for the file, its national numbers are Germany's; the "+1" number stays what it is.
    params.numberRegion = QStringLiteral("de");
    const auto asGerman = import(params);
    QVERIFY2(asGerman.result.allOk(), qPrintable(asGerman.result.files.value(0).error));
    QCOMPARE(events(asGerman.db->db()),
             (QStringList{u"communication call 2016-09-12T12:03:07Z +49301234567 +491712345678  65 3"_qs,
                          u"communication sms 2016-09-13T07:00:00Z +491712345678 +49301234567  0 4"_qs,
                          u"communication call 2016-09-14T08:00:00Z +49301234567 +12025550143  30 5"_qs,
                          // "00" before the country code, as Germany dials abroad: the same number.
                          u"communication call 2016-09-15T09:00:00Z +49301234567 +491712345678  10 6"_qs}));
    QCOMPARE(asGerman.result.files.first().numberRegion, u"DE"_qs);
    QCOMPARE(asGerman.result.files.first().warnings, QStringList());
    QCOMPARE(scalar(asGerman.db->db(), u"SELECT json_extract(metadata, '$.number_region') FROM sources"_qs).toString(), u"DE"_qs);
    QCOMPARE(asGerman.db->region(), u"US"_qs); // the case's own is unchanged
    const SourceRow source = CaseQueries(asGerman.db->db()).sources().first();
    QVERIFY2(SourceReading::lines(source).contains(u"Phone numbers written without a country code were read as numbers of "
                                                   "DE (Germany), the region declared for this file rather than the case's"_qs),
             qPrintable(SourceReading::lines(source).join(u'\n')));

    // Each event's provenance says it beside its parties; read in the case's region, nothing.
    QCOMPARE(CaseQueries(asGerman.db->db()).provenance(1)->numberRegionRead,
             u"Phone numbers written without a country code were read as numbers of DE (Germany), the region declared "
             "for this file rather than the case's"_qs);
    QCOMPARE(CaseQueries(asUs.db->db()).provenance(1)->numberRegionRead, QString());

    // The case's own region declared is no declaration: nothing kept.
    params.numberRegion = QStringLiteral("US");
    const auto again = import(params);
    QVERIFY(again.result.allOk());
    QCOMPARE(again.result.files.first().numberRegion, QString());
    QVERIFY(scalar(again.db->db(), u"SELECT json_extract(metadata, '$.number_region') FROM sources"_qs).isNull());

    // In one job, the same spelling is another handle in a file read in another region: a writer
    // found "0171 2345678" by its spelling as the German file stored it.
    for (const QStringList &regions : {QStringList{u"DE"_qs, QString()}, QStringList{QString(), u"DE"_qs}}) {
        ImportParams both;
        both.casePath = newCasePath();
        const QString us = writeFile(u"us.csv"_qs, "Start Time,Originating Number,Terminating Number,Call Type\n"
                                                   "2016-09-15 10:00:00,+12025550143,0171 2345678,Voice\n");
        both.files = {dataPath(u"carrier/cdr-de-national.csv"_qs), us};
        both.perFile.insert(both.files.at(0), ReadSettings{u"auto"_qs, u"Europe/Berlin"_qs, DateOrder::Unknown, {}, false, {}, {}, regions.at(0)});
        both.perFile.insert(both.files.at(1), ReadSettings{u"auto"_qs, u"UTC"_qs, DateOrder::Unknown, {}, false, {}, {}, regions.at(1)});
        QVERIFY(ImportJob::run(both).allOk());
        const auto db = openCase(both.casePath);
        const QString german = regions.at(0) == u"DE" ? u"+491712345678"_qs : u"0171 2345678"_qs;
        const QString american = regions.at(1) == u"DE" ? u"+491712345678"_qs : u"0171 2345678"_qs;
        QCOMPARE(TestSupport::rows(db->db(), u"SELECT e.source_id || ' ' || h.normalized FROM events e JOIN handles h ON "
                                             "h.id = e.counterpart_id WHERE e.counterpart_raw = '0171 2345678' ORDER BY e.id"_qs),
                 (QStringList{u"1 "_qs + german, u"2 "_qs + american}));
    }

    // A case an earlier version imported into is checked for spellings read otherwise since: a
    // spelling read in the region declared for its file is read as before, and said nothing of.
    params.numberRegion = QStringLiteral("DE");
    params.casePath = newCasePath();
    QVERIFY(ImportJob::run(params).allOk());
    {
        const auto db = openCase(params.casePath, CaseDatabase::Access::ReadWrite);
        QVERIFY(TestSupport::rows(db->db(), u"UPDATE sources SET importer_version = 'lookuplens-import/0.1.0'"_qs).isEmpty());
    }
    ImportParams next;
    next.casePath = params.casePath;
    next.timeZone = QStringLiteral("UTC");
    next.files = {writeFile(u"next.csv"_qs, "Start Time,Originating Number,Terminating Number,Call Type\n"
                                            "2016-09-15 10:00:00,+12025550143,+13125550147,Voice\n")};
    const ImportResult later = ImportJob::run(next);
    QVERIFY(later.allOk());
    QCOMPARE(later.files.first().warnings, QStringList());

    // A case created with a region no one has (the window's new case took any text) still imports.
    ImportParams odd = params;
    odd.numberRegion.clear();
    odd.region = QStringLiteral("ZZ");
    odd.casePath = newCasePath();
    const ImportResult oddRegion = ImportJob::run(odd);
    QVERIFY2(oddRegion.allOk(), qPrintable(oddRegion.files.value(0).error));

    // A region no one has: the file is refused, named, and nothing is written.
    params.numberRegion = QStringLiteral("XX");
    params.casePath = newCasePath();
    const ImportResult unknown = ImportJob::run(params);
    QVERIFY(!unknown.allOk());
    QCOMPARE(unknown.files.first().error,
             dataPath(u"carrier/cdr-de-national.csv"_qs)
                 + u": unknown region \"XX\" for the numbers written without a country code (use an ISO 3166 code such as US or DE)"_qs);
}

QTEST_GUILESS_MAIN(tst_CarrierRecords)
#include "tst_carrierrecords.moc"
