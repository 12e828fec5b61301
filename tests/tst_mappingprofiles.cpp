#include "casequeries.h"
#include "importsuite.h"
#include "sourcelistmodel.h"
#include "tableimporter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Any table through the analyst's mapping profile: by heading or column number, the class
/// and zone it must name, saved and loaded again.
class tst_MappingProfiles : public ImportSuite
{
    Q_OBJECT

private slots:
    void cleanup() { verifyAccounting(); }
    void analystProfileMapsAnyTable();
    void aFileWithoutAHeaderRowMappedByNumber();
    void aProfileByNumberReadsNoOtherFile();
    void aWorkbookWithoutHeaderRowsMappedByNumber();
    void columnNumbersMustBeWholeAndAlone_data();
    void columnNumbersMustBeWholeAndAlone();
    void profileMustNameClassAndZone_data();
    void profileMustNameClassAndZone();
    void profileRoundTrip();
    void aProfilesMistakeIsNamed_data();
    void aProfilesMistakeIsNamed();
    void anAddressWithItsPortInOneCell();
    void unixTimesThroughAProfile();
    void spreadsheetDaysThroughAProfile();
    void aQtFormatReadsTheZoneWrittenAndTwoDigitYears();
    void aProfileDeclaresTheDurationsUnit();
    void aTimestampFormatDeclaredKeepsTheFilesFormat();
    void aWorkbooksNumbersMayBeDeclaredSecondsSince1970();
    void aHeaderNamingACountSince1970DeclaresIt_data();
    void aHeaderNamingACountSince1970DeclaresIt();
    void aFormatDeclaredWinsOverTheHeadersCount();
    void aProfileMapsTheZoneColumn();
    void aProfileDeclaresTheRegionOfItsNumbers();
};

void tst_MappingProfiles::analystProfileMapsAnyTable()
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

void tst_MappingProfiles::aFileWithoutAHeaderRowMappedByNumber()
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

void tst_MappingProfiles::aProfileByNumberReadsNoOtherFile()
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

void tst_MappingProfiles::aWorkbookWithoutHeaderRowsMappedByNumber()
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

void tst_MappingProfiles::columnNumbersMustBeWholeAndAlone_data()
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

