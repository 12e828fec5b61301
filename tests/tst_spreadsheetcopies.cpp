#include "casequeries.h"
#include "importjob.h"
#include "importsuite.h"
#include "sourcelistmodel.h"
#include "sourcenotetext.h"
#include "tableimporter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

using TestSupport::dataPath;

/// Files that passed through a spreadsheet program before they were delivered: what it hides
/// (rows, worksheets), cut (rows past a worksheet's last), rounded (long ids), dropped (a
/// number's "+", a time's seconds). Each file is read as it stands, nothing undone by a guess,
/// and what was altered is said: in the import's words, the source's metadata and description,
/// and each event's provenance.
class tst_SpreadsheetCopies : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void rowsTheSheetHidesAreReadAndNamed_data();
    void rowsTheSheetHidesAreReadAndNamed();
    void formulaCellsAreReadAsTheirSavedResultsAndNamed_data();
    void formulaCellsAreReadAsTheirSavedResultsAndNamed();
    void columnsTheSheetHidesAreReadAndNamed_data();
    void columnsTheSheetHidesAreReadAndNamed();
    void valuesTheirFormatShowsAsNothingAreReadAndNamed_data();
    void valuesTheirFormatShowsAsNothingAreReadAndNamed();
    void aFileEndingOnAWorksheetsLastRowMayHaveBeenCut_data();
    void aFileEndingOnAWorksheetsLastRowMayHaveBeenCut();
    void timesWithoutSecondsAreSaidToBeSo_data();
    void timesWithoutSecondsAreSaidToBeSo();
    void timesAreReadToTheMillisecondAndPastADay_data();
    void timesAreReadToTheMillisecondAndPastADay();
    void handlesWhosePlusExcelDroppedAreSaidNotJoined();
    void idsExcelRoundedJoinNothing();
    void valuesWrittenWithExcelsApostropheAreReadWithoutIt();
    void timesSavedAsNumbersRoundedByTheirFormatAreRefused_data();
    void timesSavedAsNumbersRoundedByTheirFormatAreRefused();

private:
    /// @brief The rows "xlsx", "ods", "xml" and "xls" of a test's data: one log written four
    /// ways, @p stem followed by each suffix.
    static void addWorkbookFormats(const QString &stem);
    /// @brief Each event's line, in source and line order, followed by what @p said finds in its provenance.
    static QStringList eachProvenance(const QSqlDatabase &db, const std::function<QString(const EventProvenance &)> &said);
};

void tst_SpreadsheetCopies::addWorkbookFormats(const QString &stem)
{
    QTest::addColumn<QString>("file");
    for (const QString &suffix : {u"xlsx"_qs, u"ods"_qs, u"xml"_qs, u"xls"_qs})
        QTest::newRow(qPrintable(suffix)) << stem + suffix;
}

QStringList tst_SpreadsheetCopies::eachProvenance(const QSqlDatabase &db,
                                                  const std::function<QString(const EventProvenance &)> &said)
{
    const CaseQueries queries(db);
    QStringList shown;
    for (const QString &id : TestSupport::rows(db, u"SELECT id FROM events ORDER BY source_id, line"_qs)) {
        const auto event = queries.provenance(id.toLongLong());
        shown.append(event ? QString::number(event->event.line) + said(*event) : u"no provenance"_qs);
    }
    return shown;
}

void tst_SpreadsheetCopies::rowsTheSheetHidesAreReadAndNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("notes");
    QTest::addColumn<QStringList>("sources");    // rows read, accepted, hidden_rows, worksheet_hidden
    QTest::addColumn<QStringList>("provenance"); // each event's row, and what its provenance says
    const QString rows = u"3 row(s) are hidden or filtered out, and not shown by the spreadsheet program; they are in "
                         "the file and were read as every other row: 3, 5\u20136"_qs;
    const QString log = u"6|6|[[3,3],[5,6]]|NULL"_qs;
    const QStringList events{u"2"_qs, u"3 hidden"_qs, u"4"_qs, u"5 hidden"_qs, u"6 hidden"_qs, u"7"_qs};
    const QString older = u"the worksheet \"Older\": this worksheet is hidden in its workbook, no tab showing it; its "
                          "rows were read as any other worksheet's"_qs;
    const QStringList sheets{log, u"1|1|NULL|1"_qs};
    const QStringList all = events + QStringList{u"2 in a hidden worksheet"_qs};
    // Row 3 hidden, rows 5-6 filtered out; an empty row hidden is no row (an .xlsx's is a
    // blank line); the worksheet "Older" hidden, as each format hides it.
    QTest::newRow("xlsx") << u"xlsx/hidden-rows.xlsx"_qs
                          << QStringList{u"the worksheet \"Log\": 1 blank line(s) hold no record and were not counted as "
                                         "rows: 8"_qs,
                                         u"the worksheet \"Log\": "_qs + rows, older}
                          << sheets << all;
    QTest::newRow("ods") << u"xlsx/hidden-rows.ods"_qs << QStringList{u"the worksheet \"Log\": "_qs + rows, older}
                         << sheets << all;
    QTest::newRow("xml spreadsheet") << u"xlsx/hidden-rows.xml"_qs
                                     << QStringList{u"the worksheet \"Log\": "_qs + rows, older} << sheets << all;
    // Excel 97-2003: ROW records of no height, BOUNDSHEET states hidden and very hidden (which
    // only a macro undoes), read beside FreeXL, which says neither.
    const QString veryHidden = u"the worksheet \"Very hidden\": this worksheet is hidden in its workbook, no tab "
                               "showing it; its rows were read as any other worksheet's"_qs;
    for (const QString &name : {u"hidden-rows.xls"_qs, u"hidden-rows-small.xls"_qs}) // the second in the mini stream
        QTest::newRow(qPrintable(name)) << u"xlsx/"_qs + name
                                        << QStringList{u"the worksheet \"Log\": "_qs + rows, older, veryHidden}
                                        << sheets + QStringList{u"1|1|NULL|1"_qs}
                                        << all + QStringList{u"2 in a hidden worksheet"_qs};
}

