#include "alignedtextreader.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "importfiles.h"
#include "importjob.h"
#include "joinedreturns.h"
#include "tableimporter.h"
#include "testsupport.h"
#include "timeformat.h"
#include "zippedtables.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Every table format: exact events, accounting, and the rules for every importer.
class tst_Formats : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { QVERIFY2(m_accountingFailures.isEmpty(), qPrintable(m_accountingFailures.join(u' '))); }
    void faceTimeInvitationsAreLookups();
    void carrierCallLegsMakeOneCall();
    void carrierDateAndTimeColumns();
    void aHeaderLabelThatIsNoZoneIsNotReadAsUtc_data();
    void aHeaderLabelThatIsNoZoneIsNotReadAsUtc();
    void carrierCallTypesDecideWhatARowIs();
    void switchRecordTypesRunTogetherAreTheirWords();
    void theFirstSynonymWinsWhereverItsColumnStands();
    void aDateAndATimeColumnBeatATimestampsSynonym();
    void dateAndTimeCellsAsExcelsRoundTripsLeaveThem();
    void abbreviatedHeadersAreTheirWords();
    void carriersHeadersInOtherLanguages();
    void aTablePrintedAsAlignedText();
    void aSpoolOfSeveralQueries();
    void aReportWithoutARule();
    void recordsPrintedAFieldToALine();
    void aSpoolsValuesCutShortAreJoined();
    void aZipOfTablesImportsEachTable();
    void aZipOfTablesWithAnEntryRefusedIsRefusedWhole();
    void aZipOfMonthlyZipsOfTables();
    void numbersASpreadsheetRoundedAreRefused();
    void durationsWithADecimalComma();
    void aPlaceholderForANumberIsNoValue();
    void numberColumnsWrittenBackAsDecimals();
    void durationsWithUnits();
    void sidedCdrSettlesDayFirstFromTheData();
    void oneSubscribersSideNamedAboveTheHeader();
    void ambiguousDatesNeedADeclaredOrder();
    void analystProfileMapsAnyTable();
    void aFileWithoutAHeaderRowMappedByNumber();
    void aProfileByNumberReadsNoOtherFile();
    void aWorkbookWithoutHeaderRowsMappedByNumber();
    void columnNumbersMustBeWholeAndAlone_data();
    void columnNumbersMustBeWholeAndAlone();
    void profileMustNameClassAndZone_data();
    void profileMustNameClassAndZone();
    void profileRoundTrip();
    void anAddressWithItsPortInOneCell();
    void unixTimesThroughAProfile();
    void joinedReturnsCountSharedRecordsOnce();
    void joinedReturnsMatchCopiesInOrder();
    void rejectedRowsInARunKeepTheirOrder();
    void aStrayQuoteTakesNoRecordBelowIt();
    void aUtf8FileWithLinesOfWindows1252();
    void aFileEndingInsideALineSaysItMayBeCutShort();
    void aBadRecordBeforeAnotherReturnStaysRejected();
    void aReturnOfAnotherFormatIsReadAsThatFormat();
    void joinedReturnsKnowRecordsByDigest();
    void manyRepeatedHeadersAreNamedBriefly();
    void everyWorksheetWithRecordsIsASource();
    void aReturnOfSeveralLogsInOneWorkbook_data();
    void aReturnOfSeveralLogsInOneWorkbook();
    void worksheetsGoingOnWithoutAHeaderRowAreOffered();
    void worksheetsGoingOnWithoutAHeaderRowAreReadWhenAsked_data();
    void worksheetsGoingOnWithoutAHeaderRowAreReadWhenAsked();
    void aWorksheetGoingOnTakesTheDateOrderOfTheRecordsBefore();
    void aLegacyExcelWorkbookReadsAsItsXlsx_data();
    void aLegacyExcelWorkbookReadsAsItsXlsx();
    void aDamagedLegacyWorkbookIsRefusedWithNothingWritten();
    void aWorksheetCutShortKeepsTheRowsBeforeTheDamage();
    void damageBeforeTheHeaderRowIsRefused();
    void aDamagedFirstWorksheetLeavesTheOthersRead();
    void aSheetOfOneXmlDocumentCutShort_data();
    void aSheetOfOneXmlDocumentCutShort();
    void aWorkbookNotAsWrittenIsRefusedWithNothingWritten_data();
    void aWorkbookNotAsWrittenIsRefusedWithNothingWritten();
    void aPortalsHtmlExportNamedXls();
    void anHtmlTableRowOverOneMebibyteIsRejectedAlone();
    void aCoverSheetBeforeTheRecords_data();
    void aCoverSheetBeforeTheRecords();
    void encodingsAndLineEndingsGiveIdenticalEvents_data();
    void encodingsAndLineEndingsGiveIdenticalEvents();

private:
    struct Imported
    {
        ImportResult result;
        std::unique_ptr<CaseDatabase> db;
    };
    Imported import(ImportParams params, const QString &region = QStringLiteral("US"));
    /// @brief @p text written as the file @p name and imported with its zone declared UTC.
    Imported importUtc(const QString &name, const QByteArray &text);
    static QStringList events(QSqlDatabase db);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    int m_counter = 0;
    QStringList m_accountingFailures;
};

tst_Formats::Imported tst_Formats::importUtc(const QString &name, const QByteArray &text)
{
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(name, text)};
    return import(params);
}

tst_Formats::Imported tst_Formats::import(ImportParams params, const QString &region)
{
    params.casePath = m_dir.filePath(QStringLiteral("f%1.llcase").arg(++m_counter));
    if (region != u"US") {
        QString error;
        CaseDatabase::create(params.casePath, region, &error);
    }
    Imported imported{ImportJob::run(params), nullptr};
    QString error;
    imported.db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    for (const FileImportResult &file : imported.result.files) {
        // The accounting identity holds for every file of every format.
        if (file.ok && file.rowsRead != file.accepted + file.duplicate + file.rejected)
            m_accountingFailures.append(file.path);
    }
    // Every client IP an event uses has its id for geolocation, and no other address does.
    if (imported.db
        && scalar(imported.db->db(), QStringLiteral("SELECT (SELECT group_concat(ip) FROM (SELECT ip FROM client_ips ORDER BY ip))"
                                                    " IS (SELECT group_concat(client_ip) FROM (SELECT DISTINCT client_ip FROM events"
                                                    " WHERE client_ip IS NOT NULL ORDER BY client_ip))")).toInt() != 1)
        m_accountingFailures.append(params.casePath + QStringLiteral(" (client_ips)"));
    return imported;
}

QStringList tst_Formats::events(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT e.class, e.subtype, e.utc_ms, hi.normalized, coalesce(hc.normalized, ''),"
                          " coalesce(e.client_ip, ''), coalesce(e.duration_s, ''), e.line FROM events e"
                          " JOIN handles hi ON hi.id = e.initiator_id LEFT JOIN handles hc ON hc.id = e.counterpart_id"
                          " ORDER BY e.line"));
    while (q.next()) {
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), TimeFormat::isoUtc(q.value(2).toLongLong()),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString(), q.value(7).toString()}
                        .join(u' '));
    }
    return rows;
}

void tst_Formats::faceTimeInvitationsAreLookups()
{
    ImportParams params;
    params.files = {dataPath(QStringLiteral("facetime/facetime-invitations.csv"))};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().format, QStringLiteral("apple-facetime"));
    QVERIFY(imported.result.files.first().recognition.contains(QStringLiteral("\"Callee\"")));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"lookup facetime-invitation 2016-09-04T10:00:00Z +12025550143 +13125550147 198.51.100.14  4"_qs,
                          u"lookup facetime-invitation 2016-09-04T10:05:30Z +12025550143 dana.reyes@example.com 198.51.100.14  5"_qs,
                          u"lookup facetime-invitation 2016-09-05T08:00:00Z +13125550147 +12025550143 203.0.113.9  6"_qs}));
    QCOMPARE(CaseQueries(imported.db->db()).stats().communications, 0);
}

void tst_Formats::carrierCallLegsMakeOneCall()
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
}

void tst_Formats::aHeaderLabelThatIsNoZoneIsNotReadAsUtc_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("an abbreviation") << "Start Time (EDT)";
    QTest::newRow("a word") << "Start Time (local)";
}

void tst_Formats::aHeaderLabelThatIsNoZoneIsNotReadAsUtc()
{
    // Qt took "(EDT)" or "(local)" for a zone at +00:00, and the times were read as UTC, hours
    // off, without a word. Such a label is no zone: the import waits for the analyst's.
    QFETCH(QString, header);
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
             QStringList{u"the header gives its times the label \"%1\", which is no time zone: they were read in the zone "
                         "declared, America/New_York"_qs.arg(label)});
}

void tst_Formats::carrierDateAndTimeColumns()
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

void tst_Formats::switchRecordTypesRunTogetherAreTheirWords()
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

void tst_Formats::theFirstSynonymWinsWhereverItsColumnStands()
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

void tst_Formats::aDateAndATimeColumnBeatATimestampsSynonym()
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
}

void tst_Formats::dateAndTimeCellsAsExcelsRoundTripsLeaveThem()
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

void tst_Formats::carriersHeadersInOtherLanguages()
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
}

void tst_Formats::abbreviatedHeadersAreTheirWords()
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

