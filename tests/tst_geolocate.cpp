#include "casedatabase.h"
#include "geodatabaselist.h"
#include "geoexport.h"
#include "geolocatejob.h"
#include "importjob.h"
#include "ipsummary.h"
#include "iptablemodel.h"
#include "itemroles.h"
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using TestSupport::dataPath;
using TestSupport::scalar;

class tst_GeoLocate : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void resultsPerIpAndDatabaseWithCaveats();
    void disagreementBeyondTheRadii();
    void reproducibleAfterTheFileIsGoneAndNotAddedTwice();
    void brokenDatabaseIsRefusedAndChangesNothing();
    void cancelStoresNothing();
    void aRunWaitsWhileAnotherProgramImports();
    void laterImportsAreLookedUpAloneBesideARefusedDatabase();
    void newIpsAreLookedUpInTheFilesAddedUnchangedOnly();
    void aDatabaseAddedAgainFromWhereItWasMovedIsLookedUpThere();
    void eachDatabaseCountsWhatItAnsweredForTheCasesAddresses();
    void summaryListsHandlesInTheOrderTheyFirstUsedTheAddress();
    void textThatIsNoAddressIsFlaggedNotCalledPublic();
    void wordsInPlaceOfAnAddressAreNoSharedAddress();
    void oneAddressWrittenTwoWaysIsLookedUpAndListedOnce();
    void theIpTableSortsAddressesAndAsnsByTheirNumbers();

private:
    QHash<QString, IpSummary> summaries() const;
    QList<GeoDatabaseRow> databases() const;
    bool importIdsRows(const QString &name, const QByteArray &rows);
    static QStringList codes(const GeoAnswer &answer);
    QTemporaryDir m_dir;
    QString m_case;
    int m_counter = 0;
};

