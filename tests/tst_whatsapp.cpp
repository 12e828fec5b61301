#include "archivewriter.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "importjob.h"
#include "ipsummary.h"
#include "returnzip.h"
#include "sha.h"
#include "sourcelistmodel.h"
#include "sourcereading.h"
#include "testsupport.h"
#include "timeformat.h"
#include "whatsappcontainer.h"
#include "whatsappparser.h"
#include "zippedpage.h"
#include "zippedtables.h"
#include "zonerules.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>

using TestSupport::dataPath;
using TestSupport::scalar;

class tst_WhatsApp : public QObject
{
    Q_OBJECT
private slots:
    void parsesPageBreaksWrappedRecipientsCallsAndLogins();
    void aNumberWithMarksNoOneSeesMeetsItsPlainSpelling();
    void badPortsAndTimesRejectTheirRecordOnly();
    void aLabelNamedTwiceWithTwoValuesRejectsItsRecord();
    void aPageNamingTwoAccountsTiesItsLoginsToNeither();
    void manyLoginsAreHeldToThePagesEndInOrder();
    void recordsOutsideTheDateRangeAreWarnedOf();
    void aGroupCallIsOneEventPerPartyCalled();
    void aCallsClientIpIsItsCreatorsNotAnotherPartys();
    void aCallALaterDeliveryReadsMoreFullyIsSaid();
    void whatPagesSayAlikeIsSaidOnceForTheReturn();
    void deliveriesAreReadInTheOrderTheyAreNumbered();
    void overlappingDeliveriesAreLinkedNotCounted();
    void aDeliveryInsideAReturnKeepsItsOwnHash();
    void singleInnerZipAndBareRecordsPage_data();
    void singleInnerZipAndBareRecordsPage();
    void theZoneRulesItsTimesWereCheckedByAreKept();
    void maliciousZipsAreRefusedWithNothingWritten_data();
    void maliciousZipsAreRefusedWithNothingWritten();
    void aFailureWhileWritingAReturnLeavesTheCaseAsItWas_data();
    void aFailureWhileWritingAReturnLeavesTheCaseAsItWas();
    void dryRunCountsRepeatsAcrossDeliveries();
    void aPreviewReadsTheFirstRowsOnly();
    void checkingAReturnSaysHowFarAndStopsWhenTold();
    void aDamagedDeliveryIsNamedAndTheOthersRead_data();
    void aDamagedDeliveryIsNamedAndTheOthersRead();
    void aPageTheParserStopsInIsRefused_data();
    void aPageTheParserStopsInIsRefused();
    void elementsNestedDeepAreReadAsAnyOthers();
    void recordsPastLine65535KeepTheirLines();
    void aPageOnOneLineGivesEachRecordItsOwnWords();
    void aPageOnOneLineIsNotHeldForEachRecord();
    void aByteOfAnotherEncodingChangesOnlyItsText();
    void recordsNestedInTheirMarkersElementAreItsWords();
    void aLargePageReportsHowFarItHasGot();
    void recordsAreHandedOnAsThePageIsRead();
    void requestParametersAfterTheRecordsAreKept();
    void aSectionRepeatedIsReadEachTime();
    void pagesInsideAZipAreReadFromItNotHeld();
    void aReturnCutShortGivesItsWholeDeliveries_data();
    void aReturnCutShortGivesItsWholeDeliveries();
    void everyEncodingAndLineEndGivesTheSameEvents_data();
    void everyEncodingAndLineEndGivesTheSameEvents();
    void linesOfAnotherEncodingAndBrokenReferencesAreNamed();
    void aPageInAnEncodingNotKnownIsRefused();
    void aDeliverysReadingNotesNameItsPage();
    void aRedactedPagesMaskedPartiesAreNoted();
    void recordsWithoutTheirPartiesAreRejectedEachWithItsReason();
    void aPageWithoutRecordSectionsIsRefused();
    void aReturnWhoseDeliveriesHoldNoPageIsRefused();
    void aReturnEncryptedWithAPasswordIsReadWithIt_data();
    void aReturnEncryptedWithAPasswordIsReadWithIt();
    void anEncryptedReturnGivesThePlainReturnsEvents_data();
    void anEncryptedReturnGivesThePlainReturnsEvents();

private:
    ImportResult import(const QString &casePath, const QString &file, bool dryRun = false, const QStringList &passwords = {});
    /// @brief The sample page, its first message sent from a device named "andröid" (UTF-8).
    static QByteArray samplePage();
    /// @brief @p page written as a file of its own; its path.
    QString writePage(const QByteArray &page);
    /// @brief A return (an outer ZIP) of @p deliveries, each its number and its page, written
    /// in the order given as "1122334455-delivery-N.zip"; its path.
    QString writeReturn(const QList<std::pair<int, QByteArray>> &deliveries);
    /// @brief A path for a case of its own.
    QString newCasePath() { return m_dir.filePath(QStringLiteral("wa%1.llcase").arg(++m_counter)); }
    /// @brief The warning of @p calls read more fully than the events stored, the first at @p
    /// line, linked to @p event.
    static QString readMoreFully(int calls, int line, qint64 event);
    /// @brief The sample page with its call's accept and terminate left out, as a delivery made
    /// while the call went on gives it.
    static QByteArray samplePageWithTheCallGoingOn();
    /// @brief The rows @p sql gives in the case at @p casePath, opened to read only.
    static QStringList rowsOf(const QString &casePath, const QString &sql);
    QTemporaryDir m_dir;
    int m_counter = 0;
};

ImportResult tst_WhatsApp::import(const QString &casePath, const QString &file, bool dryRun, const QStringList &passwords)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = {file};
    params.dryRun = dryRun;
    params.passwords = passwords;
    return ImportJob::run(params);
}

QStringList tst_WhatsApp::rowsOf(const QString &casePath, const QString &sql)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        return {error};
    return TestSupport::rows(db->db(), sql);
}

QByteArray tst_WhatsApp::samplePage()
{
    QFile file(dataPath(QStringLiteral("whatsapp/records.html")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray page = file.readAll();
    const QByteArray device = "<div>Sender Device</div><div>android</div>";
    return page.replace(page.indexOf(device), device.size(), "<div>Sender Device</div><div>andr\xC3\xB6id</div>");
}

QString tst_WhatsApp::readMoreFully(int calls, int line, qint64 event)
{
    return u"%1 call(s) read here with more of their events than an earlier delivery gave (a "
           u"party's accept, the "
           "call's end), as for a call still going on when that delivery was made: the event keeps "
           "the earlier "
           "reading, which may say the call was not accepted or give no duration; this reading is "
           "linked to it as "
           "a duplicate, which its provenance shows (the first at line %2, event %3)"_qs.arg(calls)
               .arg(line)
               .arg(event);
}

QByteArray tst_WhatsApp::samplePageWithTheCallGoingOn()
{
    QByteArray page = samplePage();
    const qsizetype accept = page.indexOf("<div>Type</div><div>accept</div>");
    return page.remove(accept, page.indexOf("</div>\n<div id=\"property-prospective") - accept);
}

QString tst_WhatsApp::writeReturn(const QList<std::pair<int, QByteArray>> &deliveries)
{
    QList<std::pair<QString, QByteArray>> zips;
    for (const auto &[number, page] : deliveries) {
        const QString delivery = m_dir.filePath(u"delivery%1.zip"_qs.arg(++m_counter));
        QFile file(delivery);
        if (!ArchiveWriter::write(delivery, archive_write_set_format_zip,
                                  {{u"records.html"_qs, page}}) ||
            !file.open(QIODevice::ReadOnly))
            return {};
        zips.append({u"1122334455-delivery-%1.zip"_qs.arg(number), file.readAll()});
    }
    const QString path = m_dir.filePath(u"return%1.zip"_qs.arg(++m_counter));
    return ArchiveWriter::write(path, archive_write_set_format_zip, zips) ? path : QString();
}

QString tst_WhatsApp::writePage(const QByteArray &page)
{
    const QString path = m_dir.filePath(QStringLiteral("page%1.html").arg(++m_counter));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(page) != page.size())
        return {};
    return path;
}

void tst_WhatsApp::parsesPageBreaksWrappedRecipientsCallsAndLogins()
{
    QFile file(dataPath(QStringLiteral("whatsapp/records.html")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const WhatsAppDocument doc = WhatsAppParser().parse(file.readAll());
    QCOMPARE(doc.error, QString());
    QCOMPARE(doc.account, QStringLiteral("+4915112345678"));
    QCOMPARE(doc.requestParameters.value(QStringLiteral("Date Range")).toString(),
             QStringLiteral("2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC"));
    QCOMPARE(doc.requestParameters.value(QStringLiteral("Internal Ticket Number")).toString(), QStringLiteral("1122334455"));
    QCOMPARE(doc.events.size(), 6);
    QVERIFY(doc.rejected.isEmpty());

    const EventRecord &a = doc.events[0];
    QCOMPARE(a.evidenceClass, EvidenceClass::Communication);
    QCOMPARE(a.subtype, QStringLiteral("message"));
    QCOMPARE(TimeFormat::isoUtc(a.utcMs), QStringLiteral("2026-10-02T09:01:12Z"));
    QCOMPARE(a.initiatorRaw, QStringLiteral("4915112345678"));
    QCOMPARE(a.initiator.normalized, QStringLiteral("+4915112345678"));
    QCOMPARE(a.counterpart.normalized, QStringLiteral("+5511987654321"));
    QCOMPARE(a.clientPort.value(), 50123);
    QCOMPARE(a.line, 12);
    QVERIFY(a.raw.startsWith(QStringLiteral("<div>Message</div>")));

    // The group message: recipients wrap over two elements, a page break sits inside "Sender Ip".
    QStringList recipients;
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(doc.events[i].clientIp, QStringLiteral("2001:db8:1::7"));
        QCOMPARE(doc.events[i].extra.value(QStringLiteral("Message Id")).toString(), QStringLiteral("3EB0A1B2C3D4E5F7"));
        recipients.append(doc.events[i].counterpart.normalized);
    }
    QCOMPARE(recipients, (QStringList{u"+5511987654321"_qs, u"+447700900461"_qs, u"+12025550143"_qs}));
    QVERIFY(doc.events[1].dedupeKey != doc.events[2].dedupeKey);

    const EventRecord &call = doc.events[4];
    QCOMPARE(call.subtype, QStringLiteral("call"));
    QCOMPARE(call.counterpart.normalized, QStringLiteral("+5511987654321"));
    QCOMPARE(call.extra.value(QStringLiteral("accepted")).toBool(), true);
    QCOMPARE(call.extra.value(QStringLiteral("Events")).toArray().size(), 3);
    QCOMPARE(call.durationSeconds.value(), 26.0);
    QCOMPARE(call.clientPort.value(), 50200);

    const EventRecord &login = doc.events[5];
    QCOMPARE(login.evidenceClass, EvidenceClass::Connection);
    QCOMPARE(login.initiator.normalized, QStringLiteral("+4915112345678"));
    QVERIFY(login.counterpartRaw.isEmpty());
    QCOMPARE(login.clientIp, QStringLiteral("100.64.31.9"));
    QCOMPARE(login.clientPort.value(), 40311);
}

void tst_WhatsApp::aNumberWithMarksNoOneSeesMeetsItsPlainSpelling()
{
    // A page saved from a right-to-left view wraps numbers in direction marks: each stood as a
    // handle of its own beside the same number. Read without them, the records keep them as
    // written, and the warning and metadata name them, as for a table.
    const QString page = TestSupport::writeFile(m_dir.filePath(u"records.html"_qs), R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div></div>
<div id="property-message_log"><div>Message Log</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div><div>Message Id</div><div>A1</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:02:12 UTC</div><div>Message Id</div><div>A2</div>
<div>Sender</div><div>&#x200E;4915112345678&#x200E;</div><div>Recipients</div><div>5511987654321</div>
</div></body></html>)");
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, page);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().warnings,
             QStringList{u"1 handle spelling(s) were read without characters that are no part of a handle "
                         "(the records keep them as written): marks no one sees, as a zero-width space or a direction "
                         "mark (shown here as their code points), the apostrophe Excel puts before a cell's text, or "
                         "quotes around the whole of it: \u27E8U+200E\u27E94915112345678\u27E8U+200E\u27E9 as "
                         "+4915112345678"_qs});
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT normalized FROM handles ORDER BY normalized"_qs),
             (QStringList{u"+4915112345678"_qs, u"+5511987654321"_qs}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT initiator_raw FROM events ORDER BY utc_ms"_qs),
             (QStringList{u"4915112345678"_qs, u"\u200E4915112345678\u200E"_qs}));
    QCOMPARE(scalar(db->db(), u"SELECT json_extract(metadata, '$.handles_with_stray_characters.count') FROM sources"_qs).toInt(), 1);
}

void tst_WhatsApp::badPortsAndTimesRejectTheirRecordOnly()
{
    // A port that is no port rejects its record (it used to become 0, or to fail the whole
    // import on the case's constraint); a call event without a port has none, not port 0; an
    // unreadable accept time rejects the call rather than inventing its duration; a time not
    // recorded, written as 1970's zero, rejects its record; so does a time naming no zone, or a
    // zone by a label alone ("EDT"), in words that ask for no zone to be declared (a WhatsApp
    // return takes none).
    const QByteArray html = R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div></div>
<div id="property-message_log"><div>Message Log</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div><div>Message Id</div><div>A1</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Sender Ip</div><div>198.51.100.23</div><div>Sender Port</div><div>70000</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:02:12 UTC</div><div>Message Id</div><div>A2</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Sender Ip</div><div>198.51.100.23</div><div>Sender Port</div><div>0</div>
<div>Message</div><div>Timestamp</div><div>1970-01-01 00:00:00 UTC</div><div>Message Id</div><div>A3</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:03:12</div><div>Message Id</div><div>A4</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
</div>
<div id="property-call_logs"><div>Call Logs</div>
<div>Call</div><div>Call Id</div><div>c1</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:10:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div><div>From Ip</div><div>198.51.100.23</div>
<div>Call</div><div>Call Id</div><div>c2</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:20:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>soon</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div>
<div>Call</div><div>Call Id</div><div>c3</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:30:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 05:30:09 EDT</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div>
</div>
<div id="property-prospective_login_ips"><div>Prospective Login IPs</div>
<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4o311</div>
</div></body></html>)";
    const WhatsAppDocument doc = WhatsAppParser().parse(html);
    QCOMPARE(doc.error, QString());
    QCOMPARE(doc.events.size(), 2);
    QCOMPARE(doc.events[0].extra.value(u"Message Id"_qs).toString(), u"A2"_qs);
    QCOMPARE(doc.events[0].clientPort, std::optional<int>(0)); // a port 0 the record gives is kept
    QCOMPARE(doc.events[1].extra.value(u"Call Id"_qs).toString(), u"c1"_qs);
    QCOMPARE(doc.events[1].clientIp, u"198.51.100.23"_qs);
    QCOMPARE(doc.events[1].clientPort, std::nullopt);
    QStringList reasons;
    for (const RejectedRow &row : doc.rejected)
        reasons.append(row.reason);
    QCOMPARE(
        reasons,
        (QStringList{
            u"the port \"70000\" is not a number from 0 to 65535"_qs,
            u"the time \"1970-01-01 00:00:00 UTC\" falls on 1970-01-01 00:00:00 UTC, before any "
            "provider kept such records: a time not recorded, written as the zero of a clock or "
            "count, or a year cut short"_qs,
            u"the timestamp \"2026-10-02 09:03:12\" states no zone it can be read in by "
            "itself; a WhatsApp record writes its times in UTC"_qs,
            u"the call's accept event: unreadable timestamp \"soon\""_qs,
            u"the call's accept event: the timestamp \"2026-10-02 05:30:09 EDT\" states "
            "no zone it can be read in by itself; a WhatsApp record writes its times in UTC"_qs,
            u"the port \"4o311\" is not a number from 0 to 65535"_qs}));

    // Imported as a file of its own, the page is the file: its reasons are not prefixed with its name.
    const ImportResult imported = import(newCasePath(), writePage(html), true);
    QStringList importedReasons;
    for (const RejectedRow &row : imported.files.first().rejectedRows)
        importedReasons.append(row.reason);
    QCOMPARE(importedReasons, reasons);
}

