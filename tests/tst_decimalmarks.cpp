#include "casequeries.h"
#include "importsuite.h"
#include "sourcelistmodel.h"
#include "tableformat.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>

/// A duration's decimal mark: "1.234" is 1234 seconds where a dot separates thousands and 1.234
/// where it is a decimal point. The file's own durations settle which, or the analyst declares it;
/// it is never guessed.
namespace {

const QByteArray Header = "Start Time;Calling Number;Called Number;Duration\n";

QByteArray callsLasting(const QList<const char *> &durations)
{
    QByteArray text = Header;
    int minute = 3;
    for (const char *duration : durations)
        text += QByteArray("2016-09-12 14:") + QByteArray::number(minute++).rightJustified(2, '0')
                + ":07;+12025550143;+13125550147;" + duration + '\n';
    return text;
}

} // namespace

class tst_DecimalMarks : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void aDecimalCommaSettlesTheColumn();
    void aLaterValueSettlesDotsAsThousands();
    void aColumnThatSettlesNothingIsAskedFor();
    void aColumnWrittenBothWaysIsAskedFor();
    void theDeclaredMarkReadsTheColumn();
    void aFailedImportLeavesTheCaseAsItWas();
    void thePreviewSettlesAndAsksAlike();
    void aWorkbooksNumbersAreReadWithAPoint();
    void aColumnMappingDeclaresTheMark();
    void theDayOrderAndTheMarkAreBothSettled();

private:
    static QStringList durations(QSqlDatabase db)
    {
        return TestSupport::rows(db, QStringLiteral("SELECT line, duration_s FROM events ORDER BY line"));
    }
    static QJsonObject markRead(QSqlDatabase db)
    {
        return CaseQueries(db).sources().first().metadata.value(u"duration_decimal_mark"_qs).toObject();
    }
};