void tst_GeoLocate::init()
{
    m_case = m_dir.filePath(QStringLiteral("geo%1.llcase").arg(++m_counter));
    ImportParams params;
    params.casePath = m_case;
    params.files = {dataPath(QStringLiteral("geoip-events.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
}

bool tst_GeoLocate::importIdsRows(const QString &name, const QByteArray &rows)
{
    // A further IDS return into the case, with the same header as geoip-events.csv.
    const QString csv = m_dir.filePath(QStringLiteral("%1%2.csv").arg(name).arg(m_counter));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n" + rows);
    file.close();
    ImportParams params;
    params.casePath = m_case;
    params.files = {csv};
    return ImportJob::run(params).allOk();
}

QHash<QString, IpSummary> tst_GeoLocate::summaries() const
{
    QString error;
    const auto db = CaseDatabase::open(m_case, CaseDatabase::Access::ReadOnly, &error);
    QHash<QString, IpSummary> byIp;
    for (const IpSummary &s : IpSummaries::of(db->db()))
        byIp.insert(s.ip, s);
    return byIp;
}

QList<GeoDatabaseRow> tst_GeoLocate::databases() const
{
    QString error;
    const auto db = CaseDatabase::open(m_case, CaseDatabase::Access::ReadOnly, &error);
    return db ? GeoDatabaseList::of(db->db()) : QList<GeoDatabaseRow>{};
}

void tst_GeoLocate::summaryListsHandlesInTheOrderTheyFirstUsedTheAddress()
{
    // By time, not by line; two first uses at the same time in line order.
    QVERIFY(importIdsRows(QStringLiteral("order"), "2026-04-01 10:00:00,+12025550101,+13125550199,192.0.2.7,1\n"
                                                   "2026-04-01 09:00:00,+12025550102,+13125550199,192.0.2.7,1\n"
                                                   "2026-04-01 11:00:00,+12025550102,+13125550199,192.0.2.7,1\n"
                                                   "2026-04-01 09:00:00,+12025550104,+13125550199,192.0.2.7,1\n"
                                                   "2026-04-01 08:00:00,+12025550103,+13125550199,192.0.2.8,1\n"));
    const IpSummary seven = summaries().value(QStringLiteral("192.0.2.7"));
    QCOMPARE(seven.handles, (QStringList{u"+12025550102"_qs, u"+12025550104"_qs, u"+12025550101"_qs}));
    QCOMPARE(seven.lookups, 4);
    QCOMPARE(seven.communications + seven.connections, 0);
    QCOMPARE(seven.firstMs, QDateTime(QDate(2026, 4, 1), QTime(9, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(seven.lastMs, QDateTime(QDate(2026, 4, 1), QTime(11, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QCOMPARE(summaries().value(QStringLiteral("192.0.2.8")).handles, QStringList{u"+12025550103"_qs});
}

void tst_GeoLocate::textThatIsNoAddressIsFlaggedNotCalledPublic()
{
    // A provider's placeholder and an impossible address: the events keep them as written, and
    // nothing may present them as public addresses a database merely failed to place.
    QVERIFY(importIdsRows(QStringLiteral("odd"), "2026-04-02 10:00:00,+12025550101,+13125550199,999.1.1.1,1\n"
                                                 "2026-04-02 11:00:00,+12025550101,+13125550199,n/a,1\n"));
    const auto results = GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"))});
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].failed, 2);
    const auto ips = summaries();
    for (const QString &text : {u"999.1.1.1"_qs, u"n/a"_qs}) {
        const IpSummary odd = ips.value(text);
        QCOMPARE(odd.flags, QStringList{u"not-an-address"_qs});
        QCOMPARE(odd.lookups, 1);
        QCOMPARE(odd.geo.size(), 1);
        QCOMPARE(codes(odd.geo[0]), QStringList{u"not-an-address"_qs}); // not also "lookup failed"
        QVERIFY(odd.geo[0].caveats[0].text.contains(u"\"%1\""_qs.arg(text)));
        QCOMPARE(IpSummaries::shortPlaces({odd}).value(text), QStringLiteral("not an IP address"));
    }
    QVERIFY(ips.value(QStringLiteral("81.2.69.142")).flags.isEmpty()); // a public address stays unflagged
    const QJsonArray notDrawn = QJsonDocument::fromJson(GeoExport::geoJson({ips.value(u"n/a"_qs)})).object()
                                    .value(QStringLiteral("not_drawn")).toArray();
    QCOMPARE(notDrawn.size(), 1);
    QCOMPARE(notDrawn[0].toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("not-an-address"));
}

void tst_GeoLocate::wordsInPlaceOfAnAddressAreNoSharedAddress()
{
    // A redacted return: two targets' records hold "[REDACTED]" and a mask where the client IP
    // was. Listed under those words, they must not read as two handles sharing an address.
    QVERIFY(importIdsRows(QStringLiteral("redacted"), "2026-04-04 10:00:00,+12025550101,+13125550199,[REDACTED],1\n"
                                                      "2026-04-04 11:00:00,+12025550102,+13125550199,[REDACTED],1\n"
                                                      "2026-04-04 12:00:00,+12025550102,+13125550199,198.51.xxx.xxx,1\n"
                                                      "2026-04-04 13:00:00,+12025550101,+13125550199,192.0.2.9,1\n"
                                                      "2026-04-04 14:00:00,+12025550102,+13125550199,192.0.2.9,1\n"));
    const auto ips = summaries();
    const IpSummary redacted = ips.value(u"[REDACTED]"_qs);
    QCOMPARE(redacted.handles.size(), 2);
    QCOMPARE(IpTableModel::notSharedText(redacted),
             u"Not one address: these handles' records hold the same words in place of one, which does not show that they "
             "shared an address."_qs);
    QVERIFY(IpTableModel::notSharedText(ips.value(u"198.51.xxx.xxx"_qs)).isEmpty()); // one handle: nothing to share
    QVERIFY(IpTableModel::notSharedText(ips.value(u"192.0.2.9"_qs)).isEmpty());      // an address, shared
    IpTableModel model;
    model.setSummaries(ips.values());
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString ip = model.index(row, IpTableModel::IpColumn).data().toString();
        const QString tip = TestSupport::shownText(model.index(row, IpTableModel::HandlesColumn).data(Qt::ToolTipRole));
        QCOMPARE(tip.startsWith(u"Not one address"_qs), ip == u"[REDACTED]");
    }
}

void tst_GeoLocate::oneAddressWrittenTwoWaysIsLookedUpAndListedOnce()
{
    // London's address (81.2.69.142 in geoip-events.csv) in a later return, written as
    // IPv4-mapped IPv6 by another handle.
    QVERIFY(importIdsRows(QStringLiteral("mapped"), "2026-04-03 10:00:00,+12025550101,+13125550199,::ffff:81.2.69.142,1\n"));
    const auto results = GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"))});
    QCOMPARE(results[0].found + results[0].notFound + results[0].failed, 6); // the six addresses, not seven writings
    const auto ips = summaries();
    QCOMPARE(ips.size(), 6);
    const IpSummary london = ips.value(QStringLiteral("81.2.69.142"));
    QCOMPARE(london.otherWritings, QStringList{u"::ffff:81.2.69.142"_qs});
    QCOMPARE(london.lookups, 2);
    QCOMPARE(london.handles, (QStringList{u"+12025550143"_qs, u"+12025550101"_qs}));
    QCOMPARE(london.geo.size(), 1);
    QCOMPARE(london.geo[0].city.value(), QStringLiteral("London"));
    QVERIFY(ips.value(QStringLiteral("216.160.83.56")).otherWritings.isEmpty());
}

void tst_GeoLocate::theIpTableSortsAddressesAndAsnsByTheirNumbers()
{
    // Sorted as the IPs view sorts them (ItemRoles::RawValueRole): "10.0.0.9" before
    // "10.0.0.10", IPv4 before IPv6, words last; AS209 before AS1221, which their text reverses.
    QVERIFY(importIdsRows(QStringLiteral("sorted"),
                          "2026-04-05 10:00:00,+12025550101,+13125550199,10.0.0.10,1\n"
                          "2026-04-05 11:00:00,+12025550101,+13125550199,2001:db8::10,1\n"
                          "2026-04-05 12:00:00,+12025550101,+13125550199,n/a,1\n"
                          "2026-04-05 13:00:00,+12025550101,+13125550199,2001:db8::9,1\n"
                          "2026-04-05 14:00:00,+12025550101,+13125550199,10.0.0.9,1\n"));
    QVERIFY(!GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/GeoLite2-ASN-Test.mmdb"))})
                 .isEmpty());
    IpTableModel model;
    model.setSummaries(summaries().values());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(ItemRoles::RawValueRole);
    const auto column = [&sorted](int column) {
        QStringList shown;
        for (int row = 0; row < sorted.rowCount(); ++row) {
            if (const QString text = sorted.index(row, column).data().toString(); !text.isEmpty())
                shown.append(text);
        }
        return shown;
    };
    sorted.sort(IpTableModel::IpColumn, Qt::AscendingOrder);
    QCOMPARE(column(IpTableModel::IpColumn),
             (QStringList{u"1.128.0.1"_qs, u"10.0.0.9"_qs, u"10.0.0.10"_qs, u"67.43.156.1"_qs,
                          u"81.2.69.142"_qs, u"100.64.20.5"_qs, u"216.160.83.56"_qs,
                          u"2001:480:10::1"_qs, u"2001:db8::9"_qs, u"2001:db8::10"_qs, u"n/a"_qs}));
    sorted.sort(IpTableModel::AsnColumn, Qt::AscendingOrder);
    QCOMPARE(column(IpTableModel::AsnColumn),
             (QStringList{u"AS209"_qs, u"AS1221 Telstra Pty Ltd"_qs, u"AS35908"_qs}));
}

QStringList tst_GeoLocate::codes(const GeoAnswer &answer)
{
    QStringList result;
    for (const Caveat &c : answer.caveats)
        result.append(c.code);
    return result;
}

void tst_GeoLocate::resultsPerIpAndDatabaseWithCaveats()
{
    const auto results = GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb")),
                                                    dataPath(QStringLiteral("geoip/GeoLite2-ASN-Test.mmdb"))});
    QCOMPARE(results.size(), 2);
    QVERIFY(results[0].ok);
    QCOMPARE(results[0].found, 4); // London, Bhutan, San Diego, Milton
    QCOMPARE(results[0].notFound, 2);
    QCOMPARE(results[1].found, 3); // Milton's and Bhutan's ASN, Telstra through the IPv4-mapped form
    const auto ips = summaries();
    QCOMPARE(ips.size(), 6);

    const IpSummary london = ips.value(QStringLiteral("81.2.69.142"));
    QCOMPARE(london.geo.size(), 2);
    QCOMPARE(london.geo[0].city.value(), QStringLiteral("London"));
    QCOMPARE(london.geo[0].accuracyRadiusKm.value(), 10);
    QCOMPARE(london.geo[0].latitude.value(), 51.5142);
    QVERIFY(codes(london.geo[0]).isEmpty()); // a city, a small radius, a recent database
    QVERIFY(!london.geo[0].asn);             // a City database holds no ASN: null, not "none"
    QCOMPARE(codes(london.geo[1]), QStringList{u"not-in-database"_qs});

    const IpSummary bhutan = ips.value(QStringLiteral("67.43.156.1"));
    QCOMPARE(codes(bhutan.geo[0]), QStringList{u"country-only"_qs});
    QCOMPARE(bhutan.geo[1].asn.value(), 35908);
    QVERIFY(!bhutan.geo[1].organization); // the record has an ASN but no organisation

    const IpSummary cgnat = ips.value(QStringLiteral("100.64.20.5"));
    QCOMPARE(cgnat.flags, QStringList{u"cgnat"_qs});
    QCOMPARE(codes(cgnat.geo[0]), (QStringList{u"cgnat"_qs, u"not-in-database"_qs}));

    // Events of 2016 against a database built in 2026: the estimate may not hold for then.
    const IpSummary milton = ips.value(QStringLiteral("216.160.83.56"));
    QCOMPARE(codes(milton.geo[0]), QStringList{u"database-age"_qs});
    QVERIFY(milton.geo[0].caveats[0].text.contains(QStringLiteral("as of 2026-02-04")));

    const IpSummary mapped = ips.value(QStringLiteral("1.128.0.1")); // written ::ffff:1.128.0.1
    QCOMPARE(mapped.geo[1].asn.value(), 1221);
    QCOMPARE(mapped.geo[1].organization.value(), QStringLiteral("Telstra Pty Ltd"));
    QCOMPARE(ips.value(QStringLiteral("2001:480:10::1")).geo[0].accuracyRadiusKm.value(), 20);
    QCOMPARE(london.lookups, 1);
    QCOMPARE(london.communications, 0);
    QCOMPARE(london.handles, QStringList{u"+12025550143"_qs});
}

void tst_GeoLocate::disagreementBeyondTheRadii()
{
    QVERIFY(GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb")),
                                       dataPath(QStringLiteral("geoip/GeoLite2-City-Test.mmdb"))})[1].ok);
    // The two City databases agree on London: no disagreement.
    QVERIFY(!codes(summaries().value(QStringLiteral("81.2.69.142")).geo[1]).contains(u"disagreement"_qs));
    // A third database (its answer written as one would be) placing London's address in Paris.
    QString error;
    {
        const auto db = CaseDatabase::open(m_case, CaseDatabase::Access::ReadWrite, &error);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_databases (file_name, file_path, sha256, database_type, build_epoch,"
                                      " description, languages, ip_version, added_at, added_by) VALUES ('other.mmdb', '/x',"
                                      " 'abc', 'Other-City', 1770245369, '', 'en', 6, 'now', 'test')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_runs (id, database_id, looked_up_at) VALUES (99, 3, 'now')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_records VALUES (3, 1, '{\"country\":{\"iso_code\":\"FR\"},\"city\":"
                                      "{\"names\":{\"en\":\"Paris\"}},\"location\":{\"latitude\":48.8566,\"longitude\":2.3522,"
                                      "\"accuracy_radius\":50}}')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_answers (ip_id, database_id, run_id, status, prefix_length, record_offset)"
                                      " SELECT id, 3, 99, 'found', 24, 1 FROM client_ips WHERE ip = '81.2.69.142'")));
    }
    const IpSummary london = summaries().value(QStringLiteral("81.2.69.142"));
    QCOMPARE(london.geo.size(), 3);
    QVERIFY(codes(london.geo[0]).contains(u"disagreement"_qs));
    QVERIFY(codes(london.geo[2]).contains(u"disagreement"_qs));
    QCOMPARE(qRound(IpSummaries::distanceKm(51.5142, -0.0931, 48.8566, 2.3522)), 343);
}