void tst_Formats::aTablePrintedAsAlignedText()
{
    // A carrier's records spooled from SQL*Plus (tests/data/tools/make_aligned_text.py): cut
    // by the columns of the dashes under the header; the title above it kept as the metadata
    // block; the page break's heading, blank lines and "5 rows selected." no rows. A note with
    // quotes and a comma is kept as written. A folder's spools (.lst) and results (.rpt) are read.
    QVERIFY(ImportFiles::mayHoldRecords(u"spool.LST"_qs));
    QVERIFY(ImportFiles::mayHoldRecords(u"results.rpt"_qs));
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("carrier/cdr-spool.txt"))};
    const auto spool = import(params);
    QVERIFY2(spool.result.allOk(), qPrintable(spool.result.files.value(0).error));
    const FileImportResult &file = spool.result.files.first();
    QCOMPARE(file.format, u"carrier-cdr"_qs);
    QCOMPARE(file.rowsRead, 5);
    QCOMPARE(events(spool.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 5"_qs,
                                                  u"communication sms 2016-09-12T14:10:00Z +12025550143 +12025550100  0 6"_qs,
                                                  u"communication call 2016-09-12T14:12:00Z +12025550100 +12025550143  12 7"_qs,
                                                  u"communication call 2016-09-13T09:00:00Z +12025550100 +13125550147  125 11"_qs}));
    QCOMPARE(TestSupport::rows(spool.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"12|impossible date or time \"2016-09-13 25:05:00\""_qs});
    QCOMPARE(scalar(spool.db->db(), u"SELECT extra FROM events WHERE line = 11"_qs).toString(),
             QStringLiteral("{\"CALL_TYPE\":\"Voice\",\"NOTE\":\"O'Brien, \\\"Bob\\\"\"}"));
    QCOMPARE(scalar(spool.db->db(), u"SELECT raw FROM events WHERE line = 5"_qs).toString(),
             u"2016-09-12 14:03:07 2025550100      2025550143              65 Voice     said \"call me\""_qs);
    const SourceRow source = CaseQueries(spool.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"reader"_qs).toString(), u"aligned-text"_qs);
    QCOMPARE(file.warnings, QStringList{u"the file is a table printed as aligned text, its columns where the dashes under "
                                        "its header stand; its layout is no record and was not counted as rows: 1 page "
                                        "heading(s) repeating the header and its rule, 3 blank line(s), the count the query "
                                        "tool printed after the table (line 14)"_qs});

    // SQL Server's "results to file": UTF-16 with its byte-order mark, CRLF, "(3 rows affected)".
    params.files = {dataPath(QStringLiteral("ids/ids-results.rpt"))};
    const auto results = import(params);
    QVERIFY2(results.result.allOk(), qPrintable(results.result.files.value(0).error));
    QCOMPARE(results.result.files.first().format, u"apple-ids"_qs);
    QCOMPARE(TestSupport::rows(results.db->db(), u"SELECT e.line, e.utc_ms, h.normalized, e.client_ip, e.device_count FROM events e"
                                                 " JOIN handles h ON h.id = e.counterpart_id ORDER BY e.line"_qs),
             (QStringList{u"3|1473688987000|dana@example.com|198.51.100.14|2"_qs,
                          u"4|1473689109250|+13125550147|2001:db8::7|0"_qs, u"5|1473753600000|+12025550143|198.51.100.14|1"_qs}));

    // Tables drawn with bars, as psql and MySQL's client print them: the bars and borders are
    // no part of a cell, the borders no rows; and SQL*Plus's with its columns parted by bars.
    const QByteArray psql = "     start_time      | calling_nbr | called_nbr | duration\n"
                            "---------------------+-------------+------------+----------\n"
                            " 2016-09-12 14:03:07 | 2025550100  | 2025550143 |       65\n"
                            "(1 row)\n";
    const QByteArray mysql = "+---------------------+-------------+------------+----------+\n"
                             "| start_time          | calling_nbr | called_nbr | duration |\n"
                             "+---------------------+-------------+------------+----------+\n"
                             "| 2016-09-12 14:03:07 | 2025550100  | 2025550143 |       65 |\n"
                             "+---------------------+-------------+------------+----------+\n"
                             "1 row in set (0.00 sec)\n";
    // SQL*Plus's columns parted by "|" (SET COLSEP '|'): its rule is parted the same.
    const QByteArray colsep = "START_TIME         |CALLING_NBR|CALLED_NBR|  DURATION\n"
                              "-------------------|-----------|----------|----------\n"
                              "2016-09-12 14:03:07|2025550100 |2025550143|        65\n"
                              "\n"
                              "1 row selected.\n";
    for (const auto &[drawn, line] : {std::pair{psql, 3}, std::pair{mysql, 4}, std::pair{colsep, 3}}) {
        params.files = {writeFile(u"drawn.txt"_qs, drawn)};
        const auto imported = import(params);
        QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
        QCOMPARE(imported.result.files.first().rowsRead, 1);
        QCOMPARE(events(imported.db->db()),
                 QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 %1"_qs.arg(line)});
        QCOMPARE(scalar(imported.db->db(), u"SELECT extra FROM events"_qs).toString(), u"{}"_qs);
    }

    // psql marks a value that goes on after a line break with "+" where its padding ends: the
    // line below goes on with it (no record of its own), the value keeps its line break.
    const QByteArray psqlBreak = "     start_time      | calling_nbr | called_nbr |   note\n"
                                 "---------------------+-------------+------------+-----------\n"
                                 " 2016-09-12 14:03:07 | 2025550100  | 2025550143 | two      +\n"
                                 "                     |             |            | lines\n"
                                 " 2016-09-12 14:05:07 | 2025550100  | 2025550143 | C+\n"
                                 "(2 rows)\n";
    params.files = {writeFile(u"psql-break.txt"_qs, psqlBreak)};
    const auto broken = import(params);
    QVERIFY2(broken.result.allOk(), qPrintable(broken.result.files.value(0).error));
    QCOMPARE(broken.result.files.first().rowsRead, 2);
    QCOMPARE(TestSupport::rows(broken.db->db(), u"SELECT line, extra FROM events ORDER BY line"_qs),
             (QStringList{u"3|{\"note\":\"two\\nlines\"}"_qs, u"5|{\"note\":\"C+\"}"_qs}));
    QCOMPARE(broken.result.files.first().warnings.value(1),
             u"1 line(s) going on with values psql marked \"+\" (a line break in the value) were joined to the record "
             "above (lines 4)"_qs);

    // The tool's count is checked: a spool that lost a line in copying says so.
    QByteArray cut;
    {
        QFile whole(dataPath(QStringLiteral("carrier/cdr-spool.txt")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        cut = whole.readAll().replace("2016-09-12 14:10:00 2025550143      2025550100               0 SMS\n", "");
    }
    params.files = {writeFile(u"cut-spool.txt"_qs, cut)};
    const auto short_ = import(params);
    QVERIFY2(short_.result.allOk(), qPrintable(short_.result.files.value(0).error));
    QCOMPARE(short_.result.files.first().rowsRead, 4);
    QCOMPARE(short_.result.files.first().warnings.value(1),
             u"the query tool counted the table's rows as \"5 rows selected.\" (line 13), but 4 row(s) were read below its "
             "header: rows may be missing, or other lines stand among them"_qs);
}

void tst_Formats::recordsPrintedAFieldToALine()
{
    // MySQL's client with \G (make_aligned_text.py): each block of "label: value" lines is one
    // record, its line its marker's, its raw text its lines; the labels name the columns (the
    // carrier format recognised from them); a note's second line goes on with it; the echoed
    // query is the metadata block; "3 rows in set" is layout; record 3's absence is named.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("carrier/cdr-mysql-vertical.txt"))};
    const auto mysql = import(params);
    QVERIFY2(mysql.result.allOk(), qPrintable(mysql.result.files.value(0).error));
    const FileImportResult &file = mysql.result.files.first();
    QCOMPARE(file.format, u"carrier-cdr"_qs);
    QCOMPARE(file.rowsRead, 3);
    QCOMPARE(events(mysql.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs,
                                                  u"communication call 2016-09-12T14:12:00Z +12025550100 +12025550143  12 8"_qs}));
    QCOMPARE(TestSupport::rows(mysql.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"15|impossible date or time \"2016-09-13 25:00:00\""_qs});
    QCOMPARE(scalar(mysql.db->db(), u"SELECT extra FROM events WHERE line = 8"_qs).toString(),
             u"{\"note\":\"left a message:\\ncall back\"}"_qs);
    QCOMPARE(scalar(mysql.db->db(), u"SELECT raw FROM events WHERE line = 8"_qs).toString(),
             u"*************************** 2. row ***************************\n"
             " start_time: 2016-09-12 14:12:00\ncalling_nbr: 2025550100\n called_nbr: 2025550143\n"
             "   duration: 12\n       note: left a message:\ncall back"_qs);
    const SourceRow source = CaseQueries(mysql.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"reader"_qs).toString(), u"record-blocks"_qs);
    QCOMPARE(source.metadata.value(u"metadata_lines"_qs).toArray().first().toString(),
             u"mysql> SELECT * FROM cdr WHERE calling_nbr = '2025550100'\\G"_qs);
    QCOMPARE(file.warnings, (QStringList{u"the file prints each record as a block of lines, a field on each (as MySQL's \\G "
                                         "and psql's expanded display print them): each block was read as one row, its line "
                                         "the line of its marker; its layout is no record and was not counted as rows: the "
                                         "count the query tool printed after the records (line 21)"_qs,
                                         u"the query tool's record numbers jump from 2 to 4 (line 15): records may be missing"_qs}));

    // psql's expanded display: "label | value", a value marked "+" going on below, an offset
    // in the time honoured, "(2 rows)" checked against the records.
    params.files = {dataPath(QStringLiteral("ids/ids-psql-expanded.txt"))};
    const auto psql = import(params);
    QVERIFY2(psql.result.allOk(), qPrintable(psql.result.files.value(0).error));
    QCOMPARE(psql.result.files.first().format, u"apple-ids"_qs);
    QCOMPARE(TestSupport::rows(psql.db->db(), u"SELECT e.line, e.utc_ms, h.normalized, e.client_ip, e.device_count FROM events e"
                                              " JOIN handles h ON h.id = e.counterpart_id ORDER BY e.line"_qs),
             (QStringList{u"1|1473688987000|dana@example.com|198.51.100.14|2"_qs,
                          u"9|1473689109000|+13125550147|2001:db8::7|0"_qs}));
    QCOMPARE(scalar(psql.db->db(), u"SELECT extra FROM events WHERE line = 1"_qs).toString(),
             u"{\"user_agent\":\"first line\\nsecond line\"}"_qs);
    QCOMPARE(psql.result.files.first().warnings.size(), 1);

    // A count that is not the records read says so.
    QByteArray cut;
    {
        QFile whole(dataPath(QStringLiteral("ids/ids-psql-expanded.txt")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        cut = whole.readAll().replace("(2 rows)", "(3 rows)");
    }
    params.files = {writeFile(u"cut-expanded.txt"_qs, cut)};
    const auto counted = import(params);
    QVERIFY2(counted.result.allOk(), qPrintable(counted.result.files.value(0).error));
    QCOMPARE(counted.result.files.first().warnings.value(1),
             u"the query tool counted the records as \"(3 rows)\" (line 17), but 2 record(s) were read: records may be "
             "missing"_qs);

    // Several results, each numbered from 1: the calls' labels are the header; a result of
    // other labels (text messages as another table names them) is rejected record by record,
    // saying why, never read by the calls' labels.
    const QByteArray results = "*************************** 1. row ***************************\n"
                               " start_time: 2016-09-12 14:03:07\n"
                               "calling_nbr: 2025550100\n"
                               " called_nbr: 2025550143\n"
                               "1 row in set (0.00 sec)\n"
                               "\n"
                               "*************************** 1. row ***************************\n"
                               "sent_at: 2016-09-13 09:00:00\n"
                               "     to: 3125550147\n"
                               "1 row in set (0.00 sec)\n"
                               "\n"
                               "*************************** 1. row ***************************\n"
                               " start_time: 2016-09-14 08:00:00\n"
                               "calling_nbr: 2025550100\n"
                               " called_nbr: 3125550147\n"
                               "1 row in set (0.00 sec)\n";
    params.files = {writeFile(u"results.txt"_qs, results)};
    const auto several = import(params);
    QVERIFY2(several.result.allOk(), qPrintable(several.result.files.value(0).error));
    QCOMPARE(events(several.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143   1"_qs,
                                                    u"communication call 2016-09-14T08:00:00Z +12025550100 +13125550147   12"_qs}));
    const QString title = TableFormat::byId(u"carrier-cdr"_qs)->title;
    QCOMPARE(TestSupport::rows(several.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY id"_qs),
             (QStringList{u"7|the header of another table, whose columns are not those of %1: its rows are not read by "
                          "the columns of the table above; to read them, map a copy of that table alone"_qs.arg(title),
                          u"7|in the table under the header at line 7, whose columns are not those of %1; to read its "
                          "rows, map a copy of that table alone"_qs.arg(title)}));
    QCOMPARE(several.result.files.first().warnings.value(1),
             u"the file prints 3 result(s), each numbering its records from 1 (lines 1, 7, 12)"_qs);

    // A query that found nothing prints no records, only MySQL's "Empty set": layout, counted
    // as such, not a count of the result before it; the tool echoing the query is layout too.
    const QByteArray empty = "*************************** 1. row ***************************\n"
                             " start_time: 2016-09-12 14:03:07\n"
                             "calling_nbr: 2025550100\n"
                             " called_nbr: 2025550143\n"
                             "1 row in set (0.00 sec)\n"
                             "\n"
                             "mysql> SELECT * FROM cdr\n"
                             "    -> WHERE 1 = 0\\G\n"
                             "Empty set (0.00 sec)\n";
    params.files = {writeFile(u"empty-set.txt"_qs, empty)};
    const auto emptySet = import(params);
    QVERIFY2(emptySet.result.allOk(), qPrintable(emptySet.result.files.value(0).error));
    QCOMPARE(emptySet.result.files.first().rowsRead, 1);
    QCOMPARE(emptySet.result.files.first().warnings,
             QStringList{u"the file prints each record as a block of lines, a field on each (as MySQL's \\G and psql's "
                         "expanded display print them): each block was read as one row, its line the line of its marker; "
                         "its layout is no record and was not counted as rows: 1 blank line(s), the count the query tool "
                         "printed after the records (line 5), 1 count(s) of a query that printed nothing (lines 9), "
                         "2 line(s) of the tool echoing its commands (lines 7, 8)"_qs});
}

void tst_Formats::aReportWithoutARule()
{
    // A report writer's table with no rule of dashes: the columns begin where the headings do
    // ("START TIME" one heading, two spaces or more between headings), as the records below
    // keep them; the title above is the metadata block. Read as one cell a line, it could not
    // even be mapped.
    const QByteArray report = "CALL DETAIL REPORT FOR 2025550100\n"
                              "\n"
                              "START TIME           CALLING NUMBER   CALLED NUMBER    DURATION   TYPE\n"
                              "2016-09-12 14:03:07  2025550100       2025550143             65   Voice\n"
                              "2016-09-12 14:10:00  2025550143       2025550100              0   SMS\n"
                              "2016-09-13 09:00:00  2025550100       3125550147            125   Voice\n";
    const auto imported = importUtc(u"report.txt"_qs, report);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 4"_qs,
                                                     u"communication sms 2016-09-12T14:10:00Z +12025550143 +12025550100  0 5"_qs,
                                                     u"communication call 2016-09-13T09:00:00Z +12025550100 +13125550147  125 6"_qs}));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"reader"_qs).toString(), u"aligned-text"_qs);
    QCOMPARE(source.metadata.value(u"metadata_lines"_qs).toArray().first().toString(), u"CALL DETAIL REPORT FOR 2025550100"_qs);
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"the file is a table printed as aligned text, its columns where the headings over them and the records under them show; "
                         "its layout is no record and was not counted as rows: 1 blank line(s)"_qs});

    // Records that do not keep to the headings' columns are no such table: read as before.
    const QByteArray ragged = "START TIME  CALLING NUMBER  DURATION\n"
                              "2016-09-12 14:03:07 2025550100 65\n"
                              "2016-09-12 14:10:00 2025550143 0\n"
                              "2016-09-13 09:00:00 2025550100 125\n";
    QVERIFY(!AlignedTextReader::ifAligned(writeFile(u"ragged.txt"_qs, ragged)));

    // Without headings at all (a fixed-width export whose layout came on paper), the columns are
    // where the first line's values begin, kept by the lines below: a mapping by column number
    // reads them, the first line a record like the others.
    ImportParams params;
    params.files = {writeFile(u"fixed.txt"_qs, "2016-09-12 14:03:07  2025550100  2025550143  Voice\n"
                                               "2016-09-12 14:10:00  2025550143  2025550100  SMS\n"
                                               "2016-09-13 09:00:00  2025550100  3125550147  Voice\n"
                                               "2016-09-13 09:05:00  3125550147  2025550100  SMS\n")};
    params.profilePath = writeFile(u"fixed.json"_qs, R"({"id": "fixed", "class": "communication", "subtype": "call",
        "timezone": "UTC", "columns": {"timestamp": 1, "initiator": 2, "counterpart": 3, "call_type": 4}})");
    const auto fixed = import(params);
    QVERIFY2(fixed.result.allOk(), qPrintable(fixed.result.files.value(0).error));
    QCOMPARE(events(fixed.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143   1"_qs,
                                                  u"communication sms 2016-09-12T14:10:00Z +12025550143 +12025550100   2"_qs,
                                                  u"communication call 2016-09-13T09:00:00Z +12025550100 +13125550147   3"_qs,
                                                  u"communication sms 2016-09-13T09:05:00Z +13125550147 +12025550100   4"_qs}));
}

