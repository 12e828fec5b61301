#include "casedatabase.h"
#include "casequeries.h"
#include "importfiles.h"
#include "importjob.h"
#include "importsuite.h"
#include "tableimporter.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Returns sent as workbooks (XLSX, legacy XLS, XML Spreadsheet, a portal's HTML named .xls):
/// every worksheet with records, worksheets going on without a header row, damage and cover sheets.
class tst_Workbooks : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
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
    void aWorksheetNotReadIsSaidWhy_data();
    void aWorksheetNotReadIsSaidWhy();
    void aWorksheetDamagedWhereStoredLeavesTheOthersRead_data();
    void aWorksheetDamagedWhereStoredLeavesTheOthersRead();
    void aSheetOfOneXmlDocumentCutShort_data();
    void aSheetOfOneXmlDocumentCutShort();
    void aWorkbookNotAsWrittenIsRefusedWithNothingWritten_data();
    void aWorkbookNotAsWrittenIsRefusedWithNothingWritten();
    void aPortalsHtmlExportNamedXls();
    void anHtmlTableRowOverOneMebibyteIsRejectedAlone();
    void anHtmlPagesTextIsReadAsABrowserShowsIt();
    void anHtmlReferenceNamingNoCharacterIsNamed();
    void aWorkbooksIrregularTextLosesNoRow();
    void anXmlSpreadsheetsIrregularTextLosesNoRow();
    void aPageOrXmlSpreadsheetInUtf16IsRecognised_data();
    void aPageOrXmlSpreadsheetInUtf16IsRecognised();
    void aCoverSheetBeforeTheRecords_data();
    void aCoverSheetBeforeTheRecords();
    void aWorksheetWithAHeaderOfTwoClassesIsNamed();
    void aWorkbookIsReadAsItsRelationshipsNameItsParts();
    void aWorksheetLongerThanTheRowsReadAheadLosesNoRow_data();
    void aWorksheetLongerThanTheRowsReadAheadLosesNoRow();
    void aWorksheetDamagedFarDownKeepsEveryRowBeforeIt();
};

void tst_Workbooks::everyWorksheetWithRecordsIsASource()
{
    // Records going on in a second worksheet (as past Excel's row limit), then notes and an
    // empty sheet: both record sheets are read, each a source of its own; the notes are named.
    const auto imported = importFixture(QStringLiteral("carrier/cdr-sheets.xlsx"), QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{3, 3, 0, 0}));
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

void tst_Workbooks::aReturnOfSeveralLogsInOneWorkbook_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("row by row") << false;
    // Indexes rebuilt at the end: the dedupe index is back before the second worksheet.
    QTest::newRow("bulk") << true;
}

void tst_Workbooks::aReturnOfSeveralLogsInOneWorkbook()
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
        QCOMPARE(accounting(file), (QList<int>{6, 4, 1, 1}));
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
    const QString casePath = newCasePath();
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

void tst_Workbooks::worksheetsGoingOnWithoutAHeaderRowAreOffered()
{
    // Records going on in two worksheets that do not repeat the header row: not read unless
    // the analyst says they go on (the workbook cannot), but named as able to be, each with
    // the worksheet before it; the notes sheet, whose row fills no record's columns, is not.
    const auto imported = importFixture(u"carrier/cdr-continued.xlsx"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{2, 2, 0, 0}));
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

void tst_Workbooks::worksheetsGoingOnWithoutAHeaderRowAreReadWhenAsked_data()
{
    QTest::addColumn<bool>("dryRun");
    QTest::newRow("dry run") << true;
    QTest::newRow("import") << false;
}

void tst_Workbooks::worksheetsGoingOnWithoutAHeaderRowAreReadWhenAsked()
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
    QCOMPARE(accounting(file), (QList<int>{6, 4, 1, 1}));
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

void tst_Workbooks::aWorksheetGoingOnTakesTheDateOrderOfTheRecordsBefore()
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