void tst_GeoLocate::reproducibleAfterTheFileIsGoneAndNotAddedTwice()
{
    const QString copy = m_dir.filePath(QStringLiteral("city-copy.mmdb"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb")), copy));
    QVERIFY(GeoLocateJob::run(m_case, {copy})[0].ok);
    const auto again = GeoLocateJob::run(m_case, {copy});
    QVERIFY(again[0].ok);
    QCOMPARE(again[0].found + again[0].notFound, 0); // every IP already answered by this database
    QVERIFY(QFile::remove(copy));
    const IpSummary london = summaries().value(QStringLiteral("81.2.69.142"));
    QCOMPARE(london.geo.size(), 1);
    QCOMPARE(london.geo[0].city.value(), QStringLiteral("London"));
    QCOMPARE(london.geo[0].database, QStringLiteral("city-copy.mmdb"));
    QString error;
    const auto db = CaseDatabase::open(m_case, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_databases")).toInt(), 1);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_runs")).toInt(), 1); // the second run stored nothing
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_results")).toInt(), 6);
    // Each distinct record is stored once and referenced by the results that share it.
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_results WHERE record_offset IS NOT NULL")).toInt(), 4);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_records")).toInt(), 4);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_results r LEFT JOIN geo_records g ON g.database_id ="
                                             " r.database_id AND g.record_offset = r.record_offset WHERE r.record_offset IS NOT NULL"
                                             " AND g.record IS NULL")).toInt(),
             0);
}