void tst_SpreadsheetCopies::rowsTheSheetHidesAreReadAndNamed()
{
    // Excel shows 3 of the log's 6 records: all 6 are read (hidden rows are in the file), and an
    // analyst or expert counting what Excel shows is told which rows it hides, down to each
    // event's provenance.
    QFETCH(QString, file);
    QFETCH(QStringList, notes);
    QFETCH(QStringList, sources);
    QFETCH(QStringList, provenance);
    const auto imported = importFixture(file, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE(result.notes, notes);
    QCOMPARE(result.warnings, QStringList());
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT rows_read, rows_accepted, json_extract(metadata, '$.hidden_rows'),"
                                   " json_extract(metadata, '$.worksheet_hidden') FROM sources ORDER BY id"_qs),
             sources);
    QCOMPARE(eachProvenance(db,
                            [](const EventProvenance &event) -> QString {
                                return (event.lineHiddenInSheet ? u" hidden"_qs : QString())
                                       + (event.worksheetHidden ? u" in a hidden worksheet"_qs : QString());
                            }),
             provenance);
}

void tst_SpreadsheetCopies::formulaCellsAreReadAsTheirSavedResultsAndNamed_data()
{
    // Row 3's terminating number is a formula of text, row 4's duration one of a number, row
    // 7's start time one of a date; row 6's duration a formula the file saved no result for.
    addWorkbookFormats(u"xlsx/formulas."_qs);
}

