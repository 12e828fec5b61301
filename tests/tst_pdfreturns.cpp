#include "alignedtextreader.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "importjob.h"
#include "pdfpages.h"
#include "sourcelistmodel.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::dataPath;

/// Returns printed as PDF (PdfReader, PdfPages, lookuplens-pdf): a carrier's report read as the
/// table it prints, fixtures written by tests/data/tools/make_pdf_returns.py.
class tst_PdfReturns : public QObject
{
    Q_OBJECT
private slots:
    void aCarriersReportReadsAsTheRecordsItPrints();
    void theLineOfAnEventIsFoundOnItsPage();
    void aValueWrappedWithinItsColumnIsJoined();
    void recordsCentredBesideAWrappedValueAreJoinedWhole();
    void aLineUnderTheHeadingsIsNoCentredRecordsPart();
    void headingsOnTwoLinesAreReadAsOne();
    void aReportInSectionsReadsEachTableByItsOwnHeadings();
    void aTableNoFormatKnowsIsReadThroughAMapping();
    void headingsCentredOverTheirColumns();
    void headingsSetOneSpaceApartAreToldApartByTheRecords_data();
    void headingsSetOneSpaceApartAreToldApartByTheRecords();
    void linesPrintedOnEveryPageAreItsFurniture();
    void headingsAtopALaterPageMayStandFurtherOn();
    void aPdfThatCannotBeReadSaysWhy_data();
    void aPdfThatCannotBeReadSaysWhy();
    void aPdfWhoseReaderDiesIsRefused();
    void aPdfProtectedByAPasswordIsReadWithIt();
    void anOlderPdfsPasswordBeyondAsciiOpensIt();
    void aCancelledImportDoesNotWaitForThePdfsReader();
    void theLayoutOfThePagesReportsHowFarItHasGot();
    void previewsAndTheImportLayThePagesOutOnce();

private:
    /// @brief Imports @p file into a new case, its zone declared UTC, with @p password if one is given.
    ImportResult import(const QString &file, const QString &casePath, const QString &password = {});
    /// @brief Each event of the case as its class, subtype, time, handles and duration.
    static QStringList events(QSqlDatabase db);
    /// @brief The events of cdr-sided.pdf, the report the locked ones hold, imported once.
    QStringList eventsOfThePlainReport();
    /// @brief Each event of a cell-site report as its line, subtype, time, handles, duration and site.
    static QStringList cellSiteEvents(QSqlDatabase db);
    QTemporaryDir m_dir;
};

ImportResult tst_PdfReturns::import(const QString &file, const QString &casePath, const QString &password)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = {file};
    params.timeZone = QStringLiteral("UTC");
    if (!password.isEmpty())
        params.passwords = {password};
    return ImportJob::run(params);
}

QStringList tst_PdfReturns::cellSiteEvents(QSqlDatabase db)
{
    return TestSupport::rows(db, u"SELECT e.line, e.subtype, e.utc_ms, hi.normalized, hc.normalized, e.duration_s,"
                                 " json_extract(e.extra, '$.\"Cell Site\"') FROM events e"
                                 " JOIN handles hi ON hi.id = e.initiator_id JOIN handles hc ON hc.id = e.counterpart_id"
                                 " ORDER BY e.line"_qs);
}

QStringList tst_PdfReturns::events(QSqlDatabase db)
{
    return TestSupport::rows(db, u"SELECT e.class, e.subtype, e.utc_ms, hi.normalized, hc.normalized, e.duration_s FROM events e"
                                 " JOIN handles hi ON hi.id = e.initiator_id JOIN handles hc ON hc.id = e.counterpart_id"
                                 " ORDER BY e.utc_ms"_qs);
}