void tst_Formats::aSpoolOfSeveralQueries()
{
    // Calls, then text messages, spooled one query after the other (make_aligned_text.py):
    // the second table's columns stand elsewhere and one fewer. Each is read by its own rule;
    // cut by the first's, the messages were read as calls between "2025550100 312" and
    // "550147 SMS". The second table is a later part of the return, its title its metadata.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("carrier/cdr-spool-two-queries.lst"))};
    const auto spool = import(params);
    QVERIFY2(spool.result.allOk(), qPrintable(spool.result.files.value(0).error));
    const FileImportResult &file = spool.result.files.first();
    QCOMPARE(file.rowsRead, 4);
    QCOMPARE(file.rejected, 0);
    QCOMPARE(events(spool.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 5"_qs,
                                                  u"communication call 2016-09-12T14:12:00Z +12025550100 +12025550143  12 6"_qs,
                                                  u"communication sms 2016-09-13T09:00:00Z +12025550100 +13125550147   14"_qs,
                                                  u"communication sms 2016-09-13T09:05:00Z +13125550147 +12025550100   15"_qs}));
    QCOMPARE(scalar(spool.db->db(), u"SELECT extra FROM events WHERE line = 14"_qs).toString(), u"{\"CALL_TYPE\":\"SMS\"}"_qs);
    const QJsonObject metadata = CaseQueries(spool.db->db()).sources().first().metadata;
    const QJsonObject later = metadata.value(u"later_returns"_qs).toArray().first().toObject();
    QCOMPARE(later.value(u"header_line"_qs).toInt(), 12);
    QCOMPARE(later.value(u"header"_qs).toArray().size(), 4);
    QCOMPARE(later.value(u"metadata_lines"_qs).toArray().first().toString().trimmed(), u"SMS records for 2025550100"_qs);
    QCOMPARE(file.warnings.mid(0, 2),
             (QStringList{u"the file is a table printed as aligned text, its columns where the dashes under its header "
                          "stand; its layout is no record and was not counted as rows: 5 blank line(s), the counts the "
                          "query tool printed after its tables (lines 8, 17)"_qs,
                          u"the file prints 2 table(s), each cut by the dashes under its own header (lines 3, 12)"_qs}));

    // A table of other columns as wide (the subscriber's details): read by the calls' columns,
    // its activation would be a call from the number to the IMEI. Its header and rows are
    // rejected, saying why; the calls' table after it is read again.
    const QByteArray other = "START_TIME          CALLING_NBR     CALLED_NBR        DURATION CALL_TYPE\n"
                             "------------------- --------------- --------------- ---------- ---------\n"
                             "2016-09-12 14:03:07 2025550100      2025550143              65 Voice\n"
                             "\n"
                             "ACTIVATED           MSISDN          IMEI            STATUS     PLAN\n"
                             "------------------- --------------- --------------- ---------- ---------\n"
                             "2015-01-02 10:00:00 2025550100      356938035643809 Active     Prepaid\n"
                             "\n"
                             "START_TIME          CALLING_NBR     CALLED_NBR        DURATION CALL_TYPE\n"
                             "------------------- --------------- --------------- ---------- ---------\n"
                             "2016-09-14 08:00:00 2025550100      3125550147               9 Voice\n";
    params.files = {writeFile(u"other-table.lst"_qs, other)};
    const auto mixed = import(params);
    QVERIFY2(mixed.result.allOk(), qPrintable(mixed.result.files.value(0).error));
    QCOMPARE(mixed.result.files.first().rowsRead, 4);
    QCOMPARE(events(mixed.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 3"_qs,
                                                  u"communication call 2016-09-14T08:00:00Z +12025550100 +13125550147  9 11"_qs}));
    const QString title = TableFormat::byId(u"carrier-cdr"_qs)->title;
    QCOMPARE(TestSupport::rows(mixed.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"5|the header of another table, whose columns are not those of %1: its rows are not read by "
                          "the columns of the table above; to read them, map a copy of that table alone"_qs.arg(title),
                          u"7|in the table under the header at line 5, whose columns are not those of %1; to read its "
                          "rows, map a copy of that table alone"_qs.arg(title)}));

    // The calls below a first query's table longer than the search for a header: found among
    // the headers the spool marks, every row above them rejected as another table's.
    QByteArray longFirst = "CELL_ID  SITE_NAME\n-------- --------------------\n";
    for (int i = 0; i < 70; ++i)
        longFirst += QByteArray::number(1000 + i).leftJustified(9, ' ') + "Tower " + QByteArray::number(i) + '\n';
    longFirst += "\n70 rows selected.\n\n"
                 "START_TIME          CALLING_NBR     CALLED_NBR        DURATION\n"
                 "------------------- --------------- --------------- ----------\n"
                 "2016-09-12 14:03:07 2025550100      2025550143              65\n";
    params.files = {writeFile(u"long-first.lst"_qs, longFirst)};
    const auto below = import(params);
    QVERIFY2(below.result.allOk(), qPrintable(below.result.files.value(0).error));
    QCOMPARE(below.result.files.first().rowsRead, 72);
    QCOMPARE(events(below.db->db()), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 78"_qs});
    QCOMPARE(TestSupport::rows(below.db->db(), u"SELECT count(*), min(line), max(line), count(DISTINCT reason) FROM rejected_rows"_qs),
             QStringList{u"71|1|72|1"_qs});
    QCOMPARE(scalar(below.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 3"_qs).toString(),
             u"in a table above line 76, where the first table of %1 begins; its columns are not that format's; to read "
             "its rows, map a copy of that table alone"_qs.arg(title));

    // SQL*Plus echoing its commands: the query above the table is the metadata block, the
    // "spool off" below it layout, no rejected row.
    const QByteArray echoed = "SQL> select * from cdr;\n\n"
                              "START_TIME          CALLING_NBR     CALLED_NBR\n"
                              "------------------- --------------- ---------------\n"
                              "2016-09-12 14:03:07 2025550100      2025550143\n\n"
                              "1 row selected.\n\nSQL> spool off\n";
    params.files = {writeFile(u"echoed.lst"_qs, echoed)};
    const auto withEcho = import(params);
    QVERIFY2(withEcho.result.allOk(), qPrintable(withEcho.result.files.value(0).error));
    QCOMPARE(withEcho.result.files.first().rowsRead, 1);
    QCOMPARE(withEcho.result.files.first().rejected, 0);
    QCOMPARE(CaseQueries(withEcho.db->db()).sources().first().metadata.value(u"metadata_lines"_qs).toArray().first().toString(),
             u"SQL> select * from cdr;"_qs);

    // SQL*Plus's COMPUTE draws dashes under the columns it sums, below the last record: that
    // record, whose time reads, is no other table's header.
    const QByteArray summed = "START_TIME          CALLING_NBR     CALLED_NBR        DURATION\n"
                              "------------------- --------------- --------------- ----------\n"
                              "2016-09-12 14:03:07 2025550100      2025550143              65\n"
                              "2016-09-12 14:12:00 2025550100      2025550143              12\n"
                              "                    --------------- --------------- ----------\n"
                              "sum                                                         77\n";
    params.files = {writeFile(u"summed.lst"_qs, summed)};
    const auto withSum = import(params);
    QVERIFY2(withSum.result.allOk(), qPrintable(withSum.result.files.value(0).error));
    QCOMPARE(events(withSum.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 3"_qs,
                                                    u"communication call 2016-09-12T14:12:00Z +12025550100 +12025550143  12 4"_qs}));
    QCOMPARE(TestSupport::rows(withSum.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"6|unreadable timestamp \"sum\""_qs});
}

void tst_Formats::aSpoolsValuesCutShortAreJoined()
{
    // SQL*Plus cut the cell site and the note to their columns' widths and went on with them
    // on the lines below (make_aligned_text.py): each value whole, the record's raw text its
    // three lines as written. A record with no time, under one whose columns were not cut,
    // is no part of it: rejected, and counted as the tool counted it.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("carrier/cdr-spool-wrapped.lst"))};
    const auto spool = import(params);
    QVERIFY2(spool.result.allOk(), qPrintable(spool.result.files.value(0).error));
    const FileImportResult &file = spool.result.files.first();
    QCOMPARE(file.rowsRead, 4);
    QCOMPARE(events(spool.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143   3"_qs,
                                                  u"communication call 2016-09-12T14:12:00Z +12025550100 +12025550143   6"_qs,
                                                  u"communication call 2016-09-12T14:13:00Z +12025550100 +13125550147   8"_qs}));
    QCOMPARE(scalar(spool.db->db(), u"SELECT extra FROM events WHERE line = 3"_qs).toString(),
             u"{\"CELL_SITE\":\"1200 Pennsylvania Ave NW\",\"NOTE\":\"said call me later\"}"_qs);
    QCOMPARE(scalar(spool.db->db(), u"SELECT raw FROM events WHERE line = 3"_qs).toString(),
             u"2016-09-12 14:03:07 2025550100      2025550143      1200 Penns said call\n"
             "                                                    ylvania Av me later\n"
             "                                                    e NW"_qs);
    QCOMPARE(TestSupport::rows(spool.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"7|the timestamp is empty"_qs});
    QCOMPARE(file.warnings.value(1), u"2 line(s) holding the rest of values too wide for their columns, which the query "
                                     "tool went on with below, were joined to the record above (lines 4, 5)"_qs);
    QCOMPARE(file.warnings.size(), 2); // the tool's "4 rows selected." is the rows read

    // An SMS has no call id, and a time and a right-aligned duration fill their columns as a
    // value cut short does: the SMS reads as a record by itself, and is one.
    const QByteArray noId = "CALL_ID START_TIME          CALLED_NBR DURATION\n"
                            "------- ------------------- ---------- --------\n"
                            "7731    2016-09-12 14:03:07 2025550143       65\n"
                            "        2016-09-12 14:05:00 2025550143        0\n";
    params.files = {writeFile(u"no-id.lst"_qs, noId)};
    params.profilePath = writeFile(u"no-id.json"_qs, R"({"id": "no-id", "class": "communication", "subtype": "call",
        "timezone": "UTC", "columns": {"call_id": ["CALL_ID"], "timestamp": ["START_TIME"], "initiator": ["CALLED_NBR"],
        "counterpart": ["CALLED_NBR"], "duration": ["DURATION"]}})");
    const auto separate = import(params);
    QVERIFY2(separate.result.allOk(), qPrintable(separate.result.files.value(0).error));
    QCOMPARE(separate.result.files.first().rowsRead, 2);
    QCOMPARE(TestSupport::rows(separate.db->db(), u"SELECT line, utc_ms, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"3|1473688987000|65"_qs, u"4|1473689100000|0"_qs}));
}

void tst_Formats::aZipOfTablesImportsEachTable()
{
    // A portal's download: the tables in the ZIP are each a source, named by their place in it,
    // with the ZIP's SHA-256 (the provider's) beside their own; a Mac's "._" file is named as
    // left out, and so is the cover letter, a PDF printing no table, once read (no failure).
    // The events are those of the tables imported loose.
    const QString zip = dataPath(QStringLiteral("carrier/cdr-return.zip"));
    const QString zipHash = TestSupport::sha256Of(zip);
    const ImportFiles::Expanded expanded = ImportFiles::expand({zip});
    QCOMPARE(expanded.files, (QStringList{zip + u" › LOG/cdr-date-time.csv"_qs, zip + u" › LOG/cdr-spool.txt"_qs,
                                          zip + u" › cover letter.pdf"_qs}));
    QCOMPARE(expanded.leftOut, (QStringList{zip + u" › __MACOSX/LOG/._cdr-spool.txt: left out: a hidden file"_qs}));
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.dateOrder = DateOrder::MonthFirst;
    params.files = expanded.files;
    params.foundFiles = expanded.found;
    const auto zipped = import(params);
    QVERIFY2(zipped.result.allOk(), qPrintable(zipped.result.files.value(0).error));
    QCOMPARE(zipped.result.files.value(2).leftOut,
             zip + u" › cover letter.pdf: left out: the PDF's text holds no table: no line of headings over records "
                   "that keep to their columns, nor records printed a field to a line (a letter or a certificate?)"_qs);
    QCOMPARE(zipped.result.files.value(2).sourceId, -1);
    QCOMPARE(TestSupport::rows(zipped.db->db(), u"SELECT file_name, file_path = ?1, container_path = ?1, container_sha256, sha256"
                                                " FROM sources ORDER BY id"_qs.replace(u"?1"_qs, u"'"_qs + QFileInfo(zip).absoluteFilePath() + u"'"_qs)),
             (QStringList{u"cdr-return.zip › LOG/cdr-date-time.csv|1|1|%1|%2"_qs.arg(zipHash, TestSupport::sha256Of(dataPath(u"carrier/cdr-date-time.csv"_qs))),
                          u"cdr-return.zip › LOG/cdr-spool.txt|1|1|%1|%2"_qs.arg(zipHash, TestSupport::sha256Of(dataPath(u"carrier/cdr-spool.txt"_qs)))}));
    params.files = {dataPath(u"carrier/cdr-date-time.csv"_qs), dataPath(u"carrier/cdr-spool.txt"_qs)};
    const auto loose = import(params);
    QVERIFY2(loose.result.allOk(), qPrintable(loose.result.files.value(0).error));
    QCOMPARE(events(zipped.db->db()), events(loose.db->db()));
    QCOMPARE(TestSupport::sha256Of(zip), zipHash); // only read
    // A dry run's rows are placed by the ZIP's name and the table's path in it.
    params.files = expanded.files;
    params.dryRun = true;
    params.casePath = m_dir.filePath(u"dry.llcase"_qs);
    const ImportResult dry = ImportJob::run(params);
    QCOMPARE(dry.files.value(0).previewPlace(0), u"cdr-return.zip › LOG/cdr-date-time.csv:2"_qs);
    params.dryRun = false;

    // The same tables again: already in the case, by their own hashes.
    params.files = expanded.files;
    params.casePath = m_dir.filePath(u"again.llcase"_qs);
    QVERIFY(ImportJob::run(params).allOk());
    const ImportResult again = ImportJob::run(params);
    QVERIFY(again.files.value(0).alreadyImported);
    QVERIFY(again.files.value(1).alreadyImported);
    // Named by its place in the ZIP, as the table loose is too: the same bytes, imported before.
    const QString place = QFileInfo(zip).absoluteFilePath() + u" › LOG/cdr-date-time.csv"_qs;
    QVERIFY2(again.files.value(0).error.startsWith(expanded.files.first() + u": already imported as source #1 ("_qs + place + u", "_qs),
             qPrintable(again.files.value(0).error));
    params.files = {dataPath(u"carrier/cdr-date-time.csv"_qs)};
    const ImportResult unzipped = ImportJob::run(params);
    QVERIFY2(unzipped.files.value(0).error.contains(u"already imported as source #1 ("_qs + place + u", "_qs),
             qPrintable(unzipped.files.value(0).error));
}

void tst_Formats::aZipOfMonthlyZipsOfTables()
{
    // A portal's download of monthly ZIPs (make_zipped_tables.py): each month's tables are
    // sources named down to their place ("… › 2016-09.zip › LOG/…"), the outer ZIP (the file
    // the analyst holds, its hash the provider's) their container; a ZIP a level deeper is left
    // out, named. The events are those of the tables imported loose.
    const QString zip = dataPath(QStringLiteral("carrier/cdr-return-monthly.zip"));
    const QString zipHash = TestSupport::sha256Of(zip);
    const ImportFiles::Expanded expanded = ImportFiles::expand({zip});
    QCOMPARE(expanded.files, (QStringList{zip + u" › 2016-09.zip › LOG/cdr-date-time.csv"_qs,
                                          zip + u" › 2016-10.zip › cdr-spool.txt"_qs, zip + u" › notes.pdf"_qs}));
    QCOMPARE(expanded.leftOut, (QStringList{zip + u" › 2016-09.zip › older.zip: left out: a ZIP inside a ZIP inside a ZIP "
                                                  "(unpack the one around it to read it)"_qs}));
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.dateOrder = DateOrder::MonthFirst;
    params.files = expanded.files;
    params.foundFiles = expanded.found;
    const auto zipped = import(params);
    QVERIFY2(zipped.result.allOk(), qPrintable(zipped.result.files.value(0).error));
    QCOMPARE(zipped.result.files.value(2).leftOut,
             zip + u" › notes.pdf: left out: not a readable PDF: it does not end as a PDF ends (\"%%EOF\"), so it was likely "
                   "cut short (a download or a copy that stopped)"_qs);
    QCOMPARE(TestSupport::rows(zipped.db->db(), u"SELECT file_name, container_path = ?1, container_sha256, sha256 FROM sources"
                                                " ORDER BY id"_qs.replace(u"?1"_qs, u"'"_qs + QFileInfo(zip).absoluteFilePath() + u"'"_qs)),
             (QStringList{u"cdr-return-monthly.zip › 2016-09.zip › LOG/cdr-date-time.csv|1|%1|%2"_qs.arg(
                              zipHash, TestSupport::sha256Of(dataPath(u"carrier/cdr-date-time.csv"_qs))),
                          u"cdr-return-monthly.zip › 2016-10.zip › cdr-spool.txt|1|%1|%2"_qs.arg(
                              zipHash, TestSupport::sha256Of(dataPath(u"carrier/cdr-spool.txt"_qs)))}));
    params.files = {dataPath(u"carrier/cdr-date-time.csv"_qs), dataPath(u"carrier/cdr-spool.txt"_qs)};
    const auto loose = import(params);
    QVERIFY2(loose.result.allOk(), qPrintable(loose.result.files.value(0).error));
    QCOMPARE(events(zipped.db->db()), events(loose.db->db()));
    QCOMPARE(TestSupport::sha256Of(zip), zipHash); // only read
    const auto place = ZippedTables::placeOf(expanded.files.first());
    QVERIFY(place);
    QCOMPARE(place->entry, u"2016-09.zip"_qs);
    QCOMPARE(place->innerEntry, u"LOG/cdr-date-time.csv"_qs);
    // Each source names the ZIP inside it was read from, with that ZIP's size and SHA-256; the
    // provenance panel gives them for its events.
    QString error;
    const QString inner = ZippedTables::copyOut(zip, u"2016-09.zip"_qs, m_dir.path(), &error);
    QVERIFY2(!inner.isEmpty(), qPrintable(error));
    const QJsonObject innerZip = CaseQueries(zipped.db->db()).sources().first().metadata.value(u"inner_zip"_qs).toObject();
    QCOMPARE(innerZip.value(u"entry"_qs).toString(), u"2016-09.zip"_qs);
    QCOMPARE(innerZip.value(u"size"_qs).toInteger(), QFileInfo(inner).size());
    QCOMPARE(innerZip.value(u"sha256"_qs).toString(), TestSupport::sha256Of(inner));
    const auto provenance = CaseQueries(zipped.db->db()).provenance(
        scalar(zipped.db->db(), u"SELECT min(id) FROM events WHERE source_id = 1"_qs).toLongLong());
    QVERIFY(provenance);
    QCOMPARE(provenance->innerZip, u"2016-09.zip"_qs);
    QCOMPARE(provenance->innerZipSha256, TestSupport::sha256Of(inner));

    // A WhatsApp return is a ZIP of ZIPs too: its deliveries are read as one, not as tables.
    const QString whatsApp = dataPath(u"whatsapp/return.zip"_qs);
    QVERIFY(QFileInfo::exists(whatsApp));
    QCOMPARE(ImportFiles::expand({whatsApp}).files, QStringList{whatsApp});
}

void tst_Formats::aZipOfTablesWithAnEntryRefusedIsRefusedWhole()
{
    // A table whose name climbs out of its folder, a bomb, a bomb in a ZIP inside it: the ZIP is
    // refused whole, its good table too, and nothing is written (as for a WhatsApp return).
    for (const auto &[name, why] :
         {std::pair{u"carrier/evil-tables.zip"_qs, u"ZIP entry \"../escaped.csv\" points outside its folder; refused"_qs},
          std::pair{u"carrier/evil-tables-bomb.zip"_qs, u"ZIP entry \"LOG/bomb.csv\" expands 1028 times its size (a ZIP bomb?); refused"_qs},
          std::pair{u"carrier/evil-tables-nested.zip"_qs,
                    u"2016-09.zip: ZIP entry \"LOG/bomb.csv\" expands 1028 times its size (a ZIP bomb?); refused"_qs}}) {
        const QString zip = dataPath(name);
        QCOMPARE(ImportFiles::expand({zip}).files, QStringList{zip});
        ImportParams params;
        params.timeZone = QStringLiteral("UTC");
        params.files = {zip};
        const auto refused = import(params);
        QVERIFY(!refused.result.allOk());
        QCOMPARE(refused.result.files.first().error, zip + u": "_qs + why + u"; nothing in the ZIP was imported"_qs);
        QVERIFY(!refused.db || scalar(refused.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);
    }
}

void tst_Formats::numbersASpreadsheetRoundedAreRefused()
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

void tst_Formats::durationsWithADecimalComma()
{
    // European exports write "65,5"; "1,234" could be 1.234 s or 1,234 s and is refused, saying so.
    const QByteArray text = "Start Time;Calling Number;Called Number;Duration\n"
                            "2016-09-12 14:03:07;+12025550143;+13125550147;65,5\n"
                            "2016-09-12 14:04:07;+12025550143;+13125550147;1,234\n"
                            "2016-09-12 14:05:07;+12025550143;+13125550147;0:01:05,250\n"
                            "2016-09-12 14:06:07;+12025550143;+13125550147;1,2,3\n";
    const auto imported = importUtc(u"eu.csv"_qs, text);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550143 +13125550147  65.5 2"_qs,
                                                     u"communication call 2016-09-12T14:05:07Z +12025550143 +13125550147  65.25 4"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY id"_qs),
             (QStringList{u"3|the duration \"1,234\" could be a decimal comma or a thousands separator; the file does not say which"_qs,
                          u"5|the duration \"1,2,3\" is not a number of seconds or h:mm:ss"_qs}));
}

void tst_Formats::durationsWithUnits()
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

void tst_Formats::aPlaceholderForANumberIsNoValue()
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

void tst_Formats::numberColumnsWrittenBackAsDecimals()
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

void tst_Formats::carrierCallTypesDecideWhatARowIs()
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

void tst_Formats::oneSubscribersSideNamedAboveTheHeader()
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
    params.profilePath = writeFile(u"msisdn.json"_qs, R"({"class": "communication", "subtype": "call", "timezone": "UTC",
        "columns": {"timestamp": "Zeit", "direction": "Richtung", "remote_party": "Gegenstelle"}})");
    const auto mapped = import(params, u"DE"_qs);
    QVERIFY2(mapped.result.allOk(), qPrintable(mapped.result.files.value(0).error));
    QCOMPARE(events(mapped.db->db()), (QStringList{u"communication call 2016-09-12T14:03:07Z +4915112345678 +49301234567   3"_qs,
                                                   u"communication call 2016-09-12T14:03:08Z +49301234567 +4915112345678   4"_qs,
                                                   u"communication call 2016-09-12T14:03:09Z +49301234567 +4915112345678   5"_qs,
                                                   u"communication call 2016-09-12T14:03:10Z +4915112345678 +49301234567   6"_qs,
                                                   u"communication call 2016-09-12T14:03:11Z +4915112345678 +49301234567   7"_qs,
                                                   u"communication call 2016-09-12T14:03:12Z +49301234567 +4915112345678   8"_qs}));
    params.profilePath.clear();

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

