#include "archivewriter.h"
#include "casequeries.h"
#include "importfiles.h"
#include "importsuite.h"
#include "jsonrecordfields.h"
#include "jsonrecordsreader.h"
#include "sourcereading.h"
#include "statedperiod.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>
#include <QTimeZone>

#include <archive.h>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Tables written as JSON (tests/data/json): arrays of objects, JSON Lines, an object holding
/// arrays of records; exact events, lines, raw text, rejected rows and what the source keeps.
class tst_JsonTables : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void aRecordsFieldsAreItsValuesAsWritten();
    void anArrayOfObjectsIsATable();
    void aBrokenRecordIsRejectedAlone();
    void anObjectHoldingArraysGivesAPartEach();
    void anArrayDeeperInTheObjectIsFoundByItsKeys();
    void everyEncodingAndLayoutGivesTheSameEvents();
    void aFileOnOneLineIsReadWhateverItsSize();
    void theFirstReadingsSayHowFarTheyHaveGotAndStopOnCancel();
    void aRecordOverOneMebibyteIsRejectedAlone();
    void aFileCutShortSaysSo();
    void anArrayOfArraysIsReadByItsHeaderRow();
    void anArrayOfArraysIsNamedByTheListBesideIt();
    void aListOfNamesIsUsedOnlyWhereItSaysWhichArrayItNames();
    void anAnswerCountingMoreThanItHoldsSaysSo();
    void keysFittingTwoClassesAskForTheFormat();
    void aFoldersJsonIsImportedOnlyIfItHoldsRecords();
    void anArchivesJsonAndXmlAreReadForWhatTheyHold();

private:
    static QByteArray fixture(const QString &relative);
    /// Apple's lookups as @p count objects in an array on one line.
    static QByteArray oneLineOfRecords(int count);
    /// The files of a folder or archive @p expanded imported, as found there, times in UTC.
    Imported importExpanded(const ImportFiles::Expanded &expanded);
};

QByteArray tst_JsonTables::fixture(const QString &relative)
{
    QFile file(dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_JsonTables::aRecordsFieldsAreItsValuesAsWritten()
{
    // Numbers keep their digits (a double would write 5.5 and 3.1026012345678901e+20), escapes are
    // read, null is nothing, an array is its text without white space, a nested object's keys join
    // its own, MongoDB's {"$date": …} is its value.
    const auto fields = JsonRecordFields::read(
        uR"({"n": 5.50, "imsi": 310260123456789012345, "e": "Jos\u00e9 \ud83d\ude00 \"q\" \/", "none": null,
            "ok": true, "list": [1, "a b", {"x": 2}], "cell": {"id": "310-260", "geo": {"lat": 38.9}},
            "at": {"$date": {"$numberLong": "1473688987000"}}, "empty": {}})"_qs);
    QVERIFY2(fields.error.isEmpty(), qPrintable(fields.error));
    QVERIFY(fields.isObject);
    QCOMPARE(fields.keys,
             (QStringList{u"n"_qs, u"imsi"_qs, u"e"_qs, u"none"_qs, u"ok"_qs, u"list"_qs,
                          u"cell.id"_qs, u"cell.geo.lat"_qs, u"at"_qs, u"empty"_qs}));
    QCOMPARE(fields.values,
             (QStringList{u"5.50"_qs, u"310260123456789012345"_qs, u"José 😀 \"q\" /"_qs, QString(),
                          u"true"_qs, u"[1,\"a b\",{\"x\":2}]"_qs, u"310-260"_qs, u"38.9"_qs,
                          u"1473688987000"_qs, u"{}"_qs}));

    // An array's values are cells in order.
    const auto array = JsonRecordFields::read(u"[ \"2016-09-02 18:22:05\", 2025550100, null ]"_qs);
    QVERIFY(!array.isObject);
    QCOMPARE(array.values, (QStringList{u"2016-09-02 18:22:05"_qs, u"2025550100"_qs, QString()}));

    // A key twice, and text that is no JSON, are errors naming why.
    QCOMPARE(JsonRecordFields::read(u"{\"a\": 1, \"a\": 2}"_qs).error,
             u"the key \"a\" is written twice in the record"_qs);
    QCOMPARE(
        JsonRecordFields::read(u"{\"a\": 1,\n \"b\": }"_qs).error,
        u"not JSON: object is missing after a comma (line 2 of the record, character 17 of it)"_qs);
}

void tst_JsonTables::anArrayOfObjectsIsATable()
{
    // Recognised by its keys as Apple's IDS log; each object one row at the line it begins on, its
    // raw text as written (several lines for the first); a nested object's keys and a note kept
    // in extra, a key a record lacks left out of its extra; three records rejected with why.
    const auto imported = importFixture(u"json/ids-lookups.json"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.format, u"apple-ids"_qs);
    QVERIFY2(file.recognition.endsWith(
                 u": the keys of its records (the first's at line 2) have \"Client IP\", \"Lookup "
                 "Devices\", \"Lookup Handle\", \"Source Handle\", \"Timestamp\""_qs),
             qPrintable(file.recognition));
    QCOMPARE(accounting(file), (QList<int>{6, 3, 0, 3}));
    QCOMPARE(
        events(imported.db->db()),
        (QStringList{
            u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs,
            u"lookup imessage-query 2016-09-02T18:22:41Z +12025550143 dana.reyes@example.com 198.51.100.14  10"_qs,
            u"lookup imessage-query 2016-09-04T10:00:00Z +12025550143 josé@example.com 2001:db8::7  13"_qs}));
    QCOMPARE(
        TestSupport::rows(
            imported.db->db(),
            u"SELECT line, coalesce(device_count, 'none'), extra FROM events ORDER BY line"_qs),
        (QStringList{u"2|2|{\"device.model\":\"iPhone8,1\",\"device.os\":\"iOS 9.3\"}"_qs,
                     u"10|1|{}"_qs,
                     u"13|none|{\"note\":\"brackets } ] and a quote \\\" in a string\"}"_qs}));
    QCOMPARE(
        scalar(imported.db->db(), u"SELECT raw FROM events WHERE line = 2"_qs).toString(),
        u"{\n    \"Timestamp\": \"2016-09-02 18:22:05\",\n    \"Source Handle\": "
        u"\"+12025550143\",\n"
        "    \"Lookup Handle\": \"tel:+13125550147\",\n    \"Client IP\": \"198.51.100.14\",\n"
        "    \"Lookup Devices\": 2,\n    \"device\": {\"os\": \"iOS 9.3\", \"model\": \"iPhone8,1\"}\n  }"_qs);
    QCOMPARE(
        TestSupport::rows(imported.db->db(),
                          u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
        (QStringList{
            u"11|not JSON: unterminated object (line 1 of the record, character 158 of it)"_qs,
            u"12|a value that is no record (neither an object nor an array): \"2016-09-03 07:05:00\""_qs,
            u"14|the key \"Source Handle\" is written twice in the record"_qs}));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"reader"_qs).toString(), u"json"_qs);
    QCOMPARE(source.metadata.value(u"json_layout"_qs).toString(), u"array"_qs);
    QCOMPARE(
        source.metadata.value(u"header"_qs).toArray().toVariantList(),
        (QVariantList{u"Timestamp"_qs, u"Source Handle"_qs, u"Lookup Handle"_qs, u"Client IP"_qs,
                      u"Lookup Devices"_qs, u"device.os"_qs, u"device.model"_qs, u"note"_qs}));
    QCOMPARE(
        file.warnings.first(),
        u"the file is JSON, an array of records: each object was read as a row, its line the line "
        u"it begins on, its "
        "keys the columns (8 column(s), a nested object's keys joined to its own by a dot)"_qs);

    // The dry run shows the rows as they will be stored, and writes nothing.
    ImportParams params;
    params.timeZone = u"UTC"_qs;
    params.dryRun = true;
    params.files = {dataPath(u"json/ids-lookups.json"_qs)};
    const auto dry = import(params);
    QCOMPARE(accounting(dry.result.files.first()), (QList<int>{6, 3, 0, 3}));
    QVERIFY(!dry.db); // no case was even created
    QCOMPARE(dry.result.files.first().preview.value(1).line, 10);
    QCOMPARE(dry.result.files.first().preview.value(1).counterpartRaw,
             u"mailto:Dana.Reyes@example.com"_qs);
}