void tst_GeoLocate::brokenDatabaseIsRefusedAndChangesNothing()
{
    const QStringList before = TestSupport::snapshot(m_case);
    const auto results = GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/broken/GeoIP2-City-Test-Invalid-Node-Count.mmdb"))});
    QVERIFY(!results[0].ok);
    QVERIFY(results[0].error.contains(QStringLiteral("not a usable MaxMind-format database")));
    QCOMPARE(TestSupport::snapshot(m_case), before);
}

void tst_GeoLocate::cancelStoresNothing()
{
    const QStringList before = TestSupport::snapshot(m_case);
    int calls = 0;
    const auto results = GeoLocateJob::run(m_case,
                                           {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb")),
                                            dataPath(QStringLiteral("geoip/GeoLite2-ASN-Test.mmdb"))},
                                           [&calls](double) { return ++calls > 1; });
    QCOMPARE(calls, 1);
    QCOMPARE(results.size(), 2);
    for (const auto &r : results) {
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("cancelled")));
        QCOMPARE(r.found + r.notFound + r.failed, 0);
    }
    QCOMPARE(TestSupport::snapshot(m_case), before);
}

void tst_GeoLocate::aRunWaitsWhileAnotherProgramImports()
{
    // An import holds the case to its end: the run waits, its progress asked meanwhile (so a
    // cancel ends the wait and stores nothing), then looks up as ever.
    QString error;
    const auto other = CaseDatabase::open(m_case, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(other, qPrintable(error));
    QSqlQuery lock(other->db());
    const QStringList before = TestSupport::snapshot(m_case);
    for (const bool cancel : {true, false}) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        std::atomic_int asked = 0;
        QList<GeoLocateJob::DatabaseResult> results;
        std::thread run([&]() {
            results = GeoLocateJob::run(m_case, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"))},
                                        [&](double) { return ++asked < 3 || !cancel; });
        });
        QTRY_VERIFY_WITH_TIMEOUT(asked >= 3, 20000);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        run.join();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results[0].ok, !cancel);
        if (cancel)
            QCOMPARE(TestSupport::snapshot(m_case), before);
        else
            QCOMPARE(results[0].found, 4); // London, Bhutan, San Diego, Milton, as ever
    }
}

