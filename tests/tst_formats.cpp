#include "archivewriter.h"
#include "casequeries.h"
#include "importfiles.h"
#include "importjob.h"
#include "importsuite.h"
#include "joinedreturns.h"
#include "sourcelistmodel.h"
#include "tableimporter.h"
#include "testsupport.h"
#include "zippedtables.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTest>

#include <archive.h>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Every table format's common ground: FaceTime invitations, ZIPs of tables, returns joined
/// in one file, the rules for every importer (encodings, line endings, quoting, accounting).
class tst_Formats : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void faceTimeInvitationsAreLookups();
    void blankLinesAreNoRows();
    void rowsThatCannotBeReadAreRejectedEachWithItsReason();
    void headersWrappedInTheirCellsAreRecognised();
    void aLoneUtf16SurrogateIsStoredAsNoText();
    void aZipOfTablesImportsEachTable();
    void anArchivesTablesAreReadAsNumbered();
    void aZipOfTablesWithAnEntryRefusedIsRefusedWhole();
    void anArchiveChangedIsListedAnew();
    void aZipOfManyTablesGivesEachItsOwnRows();
    void aFileWithNoRowsSaysSoRatherThanAskForAMapping_data();
    void aFileWithNoRowsSaysSoRatherThanAskForAMapping();
    void aGzippedTableIsReadAsTheTableItHolds();
    void anArchivedReturnImportsEachTable_data();
    void anArchivedReturnImportsEachTable();
    void anArchiveWithAnEntryOutOfItsFolderIsRefused();
    void anArchivesInnerArchivesAreLeftOutAndABombOrDamageRefused();
    void aWorkbookExcelEncryptedIsReadWithItsPassword();
    void aWorkbookExcel2007EncryptedIsReadWithItsPassword();
    void anXlsWithAPasswordToOpenIsReadWithIt_data();
    void anXlsWithAPasswordToOpenIsReadWithIt();
    void aWorkbookExcelOpensWithoutAPasswordIsReadWithoutOne_data();
    void aWorkbookExcelOpensWithoutAPasswordIsReadWithoutOne();
    void anXlsObfuscatedAsExcel95DidIsNamed();
    void aZipEncryptedWithAPasswordIsReadWithIt_data();
    void aZipEncryptedWithAPasswordIsReadWithIt();
    void aZipInOnePasswordHoldsFilesInOthers();
    void aWrongPasswordPassingTheCheckByteIsNotTheOneKept();
    void aGzipFileCutShortGivesItsRecordsUpToTheCut();
    void bytesAfterTheGzipDataAreLeftOutAndNamed_data();
    void bytesAfterTheGzipDataAreLeftOutAndNamed();
    void aTableCompressedOtherwiseIsReadAsTheTableItHolds_data();
    void aTableCompressedOtherwiseIsReadAsTheTableItHolds();
    void aCompressedFileDamagedCutOrABombIsRefused_data();
    void aCompressedFileDamagedCutOrABombIsRefused();
    void aFileCompressedOtherwiseCutShortGivesItsRecordsUpToTheCut_data();
    void aFileCompressedOtherwiseCutShortGivesItsRecordsUpToTheCut();
    void streamsJoinedAreReadAsOneFile_data();
    void streamsJoinedAreReadAsOneFile();
    void aZipOfMonthlyZipsOfTables();
    void joinedReturnsCountSharedRecordsOnce();
    void joinedReturnsMatchCopiesInOrder();
    void rejectedRowsInARunKeepTheirOrder();
    void aStrayQuoteTakesNoRecordBelowIt();
    void aUtf8FileWithLinesOfWindows1252();
    void aFileEndingInsideALineSaysItMayBeCutShort();
    void aBadRecordBeforeAnotherReturnStaysRejected();
    void aReturnOfAnotherFormatIsReadAsThatFormat();
    void aDateColumnAndATimeColumnAreReadInEveryFormat_data();
    void aDateColumnAndATimeColumnAreReadInEveryFormat();
    void aHeaderFittingTwoClassesIsNotRecognised_data();
    void aHeaderFittingTwoClassesIsNotRecognised();
    void aHeaderFittingTwoClassesFurtherDownReadsNoRowBelowIt();
    void joinedReturnsKnowRecordsByDigest();
    void joinedReturnsFindEachCopyNoted();
    void manyRepeatedHeadersAreNamedBriefly();
    void encodingsAndLineEndingsGiveIdenticalEvents_data();
    void encodingsAndLineEndingsGiveIdenticalEvents();

private:
    /// @brief Imports the one encrypted workbook of @p params as an analyst would: without a
    /// password (asked for), with a wrong one (said so), then with its own, "s3cret". The last
    /// import; its events and warnings are checked against @p plain's, the workbook unencrypted.
    Imported importWithPassword(ImportParams params, const QString &plain);
};

ImportSuite::Imported tst_Formats::importWithPassword(ImportParams params, const QString &plain)
{
    const QString path = params.files.value(0);
    params.passwords.clear();
    const auto asked = import(params);
    [&] {
        QVERIFY(asked.result.files.first().needsPassword);
        QCOMPARE(asked.result.files.first().error,
                 path + u": a workbook encrypted with a password (as Excel encrypts one): give the password it was sent with"_qs);
    }();
    params.passwords = {u"s3cret "_qs};
    const auto wrong = import(params);
    [&] {
        QVERIFY(wrong.result.files.first().needsPassword);
        QCOMPARE(wrong.result.files.first().error, path + u": the password given does not open the encrypted workbook"_qs);
    }();
    params.passwords = {u"s3cret"_qs};
    auto opened = import(params);
    ImportParams unencrypted = params;
    unencrypted.files = {plain};
    const auto workbook = import(unencrypted);
    [&] {
        QVERIFY2(opened.result.allOk(), qPrintable(opened.result.files.value(0).error));
        QCOMPARE(events(opened.db->db()), events(workbook.db->db()));
        QCOMPARE(opened.result.files.first().warnings, workbook.result.files.first().warnings);
    }();
    return opened;
}

void tst_Formats::rowsThatCannotBeReadAreRejectedEachWithItsReason()
{
    // Rows no test reached before (a coverage run): a party left empty, a handle that is only a
    // URI prefix, a quote opened and never closed (to the end of the file). Each is a rejected
    // row at its own line with its reason; the rows between are stored.
    const QString ids = TestSupport::writeFile(m_dir.filePath(u"ids-unreadable.csv"_qs),
                                               "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                               "2016-09-02 18:22:05,+12025550143,tel:+13125550147,198.51.100.14,2\n"
                                               "2016-09-02 18:23:00,+12025550143,,198.51.100.14,1\n"
                                               "2016-09-02 18:24:00,+12025550143,tel:,198.51.100.14,1\n"
                                               "2016-09-02 18:25:00,+12025550143,mailto:dana@example.com,198.51.100.14,1\n"
                                               "2016-09-02 18:26:00,+12025550143,\"+13125550147,198.51.100.14,1\n");
    // A time not in the mapping's declared format (ISO's is always read), a duration that is no
    // number of the minutes its header names.
    const QString calls = TestSupport::writeFile(m_dir.filePath(u"calls-unreadable.csv"_qs),
                                                 "Zeit;Von;An;Dauer (min)\n"
                                                 "03.04.2016 10:00:00;+4915112345678;+49301234567;2\n"
                                                 "03/04/2016 10:05:00;+4915112345678;+49301234567;2\n"
                                                 "03.04.2016 10:10:00;+4915112345678;+49301234567;zwei\n");
    const QString profile = TestSupport::writeFile(m_dir.filePath(u"calls-unreadable.json"_qs),
                                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC",)"
                                                   R"( "timestamp_format": "dd.MM.yyyy HH:mm:ss",)"
                                                   R"( "columns": {"timestamp": "Zeit", "initiator": "Von", "counterpart": "An",)"
                                                   R"( "duration": "Dauer"}})");
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {ids};
    const auto idsImported = import(params);
    QVERIFY2(idsImported.result.allOk(), qPrintable(idsImported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(idsImported.db->db(), u"SELECT line FROM events ORDER BY line"_qs), (QStringList{u"2"_qs, u"5"_qs}));
    QCOMPARE(TestSupport::rows(idsImported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"3|the counterpart is empty"_qs, u"4|a handle holds nothing but a URI prefix"_qs,
                          u"6|a quoted field opened in this line is not closed before the end of the file; the lines after "
                          "it are read as records of their own"_qs}));
    params.files = {calls};
    params.profilePath = profile;
    const auto callsImported = import(params);
    QVERIFY2(callsImported.result.allOk(), qPrintable(callsImported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(callsImported.db->db(), u"SELECT line, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"2|120"_qs}));
    QCOMPARE(TestSupport::rows(callsImported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"3|timestamp \"03/04/2016 10:05:00\" does not match the format \"dd.MM.yyyy HH:mm:ss\""_qs,
                          u"4|the duration \"zwei\" is not a number of minutes, as its header says, or h:mm:ss"_qs}));
}

void tst_Formats::faceTimeInvitationsAreLookups()
{
    const auto imported =
        importFixture(QStringLiteral("facetime/facetime-invitations.csv"), QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().format, QStringLiteral("apple-facetime"));
    QVERIFY(imported.result.files.first().recognition.contains(QStringLiteral("\"Callee\"")));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"lookup facetime-invitation 2016-09-04T10:00:00Z +12025550143 +13125550147 198.51.100.14  4"_qs,
                          u"lookup facetime-invitation 2016-09-04T10:05:30Z +12025550143 dana.reyes@example.com 198.51.100.14  5"_qs,
                          u"lookup facetime-invitation 2016-09-05T08:00:00Z +13125550147 +12025550143 203.0.113.9  6"_qs}));
    QCOMPARE(CaseQueries(imported.db->db()).stats().communications, 0);
}

void tst_Formats::blankLinesAreNoRows()
{
    // Empty lines, and lines of delimiters alone (a spreadsheet's empty rows exported), between
    // and after the records: no rows, not rejected; counted, named, and the same events as
    // without them, each at its own line.
    QFile sample(dataPath(QStringLiteral("ids/ids-sample.csv")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = sample.readAll().split('\n');
    lines.insert(11, ",,,,,");
    lines.insert(11, "");
    lines.insert(14, "  ,\t,,,,");
    const QByteArray spaced = lines.join('\n') + "\n\n,,,,,\n";
    ImportParams params;
    params.files = {writeFile(u"spaced.csv"_qs, spaced)};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{6, 6, 0, 0}));
    QCOMPARE(file.notes, QStringList{u"6 blank line(s) hold no record and were not counted as rows: 12–13, 15, 19–21"_qs});
    const QJsonObject blank = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs)
                                  .value(u"blank_lines"_qs)
                                  .toObject();
    QCOMPARE(blank.value(u"count"_qs).toInt(), 6);
    QCOMPARE(blank.value(u"runs"_qs).toArray(),
             (QJsonArray{QJsonArray{12, 13}, QJsonArray{15, 15}, QJsonArray{19, 21}}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line FROM events ORDER BY line"_qs),
             (QStringList{u"10"_qs, u"11"_qs, u"14"_qs, u"16"_qs, u"17"_qs, u"18"_qs}));
}