void tst_JsonTables::aBrokenRecordIsRejectedAlone()
{
    // A record a line: the third's string runs to its line's end and is rejected alone; the
    // records after it are read. Numbers as the file writes them: the caller's number, a
    // duration of 125.50, an IMSI of 21 digits no double holds.
    ImportParams params;
    params.files = {dataPath(u"json/calls.jsonl"_qs)};
    params.profilePath = dataPath(u"json/calls-profile.json"_qs);
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{6, 4, 0, 2}));
    QCOMPARE(events(imported.db->db()),
             (QStringList{
                 u"communication call 2016-09-12T14:03:07Z +12025550100 +12025550143  65 1"_qs,
                 u"communication sms 2016-09-12T14:10:00Z +12025550143 +12025550100  0 2"_qs,
                 u"communication call 2016-09-13T09:00:00Z +12025550100 +13125550147  125.5 4"_qs,
                 u"communication call 2016-09-13T09:30:00Z +12025550100 +13125550147  30 6"_qs}));
    QCOMPARE(
        TestSupport::rows(imported.db->db(), u"SELECT line, extra FROM events ORDER BY line"_qs),
        (QStringList{
            u"1|{\"cell.id\":\"310-260-1234\",\"cell.sector\":\"2\",\"service\":\"Voice\"}"_qs,
            u"2|{\"service\":\"SMS\"}"_qs, u"4|{\"service\":\"Voice\"}"_qs,
            u"6|{\"imsi\":\"310260123456789012345\",\"service\":\"Voice\"}"_qs}));
    QCOMPARE(
        TestSupport::rows(imported.db->db(),
                          u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
        (QStringList{
            u"3|the line ends inside its record: a string or a bracket of it is not closed"_qs,
            u"5|a value that is no record (neither an object nor an array): \"not json at all\""_qs}));
    QCOMPARE(CaseQueries(imported.db->db())
                 .sources()
                 .first()
                 .metadata.value(u"json_layout"_qs)
                 .toString(),
             u"lines"_qs);

    // Broken in its first line too: no string holds a line end, so the record ends with it.
    params.files = {
        writeFile(u"first-broken.jsonl"_qs,
                  "{\"start\":\"2016-09-12 14:12:00\",\"caller\":2025550100,\"seconds\":\"12\n" +
                      fixture(u"json/calls.jsonl"_qs))};
    const auto first = import(params);
    QCOMPARE(accounting(first.result.files.first()), (QList<int>{7, 4, 0, 3}));
    QCOMPARE(
        scalar(first.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 1"_qs).toString(),
        u"the line ends inside its record: a string or a bracket of it is not closed"_qs);

    // In an array written over several lines, a string left open rejects its record alone: the
    // record goes on to its closing bracket, and those after it are read.
    QByteArray open = fixture(u"json/ids-lookups.json"_qs);
    open.replace("\"Client IP\": \"198.51.100.14\",\n", "\"Client IP\": \"198.51.100.14,\n");
    const auto pretty = importUtc(u"open-string.json"_qs, open);
    QCOMPARE(accounting(pretty.result.files.first()), (QList<int>{6, 2, 0, 4}));
    QCOMPARE(
        scalar(pretty.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 2"_qs).toString(),
        u"a string is not closed before its line ends (line 6)"_qs);
    QCOMPARE(TestSupport::rows(pretty.db->db(), u"SELECT line FROM events ORDER BY line"_qs),
             (QStringList{u"10"_qs, u"13"_qs}));
}

void tst_JsonTables::anObjectHoldingArraysGivesAPartEach()
{
    // A return as one object: its array of lookups read by their keys, each at its own line; the
    // other members the metadata block, its period read from it; the array of devices, no
    // format's, named as not imported.
    const auto imported = importFixture(u"json/return-object.json"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{2, 2, 0, 0}));
    QCOMPARE(
        events(imported.db->db()),
        (QStringList{
            u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  6"_qs,
            u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  7"_qs}));
    const QJsonObject meta = CaseQueries(imported.db->db()).sources().first().metadata;
    QCOMPARE(meta.value(u"json_layout"_qs).toString(), u"object"_qs);
    QCOMPARE(meta.value(u"json_records_key"_qs).toString(), u"lookups"_qs);
    QCOMPARE(meta.value(u"metadata_line_numbers"_qs).toArray().toVariantList(),
             (QVariantList{2, 3, 4, 12}));
    QCOMPARE(
        meta.value(u"metadata_lines"_qs).toArray().first().toString(),
        u"\"request\": {\"account\": \"+12025550143\", \"generated\": \"2016-10-02T08:00:00Z\"}"_qs);
    // Its header is the records' keys, no row of the file: said so, with the first record's line.
    QVERIFY2(file.recognition.contains(
                 u"Apple IDS capability-query log: the keys of the records of the array \"lookups\" "
                 "(the first's at line 6) have \"Client IP\", \"Lookup Devices\", \"Lookup Handle\", "
                 "\"Source Handle\", \"Timestamp\""_qs),
             qPrintable(file.recognition));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QVERIFY2(StatedPeriod::describe(source).join(u'\n').contains(
                 u"It states the period it covers on line 4 (“\"Period\": \"2016-08-28 through "
                 u"2016-09-21\"”): "
                 "2016-08-28 to 2016-09-21"_qs),
             qPrintable(StatedPeriod::describe(source).join(u'\n')));
    const QStringList reading = SourceReading::lines(source);
    QVERIFY(reading.contains(u"The array of records read: \"lookups\""_qs));
    QVERIFY(reading.contains(u"The keys the columns were found by, the first object's at line 6: "
                             u"\"Timestamp\", \"Source "
                             "Handle\", \"Lookup Handle\", \"Client IP\", \"Lookup Devices\""_qs));
    QVERIFY2(
        reading.contains(
            u"Beside the records, 4 member(s) of the object holding them, kept with the source:"_qs),
        qPrintable(reading.join(u'\n')));
    QVERIFY2(file.warnings.contains(
                 u"the array \"devices\" of the file's records (1 object(s)) was not imported: no "
                 "format's columns, nor the mapping's, were recognised among its keys"_qs),
             qPrintable(file.warnings.join(u'\n')));

    // Two arrays a format reads are two sources of the file, one per array.
    QByteArray two = fixture(u"json/return-object.json"_qs);
    two.replace("\"devices\": [\n    {\"serial\": \"F2LQ1234\", \"model\": \"iPhone8,1\"}\n  ]",
                "\"later\": [\n    {\"Timestamp\": \"2016-09-04 09:00:00\", \"Source Handle\": "
                "\"+12025550143\", "
                "\"Lookup Handle\": \"+12015550123\", \"Client IP\": \"198.51.100.14\", \"Lookup "
                "Devices\": 1}\n  ]");
    const auto both = importUtc(u"two-arrays.json"_qs, two);
    QVERIFY2(both.result.allOk(), qPrintable(both.result.files.value(0).error));
    QCOMPARE(both.result.files.first().parts.size(), 2);
    QCOMPARE(TestSupport::rows(
                 both.db->db(),
                 u"SELECT s.part, e.line FROM events e JOIN sources s ON s.id = e.source_id"
                 " ORDER BY e.line"_qs),
             (QStringList{u"lookups|6"_qs, u"lookups|7"_qs, u"later|10"_qs}));
    QVERIFY2(both.result.files.first().recognition.endsWith(u"(array(s) “later”)"_qs),
             qPrintable(both.result.files.first().recognition));
    const auto later =
        CaseQueries(both.db->db())
            .provenance(
                scalar(both.db->db(), u"SELECT id FROM events WHERE line = 10"_qs).toLongLong());
    QVERIFY(later && later->sourceIsJson);
    QCOMPARE(later->sourceWorksheet, u"later"_qs);
}

void tst_JsonTables::anArrayDeeperInTheObjectIsFoundByItsKeys()
{
    // A search server's answer: the records under "response" → "docs", named by their path of
    // keys; the members beside them each a metadata row at its own line, its key joined to the
    // object's (the period read from one); an object holding no records kept whole.
    const auto imported = importFixture(u"json/search-response.json"_qs);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(accounting(imported.result.files.first()), (QList<int>{2, 2, 0, 0}));
    QCOMPARE(
        events(imported.db->db()),
        (QStringList{
            u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  8"_qs,
            u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  9"_qs}));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"json_records_key"_qs).toString(), u"response.docs"_qs);
    QCOMPARE(source.metadata.value(u"metadata_line_numbers"_qs).toArray().toVariantList(),
             (QVariantList{2, 4, 5, 6, 12}));
    QCOMPARE(source.metadata.value(u"metadata_lines"_qs).toArray().toVariantList(),
             (QVariantList{
                 u"\"responseHeader\": {\"status\": 0, \"QTime\": 3, \"params\": {\"q\": "
                 "\"handle:\\\"+12025550143\\\"\"}}"_qs,
                 u"\"numFound\": 2"_qs, u"\"start\": 0"_qs,
                 u"\"Period\": \"2016-08-28 through 2016-09-21\""_qs,
                 u"\"facets\": {\"count\": 2}"_qs}));
    QVERIFY2(StatedPeriod::describe(source).join(u'\n').contains(u"on line 6"_qs),
             qPrintable(StatedPeriod::describe(source).join(u'\n')));
    QVERIFY(SourceReading::lines(source).contains(u"The array of records read: \"response.docs\""_qs));

    // The metadata rows as the import dialog shows them: a nested member's key joined to its
    // object's.
    QString error;
    auto reader = TableReader::open(dataPath(u"json/search-response.json"_qs), &error);
    QVERIFY2(reader, qPrintable(error));
    TableRow row;
    QStringList rows;
    while (reader->next(row) && rows.size() < 4)
        rows << QString::number(row.line) + u' ' + row.cells.join(u'|');
    QCOMPARE(rows, (QStringList{u"2 responseHeader.status|0|responseHeader.QTime|3|"
                                "responseHeader.params.q|handle:\"+12025550143\""_qs,
                                u"4 response.numFound|2"_qs, u"5 response.start|0"_qs,
                                u"6 response.Period|2016-08-28 through 2016-09-21"_qs}));

    // A search engine's hits, each record's fields under "_source", read through a mapping of
    // their joined keys; an array of objects as deep as six keys is found, one deeper is not.
    const QString profile = writeFile(
        u"hits-profile.json"_qs,
        R"({"class": "lookup", "subtype": "imessage-query", "timezone": "UTC", "columns":
            {"timestamp": "_source.at", "initiator": "_source.from", "counterpart": "_source.to"}})");
    ImportParams params;
    params.files = {writeFile(
        u"hits.json"_qs,
        "{\"took\": 4, \"hits\": {\"total\": {\"value\": 1}, \"hits\": [\n"
        "  {\"_id\": \"a1\", \"_source\": {\"at\": \"2016-09-04 09:00:00\", \"from\": "
        "\"+12025550143\", \"to\": \"+12015550123\"}}\n]}}\n")};
    params.profilePath = profile;
    const auto hits = import(params);
    QVERIFY2(hits.result.allOk(), qPrintable(hits.result.files.value(0).error));
    QCOMPARE(events(hits.db->db()),
             QStringList{u"lookup imessage-query 2016-09-04T09:00:00Z +12025550143 +12015550123   2"_qs});
    QCOMPARE(TestSupport::rows(hits.db->db(), u"SELECT extra FROM events"_qs),
             QStringList{u"{\"_id\":\"a1\"}"_qs});
    QCOMPARE(scalar(hits.db->db(),
                    u"SELECT json_extract(metadata, '$.json_records_key') FROM sources"_qs),
             QVariant(u"hits.hits"_qs));
    const QString six = writeFile(
        u"six.json"_qs, R"({"a": {"b": {"c": {"d": {"e": {"f": [{"x": 1}, {"x": 2}]}}}}}})");
    const QString seven = writeFile(
        u"seven.json"_qs, R"({"a": {"b": {"c": {"d": {"e": {"f": {"g": [{"x": 1}]}}}}}}})");
    QVERIFY(JsonRecordsReader::holdsRecords(six));
    QVERIFY(!JsonRecordsReader::holdsRecords(seven));
}

void tst_JsonTables::everyEncodingAndLayoutGivesTheSameEvents()
{
    // UTF-8 with a byte-order mark, UTF-16 either way with one or (little-endian) without, CRLF
    // and CR line ends: the same events at the same lines.
    const QByteArray utf8 = fixture(u"json/ids-lookups.json"_qs);
    const auto plain = importUtc(u"plain.json"_qs, utf8);
    const QString text = QString::fromUtf8(utf8);
    QStringEncoder le(QStringConverter::Utf16LE);
    QStringEncoder be(QStringConverter::Utf16BE);
    const QList<std::pair<QString, QByteArray>> variants{
        {u"bom.json"_qs, "\xEF\xBB\xBF" + utf8},
        {u"le.json"_qs, "\xFF\xFE" + QByteArray(le(text))},
        {u"be.json"_qs, "\xFE\xFF" + QByteArray(be(text))},
        {u"le-unmarked.json"_qs, QByteArray(le(text))},
        {u"crlf.json"_qs, QByteArray(utf8).replace("\n", "\r\n")},
        {u"cr.json"_qs, QByteArray(utf8).replace("\n", "\r")},
    };
    for (const auto &[name, bytes] : variants) {
        const auto variant = importUtc(name, bytes);
        QVERIFY2(variant.result.files.first().error.isEmpty(),
                 qPrintable(name + variant.result.files.first().error));
        QCOMPARE(events(variant.db->db()), events(plain.db->db()));
        const QString encoding = name.startsWith(u"le"_qs) ? u"UTF-16LE"_qs
                                 : name == u"be.json"_qs   ? u"UTF-16BE"_qs
                                                           : u"UTF-8"_qs;
        QCOMPARE(
            scalar(variant.db->db(), u"SELECT json_extract(metadata, '$.encoding') FROM sources"_qs)
                .toString(),
            encoding);
        QCOMPARE(
            scalar(variant.db->db(),
                   u"SELECT json_extract(metadata, '$.without_byte_order_mark') FROM sources"_qs)
                .toBool(),
            name == u"le-unmarked.json"_qs);
        QCOMPARE(TestSupport::rows(variant.db->db(),
                                   u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
                 TestSupport::rows(plain.db->db(),
                                   u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs));
    }

    // A line of Windows-1252 in a file of UTF-8 is read as such, and said.
    QByteArray mixed = utf8;
    mixed.replace("brackets } ]", "Gr\xFC\xDF"
                                  "e } ]");
    const auto read1252 = importUtc(u"mixed.json"_qs, mixed);
    QCOMPARE(scalar(read1252.db->db(),
                    u"SELECT json_extract(extra, '$.note') FROM events WHERE line = 13"_qs)
                 .toString(),
             u"Grüße } ] and a quote \" in a string"_qs);
    QCOMPARE(
        scalar(read1252.db->db(),
               u"SELECT json_extract(metadata, '$.lines_read_as_windows_1252') FROM sources"_qs)
            .toString(),
        u"[[13,13]]"_qs);
}

void tst_JsonTables::aFileOnOneLineIsReadWhateverItsSize()
{
    // As most programs write JSON: 12,000 records on one line of some 1.7 MB, past the 1 MiB a
    // line of a CSV may hold; every record at line 1.
    const QByteArray json = oneLineOfRecords(12000);
    QVERIFY(json.size() > 1024 * 1024);
    const auto imported = importUtc(u"one-line.json"_qs, json);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(accounting(imported.result.files.first()), (QList<int>{12000, 12000, 0, 0}));
    QCOMPARE(TestSupport::rows(imported.db->db(),
                               u"SELECT min(line), max(line), sum(device_count) FROM events"_qs),
             QStringList{u"1|1|12000"_qs});
}

void tst_JsonTables::theFirstReadingsSayHowFarTheyHaveGotAndStopOnCancel()
{
    // Before a row is read, a JSON file is read through for its layout and its keys: seconds, for
    // a large one. Each reading tells the import how far it has got at each 256 KiB, and stops
    // when the import is cancelled (it went on to the file's end before, Cancel unanswered).
    const QByteArray records = oneLineOfRecords(12000); // some 1.7 MB: 7 chunks
    const QString array = writeFile(u"watched.json"_qs, records);
    const QString object =
        writeFile(u"watched-object.json"_qs, "{\"count\": 12000, \"lookups\": " + records + "}");
    for (const QString &path : {array, object}) {
        QList<double> told;
        ReadWatch watch;
        watch.progress = [&told](double fraction) { told.append(fraction); };
        QString error;
        QVERIFY2(TableReader::open(path, &error, watch), qPrintable(error));
        // The reading of its UTF-8 (one chunk of 4 MiB), then of its keys, and for the object
        // between the two the reading of its layout: each from 0 to the end.
        QCOMPARE(told.mid(0, 2), (QList<double>{0.0, 1.0}));
        const QList<double> pass{0.0, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0};
        QCOMPARE(told.size(), path == array ? 10 : 18);
        for (qsizetype i = 2; i < told.size(); ++i)
            QVERIFY2(qAbs(told.at(i) - pass.at((i - 2) % 8)) < 0.02,
                     qPrintable(QStringLiteral("report %1: %2").arg(i).arg(told.at(i))));

        // Cancelled at its keys' first chunk (after the two asks of the UTF-8's reading): said
        // so, the file still read as JSON (not as text).
        int asked = 0;
        ReadWatch cancelling;
        cancelling.stopped = [&asked]() { return ++asked > 2; };
        QVERIFY(!TableReader::open(path, &error, cancelling));
        QCOMPARE(error, u"the file was not read: the import was cancelled"_qs);
        QCOMPARE(asked, 3);
    }
}

ImportSuite::Imported tst_JsonTables::importExpanded(const ImportFiles::Expanded &expanded)
{
    ImportParams params;
    params.timeZone = u"UTC"_qs;
    params.files = expanded.files;
    params.foundFiles = expanded.found;
    return import(params);
}

QByteArray tst_JsonTables::oneLineOfRecords(int count)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        json += (i > 0 ? "," : "") +
                QStringLiteral(
                    "{\"Timestamp\":\"2016-09-%1 10:%2:%3\",\"Source Handle\":\"+1202555%4\","
                    "\"Lookup Handle\":\"+1312555%5\",\"Client IP\":\"198.51.100.%6\",\"Lookup "
                    "Devices\":%7}")
                    .arg(1 + i % 28, 2, 10, QChar(u'0'))
                    .arg(i % 60, 2, 10, QChar(u'0'))
                    .arg(i / 60 % 60, 2, 10, QChar(u'0'))
                    .arg(i % 10000, 4, 10, QChar(u'0'))
                    .arg(i % 777, 4, 10, QChar(u'0'))
                    .arg(i % 250)
                    .arg(i % 3)
                    .toUtf8();
    }
    json += "]";
    return json;
}

void tst_JsonTables::aRecordOverOneMebibyteIsRejectedAlone()
{
    QByteArray json = fixture(u"json/calls.jsonl"_qs);
    json.replace("\"service\":\"SMS\"",
                 QByteArray("\"service\":\"" + QByteArray(1100 * 1024, 'x') + "\""));
    ImportParams params;
    params.files = {writeFile(u"long.jsonl"_qs, json)};
    params.profilePath = dataPath(u"json/calls-profile.json"_qs);
    const auto imported = import(params);
    QCOMPARE(accounting(imported.result.files.first()), (QList<int>{6, 3, 0, 3}));
    QCOMPARE(
        TestSupport::rows(imported.db->db(),
                          u"SELECT line, reason, length(raw) FROM rejected_rows WHERE line = 2"_qs),
        QStringList{u"2|the record is over 1 MiB long; it was not read|201"_qs});
}

void tst_JsonTables::aFileCutShortSaysSo()
{
    // Cut inside its fifth record: the four before it read, the fifth rejected as cut short.
    const QByteArray whole = fixture(u"json/ids-lookups.json"_qs);
    const auto imported =
        importUtc(u"cut.json"_qs, whole.left(whole.indexOf("\"Client IP\": \"2001")));
    QCOMPARE(accounting(imported.result.files.first()), (QList<int>{5, 2, 0, 3}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 13"_qs)
                 .toString(),
             u"the file ends inside the record: it may have been cut short"_qs);
    QVERIFY(imported.result.files.first().warnings.contains(
        u"the file ends inside its records (line 13): it may have been cut short"_qs));

    // Text after the array's closing bracket is no record, rejected as such; a JSON Lines file
    // cut inside its last line loses that line alone.
    const auto after =
        importUtc(u"after.json"_qs, whole + "{\"Timestamp\": \"2016-09-06 08:00:00\"}\n");
    QCOMPARE(accounting(after.result.files.first()), (QList<int>{7, 3, 0, 4}));
    QCOMPARE(
        scalar(after.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 16"_qs).toString(),
        u"written after the closing bracket of the file's array of records: no record"_qs);
    QVERIFY(!after.result.files.first().warnings.join(u'\n').contains(u"cut short"_qs));
    const QByteArray lines = fixture(u"json/calls.jsonl"_qs);
    ImportParams params;
    params.files = {writeFile(u"cut.jsonl"_qs, lines.left(lines.lastIndexOf("\"imsi\"")))};
    params.profilePath = dataPath(u"json/calls-profile.json"_qs);
    const auto cutLines = import(params);
    QCOMPARE(accounting(cutLines.result.files.first()), (QList<int>{6, 3, 0, 3}));
    QCOMPARE(
        scalar(cutLines.db->db(), u"SELECT reason FROM rejected_rows WHERE line = 6"_qs).toString(),
        u"the file ends inside the record: it may have been cut short"_qs);

    // An object cut short after the records it holds deeper: they are read, the members ended
    // before the cut kept as the metadata block, the file said to end open.
    const QByteArray search = fixture(u"json/search-response.json"_qs);
    const auto cutObject =
        importUtc(u"cut-object.json"_qs, search.left(search.indexOf("\"facets\"") + 12));
    QCOMPARE(accounting(cutObject.result.files.first()), (QList<int>{2, 2, 0, 0}));
    QCOMPARE(scalar(cutObject.db->db(),
                    u"SELECT json_extract(metadata, '$.metadata_line_numbers') FROM sources"_qs),
             QVariant(u"[2,4,5,6]"_qs));
    QVERIFY2(cutObject.result.files.first().warnings.contains(
                 u"the file ends inside its records (line 12): it may have been cut short"_qs),
             qPrintable(cutObject.result.files.first().warnings.join(u'\n')));

    // An empty array holds no rows, and says so.
    const auto empty = importUtc(u"empty.json"_qs, "[\n]\n");
    QVERIFY(empty.result.files.first().error.endsWith(u"empty.json: the file has no rows"_qs));
}

void tst_JsonTables::anArrayOfArraysIsReadByItsHeaderRow()
{
    // Rows as arrays, the first naming the columns (as some exporters write a table).
    const auto imported = importUtc(
        u"rows.json"_qs,
        "[[\"Timestamp\",\"Source Handle\",\"Lookup Handle\",\"Client IP\",\"Lookup Devices\"],\n"
        " [\"2016-09-02 18:22:05\",\"+12025550143\",\"+13125550147\",\"198.51.100.14\",2],\n"
        " [\"2016-09-03 07:01:13\",\"+12015550123\",\"+12025550143\",\"203.0.113.77\",null]]\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.first().format, u"apple-ids"_qs);
    QCOMPARE(
        events(imported.db->db()),
        (QStringList{
            u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs,
            u"lookup imessage-query 2016-09-03T07:01:13Z +12015550123 +12025550143 203.0.113.77  3"_qs}));
    QCOMPARE(imported.result.files.first().warnings,
             QStringList{u"the file is JSON, an array of records: each array was read as a row, "
                         u"its values as cells in "
                         "order, its line the line it begins on"_qs});
    // Its header is a row of the file, no object's keys: said so.
    QVERIFY(SourceReading::lines(CaseQueries(imported.db->db()).sources().first())
                .contains(u"The header row the columns were found by, at line 1: \"Timestamp\", \"Source Handle\", "
                          "\"Lookup Handle\", \"Client IP\", \"Lookup Devices\""_qs));

    // An array wider or narrower than the header is rejected in the words of values (no
    // delimiter strays in JSON); a record with no value ([], {}, values all null) is counted
    // apart at its line, as a blank line of a text file is.
    const auto widths = importUtc(
        u"widths.json"_qs,
        "[[\"Timestamp\",\"Source Handle\",\"Lookup Handle\",\"Client IP\",\"Lookup Devices\"],\n"
        " [\"2016-09-02 18:22:05\",\"+12025550143\",\"+13125550147\",\"198.51.100.14\",2,\"extra\"],\n"
        " [\"2016-09-03 07:01:13\",\"+12015550123\",\"+12025550143\",\"203.0.113.77\"],\n"
        " [],\n [null, \"\", null],\n"
        " [\"2016-09-04 10:00:00\",\"+12025550143\",\"+12015550123\",\"198.51.100.14\",1]]\n");
    QCOMPARE(accounting(widths.result.files.first()), (QList<int>{3, 1, 0, 2}));
    QCOMPARE(TestSupport::rows(widths.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"2|6 value(s) where the header has 5"_qs, u"3|4 value(s) where the header has 5"_qs}));
    QCOMPARE(widths.result.files.first().notes,
             QStringList{u"2 JSON record(s) with no value (as {}, [] or all their values null or empty) were not "
                         "counted as rows, at the lines they begin on: 4–5"_qs});

    // Objects and arrays in one file: the arrays' values in order, under the objects' keys.
    const auto mixed = importUtc(
        u"mixed-rows.json"_qs,
        "[{\"Timestamp\":\"2016-09-02 18:22:05\",\"Source Handle\":\"+12025550143\",\"Lookup "
        "Handle\":\"+13125550147\","
        "\"Client IP\":\"198.51.100.14\",\"Lookup Devices\":2},\n"
        " [\"2016-09-03 07:01:13\",\"+12015550123\",\"+12025550143\",\"203.0.113.77\",1]]\n");
    QCOMPARE(events(mixed.db->db()).size(), 2);
    QVERIFY(mixed.result.files.first().warnings.first().endsWith(
        u"(5 column(s), a nested object's keys joined to its own by a dot); 1 array(s) of values "
        u"were read as rows, their "
        "values as cells in order"_qs));
}

void tst_JsonTables::anArrayOfArraysIsNamedByTheListBesideIt()
{
    // A data frame as pandas writes it ("split"): the rows as arrays under "data", the names of
    // their columns listed beside them under "columns", the header at that member's line; a row
    // that is no JSON rejected alone.
    const auto frame = importFixture(u"json/frame-split.json"_qs);
    QVERIFY2(frame.result.allOk(), qPrintable(frame.result.files.value(0).error));
    const FileImportResult &file = frame.result.files.first();
    QCOMPARE(accounting(file), (QList<int>{4, 3, 0, 1}));
    QCOMPARE(
        events(frame.db->db()),
        (QStringList{
            u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  5"_qs,
            u"lookup imessage-query 2016-09-02T18:22:41Z +12025550143 dana.reyes@example.com 198.51.100.14  6"_qs,
            u"lookup imessage-query 2016-09-04T10:00:00Z +12025550143 josé@example.com 2001:db8::7  8"_qs}));
    QCOMPARE(TestSupport::rows(frame.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"7|not JSON: missing value separator (line 1 of the record, character 77 of it)"_qs});
    QCOMPARE(TestSupport::rows(frame.db->db(), u"SELECT coalesce(device_count, 'none') FROM events ORDER BY line"_qs),
             (QStringList{u"2"_qs, u"1"_qs, u"none"_qs}));
    QVERIFY2(file.recognition.contains(u"Apple IDS capability-query log: the names its member \"columns\" lists "
                                       "(line 2) have \"Client IP\", \"Lookup Devices\", \"Lookup Handle\", \"Source "
                                       "Handle\", \"Timestamp\""_qs),
             qPrintable(file.recognition));
    QVERIFY2(file.warnings.contains(
                 u"the file is JSON, one object holding the records in its array \"data\" (its other members read as "
                 "the metadata block): each array was read as a row, its values as cells in order under the names "
                 "the member \"columns\" (line 2) lists, its line the line it begins on"_qs),
             qPrintable(file.warnings.join(u'\n')));
    const SourceRow source = CaseQueries(frame.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"json_records_key"_qs).toString(), u"data"_qs);
    QCOMPARE(source.metadata.value(u"json_columns_key"_qs).toString(), u"columns"_qs);
    QCOMPARE(source.metadata.value(u"header_line"_qs).toInt(), 2);
    QCOMPARE(source.metadata.value(u"metadata_line_numbers"_qs).toArray().toVariantList(), (QVariantList{2, 3}));
    QCOMPARE(source.metadata.value(u"metadata_lines"_qs).toArray().last().toString(), u"\"index\": [0, 1, 2, 3]"_qs);
    QVERIFY2(SourceReading::lines(source).contains(
                 u"The names the columns were found by, as the member \"columns\" lists them at line 2: "
                 "\"Timestamp\", \"Source Handle\", \"Lookup Handle\", \"Client IP\", \"Lookup Devices\""_qs),
             qPrintable(SourceReading::lines(source).join(u'\n')));

    // A SQL endpoint's answer (Elasticsearch's, Trino's): the columns as objects naming them, a
    // header and a member, not a table of their own; the rows a carrier's calls.
    const auto sql = importFixture(u"json/sql-response.json"_qs);
    QVERIFY2(sql.result.allOk(), qPrintable(sql.result.files.value(0).error));
    QCOMPARE(accounting(sql.result.files.first()), (QList<int>{3, 3, 0, 0}));
    QCOMPARE(events(sql.db->db()),
             (QStringList{u"communication call 2016-09-12T14:03:07Z +12025550143 +13125550147  65 12"_qs,
                          u"communication sms 2016-09-12T14:10:00Z +13125550147 +12025550143  0 13"_qs,
                          u"communication call 2016-09-13T09:00:00Z +12025550143 +12015550123  125 14"_qs}));
    QCOMPARE(sql.result.files.first().format, u"carrier-cdr"_qs);
    QCOMPARE(scalar(sql.db->db(), u"SELECT count(*) FROM sources"_qs).toInt(), 1);
    QCOMPARE(TestSupport::rows(sql.db->db(), u"SELECT extra FROM events WHERE line = 12"_qs),
             QStringList{u"{\"Call ID\":\"C-9001\",\"Call Type\":\"Voice\",\"Cell Site\":\"DC-0412\"}"_qs});
    const QJsonObject sqlMeta = CaseQueries(sql.db->db()).sources().first().metadata;
    QCOMPARE(sqlMeta.value(u"metadata_line_numbers"_qs).toArray().toVariantList(), (QVariantList{2, 16}));
    QVERIFY(sqlMeta.value(u"metadata_lines"_qs).toArray().first().toString().startsWith(
        u"\"columns\": [\n    {\"name\": \"Call ID\", \"type\": \"keyword\"},"_qs));
    // Its cursor says more pages follow: said, and kept with the source.
    QCOMPARE(sql.result.files.first().warnings,
             (QStringList{u"the file is JSON, one object holding the records in its array \"rows\" (its other members "
                          "read as the metadata block): each array was read as a row, its values as cells in order "
                          "under the names the member \"columns\" (line 2) lists, its line the line it begins on"_qs,
                          u"the answer marks more records to follow (\"cursor\" at line 16: "
                          "sDXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAAEWWWdrRlVfSS1TbDYtcW9lc1FJNmlYdw==): the file may be one page "
                          "of a longer answer"_qs}));
    QVERIFY(SourceReading::lines(CaseQueries(sql.db->db()).sources().first())
                .contains(u"The answer marks more records to follow: \"cursor\" (line 16)"_qs));

    // Datasette's answer lists its columns after its rows, on one line each: the header is still
    // the list, at its own line.
    const auto after = importUtc(
        u"datasette.json"_qs,
        "{\"database\": \"returns\", \"table\": \"lookups\", \"rows\": [\n"
        "[\"2016-09-02 18:22:05\", \"+12025550143\", \"+13125550147\", \"198.51.100.14\", 2]],\n"
        " \"columns\": [\"Timestamp\", \"Source Handle\", \"Lookup Handle\", \"Client IP\", \"Lookup Devices\"],\n"
        " \"truncated\": false}\n");
    QVERIFY2(after.result.allOk(), qPrintable(after.result.files.value(0).error));
    QCOMPARE(events(after.db->db()),
             QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs});
    QCOMPARE(scalar(after.db->db(), u"SELECT json_extract(metadata, '$.header_line') FROM sources"_qs).toInt(), 3);

    // Beside another array, the list names the array it is read for.
    const auto beside = importUtc(
        u"frame-and-devices.json"_qs,
        "{\"columns\": [\"Timestamp\", \"Source Handle\", \"Lookup Handle\", \"Client IP\"],\n"
        " \"data\": [[\"2016-09-02 18:22:05\", \"+12025550143\", \"+13125550147\", \"198.51.100.14\"]],\n"
        " \"devices\": [{\"serial\": \"F2LQ1234\"}]}\n");
    QVERIFY2(beside.result.files.first().recognition.contains(
                 u"Apple IDS capability-query log: the names the member \"columns\" lists (line 1) for the array "
                 "\"data\" have \"Client IP\", \"Lookup Handle\", \"Source Handle\", \"Timestamp\""_qs),
             qPrintable(beside.result.files.first().recognition));
    QCOMPARE(events(beside.db->db()).size(), 1);

    // A list fitting two classes asks for the format in its own words.
    const auto twoClasses = importUtc(
        u"calls-listed.json"_qs,
        "{\"columns\": [\"Time\", \"Caller\", \"Callee\", \"Duration\", \"Call Type\"],\n"
        " \"data\": [[\"2026-03-02 08:14:03\", \"+12025550143\", \"+13125550147\", 65, \"Voice\"]]}\n");
    QVERIFY(twoClasses.result.files.first().needsFormat);
    QVERIFY2(twoClasses.result.files.first().error.contains(
                 u": the names its member \"columns\" lists (line 1) fit returns of two evidence classes: it fits "
                 "the Apple FaceTime call-invitation log"_qs),
             qPrintable(twoClasses.result.files.first().error));
}

void tst_JsonTables::aListOfNamesIsUsedOnlyWhereItSaysWhichArrayItNames()
{
    // The parts of each file, each with the member whose list names its columns, if one does.
    const auto columnsOf = [](const QString &path) {
        QString error;
        auto reader = TableReader::open(path, &error);
        if (!reader)
            return QStringList{error};
        QStringList parts;
        for (int part = 0; part < reader->partCount(); ++part) {
            auto opened = reader->openPart(part, &error);
            parts << (opened ? opened->partName() + u'|' + opened->columnNamesMember() : error);
        }
        return parts;
    };
    // Without a list, an object's array of arrays is read by its first row, as a file's is.
    const auto imported = importUtc(
        u"rows-first.json"_qs,
        "{\"export\": \"lookups\", \"next\": \"https://portal.example/?page=2\", \"rows\": [\n"
        " [\"Timestamp\", \"Source Handle\", \"Lookup Handle\", \"Client IP\", \"Lookup Devices\"],\n"
        " [\"2016-09-02 18:22:05\", \"+12025550143\", \"+13125550147\", \"198.51.100.14\", 2]]}\n");
    const QString firstRow = imported.result.files.first().path;
    QCOMPARE(columnsOf(firstRow), QStringList{u"rows|"_qs});
    QVERIFY(JsonRecordsReader::holdsRecords(firstRow));
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  3"_qs});
    // Its description names the header row, and the page it says follows.
    const QStringList described = SourceReading::lines(CaseQueries(imported.db->db()).sources().first());
    QVERIFY(described.contains(u"The header row the columns were found by, at line 2: \"Timestamp\", \"Source Handle\", "
                               "\"Lookup Handle\", \"Client IP\", \"Lookup Devices\""_qs));
    QVERIFY(described.contains(u"The answer marks more records to follow: \"next\" (line 1)"_qs));

    // Two arrays of arrays beside one list: which it names, the file does not say; nor does a
    // list beside the object holding the arrays, rather than beside them.
    QCOMPARE(columnsOf(writeFile(u"two.json"_qs, R"({"columns": ["a", "b"], "x": [[1, 2]], "y": [[3, 4]]})")),
             (QStringList{u"x|"_qs, u"y|"_qs}));
    QCOMPARE(columnsOf(writeFile(u"apart.json"_qs, R"({"columns": ["a", "b"], "result": {"rows": [[1, 2]]}})")),
             QStringList{u"result.rows|"_qs});
    QCOMPARE(columnsOf(writeFile(u"nested.json"_qs, R"({"result": {"fields": ["a", "b"], "rows": [[1, 2]]}})")),
             QStringList{u"result.rows|result.fields"_qs});
    // A list of objects naming nothing is a table of its own; one beside objects names nothing.
    QCOMPARE(columnsOf(writeFile(u"unnamed.json"_qs, R"({"columns": [{"type": "text"}], "rows": [[1]]})")),
             (QStringList{u"columns|"_qs, u"rows|"_qs}));
    QCOMPARE(columnsOf(writeFile(u"objects.json"_qs, R"({"columns": ["a"], "rows": [{"a": 1}]})")),
             QStringList{u"rows|"_qs});
    // An array of arrays no format reads, beside records read, is named in words of arrays.
    const auto withBox = importUtc(
        u"with-box.json"_qs,
        "{\"lookups\": [{\"Timestamp\": \"2016-09-02 18:22:05\", \"Source Handle\": \"+12025550143\", "
        "\"Lookup Handle\": \"+13125550147\", \"Client IP\": \"198.51.100.14\"}],\n"
        " \"bbox\": [[1, 2], [3, 4]]}\n");
    QVERIFY2(withBox.result.allOk(), qPrintable(withBox.result.files.value(0).error));
    QVERIFY2(withBox.result.files.first().warnings.contains(
                 u"the array \"bbox\" of the file's records (2 array(s) of values) was not imported: no format's "
                 "columns, nor the mapping's, were recognised in its first rows"_qs),
             qPrintable(withBox.result.files.first().warnings.join(u'\n')));

    // A list of numbers, or under another key, is no list of names.
    QCOMPARE(columnsOf(writeFile(u"numbers.json"_qs, R"({"columns": [1, 2], "rows": [[1, 2]]})")),
             QStringList{u"rows|"_qs});
    QCOMPARE(columnsOf(writeFile(u"names.json"_qs, R"({"names": ["a", "b"], "rows": [[1, 2]]})")),
             QStringList{u"rows|"_qs});
}

void tst_JsonTables::anAnswerCountingMoreThanItHoldsSaysSo()
{
    // A search server's first page: its count of the records beside the two it holds.
    QByteArray page = fixture(u"json/search-response.json"_qs);
    page.replace("\"numFound\": 2", "\"numFound\": 1000");
    const auto solr = importUtc(u"first-page.json"_qs, page);
    QVERIFY2(solr.result.allOk(), qPrintable(solr.result.files.value(0).error));
    QCOMPARE(accounting(solr.result.files.first()), (QList<int>{2, 2, 0, 0}));
    QVERIFY2(solr.result.files.first().warnings.contains(
                 u"the answer counts 1000 records (\"response.numFound\", line 4), but its array \"response.docs\" "
                 "holds 2 record(s): the rest are not in the file"_qs),
             qPrintable(solr.result.files.first().warnings.join(u'\n')));
    const SourceRow source = CaseQueries(solr.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"json_records_counted"_qs).toObject(),
             (QJsonObject{{u"key"_qs, u"response.numFound"_qs}, {u"value"_qs, u"1000"_qs}, {u"line"_qs, 4}}));
    QVERIFY2(SourceReading::lines(source).contains(
                 u"The answer's own count of its records: 1000 (\"response.numFound\", line 4)"_qs),
             qPrintable(SourceReading::lines(source).join(u'\n')));

    // A preview of its first row cannot know how many it holds: it says nothing of the count.
    ImportParams preview;
    preview.files = {solr.result.files.first().path};
    preview.timeZone = u"UTC"_qs;
    preview.dryRun = true;
    preview.stopAfterRows = 1;
    const auto first = import(preview);
    QCOMPARE(first.result.files.first().rowsRead, 1);
    for (const QString &warning : first.result.files.first().warnings)
        QVERIFY2(!warning.contains(u"the answer"_qs), qPrintable(warning));

    // Counting what it holds, it says nothing more.
    const auto whole = importFixture(u"json/search-response.json"_qs);
    for (const QString &warning : whole.result.files.first().warnings)
        QVERIFY2(!warning.contains(u"the answer"_qs), qPrintable(warning));
    QCOMPARE(CaseQueries(whole.db->db())
                 .sources()
                 .first()
                 .metadata.value(u"json_records_counted"_qs)
                 .toObject()
                 .value(u"value"_qs)
                 .toString(),
             u"2"_qs);

    // A web API's page (Django REST framework's): its count, and its link to the next page.
    const QByteArray record = "{\"Timestamp\": \"2016-09-02 18:22:05\", \"Source Handle\": \"+12025550143\", "
                              "\"Lookup Handle\": \"+13125550147\", \"Client IP\": \"198.51.100.14\"}";
    const auto api = importUtc(u"api-page.json"_qs, "{\"count\": 3,\n \"next\": \"https://portal.example/lookups/?page=2\","
                                                     "\n \"previous\": null,\n \"results\": [\n  " +
                                                         record + "\n ]}\n");
    QVERIFY2(api.result.allOk(), qPrintable(api.result.files.value(0).error));
    QCOMPARE(api.result.files.first().warnings.mid(1),
             (QStringList{u"the answer counts 3 records (\"count\", line 1), but its array \"results\" holds 1 "
                          "record(s): the rest are not in the file"_qs,
                          u"the answer marks more records to follow (\"next\" at line 2: "
                          "https://portal.example/lookups/?page=2): the file may be one page of a longer answer"_qs}));

    // A search engine's count past its limit is "at least"; a query's last page ("done": true)
    // and a page cut by nothing ("truncated": false) mark nothing.
    ImportParams params;
    params.profilePath = writeFile(
        u"hits-profile.json"_qs,
        R"({"class": "lookup", "subtype": "imessage-query", "timezone": "UTC", "columns":
            {"timestamp": "_source.Timestamp", "initiator": "_source.Source Handle",
             "counterpart": "_source.Lookup Handle"}})");
    params.files = {writeFile(u"hits.json"_qs, "{\"hits\": {\"total\": {\"value\": 10000, \"relation\": \"gte\"},\n"
                                               " \"hits\": [{\"_source\": " +
                                                   record + "}]}}\n")};
    const auto hits = import(params);
    QVERIFY2(hits.result.allOk(), qPrintable(hits.result.files.value(0).error));
    QVERIFY2(hits.result.files.first().warnings.contains(
                 u"the answer counts at least 10000 records (\"hits.total.value\", line 1), but its array "
                 "\"hits.hits\" holds 1 record(s): the rest are not in the file"_qs),
             qPrintable(hits.result.files.first().warnings.join(u'\n')));
    QVERIFY(SourceReading::lines(CaseQueries(hits.db->db()).sources().first())
                .contains(u"The answer's own count of its records: at least 10000 (\"hits.total.value\", line 1)"_qs));
    for (const QByteArray &last : {QByteArray("\"done\": true"), QByteArray("\"truncated\": false")}) {
        const auto quiet = importUtc(u"last-page.json"_qs, "{" + last + ", \"records\": [" + record + "]}");
        QVERIFY2(quiet.result.allOk(), qPrintable(quiet.result.files.value(0).error));
        QCOMPARE(quiet.result.files.first().warnings.size(), 1); // how the file was read, alone
    }
    const auto more = importUtc(u"not-done.json"_qs, "{\"totalSize\": 1, \"done\": false, \"records\": [" + record + "]}");
    QCOMPARE(more.result.files.first().warnings.mid(1),
             QStringList{u"the answer marks more records to follow (\"done\" at line 1: false): the file may be one "
                         "page of a longer answer"_qs});
}

void tst_JsonTables::keysFittingTwoClassesAskForTheFormat()
{
    // Calls under the keys FaceTime's log has, and two a carrier's calls have: which class the
    // records are is asked, in the words of a JSON file's keys (no header row is written), and
    // of the array in an object holding two.
    const QByteArray calls =
        "[\n  {\"Time\": \"2026-03-02 08:14:03\", \"Caller\": \"+12025550143\", \"Callee\": \"+13125550147\", "
        "\"Duration\": 65, \"Call Type\": \"Voice\"}\n]";
    const QString asked =
        u"the keys of its records (the first's at line %1) fit returns of two evidence classes: it fits the "
        "Apple FaceTime call-invitation log by \"Time\", \"Caller\", \"Callee\", whose rows are lookups, but it "
        "also has \"Duration\", \"Call Type\", read by the Carrier call/SMS records (one subscriber's side: date, "
        "time, direction, other party), whose rows are communications. Which class its records are is not "
        "guessed: if the file is the Apple FaceTime call-invitation log, choose that format (--format "
        "apple-facetime); if not, map its columns (--profile)"_qs;
    const auto array = importUtc(u"calls-two-classes.json"_qs, calls);
    const FileImportResult &file = array.result.files.first();
    QCOMPARE(file.error, file.path + u": "_qs + asked.arg(2));
    QVERIFY(file.needsFormat);
    const auto object = importUtc(u"calls-two-classes-object.json"_qs,
                                  "{\"calls\": " + calls + ",\n \"devices\": [{\"serial\": \"F2LQ1234\"}]}");
    QCOMPARE(object.result.files.first().error,
             object.result.files.first().path + u": the array \"calls\": "_qs + asked.arg(2));
}

void tst_JsonTables::aFoldersJsonIsImportedOnlyIfItHoldsRecords()
{
    // A folder's manifest (one object, no array of records) is left out and said; its records
    // are imported. Named alone, a file is read whatever its name.
    const QString folder = m_dir.filePath(u"return"_qs);
    QVERIFY(QDir().mkpath(folder));
    TestSupport::writeFile(folder + u"/manifest.json"_qs,
                           "{\"case\": \"2016-0042\", \"files\": [\"lookups.json\"]}");
    TestSupport::writeFile(folder + u"/lookups.json"_qs, fixture(u"json/ids-lookups.json"_qs));
    TestSupport::writeFile(folder + u"/calls.ndjson"_qs, fixture(u"json/calls.jsonl"_qs));
    QVERIFY(JsonRecordsReader::holdsRecords(folder + u"/lookups.json"_qs));
    QVERIFY(JsonRecordsReader::holdsRecords(folder + u"/calls.ndjson"_qs));
    QVERIFY(!JsonRecordsReader::holdsRecords(folder + u"/manifest.json"_qs));
    QVERIFY(!JsonRecordsReader::holdsRecords(dataPath(u"json/calls-profile.json"_qs)));
    const ImportFiles::Expanded expanded = ImportFiles::expand({folder});
    QCOMPARE(expanded.files,
             (QStringList{folder + u"/calls.ndjson"_qs, folder + u"/lookups.json"_qs}));
    QCOMPARE(expanded.leftOut,
             QStringList{
                 folder +
                 u"/manifest.json: left out: a JSON file, but no table of records (an array of "
                 "objects, objects one after another, or an object holding an array of them)"_qs});
}

void tst_JsonTables::anArchivesJsonAndXmlAreReadForWhatTheyHold()
{
    // In a ZIP or a 7-Zip archive, JSON and XML were left out by their names: they are read now,
    // the JSON holding records imported as a source of its own; a manifest and a provider's XML
    // left out once their content is read, with the reason a folder's are given.
    const QByteArray manifest = "{\"case\": \"2016-0042\", \"files\": [\"search.json\"]}\n";
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<delivery case=\"2016-0042\"/>\n";
    const QString jsonReason = u"left out: a JSON file, but no table of records (an array of objects, objects "
                               "one after another, or an object holding an array of them)"_qs;
    const QString xmlReason = u"left out: an XML file, but not an Excel XML Spreadsheet"_qs;
    for (const QString &name : {u"return.zip"_qs, u"return.7z"_qs}) {
        const QString path = m_dir.filePath(name);
        QVERIFY(ArchiveWriter::write(
            path, name.endsWith(u".zip"_qs) ? archive_write_set_format_zip : archive_write_set_format_7zip,
            {{u"return/search.json"_qs, fixture(u"json/search-response.json"_qs)},
             {u"return/manifest.json"_qs, manifest},
             {u"return/delivery.xml"_qs, xml}}));
        const ImportFiles::Expanded expanded = ImportFiles::expand({path});
        const QString within = path + u" › return/"_qs;
        QCOMPARE(expanded.files, (QStringList{within + u"delivery.xml"_qs, within + u"manifest.json"_qs,
                                              within + u"search.json"_qs}));
        const auto imported = importExpanded(expanded);
        QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(2).error));
        QCOMPARE(imported.result.files.at(0).leftOut, within + u"delivery.xml: "_qs + xmlReason);
        QCOMPARE(imported.result.files.at(1).leftOut, within + u"manifest.json: "_qs + jsonReason);
        QCOMPARE(accounting(imported.result.files.at(2)), (QList<int>{2, 2, 0, 0}));
        QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT file_name, json_extract(metadata, "
                                                      "'$.json_records_key') FROM sources"_qs),
                 QStringList{name + u" › return/search.json|response.docs"_qs});

        // Named alone, the manifest is no table the import can read: an error, not left out.
        // (Compressed JSON in a folder: below.)
        ImportParams named;
        named.timeZone = u"UTC"_qs;
        named.files = {within + u"manifest.json"_qs};
        const auto refused = import(named);
        QVERIFY(!refused.result.files.first().ok);
        QVERIFY(refused.result.files.first().leftOut.isEmpty());
    }

    // Compressed, in a folder or an archive: judged once out of its gzip, as the import reads it.
    const QString folder = m_dir.filePath(u"compressed"_qs);
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {u"manifest.json.gz"_qs, u"search-response.json.gz"_qs})
        QVERIFY(QFile::copy(dataPath(u"json/"_qs + name), folder + u'/' + name));
    const QString zip = m_dir.filePath(u"compressed.zip"_qs);
    QVERIFY(ArchiveWriter::write(zip, archive_write_set_format_zip,
                                 {{u"manifest.json.gz"_qs, fixture(u"json/manifest.json.gz"_qs)}}));
    const ImportFiles::Expanded expanded = ImportFiles::expand({folder, zip});
    QCOMPARE(expanded.files,
             (QStringList{folder + u"/manifest.json.gz › manifest.json"_qs,
                          folder + u"/search-response.json.gz › search-response.json"_qs,
                          zip + u" › manifest.json.gz"_qs}));
    const auto imported = importExpanded(expanded);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(1).error));
    QCOMPARE(imported.result.files.at(0).leftOut, expanded.files.at(0) + u": "_qs + jsonReason);
    QCOMPARE(accounting(imported.result.files.at(1)), (QList<int>{2, 2, 0, 0}));
    QCOMPARE(imported.result.files.at(2).leftOut, expanded.files.at(2) + u": "_qs + jsonReason);
}

QTEST_GUILESS_MAIN(tst_JsonTables)
#include "tst_jsontables.moc"