void tst_PdfReturns::aCarriersReportReadsAsTheRecordsItPrints()
{
    // Three pages, each with the carrier's letterhead and page number, the table's headings and a
    // footer; the subscriber and date range above the table on the first. Every record is an
    // event, none of the pages' furniture is a row, and the events are those of the same
    // records given as CSV.
    const QString pdf = dataPath(u"carrier/cdr-sided.pdf"_qs);
    const QString hashBefore = TestSupport::sha256Of(pdf);
    const ImportResult result = import(pdf, m_dir.filePath(u"pdf.llcase"_qs));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.format, u"carrier-cdr-sided"_qs);
    QCOMPARE(file.rowsRead, 12);
    QCOMPARE(file.accepted, 12);
    QCOMPARE(file.rejected, 0);
    QCOMPARE(file.duplicate, 0);
    QVERIFY(file.laterReturnLines.isEmpty()); // the headings atop pages 2 and 3 are no return joined
    QCOMPARE(file.warnings,
             (QStringList{u"the PDF's 3 page(s) were read as the text they hold, laid out as it stands on each page; a line "
                          "number is the line in that text, which holds the pages one after another"_qs,
                          u"the file is a table printed as aligned text, its columns where the headings over them and the records under them show; "
                          "its layout is no record and was not counted as rows: 2 page heading(s) repeating the table's "
                          "headings, 5 line(s) printed at the head or foot of every page (lines 19, 20, 33, 34, 44), 20 "
                          "blank line(s)"_qs}));
    QCOMPARE(TestSupport::sha256Of(pdf), hashBefore); // evidence is only read

    const auto db = CaseDatabase::open(m_dir.filePath(u"pdf.llcase"_qs), CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT subtype, count(*) FROM events GROUP BY subtype ORDER BY subtype"_qs),
             (QStringList{u"call|8"_qs, u"sms|4"_qs}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, utc_ms, duration_s, raw FROM events WHERE line IN (10, 38)"
                                         " ORDER BY line"_qs),
             (QStringList{u"10|1473688987000|65|09/12/2016            14:03:07         Outgoing        (202) 555-0143   "
                          "Voice       0:01:05"_qs,
                          u"38|1474588799000|1200|09/22/2016            23:59:59         Outgoing        (646) 555-0123   "
                          "Voice       0:20:00"_qs}));
    const QJsonObject metadata = TestSupport::jsonObject(db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.value(u"reader"_qs).toString(), u"pdf"_qs);
    QCOMPARE(metadata.value(u"pdf"_qs).toObject(),
             (QJsonObject{{u"pages"_qs, 3},
                          {u"page_first_lines"_qs, QJsonArray{1, 20, 34}},
                          {u"text_reader"_qs, u"aligned-text"_qs},
                          {u"producer"_qs, u"Example Compliance Reports 4.2"_qs},
                          {u"created"_qs, u"2016-10-01T12:00:00Z"_qs}}));
    // The title block above the table is the source's, the subscriber named in it.
    QCOMPARE(metadata.value(u"metadata_lines"_qs).toArray().at(2).toString(), u"Target Number: (202) 555-0100"_qs);
    QCOMPARE(metadata.value(u"subscriber"_qs).toObject().value(u"handle"_qs).toString(), u"(202) 555-0100"_qs);

    const ImportResult csv = import(dataPath(u"carrier/cdr-sided-pdf-records.csv"_qs), m_dir.filePath(u"csv.llcase"_qs));
    QVERIFY2(csv.allOk(), qPrintable(csv.files.value(0).error));
    const auto csvDb = CaseDatabase::open(m_dir.filePath(u"csv.llcase"_qs), CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(csvDb);
    QCOMPARE(events(db->db()).size(), 12);
    QCOMPARE(events(db->db()), events(csvDb->db()));

    // Encrypted with an owner's password only (no printing, no copying), as providers send it:
    // it opens without one, and reads the same.
    const ImportResult restricted = import(dataPath(u"carrier/cdr-sided-restricted.pdf"_qs), m_dir.filePath(u"r.llcase"_qs));
    QVERIFY2(restricted.allOk(), qPrintable(restricted.files.value(0).error));
    const auto restrictedDb = CaseDatabase::open(m_dir.filePath(u"r.llcase"_qs), CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(restrictedDb);
    QCOMPARE(events(restrictedDb->db()), events(csvDb->db()));
}

void tst_PdfReturns::theLineOfAnEventIsFoundOnItsPage()
{
    const QString casePath = m_dir.filePath(u"page.llcase"_qs);
    QVERIFY(import(dataPath(u"carrier/cdr-sided.pdf"_qs), casePath).allOk());
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    const CaseQueries queries(db->db());
    // The call of 09/17/2016 19:20:05 is the third record of page 2: line 26 of the text, 7 of the page.
    const auto provenance = queries.provenance(
        TestSupport::scalar(db->db(), u"SELECT id FROM events WHERE utc_ms = 1474140005000"_qs).toLongLong());
    QVERIFY(provenance);
    QCOMPARE(provenance->event.line, 26);
    QCOMPARE(provenance->pdfPage, 2);
    QCOMPARE(provenance->pdfPageLine, 7);
    const auto first = queries.provenance(TestSupport::scalar(db->db(), u"SELECT id FROM events WHERE line = 10"_qs).toLongLong());
    QVERIFY(first);
    QCOMPARE(first->pdfPage, 1);
    QCOMPARE(first->pdfPageLine, 10);
    QCOMPARE(PdfPages::pageOf({1, 20, 34}, 34), (std::pair{3, 1}));
    QCOMPARE(PdfPages::pageOf({1, 20, 34}, 19), (std::pair{1, 19}));
}

void tst_PdfReturns::aValueWrappedWithinItsColumnIsJoined()
{
    // A report whose Cell Site column wraps longer names onto the lines below (the record's
    // other columns empty there), and whose headings "Conn. Time" and "Originating Number" the
    // PDF's text sets one space apart: each record is one event, its cell site whole, its raw
    // text all its lines.
    const QString pdf = dataPath(u"carrier/cdr-cell-sites.pdf"_qs);
    const QString casePath = m_dir.filePath(u"sites.llcase"_qs);
    const ImportResult result = import(pdf, casePath);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.format, u"carrier-cdr"_qs);
    QCOMPARE(file.rowsRead, 5);
    QCOMPARE(file.accepted, 5);
    QCOMPARE(file.warnings.value(2), u"4 line(s) holding the rest of values wrapped within their columns were joined to "
                                      "the record above (lines 8, 11, 12, 25)"_qs);
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(cellSiteEvents(db->db()),
             (QStringList{u"7|call|1473688987000|+12025550100|+12025550143|65|DC-0412 1200 K St NW, Washington DC"_qs,
                          u"9|sms|1473693000000|+12025550143|+12025550100|0|DC-0413"_qs,
                          u"10|call|1473753630000|+12025550100|+13125550147|312|VA-0077 Crystal City Tower, 2200 Crystal "
                          "Dr, Arlington VA 22202"_qs,
                          u"24|call|1473759912000|+13125550147|+12025550100|44|DC-0412 1200 K St NW, Washington DC"_qs,
                          u"26|sms|1473890469000|+12025550100|+12025550188|0|MD-0190"_qs}));
    const QString raw = TestSupport::scalar(db->db(), u"SELECT raw FROM events WHERE line = 10"_qs).toString();
    QCOMPARE(raw.count(u'\n'), 2);
    QVERIFY(raw.endsWith(u"VA 22202"_qs));

    // Text under a column the record above leaves empty is not the rest of its value: a row of
    // its own (rejected, its time not reading).
    const QString text = TestSupport::writeFile(m_dir.filePath(u"report.txt"_qs),
                                                "Start Time           Originating Number  Terminating Number  Type   Cell Site\n"
                                                "2016-09-12 14:03:07  2025550100          2025550143          Voice  DC-0412 K St\n"
                                                "                                                                    NW, DC\n"
                                                "2016-09-13 10:00:00  2025550143          2025550100          SMS\n"
                                                "                                                                    DC-0413\n"
                                                "2016-09-14 08:00:00  2025550100          3125550147          Voice  VA-0077\n");
    const ImportResult report = import(text, m_dir.filePath(u"report.llcase"_qs));
    QVERIFY2(report.allOk(), qPrintable(report.files.value(0).error));
    QCOMPARE(report.files.first().accepted, 3);
    QCOMPARE(report.files.first().rejected, 1);
    const auto reportDb = CaseDatabase::open(m_dir.filePath(u"report.llcase"_qs), CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(reportDb);
    QCOMPARE(TestSupport::rows(reportDb->db(), u"SELECT line, json_extract(extra, '$.\"Cell Site\"') FROM events ORDER BY line"_qs),
             (QStringList{u"2|DC-0412 K St NW, DC"_qs, u"4|"_qs, u"6|VA-0077"_qs}));
    QCOMPARE(TestSupport::rows(reportDb->db(), u"SELECT line FROM rejected_rows ORDER BY line"_qs), QStringList{u"5"_qs});
}

void tst_PdfReturns::recordsCentredBesideAWrappedValueAreJoinedWhole()
{
    // The same report from a writer that centres each record's one-line values beside its
    // wrapped Cell Site: the site's first line stands above the record's (a site of two lines
    // leaves the record's own line empty in that column). Read as the records above were, each
    // site whole and with its own record (read as wrapped below, a site's first line went to the
    // record before, or stood alone, rejected); the raw text all the record's lines, its line the first.
    const QString casePath = m_dir.filePath(u"centred-rows.llcase"_qs);
    const ImportResult result = import(dataPath(u"carrier/cdr-cell-sites-centred.pdf"_qs), casePath);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.rowsRead, 5);
    QCOMPARE(file.accepted, 5);
    QCOMPARE(file.rejected, 0);
    QVERIFY2(file.warnings.contains(u"the report centres a record's other values beside a value it wraps over several lines, "
                                    "whose first lines stand above the record: 3 such line(s) were joined to the record below "
                                    "them (lines 7, 11, 25), as many lines below each record as above it to that record"_qs),
             qPrintable(file.warnings.join(u'\n')));
    QVERIFY(file.warnings.contains(u"3 line(s) holding the rest of values wrapped within their columns were joined to the "
                                   "record above (lines 9, 13, 27)"_qs));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(cellSiteEvents(db->db()),
             (QStringList{u"7|call|1473688987000|+12025550100|+12025550143|65|DC-0412 1200 K St NW, Washington DC"_qs,
                          u"10|sms|1473693000000|+12025550143|+12025550100|0|DC-0413"_qs,
                          u"11|call|1473753630000|+12025550100|+13125550147|312|VA-0077 Crystal City Tower, 2200 Crystal "
                          "Dr, Arlington VA 22202"_qs,
                          u"25|call|1473759912000|+13125550147|+12025550100|44|DC-0412 1200 K St NW, Washington DC"_qs,
                          u"28|sms|1473890469000|+12025550100|+12025550188|0|MD-0190"_qs}));
    const QStringList raw = TestSupport::scalar(db->db(), u"SELECT raw FROM events WHERE line = 11"_qs).toString().split(u'\n');
    QCOMPARE(raw.size(), 3);
    QCOMPARE(raw.at(0).trimmed(), u"VA-0077 Crystal City Tower,"_qs);
    QVERIFY(raw.at(1).trimmed().startsWith(u"09/13/2016"_qs) && raw.at(1).trimmed().endsWith(u"2200 Crystal Dr, Arlington"_qs));
    QCOMPARE(raw.at(2).trimmed(), u"VA 22202"_qs);
}

