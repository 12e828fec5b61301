#include "casechangewatch.h"
#include "casedatabase.h"
#include "casewriters.h"
#include "deferredwrites.h"
#include "casequeries.h"
#include "eventwriter.h"
#include "geolocatejob.h"
#include "importfiles.h"
#include "importjob.h"
#include "importsuite.h"
#include "shiftedrecords.h"
#include "itemroles.h"
#include "rawtextindexjob.h"
#include "sourcelistmodel.h"
#include "sourcenotetext.h"
#include "sourcereading.h"
#include "tableimporter.h"
#include "testsupport.h"
#include "timeformat.h"
#include "zonerules.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <limits>
#include <thread>

using TestSupport::dataPath;
using TestSupport::scalar;

class tst_ImportJob : public ImportSuite
{
    Q_OBJECT
private slots:
    void idsCsvExactEvents();
    void anOpenCaseNoticesWhatOtherConnectionsWrite();
    void anImportWaitsWhileAnotherWrites();
    void anImportSaysWhichWorkOfItsOwnProgramItWaitsFor();
    void aFileReadWholeIsSaidToBeComparedWithTheCase();
    void smallWritesWaitTheirTurnInOrder();
    void aFolderIsTheFilesInItThatMayHoldRecords();
    void aFileReadWithItsOwnSettings();
    void dedupeKeysAreTheDocumentedHash();
    void aCaseWhoseHandlesAnEarlierVersionReadOtherwiseIsSaidToBe();
    void handlesWrittenWithMarksNoOneSeesMeetTheirPlainSpelling();
    void aCellNamingSeveralHandlesIsSaid();
    void aTimeBeforeAnyRecordIsRefused();
    void unmappedColumnsKeptAsJson();
    void aHeaderHoldingPercentSignsIsKeptAsWritten();
    void spellingNumbersOfAnotherImporterAreNotTrusted();
    void theCaseItselfIsNotImported();
    void sameEventsFromCsvTsvXlsx_data();
    void sameEventsFromCsvTsvXlsx();
    void badRowsAreRejectedOthersImported();
    void recordsAboveTheHeaderAreCountedNotHidden();
    void zoneStatedInCells();
    void theZoneRulesLocalTimesWereReadByAreKept();
    void offsetsWrittenWithTheirZoneAreSaidToBeCheckedNotRead();
    void recordsReadByAnotherVersionOfTheZoneRulesAreSaidToBe();
    void missingZoneFailsAndChangesNothing();
    void failureMidImportLeavesCaseUnchanged();
    void duplicateFileRefusedUnlessAllowed();
    void aNextReturnWithNoShiftedRecordsIsNotSaidToHaveThem_data();
    void aNextReturnWithNoShiftedRecordsIsNotSaidToHaveThem();
    void aLaterReturnReadInAnotherZoneIsSaidToBe();
    void aFileReadAgainAcrossAClockChangeIsSaidToBeShiftedByBoth();
    void aReturnWrittenInAnotherZoneThanTheOneDeclaredIsSaidToo();
    void twoReturnsOfOneImportInTwoZonesAreSaidToBe();
    void aReturnReadWithDayAndMonthSwappedIsSaidToBe();
    void aReturnSwappedBeforeIsSaidToBeByTheNextOne_data();
    void aReturnSwappedBeforeIsSaidToBeByTheNextOne();
    void aSwappedReturnWhoseTimesNameTheirZoneIsSaidToo();
    void theSameCallsInTwoCarriersRecordsAreSaidToBe();
    void theSameCallsReadInAnotherZoneAreSaidToBeShifted();
    void aBulkImportFindsRecordsElsewhereAsAnImportByIndexDoes_data();
    void aBulkImportFindsRecordsElsewhereAsAnImportByIndexDoes();
    void aFileRolledBackPassesNoHandlesToTheNext_data();
    void aFileRolledBackPassesNoHandlesToTheNext();
    void aWorkbookFailedInALaterSheetPassesNoHandlesOn_data();
    void aWorkbookFailedInALaterSheetPassesNoHandlesOn();
    void theSampleSpansTheWholeFile();
    void sourceFileUntouched();
    void cancelRollsBackEverything();
    void progressKeepsPaceWithTheRows();
    void oneBadFileDoesNotSinkTheOthers();
    void previewAndRejectedRowsAreKeptToTheirOwnLimits();
    void unknownZoneAndFormatAreRefused();
};

namespace {

struct StoredEvent
{
    QString cls, subtype, utc, timeRaw, zone, initiator, initiatorRaw, counterpart, counterpartRaw, ip;
    QVariant devices;
    int line;
    QString raw;
};

QList<StoredEvent> storedEvents(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT e.class, e.subtype, e.utc_ms, e.time_raw, e.time_zone, hi.normalized, e.initiator_raw,"
                          " hc.normalized, e.counterpart_raw, e.client_ip, e.device_count, e.line, e.raw"
                          " FROM events e JOIN handles hi ON hi.id = e.initiator_id"
                          " JOIN handles hc ON hc.id = e.counterpart_id ORDER BY e.line"));
    QList<StoredEvent> events;
    while (q.next()) {
        events.append({q.value(0).toString(), q.value(1).toString(), TimeFormat::isoUtc(q.value(2).toLongLong()),
                       q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                       q.value(7).toString(), q.value(8).toString(), q.value(9).toString(), q.value(10),
                       q.value(11).toInt(), q.value(12).toString()});
    }
    return events;
}

/// Events whose initiator or counterpart is no handle of the case.
int eventsOfHandlesGone(QSqlDatabase db)
{
    return scalar(db, u"SELECT count(*) FROM events e"
                      " WHERE NOT EXISTS (SELECT 1 FROM handles h WHERE h.id = e.initiator_id)"
                      " OR (e.counterpart_id IS NOT NULL"
                      " AND NOT EXISTS (SELECT 1 FROM handles h WHERE h.id = e.counterpart_id))"_qs)
        .toInt();
}

} // namespace

void tst_ImportJob::idsCsvExactEvents()
{
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))},
                                       QStringLiteral("America/New_York"));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error + result.error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.format, QStringLiteral("apple-ids"));
    QCOMPARE(file.rowsRead, 6);
    QCOMPARE(file.accepted, 6);
    QCOMPARE(file.rejected, 0);
    QCOMPARE(file.duplicate, 0);

    const auto db = openCase(casePath);

    QVERIFY(db);
    const auto events = storedEvents(db->db());
    QCOMPARE(events.size(), 6);
    // EDT is UTC-4 in September.
    QCOMPARE(events[0].utc, QStringLiteral("2016-09-02T22:22:05Z"));
    QCOMPARE(events[0].timeRaw, QStringLiteral("2016-09-02 18:22:05"));
    QCOMPARE(events[0].zone, QStringLiteral("America/New_York"));
    QCOMPARE(events[0].cls, QStringLiteral("lookup"));
    QCOMPARE(events[0].subtype, QStringLiteral("imessage-query"));
    QCOMPARE(events[0].initiator, QStringLiteral("+12025550143"));
    QCOMPARE(events[0].counterpart, QStringLiteral("+13125550147"));
    QCOMPARE(events[0].counterpartRaw, QStringLiteral("tel:+13125550147"));
    QCOMPARE(events[0].ip, QStringLiteral("198.51.100.14"));
    QCOMPARE(events[0].devices.toInt(), 2);
    QCOMPARE(events[0].line, 10);
    QCOMPARE(events[0].raw, QStringLiteral("2016-09-02 18:22:05,+12025550143,tel:+13125550147,198.51.100.14,2,iPhone"));
    QCOMPARE(events[1].counterpart, QStringLiteral("dana.reyes@example.com"));
    QCOMPARE(events[1].counterpartRaw, QStringLiteral("mailto:Dana.Reyes@example.com"));
    QCOMPARE(events[2].initiator, QStringLiteral("+12015550123")); // the other direction: someone looked up the target
    QCOMPARE(events[2].counterpart, QStringLiteral("+12025550143"));
    QCOMPARE(events[2].raw, QStringLiteral("2016-09-03 07:01:13,tel:+12015550123,+12025550143,203.0.113.77,1,\"iPhone, iOS 10.0\""));
    QCOMPARE(events[3].counterpart, QStringLiteral("+13125550147")); // "(312) 555-0147" with region US
    QCOMPARE(events[3].utc, QStringLiteral("2016-09-06T03:59:59Z"));
    QCOMPARE(events[4].counterpart, QStringLiteral("+1 200 555 0100")); // possible but not valid: kept as typed
    QCOMPARE(events[4].devices.toInt(), 0);
    QCOMPARE(events[5].counterpart, QStringLiteral("SomeUser42"));
    QCOMPARE(events[5].line, 15);

    // The unmapped column is kept under its header text.
    QSqlQuery extra(db->db());
    extra.exec(QStringLiteral("SELECT extra FROM events WHERE line = 12"));
    QVERIFY(extra.next());
    QCOMPARE(QJsonDocument::fromJson(extra.value(0).toByteArray()).object().value(QStringLiteral("User Agent")).toString(),
             QStringLiteral("iPhone, iOS 10.0"));

    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT validity FROM handles WHERE normalized = '+1 200 555 0100'")).toString(),
             QStringLiteral("possible-not-valid"));
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT kind FROM handles WHERE normalized = 'SomeUser42'")).toString(),
             QStringLiteral("other"));
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT group_concat(raw, '|') FROM (SELECT raw FROM handle_spellings s"
                                             " JOIN handles h ON h.id = s.handle_id WHERE h.normalized = '+13125550147'"
                                             " ORDER BY raw)")).toString(),
             QStringLiteral("(312) 555-0147|tel:+13125550147"));

    const SourceRow source = CaseQueries(db->db()).sources().first();
    QCOMPARE(source.fileName, QStringLiteral("ids-sample.csv"));
    QCOMPARE(source.format, QStringLiteral("apple-ids"));
    QCOMPARE(source.timeZone, QStringLiteral("America/New_York"));
    QVERIFY(source.zoneDeclared);
    QCOMPARE(source.fileSize, QFileInfo(dataPath(QStringLiteral("ids/ids-sample.csv"))).size());
    QCOMPARE(source.sha256.size(), 64);
    QCOMPARE(source.rowsRead, 6);
    QCOMPARE(source.metadata.value(QStringLiteral("account_dsid")).toString(), QStringLiteral("9990001112"));
    QCOMPARE(source.metadata.value(QStringLiteral("account_identifier")).toString(), QStringLiteral("tel:+12025550143"));
    QCOMPARE(source.metadata.value(QStringLiteral("header_line")).toInt(), 9);
    QCOMPARE(source.metadata.value(QStringLiteral("metadata_lines")).toArray().size(), 8);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")).toInt(), 1);
    // Each client IP gets an id once, in the order the file first uses it (geolocation keys on it).
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT group_concat(id || '=' || ip, ' ') FROM client_ips")).toString(),
             QStringLiteral("1=198.51.100.14 2=203.0.113.77 3=100.64.20.5"));
}

void tst_ImportJob::dedupeKeysAreTheDocumentedHash()
{
    // Keys stored by every earlier version must still match a re-imported record: the SHA-1
    // (base64) of format, subtype, UTC ms, both normalised handles, IP, device count and
    // "record id|call id", joined by U+001F, in UTF-8. Recomputed here with Qt's own SHA-1.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    const auto db = openCase(casePath);
    QVERIFY(db);
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT s.format, e.subtype, e.utc_ms, hi.normalized, hc.normalized, e.client_ip,"
                                  " e.device_count, e.dedupe_key FROM events e JOIN sources s ON s.id = e.source_id"
                                  " JOIN handles hi ON hi.id = e.initiator_id JOIN handles hc ON hc.id = e.counterpart_id")));
    int checked = 0;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 7; ++i)
            fields.append(q.value(i).toString());
        fields.append(QStringLiteral("|")); // the sample has neither a record id nor a call id
        const QByteArray expected = QCryptographicHash::hash(fields.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toBase64();
        QCOMPARE(q.value(7).toString(), QString::fromLatin1(expected));
        ++checked;
    }
    QCOMPARE(checked, 6);
}