void tst_Formats::sidedCdrSettlesDayFirstFromTheData()
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

void tst_Formats::ambiguousDatesNeedADeclaredOrder()
{
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-ambiguous.csv"))};
    params.timeZone = QStringLiteral("UTC");
    const auto refused = import(params);
    QVERIFY(!refused.result.allOk());
    QVERIFY(refused.result.files.first().needsDateOrder);
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

void tst_Formats::analystProfileMapsAnyTable()
{
    ImportParams params;
    params.files = {dataPath(QStringLiteral("profile/custom-export.csv"))};
    const auto unknown = import(params);
    QVERIFY(!unknown.result.allOk());
    QVERIFY(unknown.result.files.first().error.contains(QStringLiteral("--profile")));

    params.profilePath = dataPath(QStringLiteral("profile/custom-profile.json"));
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-04-03T08:00:00Z +4915112345678 +49301234567   2"_qs,
                          u"communication call 2016-04-04T09:30:00Z +49301234567 +4915112345678   3"_qs}));
    // Windows-1252 text in a column the profile does not map is kept, correctly decoded.
    const QJsonObject extra = QJsonDocument::fromJson(
        scalar(imported.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 3")).toByteArray()).object();
    QCOMPARE(extra.value(QStringLiteral("Notiz")).toString(), QStringLiteral("“zurück”"));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QCOMPARE(source.timeZone, QStringLiteral("Europe/Berlin"));
    QVERIFY(source.zoneDeclared);
    QCOMPARE(source.metadata.value(QStringLiteral("profile")).toObject().value(QStringLiteral("class")).toString(),
             QStringLiteral("communication"));
}

void tst_Formats::aFileWithoutAHeaderRowMappedByNumber()
{
    // A leaked sample, or an export whose layout came on paper: no header row names the
    // columns, so the analyst numbers them. Every row is a record: the first, cut short, and
    // one with a stray field are rejected with their reasons; the rest are kept, unmapped cells too.
    ImportParams params;
    params.files = {dataPath(QStringLiteral("profile/headerless-calls.csv"))};
    params.profilePath = dataPath(QStringLiteral("profile/headerless-profile.json"));
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-04-03T06:00:00Z +4915112345678 +49301234567  65 2"_qs,
                          u"communication call 2016-04-03T07:30:00Z +49301234567 +4915112345678  120 3"_qs,
                          u"communication call 2016-04-04T21:15:30Z +4915112345678 +4917699887766  0 5"_qs}));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.rowsRead, 5);
    QCOMPARE(file.rejected, 2);
    QCOMPARE(file.rejectedRows.value(0).line, 1);
    QCOMPARE(file.rejectedRows.value(0).reason, u"3 fields where the file's rows have 6 (a missing field?)"_qs);
    QCOMPARE(file.rejectedRows.value(1).line, 4);
    QCOMPARE(file.rejectedRows.value(1).reason, u"7 fields where the file's rows have 6 (a stray delimiter?)"_qs);
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 3")).toString(),
             u"{\"column 1\":\"C102\",\"column 6\":\"262-01-4711-22\"}"_qs);
    QCOMPARE(CaseQueries(imported.db->db()).provenance(1)->numberedColumns,
             u"call id in column 1, timestamp in column 2, initiator in column 3, counterpart in column 4, duration in column 5"_qs);
    const QJsonObject meta = CaseQueries(imported.db->db()).sources().first().metadata;
    QVERIFY(meta.value(QStringLiteral("columns_by_position")).toBool());
    QCOMPARE(meta.value(QStringLiteral("header_line")).toInt(), 0);
    QVERIFY(meta.value(QStringLiteral("metadata_lines")).toArray().isEmpty());
    QCOMPARE(meta.value(QStringLiteral("recognition")).toString(),
             u"Leaked call records (no header row; layout from the carrier's data dictionary): no header row; columns "
             "by number, as the mapping numbers them: call id in column 1, timestamp in column 2, initiator in column 3, "
             "counterpart in column 4, duration in column 5"_qs);
    QCOMPARE(meta.value(QStringLiteral("profile")).toObject().value(QStringLiteral("columns")).toObject(),
             (QJsonObject{{u"call_id"_qs, 1}, {u"timestamp"_qs, 2}, {u"initiator"_qs, 3}, {u"counterpart"_qs, 4},
                          {u"duration"_qs, 5}}));
}

void tst_Formats::aProfileByNumberReadsNoOtherFile()
{
    // Numbered columns fit any file; one none of whose first rows fills them, with a time in
    // the time's column, is not the file the analyst mapped.
    ImportParams params;
    params.files = {writeFile(QStringLiteral("notes.csv"), "Case 4711\nNotes,on,the,return\n\nseen by,KHK Berg\n")};
    params.profilePath = dataPath(QStringLiteral("profile/headerless-profile.json"));
    const auto imported = import(params);
    QVERIFY(!imported.result.allOk());
    QCOMPARE(imported.result.files.first().error,
             params.files.first() + u": none of the first 60 rows fills the columns the mapping numbers (call id in "
                                    "column 1, timestamp in column 2, initiator in column 3, counterpart in column 4, "
                                    "duration in column 5) with a time where it places one"_qs);
    QVERIFY(!imported.db); // nothing created

    // A column past the end of every row would reject every row for the missing field: said once.
    params.files = {dataPath(QStringLiteral("profile/headerless-calls.csv"))};
    params.profilePath = writeFile(QStringLiteral("seven.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC",
                                       "columns": {"timestamp": 2, "initiator": 3, "counterpart": 4, "duration": 7}})");
    const auto beyond = import(params);
    QCOMPARE(beyond.result.files.first().error,
             params.files.first() + u": the mapping numbers column 7 for the duration, but the rows of this file have 6 column(s)"_qs);
    QVERIFY(!beyond.db);

    params.files = {writeFile(QStringLiteral("empty.csv"), "")};
    QCOMPARE(import(params).result.files.first().error, params.files.first() + u": the file has no rows"_qs);

    params.files = {dataPath(QStringLiteral("profile/headerless-calls.csv"))};
    params.profilePath = writeFile(QStringLiteral("no-counterpart.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC",
                                       "columns": {"timestamp": 2, "initiator": 3}})");
    QCOMPARE(import(params).result.files.first().error,
             params.files.first() + u": the profile must number the columns of a timestamp (or date and time), and initiator "
                                    "and counterpart (or local party, remote party and direction)"_qs);
}