void tst_PdfReturns::aLineUnderTheHeadingsIsNoCentredRecordsPart()
{
    // A line of units under the headings, on every page: above a first record wrapped below it,
    // as many lines as below, on one page; above one not wrapped on the other. The records are
    // not centred: each value wrapped below its record, the units line a row of its own.
    const QByteArray page = "Start Time           Originating Number  Terminating Number  Type   Cell Site\n"
                            "                                                                    (tower, address)\n";
    const QString text = TestSupport::writeFile(m_dir.filePath(u"units.txt"_qs),
                                                page
                                                + "2016-09-12 14:03:07  2025550100          2025550143          Voice  DC-0412 K St\n"
                                                  "                                                                    NW, DC\n"
                                                  "2016-09-13 10:00:00  2025550143          2025550100          SMS    DC-0413\n"
                                                  "2016-09-13 11:00:00  2025550143          2025550188          SMS    DC-0414\n"
                                                  "\n"
                                                + page
                                                + "2016-09-14 08:00:00  2025550100          3125550147          Voice  VA-0077\n"
                                                  "2016-09-14 09:00:00  3125550147          2025550100          Voice  VA-0078\n");
    const QString casePath = m_dir.filePath(u"units.llcase"_qs);
    const ImportResult result = import(text, casePath);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().accepted, 5);
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, json_extract(extra, '$.\"Cell Site\"') FROM events ORDER BY line"_qs),
             (QStringList{u"3|DC-0412 K St NW, DC"_qs, u"5|DC-0413"_qs, u"6|DC-0414"_qs, u"10|VA-0077"_qs, u"11|VA-0078"_qs}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line FROM rejected_rows ORDER BY line"_qs), (QStringList{u"2"_qs, u"9"_qs}));

    // One page, its units under the type and site, as many lines as the first record's site wraps
    // below it: parts of a centred record stand in the columns it wraps in, above as below.
    const QString onePage = TestSupport::writeFile(
        m_dir.filePath(u"units-one-page.txt"_qs),
        "Start Time           Originating Number  Terminating Number  Type   Cell Site\n"
        "                                                             (kind) (tower, address)\n"
        "2016-09-12 14:03:07  2025550100          2025550143          Voice  DC-0412 K St\n"
        "                                                                    NW, DC\n"
        "2016-09-13 10:00:00  2025550143          2025550100          SMS    DC-0413\n"
        "2016-09-13 11:00:00  2025550143          2025550188          SMS    DC-0414\n");
    const QString onePageCase = m_dir.filePath(u"units-one-page.llcase"_qs);
    const ImportResult read = import(onePage, onePageCase);
    QVERIFY2(read.allOk(), qPrintable(read.files.value(0).error));
    QCOMPARE(read.files.first().accepted, 3);
    const auto onePageDb = CaseDatabase::open(onePageCase, CaseDatabase::Access::ReadOnly, nullptr);
    QCOMPARE(TestSupport::rows(onePageDb->db(), u"SELECT line, initiator_raw, json_extract(extra, '$.\"Cell Site\"') FROM events ORDER BY line"_qs),
             (QStringList{u"3|2025550100|DC-0412 K St NW, DC"_qs, u"5|2025550143|DC-0413"_qs, u"6|2025550143|DC-0414"_qs}));
    QCOMPARE(TestSupport::rows(onePageDb->db(), u"SELECT line FROM rejected_rows"_qs), QStringList{u"2"_qs});
}