void tst_ImportJob::aCaseWhoseHandlesAnEarlierVersionReadOtherwiseIsSaidToBe()
{
    // A case an earlier version imported into, whose rules kept "(202) 555-0147 ext. 12" as typed:
    // a record a new return repeats with it is not recognised as the same (its key holds the handle
    // as normalised), and the analyst is told which spellings, before counting it twice.
    const QString header = QStringLiteral("Timestamp (GMT),Source Handle,Lookup Handle,Client IP\n");
    const QString first = writeFile(u"first.csv"_qs, (header + u"2016-09-02 18:22:05,+12025550143,(202) 555-0147 ext. 12,198.51.100.14\n"_qs).toUtf8());
    const QString second = writeFile(u"second.csv"_qs, (header + u"2016-09-02 18:22:06,+12025550143,+13125550147,198.51.100.14\n"_qs).toUtf8());
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {first}).allOk());
    QCOMPARE(scalar(openCase(casePath)->db(), u"SELECT count(*) FROM handles WHERE normalized = '+12025550147;ext=12'"_qs).toInt(), 1);
    const ImportResult same = importInto(casePath, {second});
    QVERIFY(same.allOk());
    QCOMPARE(same.files.first().warnings, QStringList()); // imported by this version: nothing to say
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"UPDATE handles SET normalized = '(202) 555-0147 ext. 12' WHERE normalized = '+12025550147;ext=12'"_qs));
        QVERIFY(q.exec(u"UPDATE sources SET importer_version = 'lookuplens-import/0.1.0' WHERE id = 1"_qs));
    }
    const QString third = writeFile(u"third.csv"_qs, (header + u"2016-09-02 18:22:07,+12025550143,+13125550147,198.51.100.14\n"_qs).toUtf8());
    const ImportResult later = importInto(casePath, {third});
    QVERIFY(later.allOk());
    QCOMPARE(later.files.first().warnings,
             QStringList{u"1 handle spelling(s) in this case were read otherwise by an earlier version of LookupLens "
                         "(\"(202) 555-0147 ext. 12\" was (202) 555-0147 ext. 12, is now +12025550147;ext=12): a record of "
                         "this file with one that repeats a record imported then is not recognised as a duplicate, and "
                         "the handle stands twice in the case"_qs});

    // Version 1 kept a zero-width space: the warning shows it, as the handle looks like the number.
    const QString marked = writeFile(u"marked.csv"_qs, (header + u"2016-09-02 18:22:08,+12025550143,\u200B+13125550199,198.51.100.14\n"_qs).toUtf8());
    QVERIFY(importInto(casePath, {marked}).allOk());
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"UPDATE handles SET normalized = '\u200B+13125550199' WHERE normalized = '+13125550199'"_qs));
        QVERIFY(q.exec(u"UPDATE sources SET importer_version = 'lookuplens-import/0.1.0 handle-rules/1' WHERE id = 4"_qs));
    }
    const QString fifth = writeFile(u"fifth.csv"_qs, (header + u"2016-09-02 18:22:09,+12025550143,+13125550147,198.51.100.14\n"_qs).toUtf8());
    const ImportResult last = importInto(casePath, {fifth});
    QVERIFY(last.allOk());
    QVERIFY2(last.files.first().warnings.first().startsWith(
                 u"2 handle spelling(s) in this case were read otherwise by an earlier version of LookupLens "
                 "(\"(202) 555-0147 ext. 12\" was (202) 555-0147 ext. 12, is now +12025550147;ext=12; "
                 "\"\u27E8U+200B\u27E9+13125550199\" was \u27E8U+200B\u27E9+13125550199, is now +13125550199): "_qs),
             qPrintable(last.files.first().warnings.join(u'\n')));
}

void tst_ImportJob::handlesWrittenWithMarksNoOneSeesMeetTheirPlainSpelling()
{
    // Copied out of a PDF or a right-to-left page, a number carries a zero-width space or
    // direction marks; saved by some exports, Excel's apostrophe. Each looked like the plain
    // number and stood as a handle of its own: now one handle, the records as written, and said.
    // Quotes around a name are no part of it either (handle rules 4); Excel's apostrophe before
    // one may be (it is needed before numbers and dates, not words), and stays.
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(u"ids/ids-stray-characters.csv"_qs)});
    QVERIFY(result.allOk());
    const auto db = openCase(casePath);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT normalized || ' ' || kind FROM handles ORDER BY normalized"_qs),
             QStringList({u"'sam other"_qs, u"+12025550143 phone"_qs, u"+13125550147 phone"_qs, u"alice other"_qs,
                          u"dana.reyes@example.com email"_qs, u"sam other"_qs}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line || ' ' || initiator_raw || ' ' || counterpart_raw FROM events ORDER BY line"_qs),
             QStringList({u"2 +12025550143 +13125550147"_qs, u"3 '+12025550143 \u200B+13125550147"_qs,
                          u"4 \u202A+1 202 555 0143\u202C 'dana.reyes@example.com"_qs,
                          u"5 \u200E+12025550143\u200E dana.reyes@example.com\u2060"_qs,
                          u"6 'sam \u200B+13125550147"_qs, u"7 +12025550143 ali\u200Dce"_qs,
                          u"8 \"dana.reyes@example.com\" \u201C+1 312 555 0147\u201D"_qs, u"9 +12025550143 \"sam\""_qs}));
    QCOMPARE(scalar(db->db(), u"SELECT json_extract(metadata, '$.handles_with_stray_characters') FROM sources"_qs).toString(),
             u"{\"count\":10,\"first\":[{\"read_as\":\"+12025550143\",\"written\":\"'+12025550143\"},"
             "{\"read_as\":\"+13125550147\",\"written\":\"\u27E8U+200B\u27E9+13125550147\"},"
             "{\"read_as\":\"+12025550143\",\"written\":\"\u27E8U+202A\u27E9+1 202 555 0143\u27E8U+202C\u27E9\"}]}"_qs);
    const QString note = u"10 handle spelling(s) were read without characters that are no part of a handle "
                         "(the records keep them as written): marks no one sees, as a zero-width space or a direction "
                         "mark (shown here as their code points), the apostrophe Excel puts before a cell's text, or "
                         "quotes around the whole of it: "
                         "'+12025550143 as +12025550143; \u27E8U+200B\u27E9+13125550147 as +13125550147; "
                         "\u27E8U+202A\u27E9+1 202 555 0143\u27E8U+202C\u27E9 as +12025550143; \u2026"_qs;
    QVERIFY2(result.files.first().warnings.contains(note), qPrintable(result.files.first().warnings.join(u'\n')));
    QCOMPARE(TableImporter::strayCharactersNote(QJsonDocument::fromJson(
                 scalar(db->db(), u"SELECT metadata FROM sources"_qs).toString().toUtf8()).object()),
             note);
}

void tst_ImportJob::aCellNamingSeveralHandlesIsSaid()
{
    // A group message's recipients listed in one cell ("+12025550143, +12025550144") stood as a
    // handle of their own, said nowhere: none of the numbers' timelines held the record. Kept as
    // written (the row is one record), and said, naming what each spelling names; a name with a
    // comma, or a number with its neighbour's last digits, names no two.
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(u"carrier/cdr-several-in-one-cell.csv"_qs)}, u"UTC"_qs);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const auto db = openCase(casePath);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line || ' ' || i.normalized || ' ' || c.normalized FROM events "
                                         "JOIN handles i ON i.id = initiator_id JOIN handles c ON c.id = counterpart_id ORDER BY line"_qs),
             QStringList({u"2 +12025550100 +12025550143, +12025550144"_qs, u"3 +12025550100 +12025550143 / +12025550144"_qs,
                          u"4 +12025550100 +12025550143, +12025550144"_qs,
                          u"5 +12025550100 (202) 555-0143 & dana.reyes@example.com"_qs, u"6 +12025550100 Doe, John"_qs,
                          u"7 +12025550100 +1 202 555 0143 / 44"_qs, u"8 +12025550143; +12025550144 +12025550100"_qs,
                          u"9 +12025550100 +12025550143"_qs}));
    QCOMPARE(scalar(db->db(), u"SELECT json_extract(metadata, '$.several_handles_in_one_cell') FROM sources"_qs).toString(),
             u"{\"count\":4,\"first\":[{\"names\":[\"+12025550143\",\"+12025550144\"],\"written\":\"+12025550143, +12025550144\"},"
             "{\"names\":[\"+12025550143\",\"+12025550144\"],\"written\":\"+12025550143 / +12025550144\"},"
             "{\"names\":[\"+12025550143\",\"dana.reyes@example.com\"],\"written\":\"(202) 555-0143 & dana.reyes@example.com\"}]}"_qs);
    const QString note = u"4 handle(s) name more than one number or address in one cell, and were each kept as written, "
                         "one handle of its own: their records are in none of the timelines of the numbers or addresses "
                         "they name, and the contact graph draws each as one party: \"+12025550143, +12025550144\" "
                         "(+12025550143, +12025550144); \"+12025550143 / +12025550144\" (+12025550143, +12025550144); "
                         "\"(202) 555-0143 & dana.reyes@example.com\" (+12025550143, dana.reyes@example.com); \u2026"_qs;
    QVERIFY2(result.files.first().warnings.contains(note), qPrintable(result.files.first().warnings.join(u'\n')));
    QCOMPARE(SeveralHandlesInOneCell::note(QJsonDocument::fromJson(
                 scalar(db->db(), u"SELECT metadata FROM sources"_qs).toString().toUtf8()).object()),
             note);
    // The source's description says it too.
    const SourceListModel sources(db->db());
    QCOMPARE(sources.rowCount(), 1);
    const QString description = sources.index(0, 0).data(ItemRoles::DescriptionRole).toString();
    QVERIFY2(description.contains(note), qPrintable(description));

    // A file naming one number or address a cell: nothing to say.
    const ImportResult plain = importInto(newCasePath(), {dataPath(u"carrier/cdr-call-types.csv"_qs)}, u"UTC"_qs);
    QVERIFY2(plain.allOk(), qPrintable(plain.files.value(0).error));
    for (const QString &warning : plain.files.first().warnings)
        QVERIFY2(!warning.contains(u"in one cell"_qs), qPrintable(warning));
}

void tst_ImportJob::aTimeBeforeAnyRecordIsRefused()
{
    // A database writes a time not recorded as the zero of its clock, or as a far date, a tool a
    // year cut short: stored, each stood in the timeline decades from the records.
    const auto imported = importUtc(u"zeros.csv"_qs, "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                                     "1970-01-01 00:00:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                                     "0016-09-12 14:03:07,+12025550143,+13125550147,198.51.100.14,2\n"
                                                     "1899-12-30 00:00:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                                     "1973-03-03 09:46:40,+12025550143,+13125550147,198.51.100.14,2\n"
                                                     "2016-09-12 14:03:07,+12025550143,+13125550147,198.51.100.14,2\n"
                                                     "9999-12-31 23:59:59,+12025550143,+13125550147,198.51.100.14,2\n"
                                                     "2099-12-31 23:59:59,+12025550143,+13125550147,198.51.100.14,2\n");
    QVERIFY2(imported.result.allOk(), qPrintable(imported.result.files.value(0).error));
    // 1973-03-03 09:46:40 is the earliest read, 2099-12-31 23:59:59 the latest.
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, utc_ms FROM events ORDER BY line"_qs),
             (QStringList{u"5|100000000000"_qs, u"6|1473688987000"_qs, u"8|4102444799000"_qs}));
    const QString why = u"before any provider kept such records: a time not recorded, written as the zero of a clock "
                        "or count, or a year cut short"_qs;
    QCOMPARE(TestSupport::rows(imported.db->db(), u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"2|the time \"1970-01-01 00:00:00\" falls on 1970-01-01 00:00:00 UTC, "_qs + why,
                          u"3|the time \"0016-09-12 14:03:07\" falls on 0016-09-12 14:03:07 UTC, "_qs + why,
                          u"4|the time \"1899-12-30 00:00:00\" falls on 1899-12-30 00:00:00 UTC, "_qs + why,
                          u"7|the time \"9999-12-31 23:59:59\" falls on 9999-12-31 23:59:59 UTC, after 2099: a time not "
                          "recorded, written as a far date"_qs}));
}

void tst_ImportJob::aHeaderHoldingPercentSignsIsKeptAsWritten()
{
    // A repeated header is numbered ("%1 (%2)"): a header holding "%2" had it taken for the
    // number's place, and its cells were kept under a name the file does not have.
    const QString file =
        writeFile(u"percent.csv"_qs,
                  "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Note %2,Note %2\n"
                  "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14,first,second\n");
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {file}).allOk());
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, extra FROM events"_qs),
             QStringList{uR"j(2|{"Note %2":"first","Note %2 (2)":"second"})j"_qs});
}