void tst_SpreadsheetCopies::formulaCellsAreReadAsTheirSavedResultsAndNamed()
{
    // FreeXL reads an .xls's formula cell as empty: its saved result was lost, silently. Every
    // format now reads the result saved, as the spreadsheet program shows it, and says which rows
    // hold a value a formula computed (not a value the provider's system wrote), and which hold
    // a formula with no result saved (read as empty).
    QFETCH(QString, file);
    const auto imported = importFixture(file, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE(result.notes, QStringList{u"3 row(s) hold a cell whose value a formula computes; it was read as the result "
                                       "the file saved (what the spreadsheet program showed when it saved it): "
                                       "3\u20134, 7 \u2014 by column: A (\"Start Time (UTC)\", read as the timestamp) in "
                                       "1 row(s): 7; C (\"Terminating Number\", read as the counterpart) in 1 row(s): 3; "
                                       "E (\"Duration (s)\", read as the duration) in 1 row(s): 4; F (\"Cell Site\", "
                                       "kept among the row's other columns) in 1 row(s): 4"_qs});
    QCOMPARE(result.warnings, QStringList{u"1 row(s) hold a formula the file saved no result for (or an empty one): the "
                                          "cell was read as empty, where the spreadsheet program shows what it "
                                          "computes on opening: 6 \u2014 by column: E (\"Duration (s)\", read as the "
                                          "duration) in 1 row(s): 6"_qs});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT rows_read, rows_accepted, json_extract(metadata, '$.formula_cells'),"
                                   " json_extract(metadata, '$.formulas_without_result') FROM sources"_qs),
             QStringList{u"6|6|[[3,4],[7,7]]|[[6,6]]"_qs});
    QCOMPARE(TestSupport::rows(db, u"SELECT line, counterpart_raw, utc_ms, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"2|+12025550143|1473688800000|61"_qs, u"3|+12025550100|1473689400000|62"_qs,
                          u"4|+12025550147|1473690000000|120"_qs, u"5|+12025550147|1473690600000|0"_qs,
                          u"6|+12025550100|1473691200000|NULL"_qs, u"7|+12025550143|1473691800000|64"_qs}));
    // A formula's text beyond Latin-1 (an .xls's STRING record holds it as UTF-16).
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(extra, '$.\"Cell Site\"') FROM events WHERE line = 4"_qs),
             QStringList{u"\u6771\u4EAC 2"_qs});
    QCOMPARE(eachProvenance(db,
                            [](const EventProvenance &event) -> QString {
                                return (event.lineHasFormula ? u" formula"_qs : QString())
                                       + (event.lineFormulaWithoutResult ? u" without result"_qs : QString());
                            }),
             (QStringList{u"2"_qs, u"3 formula"_qs, u"4 formula"_qs, u"5"_qs, u"6 without result"_qs, u"7 formula"_qs}));
    // Which cells: each column with its header and what it was read as, the same in every format.
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(metadata, '$.formula_columns'),"
                                   " json_extract(metadata, '$.formula_columns_without_result') FROM sources"_qs),
             QStringList{u"[{\"column\":\"A\",\"fields\":[\"timestamp\"],\"header\":\"Start Time (UTC)\",\"rows\":[[7,7]]},"
                         "{\"column\":\"C\",\"fields\":[\"counterpart\"],\"header\":\"Terminating Number\",\"rows\":[[3,3]]},"
                         "{\"column\":\"E\",\"fields\":[\"duration\"],\"header\":\"Duration (s)\",\"rows\":[[4,4]]},"
                         "{\"column\":\"F\",\"header\":\"Cell Site\",\"rows\":[[4,4]]}]|"
                         "[{\"column\":\"E\",\"fields\":[\"duration\"],\"header\":\"Duration (s)\",\"rows\":[[6,6]]}]"_qs});
    QCOMPARE(eachProvenance(db,
                            [](const EventProvenance &event) {
                                return QStringLiteral(" %1 | %2")
                                    .arg(SourceNoteText::hiddenColumnsText(event.formulaColumns),
                                         SourceNoteText::hiddenColumnsText(event.formulaColumnsWithoutResult));
                            }),
             (QStringList{u"2  | "_qs, u"3 C (\"Terminating Number\", read as the counterpart) | "_qs,
                          u"4 E (\"Duration (s)\", read as the duration), F (\"Cell Site\", kept among the row's other "
                          "columns) | "_qs,
                          u"5  | "_qs, u"6  | E (\"Duration (s)\", read as the duration)"_qs,
                          u"7 A (\"Start Time (UTC)\", read as the timestamp) | "_qs}));
    const QString tooltip = TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(tooltip.contains(u"hold a cell whose value a formula computes"_qs), qPrintable(tooltip));
    QVERIFY2(tooltip.contains(u"saved no result for (or an empty one)"_qs), qPrintable(tooltip));
}

void tst_SpreadsheetCopies::columnsTheSheetHidesAreReadAndNamed_data()
{
    // Column C (the terminating number) and F (notes) hidden, and every column past the table:
    // as each format hides them (an outline, a repeated column, a span, COLINFO records).
    addWorkbookFormats(u"xlsx/hidden-columns."_qs);
}

void tst_SpreadsheetCopies::columnsTheSheetHidesAreReadAndNamed()
{
    // Excel does not show the column the counterparts come from: an analyst or expert checking
    // an event against the worksheet on screen would not find its counterpart. Every column is
    // read; which the worksheet hides is said, and what each was read as; the columns a report
    // hides past its table are none of it, and not named.
    QFETCH(QString, file);
    const auto imported = importFixture(file, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    const QString columns = u"C (\"Terminating Number\", read as the counterpart), F (\"Notes\", kept among the "
                            "row's other columns)"_qs;
    QCOMPARE(result.notes, QStringList{u"2 column(s) are hidden, and not shown by the spreadsheet program; they are in "
                                       "the file and were read as every other column: "_qs
                                       + columns});
    QCOMPARE(result.warnings, QStringList());
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT rows_read, rows_accepted, json_extract(metadata, '$.hidden_columns')"
                                   " FROM sources"_qs),
             QStringList{u"3|3|[{\"column\":\"C\",\"fields\":[\"counterpart\"],\"header\":\"Terminating Number\"},"
                         "{\"column\":\"F\",\"header\":\"Notes\"}]"_qs});
    QCOMPARE(TestSupport::rows(db, u"SELECT line, counterpart_raw, json_extract(extra, '$.Notes') FROM events ORDER BY line"_qs),
             (QStringList{u"2|+12025550143|first"_qs, u"3|+12025550100|NULL"_qs, u"4|+12025550147|third"_qs}));
    QCOMPARE(eachProvenance(db, [](const EventProvenance &event) { return QString(u" "_qs + SourceNoteText::hiddenColumnsText(event.hiddenColumns)); }),
             (QStringList{u"2 "_qs + columns, u"3 "_qs + columns, u"4 "_qs + columns}));
    const QString tooltip = TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(tooltip.contains(u"\n2 column(s) are hidden"_qs), qPrintable(tooltip));
}