void tst_PdfReturns::headingsOnTwoLinesAreReadAsOne()
{
    // Narrow columns' headings on two lines ("Originating" over "Number"), on both pages: each
    // column's two words are its heading, the format recognised by them; the second page's two
    // lines are its heading, no rows.
    const QString casePath = m_dir.filePath(u"two-lines.llcase"_qs);
    const ImportResult result = import(dataPath(u"carrier/cdr-two-line-headings.pdf"_qs), casePath);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.format, u"carrier-cdr"_qs);
    QCOMPARE(file.rowsRead, 5);
    QCOMPARE(file.accepted, 5);
    QVERIFY2(file.warnings.contains(u"the table's headings stand on two lines (lines 9 and 10), each column's read as one "
                                    "heading"_qs),
             qPrintable(file.warnings.join(u'\n')));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    const QJsonObject metadata = TestSupport::jsonObject(db->db(), u"SELECT metadata FROM sources"_qs);
    QCOMPARE(metadata.value(u"header"_qs).toArray(),
             (QJsonArray{u"Conn. Date"_qs, u"Conn. Time"_qs, u"Originating Number"_qs, u"Terminating Number"_qs,
                         u"Elapsed Time"_qs, u"Call Type"_qs}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, subtype, utc_ms, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"11|call|1473688987000|65"_qs, u"12|sms|1473693000000|0"_qs, u"13|call|1473753630000|312"_qs,
                          u"26|call|1473759912000|44"_qs, u"27|sms|1473890469000|0"_qs}));

    // A title above one-line headings is no first line of them: one word over the first column.
    // Nor are the headings the first line of two over the first record, whose values begin
    // where they do (its last column empty): a record has digits.
    const QString text = TestSupport::writeFile(m_dir.filePath(u"titled.txt"_qs),
                                                "Calls\n"
                                                "Start Time           Originating Number  Terminating Number  Type   Duration\n"
                                                "2016-09-13 10:00:00  2025550143          2025550100          SMS\n"
                                                "2016-09-12 14:03:07  2025550100          2025550143          Voice  65\n"
                                                "2016-09-14 08:00:00  2025550100          3125550147          Voice  12\n"
                                                "2016-09-15 09:00:00  3125550147          2025550100          Voice  30\n"
                                                "2016-09-16 11:00:00  2025550100          2025550143          SMS\n");
    const ImportResult titled = import(text, m_dir.filePath(u"titled.llcase"_qs));
    QVERIFY2(titled.allOk(), qPrintable(titled.files.value(0).error));
    QCOMPARE(titled.files.first().accepted, 5);
}