void tst_MappingProfiles::columnNumbersMustBeWholeAndAlone()
{
    QFETCH(QByteArray, columns);
    QFETCH(QString, message);
    const QString path = writeFile(QStringLiteral("numbers.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "UTC", "columns": )" + columns + "}");
    QString error;
    QVERIFY(!TableFormat::loadProfile(path, &error));
    QCOMPARE(error, path + u": "_qs + message);
}

void tst_MappingProfiles::anAddressWithItsPortInOneCell()
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

void tst_MappingProfiles::unixTimesThroughAProfile()
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

void tst_MappingProfiles::aQtFormatReadsTheZoneWrittenAndTwoDigitYears()
{
    // A zone written in the times (the format's "t") wins over the declared one, as it does in
    // times read without a format; an abbreviation is read through the declared zone; "yy" is
    // 2016, not Qt's 1916. The suite's computer is in Los Angeles, whose zone none of it uses.
    ImportParams params;
    params.files = {writeFile(QStringLiteral("zoned.csv"), "Zeitpunkt,Von,An\n"
                                                           "12-09-16 14:03:07 +02:00,+12025550143,+13125550147\n"
                                                           "12-09-16 14:04:07 UTC,+12025550143,+13125550147\n"
                                                           "30-10-16 02:30:00 CEST,+12025550143,+13125550147\n"
                                                           "13-03-16 02:30:00 Europe/Berlin,+12025550143,+13125550147\n"
                                                           "12-09-16 14:06:07,+12025550143,+13125550147\n")};
    params.profilePath = writeFile(QStringLiteral("zoned.json"),
                                   R"({"class": "communication", "subtype": "call", "timezone": "Europe/Berlin",
                                       "timestamp_format": "dd-MM-yy HH:mm:ss t",
                                       "columns": {"timestamp": "Zeitpunkt", "initiator": "Von", "counterpart": "An"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, utc_ms, time_zone FROM events ORDER BY line"_qs),
             (QStringList{u"2|1473681787000|+02:00"_qs, u"3|1473689047000|UTC"_qs,
                          u"4|1477787400000|Europe/Berlin (CEST)"_qs, u"5|1457832600000|Europe/Berlin"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             (QStringList{u"6|timestamp \"12-09-16 14:06:07\" does not match the format \"dd-MM-yy HH:mm:ss t\""_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.two_digit_year') FROM sources"_qs).toString(),
             u"{\"line\":2,\"time\":\"12-09-16 14:03:07 +02:00\"}"_qs);
}

void tst_MappingProfiles::aProfileDeclaresTheDurationsUnit()
{
    // A file without a header row (or a header without its unit) whose durations the provider's
    // letter gives in minutes: declared in the profile, read so; a header naming its own unit
    // still says it for its file. A unit not known refuses the profile.
    ImportParams params;
    params.files = {writeFile(QStringLiteral("minutes.csv"), "2016-09-12 14:03:07,+12025550143,+13125550147,2\n"
                                                             "2016-09-12 14:05:07,+12025550143,+13125550147,0:01:23\n")};
    const QByteArray profile = R"({"class": "communication", "subtype": "call", "timezone": "UTC",
                                   "duration_unit": "minutes",
                                   "columns": {"timestamp": 1, "initiator": 2, "counterpart": 3, "duration": 4}})";
    params.profilePath = writeFile(QStringLiteral("minutes.json"), profile);
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, duration_s FROM events ORDER BY line"_qs),
             (QStringList{u"1|120"_qs, u"2|83"_qs}));
    QCOMPARE(scalar(imported.db->db(), u"SELECT json_extract(metadata, '$.duration_unit') FROM sources"_qs).toString(),
             u"{\"declared_by\":\"profile\",\"unit\":\"minutes\"}"_qs);
    QCOMPARE(TableImporter::durationUnitNote(TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs)),
             u"Durations read in minutes, as the column mapping declares them"_qs);
    QString error;
    const auto loaded = TableFormat::loadProfile(params.profilePath, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->toJson().value(u"duration_unit"_qs).toString(), u"minutes"_qs);

    // The header names milliseconds: its file's durations are read so.
    ImportParams named;
    named.files = {writeFile(QStringLiteral("named.csv"), "When,From,To,Length (ms)\n"
                                                          "2016-09-12 14:03:07,+12025550143,+13125550147,2500\n")};
    named.profilePath = writeFile(QStringLiteral("named.json"),
                                  R"({"class": "communication", "subtype": "call", "timezone": "UTC", "duration_unit": "minutes",
                                      "columns": {"timestamp": "When", "initiator": "From", "counterpart": "To",
                                                  "duration": "Length"}})");
    const auto read = import(named);
    QVERIFY2(read.result.allOk(), qPrintable(read.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(read.db->db(), u"SELECT duration_s FROM events"_qs), QStringList{u"2.5"_qs});

    QVERIFY(!TableFormat::loadProfile(writeFile(QStringLiteral("bad-unit.json"), QByteArray(profile).replace("minutes", "fortnights")), &error));
    QCOMPARE(error.section(u": "_qs, 1), u"unknown duration unit \"fortnights\" (seconds, milliseconds, minutes, hours, mm:ss or hh:mm)"_qs);
}

void tst_MappingProfiles::spreadsheetDaysThroughAProfile()
{
    // A CSV file saved from a worksheet whose time column was formatted as numbers: read as the
    // wall-clock times the worksheet showed, in the profile's zone.
    ImportParams params;
    params.files = {writeFile(QStringLiteral("serials.csv"), "When;Account;Other\n42615,76533564815;+12025550143;+13125550147\n"
                                                             "42800.5000115741;+12025550143;+13125550147\n"
                                                             "42615.7653;+12025550143;+13125550147\n")};
    params.profilePath = writeFile(QStringLiteral("serials.json"),
                                   R"({"class": "lookup", "subtype": "query", "timezone": "America/New_York",
                                       "timestamp_format": "excel",
                                       "columns": {"timestamp": "When", "initiator": "Account", "counterpart": "Other"}})");
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"lookup query 2016-09-02T22:22:05Z +12025550143 +13125550147   2"_qs,
                          u"lookup query 2017-03-06T17:00:01Z +12025550143 +13125550147   3"_qs}));
    QCOMPARE(scalar(imported.db->db(), QStringLiteral("SELECT group_concat(time_zone || ' ' || time_raw, '|') FROM events")).toString(),
             u"America/New_York 42615,76533564815|America/New_York 42800.5000115741"_qs);
    QCOMPARE(imported.result.files.first().rejectedRows.first().reason,
             u"timestamp \"42615.7653\" gives its time of day to 8.64 s only (4 decimal(s) of a day), as a worksheet's "
             "number format rounded it: save the column with a date and time format from the file as delivered"_qs);
}