void tst_WhatsApp::aLabelNamedTwiceWithTwoValuesRejectsItsRecord()
{
    // A record naming a label twice, with two values, was read by one of them and the other
    // lost without a word (the first sender, the last "To" of a call's event). Which is the
    // record's cannot be told: it is rejected with both, each at its line. A label repeated with
    // its value, and each event of a call with its own Type, Timestamp, From and To, are read.
    const QByteArray html = R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div></div>
<div id="property-message_log"><div>Message Log</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div><div>Message Id</div><div>R1</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Sender</div><div>4915187654321</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:02:12 UTC</div><div>Message Id</div><div>R2</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Message Id</div><div>R2</div>
</div>
<div id="property-call_logs"><div>Call Logs</div>
<div>Call</div><div>Call Id</div><div>r3</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:10:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>To</div><div>5511900000000</div>
<div>Call</div><div>Call Id</div><div>r4</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:20:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:20:05 UTC</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div>
<div>Call Creator</div><div>5511987654321</div>
<div>Call</div><div>Call Id</div><div>r5</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:30:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:30:04 UTC</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div>
</div>
<div id="property-prospective_login_ips"><div>Prospective Login IPs</div>
<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4311</div><div>Port</div><div></div>
<div>Timestamp</div><div>2026-10-02 09:00:04 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4312</div>
<div>Timestamp</div><div>2026-10-02 09:00:05 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>IP Address</div><div>fe80::1%2</div>
</div></body></html>)";
    const WhatsAppDocument doc = WhatsAppParser().parse(html);
    QCOMPARE(doc.error, QString());
    QStringList stored;
    for (const EventRecord &e : doc.events)
        stored.append(u"%1 %2 %3"_qs.arg(e.line).arg(e.subtype, e.extra.value(u"Message Id"_qs).toString()
                                                             + e.extra.value(u"Call Id"_qs).toString()));
    QCOMPARE(stored, (QStringList{u"8 message R2"_qs, u"20 call r5"_qs, u"26 login "_qs}));
    QStringList rejected;
    for (const RejectedRow &row : doc.rejected)
        rejected.append(u"%1|%2"_qs.arg(row.line).arg(row.reason));
    const QString twice = u"the record names \"%1\" twice, as \"%2\" (line %3) and as \"%4\" (line %5): which is the "
                          "record's cannot be told, and neither is taken"_qs;
    QCOMPARE(
        rejected,
        (QStringList{
            u"5|"_qs +
                twice.arg(u"Sender"_qs, u"4915112345678"_qs).arg(6).arg(u"4915187654321"_qs).arg(7),
            u"13|"_qs +
                twice.arg(u"To"_qs, u"5511987654321"_qs).arg(14).arg(u"5511900000000"_qs).arg(15),
            u"16|"_qs + twice.arg(u"Call Creator"_qs, u"4915112345678"_qs)
                            .arg(16)
                            .arg(u"5511987654321"_qs)
                            .arg(19),
            u"25|"_qs + twice.arg(u"Port"_qs, u"4311"_qs).arg(25).arg(QString()).arg(25),
            // A value holding "%2" (an IPv6 address's zone) is said as written.
            u"27|"_qs + twice.arg(u"IP Address"_qs, u"100.64.31.9"_qs, u"27"_qs, u"fe80::1%2"_qs,
                                  u"27"_qs)}));
    const ImportResult imported = import(newCasePath(), writePage(html), true);
    QVERIFY2(imported.allOk(), qPrintable(imported.files.value(0).error));
    const FileImportResult &file = imported.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}),
             (QList<int>{8, 3, 0, 5}));
}

void tst_WhatsApp::aPageNamingTwoAccountsTiesItsLoginsToNeither()
{
    // A login names no account: it is the page's. A page whose request parameters name two
    // accounts tied each login to the one read last before it, without a word. Which is the
    // login's cannot be told: each is rejected naming both; the records naming their own parties
    // are read, and the first value of each parameter stands with the other beside it.
    const QByteArray html = R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div><div>Generated</div><div>2026-10-02 10:00:00 UTC</div></div>
<div id="property-prospective_login_ips"><div>Prospective Login IPs</div>
<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4311</div>
</div>
<div id="property-message_log"><div>Message Log</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div><div>Message Id</div><div>T1</div>
<div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
</div>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915187654321</div><div>Generated</div><div>2026-10-02 10:00:00 UTC</div></div>
<div id="property-prospective_login_ips"><div>Prospective Login IPs</div>
<div>Timestamp</div><div>2026-10-02 09:05:00 UTC</div><div>IP Address</div><div>100.64.31.10</div><div>Port</div><div>4312</div>
</div></body></html>)";
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(html));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}),
             (QList<int>{3, 1, 0, 2}));
    QCOMPARE(rowsOf(casePath, u"SELECT line, class, initiator_raw, counterpart_raw FROM events"_qs),
             QStringList{u"8|communication|4915112345678|5511987654321"_qs});
    const QString neither =
        u"the login cannot be tied to an account: the page names two, \"+4915112345678\" (line 3) "
        "and \"+4915187654321\" (line 12), and which is the login's cannot be told"_qs;
    QCOMPARE(rowsOf(casePath, u"SELECT line, reason, raw FROM rejected_rows ORDER BY line"_qs),
             (QStringList{
                 u"5|"_qs + neither +
                     u"|<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div>"
                     "<div>100.64.31.9</div><div>Port</div><div>4311</div>"_qs,
                 u"14|"_qs + neither +
                     u"|<div>Timestamp</div><div>2026-10-02 09:05:00 UTC</div><div>IP Address</div>"
                     "<div>100.64.31.10</div><div>Port</div><div>4312</div>"_qs}));
    QCOMPARE(
        rowsOf(casePath,
               u"SELECT json_extract(metadata, '$.account_identifier'),"
               " json_extract(metadata, '$.request_parameters.\"Account Identifier\"'),"
               " json_extract(metadata, '$.request_parameters_repeated') FROM sources"_qs),
        QStringList{
            u"|+4915112345678|[{\"label\":\"Account Identifier\",\"line\":12,\"value\":\"+4915187654321\"}]"_qs});
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const QStringList described = SourceReading::lines(CaseQueries(db->db()).sources().first());
    const qsizetype at = described.indexOf(u"    Account Identifier: +4915112345678"_qs);
    QVERIFY2(at > 0, qPrintable(described.join(u'\n')));
    QCOMPARE(described.mid(at + 1, 3),
             (QStringList{u"    Generated: 2026-10-02 10:00:00 UTC"_qs,
                          u"The record names some of them again, with other values:"_qs,
                          u"    Account Identifier: +4915187654321 (line 12)"_qs}));
    // The same account named twice is one account, though spelt without its "+" the second
    // time: the logins are its own, above or below it, as the page's first spelling writes it.
    QByteArray once = html;
    once.replace("+4915187654321", "4915112345678");
    const QString onceCase = newCasePath();
    const ImportResult read = import(onceCase, writePage(once));
    QVERIFY2(read.allOk(), qPrintable(read.files.value(0).error));
    QCOMPARE(read.files.first().accepted, 3);
    QCOMPARE(
        rowsOf(
            onceCase,
            u"SELECT line, initiator_raw, client_port FROM events WHERE class = 'connection' ORDER BY line"_qs),
        (QStringList{u"5|+4915112345678|4311"_qs, u"14|+4915112345678|4312"_qs}));
    QCOMPARE(
        rowsOf(onceCase,
               u"SELECT json_extract(metadata, '$.account_identifier'),"
               " json_extract(metadata, '$.request_parameters_repeated') FROM sources"_qs),
        QStringList{
            u"+4915112345678|[{\"label\":\"Account Identifier\",\"line\":12,\"value\":\"4915112345678\"}]"_qs});
}

void tst_WhatsApp::manyLoginsAreHeldToThePagesEndInOrder()
{
    // Logins wait for the page's end, packed a block of about a megabyte at a time: 12,000 of
    // them, the account named below them, come back across blocks whole and in the page's order.
    QByteArray html = "<html><body>\n<div id=\"property-prospective_login_ips\"><div>Prospective "
                      "Login IPs</div>\n";
    const int logins = 12000;
    const auto loginText = [](int i) {
        return u"<div>Timestamp</div><div>2026-10-02 %1:%2:%3 UTC</div><div>IP "
               u"Address</div><div>100.64.%4.%5</div>"
               "<div>Port</div><div>%6</div>"_qs.arg(i / 3600, 2, 10, QChar(u'0'))
                   .arg(i / 60 % 60, 2, 10, QChar(u'0'))
                   .arg(i % 60, 2, 10, QChar(u'0'))
                   .arg(i / 250)
                   .arg(i % 250)
                   .arg(1000 + i);
    };
    for (int i = 0; i < logins; ++i)
        html += loginText(i).toUtf8() + '\n';
    html += "</div>\n<div id=\"property-request_parameters\"><div>Service</div><div>WhatsApp</div>"
            "<div>Account Identifier</div><div>+4915112345678</div></div></body></html>\n";
    const WhatsAppDocument doc = WhatsAppParser().parse(html);
    QCOMPARE(doc.error, QString());
    QCOMPARE(doc.rejected.size(), 0);
    QCOMPARE(doc.events.size(), logins);
    for (int i = 0; i < logins; ++i) {
        const EventRecord &e = doc.events.at(i);
        QCOMPARE(e.line, i + 3);
        QCOMPARE(e.raw, loginText(i));
        QCOMPARE(e.clientIp, u"100.64.%1.%2"_qs.arg(i / 250).arg(i % 250));
        QCOMPARE(e.clientPort.value_or(-1), 1000 + i);
        QCOMPARE(e.initiator.normalized, u"+4915112345678"_qs);
    }
    // A sink that says stop among them stops the reading there, as anywhere else on the page.
    WhatsAppDocument stopped;
    int handed = 0;
    const WhatsAppParser::Sink someOfThem{
        [&handed](const EventRecord &e) { return ++handed < 5000 && e.line > 0; },
        [](const RejectedRow &) { return true; }};
    WhatsAppParser().read(html, &stopped, someOfThem);
    QVERIFY(stopped.stopped);
    QCOMPARE(handed, 5000);
    // While they are read the page's end is told every 1,024 of them, so that a cancel is heard.
    WhatsAppDocument cancelled;
    int told = 0;
    handed = 0;
    const WhatsAppParser::Sink counting{[&handed](const EventRecord &) { return ++handed > 0; },
                                        [](const RejectedRow &) { return true; }};
    WhatsAppParser().read(html, &cancelled, counting,
                          [&told](double done) { return done < 1.0 || ++told < 3; });
    QVERIFY(cancelled.stopped);
    QCOMPARE(told, 3);
    QCOMPARE(handed, 3 * 1024);
}

void tst_WhatsApp::recordsOutsideTheDateRangeAreWarnedOf()
{
    // A delivery states the period its records were taken from. Records dated outside it (a
    // clock, a delivery misfiled) are kept as read, and the disagreement is said with how many
    // of each class and the first one's line; both ends lie within the range.
    const QByteArray parameters =
        R"(<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div><div>Date Range</div><div>2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC</div></div>
)";
    const QByteArray records = R"(<div id="property-message_log"><div>Message Log</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:00:00 UTC</div><div>Message Id</div><div>D1</div><div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 08:59:59 UTC</div><div>Message Id</div><div>D2</div><div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321, 447700900461</div>