void tst_GeoLocate::laterImportsAreLookedUpAloneBesideARefusedDatabase()
{
    const QString city = dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"));
    QVERIFY(GeoLocateJob::run(m_case, {city})[0].ok);
    QVERIFY(importIdsRows(QStringLiteral("more"), "2026-03-05 10:00:00,+12025550143,+13125550147,89.160.20.112,1\n"
                                                  "2026-03-05 11:00:00,+12025550143,+13125550147,81.2.69.142,1\n"));
    const auto results = GeoLocateJob::run(m_case, {city, dataPath(QStringLiteral("geoip/broken/GeoIP2-City-Test-Invalid-Node-Count.mmdb"))});
    QVERIFY(results[0].ok);
    QVERIFY(!results[1].ok);
    QCOMPARE(results[0].found, 1); // only the new address; 81.2.69.142 was answered before
    QCOMPARE(results[0].notFound + results[0].failed, 0);
    QCOMPARE(summaries().value(QStringLiteral("89.160.20.112")).geo.value(0).city.value(), QStringLiteral("Linköping"));
    // Each run keeps its own time: the new address carries the second run's, the old ones the first's.
    QString error;
    const auto db = CaseDatabase::open(m_case, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_runs")).toInt(), 2);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT group_concat(ip) FROM geo_results WHERE looked_up_at ="
                                             " (SELECT looked_up_at FROM geo_runs WHERE id = 2)")).toString(),
             QStringLiteral("89.160.20.112"));
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM geo_answers WHERE run_id = 1")).toInt(), 6);
}