void tst_MappingProfiles::aTimestampFormatDeclaredKeepsTheFilesFormat()
{
    // The same IDS records, from the workbook as delivered (text times) and from a CSV copy whose
    // times were saved as numbers: declared "excel", the copy stays an IDS log, so its records
    // are known as the ones the first file holds.
    const QString header = u"Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"_qs;
    ImportParams params;
    params.files = {writeFile(u"text-times.csv"_qs, (header + u"2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14,2\n"_qs).toUtf8()),
                    writeFile(u"serial-times.csv"_qs, (header + u"42615.76533564815,+12025550143,+13125550147,198.51.100.14,2\n"
                                                                 "42615.7657523148,+12025550143,+13125550147,198.51.100.14,1\n"_qs).toUtf8())};
    ReadSettings copySettings;
    copySettings.timestampFormat = u"excel"_qs;
    params.perFile.insert(params.files.at(1), copySettings);
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(1).error));
    const FileImportResult &copy = imported.result.files.at(1);
    QCOMPARE(copy.format, u"apple-ids"_qs);
    QCOMPARE(copy.timestampFormat, u"excel"_qs);
    QCOMPARE((QList<int>{copy.accepted, copy.duplicate, copy.rejected}), (QList<int>{1, 1, 0}));
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"lookup imessage-query 2016-09-02T18:22:05Z +12025550143 +13125550147 198.51.100.14  2"_qs,
                          u"lookup imessage-query 2016-09-02T18:22:41Z +12025550143 +13125550147 198.51.100.14  3"_qs}));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT id, json_extract(metadata, '$.timestamp_format_declared') FROM sources"_qs),
             (QStringList{u"1|NULL"_qs, u"2|excel"_qs}));
    const QString note = u"Times read as days since 1899-12-30, as a spreadsheet's date saved as a number (the timestamp "
                         "format \"excel\", declared by the analyst)"_qs;
    QVERIFY(TestSupport::shownText(SourceListModel(imported.db->db()).index(1, 0).data(Qt::ToolTipRole)).contains(note));

    // Only a count no text shape tells may be declared; a pattern belongs in a mapping.
    ImportParams pattern;
    pattern.files = {params.files.first()};
    pattern.timestampFormat = u"dd.MM.yyyy"_qs;
    const auto refused = import(pattern);
    QVERIFY(!refused.result.allOk());
    QCOMPARE(refused.result.files.first().error, pattern.files.first() + u": "_qs +
             u"unknown timestamp format \"dd.MM.yyyy\" (declare excel, excel-1904, unix, unix-ms; a pattern of the text "
             "belongs in a column mapping)"_qs);
}

void tst_MappingProfiles::aWorkbooksNumbersMayBeDeclaredSecondsSince1970()
{
    // A database export wrote seconds since 1970 into a workbook's number cells: read as date
    // serials they were "out of range". The reason names the format; declared, they are read.
    ImportParams params;
    params.files = {dataPath(u"xlsx/unix-times.xlsx"_qs)};
    params.timeZone = u"UTC"_qs;
    const auto refused = import(params);
    QVERIFY(refused.result.allOk());
    const FileImportResult &file = refused.result.files.first();
    QCOMPARE(file.rejected, 2);
    QCOMPARE(file.rejectedRows.first().reason,
             u"unreadable timestamp \"1473689000\": if it counts seconds since 1970, declare the timestamp format \"unix\""_qs);
    QCOMPARE(file.timestampFormatItMayBe, u"unix"_qs);

    params.timestampFormat = u"unix"_qs;
    params.allowDuplicate = true;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, utc_ms, time_raw, time_zone FROM events ORDER BY line"_qs),
             (QStringList{u"2|1473689000000|1473689000|UTC"_qs, u"3|1473689000500|1473689000.5|UTC"_qs}));
}