void tst_SpreadsheetCopies::aFileEndingOnAWorksheetsLastRowMayHaveBeenCut_data()
{
    QTest::addColumn<QString>("file"); // a fixture, or "csv:N" for a CSV file of N lines written here
    QTest::addColumn<int>("accepted");
    QTest::addColumn<QString>("warning"); // empty: none
    QTest::addColumn<QString>("kept");    // metadata.ends_at_row_limit
    const QString sheet = u"the worksheet ends at row %1, the last row a worksheet of %2 can hold: if it was made by "
                          "opening a larger file, the records past that row were cut off before it was saved, and are "
                          "not in it"_qs;
    // Excel opening a larger file keeps as many rows as a worksheet holds, and drops the rest.
    QTest::newRow("xlsx at 1048576") << u"xlsx/row-limit.xlsx"_qs << 2
                                     << sheet.arg(1048576).arg(u"Excel 2007 or later and LibreOffice"_qs) << u"1048576"_qs;
    QTest::newRow("Excel 2003 at 65536") << u"xlsx/row-limit-2003.xml"_qs << 2
                                         << sheet.arg(65536).arg(u"Excel 97-2003"_qs) << u"65536"_qs;
    QTest::newRow("csv at 65536") << u"csv:65536"_qs << 65535
                                  << u"the file ends at line 65536, the last row a worksheet of Excel 97-2003 can "
                                     "hold: if it was saved from a spreadsheet program that had opened a larger file, the "
                                     "records past that row were cut off, and are not in it"_qs
                                  << u"65536"_qs;
    QTest::newRow("csv at 65535") << u"csv:65535"_qs << 65534 << QString() << QString();
    QTest::newRow("csv at 65537") << u"csv:65537"_qs << 65536 << QString() << QString();
}

void tst_SpreadsheetCopies::aFileEndingOnAWorksheetsLastRowMayHaveBeenCut()
{
    QFETCH(QString, file);
    QFETCH(int, accepted);
    QFETCH(QString, warning);
    QFETCH(QString, kept);
    QString path = dataPath(file);
    if (file.startsWith(u"csv:")) { // a header and records to the line asked for
        QByteArray csv("Start Time (UTC),Originating Number,Terminating Number,Call Type\n");
        for (int line = 2; line <= file.mid(4).toInt(); ++line)
            csv += QStringLiteral("2016-09-12 14:%1:%2,+12025550100,+12025550143,Voice\n")
                       .arg((line / 60) % 60, 2, 10, QChar(u'0'))
                       .arg(line % 60, 2, 10, QChar(u'0'))
                       .toUtf8();
        path = writeFile(QStringLiteral("%1.csv").arg(QString::fromUtf8(QTest::currentDataTag())), csv);
    }
    ImportParams params;
    params.files = {path};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    QCOMPARE(result.accepted, accepted);
    QCOMPARE(result.warnings, warning.isEmpty() ? QStringList() : QStringList{warning});
    QCOMPARE(TestSupport::scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.ends_at_row_limit') FROM sources"_qs)
                 .toString(),
             kept);
    // The Sources list's description of the source says it too.
    const QString description = TestSupport::shownText(SourceListModel(imported.db->db()).index(0, 0).data(Qt::ToolTipRole));
    QCOMPARE(description.contains(u"the last row a worksheet of"_qs), !warning.isEmpty());
    QVERIFY2(warning.isEmpty() || description.endsWith(u'\n' + warning), qPrintable(description));
}

void tst_SpreadsheetCopies::timesWithoutSecondsAreSaidToBeSo_data()
{
    QTest::addColumn<QByteArray>("records"); // below the header row
    QTest::addColumn<QStringList>("warnings");
    const QByteArray header("Start Time (UTC),Originating Number,Terminating Number,Call Type\n");
    // As Excel saves a workbook's date cells to CSV: "9/12/2016 14:03", the seconds gone.
    QTest::newRow("saved by Excel") << header + "9/12/2016 14:03,+12025550100,+12025550143,Voice\n"
                                                "9/13/2016 15:00,+12025550143,+12025550100,SMS\n"
                                    << QStringList{u"the times of this file give hours and minutes but no seconds, as on "
                                                   "line 2 (\"9/12/2016 14:03\"): each was read as the start of its "
                                                   "minute. Excel writes a workbook's times so when it saves it as CSV, "
                                                   "dropping their seconds: the same records read from the workbook "
                                                   "itself would fall seconds later, and would not be recognised as the "
                                                   "same"_qs};
    // One time with seconds: the file keeps them where it has them.
    QTest::newRow("some with seconds") << header + "9/12/2016 14:03,+12025550100,+12025550143,Voice\n"
                                                   "9/13/2016 15:00:09,+12025550143,+12025550100,SMS\n"
                                       << QStringList();
    // An offset's colon is no seconds' colon ("14:03 +02:00" lacks them); Excel writes no offset,
    // so it is not named. "14:03:07+02:00" gives them.
    QTest::newRow("offset") << header + "2016-09-12 14:03 +02:00,+12025550100,+12025550143,Voice\n"
                                        "2016-09-13T15:00+02:00,+12025550143,+12025550100,SMS\n"
                            << QStringList{u"the times of this file give hours and minutes but no seconds, as on "
                                           "line 2 (\"2016-09-12 14:03 +02:00\"): each was read as the start of its "
                                           "minute; the same records from a file giving their seconds would fall "
                                           "seconds later, and would not be recognised as the same"_qs};
    QTest::newRow("offset, seconds") << header + "2016-09-12 14:03:00+02:00,+12025550100,+12025550143,Voice\n"
                                                 "2016-09-13T15:00:00 +02:00,+12025550143,+12025550100,SMS\n"
                                     << QStringList();
    // A portal's page (not a CSV file): no seconds, but nothing says Excel dropped them.
    QTest::newRow("page")
        << QByteArray("<html><body><table><tr><th>Start Time (UTC)</th><th>Originating Number</th>"
                      "<th>Terminating Number</th><th>Call Type</th></tr>"
                      "<tr><td>9/12/2016 14:03</td><td>+12025550100</td><td>+12025550143</td><td>Voice</td></tr>"
                      "<tr><td>9/13/2016 15:00</td><td>+12025550143</td><td>+12025550100</td><td>SMS</td></tr>"
                      "</table></body></html>\n")
        << QStringList{u"the times of this file give hours and minutes but no seconds, as on line 2 (\"9/12/2016 "
                       "14:03\"): each was read as the start of its minute; the same records from a file giving their "
                       "seconds would fall seconds later, and would not be recognised as the same"_qs};
}

