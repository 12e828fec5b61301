#include "alignedtextreader.h"
#include "casequeries.h"
#include "importfiles.h"
#include "importsuite.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Returns printed as text (a database's spool, a report's aligned columns, a field to a
/// line) imported: exact events, lines and rejected rows.
class tst_PrintedReturns : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void aTablePrintedAsAlignedText();
    void aSpoolOfSeveralQueries();
    void aReportWithoutARule();
    void recordsPrintedAFieldToALine();
    void aSpoolsValuesCutShortAreJoined();
};

void tst_PrintedReturns::aTablePrintedAsAlignedText()
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
    // The same without its byte-order mark (as bcp -w writes UTF-16): known by its zero bytes.
    QFile rpt(dataPath(QStringLiteral("ids/ids-results.rpt")));
    QVERIFY(rpt.open(QIODevice::ReadOnly) && rpt.read(2) == "\xFF\xFE");
    params.files = {writeFile(u"ids-results-no-bom.rpt"_qs, rpt.readAll())};
    const auto unmarked = import(params);
    QVERIFY2(unmarked.result.allOk(), qPrintable(unmarked.result.files.value(0).error));
    QCOMPARE(events(unmarked.db->db()), events(results.db->db()));
    QCOMPARE(TestSupport::rows(unmarked.db->db(), u"SELECT json_extract(metadata, '$.encoding'),"
                                                  " json_extract(metadata, '$.without_byte_order_mark') FROM sources"_qs),
             QStringList{u"UTF-16LE|1"_qs});

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

void tst_PrintedReturns::recordsPrintedAFieldToALine()
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

void tst_PrintedReturns::aReportWithoutARule()
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

void tst_PrintedReturns::aSpoolOfSeveralQueries()
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

void tst_PrintedReturns::aSpoolsValuesCutShortAreJoined()
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

QTEST_GUILESS_MAIN(tst_PrintedReturns)
#include "tst_printedreturns.moc"