void tst_ImportJob::unmappedColumnsKeptAsJson()
{
    // Plain cells are written as JSON directly, others through QJsonObject: both must give
    // QJsonDocument's compact form (keys sorted, escapes). The header "Note" is repeated: the
    // second column is "Note (2)", so neither column's cells are dropped.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-extra-columns.csv"))}, QStringLiteral("UTC")).allOk());
    const auto db = openCase(casePath);
    QVERIFY(db);
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT line, extra FROM events ORDER BY line")));
    const QList<QPair<int, QString>> expected{
        {2, QStringLiteral(R"j({"Carrier":"AT&T","Note":"first","Note (2)":"second","User Agent":"iPhone"})j")},
        {3, QStringLiteral(R"j({"Carrier":"Verizon","Note":"say \"hi\"","Note (2)":"C:\\dir","User Agent":"iPhone, iOS 10.0"})j")},
        {4, QStringLiteral(R"j({"Carrier":"","Note":"Zürich","Note (2)":")j") + QString::fromUtf8("\xF0\x9F\x98\x80")
                + QStringLiteral(R"( ok","User Agent":"tab\there"})")},
        {5, QStringLiteral(R"j({"Carrier":"","Note":"","Note (2)":"","User Agent":""})j")},
        {6, QStringLiteral(R"j({"Carrier":")j") + QChar(0x7F) + QStringLiteral(R"j(","Note":"line\nbreak","Note (2)":"end","User Agent":"a~b/c{d}[e]"})j")},
    };
    for (const auto &[line, json] : expected) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), line);
        QCOMPARE(q.value(1).toString(), json);
    }
    QVERIFY(!q.next());
}

void tst_ImportJob::spellingNumbersOfAnotherImporterAreNotTrusted()
{
    // The writer finds a handle by the importer's spelling number; numbers of a second
    // importer (the same 0 for another spelling) must not give the first importer's handle.
    QString error;
    const auto db = CaseDatabase::create(newCasePath(), QStringLiteral("US"), &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sources (id, file_name, file_path, file_size, sha256, imported_at, imported_by,"
                                  " format, time_zone, zone_declared, importer_version) VALUES (1, 'f', '/f', 1, '%1',"
                                  " 'now', 'me', 'x', 'UTC', 0, 'v')").arg(QString(64, u'0'))));
    int firstImporter = 0; // two objects: their addresses tell the importers apart
    int secondImporter = 0;
    const auto event = [](const QString &from, const QString &to, int number, const void *table) {
        EventRecord e;
        e.subtype = QStringLiteral("imessage-query");
        e.timeRaw = QStringLiteral("t");
        e.timeZone = QStringLiteral("UTC");
        e.initiatorRaw = from;
        e.counterpartRaw = to;
        e.initiator = {from, HandleKind::Phone, HandleCheck::Valid};
        e.counterpart = {to, HandleKind::Phone, HandleCheck::Valid};
        e.initiatorSpelling = number;
        e.counterpartSpelling = number + 1;
        e.spellingTable = table;
        e.line = 1;
        e.raw = from + u',' + to;
        return e;
    };
    EventWriter writer(db->db(), 1);
    QVERIFY(writer.prepare());
    const QString a = QStringLiteral("+12025550143"), b = QStringLiteral("+13125550147");
    const QString c = QStringLiteral("+12015550123"), d = QStringLiteral("+14155550100");
    QCOMPARE(writer.write(event(a, b, 0, &firstImporter)), EventWriter::Outcome::Inserted);
    QCOMPARE(writer.write(event(c, d, 0, &secondImporter)), EventWriter::Outcome::Inserted);
    QCOMPARE(writer.write(event(a, b, 0, &firstImporter)), EventWriter::Outcome::Inserted);
    QCOMPARE(writer.write(event(d, c, -1, nullptr)), EventWriter::Outcome::Inserted);
    QVERIFY(writer.finish());
    QVERIFY(q.exec(QStringLiteral("SELECT hi.normalized, hc.normalized FROM events e JOIN handles hi ON hi.id = e.initiator_id"
                                  " JOIN handles hc ON hc.id = e.counterpart_id ORDER BY e.id")));
    for (const auto &[from, to] : {std::pair{a, b}, std::pair{c, d}, std::pair{a, b}, std::pair{d, c}}) {
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), from);
        QCOMPARE(q.value(1).toString(), to);
    }
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM handles")).toInt(), 4);
}

void tst_ImportJob::sameEventsFromCsvTsvXlsx_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("tsv") << "ids/ids-sample.tsv";
    QTest::newRow("xlsx") << "ids/ids-sample.xlsx";
}

void tst_ImportJob::sameEventsFromCsvTsvXlsx()
{
    QFETCH(QString, file);
    const QString csvCase = newCasePath();
    const QString otherCase = newCasePath();
    QVERIFY(importInto(csvCase, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    const ImportResult other = importInto(otherCase, {dataPath(file)}, QStringLiteral("UTC"));
    QVERIFY2(other.allOk(), qPrintable(other.files.value(0).error));
    QString error;
    const auto a = CaseDatabase::open(csvCase, CaseDatabase::Access::ReadOnly, &error);
    const auto b = CaseDatabase::open(otherCase, CaseDatabase::Access::ReadOnly, &error);
    const auto left = storedEvents(a->db());
    const auto right = storedEvents(b->db());
    QCOMPARE(right.size(), left.size());
    for (int i = 0; i < left.size(); ++i) {
        QCOMPARE(right[i].utc, left[i].utc);
        QCOMPARE(right[i].initiator, left[i].initiator);
        QCOMPARE(right[i].counterpart, left[i].counterpart);
        QCOMPARE(right[i].counterpartRaw, left[i].counterpartRaw);
        QCOMPARE(right[i].ip, left[i].ip);
        QCOMPARE(right[i].devices, left[i].devices);
        QCOMPARE(right[i].line, left[i].line);
    }
    QCOMPARE(right[0].timeRaw, QStringLiteral("2016-09-02 18:22:05"));
}

void tst_ImportJob::recordsAboveTheHeaderAreCountedNotHidden()
{
    // Two records pasted above the header were kept among the metadata lines, counted nowhere.
    // They are rejected rows now, saying why; the lines of the metadata block stay its own,
    // those that fill as many cells as a record but hold no time in its column, or no party, too.
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(u"ids/ids-records-above-header.csv"_qs)}, u"UTC"_qs);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.accepted, 2);
    QCOMPARE(file.rejected, 2);
    QCOMPARE(file.rowsRead, 4);
    const auto db = openCase(casePath);
    const QString reason = u"a record above the header row at line 7: its cells fit that header's columns and its time "
                           "reads, but no header above it names its columns, so it is not read (to read it, import a copy "
                           "with the row below the header)"_qs;
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, reason, raw FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"4|%1|2016-08-30 07:15:00,+12025550143,+13125550147,198.51.100.14,2"_qs.arg(reason),
                          u"5|%1|2016-08-30 07:15:41,+12025550143,dana.reyes@example.com,198.51.100.14,1"_qs.arg(reason)}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line FROM events ORDER BY line"_qs), (QStringList{u"8"_qs, u"9"_qs}));
    QCOMPARE(TestSupport::jsonObject(db->db(), u"SELECT metadata FROM sources"_qs).value(u"metadata_lines"_qs).toArray(),
             (QJsonArray{u"IDS Query Logs"_qs, u"Account,DSID,9990001112"_qs, u"2016-08-28 00:00:00,to,2016-09-21 23:59:59"_qs, u""_qs}));
    // Without a zone the rows above are still no metadata: the import asks for the zone as before.
    const ImportResult unzoned = importInto(newCasePath(), {dataPath(u"ids/ids-records-above-header.csv"_qs)});
    QVERIFY(!unzoned.allOk());
    QVERIFY2(unzoned.files.first().error.contains(u"none was declared"_qs), qPrintable(unzoned.files.first().error));
}

void tst_ImportJob::badRowsAreRejectedOthersImported()
{
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))});
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.accepted, 3);
    QCOMPARE(file.rejected, 5);
    QCOMPARE(file.rowsRead, file.accepted + file.rejected + file.duplicate);
    // The blank line 8 holds no record: no row, not rejected, and said so.
    QCOMPARE(file.notes, QStringList{u"1 blank line(s) hold no record and were not counted as rows: 8"_qs});
    QVERIFY(file.warnings.isEmpty());

    const auto db = openCase(casePath);

    QVERIFY(db);
    const auto rejected = CaseQueries(db->db()).rejectedRows({});
    QCOMPARE(rejected.size(), 5);
    const QList<int> lines{6, 7, 9, 10, 11};
    const QStringList reasons{QStringLiteral("impossible date"), QStringLiteral("missing field"),
                              QStringLiteral("stray delimiter"), QStringLiteral("initiator is empty"),
                              QStringLiteral("not a whole number")};
    for (int i = 0; i < rejected.size(); ++i) {
        QCOMPARE(rejected[i].line, lines[i]);
        QVERIFY2(rejected[i].reason.contains(reasons[i]), qPrintable(rejected[i].reason));
    }
    QCOMPARE(rejected[0].raw, QStringLiteral("2016-13-45 99:00:00,+12025550143,+13125550147,198.51.100.14,2"));
    const auto events = storedEvents(db->db());
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].line, 5);
    QCOMPARE(events[0].zone, QStringLiteral("UTC")); // from the header "Timestamp (UTC)"
    QCOMPARE(events[1].line, 12);
    QCOMPARE(events[1].counterpart, QStringLiteral("+13125550147")); // wrapped over two lines
    QCOMPARE(events[2].line, 14);
    const SourceRow source = CaseQueries(db->db()).sources().first();
    QCOMPARE(source.rowsRead, 8);
    QCOMPARE(source.rejected, 5);
    QVERIFY(!source.zoneDeclared);
    // The source keeps its blank lines, which its description names.
    QCOMPARE(source.metadata.value(u"blank_lines"_qs).toObject(),
             (QJsonObject{{u"count"_qs, 1}, {u"runs"_qs, QJsonArray{QJsonArray{8, 8}}}}));
    QCOMPARE(SourceNoteText::blankLinesNote(source.metadata.value(u"blank_lines"_qs).toObject()),
             u"1 blank line(s) hold no record and were not counted as rows: 8"_qs);
}

void tst_ImportJob::zoneStatedInCells()
{
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(QStringLiteral("ids/ids-zone-in-cells.csv"))});
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const auto db = openCase(casePath);
    QVERIFY(db);
    const auto events = storedEvents(db->db());
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].utc, QStringLiteral("2016-09-02T18:22:05Z"));
    QCOMPARE(events[1].utc, QStringLiteral("2016-09-02T18:22:41Z"));
    QCOMPARE(events[1].zone, QStringLiteral("+02:00"));
    QCOMPARE(events[2].utc, QStringLiteral("2016-09-02T18:23:00Z"));
    QCOMPARE(CaseQueries(db->db()).sources().first().timeZone, QStringLiteral("stated in records"));
}

void tst_ImportJob::missingZoneFailsAndChangesNothing()
{
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    QString error;
    const QStringList before = TestSupport::snapshot(casePath);
    const ImportResult result = importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))});
    QVERIFY(!result.allOk());
    QCOMPARE(result.files.first().error,
             dataPath(QStringLiteral("ids/ids-sample.csv"))
                 + QStringLiteral(":10: the timestamp states no time zone and none was declared for the source; "
                                  "declare the zone the provider used (--timezone)"));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::dumpContent(db->db()), before);

    // On a case that did not exist, nothing is left behind.
    const QString newCase = newCasePath();
    QVERIFY(!importInto(newCase, {dataPath(QStringLiteral("ids/ids-sample.csv"))}).allOk());
    QVERIFY(!QFile::exists(newCase));
}