void tst_Workbooks::aLegacyExcelWorkbookReadsAsItsXlsx()
{
    // Carriers still deliver Excel 97-2003 workbooks. The same records saved as .xls, in the
    // kinds of cell Excel writes (a date-formatted time, a serial number in a General cell, a
    // phone number stored as a number), give the events the .xlsx gives, worksheet by worksheet.
    QFETCH(QString, path);
    QFETCH(QString, reader);
    QVERIFY(ImportFiles::mayHoldRecords(u"return.XLS"_qs));
    const auto legacy = importFixture(path);
    QVERIFY2(legacy.result.allOk(), qPrintable(legacy.result.files.value(0).error));
    const auto current = importFixture(u"carrier/cdr-sheets.xlsx"_qs);
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

void tst_Workbooks::aLegacyExcelWorkbookReadsAsItsXlsx_data()
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

void tst_Workbooks::aDamagedLegacyWorkbookIsRefusedWithNothingWritten()
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

void tst_Workbooks::aWorksheetCutShortKeepsTheRowsBeforeTheDamage()
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
    QCOMPARE(accounting(file), (QList<int>{4, 3, 0, 1}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  10"_qs,
                                      u"lookup imessage-query 2016-09-02T18:22:41Z +12025550143 dana.reyes@example.com 198.51.100.14  11"_qs,
                                      u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  12"_qs}));
    const QString damage = u"the worksheet's XML is damaged in row 13: Couldn't find end of Start Tag c (line 1)"_qs;
    QCOMPARE(TestSupport::rows(db, u"SELECT line, reason, raw FROM rejected_rows"_qs),
             QStringList{u"13|nothing from here on can be read; "_qs + damage + u"|42618.99998842592\t+12025550143\t(312) 555-0147"_qs});
    QVERIFY2(file.warnings.contains(u"only the rows before the damage were read; "_qs + damage), qPrintable(file.warnings.join(u'\n')));
}

void tst_Workbooks::damageBeforeTheHeaderRowIsRefused()
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

void tst_Workbooks::aDamagedFirstWorksheetLeavesTheOthersRead()
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
    QCOMPARE(accounting(file), (QList<int>{1, 1, 0, 0}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT json_extract(metadata, '$.worksheet') FROM sources"_qs),
             QStringList{u"Records (2)"_qs});
    QVERIFY2(file.warnings.contains(u"the worksheet \"Records\" cannot be read and was not imported: the worksheet's "
                                    "XML is damaged before its first row with values: Couldn't find end of Start Tag "
                                    "row (line 1)"_qs),
             qPrintable(file.warnings.join(u'\n')));
    // Alone in its workbook, it refuses the file, as before.
    params.files = {dataPath(u"ids/ids-cut-before-header.xlsx"_qs)};
    QVERIFY(!import(params).result.allOk());
}

void tst_Workbooks::aWorksheetNotReadIsSaidWhy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("why");
    QTest::newRow("its part missing") << "carrier/cdr-sheets-second-missing.xlsx"
                                      << "the workbook names a worksheet \"xl/worksheets/sheet2.xml\" that it does "
                                         "not contain";
    QTest::newRow("its XML cut short") << "carrier/cdr-sheets-first-cut.xlsx"
                                       << "the worksheet's XML is damaged before its first row with values: Couldn't "
                                          "find end of Start Tag row (line 1)";
    // One XML document holds every sheet: its damage ends them all.
    QTest::newRow("its part of the document cut short")
        << "carrier/cdr-sheets-second-cut.ods"
        << "the sheet's XML is damaged before its first row; no sheet after it can be read either";
}

namespace {

/// Each worksheet the case's sources name as not readable: the worksheet read, the one not, why.
QStringList worksheetsNotReadable(QSqlDatabase db)
{
    return TestSupport::rows(db, u"SELECT json_extract(metadata, '$.worksheet'), json_extract(value, '$.name'),"
                                 " json_extract(value, '$.unreadable') FROM sources,"
                                 " json_each(sources.metadata, '$.unread_worksheets')"
                                 " WHERE json_extract(value, '$.rows') < 0 ORDER BY sources.id"_qs);
}

} // namespace

void tst_Workbooks::aWorksheetNotReadIsSaidWhy()
{
    // An analyst told only that a worksheet "cannot be read" cannot tell whether to ask the
    // provider again: the warning, and the source, say why.
    QFETCH(QString, file);
    QFETCH(QString, why);
    const auto imported = importFixture(file);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QStringList unread = worksheetsNotReadable(imported.db->db());
    QCOMPARE(unread.size(), 1);
    QVERIFY2(unread.first().endsWith(u'|' + why), qPrintable(unread.first()));
    const QString sheet = unread.first().section(u'|', 1, 1);
    const QString warning = u"the worksheet \"%1\" cannot be read and was not imported: %2"_qs.arg(sheet, why);
    QVERIFY2(imported.result.files.first().warnings.contains(warning), qPrintable(imported.result.files.first().warnings.join(u'\n')));
    // Read back from the source, as the Sources panel shows it, in the same words.
    const QJsonObject metadata =
        QJsonDocument::fromJson(TestSupport::scalar(imported.db->db(), u"SELECT metadata FROM sources"_qs).toString().toUtf8()).object();
    QStringList shown;
    for (const UnreadPart &part : TableImporter::unreadParts(metadata))
        shown.append(TableImporter::unreadPartWarning(part));
    QVERIFY2(shown.contains(warning), qPrintable(shown.join(u'\n')));
}

void tst_Workbooks::aSheetOfOneXmlDocumentCutShort_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("xmlLine");
    QTest::newRow("OpenDocument") << "carrier/cdr-sheets-cut.ods" << 13;
    QTest::newRow("XML Spreadsheet") << "carrier/cdr-sheets-2003-cut.xls" << 18;
}