</div>
<div id="property-call_logs"><div>Call Logs</div>
<div>Call</div><div>Call Id</div><div>d3</div><div>Call Creator</div><div>4915112345678</div><div>Events</div><div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:15:01 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
</div>
<div id="property-prospective_login_ips"><div>Prospective Login IPs</div>
<div>Timestamp</div><div>2026-10-02 09:15:00 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4311</div>
<div>Timestamp</div><div>2026-10-02 09:16:00 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4312</div>
</div>
)";
    const QString outside =
        u"3 communication(s) · 1 connection(s) dated outside the Date Range the request parameters "
        "state (2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC; the first on line %1): kept as "
        "read, though the page's records and its parameters disagree"_qs;
    // The parameters above the records, as a return writes them, and below them: held until then.
    const QList<std::pair<QByteArray, int>> pages{
        {"<html><body>\n" + parameters + records + "</body></html>", 6},
        {"<html><body>\n" + records + parameters + "</body></html>", 4}};
    for (const auto &[html, firstLine] : pages) {
        const QString casePath = newCasePath();
        const ImportResult result = import(casePath, writePage(html));
        QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
        const FileImportResult &file = result.files.first();
        QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}),
                 (QList<int>{6, 6, 0, 0}));
        QCOMPARE(file.warnings, QStringList{outside.arg(firstLine)});
        QCOMPARE(rowsOf(casePath,
                        u"SELECT json_extract(metadata, '$.outside_date_range') FROM sources"_qs),
                 QStringList{u"{\"communications\":3,\"connections\":1,\"date_range\":\"2026-10-02 "
                             u"09:00:00 UTC to "
                             "2026-10-02 09:15:00 UTC\",\"first_line\":%1,\"lookups\":0}"_qs.arg(
                                 firstLine)});
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(SourceListModel::notes(CaseQueries(db->db()).sources().first())
                    .contains(outside.arg(firstLine)));
    }
    // A range that cannot be read as two times checks nothing, and says so.
    QByteArray unread = "<html><body>\n" + parameters + records + "</body></html>";
    unread.replace("2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC", "the last 30 days");
    const ImportResult result = import(newCasePath(), writePage(unread));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(
        result.files.first().warnings,
        QStringList{u"the Date Range \"the last 30 days\" the request parameters state cannot be "
                    u"read (it is not "
                    "two times joined by \"to\"): the records were not checked against it"_qs});
    // Ends that state no zone are not read in any: the records are not checked either.
    unread.replace("the last 30 days", "2026-10-02 09:00:00 to 2026-10-02 09:15:00");
    const ImportResult zoneless = import(newCasePath(), writePage(unread));
    QVERIFY2(zoneless.allOk(), qPrintable(zoneless.files.value(0).error));
    QCOMPARE(
        zoneless.files.first().warnings,
        QStringList{
            u"the Date Range \"2026-10-02 09:00:00 to 2026-10-02 09:15:00\" the request parameters "
            u"state "
            "cannot be read (a time of it states no zone): the records were not checked against it"_qs});
}

void tst_WhatsApp::aGroupCallIsOneEventPerPartyCalled()
{
    // A call whose events name several numbers (a group call) is one event per party called, as
    // a message is one per recipient: it stood as one handle "5511987654321, 447700900461", which
    // neither number's timeline held. Each party's event says whether it accepted, and lasts from
    // its accept to the terminate naming it (or naming no one but the creator); the creator spelt
    // otherwise in an event is no party of its own. A later delivery holding the whole call adds
    // no event (the first party keeps the key a call has always had); it says it reads more.
    const QByteArray head = R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div></div>
<div id="property-call_logs"><div>Call Logs</div>
<div>Call</div><div>Call Id</div><div>g1</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:10:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321, 447700900461 12025550143</div><div>From Ip</div><div>198.51.100.23</div><div>From Port</div><div>50200</div>
)";
    const QByteArray rest = R"(<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:10:05 UTC</div><div>From</div><div>5511987654321</div><div>To</div><div>+4915112345678</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:10:08 UTC</div><div>From</div><div>447700900461</div><div>To</div><div>4915112345678</div>
<div>Type</div><div>terminate</div><div>Timestamp</div><div>2026-10-02 09:10:20 UTC</div><div>From</div><div>447700900461</div><div>To</div><div>4915112345678</div>
<div>Type</div><div>terminate</div><div>Timestamp</div><div>2026-10-02 09:10:31 UTC</div><div>From</div><div>4915112345678</div>
)";
    const QByteArray tail = "</div></body></html>";
    const QString casePath = newCasePath();
    const ImportResult first = import(casePath, writePage(head + tail));
    QVERIFY2(first.allOk(), qPrintable(first.files.value(0).error));
    QCOMPARE((QList<int>{first.files.first().rowsRead, first.files.first().accepted}), (QList<int>{3, 3}));
    const ImportResult whole = import(casePath, writePage(head + rest + tail));
    QVERIFY2(whole.allOk(), qPrintable(whole.files.value(0).error));
    const FileImportResult &file = whole.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{3, 0, 3, 0}));
    // Each party's event keeps the first reading (no accept); this one is said to read more fully.
    QCOMPARE(file.warnings, QStringList{readMoreFully(3, 5, 1)});

    const WhatsAppDocument doc = WhatsAppParser().parse(head + rest + tail);
    QCOMPARE(doc.events.size(), 3);
    QStringList parties;
    for (const EventRecord &e : doc.events) {
        QCOMPARE(e.initiator.normalized, u"+4915112345678"_qs);
        QCOMPARE(e.extra.value(u"Call Id"_qs).toString(), u"g1"_qs);
        QCOMPARE(e.extra.value(u"Events"_qs).toArray().size(), 5);
        QCOMPARE(e.clientIp, u"198.51.100.23"_qs);
        QCOMPARE(e.clientPort, std::optional<int>(50200));
        parties.append(QStringList{e.counterpart.normalized, e.extra.value(u"accepted"_qs).toBool() ? u"accepted"_qs : u"not"_qs,
                                   e.durationSeconds ? QString::number(*e.durationSeconds) : u"-"_qs}
                           .join(u' '));
    }
    QCOMPARE(parties, (QStringList{u"+5511987654321 accepted 26"_qs, u"+447700900461 accepted 12"_qs, u"+12025550143 not -"_qs}));
    QCOMPARE(rowsOf(casePath, u"SELECT h.normalized FROM events JOIN handles h ON h.id = counterpart_id ORDER BY events.id"_qs),
             (QStringList{u"+5511987654321"_qs, u"+447700900461"_qs, u"+12025550143"_qs}));
}

void tst_WhatsApp::aCallsClientIpIsItsCreatorsNotAnotherPartys()
{
    // The account was called (line 5): its own address, in its accept, is no address of the
    // caller's, which the IP views would list as the caller's. It called (line 9): the other
    // party's accept comes first, the creator's address (spelt with a "+") in its terminate.
    const QByteArray page = R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div></div>
<div id="property-call_logs"><div>Call Logs</div>
<div>Call</div><div>Call Id</div><div>in1</div><div>Call Creator</div><div>5511987654321</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:10:00 UTC</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:10:05 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div><div>From Ip</div><div>198.51.100.23</div><div>From Port</div><div>50200</div>
<div>Type</div><div>terminate</div><div>Timestamp</div><div>2026-10-02 09:10:31 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div><div>From Ip</div><div>198.51.100.23</div><div>From Port</div><div>50200</div>
<div>Call</div><div>Call Id</div><div>out1</div><div>Call Creator</div><div>4915112345678</div><div>Events</div>
<div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:20:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>Type</div><div>accept</div><div>Timestamp</div><div>2026-10-02 09:20:04 UTC</div><div>From</div><div>5511987654321</div><div>To</div><div>4915112345678</div><div>From Ip</div><div>203.0.113.9</div><div>From Port</div><div>40100</div>
<div>Type</div><div>terminate</div><div>Timestamp</div><div>2026-10-02 09:20:30 UTC</div><div>From</div><div>+4915112345678</div><div>To</div><div>5511987654321</div><div>From Ip</div><div>198.51.100.23</div><div>From Port</div><div>50300</div>
</div></body></html>)";
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(page));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}),
             (QList<int>{2, 2, 0, 0}));
    QCOMPARE(rowsOf(casePath, u"SELECT line, h.normalized, client_ip, client_port FROM events"
                              " JOIN handles h ON h.id = initiator_id ORDER BY line"_qs),
             (QStringList{u"5|+5511987654321|NULL|NULL"_qs,
                          u"9|+4915112345678|198.51.100.23|50300"_qs}));
    // Kept where the events stand, as written.
    QCOMPARE(
        rowsOf(
            casePath,
            u"SELECT json_extract(extra, '$.Events[1].\"From Ip\"') FROM events ORDER BY line"_qs),
        (QStringList{u"198.51.100.23"_qs, u"203.0.113.9"_qs}));
    QCOMPARE(rowsOf(casePath,
                    u"SELECT json_extract(metadata, '$.call_party_addresses') FROM sources"_qs),
             QStringList{u"{\"calls\":2,\"first_line\":5}"_qs});
    const QString note = u"2 call(s) keep in their events, as written, an address (\"From Ip\") "
                         u"that an event not sent "
                         "by the call's creator gives: its sender's, not the call's client IP, "
                         "which is the creator's, "
                         "the address the call came from (the first at line 5)"_qs;
    QCOMPARE(file.notes, QStringList{note});
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(SourceListModel::notes(CaseQueries(db->db()).sources().first()).contains(note));
    QStringList addresses;
    for (const IpSummary &ip : IpSummaries::of(db->db()))
        addresses.append(ip.ip + u' ' + ip.handles.join(u','));
    QCOMPARE(addresses, QStringList{u"198.51.100.23 +4915112345678"_qs});
}

void tst_WhatsApp::aCallALaterDeliveryReadsMoreFullyIsSaid()
{
    // Two deliveries of one return, the first made while the call went on (its offer alone):
    // the event keeps that reading, and the second delivery's page says that it reads more, in
    // the dry run too. In the other order nothing is said: the event already holds the whole call.
    const QString casePath = newCasePath();
    const QString twoDeliveries =
        writeReturn({{1, samplePageWithTheCallGoingOn()}, {2, samplePage()}});
    // The dry run says it already, of an event it does not store.
    const ImportResult dryRun = import(casePath, twoDeliveries, true);
    QVERIFY2(dryRun.allOk(), qPrintable(dryRun.files.value(0).error));
    QCOMPARE(dryRun.files.first().warnings,
             QStringList{u"1122334455-delivery-2.zip › records.html: 1 call(s) read here with more "
                         u"of their events than "
                         "an earlier delivery gave (a party's accept, the call's end), as for a "
                         "call still going on when "
                         "that delivery was made: the event will keep the earlier reading, which "
                         "may say the call was "
                         "not accepted or give no duration; this reading will be linked to it as a "
                         "duplicate (the "
                         "first at line 38)"_qs});
    const ImportResult result = import(casePath, twoDeliveries);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(
        result.files.first().warnings,
        QStringList{u"1122334455-delivery-2.zip › records.html: "_qs + readMoreFully(1, 38, 5)});
    QCOMPARE(rowsOf(casePath,
                    u"SELECT id, json_extract(extra, '$.accepted'), duration_s FROM events"
                    " WHERE subtype = 'call'"_qs),
             QStringList{u"5|0|NULL"_qs});
    QCOMPARE(
        rowsOf(
            casePath,
            u"SELECT json_extract(metadata, '$.calls_read_more_fully') FROM sources ORDER BY id"_qs),
        (QStringList{u"NULL"_qs, u"{\"calls\":1,\"first_event\":5,\"first_line\":38}"_qs}));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    QVERIFY(SourceListModel::notes(sources.last(), sources).contains(readMoreFully(1, 38, 5)));
    // A dry run of the whole page, a third delivery's copy, compares it with the event stored.
    const ImportResult again = import(casePath, writePage(samplePage() + "\n"), true);
    QVERIFY2(again.allOk(), qPrintable(again.files.value(0).error));
    QCOMPARE(again.files.first().warnings, QStringList{readMoreFully(1, 38, 5)});

    const ImportResult whole = import(
        newCasePath(), writeReturn({{1, samplePage()}, {2, samplePageWithTheCallGoingOn()}}));
    QVERIFY2(whole.allOk(), qPrintable(whole.files.value(0).error));
    QCOMPARE(whole.files.first().warnings, QStringList());
}

void tst_WhatsApp::whatPagesSayAlikeIsSaidOnceForTheReturn()
{
    // Four deliveries, each call read first as going on, then whole, and the second and fourth
    // pages redacted: each kind said once for the return, its counts summed, its first line and
    // event the first page's saying it; each page's own count stays in its source.
    const auto masked = [](QByteArray page) {
        return page
            .replace("<div>Recipients</div><div>5511987654321</div>",
                     "<div>Recipients</div><div>55119876*****</div>")
            .replace("<div>Recipients</div><div>5511987654321, 447700900461,</div>",
                     "<div>Recipients</div><div>55119876*****, 4477009XXXXX,</div>");
    };
    const auto secondCall = [](QByteArray page) {
        return page.replace("7f3a9c0d11e2b4a5", "7f3a9c0d11e2b4a6");
    };
    const QString casePath = newCasePath();
    const ImportResult result =
        import(casePath, writeReturn({{1, samplePageWithTheCallGoingOn()},
                                      {2, masked(samplePage())},
                                      {3, secondCall(samplePageWithTheCallGoingOn())},
                                      {4, masked(secondCall(samplePage()))}}));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    const QString pages = u"2 records pages, the first 1122334455-delivery-2.zip › records.html "
                          u"(each page's own count in its source's description): "_qs;
    QCOMPARE(file.warnings, QStringList{pages + readMoreFully(2, 38, 5)});
    QCOMPARE(
        file.notes,
        QStringList{pages +
                    u"records naming a masked number or address as a party (%1: "
                    u"\"55119876*****\", \"4477009XXXXX\"; the first on line 12) are each kept "
                    u"with it as written as their party, which several people's may look like, "
                    u"and the contact graph draws none of them"_qs.arg(
                        EvidenceClassText::pluralCount(EvidenceClass::Communication, 6))});
    QCOMPARE(rowsOf(casePath, u"SELECT json_extract(metadata, '$.masked_parties.communications'),"
                              u" json_extract(metadata, '$.calls_read_more_fully.calls')"
                              u" FROM sources ORDER BY id"_qs),
             (QStringList{u"NULL|NULL"_qs, u"3|1"_qs, u"NULL|NULL"_qs, u"3|1"_qs}));
    // One page saying it: its words after its name, as before.
    const ImportResult one =
        import(newCasePath(), writeReturn({{1, samplePage()}, {2, masked(samplePage())}}));
    QVERIFY2(one.allOk(), qPrintable(one.files.value(0).error));
    QCOMPARE(one.files.first().notes.size(), 1);
    QVERIFY(one.files.first().notes.first().startsWith(
        u"1122334455-delivery-2.zip › records.html: records naming a masked number"_qs));
}

void tst_WhatsApp::deliveriesAreReadInTheOrderTheyAreNumbered()
{
    // Twelve deliveries, stored in the ZIP last first: read, and listed as sources, as numbered
    // (the tenth after the ninth, not after the first), so that a record's first reading is its
    // earliest delivery's.
    QList<std::pair<int, QByteArray>> deliveries;
    for (int number = 12; number >= 1; --number)
        deliveries.append({number, samplePage()});
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writeReturn(deliveries));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QStringList expected;
    for (int number = 1; number <= 12; ++number)
        expected.append(u"%1|1122334455-delivery-%1.zip › records.html|%2"_qs.arg(number).arg(
            number == 1 ? 6 : 0));
    QCOMPARE(
        rowsOf(
            casePath,
            u"SELECT id, substr(file_name, instr(file_name, '›') + 2), rows_accepted FROM sources"
            " ORDER BY id"_qs),
        expected);
}