void tst_ImportJob::failureMidImportLeavesCaseUnchanged()
{
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    QString error;
    QStringList before;
    {
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
        // A real SQLite failure on the 4th new event: the disk is "full" half-way through the file.
        QVERIFY(QSqlQuery(db->db()).exec(QStringLiteral(
            "CREATE TRIGGER fail_midway BEFORE INSERT ON events WHEN (SELECT count(*) FROM events) >= 6"
            " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        before = TestSupport::dumpContent(db->db());
    }
    const ImportResult result = importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC"));
    QVERIFY(!result.allOk());
    QVERIFY2(result.files.first().error.contains(QStringLiteral("simulated failure")), qPrintable(result.files.first().error));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QCOMPARE(TestSupport::dumpContent(db->db()), before);
    QVERIFY(QSqlQuery(db->db()).exec(QStringLiteral("DROP TRIGGER fail_midway")));
}

void tst_ImportJob::duplicateFileRefusedUnlessAllowed()
{
    const QString casePath = newCasePath();
    const QString file = dataPath(QStringLiteral("ids/ids-sample.csv"));
    QVERIFY(importInto(casePath, {file}, QStringLiteral("UTC")).allOk());
    const ImportResult again = importInto(casePath, {file}, QStringLiteral("UTC"));
    QVERIFY(!again.allOk());
    QVERIFY(again.files.first().error.contains(QStringLiteral("already imported as source #1")));
    QVERIFY(again.files.first().error.contains(QStringLiteral("--allow-duplicate")));
    QVERIFY(again.files.first().alreadyImported);

    // Allowed: every row is recognised as the same record and linked, never counted twice.
    const ImportResult allowed = importInto(casePath, {file}, QStringLiteral("UTC"), true);
    QVERIFY(allowed.allOk());
    QCOMPARE(allowed.files.first().accepted, 0);
    QCOMPARE(allowed.files.first().duplicate, 6);
    const auto db = openCase(casePath);
    QVERIFY(db);
    const CaseStats stats = CaseQueries(db->db()).stats();
    QCOMPARE(stats.events, 6);
    QCOMPARE(stats.duplicates, 6);
    QCOMPARE(stats.sources, 2);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(DISTINCT event_id) FROM event_occurrences WHERE source_id = 2")).toInt(), 6);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT o.line FROM event_occurrences o JOIN events e ON e.id = o.event_id"
                                             " WHERE e.line = 12")).toInt(), 12);
}

namespace {

/// The warnings of an import that say records stand in another source at another time.
QStringList shiftWarnings(const ImportResult &result)
{
    QStringList found;
    for (const FileImportResult &file : result.files) {
        for (const QString &warning : file.warnings) {
            if (warning.contains(QStringLiteral("checked (evenly through the file)")))
                found.append(warning);
        }
    }
    return found;
}

/// @p file imported into @p casePath, its times declared UTC and its day/month order @p order.
ImportResult importInOrder(const QString &casePath, const QString &file, DateOrder order, bool dryRun = false)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = {file};
    params.timeZone = QStringLiteral("UTC");
    params.dateOrder = order;
    params.dryRun = dryRun;
    return ImportJob::run(params);
}

/// What the preview of a file whose records stand shifted in another source says would follow.
QString previewedZoneEnd()
{
    return u"Imported so, they would not be joined as duplicates and would stand twice in the case: declare the zone "
           "each provider wrote its file in (for a file the case holds already, import the files again into a new "
           "case)."_qs;
}

/// Previews, then imports, @p params' file into its case: both warn @p expected alone of its
/// records found in other sources, the preview writing nothing, and the source's description
/// says it again; but where the import says what followed (@p expected's words from
/// @p importedFrom on), the preview says what would, and what to do (@p previewedEnd).
/// @p imported is the import's result.
void expectWarnedBeforeAndAfter(ImportParams params, const QString &expected, const QString &importedFrom,
                                const QString &previewedEnd, ImportResult &imported)
{
    const QStringList before = TestSupport::snapshot(params.casePath);
    params.dryRun = true;
    const ImportResult dry = ImportJob::run(params);
    QVERIFY(dry.allOk());
    QVERIFY2(expected.contains(importedFrom), qPrintable(expected));
    QCOMPARE(shiftWarnings(dry), QStringList{expected.left(expected.indexOf(importedFrom)) + previewedEnd});
    QCOMPARE(TestSupport::snapshot(params.casePath), before);
    params.dryRun = false;
    imported = ImportJob::run(params);
    QVERIFY(imported.allOk());
    QCOMPARE(shiftWarnings(imported), QStringList{expected});
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, nullptr);
    QVERIFY(db);
    const SourceListModel sources(db->db());
    QVERIFY(TestSupport::shownText(sources.data(sources.index(sources.rowCount() - 1, 0), Qt::ToolTipRole)).endsWith(u'\n' + expected));
}

} // namespace

void tst_ImportJob::aNextReturnWithNoShiftedRecordsIsNotSaidToHaveThem_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("next");
    QTest::addColumn<int>("nextOrder"); // DateOrder declared for the next return
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("duplicate");
    const int unknown = int(DateOrder::Unknown);
    // Read in the same zone: the four records of the first are joined as duplicates.
    QTest::newRow("the same zone") << u"ids/ids-sample.csv"_qs << u"ids/ids-sample-next-return.csv"_qs << unknown << 2 << 4;
    // The next return's records stand in the first at one hour, two, ... six: no one shift.
    QTest::newRow("a device asking every hour") << u"ids/ids-hourly.csv"_qs << u"ids/ids-hourly-next-return.csv"_qs << unknown
                                                << 6 << 0;
    // Records at midnight, as a file giving only their days has them: the next return's first
    // day stands a day after the first's last, at that one shift.
    QTest::newRow("records of whole days") << u"ids/ids-midnight.csv"_qs << u"ids/ids-midnight-next-return.csv"_qs << unknown
                                           << 9 << 0;
    // Dates of 3 to 10 March, declared day first as the first return's settled: four duplicates.
    QTest::newRow("the same day/month order") << u"carrier/cdr-sided-march.csv"_qs << u"carrier/cdr-sided-march-next-return.csv"_qs
                                              << int(DateOrder::DayFirst) << 1 << 4;
    // A call every day at 09:10 from January to March, then 1 to 12 April: 2 April swapped is
    // 4 February, which the first holds, as it holds each day.
    QTest::newRow("a call every day at nine") << u"carrier/cdr-sided-daily.csv"_qs << u"carrier/cdr-sided-daily-next-return.csv"_qs
                                              << int(DateOrder::DayFirst) << 12 << 0;
    // A call at ten on 4, 6 and 9 March and on 3 April, June and September: each of the next
    // return's stands in the first at both readings of its date, as a duplicate too.
    QTest::newRow("calls at both readings of their dates")
        << u"carrier/cdr-sided-both-readings.csv"_qs << u"carrier/cdr-sided-both-readings-next-return.csv"_qs
        << int(DateOrder::DayFirst) << 0 << 5;
    // Calls at ten on 3 April, June and September, then on 4, 6 and 9 March: each return has a
    // day above 12, which settles its order, and neither can have been read the wrong way.
    QTest::newRow("both orders settled from the data")
        << u"carrier/cdr-sided-third-of-the-month.csv"_qs << u"carrier/cdr-sided-third-of-the-month-next-return.csv"_qs
        << unknown << 4 << 0;
    // Three calls each made again a minute or so later, in both parties' carriers' records:
    // each call stands near two in the other's, which is no sign of which is its own.
    QTest::newRow("calls made again within two minutes")
        << u"carrier/cdr-sided-called-again.csv"_qs << u"carrier/cdr-called-again-other-party.csv"_qs << unknown << 6 << 0;
}

void tst_ImportJob::aNextReturnWithNoShiftedRecordsIsNotSaidToHaveThem()
{
    QFETCH(QString, first);
    QFETCH(QString, next);
    const QString casePath = newCasePath();
    QFETCH(int, nextOrder);
    QVERIFY(importInto(casePath, {dataPath(first)}, QStringLiteral("UTC")).allOk());
    const ImportResult later = importInOrder(casePath, dataPath(next), DateOrder(nextOrder));
    QVERIFY(later.allOk());
    QTEST(int(later.files.first().accepted), "accepted");
    QTEST(int(later.files.first().duplicate), "duplicate");
    QCOMPARE(shiftWarnings(later), QStringList());
}

void tst_ImportJob::aLaterReturnReadInAnotherZoneIsSaidToBe()
{
    // The same provider's next return, its zone declared otherwise: its four records of the
    // first return's are not known as the same (a duplicate is known by its time), and stand twice.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    const QString expected = QStringLiteral(
        "4 of the 6 records checked (evenly through the file) stand in “ids-sample.csv” with every field the same but "
        "their time, 2 h earlier here than there: the same records, read in two zones? This file was read in "
        "Europe/Berlin, the zone declared on import, “ids-sample.csv” in UTC, the zone declared on import. They are "
        "not joined as duplicates and stand twice in the case; if a zone was wrong, import the files again into a new "
        "case, each in the zone its provider wrote it in.");
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(QStringLiteral("ids/ids-sample-next-return.csv"))};
    params.timeZone = QStringLiteral("Europe/Berlin");
    ImportResult later;
    expectWarnedBeforeAndAfter(params, expected, u"They are not joined"_qs, previewedZoneEnd(), later);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(later.files.first().shiftedSource, u"ids-sample.csv"_qs); // a zone the dialog can offer
    QCOMPARE(later.files.first().shiftedSourceZone, u"UTC"_qs);
    QCOMPARE(later.files.first().duplicate, 0);
    QCOMPARE(later.files.first().accepted, 6);
    // Kept with the import in the audit log, as its other warnings are.
    const auto db = openCase(casePath);
    QVERIFY(db);
    const QJsonObject details = QJsonDocument::fromJson(
        scalar(db->db(), QStringLiteral("SELECT details FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1"))
            .toString().toUtf8()).object();
    QVERIFY(details.value(QStringLiteral("warnings")).toArray().contains(expected));
    // And with the source, which its description says again once the import's message is gone.
    const QJsonObject kept = CaseQueries(db->db()).sources().at(1).metadata.value(QStringLiteral("shifted_records")).toObject();
    QCOMPARE(kept.value(QStringLiteral("source")).toString(), QStringLiteral("ids-sample.csv"));
    QCOMPARE(kept.value(QStringLiteral("source_id")).toInt(), 1);
    QCOMPARE(kept.value(QStringLiteral("shifts_ms")).toArray(), QJsonArray{-7200000});
    // The first return's description says it too, pointing to the second.
    const SourceListModel sources(db->db());
    QVERIFY(sources.index(0, SourceListModel::AcceptedColumn).data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY2(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole)).endsWith(
                 u"\n“ids-sample-next-return.csv” holds records of this file at other times, as if read in another zone: "
                 "not joined as duplicates, they stand twice in the case (that file's description says how many)."_qs),
             qPrintable(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole))));
}

void tst_ImportJob::theZoneRulesLocalTimesWereReadByAreKept()
{
    // A local time's UTC is what the tz database's rules for its zone make of it, and their
    // release: the version and the zones whose rules read the file are kept with the source,
    // none where no zone's rules read a time (UTC, offsets).
    const QString version = ZoneRules::databaseVersion();
    QVERIFY2(QRegularExpression(u"^\\d{4}[a-z]$"_qs).match(version).hasMatch(), qPrintable(version));
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(u"ids/ids-sample.csv"_qs)}, u"America/New_York"_qs).allOk());
    // Times in UTC, at an offset, or read by a label through the declared zone ("EDT").
    const QString labelled = writeFile(u"labelled.csv"_qs, "Timestamp,Source Handle,Lookup Handle,Client IP\n"
                                                           "2016-09-02 14:22:05 EDT,+12025550143,+13125550147,198.51.100.14\n"
                                                           "2016-09-02 20:22:41+02:00,+12025550143,+13125550148,198.51.100.14\n");
    QVERIFY(importInto(casePath, {labelled}, u"America/New_York"_qs).allOk());
    QVERIFY(importInto(casePath, {dataPath(u"ids/ids-zone-in-cells.csv"_qs)}).allOk());
    QVERIFY(importInto(casePath, {dataPath(u"facetime/facetime-invitations.csv"_qs)}, u"UTC"_qs).allOk());
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(
        TestSupport::rows(
            db->db(), u"SELECT id || ' ' || coalesce(json_extract(metadata, '$.zone_rules'), '-')"
                      " FROM sources ORDER BY id"_qs),
        QStringList({u"1 {\"tz_database\":\"%1\",\"zones\":[\"America/New_York\"]}"_qs.arg(version),
                     u"2 {\"tz_database\":\"%1\",\"zones\":[\"America/New_York\"]}"_qs.arg(version),
                     u"3 {\"tz_database\":\"%1\",\"zones\":[]}"_qs.arg(version),
                     u"4 {\"tz_database\":\"%1\",\"zones\":[]}"_qs.arg(version)}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT time_zone FROM events WHERE source_id = 2 ORDER BY line"_qs),
             QStringList({u"America/New_York (EDT)"_qs, u"+02:00"_qs}));
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    const QString line = u"Local times were turned into UTC by the rules the tz database, version %1, gives "
                         "America/New_York"_qs.arg(version);
    QVERIFY2(SourceReading::lines(sources.at(0)).contains(line), qPrintable(SourceReading::lines(sources.at(0)).join(u'\n')));
    QVERIFY(!SourceReading::lines(sources.at(2)).join(u'\n').contains(u"tz database"_qs));
}