void tst_PdfReturns::aReportInSectionsReadsEachTableByItsOwnHeadings()
{
    // Calls, then text messages under headings of their own (other columns, other places),
    // then the subscriber's details: the messages are read by their own columns as a later part
    // of the same format; the details' table is named as another table, row by row. Cut by the
    // calls' columns, each message was a rejected row.
    const QString casePath = m_dir.filePath(u"sections.llcase"_qs);
    const ImportResult result = import(dataPath(u"carrier/cdr-sections.pdf"_qs), casePath);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.accepted, 5);
    QCOMPARE(file.rejected, 3);
    QVERIFY2(file.warnings.contains(u"the file prints 3 table(s), each cut where its own headings begin (lines 8, 18, 27)"_qs),
             qPrintable(file.warnings.join(u'\n')));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, subtype, utc_ms, initiator_raw, counterpart_raw FROM events WHERE line > 12"
                                         " ORDER BY line"_qs),
             (QStringList{u"19|sms|1473693000000|2025550143|2025550100"_qs, u"20|sms|1473890469000|2025550100|2025550188"_qs}));
    const QStringList rejected = TestSupport::rows(db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs);
    QCOMPARE(rejected.size(), 3);
    QVERIFY2(rejected.at(1).startsWith(u"27|the header of another table, whose columns are not those of "_qs), qPrintable(rejected.at(1)));
    QVERIFY2(rejected.at(2).startsWith(u"28|in the table under the header at line 27, "_qs), qPrintable(rejected.at(2)));
}

void tst_PdfReturns::aTableNoFormatKnowsIsReadThroughAMapping()
{
    // Headings no built-in format knows ("When", "From", "To", "Kind"): the import asks for a
    // mapping, and the analyst's profile reads the PDF's table by them.
    const QString pdf = dataPath(u"carrier/unknown-export.pdf"_qs);
    const ImportResult unmapped = import(pdf, m_dir.filePath(u"unmapped.llcase"_qs));
    QVERIFY(unmapped.files.value(0).needsMapping);
    ImportParams params;
    params.casePath = m_dir.filePath(u"mapped.llcase"_qs);
    params.files = {pdf};
    params.profilePath = TestSupport::writeFile(m_dir.filePath(u"export.json"_qs), R"({"id": "export", "class": "communication",
        "subtype": "call", "timezone": "UTC", "columns": {"timestamp": ["When"], "initiator": ["From"],
        "counterpart": ["To"], "call_type": ["Kind"]}})");
    const ImportResult mapped = ImportJob::run(params);
    QVERIFY2(mapped.allOk(), qPrintable(mapped.files.value(0).error));
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, subtype, utc_ms, initiator_raw, counterpart_raw FROM events ORDER BY line"_qs),
             (QStringList{u"5|call|1473688987000|2025550100|2025550143"_qs, u"6|sms|1473692400000|2025550143|2025550100"_qs,
                          u"7|call|1473757200000|2025550100|3125550147"_qs}));
}

void tst_PdfReturns::headingsCentredOverTheirColumns()
{
    // Headings centred over their columns: values wider than "Date", "Time" and "Type" begin
    // before them, and each column begins where the records leave a space before it. The
    // second page's table stands further right, its records with its headings; and no footer
    // parts the first page's last record from the second page's letterhead.
    const QString casePath = m_dir.filePath(u"centred.llcase"_qs);
    const ImportResult result = import(dataPath(u"carrier/cdr-centred-headings.pdf"_qs), casePath);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(result.files.first().rowsRead, 5);
    QCOMPARE(result.files.first().accepted, 5);
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, subtype, utc_ms, initiator_raw, counterpart_raw, duration_s FROM events"
                                         " ORDER BY line"_qs),
             (QStringList{u"7|call|1473688987000|2025550100|2025550143|65"_qs, u"8|sms|1473692400000|2025550143|2025550100|0"_qs,
                          u"9|call|1473757200000|2025550100|3125550147|125"_qs,
                          u"16|call|1473760800000|3125550147|2025550100|5"_qs,
                          u"17|call|1473851471000|2025550100|2025550188|30"_qs}));
    QCOMPARE(AlignedTextReader::alignToRecords(u"     Date        Time    Type"_qs, {5, 17, 25},
                                               {u"09/12/2016    14:03:07   Voice"_qs, u"09/12/2016    15:00:00   SMS"_qs}),
             (QList<qsizetype>{5, 14, 25}));
}

void tst_PdfReturns::headingsSetOneSpaceApartAreToldApartByTheRecords_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QList<qsizetype>>("starts");
    using Starts = QList<qsizetype>;
    QTest::newRow("two headings one space apart")
        << u"Conn. Date   Conn. Time Originating Number   Type"_qs
        << QStringList{u"09/12/2016   14:03:07       2025550100     Voice"_qs, u"09/13/2016   10:00:00       3125550147     SMS"_qs}
        << Starts{0, 13, 24, 45};
    QTest::newRow("a value with one space under a heading of two words")
        << u"Date         Other Party      Type"_qs
        << QStringList{u"09/12/2016   (202) 555-0143   Voice"_qs, u"09/13/2016   (312) 555-0147   SMS"_qs} << Starts{0, 13, 30};
    QTest::newRow("nothing under the second word")
        << u"Date         Call Type   Site"_qs << QStringList{u"09/12/2016   SMS         DC-1"_qs} << Starts{0, 13, 25};
    QTest::newRow("the records end at a blank line")
        << u"Date         Conn. Time Number   Type"_qs
        << QStringList{u"09/12/2016   14:03:07   2025550100   Voice"_qs, u""_qs, u"Page 1 of 2 xxxxxxxxxxxxxxxxxxxxxxxxxxx"_qs}
        << Starts{0, 13, 24, 33};
}