void tst_Formats::aWorkbookWithoutHeaderRowsMappedByNumber()
{
    // Records in two worksheets without a header row, behind a cover sheet and before notes:
    // each worksheet of records is a source of its own; the cover and the notes are named as
    // left out, not read as records (the cover's "Subscriber" row fills two of five columns).
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-headerless.xlsx"))};
    params.profilePath = writeFile(QStringLiteral("cdr-numbers.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC",
                                       "columns": {"timestamp": 1, "initiator": 2, "counterpart": 3, "call_type": 4,
                                                   "duration": 5}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 1"_qs,
                          u"communication call 2016-09-13T09:00:00Z +12025550100 +12025550143  12 1"_qs,
                          u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100   2"_qs}));
    const FileImportResult &file = imported.result.files.first();
    QStringList parts;
    for (const PartImportResult &part : file.parts)
        parts.append(QStringLiteral("%1 %2/%3").arg(part.name).arg(part.rowsRead).arg(part.accepted));
    QCOMPARE(parts, (QStringList{u"Sheet1 2/2"_qs, u"Sheet2 1/1"_qs}));
    QCOMPARE(file.warnings,
             (QStringList{u"the worksheet \"Cover\" (3 row(s) with values) was not imported: none of its first rows fills "
                          "the columns the mapping numbers with a time where it places one"_qs,
                          u"the worksheet \"Notes\" (1 row(s) with values) was not imported: none of its first rows fills "
                          "the columns the mapping numbers with a time where it places one"_qs}));
    // The sources list says the same from what the case keeps.
    const QJsonArray unread = CaseQueries(imported.db->db()).sources().first().metadata.value(u"unread_worksheets"_qs).toArray();
    QCOMPARE(TableImporter::unreadPartWarning(TableImporter::unreadParts(
                 CaseQueries(imported.db->db()).sources().first().metadata).first()),
             file.warnings.first());
    QCOMPARE(unread.size(), 2);

    // A worksheet leaves out a column empty in every row: numbering it is no error there.
    params.profilePath = writeFile(QStringLiteral("cdr-numbers-ip.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC",
                                       "columns": {"timestamp": 1, "initiator": 2, "counterpart": 3, "client_ip": 6}})");
    const auto wider = import(params);
    QVERIFY2(wider.result.allOk(), qPrintable(wider.result.files.value(0).error));
    QCOMPARE(wider.result.files.first().accepted, 3);
}

void tst_Formats::columnNumbersMustBeWholeAndAlone_data()
{
    QTest::addColumn<QByteArray>("columns");
    QTest::addColumn<QString>("message");
    QTest::newRow("mixed") << QByteArray(R"({"timestamp": 2, "initiator": "Von", "counterpart": 4})")
                           << u"\"columns\" names some columns by header text and some by number; a file without a "
                              "header row is mapped by number only, one with a header row by header text only"_qs;
    QTest::newRow("zero") << QByteArray(R"({"timestamp": 0, "initiator": 3, "counterpart": 4})")
                          << u"the column of \"timestamp\" must be a whole number from 1 to 16384, or a header's text"_qs;
    QTest::newRow("fraction") << QByteArray(R"({"timestamp": 2, "initiator": 3.5, "counterpart": 4})")
                              << u"the column of \"initiator\" must be a whole number from 1 to 16384, or a header's text"_qs;
}

void tst_Formats::columnNumbersMustBeWholeAndAlone()
{
    QFETCH(QByteArray, columns);
    QFETCH(QString, message);
    const QString path = writeFile(QStringLiteral("numbers.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC", "columns": )" + columns + "}");
    QString error;
    QVERIFY(!TableFormat::loadProfile(path, &error));
    QCOMPARE(error, path + u": "_qs + message);
}

void tst_Formats::anAddressWithItsPortInOneCell()
{
    // Some exports write "address:port" in one column. The port is the address's, unless a port
    // column gives another: that row is not ours to settle.
    ImportParams params;
    params.files = {writeFile(QStringLiteral("ip-port.csv"),
                              "Time,From,To,IP,Port\n"
                              "2016-04-03 10:00:00,+12025550143,+13125550147,198.51.100.14:443,\n"
                              "2016-04-03 10:01:00,+12025550143,+13125550147,[2001:DB8::1]:5222,5222\n"
                              "2016-04-03 10:02:00,+12025550143,+13125550147,198.51.100.14:443,80\n"
                              "2016-04-03 10:03:00,+12025550143,+13125550147,2001:db8::1:443,\n")};
    params.profilePath = writeFile(QStringLiteral("ip-port.json"),
                                   R"({"class": "communication", "subtype": "message", "timezone": "UTC",
                                       "columns": {"timestamp": "Time", "initiator": "From", "counterpart": "To",
                                                   "client_ip": "IP", "client_port": "Port"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.accepted, 3);
    QCOMPARE(file.rejected, 1);
    QCOMPARE(file.rejectedRows.first().line, 4);
    QCOMPARE(file.rejectedRows.first().reason, QStringLiteral("the client IP \"198.51.100.14:443\" names port 443, the port column 80"));
    QSqlQuery q(imported.db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT line, client_ip, coalesce(client_port, ''), coalesce(client_ip_raw, '') FROM events ORDER BY line")));
    QStringList rows;
    while (q.next())
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}.join(u'|'));
    QCOMPARE(rows, (QStringList{u"2|198.51.100.14|443|198.51.100.14:443"_qs, u"3|2001:db8::1|5222|[2001:DB8::1]:5222"_qs,
                                u"5|2001:db8::1:443||"_qs}));
}

void tst_Formats::unixTimesThroughAProfile()
{
    // Seconds since 1970 are UTC: the declared zone names the source, not these times.
    ImportParams params;
    params.files = {writeFile(QStringLiteral("epoch.csv"), "When,Account,Other\n1473689000,+12025550143,+13125550147\n"
                                                           "1473689000.5,+12025550143,+13125550147\nyesterday,+1202,+1312\n")};
    params.profilePath = writeFile(QStringLiteral("epoch.json"),
                                   R"({"class": "lookup", "subtype": "query", "timezone": "Europe/Berlin",
                                       "timestamp_format": "unix",
                                       "columns": {"timestamp": "When", "initiator": "Account", "counterpart": "Other"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"lookup query 2016-09-12T14:03:20Z +12025550143 +13125550147   2"_qs,
                          u"lookup query 2016-09-12T14:03:20.500Z +12025550143 +13125550147   3"_qs}));
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT group_concat(time_zone) FROM events")).toString(), u"UTC,UTC"_qs);
    QCOMPARE(imported.result.files.first().rejectedRows.first().reason,
             QStringLiteral("timestamp \"yesterday\" is not a count of seconds since 1970"));
}

void tst_Formats::joinedReturnsCountSharedRecordsOnce()
{
    // Two returns in one file (`cat`), the second in another column order, overlapping the
    // first by two records; the record asked twice in one second stays two events.
    const QString joined = dataPath(QStringLiteral("ids/ids-joined.csv"));
    ImportParams params;
    params.files = {joined};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{11, 7, 2, 2}));
    QCOMPARE(file.laterReturnLines, QList<int>{23});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  10"_qs,
                                      u"lookup imessage-query 2016-09-02T18:22:41Z +12025550143 dana.reyes@example.com 198.51.100.14  11"_qs,
                                      u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  12"_qs,
                                      u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  13"_qs,
                                      u"lookup imessage-query 2016-09-04T23:59:59Z +12025550143 +13125550147 100.64.20.5  14"_qs,
                                      u"lookup imessage-query 2016-09-06T00:00:00Z +12025550143 +1 200 555 0100 100.64.20.5  27"_qs,
                                      u"lookup imessage-query 2016-09-06T00:00:00Z +12025550143 +1 200 555 0100 100.64.20.5  28"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT e.line, o.line, o.kind FROM event_occurrences o JOIN events e ON e.id = o.event_id ORDER BY o.line"_qs),
             (QStringList{u"12|24|duplicate"_qs, u"14|25|duplicate"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT line, reason FROM rejected_rows ORDER BY id"_qs),
             (QStringList{u"26|impossible date or time \"2016-09-31 10:00:00\""_qs,
                          u"29|1 fields where the header has 6 (a missing field?)"_qs}));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM event_occurrences o JOIN events e ON e.id = o.event_id WHERE o.line = 24 AND e.line = 13"_qs).toInt(), 0);

    // The second return's block and header go with the source.
    const QJsonObject meta = TestSupport::jsonObject(db, u"SELECT metadata FROM sources"_qs);
    const QJsonObject later = meta.value(u"later_returns"_qs).toArray().first().toObject();
    QCOMPARE(later.value(u"header_line"_qs).toInt(), 23);
    QCOMPARE(later.value(u"metadata_lines"_qs).toArray().at(4).toString(), u"Period 2016-09-03 through 2016-09-10"_qs);
    QCOMPARE(later.value(u"metadata_lines"_qs).toArray().size(), 8);
    QCOMPARE(later.value(u"header"_qs).toArray().at(1).toString(), u"Lookup Handle"_qs);
    QCOMPARE(later.value(u"account_dsid"_qs).toString(), u"9990001112"_qs);
    QVERIFY(!later.contains(u"format"_qs)); // the same format as the first
    QCOMPARE(meta.value(u"header"_qs).toArray().at(1).toString(), u"Source Handle"_qs);

    // The same as the two returns imported as files of their own.
    QFile file0(joined);
    QVERIFY(file0.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file0.readAll().split('\n');
    params.files = {writeFile(u"first.csv"_qs, lines.mid(0, 14).join('\n') + '\n'),
                    writeFile(u"second.csv"_qs, lines.mid(14).join('\n'))};
    const auto apart = import(params);
    QVERIFY(apart.result.allOk());
    auto withoutLines = [](QStringList rows) {
        for (QString &row : rows)
            row.truncate(row.lastIndexOf(u' '));
        rows.sort();
        return rows;
    };
    QCOMPARE(withoutLines(events(apart.db->db())), withoutLines(events(db)));
    QCOMPARE(apart.result.files.at(1).duplicate, file.duplicate);
}

void tst_Formats::joinedReturnsMatchCopiesInOrder()
{
    // The same return three times over, after it was imported on its own: each of its records
    // is one event, found in four places.
    QFile sample(dataPath(QStringLiteral("ids/ids-sample.csv")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray once = sample.readAll();
    ImportParams params;
    params.files = {sample.fileName(), writeFile(QStringLiteral("thrice.csv"), once + once + once)};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(1).error));
    const FileImportResult &thrice = imported.result.files.at(1);
    QCOMPARE((QList<int>{thrice.rowsRead, thrice.accepted, thrice.duplicate, thrice.rejected}), (QList<int>{18, 0, 18, 0}));
    QCOMPARE(thrice.laterReturnLines, (QList<int>{24, 39}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT e.line, group_concat(o.line, ',') FROM events e JOIN event_occurrences o"
                                       " ON o.event_id = e.id GROUP BY e.id ORDER BY e.id"_qs),
             (QStringList{u"10|10,25,40"_qs, u"11|11,26,41"_qs, u"12|12,27,42"_qs, u"13|13,28,43"_qs, u"14|14,29,44"_qs,
                          u"15|15,30,45"_qs}));

    // Into an empty case: the first copy is the event, the others its duplicates; a dry run
    // counts the same, and writes nothing.
    params.files = {thrice.path};
    const auto alone = import(params);
    QCOMPARE((QList<int>{alone.result.files.first().accepted, alone.result.files.first().duplicate}), (QList<int>{6, 12}));
    params.dryRun = true;
    const auto dry = import(params);
    QCOMPARE((QList<int>{dry.result.files.first().accepted, dry.result.files.first().duplicate}), (QList<int>{6, 12}));
    QCOMPARE(dry.result.files.first().laterReturnLines, (QList<int>{24, 39}));
    QList<int> repeats; // the line each row repeats
    for (const PreviewFate &fate : dry.result.files.first().previewFates)
        repeats.append(fate.kind == PreviewFate::Duplicate ? fate.line : fate.kind == PreviewFate::NewEvent ? 0 : -1);
    QCOMPARE(repeats, (QList<int>{0, 0, 0, 0, 0, 0, 10, 11, 12, 13, 14, 15, 10, 11, 12, 13, 14, 15}));
    QVERIFY(!dry.db || scalar(dry.db->db(), u"SELECT count(*) FROM events"_qs).toInt() == 0);
}

void tst_Formats::aStrayQuoteTakesNoRecordBelowIt()
{
    // A device count opening with a quote closed only by the one ending line 5: read as one
    // record, lines 3 to 5 were one rejected row and two records were lost. Line 3 is
    // rejected alone; the header row's width tells the reader so.
    const auto imported = importUtc(u"stray-quote.csv"_qs,
                                    "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices,Device\n"
                                    "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14,2,iPhone\n"
                                    "2016-09-02 18:23:05,+12025550143,+13125550147,198.51.100.14,\"2,iPhone\n"
                                    "2016-09-02 18:24:05,+12025550143,+13125550148,198.51.100.14,1,iPad\n"
                                    "2016-09-02 18:25:05,+12025550143,+13125550149,198.51.100.14,3,Mac\"\n"
                                    "2016-09-02 18:26:05,+12025550143,+13125550150,198.51.100.14,0,iPhone\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{5, 4, 1}));
    QCOMPARE(file.rejectedRows.first().line, 3);
    QCOMPARE(file.rejectedRows.first().reason,
             u"a quoted field opened in this line takes in line 4, which holds a record of its own; the lines after it "
             "are read as records of their own"_qs);
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT group_concat(line) FROM events")).toString(), u"2,4,5,6"_qs);
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT device_count FROM events WHERE line = 5")).toInt(), 3);

    // In the last field, closed where that field ends two lines down: the record was as wide
    // as the header, and was accepted, one event for three lines, two records lost in it.
    const auto sameColumn = importUtc(u"stray-quote-same-column.csv"_qs,
                                      "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices,Device\n"
                                      "2016-09-02 18:23:05,+12025550143,+13125550147,198.51.100.14,2,\"iPhone\n"
                                      "2016-09-02 18:24:05,+12025550143,+13125550148,198.51.100.14,1,iPad\n"
                                      "2016-09-02 18:25:05,+12025550143,+13125550149,198.51.100.14,3,Mac 27\"\n"
                                      "2016-09-02 18:26:05,+12025550143,+13125550150,198.51.100.14,0,iPhone\n");
    QVERIFY2(sameColumn.result.allOk(), qPrintable(sameColumn.result.files.value(0).error));
    const FileImportResult &same = sameColumn.result.files.first();
    QCOMPARE((QList<int>{same.rowsRead, same.accepted, same.rejected}), (QList<int>{4, 3, 1}));
    QCOMPARE(same.rejectedRows.first().line, 2);
    QCOMPARE(same.rejectedRows.first().reason,
             u"a quoted field opened in this line takes in line 3, which holds a record of its own; the lines after it "
             "are read as records of their own"_qs);
    QCOMPARE(TestSupport::rows(sameColumn.db->db(), u"SELECT line, device_count, json_extract(extra, '$.Device') FROM events"
                                                    " ORDER BY line"_qs),
             (QStringList{u"3|1|iPad"_qs, u"4|3|Mac 27\""_qs, u"5|0|iPhone"_qs}));
}

void tst_Formats::aUtf8FileWithLinesOfWindows1252()
{
    // A UTF-8 IDS log with a byte damaged in line 3 and a record pasted from a Windows-1252
    // export in line 4: read whole as Windows-1252, line 2's looked-up handle was
    // "dana.rÃ©yes@example.com", another handle than the same address in every other source.
    const auto imported = importUtc(u"mixed-encodings.csv"_qs,
                                    "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                    "2016-09-02 18:22:05,+12025550143,dana.r\xC3\xA9yes@example.com,198.51.100.14,2\n"
                                    "2016-09-02 18:23:05,+12025550143,bad\xFFname@example.com,198.51.100.14,2\n"
                                    "2016-09-02 18:24:05,+12025550143,jos\xE9@example.com,198.51.100.14,1\n"
                                    "2016-09-02 18:25:05,+12025550143,ren\xC3\xA9@example.com,198.51.100.14,1\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{4, 4, 0}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT e.line, h.normalized FROM events e JOIN handles h ON h.id = e.counterpart_id"
                                   " ORDER BY e.line"_qs),
             (QStringList{u"2|dana.r\u00e9yes@example.com"_qs, u"3|bad\u00ffname@example.com"_qs,
                          u"4|jos\u00e9@example.com"_qs, u"5|ren\u00e9@example.com"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(metadata, '$.encoding'),"
                                   " json_extract(metadata, '$.lines_read_as_windows_1252') FROM sources"_qs),
             QStringList{u"UTF-8|[[3,4]]"_qs});
    QCOMPARE(file.warnings,
             QStringList{u"2 line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: 3\u20134"_qs});
    const CaseQueries queries(db);
    const qint64 pasted = scalar(db, u"SELECT id FROM events WHERE line = 4"_qs).toLongLong();
    QCOMPARE(queries.provenance(pasted)->textEncoding, u"Windows-1252"_qs);
    QVERIFY(queries.provenance(pasted)->lineNotInFileEncoding);
    const qint64 first = scalar(db, u"SELECT id FROM events WHERE line = 2"_qs).toLongLong();
    QCOMPARE(queries.provenance(first)->textEncoding, u"UTF-8"_qs);
    QVERIFY(!queries.provenance(first)->lineNotInFileEncoding);
}

void tst_Formats::aFileEndingInsideALineSaysItMayBeCutShort()
{
    // The last record has no line end after it: cut short, its device count "12" would read
    // as "1" with nothing else wrong. Its source and its event's provenance say it may be.
    const auto imported = importUtc(u"ends-inside.csv"_qs,
                                    "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                    "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14,2\n"
                                    "2016-09-02 18:23:05,+12025550143,+13125550148,198.51.100.14,1");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(scalar(db, u"SELECT json_extract(metadata, '$.last_line_unterminated') FROM sources"_qs).toInt(), 3);
    const CaseQueries queries(db);
    QVERIFY(queries.provenance(scalar(db, u"SELECT id FROM events WHERE line = 3"_qs).toLongLong())->lineUnterminated);
    QVERIFY(!queries.provenance(scalar(db, u"SELECT id FROM events WHERE line = 2"_qs).toLongLong())->lineUnterminated);
    // Ending with a line end, it says nothing.
    const auto whole = importUtc(u"ends-whole.csv"_qs,
                                 "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                 "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14,2\n");
    QVERIFY(scalar(whole.db->db(), u"SELECT json_extract(metadata, '$.last_line_unterminated') FROM sources"_qs).isNull());
}

void tst_Formats::rejectedRowsInARunKeepTheirOrder()
{
    // Rejected rows wait while they might be another return's metadata block; a long run of
    // them, and one at the end, is still reported row by row, in order.
    QByteArray text = "Timestamp,Source Handle,Lookup Handle\n2016-09-02 18:22:05,+12025550143,+13125550147\n";
    for (int i = 0; i < 70; ++i)
        text += "not a time,+12025550143,+13125550147\n";
    text += "2016-09-02 18:22:06,+12025550143,+13125550147\nEnd\n";
    ImportParams params;
    params.files = {writeFile(QStringLiteral("run.csv"), text)};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{73, 2, 71}));
    const QStringList rejected = TestSupport::rows(imported.db->db(), u"SELECT line FROM rejected_rows ORDER BY id"_qs);
    QStringList expected;
    for (int line = 3; line <= 72; ++line)
        expected.append(QString::number(line));
    expected.append(u"74"_qs);
    QCOMPARE(rejected, expected);
    QCOMPARE(file.rejectedRows.first().line, 3);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line FROM events ORDER BY id"_qs), (QStringList{u"2"_qs, u"73"_qs}));
}

void tst_Formats::aBadRecordBeforeAnotherReturnStaysRejected()
{
    // The first return's last records are bad, right before the second return's block: they
    // are rejected rows, not lines of that block; a metadata line between them is the block's
    // only from the last record on.
    const QByteArray text = "Timestamp,Source Handle,Lookup Handle,Client IP\n"
                            "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14\n"
                            "2016-09-31 18:22:06,+12025550143,+13125550147,198.51.100.14\n"
                            "End of page\n"
                            "2016-09-02 18:22:07,+12025550143,+13125550147,198.51.100.14,443\n"
                            "IDS Query Logs,,,\n"
                            "DSID,9990001112,,\n"
                            ",,,\n"
                            "Timestamp,Source Handle,Lookup Handle,Client IP\n"
                            "2016-09-03 07:01:13,+12015550123,+12025550143,203.0.113.77\n";
    ImportParams params;
    params.files = {writeFile(QStringLiteral("bad-last.csv"), text)};
    params.timeZone = QStringLiteral("UTC");
    for (const bool dryRun : {false, true}) {
        params.dryRun = dryRun;
        const auto imported = import(params);
        QVERIFY(imported.result.allOk());
        const FileImportResult &file = imported.result.files.first();
        QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{5, 2, 3}));
        QList<int> lines;
        for (const RejectedRow &row : file.rejectedRows)
            lines.append(row.line);
        QCOMPARE(lines, (QList<int>{3, 4, 5}));
        QCOMPARE(file.laterReturnLines, QList<int>{9});
    }
    params.dryRun = false;
    const auto imported = import(params);
    const QJsonObject meta =
        TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    const QJsonObject later = meta.value(u"later_returns"_qs).toArray().first().toObject();
    QCOMPARE(later.value(u"metadata_lines"_qs).toArray().toVariantList(),
             (QVariantList{u"IDS Query Logs,,,"_qs, u"DSID,9990001112,,"_qs, u",,,"_qs}));
    QCOMPARE(later.value(u"account_dsid"_qs).toString(), u"9990001112"_qs);
}