void tst_ImportJob::offsetsWrittenWithTheirZoneAreSaidToBeCheckedNotRead()
{
    // Java's "…-04:00[America/New_York]" is read by its offset; the zone's rules only check it.
    // The source says which zones' rules read times and which only checked them.
    const QString version = ZoneRules::databaseVersion();
    const QString casePath = newCasePath();
    const QByteArray header = "Timestamp,Source Handle,Lookup Handle,Client IP\n";
    const QString java = writeFile(
        u"java.csv"_qs,
        header +
            "2016-09-12T10:03:07-04:00[America/New_York],+12025550143,+13125550147,198.51.100.14\n"
            "2016-09-12T15:04:07+01:00[Europe/London],+12025550143,+13125550148,198.51.100.14\n"
            "2016-12-12T15:05:07Z[Europe/London],+12025550143,+13125550148,198.51.100.14\n");
    QVERIFY(importInto(casePath, {java}, u"America/Chicago"_qs).allOk());
    const QString mixed = writeFile(
        u"mixed.csv"_qs,
        header +
            "2016-09-12T10:03:07-04:00[America/New_York],+12025550143,+13125550149,198.51.100.14\n"
            "2016-09-12 09:06:07,+12025550143,+13125550149,198.51.100.14\n");
    QVERIFY(importInto(casePath, {mixed}, u"America/Chicago"_qs).allOk());
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(
        TestSupport::rows(
            db->db(),
            u"SELECT source_id || ' ' || time_zone || ' ' || utc_ms FROM events ORDER BY id"_qs),
        QStringList({u"1 America/New_York (-04:00) 1473688987000"_qs,
                     u"1 Europe/London (+01:00) 1473689047000"_qs,
                     u"1 Europe/London (UTC) 1481555107000"_qs,
                     u"2 America/New_York (-04:00) 1473688987000"_qs,
                     u"2 America/Chicago 1473689167000"_qs}));
    QCOMPARE(
        TestSupport::rows(
            db->db(),
            u"SELECT id || ' ' || json_extract(metadata, '$.zone_rules') FROM sources ORDER BY id"_qs),
        QStringList(
            {u"1 {\"tz_database\":\"%1\",\"zones\":[],\"zones_checked\":[\"America/New_York\",\"Europe/London\"]}"_qs
                 .arg(version),
             u"2 {\"tz_database\":\"%1\",\"zones\":[\"America/Chicago\"],\"zones_checked\":[\"America/New_York\"]}"_qs
                 .arg(version)}));
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    const QString checked =
        u"Times written with their UTC offset and a zone (%1) were read by the offset, which the "
        "rules the tz database, version %2, gives the zone were checked to agree with"_qs;
    const QStringList javaLines = SourceReading::lines(sources.at(0));
    QVERIFY2(javaLines.contains(checked.arg(u"America/New_York, Europe/London"_qs, version)),
             qPrintable(javaLines.join(u'\n')));
    QVERIFY2(!javaLines.join(u'\n').contains(u"turned into UTC"_qs),
             qPrintable(javaLines.join(u'\n')));
    const QStringList mixedLines = SourceReading::lines(sources.at(1));
    const qsizetype read = mixedLines.indexOf(
        u"Local times were turned into UTC by the rules the tz database, version %1, gives America/Chicago"_qs
            .arg(version));
    QVERIFY2(read > 0 && mixedLines.value(read + 1) == checked.arg(u"America/New_York"_qs, version),
             qPrintable(mixedLines.join(u'\n')));
}

void tst_ImportJob::recordsReadByAnotherVersionOfTheZoneRulesAreSaidToBe()
{
    // A return imported on a machine whose tz database gave its zone other rules (a summer time
    // since ended, a corrected offset) holds the next return's records an hour away: not joined
    // as duplicates, and the versions are said beside the zones, as the likelier cause.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(u"ids/ids-sample.csv"_qs)}, u"America/New_York"_qs).allOk());
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"UPDATE events SET utc_ms = utc_ms + 3600000"_qs));
    }
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(u"ids/ids-sample-next-return.csv"_qs)};
    params.timeZone = u"America/New_York"_qs;
    params.dryRun = true;
    const QString shifted = u"4 of the 6 records checked (evenly through the file) stand in “ids-sample.csv” with every "
                            "field the same but their time, 1 h earlier here than there: the same records, read in two "
                            "zones? This file was read in America/New_York, the zone declared on import, “ids-sample.csv” "
                            "in America/New_York, the zone declared on import."_qs;
    // Read by the same rules, an hour is no sign of them: nothing is said of the versions.
    const QStringList sameRules = shiftWarnings(ImportJob::run(params));
    QCOMPARE(sameRules.size(), 1);
    QVERIFY2(sameRules.first().startsWith(shifted + u" Imported so"_qs), qPrintable(sameRules.first()));
    // Where another release only checked offsets written beside the zone (Java's
    // "…-04:00[America/New_York]"), it read no time by its rules: nothing is said of it either.
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(
            u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.tz_database', '2016a',"
            " '$.zone_rules.zones', json('[]'), '$.zone_rules.zones_checked', json('[\"America/New_York\"]'))"_qs));
    }
    QCOMPARE(shiftWarnings(ImportJob::run(params)), sameRules);
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(
            u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.zones', json('[\"America/New_York\"]'))"_qs));
    }
    const QString expected =
        shifted +
        u" Their local times were read by two versions of the tz database's rules, %1 here and 2016a there: where a "
        "zone's rules changed between them (its daylight-saving dates, its offset), one local time reads as two UTC "
        "times. They are not joined as duplicates and stand twice in the case; if a zone was wrong, import the files "
        "again into a new case, each in the zone its provider wrote it in."_qs.arg(ZoneRules::databaseVersion());
    ImportResult later;
    expectWarnedBeforeAndAfter(params, expected, u"They are not joined"_qs, previewedZoneEnd(), later);
    if (QTest::currentTestFailed())
        return;
    const auto db = openCase(casePath);
    const QJsonObject kept = CaseQueries(db->db()).sources().at(1).metadata.value(u"shifted_records"_qs).toObject();
    QCOMPARE(kept.value(u"zone_rules"_qs).toString(), ZoneRules::databaseVersion());
    QCOMPARE(kept.value(u"source_zone_rules"_qs).toString(), u"2016a"_qs);
}

void tst_ImportJob::aFileReadAgainAcrossAClockChangeIsSaidToBeShiftedByBoth()
{
    // Read in UTC, then again in New York's zone: 4 h apart until 6 November 2016, 5 h after.
    const QString casePath = newCasePath();
    const QString file = dataPath(QStringLiteral("ids/ids-across-the-clock-change.csv"));
    QVERIFY(importInto(casePath, {file}, QStringLiteral("UTC")).allOk());
    const ImportResult again = importInto(casePath, {file}, QStringLiteral("America/New_York"), true);
    QVERIFY(again.allOk());
    QCOMPARE(again.files.first().accepted, 6);
    const QStringList warnings = shiftWarnings(again);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(QStringLiteral(
                 "6 of the 6 records checked (evenly through the file) stand in “ids-across-the-clock-change.csv” with "
                 "every field the same but their time, 4 h later or 5 h later here than there:")),
             qPrintable(warnings.first()));
}

void tst_ImportJob::aReturnWrittenInAnotherZoneThanTheOneDeclaredIsSaidToo()
{
    // Both declared UTC, the second written by the provider in local time two hours on: there
    // is no other zone to name to the analyst for it (the dialog's hint), only the shift.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    const QString local = writeFile(u"ids-local.csv"_qs, "IDS Query Logs\n\n"
                                                          "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                                          "2016-09-02 20:22:05,+12025550143,tel:+13125550147,198.51.100.14,2\n"
                                                          "2016-09-02 20:22:41,+12025550143,mailto:Dana.Reyes@example.com,198.51.100.14,1\n"
                                                          "2016-09-03 09:01:13,tel:+12015550123,+12025550143,203.0.113.77,1\n");
    const ImportResult later = importInto(casePath, {local}, QStringLiteral("UTC"));
    QVERIFY(later.allOk());
    const QStringList warnings = shiftWarnings(later);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(u"3 of the 3 records checked (evenly through the file) stand in “ids-sample.csv” with "
                                         "every field the same but their time, 2 h later here than there:"_qs),
             qPrintable(warnings.first()));
    QCOMPARE(later.files.first().shiftedSource, QString());
}

void tst_ImportJob::twoReturnsOfOneImportInTwoZonesAreSaidToBe()
{
    // The dialog gives each file its own zone: the second is compared with the first, stored
    // before it in the same import.
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {dataPath(QStringLiteral("ids/ids-sample.csv")), dataPath(QStringLiteral("ids/ids-sample-next-return.csv"))};
    params.perFile.insert(params.files.at(0), ReadSettings{QStringLiteral("auto"), QStringLiteral("UTC"), DateOrder::Unknown, {}});
    params.perFile.insert(params.files.at(1), ReadSettings{QStringLiteral("auto"), QStringLiteral("Europe/Berlin"), DateOrder::Unknown, {}});
    const ImportResult result = ImportJob::run(params);
    QVERIFY(result.allOk());
    QCOMPARE(shiftWarnings(result).size(), 1);
    QVERIFY(result.files.at(0).warnings.isEmpty());
    QCOMPARE(result.files.at(1).shiftedSource, u"ids-sample.csv"_qs);
}

void tst_ImportJob::aReturnReadWithDayAndMonthSwappedIsSaidToBe()
{
    // The next return's dates, 3 to 10 March, settle no order; declared month first, its
    // 04/03 stands on 3 April, not on 4 March with the first return's same call.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("carrier/cdr-sided-march.csv"))}, QStringLiteral("UTC")).allOk());
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(QStringLiteral("carrier/cdr-sided-march-next-return.csv"))};
    params.timeZone = QStringLiteral("UTC");
    params.dateOrder = DateOrder::MonthFirst;
    ImportResult later;
    expectWarnedBeforeAndAfter(
        params,
        QStringLiteral(
            "3 of the 5 records checked (evenly through the file) stand in “cdr-sided-march.csv” with every field the "
            "same but their date, its day and month swapped (2026-04-03 here, 2026-03-04 there): the same records, their "
            "dates read in two orders? This file's dates were read month first, as declared on import, those of "
            "“cdr-sided-march.csv” day first, settled from its data. They are not joined as duplicates and stand twice "
            "in the case; if an order was wrong, import the files again into a new case, each in the order its provider "
            "wrote its dates in."),
        u"They are not joined"_qs,
        u"Imported so, they would not be joined as duplicates and would stand twice in the case: declare the order each "
        "provider wrote its dates in (for a file the case holds already, import the files again into a new case)."_qs,
        later);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(later.files.first().accepted, 4); // 03/03 reads the same either way: a duplicate
    QCOMPARE(later.files.first().duplicate, 1);
    QCOMPARE(later.files.first().swappedSource, u"cdr-sided-march.csv"_qs); // the order the dialog offers
    QCOMPARE(later.files.first().swappedToOrder, u"dmy"_qs);
    QCOMPARE(later.files.first().shiftedSource, QString());
    const auto db = openCase(casePath);
    QVERIFY(db);
    const QJsonObject kept = CaseQueries(db->db()).sources().at(1).metadata.value(QStringLiteral("shifted_records")).toObject();
    QVERIFY(kept.value(QStringLiteral("dates_swapped")).toBool());
    QCOMPARE(kept.value(QStringLiteral("source_date_order_from")).toString(), QStringLiteral("settled from the data"));
    const SourceListModel sources(db->db());
    QVERIFY2(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole)).endsWith(
                 u"\n“cdr-sided-march-next-return.csv” holds records of this file with their day and month swapped: not "
                 "joined as duplicates, they stand twice in the case (that file's description says how many)."_qs),
             qPrintable(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole))));
}