void tst_Formats::headersWrappedInTheirCellsAreRecognised()
{
    // Excel wraps a long header in its cell ("Lookup⏎Handle"), and a CSV file keeps the line
    // break inside the quotes: the header is matched, and named on one line (a direction mark in
    // another by its code point, as the handles' are shown).
    ImportParams params;
    params.files = {writeFile(u"wrapped.csv"_qs, "\"Time\nstamp\",\"Source\r\nHandle\",\"Lookup\nHandle\",\xE2\x80\x8E" "Client IP\r\n"
                                                  "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14\r\n")};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().recognition,
             u"Apple IDS capability-query log: the header row at line 1 has \"Lookup Handle\", \"Source Handle\", "
             "\"Time stamp\", \"\u27E8U+200E\u27E9Client IP\""_qs);
    QCOMPARE(events(imported.db->db()),
             QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  5"_qs});
}

void tst_Formats::aZipOfTablesImportsEachTable()
{
    // A portal's download: the tables in the ZIP are each a source, named by their place in it,
    // with the ZIP's SHA-256 (the provider's) beside their own; a Mac's "._" file is named as
    // left out, and so is the cover letter, a PDF printing no table, once read (no failure).
    // The events are those of the tables imported loose. In name order as a folder's files are
    // (without regard to case: the cover letter before LOG/).
    const QString zip = dataPath(QStringLiteral("carrier/cdr-return.zip"));
    const QString zipHash = TestSupport::sha256Of(zip);
    const ImportFiles::Expanded expanded = ImportFiles::expand({zip});
    QCOMPARE(expanded.files,
             (QStringList{zip + u" › cover letter.pdf"_qs, zip + u" › LOG/cdr-date-time.csv"_qs,
                          zip + u" › LOG/cdr-spool.txt"_qs}));
    QCOMPARE(expanded.leftOut, (QStringList{zip + u" › __MACOSX/LOG/._cdr-spool.txt: left out: a hidden file"_qs}));
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.dateOrder = DateOrder::MonthFirst;
    params.files = expanded.files;
    params.foundFiles = expanded.found;
    const auto zipped = import(params);
    QVERIFY2(zipped.result.allOk(), qPrintable(zipped.result.files.value(0).error));
    QCOMPARE(
        zipped.result.files.value(0).leftOut,
        zip +
            u" › cover letter.pdf: left out: the PDF's text holds no table: no line of headings "
            u"over records "
            "that keep to their columns, nor records printed a field to a line (a letter or a certificate?)"_qs);
    QCOMPARE(zipped.result.files.value(0).sourceId, -1);
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
    QCOMPARE(dry.files.value(1).previewPlace(0), u"cdr-return.zip › LOG/cdr-date-time.csv:2"_qs);
    params.dryRun = false;

    // The same tables again: already in the case, by their own hashes.
    params.files = expanded.files;
    params.casePath = m_dir.filePath(u"again.llcase"_qs);
    QVERIFY(ImportJob::run(params).allOk());
    const ImportResult again = ImportJob::run(params);
    QVERIFY(again.files.value(1).alreadyImported);
    QVERIFY(again.files.value(2).alreadyImported);
    // Named by its place in the ZIP, as the table loose is too: the same bytes, imported before.
    const QString place = QFileInfo(zip).absoluteFilePath() + u" › LOG/cdr-date-time.csv"_qs;
    QVERIFY2(again.files.value(1).error.startsWith(
                 expanded.files.at(1) + u": already imported as source #1 ("_qs + place + u", "_qs),
             qPrintable(again.files.value(1).error));
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
    const ZippedTables::Copy copied = ZippedTables::copyOut(zip, u"2016-09.zip"_qs, m_dir.path());
    const QString &inner = copied.path;
    QVERIFY2(!inner.isEmpty(), qPrintable(copied.error));
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
                    u"2016-09.zip: ZIP entry \"LOG/bomb.csv\" expands 1028 times its size (a ZIP bomb?); refused"_qs},
          // Zipped with a password, given apart: it was read as "damaged".
          std::pair{u"carrier/encrypted-return.zip"_qs,
                    u"ZIP entry \"LOG/calls.csv\" is encrypted with a password: give the password the return was sent "
                    "with"_qs}}) {
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

void tst_Formats::aGzippedTableIsReadAsTheTableItHolds()
{
    // "calls.csv.gz", as carriers send them: read as the table it holds, named by its place in
    // the .gz, with the .gz's SHA-256 (the file as delivered) beside the table's own. It was
    // refused as "a file compressed with gzip", and before that read as text.
    const QString gz = dataPath(u"ids/ids-sample.csv.gz"_qs);
    const QString gzHash = TestSupport::sha256Of(gz);
    const ImportFiles::Expanded expanded = ImportFiles::expand({gz});
    QCOMPARE(expanded.files, QStringList{gz + u" › ids-sample.csv"_qs});
    QVERIFY(expanded.found.isEmpty()); // named by the analyst, not found in a folder
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = expanded.files;
    const auto gzipped = import(params);
    QVERIFY2(gzipped.result.allOk(), qPrintable(gzipped.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(gzipped.db->db(), u"SELECT file_name, container_sha256, sha256 FROM sources"_qs),
             QStringList{u"ids-sample.csv.gz › ids-sample.csv|%1|%2"_qs.arg(gzHash, TestSupport::sha256Of(dataPath(u"ids/ids-sample.csv"_qs)))});
    params.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    const auto loose = import(params);
    QCOMPARE(events(gzipped.db->db()), events(loose.db->db()));
    QCOMPARE(TestSupport::sha256Of(gz), gzHash); // only read

    // Two members (`cat a.gz b.gz`) are the file twice, as gunzip reads it: two returns joined.
    params.files = ImportFiles::expand({dataPath(u"ids/ids-sample-twice.csv.gz"_qs)}).files;
    const auto twice = import(params);
    QVERIFY2(twice.result.allOk(), qPrintable(twice.result.files.value(0).error));
    QCOMPARE((QList<int>{twice.result.files.first().accepted, twice.result.files.first().duplicate}), (QList<int>{6, 6}));

    // More than the 1 MB decompressed at a time: every row is read.
    params.files = ImportFiles::expand({dataPath(u"carrier/calls-repeated.csv.gz"_qs)}).files;
    const auto repeated = import(params);
    QVERIFY2(repeated.result.allOk(), qPrintable(repeated.result.files.value(0).error));
    QCOMPARE((QList<int>{repeated.result.files.first().rowsRead, repeated.result.files.first().accepted}),
             (QList<int>{25000, 25000}));

    // A table gzip'ed inside a ZIP of tables is read too, named by its place in the ZIP.
    const QString zip = dataPath(u"carrier/return-gzipped.zip"_qs);
    params.files = ImportFiles::expand({zip}).files;
    QCOMPARE(params.files, QStringList{zip + u" › LOG/calls.csv.gz"_qs});
    const auto zipped = import(params);
    QVERIFY2(zipped.result.allOk(), qPrintable(zipped.result.files.value(0).error));
    QCOMPARE(zipped.result.files.first().accepted, 2);
    // A folder holding one names it among its tables, found there.
    const QString folder = m_dir.filePath(u"gz-folder"_qs);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(gz, folder + u"/calls.csv.gz"_qs));
    const ImportFiles::Expanded inFolder = ImportFiles::expand({folder});
    QCOMPARE(inFolder.files, QStringList{folder + u"/calls.csv.gz › calls.csv"_qs});
    QVERIFY(inFolder.found.contains(inFolder.files.first()));
    QVERIFY(ImportFiles::mayHoldRecords(u"calls.csv.gz"_qs));
    QVERIFY(!ImportFiles::mayHoldRecords(u"photo.jpg.gz"_qs));
}

void tst_Formats::aGzipFileCutShortGivesItsRecordsUpToTheCut()
{
    // A download that stopped: the .gz's data ends inside line 13. Its records up to there were
    // lost with the file ("cut short", refused); they are read now, as gunzip writes them, and
    // the line the cut ends in ("…,2,iPh", readable but not whole) is rejected, never stored.
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = ImportFiles::expand({dataPath(u"ids/ids-sample-cut-in-row.csv.gz"_qs)}).files;
    const QString warning = u"the .gz file was cut short: its compressed data stops before its end (a download or copy "
                            "that stopped?). What it holds up to there (584 bytes) was read; a line the cut ends inside "
                            "is rejected, and the records after it are not in the file"_qs;
    for (const bool dryRun : {true, false}) {
        params.dryRun = dryRun;
        const auto cut = import(params);
        QVERIFY2(cut.result.allOk(), qPrintable(cut.result.files.value(0).error));
        const FileImportResult &file = cut.result.files.first();
        QCOMPARE(accounting(file), (QList<int>{4, 3, 0, 1}));
        QCOMPARE(file.warnings, QStringList{warning});
        QCOMPARE(file.rejectedRows.value(0).line, 13);
        QCOMPARE(file.rejectedRows.value(0).reason,
                 u"the file was cut short inside this line: what is left of the record is incomplete"_qs);
        if (dryRun)
            continue;
        const QSqlDatabase db = cut.db->db();
        QCOMPARE(scalar(db, u"SELECT json_extract(metadata, '$.gzip_cut_short.decompressed_bytes') FROM sources"_qs).toInt(), 584);
        const QString described = TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole));
        QVERIFY2(described.endsWith(u'\n' + warning), qPrintable(described));
        QCOMPARE(TestSupport::rows(db, u"SELECT line, raw FROM rejected_rows"_qs),
                 QStringList{u"13|2016-09-05 23:59:59,+12025550143,(312) 555-0147,100.64.20.5,2,iPh"_qs});
        ImportParams whole = params;
        whole.files = {dataPath(u"ids/ids-sample.csv"_qs)};
        QCOMPARE(events(db), events(import(whole).db->db()).mid(0, 3)); // the records before the cut, as the whole file's
    }
    // Cut before its header row: the file fails as no table, and the cut is said beside it.
    params.files = ImportFiles::expand({dataPath(u"ids/ids-sample-cut.csv.gz"_qs)}).files;
    const auto headless = import(params);
    QVERIFY(!headless.result.allOk());
    QCOMPARE(headless.result.files.first().warnings,
             QStringList{QString(warning).replace(u"584"_qs, u"209"_qs)});
}