void tst_MappingProfiles::aHeaderNamingACountSince1970DeclaresIt_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("format"); // what the source keeps; empty: none named
    QTest::addColumn<QStringList>("rows");
    const QStringList seconds{u"2|1473689000000|1473689000|UTC"_qs, u"3|1473689000500|1473689000.5|UTC"_qs};
    QTest::newRow("Unix") << "Timestamp (Unix)" << "unix" << seconds;
    QTest::newRow("epoch seconds") << "Timestamp [epoch s]" << "unix" << seconds;
    QTest::newRow("German") << "Timestamp (Sekunden seit 1970-01-01)" << "unix" << seconds;
    // Read as milliseconds, the seconds fall in January 1970: refused, as a count declared so is.
    QTest::newRow("epoch ms") << "Timestamp (epoch ms)" << "unix-ms" << QStringList();
    // "(ms)" alone may as well say the times are written to the millisecond: nothing declared,
    // the time written as text read in the zone declared.
    const QStringList text{u"4|1473703400000|2016-09-12 14:03:20|America/New_York"_qs};
    QTest::newRow("ms alone") << "Timestamp (ms)" << "" << text;
    QTest::newRow("microseconds") << "Timestamp (epoch us)" << "" << text;
}

void tst_MappingProfiles::aHeaderNamingACountSince1970DeclaresIt()
{
    // A database export's header says its times count seconds since 1970, as "(UTC)" says a
    // zone: the file's word, read without a declaration, and kept on the source with the header.
    // Its one time written as text is read as such a count, and refused.
    QFETCH(QString, header);
    QFETCH(QString, format);
    QFETCH(QStringList, rows);
    QFile fixture(dataPath(u"ids/ids-unix-header.csv"_qs));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QByteArray text = fixture.readAll();
    text.replace("Timestamp (Unix)", header.toUtf8());
    ImportParams params;
    params.files = {TestSupport::writeFile(m_dir.filePath(u"unix-header.csv"_qs), text)};
    params.timeZone = u"America/New_York"_qs; // the zone of the text time: not read
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    const FileImportResult &file = imported.result.files.first();
    QCOMPARE(file.accepted, rows.size());
    QCOMPARE(file.rejected, 3 - int(rows.size()));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, utc_ms, time_raw, time_zone FROM events ORDER BY line"_qs), rows);
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    const QJsonObject named = metadata.value(u"timestamp_format_header"_qs).toObject();
    QCOMPARE(named.value(u"format"_qs).toString(), format);
    QCOMPARE(named.value(u"header"_qs).toString(), format.isEmpty() ? QString() : header);
    QVERIFY(!metadata.contains(u"timestamp_format_declared"_qs));
    if (format == u"unix") {
        QCOMPARE(file.rejectedRows.first().reason, u"timestamp \"2016-09-12 14:03:20\" is not a count of seconds since 1970"_qs);
        QCOMPARE(TableImporter::declaredTimestampFormatNote(metadata),
                 u"Times read as seconds since 1970-01-01 00:00 UTC, as the header \"%1\" names them"_qs.arg(header));
        QVERIFY(file.notes.contains(TableImporter::declaredTimestampFormatNote(metadata)));
    }
    // A label that names no count is no zone either: said, as before.
    QCOMPARE(file.warnings.join(u'\n').contains(u"which names no zone by itself"_qs), format.isEmpty());
}