void tst_WhatsApp::overlappingDeliveriesAreLinkedNotCounted()
{
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(QStringLiteral("whatsapp/return.zip")));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.format, QStringLiteral("whatsapp"));
    QCOMPARE(file.accepted, 8);
    QCOMPARE(file.acceptedByClass, (ClassCounts{0, 6, 2}));
    QCOMPARE(file.duplicate, 5);
    QCOMPARE(file.rejected, 1);
    QCOMPARE(file.rowsRead, file.accepted + file.duplicate + file.rejected);

    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    ClassCounts byDelivery{}; // each delivery's source counts what it added, by class
    for (const SourceRow &source : CaseQueries(db->db()).sources())
        addCounts(byDelivery, source.acceptedByClass);
    QCOMPARE(byDelivery, (ClassCounts{0, 6, 2}));
    const CaseStats stats = CaseQueries(db->db()).stats();
    QCOMPARE(stats.communications, 6); // A, B×3, C, call X — the repeats are not counted again
    QCOMPARE(stats.connections, 2);
    QCOMPARE(stats.lookups, 0);
    QCOMPARE(stats.duplicates, 5);
    QCOMPARE(stats.sources, 2);
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    QCOMPARE(sources[1].fileName, QStringLiteral("return.zip › 1122334455-delivery-2.zip › records.html"));
    QCOMPARE(sources[1].metadata.value(QStringLiteral("request_parameters")).toObject().value(QStringLiteral("Generated")).toString(),
             QStringLiteral("2026-10-02 09:30:00 UTC"));
    QCOMPARE(sources[1].rowsRead, 8);
    // The call of delivery 2 is linked to the call of delivery 1, with its own line there.
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM event_occurrences o JOIN events e ON e.id = o.event_id"
                                             " WHERE e.subtype = 'call' AND o.source_id = 2")).toInt(), 1);
    QCOMPARE(CaseQueries(db->db()).rejectedRows(sources[1].id).first().line, 32);
    // The import names the record's page within the return, as it names its notes.
    QCOMPARE(file.rejectedRows.size(), 1);
    QCOMPARE(file.rejectedRows.first().line, 32);
    QCOMPARE(file.rejectedRows.first().reason, u"1122334455-delivery-2.zip › records.html: the record has no timestamp"_qs);
    // Messages, calls and logins alike give their client IP an id, once (geolocation keys on it).
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT group_concat(ip, ' ') FROM (SELECT ip FROM client_ips ORDER BY ip)")).toString(),
             QStringLiteral("100.64.31.9 198.51.100.23 2001:db8:1::7 203.0.113.50"));
    // Each address's ports, once each and sorted (the carrier needs them to attribute a shared address).
    QHash<QString, QList<int>> ports;
    for (const IpSummary &ip : IpSummaries::of(db->db()))
        ports.insert(ip.ip, ip.ports);
    QCOMPARE(ports.value(QStringLiteral("100.64.31.9")), (QList<int>{40311, 40999}));
    QCOMPARE(ports.value(QStringLiteral("198.51.100.23")), (QList<int>{50123, 50200}));
    QCOMPARE(ports.value(QStringLiteral("2001:db8:1::7")), QList<int>{443});
    QCOMPARE(ports.value(QStringLiteral("203.0.113.50")), QList<int>{40000});

    // The same return again is refused by its SHA-256, even though it was stored per delivery.
    const ImportResult again = import(casePath, dataPath(QStringLiteral("whatsapp/return.zip")));
    QVERIFY(!again.allOk());
    QVERIFY(again.files.first().error.contains(QStringLiteral("already imported")));
}

void tst_WhatsApp::aDeliveryInsideAReturnKeepsItsOwnHash()
{
    // A delivery read inside the return names its own ZIP and that ZIP's SHA-256: the same
    // delivery imported alone (its single inner ZIP) has it as its container's, so an expert can
    // show the two are one.
    const QString returnCase = newCasePath();
    QVERIFY(import(returnCase, dataPath(QStringLiteral("whatsapp/return.zip"))).allOk());
    const QString aloneCase = newCasePath();
    const QString delivery = dataPath(QStringLiteral("whatsapp/delivery-1.zip"));
    QVERIFY(import(aloneCase, delivery).allOk());
    const QString deliveryHash = TestSupport::sha256Of(delivery);
    QCOMPARE(rowsOf(aloneCase, u"SELECT DISTINCT container_sha256 FROM sources"_qs), QStringList{deliveryHash});
    QCOMPARE(rowsOf(returnCase, u"SELECT file_name, json_extract(metadata, '$.inner_zip.entry'),"
                                " json_extract(metadata, '$.inner_zip.size') FROM sources ORDER BY id"_qs),
             (QStringList{u"return.zip › 1122334455-delivery-1.zip › records.html|1122334455-delivery-1.zip|1047"_qs,
                          u"return.zip › 1122334455-delivery-2.zip › records.html|1122334455-delivery-2.zip|1068"_qs}));
    QCOMPARE(rowsOf(returnCase, u"SELECT json_extract(metadata, '$.inner_zip.sha256') FROM sources ORDER BY id LIMIT 1"_qs),
             QStringList{deliveryHash});
    // Where each event is traced to, the delivery is named with its hash.
    QString error;
    const auto db = CaseDatabase::open(returnCase, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const auto provenance = CaseQueries(db->db()).provenance(1);
    QVERIFY(provenance);
    QCOMPARE(provenance->innerZip, u"1122334455-delivery-1.zip"_qs);
    QCOMPARE(provenance->innerZipSha256, deliveryHash);
    // A bare page is in no delivery's ZIP.
    const QString bareCase = newCasePath();
    QVERIFY(import(bareCase, writePage(samplePage())).allOk());
    QCOMPARE(rowsOf(bareCase, u"SELECT count(*) FROM sources WHERE json_extract(metadata, '$.inner_zip') IS NOT NULL"_qs),
             QStringList{u"0"_qs});
}

void tst_WhatsApp::singleInnerZipAndBareRecordsPage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("container");
    QTest::newRow("inner zip") << "whatsapp/delivery-1.zip" << u"delivery-1.zip › records.html|%1|%2"_qs;
    // The page is the file itself, inside nothing: its SHA-256 is the one to check.
    QTest::newRow("bare page") << "whatsapp/records.html" << u"records.html|none|none"_qs;
}

void tst_WhatsApp::singleInnerZipAndBareRecordsPage()
{
    QFETCH(QString, file);
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(file));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().accepted, 6);
    QCOMPARE(result.files.first().duplicate, 0);
    QCOMPARE(result.files.first().rowsRead, 6);
    QFETCH(QString, container);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const QString shown = container.contains(u'%')
                              ? container.arg(TestSupport::sha256Of(dataPath(file)), QFileInfo(dataPath(file)).absoluteFilePath())
                              : container;
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT file_name, coalesce(container_sha256, 'none'),"
                                         " coalesce(json_extract(metadata, '$.container'), 'none') FROM sources"_qs),
             QStringList{shown});
    // The page's own SHA-256 and size (the delivery's page is the bare one), found as it was
    // checked in its ZIP, or the file's: the page is read as it is parsed, never held whole.
    const QString page = dataPath(u"whatsapp/records.html"_qs);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT sha256, file_size FROM sources"_qs),
             QStringList{u"%1|%2"_qs.arg(TestSupport::sha256Of(page)).arg(QFileInfo(page).size())});
}

void tst_WhatsApp::theZoneRulesItsTimesWereCheckedByAreKept()
{
    // A page's times are UTC: no zone's rules read them, and its source says so (`verify` leaves
    // it be). A time written as Java writes it, its offset beside its zone, was checked by New
    // York's rules: the source names them.
    const QString version = ZoneRules::databaseVersion();
    const QString utcCase = newCasePath();
    QVERIFY(import(utcCase, writePage(samplePage())).allOk());
    QCOMPARE(rowsOf(utcCase, u"SELECT json_extract(metadata, '$.zone_rules') FROM sources"_qs),
             QStringList{u"{\"tz_database\":\"%1\",\"zones\":[]}"_qs.arg(version)});
    QByteArray page = samplePage();
    page.replace("2026-10-02 09:00:03 UTC", "2026-10-02T05:00:03-04:00[America/New_York]");
    const QString javaCase = newCasePath();
    QVERIFY(import(javaCase, writePage(page)).allOk());
    QCOMPARE(
        rowsOf(javaCase, u"SELECT line, time_zone, utc_ms FROM events WHERE line = 48"_qs),
        QStringList{u"48|America/New_York (-04:00)|%1"_qs.arg(
            QDateTime(QDate(2026, 10, 2), QTime(9, 0, 3), QTimeZone::utc()).toMSecsSinceEpoch())});
    QCOMPARE(
        rowsOf(javaCase, u"SELECT json_extract(metadata, '$.zone_rules') FROM sources"_qs),
        QStringList{
            u"{\"tz_database\":\"%1\",\"zones\":[],\"zones_checked\":[\"America/New_York\"]}"_qs
                .arg(version)});
}

void tst_WhatsApp::maliciousZipsAreRefusedWithNothingWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("path traversal") << "whatsapp/evil-traversal.zip" << "points outside its folder";
    QTest::newRow("deep nesting") << "whatsapp/evil-deep.zip" << "nested deeper than 2";
    QTest::newRow("zip bomb") << "whatsapp/evil-bomb.zip" << "ZIP bomb";
    // Zipped with a password, given apart: its deliveries were read as "damaged".
    QTest::newRow("encrypted") << "whatsapp/return-encrypted.zip"
                               << "ZIP entry \"1122334455-delivery-1.zip\" is encrypted with a password: give the "
                                  "password the return was sent with";
    QTest::newRow("the return not as written")
        << "whatsapp/return-outer-bad-crc.zip"
        << "return-outer-bad-crc.zip › the ZIP entry \"1122334455-delivery-2.zip\" is damaged: what it holds does "
           "not match its CRC-32 checksum";
    // A return cut short is read from its entries' own headers, under the same rules.
    QTest::newRow("path traversal, cut short") << "whatsapp/evil-traversal-cut.zip"
                                               << "evil-traversal-cut.zip › ZIP entry \"../../outside/records.html\" "
                                                  "points outside its folder; refused";
    QTest::newRow("zip bomb, cut short") << "whatsapp/evil-bomb-cut.zip"
                                         << "evil-bomb-cut.zip › ZIP entry \"records.html\" expands 1028 times its "
                                            "size (a ZIP bomb?); refused";
    // Its sizes only after its data: caught while it is decompressed.
    QTest::newRow("zip bomb, streamed, cut short")
        << "whatsapp/evil-bomb-streamed-cut.zip"
        << "evil-bomb-streamed-cut.zip › ZIP entry \"records.html\" expands 1028 times its size (a ZIP bomb?); refused";
    QTest::newRow("cut short, and a delivery not as written")
        << "whatsapp/return-cut-bad-crc.zip"
        << "return-cut-bad-crc.zip › the ZIP entry \"1122334455-delivery-1.zip\" is damaged: what it holds does not "
           "match its CRC-32 checksum";
    QTest::newRow("one delivery, cut inside its page") << "whatsapp/delivery-cut.zip"
                                                       << "delivery-cut.zip: no delivery of the return can be read";
}

void tst_WhatsApp::maliciousZipsAreRefusedWithNothingWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    const QString casePath = newCasePath();
    QVERIFY(import(casePath, dataPath(QStringLiteral("whatsapp/records.html"))).allOk());
    QString error;
    QStringList before;
    {
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        before = TestSupport::dumpContent(db->db());
    }
    const ImportResult result = import(casePath, dataPath(file));
    QVERIFY(!result.allOk());
    QVERIFY2(result.files.first().error.contains(message), qPrintable(result.files.first().error));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::dumpContent(db->db()), before);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("outside/records.html"))));
}

void tst_WhatsApp::aFailureWhileWritingAReturnLeavesTheCaseAsItWas_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("when");
    QTest::addColumn<bool>("bulk");
    // Each a real SQLite failure (the disk "full") in the return's second delivery, after the
    // first was written: its source, a new record, the link of a record the first delivery
    // held, a rejected record. Sources 1 and 2 are the case's IDS log and the first delivery.
    // In bulk too, where the import sets the case's indexes aside while it writes.
    for (const bool bulk : {false, true}) {
        const char *how = bulk ? ", in bulk" : "";
        QTest::addRow("the delivery's source%s", how) << "sources" << "NEW.file_name LIKE '%delivery-2%'" << bulk;
        QTest::addRow("a record%s", how) << "events" << "NEW.source_id = 3" << bulk;
        QTest::addRow("a record's repeat%s", how) << "event_occurrences" << "NEW.source_id = 3" << bulk;
        QTest::addRow("a rejected record%s", how) << "rejected_rows" << "NEW.source_id = 3" << bulk;
    }
}