void tst_Formats::bytesAfterTheGzipDataAreLeftOutAndNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("warning");
    QTest::addColumn<QString>("metadata");
    QTest::newRow("zeros") << u"ids/ids-sample-padded.csv.gz"_qs
                           << u"the .gz file ends with 1024 zero byte(s) (padding added in transit?) after its gzip "
                              "data (from byte 408); they were left out, as gunzip leaves them"_qs
                           << u"{\"bytes\":1024,\"offset\":408,\"zeros\":true}"_qs;
    QTest::newRow("text") << u"ids/ids-sample-trailing.csv.gz"_qs
                          << u"the .gz file ends with 20 byte(s) that are no gzip data after its gzip data (from "
                             "byte 408); they were left out, as gunzip leaves them"_qs
                          << u"{\"bytes\":20,\"offset\":408,\"zeros\":false}"_qs;
}

void tst_Formats::bytesAfterTheGzipDataAreLeftOutAndNamed()
{
    // A .gz padded in transit, or with something joined on, lost every row: the bytes after its
    // data were read as a gzip member, "damaged". gunzip reads the data and ignores the rest,
    // warning; the import does so too, and the source keeps where and what they were.
    QFETCH(QString, file);
    QFETCH(QString, warning);
    QFETCH(QString, metadata);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = ImportFiles::expand({dataPath(file)}).files;
    params.dryRun = true;
    const auto dry = import(params);
    QVERIFY2(dry.result.allOk(), qPrintable(dry.result.files.value(0).error));
    QCOMPARE(dry.result.files.first().warnings, QStringList{warning});
    params.dryRun = false;
    const auto padded = import(params);
    QVERIFY2(padded.result.allOk(), qPrintable(padded.result.files.value(0).error));
    QCOMPARE(padded.result.files.first().warnings, QStringList{warning});
    QCOMPARE(scalar(padded.db->db(), u"SELECT json_extract(metadata, '$.gzip_trailing_bytes') FROM sources"_qs).toString(), metadata);
    QCOMPARE(TestSupport::rows(padded.db->db(), u"SELECT json_extract(details, '$.warnings[0]') FROM audit_log WHERE action = 'import'"_qs),
             QStringList{warning});
    const QString described = TestSupport::shownText(SourceListModel(padded.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(described.endsWith(u'\n' + warning), qPrintable(described));
    params.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    QCOMPARE(events(padded.db->db()), events(import(params).db->db()));
}

namespace {

const QByteArray TarCalls("Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
                          "2016-09-12 14:03:07,+12025550100,+12025550143,Voice\n"
                          "2016-09-12 15:00:00,+12025550143,+12025550100,SMS\n");

} // namespace

void tst_Formats::anArchivedReturnImportsEachTable_data()
{
    QTest::addColumn<QString>("archive"); // a fixture, or "" for a 7-Zip archive written here
    QTest::newRow("tar.gz") << u"carrier/cdr-return.tar.gz"_qs;
    QTest::newRow("tar") << u"carrier/cdr-return.tar"_qs;
    QTest::newRow("tar.zst") << u"carrier/cdr-return.tar.zst"_qs;
    QTest::newRow("rar") << u"carrier/cdr-return.rar"_qs; // format 4, stored
    QTest::newRow("rar5") << u"carrier/cdr-return-rar5.rar"_qs; // format 5, stored
    QTest::newRow("7z") << QString();
}

void tst_Formats::anArchivedReturnImportsEachTable()
{
    // Returns also arrive as tar, RAR or 7-Zip archives: read through libarchive as a ZIP of tables
    // is, each table a source named by its place in the archive, with the archive's SHA-256 (the
    // file as delivered) beside its own; what is no table is named as left out. They were read
    // as text ("needs a column mapping").
    QFETCH(QString, archive);
    QString path = dataPath(archive);
    if (archive.isEmpty()) {
        path = m_dir.filePath(u"cdr-return.7z"_qs);
        QVERIFY(ArchiveWriter::write(path, archive_write_set_format_7zip,
                             {{u"LOG/calls.csv"_qs, TarCalls}, {u"README.md"_qs, "Produced for case 16-0042.\n"}}));
    }
    const QString hash = TestSupport::sha256Of(path);
    const ImportFiles::Expanded expanded = ImportFiles::expand({path});
    QCOMPARE(expanded.files, QStringList{path + u" › LOG/calls.csv"_qs});
    QVERIFY(expanded.leftOut.contains(path + u" › README.md: left out: not a table, workbook, PDF or HTML page by its name"_qs));
    ImportParams params;
    params.files = expanded.files;
    params.foundFiles = expanded.found;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().accepted, 2);
    const QString csvHash = QString::fromLatin1(QCryptographicHash::hash(TarCalls, QCryptographicHash::Sha256).toHex());
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT file_name, container_sha256, sha256 FROM sources"_qs),
             QStringList{QFileInfo(path).fileName() + u" › LOG/calls.csv|%1|%2"_qs.arg(hash, csvHash)});
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read
}

void tst_Formats::aWorkbookExcel2007EncryptedIsReadWithItsPassword()
{
    // Excel 2007's standard encryption (a binary header, AES-128-ECB, SHA-1): it was refused as
    // not agile; it is decrypted with its password, and said to have no integrity check.
    const QString path = dataPath(u"xlsx/ids-password-standard.xlsx"_qs);
    const QString hash = TestSupport::sha256Of(path);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {path};
    const auto opened = importWithPassword(params, dataPath(u"ids/ids-sample.xlsx"_qs));
    if (QTest::currentTestFailed())
        return;
    const QSqlDatabase db = opened.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT file_name, json_extract(metadata, '$.office_encryption') FROM sources"_qs),
             QStringList{u"ids-password-standard.xlsx \u203A EncryptedPackage|{\"integrity\":\"absent\",\"scheme\":"
                         "\"standard encryption: AES-128, SHA1, 50000 spins\"}"_qs});
    QCOMPARE(CaseQueries(db).provenance(scalar(db, u"SELECT min(id) FROM events"_qs).toLongLong())->decryption,
             u"encrypted by Excel with a password (standard encryption: AES-128, SHA1, 50000 spins); decrypted with the "
             "password given at import, which is not kept; it has no integrity check"_qs);
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read
}

void tst_Formats::anXlsWithAPasswordToOpenIsReadWithIt_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("RC4 CryptoAPI") << u"cdr-sheets-password.xls"_qs << u"RC4 CryptoAPI, SHA1, a key of 128 bits"_qs;
    QTest::newRow("RC4 of Excel 97") << u"cdr-sheets-password-rc4.xls"_qs << u"RC4, MD5, a key of 40 bits (Excel 97-2000)"_qs;
}

void tst_Formats::anXlsWithAPasswordToOpenIsReadWithIt()
{
    // An Excel 97-2003 workbook saved with a "Password to open": its workbook stream in RC4. It
    // was refused ("save a copy without it"); with its password it is decrypted in lookuplens-xls
    // and read as the workbook it is, each worksheet a source inside the file as delivered.
    QFETCH(QString, file);
    QFETCH(QString, scheme);
    const QString path = dataPath(u"carrier/"_qs + file);
    const QString hash = TestSupport::sha256Of(path);
    ImportParams params;
    params.files = {path};
    const auto opened = importWithPassword(params, dataPath(u"carrier/cdr-sheets.xls"_qs));
    if (QTest::currentTestFailed())
        return;
    const QSqlDatabase db = opened.db->db();
    const QString encryption = u"{\"integrity\":\"absent\",\"scheme\":\"%1\"}"_qs.arg(scheme);
    QCOMPARE(TestSupport::rows(db, u"SELECT file_name, part, container_sha256 = '%1', json_extract(metadata, "
                                   "'$.office_encryption') FROM sources ORDER BY id"_qs.arg(hash)),
             (QStringList{file + u" \u203A Workbook|Records|1|"_qs + encryption,
                          file + u" \u203A Workbook|Records (2)|1|"_qs + encryption}));
    QCOMPARE(CaseQueries(db).provenance(scalar(db, u"SELECT min(id) FROM events"_qs).toLongLong())->decryption,
             u"encrypted by Excel with a password (%1); decrypted with the password given at import, which is not "
             "kept; it has no integrity check"_qs.arg(scheme));
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read
}

void tst_Formats::aWorkbookExcelOpensWithoutAPasswordIsReadWithoutOne_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("password"); // given at import: none, or another file's
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<int>("accepted");
    const QString rc4 = u"RC4 CryptoAPI, SHA1, a key of 128 bits"_qs;
    const QString standard = u"standard encryption: AES-128, SHA1, 50000 spins"_qs;
    QTest::newRow("xls") << u"carrier/cdr-sheets-default-password.xls"_qs << QString() << rc4 << 3;
    QTest::newRow("xls, another file's password") << u"carrier/cdr-sheets-default-password.xls"_qs << u"s3cret"_qs << rc4 << 3;
    QTest::newRow("xlsx") << u"xlsx/ids-default-password.xlsx"_qs << QString() << standard << 6;
    QTest::newRow("xlsx, another file's password") << u"xlsx/ids-default-password.xlsx"_qs << u"s3cret"_qs << standard << 6;
}

void tst_Formats::aWorkbookExcelOpensWithoutAPasswordIsReadWithoutOne()
{
    // Excel encrypts a workbook protected only against changes with its own password,
    // "VelvetSweatshop", and opens it without asking: the analyst was asked for a password no
    // one sent. It is decrypted with Excel's, and the provenance says so.
    QFETCH(QString, file);
    QFETCH(QString, password);
    QFETCH(QString, scheme);
    QFETCH(int, accepted);
    const QString path = dataPath(file);
    const QString hash = TestSupport::sha256Of(path);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {path};
    if (!password.isEmpty())
        params.passwords = {password};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(scalar(db, u"SELECT count(*) FROM events"_qs).toInt(), accepted);
    QCOMPARE(TestSupport::rows(db, u"SELECT DISTINCT json_extract(metadata, '$.office_encryption') FROM sources"_qs),
             QStringList{u"{\"integrity\":\"absent\",\"password\":\"excel-default\",\"scheme\":\"%1\"}"_qs.arg(scheme)});
    QCOMPARE(CaseQueries(db).provenance(scalar(db, u"SELECT min(id) FROM events"_qs).toLongLong())->decryption,
             u"encrypted by Excel with its own password, \"VelvetSweatshop\", as it encrypts a workbook it was asked "
             "only to protect (a password to modify it), and opens without asking for one (%1); decrypted with it; it "
             "has no integrity check"_qs.arg(scheme));
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read
}