void tst_Workbooks::aSheetOfOneXmlDocumentCutShort()
{
    // Every sheet is in one XML document, cut off in the first sheet's row 4: its rows before
    // it are read, the damage is a rejected row with the cells read of row 4, and the sheets
    // after it (a second sheet of records, notes) are lost with it, as the warning says.
    QFETCH(QString, file);
    QFETCH(int, xmlLine);
    const auto imported = importFixture(file);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE(accounting(result), (QList<int>{2, 1, 0, 1}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs});
    const QString damage = u"the sheet's XML is damaged in row 4: Extra content at the end of the document (line %1); "
                           "no sheet after it can be read either"_qs.arg(xmlLine);
    QCOMPARE(TestSupport::rows(db, u"SELECT line, reason, raw FROM rejected_rows"_qs),
             QStringList{u"4|nothing from here on can be read; "_qs + damage + u"|2016-09-12 15:00:00\t+12025550143\t+12025550100"_qs});
    QCOMPARE(result.warnings, QStringList{u"only the rows before the damage were read; "_qs + damage});
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sources"_qs).toInt(), 1);
}

void tst_Workbooks::aWorkbookNotAsWrittenIsRefusedWithNothingWritten_data()
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
    // Every worksheet with records damaged so: the first one's damage is said.
    QTest::newRow("each worksheet with records") << "carrier/cdr-sheets-both-bad-crc.xlsx"
                                                 << "the worksheet \"Records\": the ZIP entry \"xl/worksheets/sheet1.xml\" "
                                                    "is damaged: what it holds does not match its CRC-32 checksum, so "
                                                    "some of it is not what was written";
}

void tst_Workbooks::aWorksheetDamagedWhereStoredLeavesTheOthersRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("damaged");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("read");
    QTest::addColumn<QStringList>("events");
    QTest::newRow("the second") << "carrier/cdr-sheets-second-bad-crc.xlsx" << "Records (2)" << "sheet2.xml" << "Records"
                                << QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 2"_qs,
                                               u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100   3"_qs};
    QTest::newRow("the first") << "carrier/cdr-sheets-first-bad-crc.xlsx" << "Records" << "sheet1.xml" << "Records (2)"
                               << QStringList{u"communication call 2016-09-13T09:00:00Z +12025550100 +12025550143  12 2"_qs};
}

void tst_Workbooks::aWorksheetDamagedWhereStoredLeavesTheOthersRead()
{
    // A worksheet's ZIP entry failing its CRC-32 refused the whole workbook, and with it the
    // records of worksheets stored apart and whole: as a WhatsApp return's whole deliveries
    // beside a damaged one, they are read, and the damaged worksheet is named with why, on the
    // import and on the sources read. None of its records is kept, nor counted as read.
    QFETCH(QString, file);
    QFETCH(QString, damaged);
    QFETCH(QString, entry);
    QFETCH(QString, read);
    QFETCH(QStringList, events);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(file)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE(accounting(result), (QList<int>{int(events.size()), int(events.size()), 0, 0}));
    QCOMPARE(ImportSuite::events(imported.db->db()), events);
    const QString why = u"the ZIP entry \"xl/worksheets/%1\" is damaged: what it holds does not match its CRC-32 "
                        "checksum, so some of it is not what was written"_qs.arg(entry);
    const QString warning = u"the worksheet \"%1\" cannot be read and was not imported: %2"_qs.arg(damaged, why);
    QVERIFY2(result.warnings.contains(warning), qPrintable(result.warnings.join(u'\n')));
    QCOMPARE(worksheetsNotReadable(imported.db->db()), QStringList{read + u'|' + damaged + u'|' + why});
    // A dry run says the same, and reads the same records.
    params.dryRun = true;
    params.casePath = newCasePath();
    const ImportResult dry = ImportJob::run(params);
    QVERIFY2(dry.allOk(), qPrintable(dry.files.value(0).error));
    QCOMPARE(dry.files.first().accepted, int(events.size()));
    QCOMPARE(dry.files.first().preview.size(), events.size());
    QVERIFY2(dry.files.first().warnings.contains(warning), qPrintable(dry.files.first().warnings.join(u'\n')));

    // Imported in bulk (indexes set aside while it is written), then the whole workbook with it:
    // the records kept are known again by their keys, the damaged worksheet's are new.
    const QString bulkCase = newCasePath();
    QVERIFY(ImportJob::run(bulkParams(bulkCase, {dataPath(file)})).allOk());
    const ImportResult whole = ImportJob::run(bulkParams(bulkCase, {dataPath(u"carrier/cdr-sheets.xlsx"_qs)}));
    QVERIFY2(whole.allOk(), qPrintable(whole.files.value(0).error));
    QCOMPARE((QList<int>{whole.files.first().accepted, whole.files.first().duplicate}),
             (QList<int>{int(3 - events.size()), int(events.size())}));
    const QString indexes = u"SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"_qs;
    const auto bulk = openCase(bulkCase);
    QCOMPARE(TestSupport::rows(bulk->db(), indexes), TestSupport::rows(imported.db->db(), indexes));
}