void tst_WhatsApp::aFailureWhileWritingAReturnLeavesTheCaseAsItWas()
{
    QFETCH(QString, table);
    QFETCH(QString, when);
    QFETCH(bool, bulk);
    const QString casePath = newCasePath();
    ImportParams earlier;
    earlier.casePath = casePath;
    earlier.files = {dataPath(u"ids/ids-sample.csv"_qs)};
    earlier.timeZone = u"UTC"_qs;
    QVERIFY(ImportJob::run(earlier).allOk());
    const QString schema = u"SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'fail_%' ORDER BY name"_qs;
    QStringList before;
    QStringList schemaBefore;
    {
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(QSqlQuery(db->db()).exec(u"CREATE TRIGGER fail_midway BEFORE INSERT ON %1 WHEN %2"
                                         " BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_qs.arg(table, when)));
        before = TestSupport::dumpContent(db->db());
        schemaBefore = TestSupport::rows(db->db(), schema);
    }
    const QString file = dataPath(u"whatsapp/return.zip"_qs);
    ImportParams params;
    params.casePath = casePath;
    params.files = {file};
    params.bulkThresholdBytes = bulk ? 0 : params.bulkThresholdBytes;
    const ImportResult result = ImportJob::run(params);
    QVERIFY(!result.allOk());
    // SQLite's words end the message, without the "Unable to fetch row" Qt adds to any failure.
    QVERIFY2(result.files.first().error.startsWith(file) && result.files.first().error.endsWith(u": simulated failure"_qs),
             qPrintable(result.files.first().error));
    // Nothing of the return stays, the first delivery's records included, and the case's
    // indexes are all there (in bulk, those set aside while it wrote are back).
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QCOMPARE(TestSupport::dumpContent(db->db()), before);
    QCOMPARE(TestSupport::rows(db->db(), schema), schemaBefore);

    // Once the disk has room again, the return imports whole.
    QVERIFY(QSqlQuery(db->db()).exec(u"DROP TRIGGER fail_midway"_qs));
    const ImportResult again = ImportJob::run(params);
    QVERIFY2(again.allOk(), qPrintable(again.files.first().error));
    QCOMPARE((QList<int>{again.files.first().accepted, again.files.first().duplicate, again.files.first().rejected}),
             (QList<int>{8, 5, 1}));
}

void tst_WhatsApp::aDamagedDeliveryIsNamedAndTheOthersRead_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("reason");
    // The return's own ZIP is whole: a delivery damaged before it was packed into it, or whose
    // page cannot be read to its end, is named, on the import and on every source of the
    // return, and the other deliveries are read.
    QTest::newRow("its page fails its CRC-32")
        << "return-bad-crc.zip" << " › 1122334455-delivery-2.zip"
        << "the ZIP entry \"records.html\" is damaged: what it holds does not match its CRC-32 checksum, so some of "
           "it is not what was written";
    QTest::newRow("no ZIP at all") << "return-garbled-delivery.zip" << " › 1122334455-delivery-2.zip"
                                   << "not a readable ZIP";
    QTest::newRow("cut short before it was packed")
        << "return-delivery-cut.zip" << " › 1122334455-delivery-2.zip"
        << "not a readable ZIP: the file ends inside its entry \"records.html\": it was cut short there, and whatever "
           "came after is missing";
    QTest::newRow("a page holding a text over 10 MB")
        << "return-halted-delivery.zip" << " › 1122334455-delivery-2.zip › records.html"
        << "the page cannot be read past its line 32: a text over 10 MB long, which no record holds";
}

void tst_WhatsApp::aDamagedDeliveryIsNamedAndTheOthersRead()
{
    QFETCH(QString, file);
    QFETCH(QString, named);
    QFETCH(QString, reason);
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(u"whatsapp/"_qs + file));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &imported = result.files.first();
    QCOMPARE((QList<int>{imported.rowsRead, imported.accepted, imported.duplicate, imported.rejected}),
             (QList<int>{6, 6, 0, 0}));
    const QString delivery = file + named;
    // The delivery's ZIP is whole in the return: its hash named, to be matched with the provider's list.
    QVERIFY(QDir().mkpath(m_dir.filePath(file)));
    const ZippedTables::Copy zip = ZippedTables::copyOut(dataPath(u"whatsapp/"_qs + file), u"1122334455-delivery-2.zip"_qs,
                                                         m_dir.filePath(file));
    QVERIFY2(!zip.path.isEmpty(), qPrintable(zip.error));
    const QString sha256 = TestSupport::sha256Of(zip.path);
    QCOMPARE(imported.warnings,
             QStringList{u"the delivery \"%1\" (its ZIP's SHA-256: %3) cannot be read and was not imported: %2"_qs.arg(
                 delivery, reason, sha256)});
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT file_name, json_extract(metadata, '$.unread_deliveries[0].name'),"
                                         " json_extract(metadata, '$.unread_deliveries[0].reason'),"
                                         " json_extract(metadata, '$.unread_deliveries[0].inner_zip.entry'),"
                                         " json_extract(metadata, '$.unread_deliveries[0].inner_zip.size'),"
                                         " json_extract(metadata, '$.unread_deliveries[0].inner_zip.sha256') FROM sources"_qs),
             QStringList{file + u" › 1122334455-delivery-1.zip › records.html|"_qs + delivery + u'|' + reason
                         + u"|1122334455-delivery-2.zip|%1|%2"_qs.arg(QFileInfo(zip.path).size()).arg(sha256)});
    // The delivery found damaged after records of it were stored (the text of 11 MB comes before
    // its last message) keeps none of them; a dry run, none in its preview.
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT count(*), count(DISTINCT source_id) FROM events"_qs),
             QStringList{u"6|1"_qs});
    const ImportResult dry = import(newCasePath(),
                                    dataPath(u"whatsapp/"_qs + file), true);
    const FileImportResult &previewed = dry.files.first();
    QCOMPARE((QList<int>{previewed.rowsRead, previewed.accepted, previewed.duplicate, previewed.rejected}),
             (QList<int>{6, 6, 0, 0}));
    QCOMPARE(previewed.warnings, imported.warnings);
    QCOMPARE(previewed.preview.size(), 6);
    for (qsizetype i = 0; i < previewed.preview.size(); ++i)
        QVERIFY2(previewed.previewPlace(i).contains(u"delivery-1.zip"_qs), qPrintable(previewed.previewPlace(i)));
}

void tst_WhatsApp::aPageTheParserStopsInIsRefused_data()
{
    QTest::addColumn<QByteArray>("inserted");
    QTest::addColumn<QString>("error");
    // A text over 10 MB is no field's value: damage, and not held. (libxml2's tree stopped there,
    // the records after it left out of the page read without a word, and it imported as an
    // empty return; the page is read without a tree now, and refused, saying where.)
    QTest::newRow("a text over 10 MB")
        << "<div>" + QByteArray(11 * 1024 * 1024, 'y') + "</div>\n"
        << u"the page cannot be read past its line %1: a text over 10 MB long, which no record holds"_qs;
}

void tst_WhatsApp::aPageTheParserStopsInIsRefused()
{
    QFETCH(QByteArray, inserted);
    QFETCH(QString, error);
    QFile sample(dataPath(QStringLiteral("whatsapp/records.html")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QByteArray page = sample.readAll();
    const qsizetype at = page.indexOf("<div>Message</div>");
    QVERIFY(at > 0);
    const int line = int(page.left(at).count('\n')) + 1;
    page.insert(at, inserted);
    const QString path = m_dir.filePath(QStringLiteral("stopped%1.html").arg(++m_counter));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(page);
    out.close();
    const QString casePath = newCasePath();
    QVERIFY(import(casePath, dataPath(QStringLiteral("whatsapp/delivery-1.zip"))).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    const ImportResult result = import(casePath, path);
    QVERIFY(!result.allOk());
    QCOMPARE(result.files.first().error,
             u"%1: %2: "_qs.arg(path, QFileInfo(path).fileName()) + error.arg(line));
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_WhatsApp::elementsNestedDeepAreReadAsAnyOthers()
{
    // 300 elements one inside the other before the first message: libxml2's tree stops at 256
    // and the page was refused. Read without a tree, nesting costs nothing: the same events.
    QByteArray page = samplePage();
    page.insert(page.indexOf("<div>Message</div>"), QByteArray("<span>").repeated(300) + QByteArray("</span>").repeated(300));
    const QString sql = u"SELECT class, subtype, utc_ms, initiator_raw, counterpart_raw, client_ip, line, extra"
                        " FROM events ORDER BY id"_qs;
    const QString plainCase = newCasePath();
    QVERIFY(import(plainCase, writePage(samplePage())).allOk());
    const QString nestedCase = newCasePath();
    const ImportResult result = import(nestedCase, writePage(page));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().accepted, 6);
    QCOMPARE(rowsOf(nestedCase, sql), rowsOf(plainCase, sql));
}

void tst_WhatsApp::recordsPastLine65535KeepTheirLines()
{
    // libxml2's tree keeps a line number in 16 bits: every record past line 65,535 of a page (a
    // delivery of some 6,000 messages) was given line 65,535, its words verbatim the lines
    // there, not its own. Read without a tree, each record keeps its line and its words.
    const QByteArray page = samplePage();
    const QByteArray filler = QByteArray("<div></div>\n").repeated(70000);
    const qsizetype at = page.indexOf("<div>Message</div>");
    const QString sql = u"SELECT line, raw FROM events ORDER BY id"_qs;
    const QString plainCase = newCasePath();
    QVERIFY(import(plainCase, writePage(page)).allOk());
    const QString longCase = newCasePath();
    QVERIFY(import(longCase, writePage(QByteArray(page).insert(at, filler))).allOk());
    QStringList expected;
    for (const QString &row : rowsOf(plainCase, sql))
        expected.append(QString::number(row.section(u'|', 0, 0).toInt() + 70000) + u'|' + row.section(u'|', 1));
    QCOMPARE(expected.first().section(u'|', 0, 0), u"70012"_qs);
    QCOMPARE(rowsOf(longCase, sql), expected);
}

void tst_WhatsApp::aPageOnOneLineGivesEachRecordItsOwnWords()
{
    // A page written without line breaks: every record is on line 1. A record's words verbatim
    // were its lines, the whole page, for each. They are its own part of the page, from its
    // first element's start tag to its last's end tag: as the page with its line breaks gives
    // them, without those. The first message's "&#150;" is given to the parser rewritten
    // (Windows-1252's dash, "&#x2013;", two bytes longer): the records after it are found in
    // the page all the same.
    const QByteArray page = samplePage().replace("<div>Type</div><div>text</div>", "<div>Type</div><div>te&#150;xt</div>");
    const QString sql = u"SELECT class, subtype, utc_ms, initiator_raw, counterpart_raw, client_ip, client_port, extra,"
                        " dedupe_key, replace(raw, char(10), '') FROM events ORDER BY id"_qs;
    const QString linesCase = newCasePath();
    QVERIFY(import(linesCase, writePage(page)).allOk());
    const QString oneLineCase = newCasePath();
    QVERIFY(import(oneLineCase, writePage(QByteArray(page).replace('\n', QByteArray()))).allOk());
    const QStringList events = rowsOf(oneLineCase, sql);
    QCOMPARE(events, rowsOf(linesCase, sql));
    QCOMPARE(events.size(), 6);
    QCOMPARE(rowsOf(oneLineCase, u"SELECT DISTINCT line FROM events"_qs), QStringList{u"1"_qs});
    QCOMPARE(rowsOf(oneLineCase, u"SELECT raw FROM events WHERE id = 1"_qs).value(0),
             u"<div>Message</div><div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div><div>Message Id</div>"
             "<div>3EB0A1B2C3D4E5F6</div><div>Sender</div><div>4915112345678</div><div>Recipients</div>"
             "<div>5511987654321</div><div>Sender Ip</div><div>198.51.100.23</div><div>Sender Port</div>"
             "<div>50123</div><div>Sender Device</div><div>andr\u00f6id</div><div>Type</div><div>te&#150;xt</div>"
             "<div>Message Style</div><div>individual</div><div>Message Size</div><div>112</div>"_qs);
    const QString call = rowsOf(oneLineCase, u"SELECT raw FROM events WHERE subtype = 'call'"_qs).value(0);
    QVERIFY2(call.startsWith(u"<div>Call</div><div>Call Id</div>"_qs) && call.endsWith(u"<div>audio</div>"_qs),
             qPrintable(call));
}

void tst_WhatsApp::aPageOnOneLineIsNotHeldForEachRecord()
{
    // 1,000 messages on one line: each record's words are its own, not the page read so far
    // (a page of 1.3 MB so written took 41 s and 4.6 GB, its case 4 GB).
    const QByteArray page = samplePage();
    const qsizetype first = page.indexOf("<div>Message</div>");
    const qsizetype second = page.indexOf("<div>Message</div>", first + 1);
    const QByteArray message = page.mid(first, second - first);
    QByteArray messages;
    for (int i = 0; i < 1000; ++i)
        messages += QByteArray(message).replace("3EB0A1B2C3D4E5F6", QByteArray::number(i).rightJustified(16, '0'));
    const QByteArray oneLine = QByteArray(page.left(first) + messages + page.mid(second)).replace('\n', QByteArray());
    const QString casePath = newCasePath();
    QVERIFY(import(casePath, writePage(oneLine)).allOk());
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events WHERE raw LIKE '%<div>Message Id</div><div>00000000000%'"_qs).toInt(),
             1000);
    // Each message's words: one record's, ending in its size.
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events WHERE raw LIKE '<div>Message</div>%<div>112</div>'"
                              " AND length(raw) BETWEEN 400 AND 500"_qs).toInt(),
             1000);
}

void tst_WhatsApp::aByteOfAnotherEncodingChangesOnlyItsText()
{
    // A page of UTF-8 written on one line, one byte of Windows-1252 in it: the line was read
    // as Windows-1252, every UTF-8 letter on it changed ("andröid" became "andrÃ¶id"). Only
    // the text holding that byte is read so; the line is named as before.
    const QByteArray page = samplePage()
                                .replace("<div>Message Style</div><div>individual</div>",
                                         "<div>Message Style</div><div>individu\xE9l</div>")
                                .replace('\n', QByteArray());
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(page));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().warnings,
             QStringList{u"1 line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: 1"_qs});
    QCOMPARE(rowsOf(casePath, u"SELECT json_extract(extra, '$.\"Sender Device\"'), json_extract(extra, '$.\"Message Style\"')"
                              " FROM events WHERE id = 1"_qs),
             QStringList{u"andr\u00f6id|individu\u00e9l"_qs});
}

void tst_WhatsApp::recordsNestedInTheirMarkersElementAreItsWords()
{
    // A page laid out as the portal's own pages are: each label an element holding its value's
    // element, each record the element of its marker holding its fields; no line breaks. Its
    // records are the flat page's, and each one's words run from its marker's element to that
    // element's end tag: the start tag was one byte early (libxml2 tells a start tag before
    // reading its '>'), and the words ended inside the last value's element.
    using Fields = QList<std::pair<QByteArray, QByteArray>>;
    const QList<std::pair<QByteArray, Fields>> records{
        {"Message",
         {{"Timestamp", "2026-10-02 09:01:12 UTC"}, {"Message Id", "3EB0A1B2C3D4E5F6"}, {"Sender", "4915112345678"},
          {"Recipients", "5511987654321"}, {"Sender Ip", "198.51.100.23"}, {"Sender Port", "50123"}, {"Type", "text"}}},
        {"Message",
         {{"Timestamp", "2026-10-02 09:04:40 UTC"}, {"Message Id", "3EB0A1B2C3D4E5F7"}, {"Sender", "5511987654321"},
          {"Recipients", "4915112345678"}, {"Sender Ip", "2001:db8:1::7"}, {"Sender Port", "443"}, {"Type", "image"}}}};
    const QByteArray head = "<html><head><meta charset=\"utf-8\"></head><body><div id=\"property-request_parameters\">"
                            "<div>Service</div><div>WhatsApp</div><div>Account Identifier</div><div>+4915112345678</div>"
                            "</div><div id=\"property-message_log\"><div>Message Log</div>";
    QByteArray flat = head;
    QByteArray nested = head;
    QList<QByteArray> words;
    for (const auto &[marker, fields] : records) {
        flat += "<div>" + marker + "</div>\n";
        QByteArray inner;
        for (const auto &[label, value] : fields) {
            flat += "<div>" + label + "</div><div>" + value + "</div>\n";
            inner += "<div class=\"t o\"><div class=\"t i\">" + label + "<div class=\"m\"><div>" + value
                     + "<div class=\"p\"></div></div></div></div></div>";
        }
        words.append("<div class=\"t i\">" + marker + "<div class=\"m\"><div>" + inner + "</div></div></div>");
        nested += "<div class=\"t o\">" + words.last() + "</div>";
    }
    flat += "</div></body></html>\n";
    nested += "</div></body></html>";
    const QString sql = u"SELECT class, subtype, utc_ms, initiator_raw, counterpart_raw, client_ip, client_port, extra,"
                        " dedupe_key FROM events ORDER BY id"_qs;
    const QString flatCase = newCasePath();
    QVERIFY(import(flatCase, writePage(flat)).allOk());
    const QString nestedCase = newCasePath();
    QVERIFY(import(nestedCase, writePage(nested)).allOk());
    QCOMPARE(rowsOf(nestedCase, sql).size(), 2);
    QCOMPARE(rowsOf(nestedCase, sql), rowsOf(flatCase, sql));
    QCOMPARE(rowsOf(nestedCase, u"SELECT raw FROM events ORDER BY id"_qs),
             (QStringList{QString::fromUtf8(words.at(0)), QString::fromUtf8(words.at(1))}));
}