void tst_GeoLocate::newIpsAreLookedUpInTheFilesAddedUnchangedOnly()
{
    // An import's new addresses are looked up in the case's databases whose files are still
    // where they were added and still those files: a file gone is named, one changed since (a
    // newer build copied over it) refused, not added as another database in the analyst's stead.
    const QString city = m_dir.filePath(u"city%1.mmdb"_qs.arg(m_counter));
    const QString asn = m_dir.filePath(u"asn%1.mmdb"_qs.arg(m_counter));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoIP2-City-Test.mmdb"_qs), city));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoLite2-ASN-Test.mmdb"_qs), asn));
    QVERIFY(GeoLocateJob::run(m_case, {city, asn}).constFirst().ok);
    QVERIFY(!GeoLocateJob::hasNewIpsToLocate(m_case));
    QStringList before = TestSupport::snapshot(m_case);
    GeoLocateJob::NewIpsRun run = GeoLocateJob::runForNewIps(m_case);
    QVERIFY(run.results.isEmpty() && run.notAsked.isEmpty());
    QCOMPARE(TestSupport::snapshot(m_case), before);
    QVERIFY(importIdsRows(u"linkoping"_qs,
                          "2026-03-05 10:00:00,+12025550143,+13125550147,89.160.20.112,1\n"));
    QVERIFY(GeoLocateJob::hasNewIpsToLocate(m_case));
    QVERIFY(QFile::remove(asn));
    run = GeoLocateJob::runForNewIps(m_case);
    QCOMPARE(run.results.size(), 1);
    QVERIFY(run.results[0].ok);
    QCOMPARE(run.results[0].path, city);
    QCOMPARE(run.results[0].found, 1);
    QCOMPARE(run.results[0].notFound + run.results[0].failed, 0);
    QCOMPARE(run.notAsked,
             QStringList{
                 u"asn%1.mmdb: not at %2 any more: the new client IPs were not looked up in it"_qs
                     .arg(m_counter)
                     .arg(asn)});
    QCOMPARE(summaries().value(u"89.160.20.112"_qs).geo.size(), 1);
    QCOMPARE(summaries().value(u"89.160.20.112"_qs).geo.value(0).city.value(), u"Linköping"_qs);
    QVERIFY(!GeoLocateJob::hasNewIpsToLocate(m_case)); // the ASN database's file is gone
    // Another new address; the City file replaced by another build.
    QVERIFY(importIdsRows(u"boxford"_qs,
                          "2026-03-06 10:00:00,+12025550143,+13125550147,2.125.160.216,1\n"));
    QVERIFY(QFile::remove(city));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoLite2-City-Test.mmdb"_qs), city));
    before = TestSupport::snapshot(m_case);
    run = GeoLocateJob::runForNewIps(m_case);
    QCOMPARE(run.results.size(), 1);
    QVERIFY(!run.results[0].ok);
    QCOMPARE(
        run.results[0].error,
        u"%1 is not the file added to the case any more (its SHA-256 differs): the new client IPs "
        "were not looked up in it. Add it again to use it as another database."_qs.arg(city));
    QCOMPARE(TestSupport::snapshot(m_case), before);
    QVERIFY(summaries().value(u"2.125.160.216"_qs).geo.isEmpty());
    QCOMPARE(summaries().value(u"2.125.160.216"_qs).notLookedUpIn,
             (QStringList{u"city%1.mmdb"_qs.arg(m_counter), u"asn%1.mmdb"_qs.arg(m_counter)}));
    QCOMPARE(summaries().value(u"89.160.20.112"_qs).notLookedUpIn,
             QStringList{u"asn%1.mmdb"_qs.arg(m_counter)});
    QCOMPARE(summaries().value(u"81.2.69.142"_qs).notLookedUpIn, QStringList{});
}