void tst_Formats::anXlsObfuscatedAsExcel95DidIsNamed()
{
    // Excel 95's XOR obfuscation is not undone: the file is refused, saying what it is, and no
    // password is asked for.
    const QString path = dataPath(u"carrier/cdr-sheets-obfuscated.xls"_qs);
    ImportParams params;
    params.files = {path};
    const auto imported = import(params);
    QVERIFY(!imported.result.files.first().needsPassword);
    QCOMPARE(imported.result.files.first().error,
             path + u": the workbook is protected by a password in a way this reader does not decrypt (Excel 95's "
                    "obfuscation?): open it in Excel with its password, save a copy without one, and import the copy"_qs);
}

void tst_Formats::aWorkbookExcelEncryptedIsReadWithItsPassword()
{
    // "Encrypt with Password" in Excel: a compound file holding the encrypted package (agile
    // encryption, AES-256, SHA-512). It was refused ("open it in Excel with its password"); with
    // the password it is decrypted in lookuplens-xls, its integrity check (HMAC) verified, and
    // read as the workbook it holds, its source that package inside the file as delivered.
    const QString path = dataPath(u"xlsx/ids-password.xlsx"_qs);
    const QString hash = TestSupport::sha256Of(path);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {path};
    const auto asked = import(params);
    QVERIFY(asked.result.files.first().needsPassword);
    QCOMPARE(asked.result.files.first().error,
             path + u": a workbook encrypted with a password (as Excel encrypts one): give the password it was sent with"_qs);
    params.passwords = {u"S3cret"_qs};
    const auto wrong = import(params);
    QVERIFY(wrong.result.files.first().needsPassword);
    QCOMPARE(wrong.result.files.first().error, path + u": the password given does not open the encrypted workbook"_qs);
    QVERIFY(!wrong.db || scalar(wrong.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);

    params.passwords = {u"s3cret"_qs};
    ImportParams plain = params;
    plain.files = {dataPath(u"ids/ids-sample.xlsx"_qs)};
    const auto workbook = import(plain);
    const QString altered = u"the encrypted workbook's integrity check (its HMAC) does not match what it holds: it may "
                            "have been altered after it was encrypted. Its parts that were read matched their own "
                            "checksums (CRC-32)"_qs;
    for (const QString &file : {u"ids-password.xlsx"_qs, u"ids-password-altered.xlsx"_qs}) {
        params.files = {dataPath(u"xlsx/"_qs + file)};
        const auto opened = import(params);
        QVERIFY2(opened.result.allOk(), qPrintable(opened.result.files.value(0).error));
        const bool verified = file == u"ids-password.xlsx";
        QCOMPARE(opened.result.files.first().warnings,
                 (verified ? QStringList() : QStringList{altered}) + workbook.result.files.first().warnings);
        const QSqlDatabase db = opened.db->db();
        QCOMPARE(events(db), events(workbook.db->db()));
        QCOMPARE(TestSupport::rows(db, u"SELECT file_name, container_sha256 = ?, sha256 <> container_sha256,"
                                       " json_extract(metadata, '$.office_encryption') FROM sources"_qs
                                       .replace(u"?"_qs, u"'%1'"_qs.arg(TestSupport::sha256Of(params.files.first())))),
                 QStringList{file + u" \u203A EncryptedPackage|1|1|{\"integrity\":\"%1\",\"scheme\":\"AES-256, "
                                    "SHA512, 100000 spins\"}"_qs.arg(verified ? u"verified"_qs : u"mismatch"_qs)});
        const QString note = u"encrypted by Excel with a password (AES-256, SHA512, 100000 spins); decrypted with the "
                             "password given at import, which is not kept; %1"_qs
                                 .arg(verified ? u"its integrity check (HMAC) matched"_qs
                                               : u"its integrity check (HMAC) did not match: altered after it was encrypted?"_qs);
        QCOMPARE(CaseQueries(db).provenance(scalar(db, u"SELECT min(id) FROM events"_qs).toLongLong())->decryption, note);
        QVERIFY(TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole)).contains(u'\n' + note));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE details LIKE '%s3cret%'"_qs).toInt(), 0);
    }
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read

    // In a ZIP of tables too, the ZIP its container.
    const QString zip = dataPath(u"xlsx/return-password-workbook.zip"_qs);
    params.files = ImportFiles::expand({zip}).files;
    QCOMPARE(params.files, QStringList{zip + u" \u203A LOG/ids-password.xlsx"_qs});
    params.passwords.clear();
    const auto zippedAsked = import(params);
    QVERIFY(zippedAsked.result.files.first().needsPassword);
    params.passwords = {u"s3cret"_qs};
    const auto zipped = import(params);
    QVERIFY2(zipped.result.allOk(), qPrintable(zipped.result.files.value(0).error));
    QCOMPARE(events(zipped.db->db()), events(workbook.db->db()));
    QCOMPARE(TestSupport::rows(zipped.db->db(), u"SELECT file_name, json_extract(metadata, '$.office_encryption.integrity')"
                                                 " FROM sources"_qs),
             QStringList{u"return-password-workbook.zip \u203A LOG/ids-password.xlsx|verified"_qs});
}

void tst_Formats::anArchivesTablesAreReadAsNumbered()
{
    // Monthly parts stored last first: read as a folder's files are, in name order as a person
    // reads it ("part 2" before "part 10"), in a ZIP and in a tar alike.
    using SetFormat = int (*)(archive *);
    for (const auto &[name, format] :
         {std::pair<QString, SetFormat>{u"parts.zip"_qs, archive_write_set_format_zip},
          std::pair<QString, SetFormat>{u"parts.tar"_qs, archive_write_set_format_ustar}}) {
        const QString path = m_dir.filePath(name);
        QVERIFY(ArchiveWriter::write(path, format,
                                     {{u"calls part 10.csv"_qs, TarCalls},
                                      {u"calls part 9.csv"_qs, TarCalls},
                                      {u"Calls part 1.csv"_qs, TarCalls}}));
        QCOMPARE(ImportFiles::expand({path}).files,
                 (QStringList{path + u" › Calls part 1.csv"_qs, path + u" › calls part 9.csv"_qs,
                              path + u" › calls part 10.csv"_qs}));
    }
}

void tst_Formats::anArchiveChangedIsListedAnew()
{
    // Listings are kept while their file is unchanged: one written again (a fuller return saved
    // over the first) is listed as it is now, a ZIP's again when other passwords are given.
    using SetFormat = int (*)(archive *);
    for (const auto &[name, format] : {std::pair<QString, SetFormat>{u"changed.zip"_qs, archive_write_set_format_zip},
                                       std::pair<QString, SetFormat>{u"changed.tar"_qs, archive_write_set_format_ustar}}) {
        const QString path = m_dir.filePath(name);
        QVERIFY(ArchiveWriter::write(path, format, {{u"LOG/calls.csv"_qs, TarCalls}}));
        QCOMPARE(ImportFiles::expand({path}).files, QStringList{path + u" › LOG/calls.csv"_qs});
        QVERIFY(ArchiveWriter::write(path, format, {{u"LOG/calls.csv"_qs, TarCalls}, {u"LOG/texts.csv"_qs, TarCalls}}));
        QCOMPARE(ImportFiles::expand({path}).files,
                 (QStringList{path + u" › LOG/calls.csv"_qs, path + u" › LOG/texts.csv"_qs}));
    }
    const QString locked = m_dir.filePath(u"locked.zip"_qs);
    QVERIFY(ArchiveWriter::write(locked, archive_write_set_format_zip, {{u"LOG/calls.csv"_qs, TarCalls}}, "zipcrypt", "pw"));
    QVERIFY(ZippedTables::list(locked)->needsPassword);
    QCOMPARE(ZippedTables::list(locked, {u"pw"_qs})->tables, QStringList{u"LOG/calls.csv"_qs});
    QVERIFY(ZippedTables::list(locked)->needsPassword);
}

void tst_Formats::aZipOfManyTablesGivesEachItsOwnRows()
{
    // Each table of a ZIP of many found by its place in the ZIP's directory, read once (it was
    // looked for name by name through the directory for each table): each source holds its own
    // table's one call, in the order of the ZIP.
    constexpr int Tables = 300;
    QList<std::pair<QString, QByteArray>> files;
    for (int i = 0; i < Tables; ++i)
        files.append({u"LOG/day-%1.csv"_qs.arg(i, 3, 10, QLatin1Char('0')),
                      "Start Time (UTC),Originating Number,Terminating Number,Call Type\n2016-09-12 14:00:00,+1202555"
                          + QByteArray::number(1000 + i) + ",+12025559999,Voice\n"});
    const QString zip = m_dir.filePath(u"many-tables.zip"_qs);
    QVERIFY(ArchiveWriter::write(zip, archive_write_set_format_zip, files));
    ImportParams params;
    params.files = ImportFiles::expand({zip}).files;
    QCOMPARE(params.files.size(), Tables);
    const auto imported = import(params);
    QVERIFY(imported.db);
    QStringList expected;
    for (int i = 0; i < Tables; ++i)
        expected.append(u"many-tables.zip › LOG/day-%1.csv|+1202555%2"_qs.arg(i, 3, 10, QLatin1Char('0')).arg(1000 + i));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT s.file_name, h.normalized FROM events e JOIN sources s ON s.id = "
                                                   "e.source_id JOIN handles h ON h.id = e.initiator_id ORDER BY s.id"_qs),
             expected);
}

void tst_Formats::aFileWithNoRowsSaysSoRatherThanAskForAMapping_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("needsMapping");
    const QString mapping = u"no header row of a known format was found in the first 60 rows; the file needs a column "
                            "mapping (--profile)"_qs;
    QTest::newRow("empty") << QByteArray() << u"the file has no rows"_qs << false;
    QTest::newRow("byte-order mark alone") << QByteArray("\xEF\xBB\xBF") << u"the file has no rows"_qs << false;
    // (The plural's forms come from the translation, which the tests do not load.)
    QTest::newRow("blank lines") << QByteArray("\n\r\n  \n") << u"the file has no rows: its 3 line(s) are blank"_qs << false;
    QTest::newRow("empty cells") << QByteArray(",,,\n") << u"the file has no rows: its 1 line(s) are blank"_qs << false;
    // Past the rows a header is looked for in, more may follow: a mapping may still be wanted.
    QTest::newRow("blank past the search") << QByteArray(70, '\n') + "x\n" << mapping << true;
    QTest::newRow("one line") << QByteArray("x\n") << mapping << true;
}