void tst_WhatsApp::aLargePageReportsHowFarItHasGot()
{
    // A page of 20,000 messages: its reading and its storing report how far they have got, the
    // fraction rising and the rows stored counted as they go. A page was reported only once
    // read and stored whole: the bar stood at 0 % for the 20 s a delivery of 200,000 took.
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {writePage(TestSupport::withMessages(samplePage(), 20000))};
    QList<std::pair<double, qint64>> reports; // fraction, rows
    const ImportResult result = ImportJob::run(params, [&reports](const ImportProgress &p) {
        reports.append({p.fileFraction, p.rows});
        return true;
    });
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().accepted, 20006);
    const auto between = std::count_if(reports.cbegin(), reports.cend(), [](const auto &r) { return r.first > 0 && r.first < 1; });
    // Reports come at most every 100 ms: here some 15 between the first and the last, at least
    // one however fast the machine (before, none: the heartbeat repeated 0 % until the end).
    QVERIFY2(between >= 1, qPrintable(QString::number(between)));
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY2(reports.at(i).first >= reports.at(i - 1).first, qPrintable(QString::number(i)));
        QVERIFY2(reports.at(i).second >= reports.at(i - 1).second, qPrintable(QString::number(i)));
    }
    QCOMPARE(reports.constLast(), (std::pair<double, qint64>{1.0, 20006}));
    // Cancelled while the page is read, it stops there, and nothing is written.
    params.casePath = newCasePath();
    double stoppedAt = 0;
    const ImportResult cancelled = ImportJob::run(params, [&stoppedAt](const ImportProgress &p) {
        stoppedAt = p.fileFraction;
        return p.fileFraction <= 0;
    });
    QVERIFY(cancelled.cancelled);
    QVERIFY2(stoppedAt > 0 && stoppedAt < 0.7, qPrintable(QString::number(stoppedAt))); // still reading
    QVERIFY(!QFileInfo::exists(params.casePath)); // the case it would have created is not left behind
}

void tst_WhatsApp::recordsAreHandedOnAsThePageIsRead()
{
    // A delivery of 200,000 messages held whole took 1.76 GB: each record is handed on as soon as
    // it is read, the page's request parameters known before the first.
    const QByteArray html = TestSupport::withMessages(samplePage(), 20000);
    WhatsAppDocument page;
    qsizetype events = 0;
    QString accountAtFirst;
    double firstReadAt = -1; // the fraction of the page read when the first event was handed on
    double fraction = 0;
    const WhatsAppParser::Sink counting{[&](const EventRecord &) {
                                            if (events++ == 0) {
                                                accountAtFirst = page.account;
                                                firstReadAt = fraction;
                                            }
                                            return true;
                                        },
                                        [](const RejectedRow &) { return true; }};
    WhatsAppParser().read(html, &page, counting, [&fraction](double done) {
        fraction = done;
        return true;
    });
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QVERIFY(!page.stopped);
    QCOMPARE(events, 20006);
    QVERIFY(page.events.isEmpty()); // handed on, not kept
    QCOMPARE(accountAtFirst, u"+4915112345678"_qs);
    QVERIFY2(firstReadAt >= 0 && firstReadAt < 0.2, qPrintable(QString::number(firstReadAt)));
    // A sink that says stop stops the reading there.
    WhatsAppDocument stopped;
    qsizetype handed = 0;
    const WhatsAppParser::Sink three{[&handed](const EventRecord &) { return ++handed < 3; },
                                     [](const RejectedRow &) { return true; }};
    WhatsAppParser().read(html, &stopped, three);
    QVERIFY(stopped.stopped);
    QVERIFY(stopped.error.isEmpty());
    QCOMPARE(handed, 3);
}

void tst_WhatsApp::requestParametersAfterTheRecordsAreKept()
{
    // A page whose request parameters come last: its logins are still tied to its account, and
    // its source still holds them, though its records were stored before they were read.
    QByteArray html = samplePage();
    const qsizetype from = html.indexOf("<div id=\"property-request_parameters\">");
    const qsizetype to = html.indexOf("<div id=\"property-message_log\">");
    const QByteArray parameters = html.mid(from, to - from);
    html.remove(from, to - from);
    html.insert(html.indexOf("</body>"), parameters);
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(html));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{6, 6, 0, 0}));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, initiator_raw, raw FROM events WHERE class = 'connection'"_qs),
             QStringList{u"40|+4915112345678|<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div>"
                         "<div>100.64.31.9</div><div>Port</div><div>40311</div>"_qs});
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT json_extract(metadata, '$.account_identifier'),"
                                         " json_extract(metadata, '$.request_parameters.\"Internal Ticket Number\"')"
                                         " FROM sources"_qs),
             QStringList{u"+4915112345678|1122334455"_qs});
}

void tst_WhatsApp::aSectionRepeatedIsReadEachTime()
{
    // A page holding its message log in two sections (two pages' worth joined, say): the records
    // of both are read. The last section of a name took the place of the others, whose records
    // were lost without a word.
    QByteArray html = samplePage();
    const qsizetype from = html.indexOf("<div id=\"property-message_log\">");
    const qsizetype to = html.indexOf("<div id=\"property-call_logs\">");
    html.insert(to, html.mid(from, to - from).replace("3EB0A1B2C3D4E5F", "4EB0A1B2C3D4E5F"));
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(html));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE((QList<int>{file.rowsRead, file.accepted, file.duplicate, file.rejected}), (QList<int>{10, 10, 0, 0}));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, json_extract(extra, '$.\"Message Id\"'), count(*) FROM events"
                                         " WHERE subtype = 'message' GROUP BY line ORDER BY line"_qs),
             (QStringList{u"12|3EB0A1B2C3D4E5F6|1"_qs, u"23|3EB0A1B2C3D4E5F7|3"_qs, u"38|4EB0A1B2C3D4E5F6|1"_qs,
                          u"49|4EB0A1B2C3D4E5F7|3"_qs}));
}

void tst_WhatsApp::pagesInsideAZipAreReadFromItNotHeld()
{
    // A return's pages are checked whole as they are found (their CRC-32, the return's limits),
    // then read out of its ZIPs as they are parsed: a return of two deliveries of 200,000
    // messages was held at 1.7 GB.
    const QString path = dataPath(u"whatsapp/return.zip"_qs);
    const WhatsAppReturnContents contents = WhatsAppContainer::documents(path);
    QCOMPARE(contents.documents.size(), 2);
    for (const ContainerDocument &document : contents.documents) {
        QVERIFY(document.bytes.isEmpty());
        QCOMPARE(document.entries.size(), 2); // the delivery's ZIP in the return's, the page in it
    }
    // Opened again, it is the page checked.
    const ContainerDocument &first = contents.documents.first();
    QString error;
    ReturnZip zip(path);
    const auto page = ZippedPage::open(zip, first, &error);
    QVERIFY2(page, qPrintable(error));
    const QByteArray bytes = page->device().readAll();
    QCOMPARE(bytes.size(), first.size);
    QCOMPARE(QString::fromLatin1(Sha::sha256(bytes).toHex()), first.sha256);
    QCOMPARE(page->close(), QString());
    // A return cut short is read from its entries' own headers: a delivery whole before the cut
    // is held, compressed, and its page read out of it.
    const WhatsAppReturnContents cut = WhatsAppContainer::documents(dataPath(u"whatsapp/return-cut.zip"_qs));
    QCOMPARE(cut.documents.size(), 2); // the second, cut, named
    const ContainerDocument &whole = cut.documents.first();
    QVERIFY(whole.bytes.isEmpty() && !whole.delivery.isEmpty());
    QCOMPARE(whole.sha256, first.sha256);
    ReturnZip cutZip(dataPath(u"whatsapp/return-cut.zip"_qs));
    const auto salvaged = ZippedPage::open(cutZip, whole, &error);
    QVERIFY2(salvaged, qPrintable(error));
    QCOMPARE(QString::fromLatin1(Sha::sha256(salvaged->device().readAll()).toHex()), first.sha256);
    QCOMPARE(salvaged->close(), QString());
    // A page whose bytes are not those written is found so when read again (here, the return
    // whose second delivery's page fails its CRC-32, where return.zip has that page).
    ReturnZip damagedZip(dataPath(u"whatsapp/return-bad-crc.zip"_qs));
    const auto damaged = ZippedPage::open(damagedZip, contents.documents.last(), &error);
    QVERIFY2(damaged, qPrintable(error));
    QCOMPARE(damaged->close(),
             u"the ZIP entry \"records.html\" is damaged: what it holds does not match its CRC-32 checksum, so some of "
             "it is not what was written"_qs);
}

void tst_WhatsApp::dryRunCountsRepeatsAcrossDeliveries()
{
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(QStringLiteral("whatsapp/return.zip")), true);
    QVERIFY(result.allOk());
    QCOMPARE(result.files.first().accepted, 8);
    QCOMPARE(result.files.first().duplicate, 5);
    // Each preview row says what it becomes: the repeats are marked as such, and only they.
    QStringList fates;
    for (const PreviewFate &fate : result.files.first().previewFates)
        fates.append(ImportJob::fateText(fate));
    QCOMPARE(fates.size(), 13);
    QCOMPARE(fates.count(u"new event"_qs), 8);
    // A repeat names the line of the earlier delivery's page it repeats.
    const QString first = u"1122334455-delivery-1.zip \u203a records.html"_qs;
    QCOMPARE(fates.filter(u"duplicate"_qs),
             (QStringList{u"duplicate of line 23 of "_qs + first, u"duplicate of line 23 of "_qs + first,
                          u"duplicate of line 23 of "_qs + first, u"duplicate of line 38 of "_qs + first,
                          u"duplicate of line 48 of "_qs + first}));
    // Each row names the delivery's page it is on: both pages have a line 12.
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.previewPlace(0), u"return.zip \u203a 1122334455-delivery-1.zip \u203a records.html:12"_qs);
    QCOMPARE(file.previewPlace(6), u"return.zip \u203a 1122334455-delivery-2.zip \u203a records.html:12"_qs);
    QVERIFY(!QFile::exists(casePath));
}

void tst_WhatsApp::aPreviewReadsTheFirstRowsOnly()
{
    // The import dialog's preview stops at its first rows, as a table's does: a page of 200,000
    // messages took eight seconds to preview whole. The rows it shows are the whole dry run's.
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {dataPath(QStringLiteral("whatsapp/return.zip"))};
    params.dryRun = true;
    const ImportResult whole = ImportJob::run(params);
    QCOMPARE(whole.files.first().rowsRead, 14);
    params.stopAfterRows = 4; // inside the first delivery's page
    const ImportResult first = ImportJob::run(params);
    QVERIFY2(first.allOk(), qPrintable(first.files.first().error));
    const FileImportResult &four = first.files.first();
    QCOMPARE((QList<int>{four.rowsRead, four.accepted, four.duplicate, four.rejected}), (QList<int>{4, 4, 0, 0}));
    QCOMPARE(four.preview.size(), 4);
    QVERIFY2(four.recognition.startsWith(u"WhatsApp pen-register return: 2 records page"_qs), qPrintable(four.recognition));
    params.stopAfterRows = 8; // the first page's six rows and two of the second's
    const ImportResult second = ImportJob::run(params);
    const FileImportResult &eight = second.files.first();
    QCOMPARE(eight.rowsRead, 8);
    QCOMPARE(eight.accepted + eight.duplicate + eight.rejected, 8);
    QCOMPARE(eight.preview.size(), 8);
    for (qsizetype i = 0; i < 8; ++i) {
        QCOMPARE(eight.previewPlace(i), whole.files.first().previewPlace(i));
        QCOMPARE(ImportJob::fateText(eight.previewFates.at(i)), ImportJob::fateText(whole.files.first().previewFates.at(i)));
    }
    QCOMPARE(eight.previewPlace(6), u"return.zip \u203a 1122334455-delivery-2.zip \u203a records.html:12"_qs);
    QVERIFY(!QFile::exists(params.casePath));
}

void tst_WhatsApp::checkingAReturnSaysHowFarAndStopsWhenTold()
{
    // A return's pages are checked whole in its ZIPs before the first is read (seconds for a
    // million messages): how far into its file, told as it goes, and stopped when told to.
    const QString path = dataPath(u"whatsapp/return.zip"_qs);
    QList<double> told;
    const WhatsAppReturnContents whole = WhatsAppContainer::documents(path, {}, [&told](double fraction) {
        told.append(fraction);
        return true;
    });
    QCOMPARE(whole.documents.size(), 2);
    QVERIFY2(told.size() >= 4, qPrintable(QString::number(told.size()))); // each delivery, and each page
    QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
    QStringList shown;
    for (const double fraction : told)
        shown.append(QString::number(fraction, 'f', 3));
    QVERIFY2(told.constFirst() == 0 && told.constLast() > 0.9 && told.constLast() <= 1.0, qPrintable(shown.join(u' ')));
    // A return cut short, its deliveries salvaged from their own headers, is told in order too.
    told.clear();
    QCOMPARE(WhatsAppContainer::documents(dataPath(u"whatsapp/return-cut.zip"_qs), {}, [&told](double fraction) {
                 told.append(fraction);
                 return true;
             }).documents.size(),
             2);
    QVERIFY2(told.size() >= 2 && std::is_sorted(told.cbegin(), told.cend()) && told.constLast() < 1.0,
             qPrintable(QString::number(told.size())));
    int calls = 0;
    const WhatsAppReturnContents stopped = WhatsAppContainer::documents(path, {}, [&calls](double) { return ++calls < 3; });
    QVERIFY(stopped.stopped);
    QVERIFY(stopped.documents.isEmpty());
    QCOMPARE(calls, 3);
    QCOMPARE(stopped.error, u"the reading was stopped"_qs);
    // Stopped inside a delivery's ZIP, it is not taken for a delivery damaged.
    QVERIFY(!stopped.needsPassword);
}