void tst_Formats::aReturnOfAnotherFormatIsReadAsThatFormat()
{
    // An IDS log, then a FaceTime log, then call records, in one file and the same column
    // layout: read by the first header, the invitations would pass for iMessage queries and
    // the calls for lookups. Each header row of a known format opens a part read as that format.
    ImportParams params;
    params.files = {dataPath(QStringLiteral("ids/three-formats-joined.csv"))};
    params.timeZone = QStringLiteral("UTC");
    const QString note4 = u"from line 4 the file holds a header row of another format, Apple FaceTime call-invitation "
                          "log: the rows after it are read as that format"_qs;
    for (const bool dryRun : {true, false}) {
        params.dryRun = dryRun;
        const auto imported = import(params);
        QVERIFY(imported.result.allOk());
        const FileImportResult &file = imported.result.files.first();
        QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{3, 3, 0}));
        QCOMPARE(file.acceptedByClass, (ClassCounts{2, 1, 0})); // never "3 accepted" alone
        QVERIFY(file.laterReturnLines.isEmpty()); // no header "comes again": each names another format
        QCOMPARE(file.warnings.size(), 2);
        QCOMPARE(file.warnings.first(), note4);
        QVERIFY(file.warnings.last().startsWith(u"from line 6 the file holds a header row of another format, Carrier call/SMS"_qs));
    }
    const auto imported = import(params);
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs,
                                      u"lookup facetime-invitation 2016-09-04T10:00:00Z +12025550143 +13125550147 198.51.100.14  5"_qs,
                                      u"communication call 2016-09-05T11:00:00Z +13125550147 +12025550143  65 7"_qs}));
    const QJsonObject meta = TestSupport::jsonObject(db, u"SELECT metadata FROM sources"_qs);
    QCOMPARE(meta.value(u"format_title"_qs).toString(), u"Apple IDS capability-query log"_qs);
    const QJsonArray later = meta.value(u"later_returns"_qs).toArray();
    QCOMPARE(later.at(0)[u"format"_qs].toString(), u"apple-facetime"_qs);
    QCOMPARE(later.at(0)[u"metadata_lines"_qs].toArray().first().toString(), u"FaceTime Call Invitation Logs"_qs);
    QCOMPARE(later.at(1)[u"format"_qs].toString(), u"carrier-cdr"_qs);
    QCOMPARE(TableImporter::formatChangeNotes(meta).first(), note4);
    QCOMPARE(scalar(db, u"SELECT format FROM sources"_qs).toString(), u"apple-ids"_qs);
    QCOMPARE(CaseQueries(db).sources().first().acceptedByClass, (ClassCounts{2, 1, 0}));
    // The audit log keeps what the analyst was told.
    const QJsonObject audit = TestSupport::jsonObject(db, u"SELECT details FROM audit_log WHERE action = 'import'"_qs);
    QCOMPARE(audit.value(u"warnings"_qs).toArray().first().toString(), note4);
    QCOMPARE((QList<int>{audit.value(u"accepted_lookups"_qs).toInt(-1), audit.value(u"accepted_communications"_qs).toInt(-1),
                         audit.value(u"accepted_connections"_qs).toInt(-1)}),
             (QList<int>{2, 1, 0}));
}

void tst_Formats::joinedReturnsKnowRecordsByDigest()
{
    // A duplicate key is a SHA-1 digest in base64: the digest is read back from it, byte for byte.
    for (const QByteArray &text : {QByteArray(""), QByteArray("a"), QByteArray("whatsapp-call\x1f" "42\x1f" "15551234567")}) {
        const QByteArray sha1 = QCryptographicHash::hash(text, QCryptographicHash::Sha1);
        const JoinedReturns::Digest digest = JoinedReturns::digestOf(QString::fromLatin1(sha1.toBase64()));
        QCOMPARE(QByteArray(digest.data(), qsizetype(digest.size())), sha1);
    }
    // Any other text stands for the digest of its UTF-8.
    const JoinedReturns::Digest other = JoinedReturns::digestOf(u"not base64 at all, and longer than 28"_qs);
    QCOMPARE(QByteArray(other.data(), qsizetype(other.size())),
             QCryptographicHash::hash("not base64 at all, and longer than 28", QCryptographicHash::Sha1));
    QVERIFY(JoinedReturns::digestOf(u"AAAAAAAAAAAAAAAAAAAAAAAAAA*="_qs) != JoinedReturns::digestOf(u"AAAAAAAAAAAAAAAAAAAAAAAAAAA="_qs));
}

void tst_Formats::manyRepeatedHeadersAreNamedBriefly()
{
    // A paginated export repeats its header on every page: its first lines, then the count.
    QVERIFY(ImportJob::joinedReturnsNote({23}).startsWith(u"The header row comes again further down (line 23), as"_qs));
    QVERIFY(ImportJob::joinedReturnsNote({52, 103, 154, 205, 256, 307, 358})
                .startsWith(u"The header row comes again further down (line 52, 103, 154, 205, 256, … 7 time(s) in all), as"_qs));
}

void tst_Formats::everyWorksheetWithRecordsIsASource()
{
    // Records going on in a second worksheet (as past Excel's row limit), then notes and an
    // empty sheet: both record sheets are read, each a source of its own; the notes are named.
    ImportParams params;
    params.files = {dataPath(QStringLiteral("carrier/cdr-sheets.xlsx"))};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{3, 3, 0, 0}));
    QCOMPARE(file.acceptedByClass, (ClassCounts{0, 3, 0}));
    QCOMPARE(file.parts.size(), 2);
    QCOMPARE((QList<QVariant>{file.parts[0].name, file.parts[0].sourceId, file.parts[0].rowsRead, file.parts[0].accepted}),
             (QList<QVariant>{u"Records"_qs, 1, 2, 2}));
    QCOMPARE((QList<QVariant>{file.parts[1].name, file.parts[1].sourceId, file.parts[1].rowsRead, file.parts[1].accepted}),
             (QList<QVariant>{u"Records (2)"_qs, 2, 1, 1}));
    QCOMPARE(file.warnings, (QStringList{u"the worksheet \"Notes\" (1 row(s) with values) was not imported: no header "
                                         "row was recognised in it"_qs}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT id, file_name, part, rows_read, rows_accepted, accepted_communications,"
                                   " json_extract(metadata, '$.worksheet') FROM sources ORDER BY id"_qs),
             (QStringList{u"1|cdr-sheets.xlsx|Records|2|2|2|Records"_qs,
                          u"2|cdr-sheets.xlsx|Records (2)|1|1|1|Records (2)"_qs}));
    for (const qint64 source : {1, 2}) { // what of the file was left out, told with either source
        const QJsonObject meta =
            TestSupport::jsonObject(db, QStringLiteral("SELECT metadata FROM sources WHERE id = %1").arg(source));
        QCOMPARE(QJsonDocument(meta.value(u"unread_worksheets"_qs).toArray()).toJson(QJsonDocument::Compact),
                 QByteArray(R"j([{"name":"Notes","rows":1,"searched":true}])j"));
    }
    // Each event names its worksheet wherever its source is named: a row number alone is not
    // a place in a workbook of two record sheets.
    QCOMPARE(TestSupport::rows(db, u"SELECT e.source_id, e.line, e.utc_ms FROM events e ORDER BY e.id"_qs),
             (QStringList{u"1|2|1473688987000"_qs, u"1|3|1473692400000"_qs, u"2|2|1473757200000"_qs}));
    QList<QString> names;
    for (const EventRow &row : CaseQueries(db).pairEvents(scalar(db, u"SELECT id FROM handles WHERE normalized = '+12025550100'"_qs).toLongLong(),
                                                          scalar(db, u"SELECT id FROM handles WHERE normalized = '+12025550143'"_qs).toLongLong()))
        names.append(QStringLiteral("%1:%2").arg(row.sourceName).arg(row.line));
    QCOMPARE(names, (QList<QString>{u"cdr-sheets.xlsx › Records:2"_qs, u"cdr-sheets.xlsx › Records:3"_qs,
                                     u"cdr-sheets.xlsx › Records (2):2"_qs}));
    QCOMPARE(CaseQueries(db).sources().value(1).shownName(), u"cdr-sheets.xlsx › Records (2)"_qs);
    QCOMPARE(CaseQueries(db).rejectedRows({}).size(), 0);
}

void tst_Formats::aReturnOfSeveralLogsInOneWorkbook_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("row by row") << false;
    // Indexes rebuilt at the end: the dedupe index is back before the second worksheet.
    QTest::newRow("bulk") << true;
}

void tst_Formats::aReturnOfSeveralLogsInOneWorkbook()
{
    // A cover, an IDS log, a carrier's calls going on in a second sheet that repeats a record
    // of the first, and notes: three sources, each of its format; the repeat one event.
    QFETCH(bool, bulk);
    const QString path = dataPath(u"xlsx/return-sheets.xlsx"_qs);
    ImportParams params;
    params.files = {path};
    params.bulkThresholdBytes = bulk ? 0 : params.bulkThresholdBytes;
    // The IDS log states no zone: the whole workbook waits for it, nothing of it written.
    const auto waiting = import(params);
    const FileImportResult &refused = waiting.result.files.first();
    QVERIFY(!refused.ok);
    QVERIFY(refused.needsTimeZone);
    QCOMPARE(refused.part, u"IDS"_qs);
    QVERIFY2(refused.error.startsWith(path + u":4: the worksheet \"IDS\": the timestamp states no time zone"_qs),
             qPrintable(refused.error));
    QVERIFY(!waiting.db); // the case it would have created is not there

    params.timeZone = QStringLiteral("UTC");
    for (const bool dryRun : {true, false}) {
        params.dryRun = dryRun;
        const auto imported = import(params);
        QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
        const FileImportResult &file = imported.result.files.first();
        QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{6, 4, 1, 1}));
        QCOMPARE(file.acceptedByClass, (ClassCounts{1, 3, 0}));
        QCOMPARE(file.format, u"apple-ids, carrier-cdr"_qs);
        QStringList parts;
        for (const PartImportResult &part : file.parts)
            parts.append(QStringLiteral("%1 %2 %3/%4/%5/%6").arg(part.name, part.format).arg(part.rowsRead).arg(part.accepted)
                             .arg(part.duplicate).arg(part.rejected));
        QCOMPARE(parts, (QStringList{u"IDS apple-ids 2/1/0/1"_qs, u"Calls carrier-cdr 2/2/0/0"_qs,
                                     u"Calls (2) carrier-cdr 2/1/1/0"_qs}));
        QStringList places;
        for (qsizetype i = 0; i < file.preview.size(); ++i)
            places.append(file.previewPlace(i) + u' ' + ImportJob::fateText(file.previewFates.at(i)));
        QCOMPARE(places, (QStringList{u"return-sheets.xlsx › IDS:4 new event"_qs, u"return-sheets.xlsx › Calls:2 new event"_qs,
                                      u"return-sheets.xlsx › Calls:3 new event"_qs,
                                      u"return-sheets.xlsx › Calls (2):2 "_qs
                                          + (dryRun ? u"duplicate of line 3 of Calls"_qs : u"duplicate of an earlier record"_qs),
                                      u"return-sheets.xlsx › Calls (2):3 new event"_qs}));
        QCOMPARE(file.rejectedRows.size(), 1);
        QCOMPARE(file.rejectedRows.first().reason, u"the worksheet \"IDS\": unreadable timestamp \"yesterday\""_qs);
        QCOMPARE(file.warnings,
                 (QStringList{u"the worksheet \"Cover\" (1 row(s) with values) was not imported: no header row was recognised in it"_qs,
                              u"the worksheet \"Notes\" (1 row(s) with values) was not imported: no header row was recognised in it"_qs}));
    }
    // In bulk, into a case holding a return already: a later worksheet's repeats are looked up
    // among the job's own sources too, not only among those the case held before.
    const QString casePath = m_dir.filePath(QStringLiteral("f%1.llcase").arg(++m_counter));
    ImportParams earlier = params;
    earlier.casePath = casePath;
    earlier.dryRun = false;
    earlier.files = {dataPath(u"facetime/facetime-invitations.csv"_qs)};
    QVERIFY(ImportJob::run(earlier).allOk());
    params.casePath = casePath;
    params.dryRun = false;
    const ImportResult result = ImportJob::run(params);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.rebuiltIndexes, bulk);
    QString error;
    const auto imported = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(imported, qPrintable(error));
    const QSqlDatabase db = imported->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT part, format, rows_read, accepted_lookups, accepted_communications,"
                                   " rows_duplicate, rows_rejected FROM sources WHERE id > 1 ORDER BY id"_qs),
             (QStringList{u"IDS|apple-ids|2|1|0|0|1"_qs, u"Calls|carrier-cdr|2|0|2|0|0"_qs,
                          u"Calls (2)|carrier-cdr|2|0|1|1|0"_qs}));
    // The repeated SMS is one event, seen in both worksheets' sources.
    QCOMPARE(TestSupport::rows(db, u"SELECT se.part, e.line, so.part, o.line, o.kind FROM event_occurrences o"
                                   " JOIN events e ON e.id = o.event_id JOIN sources se ON se.id = e.source_id"
                                   " JOIN sources so ON so.id = o.source_id WHERE o.source_id > 1"_qs),
             (QStringList{u"Calls|3|Calls (2)|2|duplicate"_qs}));
    const auto rejected = CaseQueries(db).rejectedRows({});
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(QStringLiteral("%1:%2: %3").arg(rejected.first().sourceName).arg(rejected.first().line).arg(rejected.first().reason),
             u"return-sheets.xlsx › IDS:5: unreadable timestamp \"yesterday\""_qs);
    QCOMPARE(TestSupport::rows(db, u"SELECT coalesce(json_extract(details, '$.worksheet'), '-') FROM audit_log"
                                   " WHERE action = 'import' ORDER BY id"_qs),
             (QStringList{u"-"_qs, u"IDS"_qs, u"Calls"_qs, u"Calls (2)"_qs}));
    // The case holds every worksheet of the file: imported again, it is refused whole.
    const ImportResult second = ImportJob::run(params);
    QVERIFY(second.files.first().alreadyImported);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sources"_qs).toInt(), 4);
}