void tst_DecimalMarks::aDecimalCommaSettlesTheColumn()
{
    // European exports write "65,5": "1,234" is then 1.234 s. It was refused as either before.
    const auto imported = importUtc(u"eu.csv"_qs, callsLasting({"65,5", "1,234", "0:01:05,250", "1,2,3"}));
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(durations(imported.db->db()), (QStringList{u"2|65.5"_qs, u"3|1.234"_qs, u"4|65.25"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY id"_qs),
             (QStringList{u"5|the duration \"1,2,3\" is not a number of seconds or h:mm:ss"_qs}));
    const QJsonObject expected{{u"mark"_qs, u"comma"_qs},      {u"from"_qs, u"settled from the data"_qs},
                               {u"rows"_qs, 1},                {u"first_line"_qs, 3},
                               {u"first"_qs, u"1,234"_qs},      {u"settled_line"_qs, 2},
                               {u"settled_text"_qs, u"65,5"_qs}};
    QCOMPARE(markRead(imported.db->db()), expected);
    QCOMPARE(imported.result.files.first().decimalMark, expected);
    const QString note = u"1 duration(s) that read differently by the decimal mark were read with a decimal comma "
                         "(\"1,234\" on line 3 as 1.234), as line 2's \"65,5\" settles"_qs;
    QVERIFY(imported.result.files.first().notes.contains(note));
    QVERIFY(SourceListModel::notes(CaseQueries(imported.db->db()).sources().first()).contains(note));
}

void tst_DecimalMarks::aLaterValueSettlesDotsAsThousands()
{
    // A German export groups thousands with a dot: "1.234" was read as 1.234 s, a 20-minute call
    // as one second. Line 5's "2.001,5" settles it, read after the line that needs it.
    const auto imported = importUtc(u"de.csv"_qs, callsLasting({"45", "1.234", "12", "2.001,5", "3.600"}));
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(durations(imported.db->db()),
             (QStringList{u"2|45"_qs, u"3|1234"_qs, u"4|12"_qs, u"5|2001.5"_qs, u"6|3600"_qs}));
    const QJsonObject read = markRead(imported.db->db());
    QCOMPARE(read.value(u"rows"_qs).toInt(), 2);
    QCOMPARE(read.value(u"first"_qs).toString(), u"1.234"_qs);
    QCOMPARE(read.value(u"settled_line"_qs).toInt(), 5);
    QVERIFY(SourceListModel::notes(CaseQueries(imported.db->db()).sources().first())
                .contains(u"2 duration(s) that read differently by the decimal mark were read with a decimal comma "
                          "(\"1.234\" on line 3 as 1234), as line 5's \"2.001,5\" settles"_qs));
}

void tst_DecimalMarks::aColumnThatSettlesNothingIsAskedFor()
{
    const auto refused = importUtc(u"unsettled.csv"_qs, callsLasting({"45", "1.234", "12"}));
    const FileImportResult &file = refused.result.files.first();
    QVERIFY(!file.ok);
    QVERIFY(file.needsDecimalMark);
    QVERIFY(!file.needsDateOrder);
    QCOMPARE(file.error, file.path + u":3: the duration \"1.234\" can be read as 1234 (the dot separating thousands) or "
                                      "as 1.234 (a decimal point), and no duration in the file settles which; declare "
                                      "the decimal mark (--decimal-mark point or comma)"_qs);
    QVERIFY(!refused.db); // the new case is not made (one that was is kept as it was: below)
}

void tst_DecimalMarks::aColumnWrittenBothWaysIsAskedFor()
{
    // "12,5" and "12.5" in one column: which of them writes "1.234" is not for the file to say.
    const auto refused = importUtc(u"mixed.csv"_qs, callsLasting({"12,5", "1.234", "12.5"}));
    QVERIFY(refused.result.files.first().needsDecimalMark);
    QVERIFY(refused.result.files.first().error.contains(u":3: the duration \"1.234\""_qs));
}

void tst_DecimalMarks::theDeclaredMarkReadsTheColumn()
{
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(u"declared.csv"_qs, callsLasting({"45", "1.234", "12", "12,5"}))};
    params.decimalMark = DecimalMark::Comma;
    const auto comma = import(params);
    QVERIFY2(comma.result.allOk(), qPrintable(comma.result.files.value(0).error));
    QCOMPARE(durations(comma.db->db()), (QStringList{u"2|45"_qs, u"3|1234"_qs, u"4|12"_qs, u"5|12.5"_qs}));
    QCOMPARE(markRead(comma.db->db()), (QJsonObject{{u"mark"_qs, u"comma"_qs},
                                                    {u"from"_qs, u"declared by analyst"_qs},
                                                    {u"rows"_qs, 1},
                                                    {u"first_line"_qs, 3},
                                                    {u"first"_qs, u"1.234"_qs}}));
    QVERIFY(SourceListModel::notes(CaseQueries(comma.db->db()).sources().first())
                .contains(u"1 duration(s) that read differently by the decimal mark were read with a decimal comma "
                          "(\"1.234\" on line 3 as 1234), as the analyst declared"_qs));
    // Declared, it decides over what the data would settle: "12,5" is read its own way.
    params.decimalMark = DecimalMark::Point;
    const auto point = import(params);
    QVERIFY(point.result.allOk());
    QCOMPARE(durations(point.db->db()), (QStringList{u"2|45"_qs, u"3|1.234"_qs, u"4|12"_qs, u"5|12.5"_qs}));
    QCOMPARE(markRead(point.db->db()).value(u"mark"_qs).toString(), u"point"_qs);
    // A file no duration of which the mark decides keeps no word of it.
    params.files = {writeFile(u"plain.csv"_qs, callsLasting({"45", "12,5"}))};
    const auto plain = import(params);
    QVERIFY(plain.result.allOk());
    QVERIFY(!CaseQueries(plain.db->db()).sources().first().metadata.contains(u"duration_decimal_mark"_qs));
    QVERIFY(plain.result.files.first().decimalMark.isEmpty());
}

void tst_DecimalMarks::aFailedImportLeavesTheCaseAsItWas()
{
    const QString casePath = m_dir.filePath(u"kept.llcase"_qs);
    ImportParams params;
    params.casePath = casePath;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(u"first.csv"_qs, callsLasting({"45", "12,5"}))};
    QVERIFY(ImportJob::run(params).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    params.files = {writeFile(u"second.csv"_qs, callsLasting({"1.234"}))};
    const ImportResult refused = ImportJob::run(params);
    QVERIFY(refused.files.first().needsDecimalMark);
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_DecimalMarks::thePreviewSettlesAndAsksAlike()
{
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.dryRun = true;
    params.casePath = m_dir.filePath(u"preview.llcase"_qs);
    params.files = {writeFile(u"settles.csv"_qs, callsLasting({"45", "1.234", "2.001,5"}))};
    const FileImportResult settled = ImportJob::run(params).files.first();
    QVERIFY(settled.ok);
    QList<double> seconds;
    for (const EventRecord &event : settled.preview)
        seconds.append(event.durationSeconds.value_or(-1));
    QCOMPARE(seconds, (QList<double>{45, 1234, 2001.5}));
    QCOMPARE(settled.decimalMark.value(u"settled_line"_qs).toInt(), 4);
    params.files = {writeFile(u"asks.csv"_qs, callsLasting({"45", "1.234"}))};
    const FileImportResult asked = ImportJob::run(params).files.first();
    QVERIFY(asked.needsDecimalMark);
    QCOMPARE(asked.rowsAsWritten.size(), 3); // the header and both records, as written
    QVERIFY(asked.preview.isEmpty()); // line 2, read before the stop, is among them, not shown twice
    QCOMPARE(asked.rowsAsWritten.at(2).raw, u"2016-09-12 14:04:07;+12025550143;+13125550147;1.234"_qs);
    QVERIFY(!QFileInfo::exists(params.casePath));
}

void tst_DecimalMarks::aWorkbooksNumbersAreReadWithAPoint()
{
    // A workbook stores 1.234 s as the number 1.234: no thousands to ask about.
    const QByteArray workbook =
        "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
        "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Calls\"><Table>"
        "<Row><Cell><Data ss:Type=\"String\">Start Time</Data></Cell><Cell><Data ss:Type=\"String\">Calling Number</Data>"
        "</Cell><Cell><Data ss:Type=\"String\">Called Number</Data></Cell><Cell><Data ss:Type=\"String\">Duration</Data>"
        "</Cell></Row><Row><Cell><Data ss:Type=\"String\">2016-09-12 14:03:07</Data></Cell><Cell><Data "
        "ss:Type=\"String\">+12025550143</Data></Cell><Cell><Data ss:Type=\"String\">+13125550147</Data></Cell>"
        "<Cell><Data ss:Type=\"Number\">1.234</Data></Cell></Row></Table></Worksheet></Workbook>";
    const auto imported = importUtc(u"calls.xml"_qs, workbook);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(durations(imported.db->db()), (QStringList{u"2|1.234"_qs}));
    QVERIFY(markRead(imported.db->db()).isEmpty());
}

void tst_DecimalMarks::aColumnMappingDeclaresTheMark()
{
    const QString profilePath = writeFile(u"mapping.json"_qs, R"({"class": "communication", "subtype": "call",
        "timezone": "UTC", "decimal_mark": "comma", "columns": {"timestamp": "Zeit", "initiator": "Von",
        "counterpart": "An", "duration": "Dauer"}})");
    ImportParams params;
    params.profilePath = profilePath;
    params.files = {writeFile(u"mapped.csv"_qs, "Zeit;Von;An;Dauer\n2016-09-12 14:03:07;+12025550143;+13125550147;1.234\n")};
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(durations(imported.db->db()), (QStringList{u"2|1234"_qs}));
    QCOMPARE(markRead(imported.db->db()).value(u"from"_qs).toString(), u"declared by profile"_qs);
    QVERIFY(SourceListModel::notes(CaseQueries(imported.db->db()).sources().first())
                .contains(u"1 duration(s) that read differently by the decimal mark were read with a decimal comma "
                          "(\"1.234\" on line 2 as 1234), as the column mapping declares"_qs));
    // Kept when the profile is saved; any other word refused, naming the two.
    QString error;
    const auto loaded = TableFormat::loadProfile(profilePath, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson().value(u"decimal_mark"_qs).toString(), u"comma"_qs);
    const QString wrong = writeFile(u"wrong.json"_qs, R"({"class": "communication", "subtype": "call", "timezone": "UTC",
        "decimal_mark": "dot", "columns": {"timestamp": "Zeit"}})");
    QVERIFY(!TableFormat::loadProfile(wrong, &error));
    QCOMPARE(error, wrong + u": unknown decimal mark \"dot\" (point or comma)"_qs);
}

void tst_DecimalMarks::theDayOrderAndTheMarkAreBothSettled()
{
    // The first reading stops at the duration, the second at the date: each settled by a later line.
    const auto imported = importUtc(u"both.csv"_qs, "Date;Time;Calling Number;Called Number;Duration\n"
                                                    "02/10/2016;14:03:07;+12025550143;+13125550147;1.234\n"
                                                    "25/10/2016;14:04:07;+12025550143;+13125550147;2,5\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-10-02T14:03:07Z +12025550143 +13125550147  1234 2"_qs,
                          u"communication call 2016-10-25T14:04:07Z +12025550143 +13125550147  2.5 3"_qs}));
    QCOMPARE(imported.result.files.first().orderSettled.line, 3);
    QCOMPARE(markRead(imported.db->db()).value(u"settled_line"_qs).toInt(), 3);
}

QTEST_GUILESS_MAIN(tst_DecimalMarks)
#include "tst_decimalmarks.moc"