void tst_ImportJob::aReturnSwappedBeforeIsSaidToBeByTheNextOne_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("read");
    QTest::newRow("its order settled from its data") << u"carrier/cdr-sided-march.csv"_qs << int(DateOrder::Unknown)
                                                     << u"day first, settled from its data"_qs;
    // An order declared for a file whose dates read one way only is none of its own.
    QTest::newRow("its dates reading one way only") << u"carrier/cdr-sided-march-iso.csv"_qs << int(DateOrder::DayFirst)
                                                    << u"as written, which reads one way only (2016-03-04)"_qs;
}

void tst_ImportJob::aReturnSwappedBeforeIsSaidToBeByTheNextOne()
{
    // The return read wrongly came first: the one whose dates cannot be wrong says so, and
    // offers no order of its own to choose.
    QFETCH(QString, file);
    QFETCH(int, order);
    QFETCH(QString, read);
    const QString casePath = newCasePath();
    QVERIFY(importInOrder(casePath, dataPath(QStringLiteral("carrier/cdr-sided-march-next-return.csv")), DateOrder::MonthFirst)
                .allOk());
    const ImportResult later = importInOrder(casePath, dataPath(file), DateOrder(order));
    QVERIFY(later.allOk());
    const QStringList warnings = shiftWarnings(later);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(
                 u"3 of the 7 records checked (evenly through the file) stand in “cdr-sided-march-next-return.csv” with "
                 "every field the same but their date, its day and month swapped (2026-03-04 here, 2026-04-03 there): the "
                 "same records, their dates read in two orders? This file's dates were read "_qs
                 + read + u", those of “cdr-sided-march-next-return.csv” month first, as declared on import."_qs),
             qPrintable(warnings.first()));
    QCOMPARE(later.files.first().swappedSource, QString());
}

void tst_ImportJob::aSwappedReturnWhoseTimesNameTheirZoneIsSaidToo()
{
    // "10:00:00 JST" read in Asia/Tokyo: each record's zone is "Asia/Tokyo (JST)", its date
    // swapped in that zone.
    const QByteArray header = "Target Number,Date,Time,Direction,Other Party,Type,Duration\n";
    QByteArray first = header;
    for (const char *date : {"04/03/2026", "06/03/2026", "09/03/2026", "16/03/2026"})
        first += "+4915112345678," + QByteArray(date) + ",10:00:00 JST,Outgoing,+5511987654321,Voice,0:00:31\n";
    const QByteArray next = first.left(first.indexOf("+4915112345678,16/03"));
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {writeFile(u"tokyo.csv"_qs, first)};
    params.timeZone = QStringLiteral("Asia/Tokyo");
    QVERIFY(ImportJob::run(params).allOk());
    params.files = {writeFile(u"tokyo-next-return.csv"_qs, next)};
    params.dateOrder = DateOrder::MonthFirst;
    const ImportResult later = ImportJob::run(params);
    QVERIFY(later.allOk());
    const QStringList warnings = shiftWarnings(later);
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(u"3 of the 3 records checked (evenly through the file) stand in “tokyo.csv” with every "
                                         "field the same but their date, its day and month swapped (2026-04-03 here, "
                                         "2026-03-04 there)"_qs),
             qPrintable(warnings.first()));
}

void tst_ImportJob::theSameCallsInTwoCarriersRecordsAreSaidToBe()
{
    // The subscriber's carrier's records, then the other party's carrier's: five of its six
    // calls and messages are the subscriber's with the other, up to 5 s from the first's.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("carrier/cdr-sided-march.csv"))}, QStringLiteral("UTC")).allOk());
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(QStringLiteral("carrier/cdr-other-party.csv"))};
    ImportResult later;
    expectWarnedBeforeAndAfter(
        params,
        QStringLiteral(
            "5 of the 6 communications checked (evenly through the file) stand in “cdr-sided-march.csv” too, between the "
            "same two handles, of the same kind, at most 5\u00a0s apart: the same calls or messages in the records of two "
            "providers (each party's carrier keeps its own)? No key of theirs joins them, so each stands twice in the "
            "case and is counted twice among its communications."),
        u"so each stands"_qs,
        u"so imported, each would stand twice in the case and be counted twice among its communications."_qs,
        later);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(later.files.first().accepted, 6);
    const auto db = openCase(casePath);
    QVERIFY(db);
    const QJsonObject kept = CaseQueries(db->db()).sources().at(1).metadata.value(QStringLiteral("recorded_twice")).toObject();
    QCOMPARE(kept.value(QStringLiteral("source")).toString(), QStringLiteral("cdr-sided-march.csv"));
    QCOMPARE(kept.value(QStringLiteral("source_id")).toInt(), 1);
    QCOMPARE(kept.value(QStringLiteral("most_apart_ms")).toInt(), 5000);
}

void tst_ImportJob::theSameCallsReadInAnotherZoneAreSaidToBeShifted()
{
    // The other party's carrier wrote São Paulo's time (UTC-3), declared UTC: its five calls
    // and messages of the subscriber's stand three hours earlier than the subscriber's carrier's.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("carrier/cdr-sided-march.csv"))}, QStringLiteral("UTC")).allOk());
    const QString local = dataPath(QStringLiteral("carrier/cdr-other-party-local.csv"));
    // Declared in its own zone, they stand at the same time as the first's, give or take seconds.
    ImportParams preview;
    preview.casePath = casePath;
    preview.files = {local};
    preview.timeZone = QStringLiteral("America/Sao_Paulo");
    preview.dryRun = true;
    const QStringList inItsZone = shiftWarnings(ImportJob::run(preview));
    QCOMPARE(inItsZone.size(), 1);
    QVERIFY2(inItsZone.first().contains(u"of the same kind, at most 5\u00a0s apart: the same calls"_qs), qPrintable(inItsZone.first()));

    const ImportResult later = importInto(casePath, {local}, QStringLiteral("UTC"));
    QVERIFY(later.allOk());
    QCOMPARE(shiftWarnings(later),
             QStringList{QStringLiteral(
                 "5 of the 6 communications checked (evenly through the file) stand in “cdr-sided-march.csv” too, between "
                 "the same two handles, of the same kind, 3 h earlier here than there (give or take 5\u00a0s): the same "
                 "calls or messages in the records of two providers (each party's carrier keeps its own), read in two "
                 "zones? This file was read in UTC, the zone declared on import, “cdr-sided-march.csv” in UTC, the zone "
                 "declared on import. No key of theirs joins them, so each stands twice in the case and is counted twice "
                 "among its communications; if a zone was wrong, import the files again into a new case, each in the zone "
                 "its provider wrote it in.")});
    const auto db = openCase(casePath);
    QVERIFY(db);
    const QJsonObject kept = CaseQueries(db->db()).sources().at(1).metadata.value(QStringLiteral("recorded_twice")).toObject();
    QCOMPARE(kept.value(QStringLiteral("shifts_ms")).toArray(), QJsonArray{-10800000});
    QCOMPARE(kept.value(QStringLiteral("source_zone")).toString(), QStringLiteral("UTC"));
}

void tst_ImportJob::aBulkImportFindsRecordsElsewhereAsAnImportByIndexDoes_data()
{
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("secondZone");
    QTest::addColumn<QString>("found");
    QTest::addColumn<bool>("firstInCase"); // imported before: a bulk import reads it from the case, not from memory
    for (const bool firstInCase : {false, true}) {
        const char *const where = firstInCase ? ", the first in the case" : "";
        QTest::addRow("calls of two carriers%s", where) << u"carrier/cdr-other-party.csv"_qs << u"UTC"_qs
                                                        << u"at most 5\u00a0s apart"_qs << firstInCase;
        QTest::addRow("calls of two carriers, shifted%s", where) << u"carrier/cdr-other-party-local.csv"_qs << u"UTC"_qs
                                                                 << u"3 h earlier here than there"_qs << firstInCase;
        QTest::addRow("records in two zones%s", where) << u"ids/ids-sample-next-return.csv"_qs << u"Europe/Berlin"_qs
                                                       << u"2 h earlier here than there"_qs << firstInCase;
    }
}

void tst_ImportJob::aBulkImportFindsRecordsElsewhereAsAnImportByIndexDoes()
{
    // Two files in one job: the second's sample looked up in the first's records through the
    // index by initiator, or, in a bulk import, which drops that index until its end, read once
    // around the sample and looked up in memory (it was a scan of the case per record looked up).
    QFETCH(QString, second);
    QFETCH(QString, secondZone);
    QFETCH(QString, found);
    QFETCH(bool, firstInCase);
    const QString first = dataPath(second.startsWith(u"ids/") ? u"ids/ids-sample.csv"_qs : u"carrier/cdr-sided-march.csv"_qs);
    // In a bulk import, the case's records from before it held in memory with the import's, or
    // (a case too large to hold) read from the case for each file.
    QStringList warnings[3];
    for (const int mode : {0, 1, 2}) {
        const bool bulk = mode > 0;
        ImportParams params;
        params.mostEventsHeldBefore = mode == 2 ? 0 : params.mostEventsHeldBefore;
        params.casePath = newCasePath();
        if (firstInCase)
            QVERIFY(importInto(params.casePath, {first}, u"UTC"_qs).allOk());
        params.files = firstInCase ? QStringList{dataPath(second)} : QStringList{first, dataPath(second)};
        params.perFile[first].timeZone = u"UTC"_qs;
        params.perFile[dataPath(second)].timeZone = secondZone;
        params.bulkThresholdBytes = bulk ? 0 : std::numeric_limits<qint64>::max();
        const ImportResult result = ImportJob::run(params);
        QVERIFY(result.allOk());
        QCOMPARE(result.rebuiltIndexes, bulk);
        warnings[mode] = shiftWarnings(result);
    }
    QCOMPARE(warnings[1], warnings[0]);
    QCOMPARE(warnings[2], warnings[0]);
    QCOMPARE(warnings[1].size(), 1);
    QVERIFY2(warnings[1].first().contains(found), qPrintable(warnings[1].first()));
}

void tst_ImportJob::aFileRolledBackPassesNoHandlesToTheNext_data()
{
    QTest::addColumn<bool>("bulk");
    QTest::newRow("row by row") << false;
    QTest::newRow("bulk") << true;
}

void tst_ImportJob::aFileRolledBackPassesNoHandlesToTheNext()
{
    // Each file's writer starts from the handles the job's kept files stored. A workbook whose
    // worksheet fails its CRC-32 after 14 rows were written is rolled back, its handles with it:
    // the next file, of the same handles, stores them again rather than point at ones gone.
    QFETCH(bool, bulk);
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {dataPath(u"ids/ids-bad-crc.xlsx"_qs), dataPath(u"ids/ids-sample.csv"_qs), dataPath(u"ids/ids-sample-next-return.csv"_qs)};
    params.timeZone = u"UTC"_qs;
    params.bulkThresholdBytes = bulk ? 0 : std::numeric_limits<qint64>::max();
    const ImportResult result = ImportJob::run(params);
    QVERIFY(!result.files.at(0).ok);
    QVERIFY2(result.files.at(1).ok && result.files.at(2).ok, qPrintable(result.files.at(1).error + result.files.at(2).error));
    QCOMPARE(result.rebuiltIndexes, bulk);
    const auto db = openCase(params.casePath);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events"_qs).toInt(), result.files.at(1).accepted + result.files.at(2).accepted);
    QCOMPARE(eventsOfHandlesGone(db->db()), 0);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM handle_spellings s WHERE NOT EXISTS (SELECT 1 FROM handles h WHERE "
                              "h.id = s.handle_id)"_qs)
                 .toInt(),
             0);
    // Every spelling the two files wrote is stored, the second file's too (found, not stored again).
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM (SELECT initiator_raw FROM events UNION SELECT counterpart_raw FROM events "
                              "WHERE counterpart_raw IS NOT NULL EXCEPT SELECT raw FROM handle_spellings)"_qs)
                 .toInt(),
             0);
    // And each event's handles are those its spellings were stored for: the third file's
    // writer finds them by the job's numbers for the spellings, which the rolled-back file read
    // first and the second file's writer stored.
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM handle_spellings s WHERE"
                              " s.handle_id = e.initiator_id AND s.raw = e.initiator_raw) OR (e.counterpart_id IS NOT NULL"
                              " AND NOT EXISTS (SELECT 1 FROM handle_spellings s WHERE s.handle_id = e.counterpart_id"
                              " AND s.raw = e.counterpart_raw))"_qs)
                 .toInt(),
             0);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events WHERE source_id = (SELECT max(id) FROM sources)"_qs).toInt(),
             result.files.at(2).accepted);
}