void tst_PdfReturns::headingsSetOneSpaceApartAreToldApartByTheRecords()
{
    QFETCH(QString, header);
    QFETCH(QStringList, records);
    QFETCH(QList<qsizetype>, starts);
    QCOMPARE(AlignedTextReader::splitByRecords(header, AlignedTextReader::headingColumns(header), records), starts);
}

void tst_PdfReturns::linesPrintedOnEveryPageAreItsFurniture()
{
    // The same text, or the same but for the page's own number, at the head or at the foot of
    // half the pages or more; not a line met at the foot of one page and the head of the next
    // (a record a report repeats over a page break), nor one on a single page.
    const QList<QStringList> pages{
        {u"ACME Mobile   Page 1 of 3"_qs, u"Subscriber: 2025550100"_qs, u""_qs, u"Date  Number  Type"_qs, u"r1"_qs,
         u"r2 repeated"_qs, u"Confidential"_qs},
        {u"ACME Mobile   Page 2 of 3"_qs, u""_qs, u"r2 repeated"_qs, u"r3"_qs, u"r4"_qs, u"r5"_qs, u"Confidential"_qs},
        {u"ACME Mobile   Page 3 of 3"_qs, u"r6"_qs, u"r7"_qs, u"r8"_qs, u"r9"_qs, u"- 3 -"_qs}};
    // Lines: page 1 is 1–7, page 2 8–14, page 3 15–20.
    QCOMPARE(PdfPages::furnitureLines(pages), (QSet<int>{1, 7, 8, 14, 15}));
    QCOMPARE(PdfPages::furnitureLines({pages.first()}), QSet<int>{}); // one page shows nothing repeating
}

void tst_PdfReturns::headingsAtopALaterPageMayStandFurtherOn()
{
    // A PDF's text is laid out page by page: the headings atop the second page stand two places
    // further on, and its records with them. They are that page's heading (layout), and its
    // records are cut where they stand.
    const QString path = TestSupport::writeFile(m_dir.filePath(u"shifted.txt"_qs),
                                                "Date        Number        Type\n"
                                                "2016-09-12  2025550143    Voice\n"
                                                "2016-09-13  3125550147    SMS\n"
                                                "2016-09-14  2025550188    Voice\n"
                                                "\n"
                                                "Date          Number          Type\n"
                                                "2016-09-15    6465550123      SMS\n");
    auto reader = AlignedTextReader::ifAligned(path);
    QVERIFY(reader);
    const QList<TableRow> rows = TestSupport::readAll(*reader);
    QCOMPARE(rows.size(), 5);
    QVERIFY(rows.first().heading);
    QCOMPARE(rows.last().line, 7);
    QCOMPARE(rows.last().cells, (QStringList{u"2016-09-15"_qs, u"6465550123"_qs, u"SMS"_qs}));
    QVERIFY2(reader->readingNotes().value(0).contains(u"1 page heading(s) repeating the table's headings"_qs),
             qPrintable(reader->readingNotes().join(u'\n')));
}

void tst_PdfReturns::aPdfThatCannotBeReadSaysWhy_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");
    QTest::newRow("a scan") << u"carrier/cdr-scanned.pdf"_qs
                            << u"the PDF holds no text, only pictures of its 2 page(s) (a scan?): LookupLens reads the "
                               "text a PDF holds. Ask the provider for the records as a table (CSV, Excel), or have the "
                               "pages read by text recognition and import what it gives"_qs;
    QTest::newRow("cut short") << u"carrier/cdr-sided-cut.pdf"_qs
                               << u"not a readable PDF: it does not end as a PDF ends (\"%%EOF\"), so it was likely cut "
                                  "short (a download or a copy that stopped)"_qs;
    QTest::newRow("locked") << u"carrier/cdr-sided-locked.pdf"_qs
                            << u"a PDF protected by a password: give the password it was sent with"_qs;
    QTest::newRow("a letter") << u"carrier/letter.pdf"_qs
                              << u"the PDF's text holds no table: no line of headings over records that keep to their "
                                 "columns, nor records printed a field to a line (a letter or a certificate?)"_qs;
    QTest::newRow("named .pdf") << u"carrier/cdr-date-time.csv"_qs << u"named .pdf, but not a PDF: it does not begin as "
                                                                      "one (\"%PDF-\")"_qs;
}