void tst_GeoLocate::eachDatabaseCountsWhatItAnsweredForTheCasesAddresses()
{
    // The databases' list counts each client IP of the case once per database, by its answer;
    // an address imported while a database's file was gone, or changed, counts as never asked.
    QCOMPARE(databases().size(), 0);
    const QString city = m_dir.filePath(u"counted-city%1.mmdb"_qs.arg(m_counter));
    const QString asn = m_dir.filePath(u"counted-asn%1.mmdb"_qs.arg(m_counter));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoIP2-City-Test.mmdb"_qs), city));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoLite2-ASN-Test.mmdb"_qs), asn));
    const auto added = GeoLocateJob::run(m_case, {city, asn});
    QList<GeoDatabaseRow> rows = databases();
    QCOMPARE(rows.size(), 2);
    for (int i = 0; i < 2; ++i) { // the list's figures are the run's, added up the other way
        QCOMPARE(rows[i].answers.found, added[i].found);
        QCOMPARE(rows[i].answers.notFound, added[i].notFound);
        QCOMPARE(rows[i].answers.failed, added[i].failed);
    }
    QCOMPARE(rows[0].fileName, u"counted-city%1.mmdb"_qs.arg(m_counter));
    QCOMPARE(rows[0].answers.found, 4);
    QCOMPARE(rows[0].answers.notFound, 2);
    QCOMPARE(rows[1].answers.found, 3);
    QCOMPARE(rows[1].answers.notFound, 3);
    QCOMPARE(rows[0].answers.failed + rows[1].answers.failed, 0);
    QCOMPARE(rows[0].answers.notLookedUp + rows[1].answers.notLookedUp, 0);
    QVERIFY(QDateTime::fromString(rows[0].lastLookedUpAt, Qt::ISODateWithMs).isValid());
    QCOMPARE(GeoDatabaseList::answerLines(rows[0].answers),
             (QStringList{u"4 found"_qs, u"2 not in this database"_qs}));
    // A new address while the ASN file is gone: found in the City database alone.
    QVERIFY(importIdsRows(u"counted"_qs,
                          "2026-03-05 10:00:00,+12025550143,+13125550147,89.160.20.112,1\n"
                          "2026-03-05 11:00:00,+12025550143,+13125550147,not-an-ip,1\n"));
    QVERIFY(QFile::remove(asn));
    QVERIFY(GeoLocateJob::runForNewIps(m_case).results.constFirst().ok);
    rows = databases();
    QCOMPARE(rows[0].answers.found, 5);
    QCOMPARE(rows[0].answers.failed, 1); // the words in place of an address
    QCOMPARE(rows[0].answers.notAnAddress, 1);
    QCOMPARE(rows[0].answers.notLookedUp, 0);
    QCOMPARE(rows[1].answers.found, 3);
    QCOMPARE(rows[1].answers.notLookedUp, 2);
    QCOMPARE(
        GeoDatabaseList::answerLines(rows[1].answers),
        (QStringList{u"3 found"_qs, u"3 not in this database"_qs, u"2 not looked up in it"_qs}));
    QCOMPARE(GeoDatabaseList::answerLines(rows[0].answers),
             (QStringList{u"5 found"_qs, u"2 not in this database"_qs,
                          u"1 not an IP address (the records' words)"_qs}));
    // A failure of the database's own is counted as failed, apart from the words.
    rows[0].answers.failed = 3;
    QCOMPARE(GeoDatabaseList::answerLines(rows[0].answers),
             (QStringList{u"5 found"_qs, u"2 not in this database"_qs, u"2 failed"_qs,
                          u"1 not an IP address (the records' words)"_qs}));
    // Each address the list counts as never asked is one the IP list names the database for.
    qint64 namedUnasked = 0;
    for (const IpSummary &ip : summaries())
        namedUnasked += ip.notLookedUpIn.count(u"counted-asn%1.mmdb"_qs.arg(m_counter));
    QCOMPARE(namedUnasked, rows[1].answers.notLookedUp);
}