void tst_Formats::worksheetsGoingOnWithoutAHeaderRowAreOffered()
{
    // Records going on in two worksheets that do not repeat the header row: not read unless
    // the analyst says they go on (the workbook cannot), but named as able to be, each with
    // the worksheet before it; the notes sheet, whose row fills no record's columns, is not.
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-continued.xlsx"_qs)};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{2, 2, 0, 0}));
    QVERIFY(file.parts.isEmpty());
    QCOMPARE(file.continuableWorksheets, (QStringList{u"Sheet2"_qs, u"Sheet3"_qs}));
    QCOMPARE(file.warnings,
             (QStringList{u"the worksheet \"Sheet2\" (2 row(s) with values) was not imported: it has no header row, but "
                          "its first row fills the columns of the records in the worksheet before it, \"Records\"; if it "
                          "goes on from them, it can be read as continued"_qs,
                          u"the worksheet \"Sheet3\" (2 row(s) with values) was not imported: it has no header row, but "
                          "its first row fills the columns of the records in the worksheet before it, \"Sheet2\"; if it "
                          "goes on from them, it can be read as continued"_qs,
                          u"the worksheet \"Notes\" (1 row(s) with values) was not imported: no header row was "
                          "recognised in it"_qs}));
    // The source keeps what was left out, and the sources list says it again from that.
    const QJsonObject meta = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(QJsonDocument(meta.value(u"unread_worksheets"_qs).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"continues":"Records","name":"Sheet2","rows":2,"searched":true},)j"
                        R"j({"continues":"Sheet2","name":"Sheet3","rows":2,"searched":true},)j"
                        R"j({"name":"Notes","rows":1,"searched":true}])j"));
    QStringList again;
    for (const UnreadPart &part : TableImporter::unreadParts(meta))
        again.append(TableImporter::unreadPartWarning(part));
    QCOMPARE(again, file.warnings);
}

void tst_Formats::worksheetsGoingOnWithoutAHeaderRowAreReadWhenAsked_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("dry run") << true;
    QTest::newRow("import") << false;
}

void tst_Formats::worksheetsGoingOnWithoutAHeaderRowAreReadWhenAsked()
{
    // Asked for, each goes on by the first worksheet's header from its own first row: a
    // source of its own whose lines are its rows, a repeat of the sheet before one event.
    QFETCH(bool, dryRun);
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-continued.xlsx"_qs)};
    params.timeZone = QStringLiteral("UTC");
    params.readContinuedWorksheets = true;
    params.dryRun = dryRun;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{6, 4, 1, 1}));
    QCOMPARE(file.acceptedByClass, (ClassCounts{0, 4, 0}));
    QStringList parts;
    for (const PartImportResult &part : file.parts)
        parts.append(QStringLiteral("%1 after '%2' %3/%4/%5/%6").arg(part.name, part.continues).arg(part.rowsRead)
                         .arg(part.accepted).arg(part.duplicate).arg(part.rejected));
    QCOMPARE(parts, (QStringList{u"Records after '' 2/2/0/0"_qs, u"Sheet2 after 'Records' 2/1/1/0"_qs,
                                 u"Sheet3 after 'Sheet2' 2/1/0/1"_qs}));
    QVERIFY(file.continuableWorksheets.isEmpty());
    QCOMPARE(file.warnings, (QStringList{u"the worksheet \"Notes\" (1 row(s) with values) was not imported: no header "
                                         "row was recognised in it"_qs}));
    QVERIFY2(file.recognition.endsWith(u"; Carrier call/SMS records (start time, or date and time; originating and "
                                       "terminating number): no header row; read as going on from the worksheet before it, "
                                       "by the header row at line 1 of the worksheet \"Records\" (worksheet(s) “Sheet2”, "
                                       "“Sheet3”)"_qs),
             qPrintable(file.recognition));
    QStringList places;
    for (qsizetype i = 0; i < file.preview.size(); ++i)
        places.append(file.previewPlace(i) + u' ' + ImportJob::fateText(file.previewFates.at(i)));
    QCOMPARE(places, (QStringList{u"cdr-continued.xlsx › Records:2 new event"_qs, u"cdr-continued.xlsx › Records:3 new event"_qs,
                                  u"cdr-continued.xlsx › Sheet2:1 "_qs
                                      + (dryRun ? u"duplicate of line 3 of Records"_qs : u"duplicate of an earlier record"_qs),
                                  u"cdr-continued.xlsx › Sheet2:2 new event"_qs, u"cdr-continued.xlsx › Sheet3:1 new event"_qs}));
    QCOMPARE(file.rejectedRows.size(), 1);
    QCOMPARE(file.rejectedRows.first().line, 2);
    QCOMPARE(file.rejectedRows.first().reason, u"the worksheet \"Sheet3\": unreadable timestamp \"not a time\""_qs);
    if (dryRun)
        return;
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT part, rows_read, accepted_communications, rows_duplicate, rows_rejected,"
                                   " coalesce(json_extract(metadata, '$.continues_worksheet'), '-'),"
                                   " coalesce(json_extract(metadata, '$.header_worksheet'), '-'),"
                                   " json_extract(metadata, '$.header_line'), json_array_length(metadata, '$.metadata_lines')"
                                   " FROM sources ORDER BY id"_qs),
             (QStringList{u"Records|2|2|0|0|-|-|1|0"_qs, u"Sheet2|2|1|1|0|Records|Records|1|0"_qs,
                          u"Sheet3|2|1|0|1|Sheet2|Records|1|0"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT s.part, e.line, e.utc_ms, e.raw FROM events e JOIN sources s ON s.id = e.source_id"
                                   " ORDER BY e.id"_qs),
             (QStringList{u"Records|2|1473688987000|2016-09-12 14:03:07\t+12025550100\t+12025550143\tVoice\t65"_qs,
                          u"Records|3|1473692400000|2016-09-12 15:00:00\t+12025550143\t+12025550100\tSMS"_qs,
                          u"Sheet2|2|1473757200000|2016-09-13 09:00:00\t+12025550100\t+12025550143\tVoice\t12"_qs,
                          u"Sheet3|1|1473840000000|2016-09-14 08:00:00\t+12025550100\t+13125550147\tVoice\t30"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT se.part, e.line, so.part, o.line, o.kind FROM event_occurrences o"
                                   " JOIN events e ON e.id = o.event_id JOIN sources se ON se.id = e.source_id"
                                   " JOIN sources so ON so.id = o.source_id WHERE o.kind = 'duplicate'"_qs),
             (QStringList{u"Records|3|Sheet2|1|duplicate"_qs}));
    // Tracing an event of a sheet without a header row leads to the header that named its columns.
    const auto lastEvent = CaseQueries(db).provenance(scalar(db, u"SELECT max(id) FROM events"_qs).toLongLong());
    QVERIFY(lastEvent);
    QCOMPARE(QStringList({lastEvent->sourceWorksheet, lastEvent->headerWorksheet, QString::number(lastEvent->headerLine)}),
             (QStringList{u"Sheet3"_qs, u"Records"_qs, u"1"_qs}));
    QVERIFY(CaseQueries(db).provenance(1)->headerWorksheet.isEmpty());
    QVERIFY(CaseQueries(db).provenance(1)->numberedColumns.isEmpty());
    // The analyst's word that a sheet goes on is recorded with its import.
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(details, '$.worksheet'),"
                                   " coalesce(json_extract(details, '$.continues_worksheet'), '-') FROM audit_log"
                                   " WHERE action = 'import' ORDER BY id"_qs),
             (QStringList{u"Records|-"_qs, u"Sheet2|Records"_qs, u"Sheet3|Sheet2"_qs}));
}

void tst_Formats::aWorksheetGoingOnTakesTheDateOrderOfTheRecordsBefore()
{
    // "04/10/2016" alone settles nothing; the records it goes on from ("25/09/2016") do.
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-continued-dmy.xlsx"_qs)};
    params.timeZone = QStringLiteral("UTC");
    params.readContinuedWorksheets = true;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().dateOrder, u"dmy"_qs);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT s.part, e.line, e.utc_ms, json_extract(s.metadata, '$.date_order'),"
                                                  " json_extract(s.metadata, '$.date_order_from')"
                                                  " FROM events e JOIN sources s ON s.id = e.source_id ORDER BY e.id"_qs),
             (QStringList{u"Records|2|1474812187000|dmy|settled from the data"_qs,
                          u"Records|3|1475488800000|dmy|settled from the data"_qs,
                          u"Sheet2|1|1475571600000|dmy|settled from the data of the worksheet \"Records\""_qs}));
}

void tst_Formats::aLegacyExcelWorkbookReadsAsItsXlsx()
{
    // Carriers still deliver Excel 97-2003 workbooks. The same records saved as .xls, in the
    // kinds of cell Excel writes (a date-formatted time, a serial number in a General cell, a
    // phone number stored as a number), give the events the .xlsx gives, worksheet by worksheet.
    QFETCH(QString, path);
    QFETCH(QString, reader);
    QVERIFY(ImportFiles::mayHoldRecords(u"return.XLS"_qs));
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(path)};
    const auto legacy = import(params);
    QVERIFY2(legacy.result.allOk(), qPrintable(legacy.result.files.value(0).error));
    params.files = {dataPath(u"carrier/cdr-sheets.xlsx"_qs)};
    const auto current = import(params);
    QVERIFY2(current.result.allOk(), qPrintable(current.result.files.value(0).error));
    // Alike but for their lines, which are each file's own (the row a sheet puts a record on).
    const QStringList expected{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65"_qs,
                               u"communication call 2016-09-13T09:00:00Z +12025550100 +12025550143  12"_qs,
                               u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100  "_qs};
    const auto withoutLines = [](QStringList rows) {
        for (QString &row : rows)
            row.truncate(row.lastIndexOf(u' '));
        rows.sort();
        return rows;
    };
    const QStringList xlsx = withoutLines(events(current.db->db()));
    const QStringList xls = withoutLines(events(legacy.db->db()));
    QCOMPARE(xlsx, expected);
    QCOMPARE(xls, expected);
    const FileImportResult &file = legacy.result.files.first();
    QStringList parts;
    for (const PartImportResult &part : file.parts)
        parts.append(QStringLiteral("%1 %2/%3").arg(part.name).arg(part.rowsRead).arg(part.accepted));
    QCOMPARE(parts, (QStringList{u"Records 2/2"_qs, u"Records (2) 1/1"_qs}));
    QCOMPARE(file.warnings, current.result.files.first().warnings);
    QFETCH(QStringList, raw);
    QStringList stored;
    for (const QString &row : raw)
        stored.append(reader + u'|' + row);
    QCOMPARE(TestSupport::rows(legacy.db->db(), u"SELECT json_extract(metadata, '$.reader'), part, e.line, e.raw FROM events e"
                                                " JOIN sources s ON s.id = e.source_id ORDER BY e.id"_qs),
             stored);
}

void tst_Formats::aLegacyExcelWorkbookReadsAsItsXlsx_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reader");
    QTest::addColumn<QStringList>("raw");
    QTest::newRow("Excel 97-2003 (.xls)")
        << u"carrier/cdr-sheets.xls"_qs << u"xls"_qs
        << QStringList{u"Records|2|2016-09-12 14:03:07\t2025550100\t+12025550143\tVoice\t65"_qs,
                       u"Records|3|42625.625\t+12025550143\t2025550100\tSMS"_qs,
                       u"Records (2)|2|2016-09-13 09:00:00\t+12025550100\t+12025550143\tVoice\t12"_qs};
    // LibreOffice's: the values stored, not the text its formats show ("2.03E+09").
    QTest::newRow("OpenDocument spreadsheet")
        << u"carrier/cdr-sheets.ods"_qs << u"ods"_qs
        << QStringList{u"Records|2|2016-09-12T14:03:07\t2025550100\t+12025550143\tVoice\t65"_qs,
                       u"Records|4|2016-09-12 15:00:00\t+12025550143\t+12025550100\tSMS"_qs,
                       u"Records (2)|2|2016-09-13 09:00:00\t+12025550100\t+12025550143\tVoice\t0:00:12"_qs};
    // A report server's: a row Excel numbers 4 after an empty one, a comment that is no value.
    QTest::newRow("Excel 2003 XML Spreadsheet")
        << u"carrier/cdr-sheets-2003.xls"_qs << u"xml-spreadsheet"_qs
        << QStringList{u"Records|2|2016-09-12T14:03:07.000\t2025550100\t+12025550143\tVoice\t65"_qs,
                       u"Records|4|2016-09-12 15:00:00\t+12025550143\t+12025550100\tSMS"_qs,
                       u"Records (2)|2|2016-09-13 09:00:00\t+12025550100\t+12025550143\tVoice\t12"_qs};
}

void tst_Formats::aDamagedLegacyWorkbookIsRefusedWithNothingWritten()
{
    // An OLE2 header over bytes that are no workbook: named as such, not read as text.
    const QString path = dataPath(u"carrier/not-a-workbook.xls"_qs);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {path};
    const auto refused = import(params);
    QCOMPARE(refused.result.files.first().error,
             path + u": not a readable Excel 97-2003 workbook: it is damaged or of a kind FreeXL does not read (error -11)"_qs);
    QVERIFY(!refused.result.files.first().needsMapping);
    QVERIFY(!refused.db);
}