void tst_PdfReturns::aPdfThatCannotBeReadSaysWhy()
{
    // Named by the analyst, each fails saying why, and the case is as it was.
    QFETCH(QString, file);
    QFETCH(QString, error);
    const QString casePath = m_dir.filePath(u"failed.llcase"_qs);
    QFile::remove(casePath);
    QVERIFY(import(dataPath(u"carrier/cdr-sided.pdf"_qs), casePath).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    QString path = dataPath(file);
    if (!path.endsWith(u".pdf"_qs)) { // a CSV someone named .pdf
        path = m_dir.filePath(u"not-a.pdf"_qs);
        QFile::remove(path);
        QVERIFY(QFile::copy(dataPath(file), path));
    }
    const ImportResult result = import(path, casePath);
    QVERIFY(!result.allOk());
    QCOMPARE(result.files.value(0).error, path + u": "_qs + error);
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

QStringList tst_PdfReturns::eventsOfThePlainReport()
{
    const QString casePath = m_dir.filePath(u"plain.llcase"_qs);
    if (!QFileInfo::exists(casePath) && !import(dataPath(u"carrier/cdr-sided.pdf"_qs), casePath).allOk())
        return {};
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    return db ? events(db->db()) : QStringList();
}

void tst_PdfReturns::aPdfProtectedByAPasswordIsReadWithIt()
{
    // Carriers send reports protected by a password, sent apart. Refused before ("open it with
    // the password, save or print a copy"), losing the provider's hash: the password given at
    // import opens it in lookuplens-pdf, and the file as delivered is the source.
    const QString path = dataPath(u"carrier/cdr-sided-locked.pdf"_qs);
    const QString hash = TestSupport::sha256Of(path);
    const ImportResult asked = import(path, m_dir.filePath(u"asked.llcase"_qs));
    QVERIFY(asked.files.value(0).needsPassword);
    const ImportResult wrong = import(path, m_dir.filePath(u"wrong.llcase"_qs), u"Secret"_qs);
    QVERIFY(wrong.files.value(0).needsPassword);
    QCOMPARE(wrong.files.value(0).error, path + u": the password given does not open the PDF"_qs);
    const QString casePath = m_dir.filePath(u"opened.llcase"_qs);
    const ImportResult opened = import(path, casePath, u"secret"_qs);
    QVERIFY2(opened.allOk(), qPrintable(opened.files.value(0).error));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    QCOMPARE(events(db->db()), eventsOfThePlainReport());
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT sha256, json_extract(metadata, '$.pdf.opened_with_password')"
                                         " FROM sources"_qs),
             QStringList{hash + u"|1"_qs});
    const QString note = u"protected by a password to open it; opened with the password given at import, which is not kept"_qs;
    QCOMPARE(CaseQueries(db->db()).provenance(TestSupport::scalar(db->db(), u"SELECT min(id) FROM events"_qs).toLongLong())
                 ->decryption,
             note);
    QVERIFY(TestSupport::shownText(SourceListModel(db->db()).index(0, 0).data(Qt::ToolTipRole)).endsWith(u'\n' + note));
    QCOMPARE(TestSupport::scalar(db->db(), u"SELECT count(*) FROM audit_log WHERE details LIKE '%secret%'"_qs).toInt(), 0);
    QCOMPARE(TestSupport::sha256Of(path), hash); // only read

    // A PDF restricted by an owner's password only opens without one: a password given is not
    // said to have opened it.
    const QString restricted = m_dir.filePath(u"restricted.llcase"_qs);
    QVERIFY(import(dataPath(u"carrier/cdr-sided-restricted.pdf"_qs), restricted, u"secret"_qs).allOk());
    const auto restrictedDb = CaseDatabase::open(restricted, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(restrictedDb);
    QCOMPARE(TestSupport::scalar(restrictedDb->db(),
                                 u"SELECT json_extract(metadata, '$.pdf.opened_with_password') IS NULL FROM sources"_qs)
                 .toInt(),
             1);
}

void tst_PdfReturns::anOlderPdfsPasswordBeyondAsciiOpensIt()
{
    // An AES-128 PDF (as PDF 1.6 encrypts) holds its password as PDFDocEncoding writes it: the
    // analyst's "geheimé", typed as UTF-8, did not open it ("wrong password"); its PDFDocEncoding
    // (Latin-1's there) does. Beyond Latin-1 it is its own: "–" and "€" are its 0x85 and 0xA0,
    // which neither UTF-8 nor Latin-1 (which has neither letter) gave.
    for (const auto &[file, password, wrong] :
         {std::tuple{u"carrier/cdr-sided-locked-aes128.pdf"_qs, u"geheim\u00E9"_qs, u"geheime"_qs},
          std::tuple{u"carrier/cdr-sided-locked-euro.pdf"_qs, u"Schl\u00FCssel\u2013100\u20AC"_qs, u"Schl\u00FCssel-100\u20AC"_qs}}) {
        const QString path = dataPath(file);
        QVERIFY(import(path, m_dir.filePath(u"wrong-"_qs + QFileInfo(file).baseName()), wrong).files.value(0).needsPassword);
        const QString casePath = m_dir.filePath(QFileInfo(file).baseName() + u".llcase"_qs);
        const ImportResult opened = import(path, casePath, password);
        QVERIFY2(opened.allOk(), qPrintable(opened.files.value(0).error));
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr);
        QVERIFY(db);
        QCOMPARE(events(db->db()), eventsOfThePlainReport());
        QCOMPARE(TestSupport::scalar(db->db(), u"SELECT json_extract(metadata, '$.pdf.opened_with_password') FROM sources"_qs).toInt(), 1);
    }
}