void tst_SpreadsheetCopies::timesWithoutSecondsAreSaidToBeSo()
{
    QFETCH(QByteArray, records);
    QFETCH(QStringList, warnings);
    ImportParams params;
    const QString name = QString::fromUtf8(QTest::currentDataTag()) + (records.startsWith("<html") ? u".html"_qs : u".csv"_qs);
    params.files = {writeFile(name, records)};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().warnings, warnings);
    const QSqlDatabase db = imported.db->db();
    // 2016-09-12 14:03:00 UTC, the start of its minute (12:03 UTC at +02:00).
    QCOMPARE(TestSupport::scalar(db, u"SELECT min(utc_ms) FROM events"_qs).toLongLong(),
             records.contains("+02:00") ? 1473681780000LL : 1473688980000LL);
    QCOMPARE(TestSupport::scalar(db, u"SELECT json_extract(metadata, '$.times_without_seconds.records') FROM sources"_qs)
                 .toString(),
             warnings.isEmpty() ? QString() : u"2"_qs);
}

void tst_SpreadsheetCopies::handlesWhosePlusExcelDroppedAreSaidNotJoined()
{
    // An IDS log opened in Excel and saved again: "+447911123456" became 447911123456. It is no
    // US number, but a valid UK one with its "+": said, with the number it would be, and kept as
    // written (adding a country code would be a guess). A US number with its 1 is simply read.
    const QString csv = writeFile(
        u"ids-without-plus.csv"_qs, "Timestamp (GMT),Source Handle,Lookup Handle,Client IP\n"
                                     "2016-09-02 18:22:05,12025550143,447911123456,198.51.100.14\n"
                                     "2016-09-02 18:22:06,12025550143,447911123456,198.51.100.14\n"
                                     "2016-09-02 18:22:07,12025550143,4915123456789,198.51.100.14\n"
                                     "2016-09-02 18:22:08,12025550143,4930123456,198.51.100.14\n"
                                     "2016-09-02 18:22:09,12025550143,33612345678,198.51.100.14\n");
    ImportParams params;
    params.files = {csv};
    params.region = QStringLiteral("US");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QString note = u"4 handle(s) are written as digits only and are no number of the region US, but valid "
                         "international numbers with a \"+\" before them, as Excel drops it when it opens a CSV file: "
                         "447911123456 (+447911123456), 4915123456789 (+4915123456789), 4930123456 (+4930123456), "
                         "\u2026. They were kept as written, apart from the same numbers written with their \"+\""_qs;
    QCOMPARE(imported.result.files.first().warnings, QStringList{note});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT normalized, kind FROM handles ORDER BY id"_qs),
             (QStringList{u"+12025550143|phone"_qs, u"447911123456|other"_qs, u"4915123456789|other"_qs,
                          u"4930123456|phone"_qs, u"33612345678|other"_qs})); // ten digits: a possible US number
    QCOMPARE(TestSupport::scalar(db, u"SELECT json_extract(metadata, '$.handles_without_plus') FROM sources"_qs).toString(),
             u"{\"count\":4,\"first\":[{\"with_plus\":\"+447911123456\",\"written\":\"447911123456\"},"
             "{\"with_plus\":\"+4915123456789\",\"written\":\"4915123456789\"},"
             "{\"with_plus\":\"+4930123456\",\"written\":\"4930123456\"}],\"region\":\"US\"}"_qs);
    QVERIFY(TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole)).endsWith(u'\n' + note));
}