void tst_GeoLocate::aDatabaseAddedAgainFromWhereItWasMovedIsLookedUpThere()
{
    // The databases' folder moved: the analyst adds the same file from its new place. It was
    // known by its SHA-256 and kept its old path, so later imports' addresses were never looked up.
    const QString before = m_dir.filePath(u"before%1"_qs.arg(m_counter));
    const QString after = m_dir.filePath(u"after%1"_qs.arg(m_counter));
    QVERIFY(QDir().mkpath(before) && QDir().mkpath(after));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoIP2-City-Test.mmdb"_qs), before + u"/City.mmdb"_qs));
    QVERIFY(GeoLocateJob::run(m_case, {before + u"/City.mmdb"_qs}).constFirst().ok);
    QVERIFY(QFile::rename(before + u"/City.mmdb"_qs, after + u"/City.mmdb"_qs));
    const auto again = GeoLocateJob::run(m_case, {after + u"/City.mmdb"_qs});
    QVERIFY(again.constFirst().ok);
    QCOMPARE(again.constFirst().found + again.constFirst().notFound, 0); // nothing new to ask
    {
        QString error;
        const auto db = CaseDatabase::open(m_case, CaseDatabase::Access::ReadOnly, &error);
        QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM geo_databases"_qs).toInt(), 1);
        QCOMPARE(scalar(db->db(), u"SELECT file_path || ' ' || file_name FROM geo_databases"_qs)
                     .toString(),
                 after + u"/City.mmdb City.mmdb"_qs);
    }
    QVERIFY(importIdsRows(u"moved"_qs,
                          "2026-03-05 10:00:00,+12025550143,+13125550147,89.160.20.112,1\n"));
    const GeoLocateJob::NewIpsRun run = GeoLocateJob::runForNewIps(m_case);
    QVERIFY(run.notAsked.isEmpty());
    QCOMPARE(run.results.size(), 1);
    QCOMPARE(run.results[0].found, 1);
    QCOMPARE(summaries().value(u"89.160.20.112"_qs).geo.value(0).city.value(), u"Linköping"_qs);
}

QTEST_GUILESS_MAIN(tst_GeoLocate)
#include "tst_geolocate.moc"