void tst_ImportJob::aWorkbookFailedInALaterSheetPassesNoHandlesOn_data()
{
    aFileRolledBackPassesNoHandlesToTheNext_data();
}

void tst_ImportJob::aWorkbookFailedInALaterSheetPassesNoHandlesOn()
{
    // Its calls are written and kept as a source of their own; its IDS log after them states no
    // zone and the whole workbook is rolled back, the calls' handles with it: the workbook after
    // it, of the same handles, stores them again rather than point at ones gone.
    QFETCH(bool, bulk);
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {dataPath(u"xlsx/return-calls-first.xlsx"_qs),
                    dataPath(u"carrier/cdr-sheets.xlsx"_qs)};
    params.bulkThresholdBytes = bulk ? 0 : std::numeric_limits<qint64>::max();
    const ImportResult result = ImportJob::run(params);
    QVERIFY(!result.files.at(0).ok);
    QVERIFY(result.files.at(0).needsTimeZone);
    QCOMPARE(result.files.at(0).part, u"IDS"_qs); // after its calls were read
    QVERIFY2(result.files.at(1).ok, qPrintable(result.files.at(1).error));
    QCOMPARE(result.files.at(1).accepted, 3);
    const auto db = openCase(params.casePath);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events"_qs).toInt(), 3);
    QCOMPARE(eventsOfHandlesGone(db->db()), 0);
    QCOMPARE(
        scalar(db->db(), u"SELECT count(*) FROM handles"_qs).toInt(),
        scalar(db->db(), u"SELECT count(DISTINCT handle_id) FROM handle_spellings"_qs).toInt());
}

void tst_ImportJob::previewAndRejectedRowsAreKeptToTheirOwnLimits()
{
    // The CLI lists a thousand rejected rows of an import but shows no events: keeping a
    // thousand of those per file as well took 60 MB of an import of 120 files.
    for (const int shown : {4, -1}) {
        ImportParams params;
        params.casePath = newCasePath();
        params.files = {dataPath(u"ids/ids-bad-rows.csv"_qs)}; // 3 rows accepted, 5 rejected
        params.timeZone = u"UTC"_qs;
        params.previewRows = 1;
        params.rejectedRowsShown = shown;
        const ImportResult result = ImportJob::run(params);
        QVERIFY(result.allOk());
        const FileImportResult &file = result.files.at(0);
        QCOMPARE(file.accepted, 3);
        QCOMPARE(file.rejected, 5);
        QCOMPARE(file.preview.size(), 1);
        QCOMPARE(file.rejectedRows.size(), shown < 0 ? 1 : shown);
        QCOMPARE(file.rejectedRows.at(0).line, 6);
    }
}

void tst_ImportJob::theSampleSpansTheWholeFile()
{
    ShiftedRecords::Sample sample;
    EventRecord event;
    for (int i = 0; i < 1000; ++i) {
        event.utcMs = i;
        sample.offer(event);
    }
    // Every fourth record: 0, 4, ... 996.
    QCOMPARE(sample.probes().size(), 250);
    for (qsizetype i = 0; i < sample.probes().size(); ++i)
        QCOMPARE(sample.probes().at(i).utcMs, qint64(i * 4));
}

void tst_ImportJob::sourceFileUntouched()
{
    const QString copy = m_dir.filePath(QStringLiteral("evidence.xlsx"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("ids/ids-sample.xlsx")), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile original(copy);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();
    const QDateTime mtime = QFileInfo(copy).lastModified();
    QTest::qWait(20);
    QVERIFY(importInto(newCasePath(), {copy}, QStringLiteral("UTC")).allOk());
    QFile after(copy);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
    QCOMPARE(QFileInfo(copy).lastModified(), mtime);
}

void tst_ImportJob::cancelRollsBackEverything()
{
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    QString error;
    const QStringList before = TestSupport::snapshot(casePath);
    ImportParams params;
    params.casePath = casePath;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("ids/ids-sample.tsv")), dataPath(QStringLiteral("ids/ids-sample.csv"))};
    int calls = 0;
    // Cancel once the first file is done: the finished file is rolled back too.
    const ImportResult result = ImportJob::run(params, [&calls](const ImportProgress &p) {
        ++calls;
        return p.fileIndex == 0;
    });
    QVERIFY(result.cancelled);
    QVERIFY(calls >= 2);
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::dumpContent(db->db()), before);
}

void tst_ImportJob::progressKeepsPaceWithTheRows()
{
    // The bar and the time left follow the file's position as the rows are written: reports made
    // while SQLite runs a statement (rows are written through statements too) repeat the last
    // position rather than claiming the file is done. Large enough that a fast machine reads it
    // for several report intervals (100,000 rows took under 0.3 s: two reports, sometimes).
    constexpr int Rows = 300000;
    const QString csv = TestSupport::writeIdsCsv(m_dir.filePath(QStringLiteral("progress.csv")), Rows,
                                                 TestSupport::RowOrder::Time);
    QVERIFY(!csv.isEmpty());
    for (const qint64 bulkThreshold : {qint64(0), std::numeric_limits<qint64>::max()}) {
        ImportParams params = bulkParams(newCasePath(), {csv});
        params.bulkThresholdBytes = bulkThreshold;
        QList<ImportProgress> reports;
        const ImportResult result = ImportJob::run(params, [&reports](const ImportProgress &p) {
            reports.append(p);
            return true;
        });
        QVERIFY(result.allOk());
        // Said before the case is opened (or made), then each stage of the file in turn.
        QCOMPARE(reports.first().stage, ImportProgress::Stage::Opening);
        QCOMPARE(reports.first().file, csv);
        const auto opened = std::find_if(reports.cbegin(), reports.cend(),
                                         [](const ImportProgress &p) { return p.stage != ImportProgress::Stage::Opening; });
        QVERIFY(opened != reports.cend());
        QCOMPARE(opened->stage, ImportProgress::Stage::Hashing); // the heartbeat may repeat the first meanwhile
        double last = 0;
        int reading = 0;
        for (const ImportProgress &p : std::as_const(reports)) {
            if (p.stage != ImportProgress::Stage::Reading)
                continue;
            ++reading;
            QVERIFY2(p.fileFraction >= last, qPrintable(QStringLiteral("%1 after %2").arg(p.fileFraction).arg(last)));
            // The reader is a batch of rows and a chunk of the file ahead of the writer.
            QVERIFY2(p.fileFraction <= double(p.rows + 8000) / Rows,
                     qPrintable(QStringLiteral("%1 at %2 rows").arg(p.fileFraction).arg(p.rows)));
            last = p.fileFraction;
        }
        QVERIFY(reading >= 3);
        QCOMPARE(last, 1.0);
    }
}

void tst_ImportJob::oneBadFileDoesNotSinkTheOthers()
{
    const QString casePath = newCasePath();
    const QString notATable = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile file(notATable);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("just some notes\nno header here\n");
    file.close();
    const ImportResult result = importInto(casePath, {notATable, dataPath(QStringLiteral("ids/ids-sample.csv"))},
                                       QStringLiteral("UTC"));
    QVERIFY(!result.allOk());
    QVERIFY(!result.files[0].ok);
    QVERIFY(result.files[0].error.contains(QStringLiteral("--profile")));
    QVERIFY(result.files[1].ok);
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(CaseQueries(db->db()).stats().events, 6);
    QCOMPARE(CaseQueries(db->db()).stats().sources, 1);
}

void tst_ImportJob::unknownZoneAndFormatAreRefused()
{
    const QString casePath = newCasePath();
    const ImportResult result = importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("Mars/Olympus"));
    QVERIFY(!result.allOk());
    QVERIFY(result.files.first().error.contains(QStringLiteral("unknown time zone")));
    QVERIFY(!QFile::exists(casePath));
}

void tst_ImportJob::theCaseItselfIsNotImported()
{
    // Reading the case (or its -wal) as a return would open and close it under the job's own
    // connection, dropping its locks; it is refused by name before anything opens it.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    const QStringList before = TestSupport::indexSql(casePath);
    const QFileInfo info(casePath);
    const QStringList spellings{casePath, casePath + QStringLiteral("-wal"), info.absolutePath() + QStringLiteral("/./") + info.fileName()};
    for (const QString &file : spellings) {
        for (const bool dryRun : {true, false}) {
            ImportParams params;
            params.casePath = casePath;
            params.files = {file};
            params.timeZone = QStringLiteral("UTC");
            params.dryRun = dryRun;
            const ImportResult result = ImportJob::run(params);
            QVERIFY(!result.allOk());
            QCOMPARE(result.files.value(0).error,
                     file + QStringLiteral(": this is the case itself (or its journal), not a return; nothing of it was read"));
        }
    }
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM sources")).toInt(), 1);
    QCOMPARE(TestSupport::indexSql(casePath), before);
}

void tst_ImportJob::anOpenCaseNoticesWhatOtherConnectionsWrite()
{
    // The GUI's connection, while lookuplens-cli (here: other connections) writes.
    using Parts = CaseChangeWatch::Parts;
    using Part = CaseChangeWatch::Part;
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    CaseChangeWatch watch(db->db());
    QCOMPARE(watch.changed(), Parts());
    QVERIFY(RawTextIndexJob::run(casePath).added > 0); // written, but neither part
    QCOMPARE(watch.changed(), Parts());
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-masked.csv")), dataPath(QStringLiteral("ids/ids-hourly.csv"))},
                       QStringLiteral("UTC")).allOk());
    QCOMPARE(watch.changed(), Parts(Part::Sources));
    QCOMPARE(watch.newSourceNames(), (QStringList{QStringLiteral("ids-masked.csv"), QStringLiteral("ids-hourly.csv")}));
    QCOMPARE(watch.changed(), Parts(Part::Sources)); // until seen
    watch.see(Part::Geolocation);
    QCOMPARE(watch.changed(), Parts(Part::Sources));
    watch.see(Part::Sources);
    QCOMPARE(watch.changed(), Parts());
    QVERIFY(watch.newSourceNames().isEmpty());
    // A file the case holds already is refused: nothing to show again.
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).files.first().alreadyImported);
    QCOMPARE(watch.changed(), Parts());
    QVERIFY(GeoLocateJob::run(casePath, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"))}).first().ok);
    QCOMPARE(watch.changed(), Parts(Part::Geolocation));
    watch.see(Part::Sources | Part::Geolocation);
    QCOMPARE(watch.changed(), Parts());
    // The watching connection's own writes are not another's.
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_runs (database_id, looked_up_at) SELECT database_id, looked_up_at FROM geo_runs LIMIT 1")));
    QCOMPARE(q.numRowsAffected(), 1);
    QCOMPARE(watch.changed(), Parts());
}

void tst_ImportJob::anImportWaitsWhileAnotherWrites()
{
    // Another program's import holds the case for its whole length: the job waits its turn,
    // saying so, rather than failing after the busy timeout; a cancel ends the wait.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    QString error;
    const auto other = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(other, qPrintable(error));
    QSqlQuery lock(other->db());
    for (const bool cancel : {false, true}) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        std::atomic_int waitingReports = 0;
        ImportParams params;
        params.casePath = casePath;
        params.timeZone = QStringLiteral("UTC");
        params.files = {dataPath(QStringLiteral("ids/ids-hourly.csv"))};
        ImportResult result;
        std::thread job([&]() {
            result = ImportJob::run(params, [&](const ImportProgress &progress) {
                if (progress.stage == ImportProgress::Stage::Waiting)
                    return progress.waitingFor ? false : ++waitingReports < 3 || !cancel; // held by no work of this program's
                return true;
            });
        });
        auto release = qScopeGuard([&]() { // also when a check below fails
            lock.exec(QStringLiteral("COMMIT"));
            job.join();
        });
        QTRY_VERIFY_WITH_TIMEOUT(waitingReports > (cancel ? 2 : 0), 20000);
        if (!cancel) {
            // Past the time a statement waits for a lock, which the job once gave up after.
            QTest::qWait(CaseDatabase::BusyTimeoutMs + 500);
        }
        release.dismiss();
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        job.join();
        QCOMPARE(result.error, QString());
        QCOMPARE(result.cancelled, cancel);
        QCOMPARE(result.allOk(), !cancel);
        QCOMPARE(scalar(other->db(), QStringLiteral("SELECT count(*) FROM sources")).toInt(), 2);
    }
}