void tst_SpreadsheetCopies::idsExcelRoundedJoinNothing()
{
    // Call records saved from Excel: two calls whose ids share their first six digits are both
    // "1.23457E+17". Read as ids, the second call was taken for a leg of the first, and was no
    // event. Rounded ids now join nothing (said so); an id Excel wrote with all its digits
    // ("1.2345678901234E+13"), or a column read as decimals wrote back ("4711000.0"), still joins
    // the legs of its call.
    const QString csv = writeFile(
        u"calls-rounded.csv"_qs, "Call ID,Start Time (UTC),Originating Number,Terminating Number,Call Type\n"
                                       "1.23457E+17,2016-09-02 08:31:00,+12025550143,+13125550147,Voice\n"
                                       "1.23457E+17,2016-09-02 09:40:00,+16175550199,+12025550143,Voice\n"
                                       "1.2345678901234E+13,2016-09-03 12:00:00,+16175550199,+12025550143,Voice\n"
                                       "12345678901234,2016-09-03 12:00:01,+16175550199,+12025550143,Voice\n"
                                       "4711000.0,2016-09-04 10:00:00,+16175550199,+12025550143,Voice\n"
                                       "4711000,2016-09-04 10:00:01,+16175550199,+12025550143,Voice\n");
    ImportParams params;
    params.files = {csv};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate}), (QList<int>{6, 4, 2}));
    QCOMPARE(file.warnings,
             QStringList{u"2 call id(s) were saved in scientific notation, their last digits rounded away (as "
                         "\"1.23457E+17\" on line 2, as Excel writes long numbers): rounded, an id could be another "
                         "call's, so no rows were joined as legs of one call by them"_qs});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT line FROM events ORDER BY line"_qs),
             (QStringList{u"2"_qs, u"3"_qs, u"4"_qs, u"6"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT o.line, e.line, o.kind FROM event_occurrences o JOIN events e ON e.id = o.event_id"
                                   " ORDER BY o.line"_qs),
             (QStringList{u"5|4|call-leg"_qs, u"7|6|call-leg"_qs}));
    QCOMPARE(TestSupport::scalar(db, u"SELECT json_extract(metadata, '$.ids_rounded') FROM sources"_qs).toString(),
             u"{\"call_id\":{\"count\":2,\"first_line\":2,\"first_text\":\"1.23457E+17\"}}"_qs);
    QVERIFY(TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole)).endsWith(u'\n' + file.warnings.first()));

    // An IDS log's rounded record ids are said too; the records are read, their key as written.
    ImportParams ids;
    ids.timeZone = QStringLiteral("UTC");
    ids.files = {writeFile(u"ids-rounded.csv"_qs,
                           "Record ID,Timestamp,Source Handle,Lookup Handle,Client IP\n"
                                        "7,2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14\n"
                                        "9.87654E+18,2016-09-02 18:22:06,+12025550143,+13125550147,198.51.100.14\n")};
    const auto lookups = import(ids);
    QVERIFY2(lookups.result.allOk(), qPrintable(lookups.result.files.value(0).error));
    QCOMPARE(lookups.result.files.first().accepted, 2);
    QCOMPARE(lookups.result.files.first().warnings,
             QStringList{u"1 record id(s) were saved in scientific notation, their last digits rounded away (as "
                         "\"9.87654E+18\" on line 3, as Excel writes long numbers): the same records from the file as "
                         "delivered carry their whole ids, and would not be recognised as the same"_qs});
}

void tst_SpreadsheetCopies::valuesWrittenWithExcelsApostropheAreReadWithoutIt()
{
    // An export that writes Excel's apostrophe before every value, to keep each as typed: every
    // row was rejected for its time. Times, addresses and counts are read without it, and said;
    // a party's is left to the handle rules (before a number it goes, before a name it stays).
    const QString csv = writeFile(u"apostrophes.csv"_qs, "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                                         "'2016-09-02 18:22:05,'+12025550143,'+13125550147,'198.51.100.14,'2\n"
                                                         "2016-09-02 18:22:06,+12025550143,+13125550147,198.51.100.14,1\n"
                                                         "2016-09-02 18:22:07, '+12025550143,'sam,198.51.100.14,' 3\n");
    ImportParams params;
    params.files = {csv};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT e.line, e.time_raw, e.utc_ms, c.normalized, e.client_ip, e.device_count"
                                   " FROM events e JOIN handles c ON c.id = e.counterpart_id ORDER BY e.line"_qs),
             (QStringList{u"2|2016-09-02 18:22:05|1472840525000|+13125550147|198.51.100.14|2"_qs,
                          u"3|2016-09-02 18:22:06|1472840526000|+13125550147|198.51.100.14|1"_qs,
                          u"4|2016-09-02 18:22:07|1472840527000|'sam|198.51.100.14|3"_qs}));
    const QString note = u"2 line(s) write values with the apostrophe Excel puts before a cell's text to keep it as typed "
                         "(as '2016-09-12 14:03:07) or between two of them (as '15/04/2026'), read without them: 2, 4"_qs;
    QVERIFY2(imported.result.files.first().warnings.contains(note), qPrintable(imported.result.files.first().warnings.join(u'\n')));
    QCOMPARE(TestSupport::jsonObject(db, u"SELECT metadata FROM sources"_qs).value(u"excel_text_apostrophes"_qs).toArray(),
             (QJsonArray{QJsonArray{2, 2}, QJsonArray{4, 4}}));
    QVERIFY(TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole)).contains(note));
}