void tst_Formats::aFileWithNoRowsSaysSoRatherThanAskForAMapping()
{
    // A file with no rows asked for a column mapping, which could not help.
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(bool, needsMapping);
    ImportParams params;
    params.files = {writeFile(u"rows-%1.csv"_qs.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'), bytes)};
    const auto refused = import(params);
    QCOMPARE(refused.result.files.first().error, params.files.first() + u": "_qs + error);
    QCOMPARE(refused.result.files.first().needsMapping, needsMapping);

    // The same inside a ZIP.
    const QString zip = m_dir.filePath(u"rows-%1.zip"_qs.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(ArchiveWriter::write(zip, archive_write_set_format_zip, {{u"LOG/calls.csv"_qs, bytes}}));
    params.files = ImportFiles::expand({zip}).files;
    QCOMPARE(params.files, QStringList{zip + u" › LOG/calls.csv"_qs});
    QCOMPARE(import(params).result.files.first().error, params.files.first() + u": "_qs + error);
}

void tst_Formats::aZipEncryptedWithAPasswordIsReadWithIt_data()
{
    QTest::addColumn<QByteArray>("encryption"); // libarchive's name for it
    QTest::addColumn<QString>("kept");          // metadata.zip_entry_encryption
    QTest::newRow("ZipCrypto") << QByteArray("zipcrypt") << u"ZipCrypto"_qs;
    QTest::newRow("AES-256") << QByteArray("aes256") << u"AES"_qs;
}

void tst_Formats::aZipEncryptedWithAPasswordIsReadWithIt()
{
    // Providers send returns as ZIPs encrypted with a password, the password given apart. It was
    // refused ("extract the ZIP with its password"); given, the tables are read from decrypted
    // working copies, the ZIP only read, and the password kept nowhere.
    QFETCH(QByteArray, encryption);
    QFETCH(QString, kept);
    QByteArray inner;
    {
        const QString innerPath = m_dir.filePath(u"2016-10.zip"_qs);
        QVERIFY(ArchiveWriter::write(innerPath, archive_write_set_format_zip,
                             {{u"LOG/more.csv"_qs, "Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
                                                   "2016-10-01 09:00:00,+12025550100,+12025550143,Voice\n"}}));
        QFile file(innerPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        inner = file.readAll();
    }
    const QString zip = m_dir.filePath(QString::fromLatin1("return-" + encryption + ".zip"));
    QVERIFY(ArchiveWriter::writeRefusing(zip, archive_write_set_format_zip,
                                         {{u"LOG/calls.csv"_qs, TarCalls},
                                          {u"README.md"_qs, "Password sent apart.\n"},
                                          {u"2016-10.zip"_qs, inner}},
                                         encryption.constData(), "s3cret Passw\xC3\xB6rd",
                                         {"wrong"}));
    const QString hash = TestSupport::sha256Of(zip);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");

    // No password: refused, asking for it; nothing written.
    params.files = ImportFiles::expand({zip}).files;
    QCOMPARE(params.files, QStringList{zip});
    const auto asked = import(params);
    QVERIFY(asked.result.files.first().needsPassword);
    QCOMPARE(asked.result.files.first().error,
             zip + u": ZIP entry \"LOG/calls.csv\" is encrypted with a password: give the password the return was "
                   "sent with; nothing in the ZIP was imported"_qs);

    // A wrong one: found out listing the ZIP inside it (decrypted to list its tables), or, for a
    // ZIP of tables alone (their names are not encrypted), reading each; nothing is written.
    params.passwords = {u"wrong"_qs};
    params.files = ImportFiles::expand({zip}, params.passwords).files;
    QCOMPARE(params.files, QStringList{zip});
    const auto wrong = import(params);
    QVERIFY(wrong.result.files.first().needsPassword);
    QCOMPARE(wrong.result.files.first().error,
             zip + u": the password given does not open the ZIP entry \"2016-10.zip\"; nothing in the ZIP was imported"_qs);
    const QString tables = m_dir.filePath(QString::fromLatin1("tables-" + encryption + ".zip"));
    QVERIFY(ArchiveWriter::writeRefusing(tables, archive_write_set_format_zip,
                                         {{u"LOG/calls.csv"_qs, TarCalls}}, encryption.constData(),
                                         "s3cret Passw\xC3\xB6rd", {"wrong"}));
    params.files = ImportFiles::expand({tables}, params.passwords).files;
    QCOMPARE(params.files, QStringList{tables + u" \u203A LOG/calls.csv"_qs});
    const auto wrongTable = import(params);
    QVERIFY(wrongTable.result.files.first().needsPassword);
    QCOMPARE(wrongTable.result.files.first().error,
             params.files.first() + u": the password given does not open the ZIP entry \"LOG/calls.csv\""_qs);
    QVERIFY(!wrongTable.db || scalar(wrongTable.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);

    params.passwords = {u"s3cret Passw\u00F6rd"_qs};
    params.files = ImportFiles::expand({zip}, params.passwords).files;
    const auto opened = import(params);
    for (const FileImportResult &file : opened.result.files)
        QVERIFY2(file.ok, qPrintable(file.error));
    QCOMPARE((QList<int>{opened.result.files.first().accepted, opened.result.files.last().accepted}), (QList<int>{1, 2}));
    const QSqlDatabase db = opened.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT file_name, container_sha256, json_extract(metadata, '$.zip_entry_encryption')"
                                   " FROM sources ORDER BY id"_qs),
             (QStringList{u"%1 \u203A 2016-10.zip \u203A LOG/more.csv|%2|NULL"_qs.arg(QFileInfo(zip).fileName(), hash),
                          u"%1 \u203A LOG/calls.csv|%2|%3"_qs.arg(QFileInfo(zip).fileName(), hash, kept)}));
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(metadata, '$.inner_zip.sha256'),"
                                   " json_extract(metadata, '$.inner_zip.encryption') FROM sources ORDER BY id LIMIT 1"_qs),
             QStringList{QString::fromLatin1(QCryptographicHash::hash(inner, QCryptographicHash::Sha256).toHex()) + u'|' + kept});
    // A bomb encrypted refuses the ZIP as any bomb does (the directory's sizes are not encrypted).
    const QString bomb = m_dir.filePath(QString::fromLatin1("bomb-" + encryption + ".zip"));
    QVERIFY(ArchiveWriter::write(bomb, archive_write_set_format_zip,
                                 {{u"LOG/bomb.csv"_qs, QByteArray("Start Time (UTC),Originating Number\n") + QByteArray(80 << 20, '0')}},
                                 encryption.constData(), "s3cret Passw\xC3\xB6rd"));
    params.files = ImportFiles::expand({bomb}, params.passwords).files;
    const auto refused = import(params);
    QVERIFY2(refused.result.files.first().error.startsWith(bomb + u": ZIP entry \"LOG/bomb.csv\" expands 102"_qs)
                 && refused.result.files.first().error.endsWith(u" times its size (a ZIP bomb?); refused; nothing in the "
                                                                 "ZIP was imported"_qs),
             qPrintable(refused.result.files.first().error));
    QVERIFY(!refused.result.files.first().needsPassword);
    const QString decrypted = u"encrypted in the ZIP with a password (%1); decrypted with the password given at import, "
                              "which is not kept"_qs.arg(kept);
    const SourceListModel sourcesModel(db);
    for (int row = 0; row < 2; ++row) // the table read from the encrypted entry, or from the ZIP decrypted
        QVERIFY(TestSupport::shownText(sourcesModel.index(row, 0).data(Qt::ToolTipRole)).endsWith(u'\n' + decrypted));
    for (const QString &id : TestSupport::rows(db, u"SELECT id FROM events"_qs)) // each event says it was decrypted
        QCOMPARE(CaseQueries(db).provenance(id.toLongLong())->zipEncryption, kept);
    QCOMPARE(TestSupport::sha256Of(zip), hash); // only read
    QCOMPARE(scalar(db, u"SELECT count(*) FROM sources WHERE metadata LIKE '%s3cret%'"_qs).toInt(), 0);
    QCOMPARE(scalar(db, u"SELECT count(*) FROM audit_log WHERE details LIKE '%s3cret%'"_qs).toInt(), 0);
}

void tst_Formats::anArchiveWithAnEntryOutOfItsFolderIsRefused()
{
    const QString tar = dataPath(u"carrier/evil-traversal.tar"_qs);
    QCOMPARE(ImportFiles::expand({tar}).files, QStringList{tar});
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {tar};
    const auto refused = import(params);
    QVERIFY(!refused.result.allOk());
    QCOMPARE(refused.result.files.first().error,
             tar + u": the entry \"../escaped.csv\" points outside its folder; refused; nothing in the archive was "
                   "imported"_qs);
    QVERIFY(!refused.db || scalar(refused.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);
}

void tst_Formats::anArchivesInnerArchivesAreLeftOutAndABombOrDamageRefused()
{
    // An archive in a tar or 7-Zip archive is named as left out (not read, not lost silently).
    const QString nested = m_dir.filePath(u"nested.7z"_qs);
    QVERIFY(ArchiveWriter::write(nested, archive_write_set_format_7zip,
                                 {{u"LOG/calls.csv"_qs, TarCalls}, {u"older/2016-08.tar.gz"_qs, "not read"},
                                  {u"older/2016-07.zip"_qs, "not read"}}));
    const ImportFiles::Expanded expanded = ImportFiles::expand({nested});
    QCOMPARE(expanded.files, QStringList{nested + u" › LOG/calls.csv"_qs});
    for (const QString &inner : {u"older/2016-07.zip"_qs, u"older/2016-08.tar.gz"_qs})
        QVERIFY2(expanded.leftOut.contains(nested + u" › "_qs + inner + u": left out: an archive inside an archive "
                                                                        "(extract the one around it to read it)"_qs),
                 qPrintable(expanded.leftOut.join(u'\n')));

    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    // A bomb: refused by the size its header gives, before anything is decompressed.
    const QString bomb = m_dir.filePath(u"bomb.7z"_qs);
    QVERIFY(ArchiveWriter::write(bomb, archive_write_set_format_7zip,
                                 {{u"LOG/bomb.csv"_qs, QByteArray("Start Time (UTC),Originating Number\n") + QByteArray(80 << 20, '0')}}));
    params.files = ImportFiles::expand({bomb}).files;
    QCOMPARE(params.files, QStringList{bomb});
    const auto bombed = import(params);
    QCOMPARE(bombed.result.files.first().error, u"%1: the entry \"LOG/bomb.csv\" expands %2 times the archive's size (a bomb?); "
                                                "refused; nothing in the archive was imported"_qs
                                                    .arg(bomb)
                                                    .arg((80 << 20) / QFileInfo(bomb).size()));
    QVERIFY(!bombed.db || scalar(bombed.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);

    // Cut short inside its first table's header row: that table is listed (what it holds up to
    // the cut is read, as a .gz's is), and fails naming the cut; the case as it was. libarchive
    // would not even open it ("truncated gzip input"). (Cut later: tst_cutarchives.)
    QFile small(dataPath(u"carrier/cdr-return.tar.gz"_qs));
    QVERIFY(small.open(QIODevice::ReadOnly));
    const QString casePath = m_dir.filePath(u"cut-archives.llcase"_qs);
    params.casePath = casePath;
    params.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    QVERIFY(ImportJob::run(params).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    const QByteArray bytes = small.readAll();
    const QString cut = m_dir.filePath(u"cut-%1.tar.gz"_qs.arg(bytes.size()));
    QFile cutFile(cut);
    QVERIFY(cutFile.open(QIODevice::WriteOnly));
    cutFile.write(bytes.first(bytes.size() / 2));
    cutFile.close();
    params.files = ImportFiles::expand({cut}).files;
    QCOMPARE(params.files, QStringList{cut + u" › LOG/calls.csv"_qs});
    const ImportResult damaged = ImportJob::run(params);
    QCOMPARE(damaged.files.first().error,
             u"%1: the file was cut short before a header row the import knows ended: the 1 line(s) it holds have "
             "none, so none of its records can be read"_qs.arg(params.files.first()));
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_Formats::aTableCompressedOtherwiseIsReadAsTheTableItHolds_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("bzip2") << u"ids/ids-sample.csv.bz2"_qs;
    QTest::newRow("xz") << u"ids/ids-sample.csv.xz"_qs;
    QTest::newRow("Zstandard") << u"ids/ids-sample.csv.zst"_qs;
}

void tst_Formats::aTableCompressedOtherwiseIsReadAsTheTableItHolds()
{
    // "calls.csv.xz" is read as a .gz is: the table it holds, with the compressed file's SHA-256
    // as its container's. It was named as "a file compressed with xz, not a table".
    QFETCH(QString, file);
    const QString path = dataPath(file);
    const QString hash = TestSupport::sha256Of(path);
    const ImportFiles::Expanded expanded = ImportFiles::expand({path});
    QCOMPARE(expanded.files, QStringList{path + u" › ids-sample.csv"_qs});
    QVERIFY(ImportFiles::mayHoldRecords(QFileInfo(path).fileName()));
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = expanded.files;
    const auto compressed = import(params);
    QVERIFY2(compressed.result.allOk(), qPrintable(compressed.result.files.value(0).error));
    QCOMPARE(compressed.result.files.first().warnings, QStringList());
    QCOMPARE(TestSupport::rows(compressed.db->db(), u"SELECT file_name, container_sha256, sha256 FROM sources"_qs),
             QStringList{QFileInfo(path).fileName() + u" › ids-sample.csv|%1|%2"_qs.arg(hash, TestSupport::sha256Of(dataPath(u"ids/ids-sample.csv"_qs)))});
    params.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    QCOMPARE(events(compressed.db->db()), events(import(params).db->db()));
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read

    // In a ZIP of tables too, named by its place there.
    const QString zip = dataPath(u"carrier/return-xz.zip"_qs);
    params.files = ImportFiles::expand({zip}).files;
    QCOMPARE(params.files, QStringList{zip + u" › LOG/calls.csv.xz"_qs});
    const auto zipped = import(params);
    QVERIFY2(zipped.result.allOk(), qPrintable(zipped.result.files.value(0).error));
    QCOMPARE(zipped.result.files.first().accepted, 2);
}

void tst_Formats::aCompressedFileDamagedCutOrABombIsRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    // Cut short before the header row: what it holds up to the cut is no table, and no mapping
    // would make it one (it asked for one).
    QTest::newRow("cut short") << u"ids/ids-sample-cut.csv.gz"_qs
                               << u"the file was cut short before a header row the import knows ended: the 9 line(s) "
                                  "it holds have none, so none of its records can be read"_qs;
    QTest::newRow("not as written") << u"ids/ids-sample-bad-crc.csv.gz"_qs
                                    << u"the gzip file is damaged: incorrect data check"_qs;
    QTest::newRow("bomb") << u"carrier/bomb.csv.gz"_qs << u"the gzip file expands 835 times its size (a bomb?); refused"_qs;
    QTest::newRow("xz cut short") << u"ids/ids-sample-cut.csv.xz"_qs
                                  << u"the file was cut short before a header row the import knows ended: the 6 "
                                     "line(s) it holds have none, so none of its records can be read"_qs;
    QTest::newRow("xz damaged") << u"ids/ids-sample-bad.csv.xz"_qs
                                << u"the xz file is damaged: its data do not decode as written: a block or its check "
                                   "is corrupt"_qs;
    // Whole, but its header asks for a 4 GiB dictionary: not read, and not called damaged.
    QTest::newRow("xz needing too much memory") << u"ids/ids-sample-memory.csv.xz"_qs
                                                << u"the xz file cannot be read here: it needs more than 512 MiB of "
                                                   "memory to decode; refused"_qs;
    QTest::newRow("Zstandard damaged") << u"ids/ids-sample-bad.csv.zst"_qs
                                       << u"the Zstandard file is damaged: its data do not decode as written "
                                          "(Restored data doesn't match checksum)"_qs;
    QTest::newRow("bzip2 damaged") << u"ids/ids-sample-bad.csv.bz2"_qs
                                   << u"the bzip2 file is damaged: data integrity error: a block does not decode as "
                                      "written"_qs;
    // Cut inside its only block: nothing came out before the cut.
    QTest::newRow("bzip2 cut short") << u"ids/ids-sample-cut.csv.bz2"_qs
                                     << u"the bzip2 file ends before its compressed data does: it was cut short"_qs;
    QTest::newRow("bzip2 bomb") << u"carrier/bomb.csv.bz2"_qs
                                << u"the bzip2 file expands 448404 times its size (a bomb?); refused"_qs;
}

void tst_Formats::aCompressedFileDamagedCutOrABombIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = ImportFiles::expand({dataPath(file)}).files;
    const auto refused = import(params);
    QVERIFY(!refused.result.allOk());
    QCOMPARE(refused.result.files.first().error, params.files.first() + u": "_qs + error);
    QVERIFY(!refused.db || scalar(refused.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);
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
    QCOMPARE(accounting(file), (QList<int>{11, 7, 2, 2}));
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
                          u"29|1 field where the header has 6: a line of text, not a row of the table (a title, a rule or "
                                                 "the report's end?)"_qs}));
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

void tst_Formats::joinedReturnsFindEachCopyNoted()
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
    QCOMPARE(accounting(thrice), (QList<int>{18, 0, 18, 0}));
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
    QCOMPARE(accounting(file), (QList<int>{5, 4, 0, 1}));
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
    QCOMPARE(accounting(same), (QList<int>{4, 3, 0, 1}));
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
    QCOMPARE(accounting(file), (QList<int>{4, 4, 0, 0}));
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
    QCOMPARE(accounting(file), (QList<int>{73, 2, 0, 71}));
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
        QCOMPARE(accounting(file), (QList<int>{5, 2, 0, 3}));
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

void tst_Formats::aDateColumnAndATimeColumnAreReadInEveryFormat_data()
{
    // An IDS log saved from Excel with the date and the time apart: every row was rejected,
    // the time alone ("18:22:05") read as the timestamp. A time cell that begins with the date
    // beside it holds the whole moment; one of another day is rejected, quoting both.
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("rejected");
    QTest::newRow("IDS log") << u"ids/ids-date-and-time.csv"_qs
                             << QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs,
                                            u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  3"_qs}
                             << QStringList{u"4: unreadable timestamp \"2016-09-04 2016-09-05 00:10:00\""_qs};
    QTest::newRow("FaceTime log") << u"facetime/facetime-date-and-time.csv"_qs
                                  << QStringList{u"lookup facetime-invitation 2016-09-04T10:00:00Z +12025550143 +13125550147 198.51.100.14  2"_qs}
                                  << QStringList{};
    QTest::newRow("call records, the moment in the time") << u"carrier/cdr-date-and-moment.csv"_qs
                                                          << QStringList{u"communication call 2016-09-02T18:22:05Z +12025550143 +13125550147  65 2"_qs}
                                                          << QStringList{};
}

void tst_Formats::aDateColumnAndATimeColumnAreReadInEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, rejected);
    const auto imported = importFixture(file);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.first().error));
    QCOMPARE(events(imported.db->db()), expected);
    QStringList reasons;
    for (const RejectedRowRecord &row : CaseQueries(imported.db->db()).rejectedRows(1))
        reasons.append(QStringLiteral("%1: %2").arg(row.line).arg(row.reason));
    QCOMPARE(reasons, rejected);
}