void tst_ImportJob::anImportSaysWhichWorkOfItsOwnProgramItWaitsFor()
{
    // The window geolocates an import's new IPs as soon as it has finished; an import begun
    // meanwhile waited "for another program to finish its import", which was not there.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    ImportParams params;
    params.casePath = casePath;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("ids/ids-hourly.csv"))};
    ImportResult result;
    std::atomic_int waitingFor = -2; // no report yet; -1: another program
    std::optional<CaseWriters::Work> heldDuringRun;
    std::thread job;
    auto joinJob = qScopeGuard([&]() {
        if (job.joinable())
            job.join();
    });
    const auto located = GeoLocateJob::run(casePath, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"))}, [&](double) {
        heldDuringRun = CaseWriters::heldHere(casePath);
        if (!job.joinable()) {
            job = std::thread([&]() {
                result = ImportJob::run(params, [&](const ImportProgress &progress) {
                    if (progress.stage == ImportProgress::Stage::Waiting)
                        waitingFor = progress.waitingFor ? int(*progress.waitingFor) : -1;
                    return true;
                });
            });
            // The geolocation holds the case until the import has said what it waits for.
            QElapsedTimer waited;
            waited.start();
            while (waitingFor == -2 && waited.elapsed() < 20000)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        return true;
    });
    joinJob.dismiss();
    QVERIFY(job.joinable());
    job.join();
    QVERIFY(located.value(0).ok);
    QCOMPARE(heldDuringRun, std::optional<CaseWriters::Work>(CaseWriters::Work::Geolocation));
    QCOMPARE(waitingFor.load(), int(CaseWriters::Work::Geolocation));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(CaseWriters::heldHere(casePath), std::nullopt); // none once they have finished
    // The import itself is named to another writer of its program while it holds the case.
    std::optional<CaseWriters::Work> heldByImport;
    params.files = {dataPath(QStringLiteral("ids/ids-joined.csv"))};
    QVERIFY(ImportJob::run(params, [&](const ImportProgress &progress) {
                if (progress.stage == ImportProgress::Stage::Reading && !heldByImport)
                    heldByImport = CaseWriters::heldHere(QDir(QFileInfo(casePath).path()).filePath(QFileInfo(casePath).fileName()));
                return true;
            }).allOk());
    QCOMPARE(heldByImport, std::optional<CaseWriters::Work>(CaseWriters::Work::Import));
}

void tst_ImportJob::aFileReadWholeIsSaidToBeComparedWithTheCase()
{
    // Its rows all read, a file's sample is looked for in the case's other sources: the progress
    // stood at the file's end, "about 0 s left", for the seconds that took in a large case.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    ImportParams params;
    params.casePath = casePath;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("ids/ids-joined.csv")), dataPath(QStringLiteral("ids/ids-hourly.csv"))};
    QList<std::pair<ImportProgress::Stage, int>> stages; // each change, with the file it was in
    QVERIFY(ImportJob::run(params, [&](const ImportProgress &progress) {
                if (stages.isEmpty() || stages.constLast() != std::pair(progress.stage, progress.fileIndex))
                    stages.append({progress.stage, progress.fileIndex});
                return true;
            }).allOk());
    using Stage = ImportProgress::Stage;
    for (int file : {0, 1}) {
        const qsizetype comparing = stages.indexOf(std::pair(Stage::Comparing, file));
        QVERIFY2(comparing > 0, qPrintable(QString::number(stages.size())));
        QCOMPARE(stages.at(comparing - 1), std::pair(Stage::Reading, file)); // after its rows
        QVERIFY(stages.indexOf(std::pair(Stage::Reading, file)) < comparing);
    }
    QVERIFY(stages.constLast().first != Stage::Reading); // not back at the rows once compared
}

void tst_ImportJob::smallWritesWaitTheirTurnInOrder()
{
    // The GUI's label and audit records while another program's import holds the case: not
    // waited for, not lost; stored in order, each with the time it was asked, once it is free.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    QString error;
    const auto gui = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    const auto other = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(gui && other, qPrintable(error));
    DeferredWrites writes(gui->db());
    QSignalSpy deferred(&writes, &DeferredWrites::deferred);
    QSignalSpy caughtUp(&writes, &DeferredWrites::caughtUp);
    const qint64 handle = scalar(gui->db(), QStringLiteral("SELECT id FROM handles WHERE normalized = '+12025550143'")).toLongLong();
    const auto label = [handle](const QString &text, const QString &at) {
        return [=](QSqlDatabase db) { return CaseQueries::setHandleLabel(db, handle, text, at); };
    };
    QSqlQuery lock(other->db());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QCOMPARE(writes.write(QStringLiteral("the label"), label(QStringLiteral("Target"), QStringLiteral("2026-12-03T10:00:00.000Z"))),
             DeferredWrites::Outcome::Deferred);
    // The case is free now, but the later write waits behind the earlier one.
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QCOMPARE(writes.write(QStringLiteral("another label"), label(QStringLiteral("Boss"), QStringLiteral("2026-12-03T10:00:01.000Z"))),
             DeferredWrites::Outcome::Deferred);
    QCOMPARE(deferred.size(), 2);
    QCOMPARE(deferred.at(1).at(0).toString(), QStringLiteral("another label"));
    QCOMPARE(writes.pending(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.size(), 1, 4 * DeferredWrites::RetryMs);
    QCOMPARE(writes.pending(), 0);
    QCOMPARE(scalar(gui->db(), QStringLiteral("SELECT label || ' ' || set_at FROM handle_labels WHERE handle_id = %1").arg(handle)).toString(),
             QStringLiteral("Boss 2026-12-03T10:00:01.000Z"));
    QCOMPARE(scalar(gui->db(), QStringLiteral("SELECT group_concat(at, ' ') FROM (SELECT at FROM audit_log WHERE action = 'handle-label'"
                                              " ORDER BY id)")).toString(),
             QStringLiteral("2026-12-03T10:00:00.000Z 2026-12-03T10:00:01.000Z"));
    // Free: written at once. A write that fails of itself is rolled back, and does not wait.
    QCOMPARE(writes.write(QStringLiteral("a label"), label(QString(), {})), DeferredWrites::Outcome::Written);
    QCOMPARE(scalar(gui->db(), QStringLiteral("SELECT count(*) FROM handle_labels")).toInt(), 0);
    QCOMPARE(writes.write(QStringLiteral("nothing"), [](QSqlDatabase db) {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("DELETE FROM audit_log")) && q.exec(QStringLiteral("SELECT * FROM no_such_table"));
    }), DeferredWrites::Outcome::Failed);
    QCOMPARE(writes.pending(), 0);
    QCOMPARE(scalar(gui->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'handle-label'")).toInt(), 3);
}

void tst_ImportJob::aFolderIsTheFilesInItThatMayHoldRecords()
{
    // A return as delivered: its records in LOG/ and a subfolder, a cover letter, a Mac's
    // metadata; the files in name order ("part 2" before "part 10").
    const QString root = m_dir.filePath(QStringLiteral("return"));
    for (const QString &file : {u"LOG/part 10.csv"_qs, u"LOG/part 2.CSV"_qs, u"LOG/deliveries/records.zip"_qs,
                                u"cover letter.pdf"_qs, u"__MACOSX/LOG/._part 2.CSV"_qs, u"LOG/.DS_Store"_qs}) {
        QVERIFY(QDir(root).mkpath(QFileInfo(root + u'/' + file).path()));
        QFile touch(root + u'/' + file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
    }
    // An XML file is taken where it is an Excel XML Spreadsheet, by its head, not otherwise.
    for (const auto &[file, text] : {std::pair{u"LOG/calls.xml"_qs, QByteArray("<?xml version=\"1.0\"?>\n<Workbook xmlns="
                                                                              "\"urn:schemas-microsoft-com:office:spreadsheet\">")},
                                     std::pair{u"manifest.xml"_qs, QByteArray("<?xml version=\"1.0\"?>\n<manifest/>")}}) {
        QFile xml(root + u'/' + file);
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(text);
    }
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("empty")));
    const QString named = m_dir.filePath(QStringLiteral("named.pdf")); // named by the analyst: kept
    const ImportFiles::Expanded expanded = ImportFiles::expand({root, named, m_dir.filePath(QStringLiteral("empty"))});
    // A PDF is listed (it may print the records); the import leaves it out if it prints no table.
    QCOMPARE(expanded.files, (QStringList{root + u"/cover letter.pdf"_qs, root + u"/LOG/calls.xml"_qs,
                                          root + u"/LOG/deliveries/records.zip"_qs, root + u"/LOG/part 2.CSV"_qs,
                                          root + u"/LOG/part 10.csv"_qs, named}));
    QCOMPARE(expanded.found, (QSet<QString>(expanded.files.cbegin(), expanded.files.cend() - 1))); // all but the named
    QCOMPARE(expanded.leftOut,
             (QStringList{root + u"/__MACOSX/LOG/._part 2.CSV: left out: a hidden file"_qs,
                          root + u"/LOG/.DS_Store: left out: a hidden file"_qs,
                          root + u"/manifest.xml: left out: an XML file, but not an Excel XML Spreadsheet"_qs,
                          m_dir.filePath(QStringLiteral("empty")) + u": the folder holds no table, workbook, PDF, ZIP or HTML page"_qs}));

    // A folder of more files than a return holds is refused whole, not listed.
    const QString big = m_dir.filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkpath(big));
    for (int i = 0; i <= ImportFiles::MaxFilesPerFolder; ++i) {
        QFile touch(big + u"/r%1.csv"_qs.arg(i));
        QVERIFY(touch.open(QIODevice::WriteOnly));
    }
    const ImportFiles::Expanded refused = ImportFiles::expand({big});
    QVERIFY(refused.files.isEmpty());
    QCOMPARE(refused.leftOut, (QStringList{big + u": left out: the folder holds over 5000 files; name the return's own folder"_qs}));
}

void tst_ImportJob::aFileReadWithItsOwnSettings()
{
    // The import dialog sets each file's zone apart: a file's own settings stand in for the
    // job's; a file without its own is read by the job's.
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("own-settings.llcase"));
    const QString ids = dataPath(QStringLiteral("ids/ids-sample.csv"));
    const QString cdr = dataPath(QStringLiteral("carrier/cdr-date-time.csv"));
    params.files = {ids, cdr};
    params.timeZone = QStringLiteral("UTC");
    params.perFile.insert(cdr, ReadSettings{QStringLiteral("carrier-cdr"), QStringLiteral("America/Chicago"), DateOrder::MonthFirst, {}});
    const ImportResult result = ImportJob::run(params);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(1).error));
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT id, format, time_zone, json_extract(metadata, '$.date_order_from')"
                                         " FROM sources ORDER BY id"_qs),
             (QStringList{u"1|apple-ids|UTC|NULL"_qs, u"2|carrier-cdr|America/Chicago|declared by analyst"_qs}));
    QCOMPARE(scalar(db->db(), u"SELECT min(utc_ms) FROM events WHERE source_id = 2"_qs).toLongLong(),
             QDateTime(QDate(2016, 9, 12), QTime(19, 3, 7), QTimeZone::utc()).toMSecsSinceEpoch());
    // A zone no one knows is refused for its file, named with it.
    params.casePath = m_dir.filePath(QStringLiteral("own-settings-2.llcase"));
    params.perFile[cdr].timeZone = QStringLiteral("Mars/Olympus");
    const ImportResult refused = ImportJob::run(params);
    QVERIFY(refused.files[0].ok);
    QCOMPARE(refused.files[1].error, cdr + u": unknown time zone \"Mars/Olympus\" (use an IANA name such as Europe/Berlin, or UTC)"_qs);
}

QTEST_GUILESS_MAIN(tst_ImportJob)
#include "tst_importjob.moc"