void tst_SpreadsheetCopies::timesSavedAsNumbersRoundedByTheirFormatAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("events");   // line, time as written, UTC ms
    QTest::addColumn<QStringList>("rejected"); // line: reason
    const QString saveIt = u"save the column with a date and time format from the file as delivered"_qs;
    const QString roundedBy = u"may have been rounded: the file's times were rounded by a worksheet's number format "
                              "(\"42615.766\" gives its time of day to 86.4 s only), and this one has no more digits "
                              "than a rounded one; "_qs + saveIt;
    // Line 3 shows the column rounded, so lines 4 and 5, whole seconds with as few digits, are
    // not known to be exact; lines 2 and 6 have the digits Excel writes.
    QTest::newRow("one time shows it") << dataPath(u"ids/ids-serial-times-rounded.csv"_qs)
                                       << QStringList{u"2|42615.76533564815|1472840525000"_qs,
                                                      u"6|42615.7657523148|1472840561000"_qs}
                                       << QStringList{u"3: timestamp \"42615.766\" gives its time of day to 86.4 s only (3 "
                                                      "decimal(s) of a day), as a worksheet's number format rounded it: "_qs
                                                          + saveIt,
                                                      u"4: timestamp \"42615.5\" "_qs + roundedBy,
                                                      u"5: timestamp \"42615.765\" "_qs + roundedBy};
    // Two decimals of a day are 864 s: every time a whole second, none with Excel's digits.
    const QString everyTime = u"may have been rounded: no time of the file has the digits Excel writes (at most 2 "
                              "decimal(s) of a day: to 864 s), as when a worksheet's number format rounds them; "_qs + saveIt;
    QTest::newRow("every time short") << dataPath(u"ids/ids-serial-times-two-decimals.csv"_qs) << QStringList{}
                                      << QStringList{u"2: timestamp \"42615.77\" "_qs + everyTime,
                                                     u"3: timestamp \"42615.81\" "_qs + everyTime,
                                                     u"4: timestamp \"42616.25\" "_qs + everyTime};
    // Noon is "42615.5" as Excel writes it whole: beside times with every digit, it is read.
    QTest::newRow("noon among whole times")
        << writeFile(u"noon.csv"_qs, "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                     "42615.76533564815,+12025550143,+13125550147,198.51.100.14,2\n"
                                     "42615.5,+12025550143,+13125550147,198.51.100.14,1\n")
        << QStringList{u"2|42615.76533564815|1472840525000"_qs, u"3|42615.5|1472817600000"_qs} << QStringList{};
}

void tst_SpreadsheetCopies::timesSavedAsNumbersRoundedByTheirFormatAreRefused()
{
    // A worksheet's number format rounds the day counts it saves ("0.00": to 864 s), and a time
    // so rounded may still fall on a whole second: the file's other times tell it, and no time
    // is stored to a second the file does not give.
    QFETCH(QString, file);
    QFETCH(QStringList, events);
    QFETCH(QStringList, rejected);
    ImportParams params;
    params.files = {file};
    params.timestampFormat = u"excel"_qs;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, time_raw, utc_ms FROM events ORDER BY line"_qs), events);
    QStringList reasons;
    for (const RejectedRow &row : imported.result.files.first().rejectedRows)
        reasons.append(u"%1: %2"_qs.arg(row.line).arg(row.reason));
    QCOMPARE(reasons, rejected);
    // The same refused in a dry run of its first rows (the import dialog's), as the file is read whole first.
    params.dryRun = true;
    params.stopAfterRows = 3; // lines 2 to 4
    const ImportResult preview = ImportJob::run(params);
    QStringList previewed;
    for (const RejectedRow &row : preview.files.first().rejectedRows)
        previewed.append(u"%1: %2"_qs.arg(row.line).arg(row.reason));
    QCOMPARE(previewed, rejected.filter(QRegularExpression(u"^[234]: "_qs)));
}

QTEST_GUILESS_MAIN(tst_SpreadsheetCopies)
#include "tst_spreadsheetcopies.moc"

void tst_SpreadsheetCopies::valuesTheirFormatShowsAsNothingAreReadAndNamed_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("xlsx") << u"xlsx/shown-blank.xlsx"_qs;
    QTest::newRow("XML Spreadsheet") << u"xlsx/shown-blank.xml"_qs;
    QTest::newRow("xls") << u"xlsx/shown-blank.xls"_qs;
    // As LibreOffice saves it: the text a cell shows (none) apart from its value
    // (office:string-value), which was read as the empty text shown, losing every counterpart.
    QTest::newRow("ods by LibreOffice") << u"xlsx/shown-blank.ods"_qs;
}