void tst_MappingProfiles::aFormatDeclaredWinsOverTheHeadersCount()
{
    // The analyst's declaration is the last word: what the header names is not used beside it.
    ImportParams params;
    params.files = {dataPath(u"ids/ids-unix-header.csv"_qs)};
    params.timeZone = u"UTC"_qs;
    params.timestampFormat = u"unix-ms"_qs;
    const auto imported = import(params);
    QVERIFY(imported.result.allOk());
    QCOMPARE(imported.result.files.first().accepted, 0);
    QCOMPARE(imported.result.files.first().rejectedRows.first().reason,
             u"timestamp \"1473689000\" as milliseconds since 1970 falls on 1970-01-18 01:21:29 UTC, before any provider "
             "kept such records; if it counts seconds since 1970-01-01 00:00 UTC, declare the timestamp format \"unix\""_qs);
    const QJsonObject metadata = TestSupport::jsonObject(imported.db->db(), u"SELECT metadata FROM sources"_qs);
    QVERIFY(!metadata.contains(u"timestamp_format_header"_qs));
    QCOMPARE(metadata.value(u"timestamp_format_declared"_qs).toString(), u"unix-ms"_qs);
}

void tst_MappingProfiles::aProfileMapsTheZoneColumn()
{
    // An export whose zone column no built-in format knows ("Ort-Zone"): the analyst maps it, and
    // the profile saved keeps it. Its zone reads each row; the profile's zone those without one.
    const QString profilePath = TestSupport::writeFile(
        m_dir.filePath(u"zones-profile.json"_qs),
        R"({"title": "Export with zones", "class": "communication", "subtype": "call", "timezone": "Europe/Berlin",
            "columns": {"timestamp": "Zeitpunkt", "time_zone": "Ort-Zone", "initiator": "Von", "counterpart": "An"}})");
    QString error;
    const auto profile = TableFormat::loadProfile(profilePath, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->toJson().value(u"columns"_qs).toObject().value(u"time_zone"_qs).toVariant().toStringList(),
             QStringList{u"ortzone"_qs}); // as a profile keeps a header: normalised
    ImportParams params;
    params.files = {TestSupport::writeFile(m_dir.filePath(u"zones.csv"_qs),
                                           "Zeitpunkt;Ort-Zone;Von;An\n"
                                           "2016-09-12 14:03:07;Asia/Tokyo;+4915112345678;+4915187654321\n"
                                           "2016-09-12 14:03:07;;+4915112345678;+4915187654321\n")};
    params.profilePath = profilePath;
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, utc_ms, time_zone FROM events ORDER BY line"_qs),
             (QStringList{u"2|1473656587000|Asia/Tokyo"_qs, u"3|1473681787000|Europe/Berlin"_qs}));
}

void tst_MappingProfiles::aProfileDeclaresTheRegionOfItsNumbers()
{
    // A German carrier's layout mapped once and saved: its numbers are written as Germany dials
    // them, and the next delivery into a case of US returns must read them so again without the
    // analyst remembering to say it. "0171 2345678" read in the US is no number: a handle apart.
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-de-national.csv"_qs)};
    params.profilePath = dataPath(u"profile/de-carrier-profile.json"_qs);
    const auto imported = import(params);
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    QCOMPARE(imported.result.files.value(0).numberRegion, u"DE"_qs);
    QCOMPARE(events(imported.db->db()),
             (QStringList{u"communication call 2016-09-12T12:03:07Z +49301234567 +491712345678  65 3"_qs,
                          u"communication sms 2016-09-13T07:00:00Z +491712345678 +49301234567  0 4"_qs,
                          u"communication call 2016-09-14T08:00:00Z +49301234567 +12025550143  30 5"_qs,
                          u"communication call 2016-09-15T09:00:00Z +49301234567 +491712345678  10 6"_qs}));
    const SourceRow source = CaseQueries(imported.db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"number_region"_qs).toString(), u"DE"_qs);

    // The analyst's own word for the file wins over the profile's.
    params.numberRegion = u"AT"_qs;
    const auto declared = import(params);
    QVERIFY2(declared.result.allOk(), qPrintable(declared.result.files.value(0).error));
    QCOMPARE(declared.result.files.value(0).numberRegion, u"AT"_qs);
    QCOMPARE(CaseQueries(declared.db->db()).sources().first().metadata.value(u"number_region"_qs).toString(), u"AT"_qs);
    // Read as Austria dials: "030 1234567" is no Austrian number and stands as written (named in
    // a warning); "0049 …" is Germany's, dialled from Austria.
    QCOMPARE(TestSupport::rows(declared.db->db(), u"SELECT normalized FROM handles ORDER BY 1"_qs),
             (QStringList{u"+12025550143"_qs, u"+431712345678"_qs, u"+491712345678"_qs, u"030 1234567"_qs}));

    // Saved and loaded again, the region stays with the profile.
    QString error;
    auto profile = TableFormat::loadProfile(params.profilePath, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(profile->numberRegion, u"DE"_qs);
    QCOMPARE(profile->toJson().value(u"number_region"_qs).toString(), u"DE"_qs);
    profile->numberRegion.clear(); // none declared: the case's region reads the numbers, no key is written
    QVERIFY(!profile->toJson().contains(u"number_region"_qs));
}