void tst_Workbooks::aWorkbookNotAsWrittenIsRefusedWithNothingWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.casePath = newCasePath();
    params.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    QVERIFY(ImportJob::run(params).allOk());
    const QStringList before = TestSupport::snapshot(params.casePath);
    params.files = {dataPath(file)};
    const ImportResult refused = ImportJob::run(params);
    QVERIFY(!refused.allOk());
    QCOMPARE(refused.files.first().error, dataPath(file) + u": "_qs + error);
    QCOMPARE(TestSupport::snapshot(params.casePath), before);
}

void tst_Workbooks::aPortalsHtmlExportNamedXls()
{
    // Portals export "Excel" as an HTML page named .xls: read as Excel opens it, by its tables'
    // rows (numbered in page order), its declared Windows-1252 text, entities and line breaks;
    // the case details' table above the records is the source's metadata block.
    const auto imported = importFixture(u"carrier/cdr-portal.xls"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{2, 2, 0, 0}));
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

void tst_Workbooks::anHtmlPagesTextIsReadAsABrowserShowsIt()
{
    // libxml2 alone read a page declaring nothing as UTF-8 until a byte was not, then the rest
    // as Latin-1: every later letter of UTF-8 changed ("cafÃ©"), Windows-1252's quotes became
    // control characters. Its lines are read one by one now, as a CSV file's.
    QFile portal(dataPath(u"carrier/cdr-portal.xls"_qs));
    QVERIFY(portal.open(QIODevice::ReadOnly));
    const QByteArray page = portal.readAll();
    const QByteArray meta = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">";
    QVERIFY(page.contains(meta));
    const QString sql = u"SELECT line, json_extract(extra, '$.\"Cell Site\"') FROM events ORDER BY line"_qs;
    const QString encoding = u"SELECT json_extract(metadata, '$.encoding'), json_extract(metadata, "
                             "'$.lines_read_as_windows_1252') FROM sources"_qs;

    // Declaring nothing, holding no UTF-8: Windows-1252 throughout, nothing to warn of.
    const auto undeclared = importUtc(u"undeclared.xls"_qs, QByteArray(page).replace(meta, ""));
    QVERIFY2(undeclared.result.allOk(), qPrintable(undeclared.result.files.value(0).error));
    QCOMPARE(undeclared.result.files.first().warnings, QStringList{});
    QCOMPARE(TestSupport::rows(undeclared.db->db(), sql), (QStringList{u"4|K\u00f6ln S\u00fcd"_qs, u"6|NULL"_qs}));
    QCOMPARE(TestSupport::rows(undeclared.db->db(), encoding), QStringList{u"Windows-1252|NULL"_qs});

    // Declaring UTF-8, with a row of Windows-1252 (its lines 17–21) between rows of UTF-8.
    QByteArray mixed = QByteArray(page).replace(meta, "<meta charset=\"utf-8\">");
    mixed.replace("K\xF6ln<br>S\xFC" "d", "K\xC3\xB6ln<br>S\xC3\xBC" "d");
    mixed.replace("<td colspan=\"2\"></td>", "<td></td><td>\x93" "Caf\xE9\x94</td>");
    const auto imported = importUtc(u"mixed.xls"_qs, mixed);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"1 line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: 6"_qs});
    QCOMPARE(TestSupport::rows(imported.db->db(), sql),
             (QStringList{u"4|K\u00f6ln S\u00fcd"_qs, u"6|\u201c" "Caf\u00e9\u201d"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), encoding), QStringList{u"UTF-8|[[6,6]]"_qs});
    const CaseQueries queries(imported.db->db());
    const qint64 sms = TestSupport::scalar(imported.db->db(), u"SELECT id FROM events WHERE line = 6"_qs).toLongLong();
    QVERIFY(queries.provenance(sms)->lineNotInFileEncoding);
    QVERIFY(!queries.provenance(sms - 1)->lineNotInFileEncoding);

    // Declaring an encoding not known here: refused, naming it, rather than read as another.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(u"martian.xls"_qs, QByteArray(page).replace(meta, "<meta charset=\"x-martian\">"))};
    params.casePath = newCasePath();
    const ImportResult refused = ImportJob::run(params);
    QVERIFY(!refused.allOk());
    QCOMPARE(refused.files.first().error,
             params.files.first() + u": the page declares its text to be in \"x-martian\", an encoding not known here"_qs);
}