void tst_WhatsApp::aReturnCutShortGivesItsWholeDeliveries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<int>>("counts"); // rows read, accepted, duplicate, rejected
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("lost"); // the delivery it ends inside, or empty
    // A partial download, or a leak sent in part, has no directory at its end: every delivery
    // whole before the cut is read, checked against its CRC-32, and the one cut is named.
    const QString inside = u"the file ends inside its entry \"%1\": it was cut short there, and whatever came after is "
                           "missing"_qs;
    const QString after = u"the file ends after its entry \"%1\", with no directory: it was cut short there, and "
                          "whatever came after is missing"_qs;
    const QString first = u"1122334455-delivery-1.zip"_qs;
    const QString second = u"1122334455-delivery-2.zip"_qs;
    QTest::newRow("cut inside the second delivery")
        << "return-cut.zip" << QList<int>{6, 6, 0, 0} << inside.arg(second) << second;
    QTest::newRow("cut after the first delivery")
        << "return-cut-between.zip" << QList<int>{6, 6, 0, 0} << after.arg(first) << QString();
    QTest::newRow("its directory damaged")
        << "return-directory-damaged.zip" << QList<int>{14, 8, 5, 1}
        << u"each of its entries is there, whole; only the directory after them cannot be read"_qs << QString();
    // Packed by a streaming writer: each entry's sizes and CRC-32 follow its data; the first
    // delivery stored (its end found by them), the second deflated. minizip would read the first
    // delivery's own directory, at the end of what is left, as the return's.
    QTest::newRow("streamed, its directory lost")
        << "return-streamed.zip" << QList<int>{14, 8, 5, 1} << after.arg(second) << QString();
    QTest::newRow("streamed, cut inside the second delivery")
        << "return-streamed-cut.zip" << QList<int>{6, 6, 0, 0} << inside.arg(second) << second;
    QTest::newRow("streamed with ZIP64 sizes, its directory lost")
        << "return-streamed-zip64.zip" << QList<int>{14, 8, 5, 1} << after.arg(second) << QString();
}

void tst_WhatsApp::aReturnCutShortGivesItsWholeDeliveries()
{
    QFETCH(QString, file);
    QFETCH(QList<int>, counts);
    QFETCH(QString, end);
    QFETCH(QString, lost);
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(u"whatsapp/"_qs + file));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &imported = result.files.first();
    QCOMPARE((QList<int>{imported.rowsRead, imported.accepted, imported.duplicate, imported.rejected}), counts);
    const QString damage =
        u"the return's ZIP has no directory that can be read, so its entries were read from their own headers: "_qs + end;
    QStringList warnings{damage};
    if (counts.first() ==
        14) // the second delivery read: its login of 09:00:03 stands before its Date Range
        warnings.append(
            u"1122334455-delivery-2.zip › records.html: 1 connection(s) dated outside the Date "
            u"Range "
            u"the "
            "request parameters state (2026-10-02 09:02:00 UTC to 2026-10-02 09:30:00 UTC; the "
            "first on "
            "line 49): kept as read, though the page's records and its parameters disagree"_qs);
    const QString reason = u"the return's file ends inside it: it was cut short"_qs;
    if (!lost.isEmpty())
        warnings.append(ImportJob::unreadDeliveryNote(file + u" › "_qs + lost, reason));
    QCOMPARE(imported.warnings, warnings);
    // Every source of the return says how it was read, and which delivery it lost.
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    const QStringList sources = TestSupport::rows(
        db->db(), u"SELECT ifnull(json_extract(metadata, '$.unread_deliveries[0].name'), '') FROM sources"_qs);
    QCOMPARE(sources.size(), counts.at(1) == 6 ? 1 : 2);
    for (const QString &source : sources)
        QCOMPARE(source, lost.isEmpty() ? QString() : file + u" › "_qs + lost);
    QCOMPARE(TestSupport::containerDamageShown(db->db()), QStringList(sources.size(), damage));
}

void tst_WhatsApp::everyEncodingAndLineEndGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("page");
    QTest::addColumn<QString>("encoding");
    const QByteArray page = samplePage();
    QTest::newRow("UTF-8") << page << u"UTF-8"_qs;
    QTest::newRow("UTF-8 with a byte-order mark") << "\xEF\xBB\xBF" + page << u"UTF-8"_qs;
    // libxml2 counts lines by LF alone: read as they came, the records of a page of CR line
    // ends were all on its line 1, their words verbatim the whole page.
    QTest::newRow("CRLF") << QByteArray(page).replace("\n", "\r\n") << u"UTF-8"_qs;
    QTest::newRow("CR") << QByteArray(page).replace("\n", "\r") << u"UTF-8"_qs;
    QTest::newRow("UTF-16LE") << TestSupport::utf16WithBom(QString::fromUtf8(page), false) << u"UTF-16LE"_qs;
    QTest::newRow("UTF-16BE, CRLF") << TestSupport::utf16WithBom(QString::fromUtf8(page).replace(u"\n"_qs, u"\r\n"_qs), true)
                                    << u"UTF-16BE"_qs;
    // Saved as "Unicode" by a program writing no byte-order mark: every other byte was a NUL.
    QTest::newRow("UTF-16LE without a mark") << TestSupport::utf16WithBom(QString::fromUtf8(page), false).sliced(2)
                                             << u"UTF-16LE"_qs;
    QTest::newRow("UTF-16BE without a mark, CRLF")
        << TestSupport::utf16WithBom(QString::fromUtf8(page).replace(u"\n"_qs, u"\r\n"_qs), true).sliced(2)
        << u"UTF-16BE"_qs;
    // The page's own declaration, which the parser was told to ignore (it read "andr\uFFFDid").
    QTest::newRow("Windows-1252, declared")
        << QByteArray(page).replace("charset=\"utf-8\"", "charset=\"windows-1252\"").replace("\xC3\xB6", "\xF6")
        << u"Windows-1252"_qs;
}

void tst_WhatsApp::everyEncodingAndLineEndGivesTheSameEvents()
{
    QFETCH(QByteArray, page);
    QFETCH(QString, encoding);
    const QString sql = u"SELECT class, subtype, utc_ms, initiator_raw, counterpart_raw, client_ip, client_port, line, raw,"
                        " extra, dedupe_key FROM events ORDER BY id"_qs;
    const QString plainCase = newCasePath();
    QVERIFY(import(plainCase, writePage(samplePage())).allOk());
    const QString variantCase = newCasePath();
    const ImportResult result = import(variantCase, writePage(page));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().warnings, QStringList{});
    QCOMPARE(result.files.first().accepted, 6);
    QString error;
    const auto plain = CaseDatabase::open(plainCase, CaseDatabase::Access::ReadOnly, &error);
    const auto variant = CaseDatabase::open(variantCase, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(plain && variant, qPrintable(error));
    const QStringList events = TestSupport::rows(variant->db(), sql);
    QCOMPARE(events, TestSupport::rows(plain->db(), sql));
    QCOMPARE(events.size(), 6);
    QVERIFY2(events.first().contains(u"\"Sender Device\":\"andr\u00f6id\""_qs), qPrintable(events.first()));
    QVERIFY(events.first().contains(u"<div>Sender Device</div><div>andr\u00f6id</div>\n<div>Type</div>"_qs));
    QCOMPARE(scalar(variant->db(), u"SELECT json_extract(metadata, '$.encoding') FROM sources"_qs).toString(), encoding);
    QCOMPARE(scalar(variant->db(), u"SELECT json_extract(metadata, '$.without_byte_order_mark') FROM sources"_qs).toBool(),
             QByteArrayView(QTest::currentDataTag()).contains("without a mark"));
}

void tst_WhatsApp::linesOfAnotherEncodingAndBrokenReferencesAreNamed()
{
    // Line 16 names the first message's recipient with half a surrogate pair inside: libxml2
    // dropped the reference, making it 5511987654321, a number the page does not name. Line
    // 19 holds a byte of Windows-1252 in the page of UTF-8: libxml2 read it as U+FFFD.
    QByteArray page = samplePage();
    page.replace("<div>Recipients</div><div>5511987654321</div>", "<div>Recipients</div><div>551198765&#xD83D;4321</div>");
    page.replace("andr\xC3\xB6id", "andr\xE9id");
    const QString path = writePage(page);
    const QString casePath = newCasePath();
    const QStringList warnings{
        u"1 line(s) of this UTF-8 file are not UTF-8 and were read as Windows-1252: 19"_qs,
        u"1 line(s) hold a character reference that names no character (as \"&#xD83D;\", half of a pair), "
        "read as U+FFFD (\uFFFD) in its place: 16"_qs};
    const ImportResult dryRun = import(casePath, path, true);
    QVERIFY2(dryRun.allOk(), qPrintable(dryRun.files.value(0).error));
    QCOMPARE(dryRun.files.first().warnings, warnings);
    QCOMPARE(dryRun.files.first().preview.first().counterpart.normalized, u"551198765\uFFFD4321"_qs);
    const ImportResult result = import(casePath, path);
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    QCOMPARE(result.files.first().warnings, warnings);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT e.counterpart_raw, h.normalized, h.kind, json_extract(e.extra, '$.\"Sender Device\"')"
                                        " FROM events e JOIN handles h ON h.id = e.counterpart_id WHERE e.line = 12"_qs),
             QStringList{u"551198765\uFFFD4321|551198765\uFFFD4321|other|andr\u00e9id"_qs});
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM handles WHERE normalized = '+5511987654321'"_qs).toInt(), 1); // the call's
    const QString raw = scalar(db->db(), u"SELECT raw FROM events WHERE line = 12"_qs).toString();
    QVERIFY2(raw.contains(u"<div>551198765&#xD83D;4321</div>"_qs) && raw.contains(u"andr\u00e9id"_qs), qPrintable(raw));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT json_extract(metadata, '$.encoding'), json_extract(metadata,"
                                        " '$.lines_read_as_windows_1252'), json_extract(metadata, '$.character_references_replaced')"
                                        " FROM sources"_qs),
             QStringList{u"UTF-8|[[19,19]]|[[16,16]]"_qs});
    // The first record runs over lines 12–22: both are said of it, neither of the next.
    const CaseQueries queries(db->db());
    const qint64 first = scalar(db->db(), u"SELECT id FROM events WHERE line = 12"_qs).toLongLong();
    const auto provenance = queries.provenance(first);
    QVERIFY(provenance);
    QVERIFY(provenance->lineNotInFileEncoding);
    QVERIFY(provenance->lineHasReplacedReferences);
    QCOMPARE(provenance->textEncoding, u"Windows-1252"_qs);
    const auto next = queries.provenance(scalar(db->db(), u"SELECT min(id) FROM events WHERE line = 23"_qs).toLongLong());
    QVERIFY(next);
    QVERIFY(!next->lineNotInFileEncoding);
    QVERIFY(!next->lineHasReplacedReferences);
    QCOMPARE(next->textEncoding, u"UTF-8"_qs);
}

void tst_WhatsApp::aPageInAnEncodingNotKnownIsRefused()
{
    // Read as UTF-8 its words could change; the page is refused, naming the encoding.
    const QString path = writePage(samplePage().replace("charset=\"utf-8\"", "charset=\"x-martian\""));
    const QString casePath = newCasePath();
    QVERIFY(import(casePath, dataPath(QStringLiteral("whatsapp/delivery-1.zip"))).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    const ImportResult result = import(casePath, path);
    QVERIFY(!result.allOk());
    QCOMPARE(result.files.first().error, u"%1: %2: the page declares its text to be in \"x-martian\", an encoding not "
                                         "known here"_qs.arg(path, QFileInfo(path).fileName()));
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_WhatsApp::recordsWithoutTheirPartiesAreRejectedEachWithItsReason()
{
    // A record that cannot say who took part is kept as a rejected row, at its own line with its
    // reason; the records beside it are stored.
    const QByteArray page = R"(<html><body>
<div id="property-request_parameters"><div>Service</div><div>WhatsApp</div>
<div>Account Identifier</div><div>+4915112345678</div></div>
<div id="property-message_log"><div>Message Log</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:01:12 UTC</div><div>Message Id</div><div>B1</div><div>Recipients</div><div>5511987654321</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:02:12 UTC</div><div>Message Id</div><div>B2</div><div>Sender</div><div>4915112345678</div><div>Recipients</div><div>, ;</div>
<div>Message</div><div>Timestamp</div><div>2026-10-02 09:03:12 UTC</div><div>Message Id</div><div>B3</div><div>Sender</div><div>4915112345678</div><div>Recipients</div><div>5511987654321</div>
</div>
<div id="property-call_logs"><div>Call Logs</div>
<div>Call</div><div>Call Id</div><div>d1</div><div>Call Creator</div><div>4915112345678</div>
<div>Call</div><div>Call Id</div><div>d2</div><div>Events</div><div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:10:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
<div>Call</div><div>Call Id</div><div>d3</div><div>Call Creator</div><div>4915112345678</div><div>Events</div><div>Type</div><div>offer</div><div>Timestamp</div><div>2026-10-02 09:20:00 UTC</div><div>From</div><div>4915112345678</div><div>To</div><div>5511987654321</div>
</div></body></html>)";
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(page));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const FileImportResult &file = result.files.first();
    QCOMPARE(file.accepted, 2);
    QCOMPARE(file.rejected, 4);
    QCOMPARE(file.rowsRead, file.accepted + file.duplicate + file.rejected);
    QCOMPARE(rowsOf(casePath, u"SELECT line, subtype, initiator_raw, counterpart_raw FROM events ORDER BY line"_qs),
             (QStringList{u"7|message|4915112345678|5511987654321"_qs, u"12|call|4915112345678|5511987654321"_qs}));
    QCOMPARE(rowsOf(casePath, u"SELECT line, reason FROM rejected_rows ORDER BY line"_qs),
             (QStringList{u"5|the message has no sender"_qs, u"6|the message has no recipients"_qs,
                          u"10|the call has no events"_qs, u"11|the call names no creator or no other party"_qs}));
    // A login the page cannot tie to an account (it names none) is rejected the same way.
    const QByteArray logins = R"(<html><body>
<div id="property-prospective_login_ips"><div>Prospective Login IPs</div>
<div>Timestamp</div><div>2026-10-02 09:00:03 UTC</div><div>IP Address</div><div>100.64.31.9</div><div>Port</div><div>4311</div>
</div></body></html>)";
    const QString loginCase = newCasePath();
    const ImportResult loginResult = import(loginCase, writePage(logins));
    QVERIFY2(loginResult.allOk(), qPrintable(loginResult.files.value(0).error));
    QCOMPARE(loginResult.files.first().accepted, 0);
    QCOMPARE(rowsOf(loginCase, u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"3|the login cannot be tied to an account: the page has no Account Identifier"_qs});
}