void tst_MappingProfiles::profileMustNameClassAndZone_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("message");
    QTest::newRow("no class") << "profile/no-class-profile.json" << "must name the evidence class";
    QTest::newRow("no zone") << "profile/no-zone-profile.json" << "must name the zone";
}

void tst_MappingProfiles::profileMustNameClassAndZone()
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

void tst_MappingProfiles::aProfilesMistakeIsNamed_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("ofTheTable");
    const QByteArray columns = R"("columns": {"timestamp": "Zeitpunkt", "initiator": "Von", "counterpart": "An"})";
    QTest::newRow("no subtype") << QByteArray(R"({"class": "communication", "timezone": "UTC", )" + columns + "}")
                                << u"the profile must name a subtype (e.g. imessage-query, call, sms, message)"_qs << false;
    QTest::newRow("a zone not known") << QByteArray(R"({"class": "communication", "subtype": "call", "timezone": "Europe/Atlantis", )" + columns + "}")
                                      << u"unknown time zone \"Europe/Atlantis\""_qs << false;
    QTest::newRow("a region not known")
        << QByteArray(R"({"class": "communication", "subtype": "call", "timezone": "UTC", "number_region": "DEU", )" + columns + "}")
        << u"unknown region \"DEU\" for the numbers written without a country code (\"number_region\": an ISO 3166 "
           "code such as US or DE)"_qs
        << false;
    QTest::newRow("a field not known")
        << QByteArray(R"({"class": "communication", "subtype": "call", "timezone": "UTC", "columns": {"timestamp": "Zeitpunkt", )"
                      R"("initiator": "Von", "counterpart": "An", "recipient": "Notiz"}})")
        << u"unknown field \"recipient\" in \"columns\""_qs << false;
    // Columns renamed since the profile was saved: the profile's own spellings are named.
    QTest::newRow("columns not in the file")
        << QByteArray(R"({"class": "communication", "subtype": "call", "timezone": "UTC", "columns": {"timestamp": "Datum", )"
                      R"("initiator": ["Anrufer", "Von Nummer"], "counterpart": "An", "duration": "Dauer"}})")
        << u"no header row in the first 60 rows has the columns the profile names for a timestamp (or date and time), and "
           "initiator and counterpart (or local party, remote party and direction): timestamp \"datum\"; initiator "
           "\"anrufer\" or \"vonnummer\"; counterpart \"an\" (headers compared in lower case, by their letters and digits)"_qs
        << true;
}

void tst_MappingProfiles::aProfilesMistakeIsNamed()
{
    QFETCH(QByteArray, profile);
    QFETCH(QString, error);
    QFETCH(bool, ofTheTable);
    const QString path = TestSupport::writeFile(m_dir.filePath(QStringLiteral("mistaken.json")), profile);
    const QString table = dataPath(QStringLiteral("profile/custom-export.csv"));
    ImportParams params;
    params.files = {table};
    params.profilePath = path;
    const auto imported = import(params);
    QVERIFY(!imported.result.allOk());
    // Named under the table it was to read; a mistake in the profile itself, with the profile.
    QCOMPARE(imported.result.files.value(0).error, table + u": "_qs + (ofTheTable ? QString() : path + u": "_qs) + error);
    QVERIFY(!imported.db || TestSupport::rows(imported.db->db(), u"SELECT count(*) FROM sources"_qs) == QStringList{u"0"_qs});
}

void tst_MappingProfiles::profileRoundTrip()
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
                                                     u"carrier-cdr-target"_qs, u"carrier-cdr"_qs}));
}

QTEST_GUILESS_MAIN(tst_MappingProfiles)
#include "tst_mappingprofiles.moc"