void tst_Workbooks::anHtmlReferenceNamingNoCharacterIsNamed()
{
    // libxml2 drops "&#xD83D;" (half a surrogate pair): the number was read as +12025550143, a
    // handle of the case the page does not name.
    QFile portal(dataPath(u"carrier/cdr-portal.xls"_qs));
    QVERIFY(portal.open(QIODevice::ReadOnly));
    QByteArray page = portal.readAll();
    page.replace("<td>+12025550143</td><td>+12025550100</td><td>SMS</td>",
                 "<td>+1202555&#xD83D;0143</td><td>+12025550100</td><td>SMS</td>");
    const auto imported = importUtc(u"reference.xls"_qs, page);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"1 line(s) hold a character reference that names no character (as \"&#xD83D;\", "
                         "half of a pair), read as U+FFFD (\uFFFD) in its place: 6"_qs});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT e.line, e.initiator_raw, h.normalized, h.kind FROM events e"
                                   " JOIN handles h ON h.id = e.initiator_id ORDER BY e.line"_qs),
             (QStringList{u"4|+12025550100|+12025550100|phone"_qs,
                          u"6|+1202555\uFFFD0143|+1202555\uFFFD0143|other"_qs}));
    QCOMPARE(TestSupport::scalar(db, u"SELECT json_extract(metadata, '$.character_references_replaced') FROM sources"_qs)
                 .toString(),
             u"[[6,6]]"_qs);
    const CaseQueries queries(db);
    const qint64 sms = TestSupport::scalar(db, u"SELECT id FROM events WHERE line = 6"_qs).toLongLong();
    QVERIFY(queries.provenance(sms)->lineHasReplacedReferences);
    QVERIFY(!queries.provenance(sms - 1)->lineHasReplacedReferences);
}

void tst_Workbooks::aWorkbooksIrregularTextLosesNoRow()
{
    // Half a surrogate pair written as a reference, in a shared string (row 3) and an inline
    // string (row 4), and U+0001 in a shared string (row 6): the worksheet is not well-formed
    // XML, and rows 4 to 6 were lost as damage. Each reference is read as U+FFFD, the control
    // character as it stands (as a CSV file's), their rows named; no row is lost.
    const auto imported = importFixture(u"carrier/cdr-references.xlsx"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{5, 5, 0, 0}));
    QCOMPARE(file.warnings,
             (QStringList{u"2 line(s) hold a character reference that names no character (as \"&#xD83D;\", half of a pair), "
                          "read as U+FFFD (\uFFFD) in its place: 3\u20134"_qs,
                          u"1 line(s) hold a control character XML does not allow (its XML is not well-formed there), read "
                          "as it stands, as a text file's would be: 6"_qs}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT e.line, e.initiator_raw, e.counterpart_raw, c.normalized, c.kind FROM events e"
                                   " JOIN handles c ON c.id = e.counterpart_id ORDER BY e.line"_qs),
             (QStringList{u"2|+12025550100|+12025550143|+12025550143|phone"_qs,
                          u"3|+1202555\uFFFD0100|+12025550143|+12025550143|phone"_qs,
                          u"4|+12025550143|+1202555\uFFFD0147|+1202555\uFFFD0147|other"_qs,
                          u"5|+12025550143|+12025550100|+12025550100|phone"_qs,
                          u"6|+12025550143|+1202555\u00010147|+1202555\u00010147|other"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(metadata, '$.character_references_replaced'),"
                                   " json_extract(metadata, '$.control_characters_kept') FROM sources"_qs),
             QStringList{u"[[3,4]]|[[6,6]]"_qs});
    const CaseQueries queries(db);
    QStringList flagged;
    for (const QString &id : TestSupport::rows(db, u"SELECT id FROM events ORDER BY line"_qs))
        flagged.append(queries.provenance(id.toLongLong())->lineHasReplacedReferences ? u"yes"_qs : u"no"_qs);
    QCOMPARE(flagged, (QStringList{u"no"_qs, u"yes"_qs, u"yes"_qs, u"no"_qs, u"no"_qs}));
}