void tst_Formats::aHeaderFittingTwoClassesIsNotRecognised_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("format");        // the format the message offers
    QTest::addColumn<QList<qint64>>("asChosen"); // lookups, communications, connections, read as it
    QTest::addColumn<int>("lines");
    // Calls under columns the FaceTime log has: recognised as it (three columns of five), each
    // call was stored as an invitation, a lookup.
    QTest::newRow("calls, by the FaceTime log's columns")
        << u"carrier/cdr-caller-callee.csv"_qs
        << u"the header row at line 1 fits returns of two evidence classes: it fits the Apple FaceTime call-invitation "
           "log by \"Time\", \"Caller\", \"Callee\", whose rows are lookups, but it also has \"Duration\", \"Call Type\", "
           "read by the Carrier call/SMS records (one subscriber's side: date, time, direction, other party), whose "
           "rows are communications. Which class its rows are is not guessed: if the file is the Apple FaceTime "
           "call-invitation log, choose that format (--format apple-facetime); if not, map its columns (--profile)"_qs
        << u"apple-facetime"_qs << QList<qint64>{2, 0, 0} << 3;
    // Texts under the same columns and one no built-in format reads, but only messages have:
    // each text was stored as a FaceTime invitation.
    QTest::newRow("texts, by the FaceTime log's columns")
        << u"carrier/sms-caller-callee-message.csv"_qs
        << u"the header row at line 1 fits returns of two evidence classes: it fits the Apple FaceTime call-invitation "
           "log by \"Time\", \"Caller\", \"Callee\", whose rows are lookups, but it also has \"Message\", a message's "
           "text, which only records of communications hold. Which class its rows are is not guessed: if the file is "
           "the Apple FaceTime call-invitation log, choose that format (--format apple-facetime); if not, map its "
           "columns (--profile)"_qs
        << u"apple-facetime"_qs << QList<qint64>{2, 0, 0} << 3;
    QTest::newRow("lookups' devices, by call records' columns")
        << u"carrier/cdr-lookup-devices.csv"_qs
        << u"the header row at line 1 fits returns of two evidence classes: it fits the Carrier call/SMS records (start "
           "time, or date and time; originating and terminating number) by \"Date\", \"Time\", \"Calling Number\", "
           "\"Called Number\", whose rows are communications, but it also has \"Lookup Devices\", read by the Apple IDS "
           "capability-query log, whose rows are lookups. Which class its rows are is not guessed: if the file is the "
           "Carrier call/SMS records (start time, or date and time; originating and terminating number), choose that "
           "format (--format carrier-cdr); if not, map its columns (--profile)"_qs
        << u"carrier-cdr"_qs << QList<qint64>{0, 1, 0} << 2;
}