void tst_Formats::aWorksheetCutShortKeepsTheRowsBeforeTheDamage()
{
    // A leaked workbook whose worksheet's XML was cut off in row 13 (its ZIP whole): the rows
    // before it are records as written; the damage is a rejected row holding what could be
    // read of row 13, and the import says nothing after it was read.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    const QString path = dataPath(u"ids/ids-cut-in-row.xlsx"_qs);
    params.files = {path};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{4, 3, 0, 1}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  10"_qs,
                                      u"lookup imessage-query 2016-09-02T18:22:41Z +12025550143 dana.reyes@example.com 198.51.100.14  11"_qs,
                                      u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  12"_qs}));
    const QString damage = u"the worksheet's XML is damaged in row 13: Couldn't find end of Start Tag c (line 1)"_qs;
    QCOMPARE(TestSupport::rows(db, u"SELECT line, reason, raw FROM rejected_rows"_qs),
             QStringList{u"13|nothing from here on can be read; "_qs + damage + u"|42618.99998842592\t+12025550143\t(312) 555-0147"_qs});
    QVERIFY2(file.warnings.contains(u"only the rows before the damage were read; "_qs + damage), qPrintable(file.warnings.join(u'\n')));
}

void tst_Formats::damageBeforeTheHeaderRowIsRefused()
{
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    const QString path = dataPath(u"ids/ids-cut-before-header.xlsx"_qs);
    params.files = {path};
    const auto refused = import(params);
    QCOMPARE(refused.result.files.first().error,
             path + u": the worksheet's XML is damaged in row 5: Couldn't find end of Start Tag c (line 1), before a "
                    "header row the import knows (and no other worksheet of the workbook has a header row)"_qs);
    QVERIFY(!refused.db);
}

void tst_Formats::aDamagedFirstWorksheetLeavesTheOthersRead()
{
    // The first worksheet's XML breaks before its first row: the workbook was refused, though
    // the second worksheet's records were whole. It is named as a worksheet that cannot be
    // read, as a later one would be, and the others are read.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(u"carrier/cdr-sheets-first-cut.xlsx"_qs)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{1, 1, 0}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT json_extract(metadata, '$.worksheet') FROM sources"_qs),
             QStringList{u"Records (2)"_qs});
    QVERIFY2(file.warnings.contains(u"the worksheet \"Records\" cannot be read and was not imported"_qs),
             qPrintable(file.warnings.join(u'\n')));
    // Alone in its workbook, it refuses the file, as before.
    params.files = {dataPath(u"ids/ids-cut-before-header.xlsx"_qs)};
    QVERIFY(!import(params).result.allOk());
}

void tst_Formats::aSheetOfOneXmlDocumentCutShort_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("xmlLine");
    QTest::newRow("OpenDocument") << "carrier/cdr-sheets-cut.ods" << 13;
    QTest::newRow("XML Spreadsheet") << "carrier/cdr-sheets-2003-cut.xls" << 18;
}

void tst_Formats::aSheetOfOneXmlDocumentCutShort()
{
    // Every sheet is in one XML document, cut off in the first sheet's row 4: its rows before
    // it are read, the damage is a rejected row with the cells read of row 4, and the sheets
    // after it (a second sheet of records, notes) are lost with it, as the warning says.
    QFETCH(QString, file);
    QFETCH(int, xmlLine);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(file)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE((QList<int>{result.rowsRead, result.accepted, result.duplicate, result.rejected}), (QList<int>{2, 1, 0, 1}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs});
    const QString damage = u"the sheet's XML is damaged in row 4: Extra content at the end of the document (line %1); "
                           "no sheet after it can be read either"_qs.arg(xmlLine);
    QCOMPARE(TestSupport::rows(db, u"SELECT line, reason, raw FROM rejected_rows"_qs),
             QStringList{u"4|nothing from here on can be read; "_qs + damage + u"|2016-09-12 15:00:00\t+12025550143\t+12025550100"_qs});
    QCOMPARE(result.warnings, QStringList{u"only the rows before the damage were read; "_qs + damage});
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sources"_qs).toInt(), 1);
}

void tst_Formats::aWorkbookNotAsWrittenIsRefusedWithNothingWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    // The ZIP itself says its content is not what was written, and not where: no row of it
    // can be trusted, though each reads.
    QTest::newRow("CRC-32") << "ids/ids-bad-crc.xlsx"
                            << "the ZIP entry \"xl/worksheets/sheet1.xml\" is damaged: what it holds does not match "
                               "its CRC-32 checksum, so some of it is not what was written";
    QTest::newRow("deflate") << "ids/ids-bad-deflate.xlsx"
                             << "the ZIP entry \"xl/worksheets/sheet1.xml\" is damaged: its compressed data cannot be "
                                "read to its end (error -3)";
    QTest::newRow("OpenDocument") << "carrier/cdr-sheets-bad-crc.ods"
                                  << "the ZIP entry \"content.xml\" is damaged: what it holds does not match its CRC-32 "
                                     "checksum, so some of it is not what was written";
}

void tst_Formats::aWorkbookNotAsWrittenIsRefusedWithNothingWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.casePath = m_dir.filePath(QStringLiteral("f%1.llcase").arg(++m_counter));
    params.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    QVERIFY(ImportJob::run(params).allOk());
    const QStringList before = TestSupport::snapshot(params.casePath);
    params.files = {dataPath(file)};
    const ImportResult refused = ImportJob::run(params);
    QVERIFY(!refused.allOk());
    QCOMPARE(refused.files.first().error, dataPath(file) + u": "_qs + error);
    QCOMPARE(TestSupport::snapshot(params.casePath), before);
}

void tst_Formats::aPortalsHtmlExportNamedXls()
{
    // Portals export "Excel" as an HTML page named .xls: read as Excel opens it, by its tables'
    // rows (numbered in page order), its declared Windows-1252 text, entities and line breaks;
    // the case details' table above the records is the source's metadata block.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(u"carrier/cdr-portal.xls"_qs)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{2, 2, 0, 0}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 4"_qs,
                                      u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100   6"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT raw, extra FROM events ORDER BY id"_qs),
             (QStringList{u"2016-09-12 14:03:07\t+12025550100\t+12025550143\tVoice\t65\tK\u00f6ln S\u00fcd|"
                          "{\"Call Type\":\"Voice\",\"Cell Site\":\"K\u00f6ln S\u00fcd\"}"_qs,
                          u"2016-09-12 15:00:00\t+12025550143\t+12025550100\tSMS|{\"Call Type\":\"SMS\"}"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(metadata, '$.reader'), json_extract(metadata, '$.header_line'),"
                                   " json_extract(metadata, '$.metadata_lines') FROM sources"_qs),
             (QStringList{u"html|3|[\"Case\\t16-0042 & 16-0043\",\"Subscriber +12025550100\"]"_qs}));
}

void tst_Formats::anHtmlTableRowOverOneMebibyteIsRejectedAlone()
{
    // As a text file's record over 1 MiB: that row is rejected, not held, and the next is read.
    QByteArray page = "<html><body><table><tr><th>Start Time (UTC)</th><th>Originating Number</th>"
                      "<th>Terminating Number</th><th>Call Type</th></tr>"
                      "<tr><td>2016-09-12 14:03:07</td><td>+12025550100</td><td>+12025550143</td><td>";
    page += QByteArray(1100 * 1024, 'x');
    page += "</td></tr><tr><td>2016-09-12 15:00:00</td><td>+12025550143</td><td>+12025550100</td><td>SMS</td></tr>"
            "</table></body></html>";
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(u"long-row.html"_qs, page)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{2, 1, 1}));
    QCOMPARE(file.rejectedRows.first().line, 2);
    QCOMPARE(file.rejectedRows.first().reason, u"table row longer than 1 MiB; skipped"_qs);
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100   3"_qs}));
}

void tst_Formats::aCoverSheetBeforeTheRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("inline strings") << u"carrier/cdr-cover.xlsx"_qs;
    // As Excel writes it: the records' worksheet reads the strings and styles the workbook
    // shares, read once when the cover was tried.
    QTest::newRow("shared strings, durations in [h]:mm:ss") << u"carrier/cdr-cover-shared.xlsx"_qs;
}

void tst_Formats::aCoverSheetBeforeTheRecords()
{
    // A cover sheet with no table, then the records going on in a second worksheet: each
    // worksheet with a header row is read, named wherever its line numbers are given, and the
    // cover is named as not imported.
    QFETCH(QString, file);
    const QString path = dataPath(file);
    ImportParams params;
    params.files = {path};
    for (const bool dryRun : {true, false}) {
        params.dryRun = dryRun;
        const auto imported = import(params);
        QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
        const FileImportResult &file = imported.result.files.first();
        QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.rejected}), (QList<int>{3, 3, 0}));
        // The two record sheets are recognised alike: named together.
        QVERIFY2(file.recognition.endsWith(u": the header row at line 1 has \"Call Type\", \"Duration (s)\", \"Originating "
                                           "Number\", \"Start Time (UTC)\", \"Terminating Number\" (worksheet(s) \u201cRecords\u201d, "
                                           "\u201cRecords (2)\u201d)"_qs),
                 qPrintable(file.recognition));
        QCOMPARE(file.warnings.size(), 2);
        QVERIFY(file.warnings.first().startsWith(u"the worksheet \"Cover\" (3 row(s) with values) was not imported"_qs));
    }
    const auto imported = import(params);
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs,
                                      u"communication call 2016-09-13T09:00:00Z +12025550100 +12025550143  12 2"_qs,
                                      u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100   3"_qs}));
    const QJsonObject meta = TestSupport::jsonObject(db, u"SELECT metadata FROM sources WHERE id = 1"_qs);
    QCOMPARE(meta.value(u"worksheet"_qs).toString(), u"Records"_qs);
    QVERIFY(meta.value(u"recognition"_qs).toString().contains(u"the header row at line 1 of the worksheet \"Records\" has"_qs));
    QCOMPARE(QJsonDocument(meta.value(u"unread_worksheets"_qs).toArray()).toJson(QJsonDocument::Compact),
             QByteArray(R"j([{"name":"Cover","rows":3,"searched":true},{"name":"Notes","rows":1,"searched":true}])j"));
    const auto provenance = CaseQueries(db).provenance(scalar(db, u"SELECT min(id) FROM events"_qs).toLongLong());
    QVERIFY(provenance);
    QCOMPARE(provenance->sourceWorksheet, u"Records"_qs);

    // Building a mapping for it: the header guessed is the records', not the cover's.
    QString error;
    QCOMPARE(TableImporter::peekHeader(path, &error),
             (QStringList{u"Start Time (UTC)"_qs, u"Originating Number"_qs, u"Terminating Number"_qs, u"Call Type"_qs,
                          u"Duration (s)"_qs}));
    const TableImporter::Peek peeked = TableImporter::peek(path);
    QCOMPARE(peeked.part, u"Records"_qs); // the lines shown to map by are named with their sheet
    QCOMPARE(peeked.rows.size(), 3);

    // No worksheet has the header asked for: the first one's reason, and that none other has.
    params.format = QStringLiteral("apple-ids");
    const auto none = import(params);
    QCOMPARE(none.result.files.first().error,
             path + u": no header row with a timestamp (or date and time), and initiator and counterpart (or local "
                   "party, remote party and direction) was found in the first 60 rows (nor in the workbook's 4 other "
                   "worksheet(s))"_qs);
}

QString tst_Formats::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void tst_Formats::profileMustNameClassAndZone_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("message");
    QTest::newRow("no class") << "profile/no-class-profile.json" << "must name the evidence class";
    QTest::newRow("no zone") << "profile/no-zone-profile.json" << "must name the zone";
}

void tst_Formats::profileMustNameClassAndZone()
{
    QFETCH(QString, profile);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!TableFormat::loadProfile(dataPath(profile), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    ImportParams params;
    params.files = {dataPath(QStringLiteral("profile/custom-export.csv"))};
    params.profilePath = dataPath(profile);
    const auto imported = import(params);
    QVERIFY(!imported.result.allOk());
    QVERIFY(!imported.db); // nothing created
}

void tst_Formats::profileRoundTrip()
{
    QString error;
    const auto profile = TableFormat::loadProfile(dataPath(QStringLiteral("profile/custom-profile.json")), &error);
    QVERIFY2(profile, qPrintable(error));
    const QString saved = m_dir.filePath(QStringLiteral("saved-profile.json"));
    QVERIFY(profile->saveProfile(saved, &error));
    const auto again = TableFormat::loadProfile(saved, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->toJson(), profile->toJson());
    QCOMPARE(again->evidenceClass, EvidenceClass::Communication);
    QCOMPARE(again->dateOrder, DateOrder::DayFirst);
    QVERIFY(again->analystProfile);
    // A profile numbering the columns of a file without a header row keeps its numbers.
    const auto numbered = TableFormat::loadProfile(dataPath(QStringLiteral("profile/headerless-profile.json")), &error);
    QVERIFY2(numbered, qPrintable(error));
    QVERIFY(numbered->byPosition);
    QCOMPARE(numbered->position(Field::Counterpart), 3);
    QCOMPARE(numbered->position(Field::ClientIp), -1);
    QVERIFY(numbered->saveProfile(saved, &error));
    const auto numberedAgain = TableFormat::loadProfile(saved, &error);
    QVERIFY2(numberedAgain, qPrintable(error));
    QCOMPARE(numberedAgain->toJson(), numbered->toJson());
    QCOMPARE(numberedAgain->toJson().value(QStringLiteral("columns")).toObject().value(QStringLiteral("duration")).toInt(), 5);
    QCOMPARE(TableFormat::builtInIds(), (QStringList{u"apple-facetime"_qs, u"apple-ids"_qs, u"carrier-cdr-sided"_qs,
                                                     u"carrier-cdr"_qs}));
}

void tst_Formats::encodingsAndLineEndingsGiveIdenticalEvents_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *variant : {"utf8-bom", "utf16le", "utf16be", "crlf", "cr", "windows-1252"})
        QTest::newRow(variant) << QString::fromLatin1(variant);
}

void tst_Formats::encodingsAndLineEndingsGiveIdenticalEvents()
{
    QFETCH(QString, variant);
    QFile original(dataPath(QStringLiteral("ids/ids-sample.csv")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    QByteArray bytes;
    if (variant == u"utf8-bom")
        bytes = "\xEF\xBB\xBF" + text.toUtf8();
    else if (variant == u"utf16le")
        bytes = QByteArray("\xFF\xFE") + QByteArray(QStringEncoder(QStringEncoder::Utf16LE)(text));
    else if (variant == u"utf16be")
        bytes = QByteArray("\xFE\xFF") + QByteArray(QStringEncoder(QStringEncoder::Utf16BE)(text));
    else if (variant == u"crlf")
        bytes = text.replace(u'\n', QStringLiteral("\r\n")).toUtf8();
    else if (variant == u"cr")
        bytes = text.replace(u'\n', u'\r').toUtf8();
    else
        bytes = text.replace(QStringLiteral("iPhone"), QStringLiteral("iPhone \u00E9")).toLatin1();
    const QString path = m_dir.filePath(QStringLiteral("variant-%1.csv").arg(variant));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    ImportParams reference;
    reference.files = {dataPath(QStringLiteral("ids/ids-sample.csv"))};
    reference.timeZone = QStringLiteral("UTC");
    ImportParams other = reference;
    other.files = {path};
    const auto a = import(reference);
    const auto b = import(other);
    QVERIFY2(b.result.allOk(), qPrintable(b.result.files.value(0).error));
    QCOMPARE(events(b.db->db()), events(a.db->db()));
    if (variant == u"windows-1252")
        QVERIFY(scalar(b.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 10")).toString().contains(
            QStringLiteral("iPhone \u00E9")));
}

QTEST_GUILESS_MAIN(tst_Formats)
#include "tst_formats.moc"