void tst_Workbooks::anXmlSpreadsheetsIrregularTextLosesNoRow()
{
    // The first worksheet's row 4 names a number with half a surrogate pair, the second's row 2
    // one with U+0001: each lost its row and what came after as damage. Both are read whole now.
    QFile sheets(dataPath(u"carrier/cdr-sheets-2003.xls"_qs));
    QVERIFY(sheets.open(QIODevice::ReadOnly));
    QByteArray xml = sheets.readAll();
    const QByteArray number = "<Data ss:Type=\"String\">+12025550100</Data>";
    QVERIFY(xml.indexOf(number) > 0);
    xml.replace(xml.indexOf(number), number.size(), "<Data ss:Type=\"String\">+1202555&#xD83D;0100</Data>");
    const QByteArray second = "<Data ss:Type=\"String\">+12025550143</Data>";
    const qsizetype secondSheet = xml.indexOf("ss:Name=\"Records (2)\"");
    QVERIFY(secondSheet > 0 && xml.indexOf(second, secondSheet) > 0);
    xml.replace(xml.indexOf(second, secondSheet), second.size(), "<Data ss:Type=\"String\">+1202555\x01" "0143</Data>");
    const auto imported = importUtc(u"references.xls"_qs, xml);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{3, 3, 0, 0}));
    QCOMPARE(file.warnings,
             (QStringList{u"the worksheet \"Notes\" (1 row(s) with values) was not imported: no header row was recognised "
                          "in it"_qs,
                          u"the worksheet \"Records\": 1 line(s) hold a character reference that names no character (as "
                          "\"&#xD83D;\", half of a pair), read as U+FFFD (\uFFFD) in its place: 4"_qs,
                          u"the worksheet \"Records (2)\": 1 line(s) hold a control character XML does not allow (its XML "
                          "is not well-formed there), read as it stands, as a text file's would be: 2"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT s.part, e.line, e.initiator_raw, e.counterpart_raw,"
                                                  " json_extract(s.metadata, '$.character_references_replaced'),"
                                                  " json_extract(s.metadata, '$.control_characters_kept')"
                                                  " FROM events e JOIN sources s ON s.id = e.source_id ORDER BY e.id"_qs),
             (QStringList{u"Records|2|2025550100|+12025550143|[[4,4]]|NULL"_qs,
                          u"Records|4|+12025550143|+1202555\uFFFD0100|[[4,4]]|NULL"_qs,
                          u"Records (2)|2|+12025550100|+1202555\u00010143|NULL|[[2,2]]"_qs}));
}

void tst_Workbooks::aPageOrXmlSpreadsheetInUtf16IsRecognised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QByteArray>("declared");
    QTest::addColumn<QByteArray>("utf16Declared");
    QTest::addColumn<QString>("reader");
    // Recognised by their first bytes, which in UTF-16 hold no "<table" nor the spreadsheet's
    // namespace: they were read as CSV, and found no header row.
    QTest::newRow("portal page") << u"carrier/cdr-portal.xls"_qs << u"Windows-1252"_qs
                                 << QByteArray("charset=windows-1252") << QByteArray("charset=utf-16") << u"html"_qs;
    QTest::newRow("XML Spreadsheet") << u"carrier/cdr-sheets-2003.xls"_qs << u"UTF-8"_qs
                                     << QByteArray("encoding=\"UTF-8\"") << QByteArray("encoding=\"UTF-16\"")
                                     << u"xml-spreadsheet"_qs;
}

void tst_Workbooks::aPageOrXmlSpreadsheetInUtf16IsRecognised()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QByteArray, declared);
    QFETCH(QByteArray, utf16Declared);
    QFETCH(QString, reader);
    QFile original(dataPath(file));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    QVERIFY(bytes.contains(declared));
    const QString text = QStringDecoder(encoding.toLatin1().constData()).decode(bytes.replace(declared, utf16Declared));
    const QString sql = u"SELECT e.line, e.initiator_raw, e.counterpart_raw, e.extra, json_extract(s.metadata, '$.reader')"
                        " FROM events e JOIN sources s ON s.id = e.source_id ORDER BY e.id"_qs;
    const auto plain = importFixture(file);
    QVERIFY2(plain.result.allOk(), qPrintable(plain.result.files.value(0).error));
    // With a byte-order mark, and without one (known by the zero bytes, as a CSV file is).
    for (const bool marked : {true, false})
        for (const bool bigEndian : {false, true}) {
            const QByteArray withMark = TestSupport::utf16WithBom(text, bigEndian);
            const auto utf16 = importUtc(u"utf16-%1-%2.xls"_qs.arg(bigEndian).arg(marked),
                                         marked ? withMark : withMark.sliced(2));
            QVERIFY2(utf16.result.allOk(), qPrintable(utf16.result.files.value(0).error));
            const QStringList events = TestSupport::rows(utf16.db->db(), sql);
            QCOMPARE(events, TestSupport::rows(plain.db->db(), sql));
            QVERIFY2(events.first().endsWith(u"|"_qs + reader), qPrintable(events.first()));
        }
}