void tst_WhatsApp::aPageWithoutRecordSectionsIsRefused()
{
    // A page titled as a WhatsApp record but holding none of its sections: refused by name (not
    // read as an empty return), the case as it was.
    const QString path = writePage("<html><head><title>WhatsApp Business Record</title></head>"
                                   "<body><p>No records were found.</p></body></html>");
    const QString casePath = newCasePath();
    QVERIFY(import(casePath, dataPath(QStringLiteral("whatsapp/delivery-1.zip"))).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    const ImportResult result = import(casePath, path);
    QVERIFY(!result.allOk());
    QCOMPARE(result.files.first().error, u"%1: %2: no WhatsApp record sections (div id=\"property-…\") in the page"_qs.arg(
                                             path, QFileInfo(path).fileName()));
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_WhatsApp::aReturnWhoseDeliveriesHoldNoPageIsRefused()
{
    // A return whose delivery holds no records.html (say, only its cover letter) is refused by
    // name, not imported as an empty return.
    const QString delivery = m_dir.filePath(u"1122334455-delivery-1.zip"_qs);
    QVERIFY(ArchiveWriter::write(delivery, archive_write_set_format_zip, {{u"letter.txt"_qs, "Records follow.\n"}}));
    QFile deliveryFile(delivery);
    QVERIFY(deliveryFile.open(QIODevice::ReadOnly));
    const QString path = m_dir.filePath(u"return-without-pages.zip"_qs);
    QVERIFY(ArchiveWriter::write(path, archive_write_set_format_zip, {{u"1122334455-delivery-1.zip"_qs, deliveryFile.readAll()}}));
    const QString casePath = newCasePath();
    QVERIFY(import(casePath, dataPath(QStringLiteral("whatsapp/delivery-1.zip"))).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    const ImportResult result = import(casePath, path);
    QVERIFY(!result.allOk());
    QCOMPARE(result.files.first().error, path + u": the ZIP holds no records.html"_qs);
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_WhatsApp::aRedactedPagesMaskedPartiesAreNoted()
{
    // A page disclosed with the other parties' digits hidden: each masked recipient is a handle
    // of the kind 'masked', and the import says how many records name one, as a note.
    const QByteArray page = samplePage()
                                .replace("<div>Recipients</div><div>5511987654321</div>",
                                         "<div>Recipients</div><div>55119876*****</div>")
                                .replace("<div>Recipients</div><div>5511987654321, 447700900461,</div>",
                                         "<div>Recipients</div><div>55119876*****, 4477009XXXXX,</div>");
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, writePage(page));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const QString note = u"records naming a masked number or address as a party (%1: \"55119876*****\", \"4477009XXXXX\"; "
                         "the first on line 12) are each kept with it as written as their party, which several people's may "
                         "look like, and the contact graph draws none of them"_qs
                             .arg(EvidenceClassText::pluralCount(EvidenceClass::Communication, 3));
    QVERIFY2(result.files.first().notes.contains(note), qPrintable(result.files.first().notes.join(u'\n')));
    QVERIFY(result.files.first().warnings.filter(u"masked"_qs).isEmpty());
    QCOMPARE(rowsOf(casePath, u"SELECT normalized, kind FROM handles WHERE kind = 'masked' ORDER BY id"_qs),
             (QStringList{u"55119876*****|masked"_qs, u"4477009XXXXX|masked"_qs}));
    QCOMPARE(rowsOf(casePath, u"SELECT json_extract(metadata, '$.masked_parties.communications') FROM sources"_qs),
             QStringList{u"3"_qs});
}

void tst_WhatsApp::aDeliverysReadingNotesNameItsPage()
{
    // The second delivery's page holds a line of Windows-1252 and a reference naming no
    // character: the notes name that page (every delivery's has its own lines), its source alone
    // keeps them.
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(QStringLiteral("whatsapp/return-irregular.zip")));
    QVERIFY2(result.allOk(), qPrintable(result.files.value(0).error));
    const QStringList warnings = result.files.first().warnings;
    QVERIFY2(warnings.contains(u"1122334455-delivery-2.zip › records.html: 1 line(s) of this UTF-8 file are not UTF-8 and "
                               "were read as Windows-1252: 31"_qs),
             qPrintable(warnings.join(u'\n')));
    QVERIFY2(warnings.contains(u"1122334455-delivery-2.zip › records.html: 1 line(s) hold a character reference that names "
                               "no character (as \"&#xD83D;\", half of a pair), read as U+FFFD (\uFFFD) in its place: 28"_qs),
             qPrintable(warnings.join(u'\n')));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT file_name, json_extract(metadata, '$.lines_read_as_windows_1252'),"
                                         " json_extract(metadata, '$.character_references_replaced') FROM sources ORDER BY id"_qs),
             (QStringList{u"return-irregular.zip › 1122334455-delivery-1.zip › records.html|NULL|NULL"_qs,
                          u"return-irregular.zip › 1122334455-delivery-2.zip › records.html|[[31,31]]|[[28,28]]"_qs}));
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM events WHERE counterpart_raw = '49151\uFFFD12345678'"_qs).toInt(), 1);
}

void tst_WhatsApp::anEncryptedReturnGivesThePlainReturnsEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("pagesEncrypted"); // else the return's own ZIP
    QTest::newRow("the return's ZIP") << u"whatsapp/return-password.zip"_qs << false;
    QTest::newRow("the pages in their deliveries") << u"whatsapp/return-pages-password.zip"_qs << true;
}

void tst_WhatsApp::anEncryptedReturnGivesThePlainReturnsEvents()
{
    // return.zip sent with the password "s3cret" (ZipCrypto): its pages are read out of their
    // deliveries' ZIPs, decrypted and held, or decrypted again as they are read, never held
    // whole; the events, repeats and sources are the plain return's, each page's own SHA-256.
    QFETCH(QString, file);
    QFETCH(bool, pagesEncrypted);
    const WhatsAppReturnContents contents = WhatsAppContainer::documents(dataPath(file), {u"s3cret"_qs});
    QCOMPARE(contents.documents.size(), 2);
    for (const ContainerDocument &document : contents.documents) {
        QVERIFY(document.bytes.isEmpty());
        QCOMPARE(document.delivery.isEmpty(), pagesEncrypted);
        QCOMPARE(document.passphrase.isEmpty(), !pagesEncrypted);
        QCOMPARE(document.encryption, u"ZipCrypto"_qs);
    }
    const QString plainCase = newCasePath();
    QVERIFY(import(plainCase, dataPath(u"whatsapp/return.zip"_qs)).allOk());
    const QString casePath = newCasePath();
    const ImportResult result = import(casePath, dataPath(file), false, {u"wrong"_qs, u"s3cret"_qs});
    QVERIFY2(result.allOk(), qPrintable(result.files.first().error));
    const FileImportResult &imported = result.files.first();
    QCOMPARE((QList<int>{imported.rowsRead, imported.accepted, imported.duplicate, imported.rejected}),
             (QList<int>{14, 8, 5, 1}));
    const QString events = u"SELECT class, subtype, utc_ms, initiator_raw, counterpart_raw, client_ip, client_port, source_id,"
                           " line, raw, dedupe_key FROM events ORDER BY id"_qs;
    const QString occurrences = u"SELECT event_id, source_id, line, raw, kind FROM event_occurrences ORDER BY 1, 2, 3"_qs;
    const QString sources = u"SELECT sha256, file_size, rows_read, rows_accepted, rows_duplicate, rows_rejected FROM sources"_qs;
    QString error;
    const auto plain = CaseDatabase::open(plainCase, CaseDatabase::Access::ReadOnly, &error);
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    for (const QString &query : {events, occurrences, sources})
        QCOMPARE(TestSupport::rows(db->db(), query), TestSupport::rows(plain->db(), query));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT DISTINCT json_extract(metadata, '$.zip_entry_encryption') FROM sources"_qs),
             QStringList{u"ZipCrypto"_qs});
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT count(*) FROM sources WHERE metadata LIKE '%s3cret%'"_qs), QStringList{u"0"_qs});
}

QTEST_GUILESS_MAIN(tst_WhatsApp)
#include "tst_whatsapp.moc"

void tst_WhatsApp::aReturnEncryptedWithAPasswordIsReadWithIt_data()
{
    QTest::addColumn<bool>("outer"); // the return's ZIP encrypted; else its delivery's
    QTest::addColumn<QString>("entry");
    QTest::newRow("the return's ZIP") << true << u"1122334455-delivery-1.zip"_qs;
    QTest::newRow("the delivery's ZIP") << false << u"records.html"_qs;
}

void tst_WhatsApp::aReturnEncryptedWithAPasswordIsReadWithIt()
{
    // A return whose ZIP, or whose delivery's ZIP inside it (read in memory), is encrypted with
    // AES: asked for its password, wrong ones said so, and read with the right one among others
    // given, each source saying its page was decrypted.
    QFETCH(bool, outer);
    QFETCH(QString, entry);
    QFile page(dataPath(QStringLiteral("whatsapp/records.html")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QByteArray html = page.readAll();
    page.seek(0);
    const QString delivery = m_dir.filePath(QStringLiteral("delivery-%1.zip").arg(++m_counter));
    const QString zip = m_dir.filePath(QStringLiteral("return-%1.zip").arg(m_counter));
    const char *password = "s3cret";
    const QList<QByteArray> wrongOnes{"wrong", "s3cret "};
    QVERIFY(ArchiveWriter::writeRefusing(delivery, archive_write_set_format_zip,
                                         {{u"records.html"_qs, page.readAll()}},
                                         outer ? nullptr : "aes256", password, wrongOnes));
    QFile deliveryFile(delivery);
    QVERIFY(deliveryFile.open(QIODevice::ReadOnly));
    QVERIFY(
        ArchiveWriter::writeRefusing(zip, archive_write_set_format_zip,
                                     {{u"1122334455-delivery-1.zip"_qs, deliveryFile.readAll()}},
                                     outer ? "aes256" : nullptr, password, wrongOnes));
    const QString casePath = m_dir.filePath(QStringLiteral("wa%1.llcase").arg(m_counter));
    const ImportResult asked = import(casePath, zip);
    QVERIFY(asked.files.first().needsPassword);
    QVERIFY2(asked.files.first().error.contains(u"ZIP entry \"%1\" is encrypted with a password: give the password the "
                                                "return was sent with"_qs.arg(entry)),
             qPrintable(asked.files.first().error));
    const ImportResult wrong = import(casePath, zip, false, {u"wrong"_qs});
    QVERIFY(wrong.files.first().needsPassword);
    QVERIFY2(wrong.files.first().error.contains(u"the password given does not open the ZIP entry \"%1\""_qs.arg(entry)),
             qPrintable(wrong.files.first().error));
    const ImportResult wrongTwice = import(casePath, zip, false, {u"wrong"_qs, u"s3cret "_qs});
    QVERIFY(wrongTwice.files.first().needsPassword);
    QVERIFY2(wrongTwice.files.first().error.contains(u"none of the 2 passwords given opens the ZIP entry \"%1\""_qs.arg(entry)),
             qPrintable(wrongTwice.files.first().error));

    const ImportResult opened = import(casePath, zip, false, {u"wrong"_qs, QString::fromLatin1(password)});
    QVERIFY2(opened.allOk(), qPrintable(opened.files.first().error));
    const QString bareCase = m_dir.filePath(QStringLiteral("bare%1.llcase").arg(m_counter));
    const ImportResult bare = import(bareCase, dataPath(QStringLiteral("whatsapp/records.html")));
    QCOMPARE(opened.files.first().accepted, bare.files.first().accepted);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT file_name, json_extract(metadata, '$.zip_entry_encryption') FROM sources"_qs),
             QStringList{QFileInfo(zip).fileName() + u" \u203A 1122334455-delivery-1.zip \u203A records.html|AES"_qs});
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT count(*) FROM sources WHERE metadata LIKE '%s3cret%'"_qs), QStringList{u"0"_qs});
    // The page's own SHA-256 and size, whether it was held or read out of its delivery's ZIP.
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT sha256, file_size FROM sources"_qs),
             QStringList{QString::fromLatin1(Sha::sha256(html).toHex()) + u'|' + QString::number(html.size())});

    // Neither page is held: a delivery's ZIP decrypted is held, compressed, and its page read out
    // of it as it is parsed; a page itself encrypted is decrypted again as it is parsed, with the
    // password that opened it.
    const WhatsAppReturnContents contents = WhatsAppContainer::documents(zip, {u"wrong"_qs, QString::fromLatin1(password)});
    QCOMPARE(contents.documents.size(), 1);
    ContainerDocument document = contents.documents.first();
    QVERIFY(document.bytes.isEmpty());
    QCOMPARE(document.delivery.isEmpty(), !outer);
    QCOMPARE(document.passphrase, outer ? QByteArray() : QByteArray(password));
    QCOMPARE(document.sha256, QString::fromLatin1(Sha::sha256(html).toHex()));
    ReturnZip returnZip(zip);
    const auto zipped = ZippedPage::open(returnZip, document, &error);
    QVERIFY2(zipped, qPrintable(error));
    QCOMPARE(zipped->device().readAll(), html);
    QCOMPARE(zipped->close(), QString());
    if (!outer) { // what is decrypted again and is not the page checked is found so at its end
        document.passphrase = "wrong";
        const auto garbled = ZippedPage::open(returnZip, document, &error);
        QVERIFY2(garbled, qPrintable(error));
        QCOMPARE(garbled->close(), u"the ZIP entry \"records.html\" cannot be decrypted: Incorrect passphrase (damaged, or "
                                   "not the password it was encrypted with)"_qs);
    }
}