void tst_Formats::aHeaderFittingTwoClassesIsNotRecognised()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    QFETCH(QString, format);
    QFETCH(QList<qint64>, asChosen);
    QFETCH(int, lines);
    ImportParams params;
    params.files = {dataPath(file)};
    params.timeZone = QStringLiteral("UTC");
    for (const bool dryRun : {true, false}) {
        params.dryRun = dryRun;
        const auto refused = import(params);
        QVERIFY(!refused.result.allOk());
        QCOMPARE(refused.result.files.first().error, params.files.first() + u": "_qs + message);
        QVERIFY(!refused.result.files.first().needsMapping); // a header was found: the format is asked for
        QVERIFY(refused.result.files.first().needsFormat);
        // The dry run shows the rows as written, for the analyst to choose by.
        QCOMPARE(refused.result.files.first().rowsAsWritten.size(), dryRun ? lines : 0);
        QVERIFY(!refused.db || scalar(refused.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);
    }
    // The analyst's choice is read as chosen.
    params.dryRun = false;
    params.format = format;
    const auto chosen = import(params);
    QVERIFY2(chosen.result.allOk(), qPrintable(chosen.result.files.first().error));
    QCOMPARE(chosen.result.files.first().format, format);
    QCOMPARE(chosen.result.files.first().acceptedByClass, (ClassCounts{asChosen.at(0), asChosen.at(1), asChosen.at(2)}));
}

void tst_Formats::aHeaderFittingTwoClassesFurtherDownReadsNoRowBelowIt()
{
    // An IDS log, then calls under a header the FaceTime log would read: the calls were stored
    // as FaceTime invitations. Now that header and the rows under it are rejected, saying why,
    // until the IDS log's header comes again.
    const auto imported = importFixture(QStringLiteral("ids/ids-then-a-header-of-two-classes.csv"));
    QVERIFY(imported.result.allOk());
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{4, 2, 0, 2}));
    QCOMPARE(file.acceptedByClass, (ClassCounts{2, 0, 0}));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(events(db), (QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs,
                                      u"lookup imessage-query 2016-09-03T18:22:05Z +12025550143 +13125550147 198.51.100.14  6"_qs}));
    const QList<RejectedRowRecord> rejected = CaseQueries(db).rejectedRows(1);
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0).line, 3);
    QCOMPARE(rejected.at(0).reason,
             u"a header row that fits returns of two evidence classes (it fits the Apple FaceTime call-invitation log by "
             "\"Time\", \"Caller\", \"Callee\", whose rows are lookups, but it also has \"Duration\", read by the Carrier "
             "call/SMS records (one subscriber's side: date, time, direction, other party), whose rows are "
             "communications): which class the rows under it are is not guessed, and they are not read; to read them, "
             "map a copy of that table alone"_qs);
    QCOMPARE(rejected.at(1).line, 4);
    QCOMPARE(rejected.at(1).reason, u"in the table under the header at line 3, whose columns are not those of Apple IDS "
                                    "capability-query log; to read its rows, map a copy of that table alone"_qs);
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
        QCOMPARE(accounting(file), (QList<int>{3, 3, 0, 0}));
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
        QCOMPARE(QByteArray(digest.bytes.data(), qsizetype(digest.bytes.size())), sha1);
    }
    // Any other text stands for the digest of its UTF-8.
    const JoinedReturns::Digest other = JoinedReturns::digestOf(u"not base64 at all, and longer than 28"_qs);
    QCOMPARE(QByteArray(other.bytes.data(), qsizetype(other.bytes.size())),
             QCryptographicHash::hash("not base64 at all, and longer than 28", QCryptographicHash::Sha1));
    QVERIFY(JoinedReturns::digestOf(u"AAAAAAAAAAAAAAAAAAAAAAAAAA*="_qs) != JoinedReturns::digestOf(u"AAAAAAAAAAAAAAAAAAAAAAAAAAA="_qs));
}

void tst_Formats::joinedReturnsMatchCopiesInOrder()
{
    // The n-th copy of a record in a later return is the n-th copy in the returns before it;
    // copies the case held come first; a forgotten copy gives its place to the next.
    const auto key = [](int n) { return QString::fromLatin1(QCryptographicHash::hash(QByteArray::number(n), QCryptographicHash::Sha1).toBase64()); };
    JoinedReturns joined;
    joined.noteNew(key(1), 101);
    joined.noteNew(key(1), 102); // the same record twice in the first return: two events
    joined.noteNew(key(2), 201);
    QCOMPARE(joined.earlierCopy(key(1)), std::nullopt); // nothing before the first return
    joined.startReturn();
    QCOMPARE(joined.earlierCopy(key(1)), std::optional<qint64>(101));
    QCOMPARE(joined.earlierCopy(key(2)), std::optional<qint64>(201));
    QCOMPARE(joined.earlierCopy(key(1)), std::optional<qint64>(102));
    QCOMPARE(joined.earlierCopy(key(1)), std::nullopt); // a third copy: new
    QCOMPARE(joined.earlierCopy(key(3)), std::nullopt);
    joined.startReturn(); // each return counts its copies from the first again
    QCOMPARE(joined.earlierCopy(key(1)), std::optional<qint64>(101));
    joined.forgetWhere([](qint64 id) { return id == 101; });
    joined.startReturn();
    QCOMPARE(joined.earlierCopy(key(1)), std::optional<qint64>(102));
    QCOMPARE(joined.earlierCopy(key(1)), std::nullopt);

    JoinedReturns withCase; // a dry run: the case holds one copy of record 2
    withCase.setStoredCopies([&key](const QString &k) { return k == key(2) ? 1u : 0u; });
    withCase.startReturn();
    QCOMPARE(withCase.earlierCopy(key(2)), std::optional<qint64>(JoinedReturns::StoredBefore));
    QCOMPARE(withCase.earlierCopy(key(2)), std::nullopt);
    withCase.noteNew(key(2), 7);
    withCase.startReturn();
    QCOMPARE(withCase.earlierCopy(key(2)), std::optional<qint64>(JoinedReturns::StoredBefore));
    QCOMPARE(withCase.earlierCopy(key(2)), std::optional<qint64>(7));

    // Enough records to grow the table many times over; ids above 32 bits, as a dry run's
    // file, part and line are.
    JoinedReturns many;
    constexpr int Records = 100000;
    for (int n = 0; n < Records; ++n)
        many.noteNew(key(n), (qint64(n) << 33) | n);
    many.startReturn();
    for (int n = Records - 1; n >= 0; --n) {
        if (many.earlierCopy(key(n)) != std::optional<qint64>((qint64(n) << 33) | n))
            QFAIL(qPrintable(u"record %1 not found as noted"_qs.arg(n)));
    }
    QCOMPARE(many.earlierCopy(key(Records)), std::nullopt);
}

void tst_Formats::manyRepeatedHeadersAreNamedBriefly()
{
    // A paginated export repeats its header on every page: its first lines, then the count.
    QVERIFY(ImportJob::joinedReturnsNote({23}).startsWith(u"The header row comes again further down (line 23), as"_qs));
    QVERIFY(ImportJob::joinedReturnsNote({52, 103, 154, 205, 256, 307, 358})
                .startsWith(u"The header row comes again further down (line 52, 103, 154, 205, 256, … 7 time(s) in all), as"_qs));
}

void tst_Formats::encodingsAndLineEndingsGiveIdenticalEvents_data()
{
    QTest::addColumn<QString>("variant");
    for (const char *variant : {"utf8-bom", "utf16le", "utf16be", "utf16le-no-bom", "utf16be-no-bom", "crlf", "cr",
                                "windows-1252"})
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
    else if (variant == u"utf16le-no-bom")
        bytes = QByteArray(QStringEncoder(QStringEncoder::Utf16LE)(text));
    else if (variant == u"utf16be-no-bom")
        bytes = QByteArray(QStringEncoder(QStringEncoder::Utf16BE)(text));
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
    if (variant.endsWith(u"-no-bom"))
        QCOMPARE(TestSupport::rows(b.db->db(), u"SELECT json_extract(metadata, '$.encoding'),"
                                               " json_extract(metadata, '$.without_byte_order_mark') FROM sources"_qs).value(0),
                 variant.startsWith(u"utf16le") ? u"UTF-16LE|1"_qs : u"UTF-16BE|1"_qs);
    if (variant == u"utf16le-no-bom")
        QVERIFY(TestSupport::shownText(SourceListModel(b.db->db()).index(0, 0).data(Qt::ToolTipRole)).contains(
            u"\nText read as UTF-16LE, which the file does not mark with a byte-order mark: known by its zero bytes"_qs));
    if (variant == u"windows-1252")
        QVERIFY(scalar(b.db->db(), QStringLiteral("SELECT extra FROM events WHERE line = 10")).toString().contains(
            QStringLiteral("iPhone \u00E9")));
}