void tst_Workbooks::anHtmlTableRowOverOneMebibyteIsRejectedAlone()
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
    QCOMPARE(accounting(file), (QList<int>{2, 1, 0, 1}));
    QCOMPARE(file.rejectedRows.first().line, 2);
    QCOMPARE(file.rejectedRows.first().reason, u"table row longer than 1 MiB; skipped"_qs);
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication sms 2016-09-12T15:00:00Z +12025550143 +12025550100   3"_qs}));
}

void tst_Workbooks::aCoverSheetBeforeTheRecords_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("inline strings") << u"carrier/cdr-cover.xlsx"_qs;
    // As Excel writes it: the records' worksheet reads the strings and styles the workbook
    // shares, read once when the cover was tried.
    QTest::newRow("shared strings, durations in [h]:mm:ss") << u"carrier/cdr-cover-shared.xlsx"_qs;
}

void tst_Workbooks::aWorksheetWithAHeaderOfTwoClassesIsNamed()
{
    // Calls under columns the FaceTime log has, on a worksheet behind a cover: the format is
    // asked for, that worksheet named and its rows shown as written (not the cover's).
    const QString twoClasses = u"the header row at line 1 fits returns of two evidence classes: it fits the Apple FaceTime "
                               "call-invitation log by \"Time\", \"Caller\", \"Callee\", whose rows are lookups, but it "
                               "also has \"Duration\", \"Call Type\""_qs;
    ImportParams params;
    params.files = {dataPath(u"xlsx/two-classes-cover.xlsx"_qs)};
    params.timeZone = u"UTC"_qs;
    params.dryRun = true;
    const auto asked = import(params);
    const FileImportResult &waiting = asked.result.files.first();
    QVERIFY(!waiting.ok && waiting.needsFormat && !waiting.needsMapping);
    QVERIFY2(waiting.error.startsWith(params.files.first() + u": the worksheet \"Calls\": "_qs + twoClasses),
             qPrintable(waiting.error));
    QCOMPARE(waiting.part, u"Calls"_qs);
    QCOMPARE(waiting.rowsAsWritten.size(), 2);
    QCOMPARE(waiting.rowsAsWritten.first().raw, u"Time\tCaller\tCallee\tDuration\tCall Type"_qs);

    // Beside an IDS log's worksheet: the log is read, the calls' worksheet named as not
    // imported, saying why, in the warnings and the source's metadata.
    params.files = {dataPath(u"xlsx/return-two-classes.xlsx"_qs)};
    params.dryRun = false;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.first().error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.acceptedByClass, (ClassCounts{1, 0, 0}));
    QVERIFY2(file.warnings.contains(u"the worksheet \"Calls\" (2 row(s) with values) was not imported: "_qs + twoClasses
                                    + u", read by the Carrier call/SMS records (one subscriber's side: date, time, direction, "
                                      "other party), whose rows are communications. Which class its rows are is not guessed: "
                                      "if the file is the Apple FaceTime call-invitation log, choose that format (--format "
                                      "apple-facetime); if not, map its columns (--profile)"_qs),
             qPrintable(file.warnings.join(u'\n')));
    const QJsonObject meta = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources WHERE id = 1"_qs);
    const QJsonObject unread = meta.value(u"unread_worksheets"_qs).toArray().first().toObject();
    QCOMPARE(unread.value(u"name"_qs).toString(), u"Calls"_qs);
    QVERIFY(unread.value(u"two_classes"_qs).toString().startsWith(twoClasses));
}

void tst_Workbooks::aCoverSheetBeforeTheRecords()
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
        QCOMPARE(accounting(file), (QList<int>{3, 3, 0, 0}));
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