void tst_PdfReturns::aPdfWhoseReaderDiesIsRefused()
{
    // lookuplens-pdf stopping on a hostile file (here, a stand-in that dies) is an error, not a crash.
    const QString helper = TestSupport::writeFile(m_dir.filePath(u"lookuplens-pdf"_qs), "#!/bin/sh\nkill -SEGV $$\n");
    QVERIFY(QFile(helper).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("LOOKUPLENS_PDF_HELPER", helper.toLocal8Bit());
    const ImportResult result = import(dataPath(u"carrier/cdr-sided.pdf"_qs), m_dir.filePath(u"dies.llcase"_qs));
    qunsetenv("LOOKUPLENS_PDF_HELPER");
    QCOMPARE(result.files.value(0).error, dataPath(u"carrier/cdr-sided.pdf"_qs)
                                              + u": not a readable PDF: it is damaged, and reading it stopped the reader"_qs);
}

void tst_PdfReturns::aCancelledImportDoesNotWaitForThePdfsReader()
{
    // A long report takes its reader seconds to lay out (here, a stand-in that would take a
    // minute): cancelled meanwhile, the import stops it and ends, the case as it was.
    QVERIFY(QDir(m_dir.path()).mkpath(u"slow"_qs));
    const QString helper = TestSupport::writeFile(m_dir.filePath(u"slow/lookuplens-pdf"_qs), "#!/bin/sh\nexec sleep 60\n");
    QVERIFY(QFile(helper).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString casePath = m_dir.filePath(u"cancelled.llcase"_qs);
    QVERIFY(import(dataPath(u"carrier/cdr-sided-pdf-records.csv"_qs), casePath).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    qputenv("LOOKUPLENS_PDF_HELPER", helper.toLocal8Bit());
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(u"carrier/cdr-sided.pdf"_qs)};
    params.timeZone = QStringLiteral("UTC");
    QElapsedTimer clock;
    clock.start();
    const ImportResult result = ImportJob::run(params, [&clock](const ImportProgress &) { return clock.elapsed() < 500; });
    const qint64 took = clock.elapsed();
    qunsetenv("LOOKUPLENS_PDF_HELPER");
    QVERIFY(result.cancelled);
    QVERIFY2(took < 30000, qPrintable(QString::number(took))); // not the reader's minute
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_PdfReturns::theLayoutOfThePagesReportsHowFarItHasGot()
{
    // The PDF's reader says which page it has laid out (here, a stand-in that gets to page 2 of
    // 4 and stops): the import reports that stage, and how far it has got, before any row.
    QVERIFY(QDir(m_dir.path()).mkpath(u"halfway"_qs));
    const QString helper = TestSupport::writeFile(m_dir.filePath(u"halfway/lookuplens-pdf"_qs),
                                                  "#!/bin/sh\necho 'page 1 of 4' >&2\necho 'page 2 of 4' >&2\nsleep 1\nexit 3\n");
    QVERIFY(QFile(helper).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("LOOKUPLENS_PDF_HELPER", helper.toLocal8Bit());
    ImportParams params;
    params.casePath = m_dir.filePath(u"halfway.llcase"_qs);
    params.files = {dataPath(u"carrier/cdr-sided.pdf"_qs)};
    params.timeZone = QStringLiteral("UTC");
    QList<double> laidOut;
    const ImportResult result = ImportJob::run(params, [&laidOut](const ImportProgress &progress) {
        if (progress.stage == ImportProgress::Stage::Preparing)
            laidOut.append(progress.fileFraction);
        return true;
    });
    qunsetenv("LOOKUPLENS_PDF_HELPER");
    QVERIFY(!laidOut.isEmpty());
    QCOMPARE(laidOut.last(), 0.5);
    QCOMPARE(result.files.value(0).error, dataPath(u"carrier/cdr-sided.pdf"_qs)
                                              + u": not a readable PDF: it is damaged, and reading it stopped the reader"_qs);
}

void tst_PdfReturns::previewsAndTheImportLayThePagesOutOnce()
{
    // The import dialog reads a file for each preview, and the import again: a long PDF's pages
    // are laid out once (the real reader, run through a stand-in that counts its runs), and
    // again once the file changes.
    const QString real = QFileInfo(QStringLiteral(LL_CLI_PATH)).absolutePath() + u"/../pdf/lookuplens-pdf"_qs;
    QVERIFY(QFileInfo(real).isExecutable());
    QVERIFY(QDir(m_dir.path()).mkpath(u"counting"_qs));
    const QString runs = m_dir.filePath(u"counting/runs"_qs);
    const QString helper = TestSupport::writeFile(m_dir.filePath(u"counting/lookuplens-pdf"_qs),
                                                  "#!/bin/sh\necho run >> '" + runs.toUtf8() + "'\nexec '"
                                                      + real.toUtf8() + "' \"$@\"\n");
    QVERIFY(QFile(helper).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString pdf = m_dir.filePath(u"counted.pdf"_qs);
    QVERIFY(QFile::copy(dataPath(u"carrier/cdr-sided.pdf"_qs), pdf));
    qputenv("LOOKUPLENS_PDF_HELPER", helper.toLocal8Bit());
    ImportParams params;
    params.casePath = m_dir.filePath(u"counted.llcase"_qs);
    params.files = {pdf};
    params.timeZone = QStringLiteral("UTC");
    params.dryRun = true;
    const bool previews = ImportJob::run(params).allOk() && ImportJob::run(params).allOk();
    params.dryRun = false;
    const bool imported = ImportJob::run(params).allOk();
    const auto runCount = [&runs]() {
        QFile file(runs);
        return file.open(QIODevice::ReadOnly) ? file.readAll().count('\n') : qsizetype(-1);
    };
    const qsizetype once = runCount();
    QFile changed(pdf);
    const bool appended = changed.open(QIODevice::Append) && changed.write("\n") == 1;
    changed.close();
    params.casePath = m_dir.filePath(u"changed.llcase"_qs);
    const bool again = ImportJob::run(params).allOk();
    qunsetenv("LOOKUPLENS_PDF_HELPER");
    QVERIFY(previews && imported && appended && again);
    QCOMPARE(once, 1);
    QCOMPARE(runCount(), 2);
}

QTEST_GUILESS_MAIN(tst_PdfReturns)
#include "tst_pdfreturns.moc"