void tst_Formats::aLoneUtf16SurrogateIsStoredAsNoText()
{
    // A UTF-16 return whose handle holds half a surrogate pair: stored with U+FFFD in its place,
    // the rest of the handle as written (SQLite had joined the half to the next character,
    // storing "SomeUser🐴2", a handle the file never names), and the line named in the warning,
    // the source's metadata and the event's provenance.
    QFile original(dataPath(QStringLiteral("ids/ids-sample.csv")));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    text.replace(u"SomeUser42"_qs, u"SomeUser"_qs + QChar(0xD83D) + u"42"_qs);
    ImportParams params;
    params.files = {writeFile(u"lone-surrogate.csv"_qs, TestSupport::utf16WithBom(text))};
    params.timeZone = QStringLiteral("UTC");
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.accepted, 6);
    QCOMPARE(file.warnings, QStringList{u"1 line(s) of this UTF-16 file hold code units that are no text (a surrogate "
                                        "without its other half), read as U+FFFD (\uFFFD) in their place: 15"_qs});
    QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT counterpart_raw, h.normalized FROM events e JOIN handles h ON h.id = e.counterpart_id WHERE e.line = 15"_qs),
             QStringList{u"SomeUser\uFFFD42|SomeUser\uFFFD42"_qs});
    QCOMPARE(scalar(db, u"SELECT raw FROM events WHERE line = 15"_qs).toString(),
             u"2016-09-07 12:30:15,+12025550143,SomeUser\uFFFD42,198.51.100.14,0,iPhone"_qs);
    const QJsonArray runs = TestSupport::jsonObject(db, u"SELECT metadata FROM sources"_qs).value(u"lines_with_unpaired_surrogates"_qs).toArray();
    QCOMPARE(runs, QJsonArray{QJsonArray({15, 15})});
    const qint64 event = scalar(db, u"SELECT id FROM events WHERE line = 15"_qs).toLongLong();
    QVERIFY(CaseQueries(db).provenance(event)->lineHasUnpairedSurrogates);
    QVERIFY(!CaseQueries(db).provenance(event - 1)->lineHasUnpairedSurrogates);
}

QTEST_GUILESS_MAIN(tst_Formats)
#include "tst_formats.moc"

void tst_Formats::aZipInOnePasswordHoldsFilesInOthers()
{
    // A return zipped with one password holding a workbook and a PDF, each in one of its own (as
    // a provider may send them, the passwords apart): every password given is tried on every
    // encrypted file, in turn, and none of them is kept.
    const QString zip = dataPath(u"xlsx/return-three-passwords.zip"_qs);
    const QString pdf = zip + u" \u203A LOG/cdr-sided-locked.pdf"_qs;
    const QString workbook = zip + u" \u203A LOG/ids-password.xlsx"_qs;
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.passwords = {u"0utside"_qs};
    params.files = ImportFiles::expand({zip}, params.passwords).files;
    QCOMPARE(params.files, (QStringList{pdf, workbook}));
    const auto zipsOnly = import(params);
    QCOMPARE(zipsOnly.result.files.value(0).error, pdf + u": the password given does not open the PDF"_qs);
    QCOMPARE(zipsOnly.result.files.value(1).error,
             workbook + u": the password given does not open the encrypted workbook"_qs);
    QVERIFY(zipsOnly.result.files.value(0).needsPassword && zipsOnly.result.files.value(1).needsPassword);
    QVERIFY(!zipsOnly.db || scalar(zipsOnly.db->db(), u"SELECT count(*) FROM sources"_qs).toInt() == 0);

    params.passwords = {u"wrong"_qs, u"0utside"_qs, u"s3cret"_qs};
    const auto pdfLeft = import(params);
    QCOMPARE(pdfLeft.result.files.value(0).error, pdf + u": none of the 3 passwords given opens the PDF"_qs);
    QVERIFY(pdfLeft.result.files.value(1).ok);

    params.passwords.append(u"secret"_qs);
    const auto opened = import(params);
    QVERIFY2(opened.result.allOk(), qPrintable(opened.result.files.value(0).error + opened.result.files.value(1).error));
    ImportParams plain = params;
    plain.passwords.clear();
    plain.files = {dataPath(u"carrier/cdr-sided.pdf"_qs), dataPath(u"ids/ids-sample.xlsx"_qs)};
    const auto unencrypted = import(plain);
    QCOMPARE(events(opened.db->db()), events(unencrypted.db->db()));
    QCOMPARE(TestSupport::rows(opened.db->db(), u"SELECT json_extract(metadata, '$.zip_entry_encryption'),"
                                                " json_extract(metadata, '$.pdf.opened_with_password'),"
                                                " json_extract(metadata, '$.office_encryption.integrity') FROM sources"
                                                " ORDER BY id"_qs),
             (QStringList{u"ZipCrypto|1|NULL"_qs, u"ZipCrypto|NULL|verified"_qs}));
    const QString sources = TestSupport::rows(opened.db->db(), u"SELECT metadata FROM sources"_qs).join(u'\n');
    for (const QString &password : {u"0utside"_qs, u"s3cret"_qs, u"\"secret"_qs})
        QVERIFY2(!sources.contains(password), qPrintable(sources));
}

void tst_Formats::aWrongPasswordPassingTheCheckByteIsNotTheOneKept()
{
    // ZipCrypto checks a password by one byte of the entry, which "wrong-14" passes for
    // LOG/calls.csv by chance (as one wrong password in 256 does): tried before the right one, it
    // must not be the one the entry is decrypted with (its CRC-32 then fails).
    const QString zip = dataPath(u"carrier/return-password.zip"_qs);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.passwords = {u"wrong-14"_qs};
    params.files = ImportFiles::expand({zip}, params.passwords).files;
    QCOMPARE(params.files, QStringList{zip + u" \u203A LOG/calls.csv"_qs});
    const auto garbled = import(params);
    QVERIFY2(garbled.result.files.value(0).error.contains(u"the ZIP entry \"LOG/calls.csv\" cannot be decrypted: "_qs),
             qPrintable(garbled.result.files.value(0).error));
    params.passwords.append(u"s3cret"_qs);
    const auto opened = import(params);
    QVERIFY2(opened.result.allOk(), qPrintable(opened.result.files.value(0).error));
    QCOMPARE(events(opened.db->db()),
             QStringList{u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143   2"_qs});
}

void tst_Formats::aFileCompressedOtherwiseCutShortGivesItsRecordsUpToTheCut_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("bytes"); // what the compression's library decodes up to the cut
    QTest::addColumn<int>("accepted");
    QTest::addColumn<QString>("rejected"); // the line the cut ends inside, as far as it goes
    // bzip2 gives whole blocks (its first, of 100 kB; bunzip2 writes 95,000 bytes of it, in
    // pieces of 5,000), Zstandard whole blocks of 128 KiB, xz as far as it decodes: the cut ends
    // inside a record each time.
    QTest::newRow("bzip2") << u"ids/ids-long-cut.csv.bz2"_qs << 99851 << 1356 << u"2016-"_qs;
    QTest::newRow("xz") << u"ids/ids-long-cut.csv.xz"_qs << 170471 << 2317
                        << u"2016-09-09 18:10:54,+12025550143,tel:+13125551"_qs;
    QTest::newRow("Zstandard") << u"ids/ids-long-cut.csv.zst"_qs << 131072 << 1781 << u"2016"_qs;
}

void tst_Formats::aFileCompressedOtherwiseCutShortGivesItsRecordsUpToTheCut()
{
    // A download that stopped: the records up to the cut were lost with the file (refused as
    // "damaged or cut short"); they are read now, as a .gz's are, the line the cut ends in rejected.
    QFETCH(QString, file);
    QFETCH(int, bytes);
    QFETCH(int, accepted);
    QFETCH(QString, rejected);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = ImportFiles::expand({dataPath(file)}).files;
    const auto cut = import(params);
    QVERIFY2(cut.result.allOk(), qPrintable(cut.result.files.value(0).error));
    const FileImportResult &result = cut.result.files.first();
    QCOMPARE(accounting(result), (QList<int>{accepted + 1, accepted, 0, 1}));
    const QString suffix = file.mid(file.lastIndexOf(u'.'));
    const QString warning = u"the %1 file was cut short: its compressed data stops before its end (a download or copy "
                            "that stopped?). What it holds up to there (%2 bytes) was read; a line the cut ends inside "
                            "is rejected, and the records after it are not in the file"_qs.arg(suffix).arg(bytes);
    QCOMPARE(result.warnings, QStringList{warning});
    const QSqlDatabase db = cut.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT line, raw FROM rejected_rows"_qs),
             QStringList{u"%1|%2"_qs.arg(9 + accepted + 1).arg(rejected)});
    const QString key = suffix == u".zst" ? u"zstd"_qs : suffix == u".bz2" ? u"bzip2"_qs : u"xz"_qs;
    QCOMPARE(scalar(db, u"SELECT json_extract(metadata, '$.%1_cut_short.decompressed_bytes') FROM sources"_qs.arg(key)).toInt(),
             bytes);
    const QString described = TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(described.endsWith(u'\n' + warning), qPrintable(described));
    ImportParams whole = params;
    whole.files = ImportFiles::expand({dataPath(u"ids/ids-long.csv.gz"_qs)}).files;
    QCOMPARE(events(db), events(import(whole).db->db()).mid(0, accepted)); // the whole file's first records
}

void tst_Formats::streamsJoinedAreReadAsOneFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("warning");
    const QString zeros = u"the %1 file ends with 8 zero byte(s) (padding added in transit?) after its %2 data (from byte "
                          "%3); they were left out"_qs;
    QTest::newRow("bzip2") << u"ids/ids-sample-twice.csv.bz2"_qs << zeros.arg(u".bz2"_qs, u"bzip2"_qs).arg(526)
                                                                    + u", as bunzip2 leaves them"_qs;
    QTest::newRow("xz") << u"ids/ids-sample-twice.csv.xz"_qs << QString(); // xz's own stream padding
    QTest::newRow("Zstandard") << u"ids/ids-sample-twice.csv.zst"_qs << zeros.arg(u".zst"_qs, u"Zstandard"_qs).arg(453);
}

void tst_Formats::streamsJoinedAreReadAsOneFile()
{
    // The table compressed in two streams joined (`cat a.bz2 b.bz2`; pbzip2 writes a stream per
    // block) is the table whole, as the tools read it; zeros after it are left out, and named.
    QFETCH(QString, file);
    QFETCH(QString, warning);
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = ImportFiles::expand({dataPath(file)}).files;
    const auto joined = import(params);
    QVERIFY2(joined.result.allOk(), qPrintable(joined.result.files.value(0).error));
    QCOMPARE(joined.result.files.first().warnings, warning.isEmpty() ? QStringList() : QStringList{warning});
    ImportParams plain = params;
    plain.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    QCOMPARE(events(joined.db->db()), events(import(plain).db->db()));
}