void tst_SpreadsheetCopies::valuesTheirFormatShowsAsNothingAreReadAndNamed()
{
    // The same log with its counterparts kept from the eye by their cells' format (";;;") and a
    // zero duration by a format showing zeros as nothing: Excel shows those cells blank. The
    // values are read as any other; the import, the source and each event's provenance say which.
    QFETCH(QString, file);
    const auto imported = importFixture(file, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &result = imported.result.files.first();
    const QString counterparts = u"C (\"Terminating Number\", read as the counterpart)"_qs;
    const QString duration = u"E (\"Duration (s)\", read as the duration)"_qs;
    QCOMPARE(result.notes, QStringList{u"cells of 2 column(s) hold values their number format shows as nothing (as "
                                       "\";;;\" does), shown blank by the spreadsheet program; they are in the file and "
                                       "were read: %1 in 3 row(s): 2–4; %2 in 1 row(s): 4"_qs.arg(counterparts, duration)});
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT json_extract(metadata, '$.values_shown_blank') FROM sources"_qs),
             QStringList{u"[{\"column\":\"C\",\"fields\":[\"counterpart\"],\"header\":\"Terminating Number\",\"rows\":[[2,4]]},"
                         "{\"column\":\"E\",\"fields\":[\"duration\"],\"header\":\"Duration (s)\",\"rows\":[[4,4]]}]"_qs});
    QCOMPARE(TestSupport::rows(db, u"SELECT line, counterpart_raw, duration_s, json_extract(extra, '$.Notes') FROM events"
                                   " ORDER BY line"_qs),
             (QStringList{u"2|+12025550143|61|first"_qs, u"3|+12025550100|62|NULL"_qs, u"4|+12025550147|0|third"_qs}));
    QCOMPARE(eachProvenance(db, [](const EventProvenance &event) {
                 return QString(u" "_qs + SourceNoteText::hiddenColumnsText(event.valuesShownBlank));
             }),
             (QStringList{u"2 "_qs + counterparts, u"3 "_qs + counterparts, u"4 "_qs + counterparts + u", "_qs + duration}));
    const QString tooltip = TestSupport::shownText(SourceListModel(db).index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(tooltip.contains(u"\ncells of 2 column(s) hold values their number format shows as nothing"_qs), qPrintable(tooltip));
}

void tst_SpreadsheetCopies::timesAreReadToTheMillisecondAndPastADay_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("durations"); // rows 3 and 4's, as read
    const QStringList written{u"1:02:05.500"_qs, u"25:00:05"_qs};
    QTest::newRow("xlsx") << u"xlsx/fine-times.xlsx"_qs << written;
    QTest::newRow("XML Spreadsheet") << u"xlsx/fine-times.xml"_qs << written;
    QTest::newRow("xls") << u"xlsx/fine-times.xls"_qs << written;
    QTest::newRow("xls by LibreOffice") << u"xlsx/fine-times-libreoffice.xls"_qs << written;
    QTest::newRow("ods by LibreOffice") << u"xlsx/fine-times.ods"_qs << QStringList{u"1:02:05.5"_qs, u"25:00:05"_qs};
}

void tst_SpreadsheetCopies::timesAreReadToTheMillisecondAndPastADay()
{
    // A start time with milliseconds, a duration of 1:02:05.5 in a clock format, one of 25:00:05
    // in an elapsed format ("[h]:mm:ss"), a start time in a clock format hiding its date and one
    // in a date format hiding its time of day. FreeXL wrote the .xls's to the second, 01:00:05
    // for the 25 hours, and the last two without their date or time of day (rejected); the XML
    // Spreadsheet's durations, written as DateTimes from Excel's day 0, were refused; the .ods's
    // clock over a moment, as hours since day 0, too.
    QFETCH(QString, file);
    QFETCH(QStringList, durations);
    const auto imported = importFixture(file, QString());
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const QSqlDatabase db = imported.db->db();
    QCOMPARE(TestSupport::rows(db, u"SELECT rows_read, rows_accepted FROM sources"_qs), QStringList{u"5|5"_qs});
    QCOMPARE(TestSupport::rows(db, u"SELECT line, utc_ms, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"2|1473688987250|65"_qs, u"3|1473689400000|3725.5"_qs, u"4|1473690000000|90005"_qs,
                          u"5|1473690600500|12"_qs, u"6|1473691200750|NULL"_qs}));
    QStringList read;
    for (const QString &raw : TestSupport::rows(db, u"SELECT raw FROM events WHERE line IN (3, 4) ORDER BY line"_qs))
        read.append(raw.section(u'\t', 4, 4));
    QCOMPARE(read, durations);
}