void tst_Workbooks::aWorkbookIsReadAsItsRelationshipsNameItsParts()
{
    // An export tool's "xl/SharedStrings.xml" (its header read as empty cells, the file refused
    // as needing a mapping) and a Strict OOXML workbook at "spreadsheet/book.xml" (refused as
    // "not an XLSX workbook"): each imports as the IDS log it is.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(u"xlsx/part-names.xlsx"_qs), dataPath(u"xlsx/workbook-elsewhere.xlsx"_qs)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error + imported.result.files.value(1).error));
    QCOMPARE(imported.result.files.size(), 2);
    const QList<QList<int>> counts{{2, 2, 0, 0}, {2, 0, 2, 0}}; // the same records: one event each, linked to both
    for (qsizetype i = 0; i < 2; ++i) {
        const FileImportResult &file = imported.result.files.at(i);
        QCOMPARE(file.format, u"apple-ids"_qs);
        QCOMPARE(accounting(file), counts.at(i));
    }
    QCOMPARE(imported.result.files[1].warnings,
             (QStringList{u"the worksheet \"Other\" (1 row(s) with values) was not imported: no header row was "
                          "recognised in it"_qs}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT e.line, e.class, e.subtype, e.utc_ms, e.initiator_raw, e.counterpart_raw,"
                                   " e.client_ip, e.device_count, json_extract(e.extra, '$.Duration') FROM events e"
                                   " ORDER BY e.id"_qs),
             (QStringList{u"2|lookup|imessage-query|1472840525000|+12025550143|tel:+13125550147|198.51.100.14|2|0:01:05"_qs,
                          u"3|lookup|imessage-query|1472886073000|tel:+12015550123|+12025550143|203.0.113.77|1|12:00:00"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT o.source_id, o.line, o.kind FROM event_occurrences o ORDER BY o.source_id, o.line"_qs),
             (QStringList{u"2|2|duplicate"_qs, u"2|3|duplicate"_qs}));
}

void tst_Workbooks::aWorksheetLongerThanTheRowsReadAheadLosesNoRow_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("hiddenAndFormulas");
    QTest::newRow("xlsx") << u"xlsx/cdr-long.xlsx"_qs << u"[[2900,2900]]|[[2950,2950]]"_qs;
    QTest::newRow("ods") << u"xlsx/cdr-long.ods"_qs << u"[[2900,2900]]|[[2950,2950]]"_qs;
    QTest::newRow("a portal's HTML table") << u"xlsx/cdr-long.html"_qs << u"NULL|NULL"_qs;
}

void tst_Workbooks::aWorksheetLongerThanTheRowsReadAheadLosesNoRow()
{
    // 3,000 calls: a worksheet's rows are parsed on a thread of their own, batches ahead of the
    // rows being checked (ReadAheadReader). Every row comes once and in order, the events those
    // of the same rows written as CSV; what is known only at the sheet's end (a hidden row and a
    // formula far down) is said as it was when rows were read one at a time.
    QFETCH(QString, file);
    QFETCH(QString, hiddenAndFormulas);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(file)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE(accounting(result), (QList<int>{3000, 3000, 0, 0}));
    ImportParams text = params;
    text.files = {dataPath(u"xlsx/cdr-long.csv"_qs)};
    const QStringList written = events(import(text).db->db());
    QCOMPARE(written.size(), 3000);
    QCOMPARE(written.first(), u"communication call 2016-09-12T00:00:00Z +12025550002 +13125550002  2 2"_qs);
    QCOMPARE(written.last(), u"communication call 2016-09-14T01:59:00Z +12025550091 +13125550064  1 3001"_qs);
    QCOMPARE(events(imported.db->db()), written);
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT json_extract(metadata, '$.hidden_rows'),"
                                                   " json_extract(metadata, '$.formula_cells') FROM sources"_qs),
             QStringList{hiddenAndFormulas});
}

void tst_Workbooks::aWorksheetDamagedFarDownKeepsEveryRowBeforeIt()
{
    // The same worksheet's XML cut short in row 2,000, long after the first rows read ahead: the
    // 1,998 records before it are read, the damage is the rejected row 2,000, and the import
    // says that nothing after it was read.
    const auto imported = importFixture(u"xlsx/cdr-long-cut.xlsx"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{1999, 1998, 0, 1}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::scalar(db, u"SELECT MAX(line) FROM events"_qs).toInt(), 1999);
    const QString damage = u"the worksheet's XML is damaged in row 2000: Couldn't find end of Start Tag c (line 1)"_qs;
    QCOMPARE(TestSupport::rows(db, u"SELECT line, reason, raw FROM rejected_rows"_qs),
             QStringList{u"2000|nothing from here on can be read; "_qs + damage + u"|2016-09-13 09:18:00"_qs});
    QVERIFY2(file.warnings.contains(u"only the rows before the damage were read; "_qs + damage), qPrintable(file.warnings.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Workbooks)
#include "tst_workbooks.moc"
