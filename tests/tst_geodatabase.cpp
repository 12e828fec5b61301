#include "geodatabase.h"
#include "ipaddressflags.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using TestSupport::dataPath;

class tst_GeoDatabase : public QObject
{
    Q_OBJECT
private slots:
    void metadata();
    void cityValues_data();
    void cityValues();
    void twoSubdivisionsPostalAndRegisteredCountry();
    void asnValuesAndOptionalOrganization();
    void notFoundAnywhere_data();
    void notFoundAnywhere();
    void brokenDatabasesAreRefusedOrFailCleanly();
    void flags_data();
    void flags();
    void anAddressWrittenWithItsPort_data();
    void anAddressWrittenWithItsPort();

private:
    static std::unique_ptr<GeoDatabase> open(const QString &file);
};

std::unique_ptr<GeoDatabase> tst_GeoDatabase::open(const QString &file)
{
    QString error;
    auto db = GeoDatabase::open(dataPath(QStringLiteral("geoip/") + file), &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

void tst_GeoDatabase::metadata()
{
    const auto db = open(QStringLiteral("GeoIP2-City-Test.mmdb"));
    QVERIFY(db);
    QCOMPARE(db->info().databaseType, QStringLiteral("GeoIP2-City"));
    QCOMPARE(db->info().buildEpoch, 1770245369);
    QCOMPARE(db->info().languages, QStringLiteral("en zh"));
    QCOMPARE(db->info().ipVersion, 6);
    QCOMPARE(db->info().sha256, QStringLiteral("ed972738e4e03a3e56e12041a6af4d91592249d110f7e4a647e5f2fa0e639c09"));
    QVERIFY(db->info().description.startsWith(QStringLiteral("GeoIP2 City Test Database")));
}

void tst_GeoDatabase::cityValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("city");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<int>("radius");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("prefix");
    const QString city = QStringLiteral("GeoIP2-City-Test.mmdb");
    const QString lite = QStringLiteral("GeoLite2-City-Test.mmdb");
    QTest::newRow("london") << city << "81.2.69.142" << "GB" << "London" << 51.5142 << -0.0931 << 10 << "Europe/London" << 31;
    QTest::newRow("london mapped") << city << "::ffff:81.2.69.142" << "GB" << "London" << 51.5142 << -0.0931 << 10 << "Europe/London" << 127;
    QTest::newRow("milton") << city << "216.160.83.56" << "US" << "Milton" << 47.2513 << -122.3149 << 22 << "America/Los_Angeles" << 29;
    QTest::newRow("linkoping") << city << "89.160.20.112" << "SE" << "Linköping" << 58.4167 << 15.6167 << 76 << "Europe/Stockholm" << 28;
    QTest::newRow("bhutan, no city") << city << "67.43.156.1" << "BT" << "" << 27.5 << 90.5 << 534 << "Asia/Thimphu" << 24;
    QTest::newRow("san diego v6") << city << "2001:480:10::1" << "US" << "San Diego" << 32.7203 << -117.1552 << 20 << "America/Los_Angeles" << 48;
    QTest::newRow("san diego v6 lite") << lite << "2001:480:10::1" << "US" << "San Diego" << 32.7203 << -117.1552 << 50 << "America/Los_Angeles" << 43;
    QTest::newRow("only in lite") << lite << "2001:480::1" << "US" << "San Diego" << 32.7203 << -117.1552 << 50 << "America/Los_Angeles" << 43;
    QTest::newRow("philippines lite") << lite << "202.196.224.1" << "PH" << "" << 13.0 << 122.0 << 121 << "Asia/Manila" << 20;
}

void tst_GeoDatabase::cityValues()
{
    QFETCH(QString, file);
    QFETCH(QString, ip);
    QFETCH(QString, country);
    QFETCH(QString, city);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(int, radius);
    QFETCH(QString, zone);
    QFETCH(int, prefix);
    const auto db = open(file);
    const GeoLookup r = db->lookup(ip);
    QCOMPARE(r.status, GeoLookup::Status::Found);
    QCOMPARE(r.record[u"country"_qs][u"iso_code"_qs].toString(), country);
    QCOMPARE(r.record[u"city"_qs][u"names"_qs][u"en"_qs].toString(), city);
    QCOMPARE(r.record[u"location"_qs][u"latitude"_qs].toDouble(), latitude);
    QCOMPARE(r.record[u"location"_qs][u"longitude"_qs].toDouble(), longitude);
    QCOMPARE(r.record[u"location"_qs][u"accuracy_radius"_qs].toInt(), radius);
    QCOMPARE(r.record[u"location"_qs][u"time_zone"_qs].toString(), zone);
    QCOMPARE(r.prefixLength, prefix);
}

void tst_GeoDatabase::twoSubdivisionsPostalAndRegisteredCountry()
{
    const GeoLookup r = open(QStringLiteral("GeoIP2-City-Test.mmdb"))->lookup(QStringLiteral("2.125.160.218"));
    const QJsonArray subdivisions = r.record[u"subdivisions"_qs].toArray();
    QCOMPARE(subdivisions.size(), 2);
    QCOMPARE(subdivisions[0][u"iso_code"_qs].toString(), QStringLiteral("ENG"));
    QCOMPARE(subdivisions[1][u"names"_qs][u"en"_qs].toString(), QStringLiteral("West Berkshire"));
    QCOMPARE(r.record[u"postal"_qs][u"code"_qs].toString(), QStringLiteral("OX1"));
    QCOMPARE(r.record[u"registered_country"_qs][u"iso_code"_qs].toString(), QStringLiteral("FR"));
    const GeoLookup military = open(QStringLiteral("GeoIP2-City-Test.mmdb"))->lookup(QStringLiteral("202.196.224.1"));
    QCOMPARE(military.record[u"represented_country"_qs][u"type"_qs].toString(), QStringLiteral("military"));
}

void tst_GeoDatabase::asnValuesAndOptionalOrganization()
{
    const auto db = open(QStringLiteral("GeoLite2-ASN-Test.mmdb"));
    const GeoLookup telstra = db->lookup(QStringLiteral("1.128.0.1"));
    QCOMPARE(telstra.record[u"autonomous_system_number"_qs].toInteger(), 1221);
    QCOMPARE(telstra.record[u"autonomous_system_organization"_qs].toString(), QStringLiteral("Telstra Pty Ltd"));
    QCOMPARE(telstra.prefixLength, 11);
    QCOMPARE(db->lookup(QStringLiteral("::ffff:1.128.0.1")).record, telstra.record);
    const GeoLookup noOrg = db->lookup(QStringLiteral("216.160.83.56"));
    QCOMPARE(noOrg.record[u"autonomous_system_number"_qs].toInteger(), 209);
    QVERIFY(!noOrg.record.contains(u"autonomous_system_organization"_qs));
    QCOMPARE(db->lookup(QStringLiteral("2003::1")).record[u"autonomous_system_organization"_qs].toString(),
             QStringLiteral("Deutsche Telekom AG"));
    QCOMPARE(db->lookup(QStringLiteral("81.2.69.142")).status, GeoLookup::Status::NotFound);
}

void tst_GeoDatabase::notFoundAnywhere_data()
{
    QTest::addColumn<QString>("ip");
    for (const char *ip : {"127.0.0.1", "10.0.0.1", "192.0.2.1", "2001:db8::1", "::1"})
        QTest::newRow(ip) << QString::fromLatin1(ip);
}

void tst_GeoDatabase::notFoundAnywhere()
{
    QFETCH(QString, ip);
    const QStringList files = QDir(dataPath(QStringLiteral("geoip"))).entryList({QStringLiteral("*.mmdb")});
    QCOMPARE(files.size(), 8);
    for (const QString &file : files)
        QCOMPARE(open(file)->lookup(ip).status, GeoLookup::Status::NotFound);
}

void tst_GeoDatabase::brokenDatabasesAreRefusedOrFailCleanly()
{
    // Every file: refused at open with a message, or opened with lookups that fail cleanly.
    const QDir dir(dataPath(QStringLiteral("geoip/broken")));
    const QStringList refused{u"GeoIP2-City-Test-Invalid-Node-Count.mmdb"_qs, u"libmaxminddb-metadata-marker-only.mmdb"_qs,
                              u"libmaxminddb-offset-integer-overflow.mmdb"_qs, u"cyclic-data-structure.mmdb"_qs,
                              u"invalid-data-record-offset.mmdb"_qs, u"metadata-is-an-uint128.mmdb"_qs};
    for (const QString &file : dir.entryList({QStringLiteral("*.mmdb")})) {
        QString error;
        const auto db = GeoDatabase::open(dir.filePath(file), &error);
        if (refused.contains(file)) {
            QVERIFY2(!db, qPrintable(file));
            QVERIFY2(error.contains(QStringLiteral("not a usable MaxMind-format database")), qPrintable(error));
            continue;
        }
        QVERIFY2(db, qPrintable(file + u' ' + error));
        for (const char *ip : {"1.1.1.1", "1.1.1.16", "1.1.1.32", "81.2.69.142", "255.255.255.255", "::1", "2001::1"})
            db->lookup(QString::fromLatin1(ip)); // must return, whatever it says
    }
    QString error;
    const auto doubles = GeoDatabase::open(dir.filePath(u"GeoIP2-City-Test-Broken-Double-Format.mmdb"_qs), &error);
    const GeoLookup bad = doubles->lookup(QStringLiteral("81.2.69.142"));
    QCOMPARE(bad.status, GeoLookup::Status::Failed);
    QVERIFY(bad.error.contains(QStringLiteral("bad data")));
    const auto pointers = GeoDatabase::open(dir.filePath(u"MaxMind-DB-test-broken-pointers-24.mmdb"_qs), &error);
    QCOMPARE(pointers->lookup(QStringLiteral("1.1.1.1")).status, GeoLookup::Status::Found);
    QCOMPARE(pointers->lookup(QStringLiteral("1.1.1.16")).status, GeoLookup::Status::Failed);
    QCOMPARE(pointers->lookup(QStringLiteral("1.1.1.32")).status, GeoLookup::Status::Failed);
    const auto ipv4Only = GeoDatabase::open(dir.filePath(u"MaxMind-DB-test-ipv4-24.mmdb"_qs), &error);
    QCOMPARE(ipv4Only->lookup(QStringLiteral("2001::1")).status, GeoLookup::Status::Failed);
    QCOMPARE(ipv4Only->lookup(QStringLiteral("not-an-ip")).status, GeoLookup::Status::Failed);
    const auto nesting = GeoDatabase::open(dir.filePath(u"libmaxminddb-deep-nesting.mmdb"_qs), &error);
    QCOMPARE(nesting->lookup(QStringLiteral("1.1.1.1")).status, GeoLookup::Status::Failed);
}

void tst_GeoDatabase::flags_data()
{
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("public") << "81.2.69.142" << "81.2.69.142" << QStringList{};
    QTest::newRow("rfc1918 10") << "10.1.2.3" << "10.1.2.3" << QStringList{u"private"_qs};
    QTest::newRow("rfc1918 172") << "172.31.255.1" << "172.31.255.1" << QStringList{u"private"_qs};
    QTest::newRow("not 172.32") << "172.32.0.1" << "172.32.0.1" << QStringList{};
    QTest::newRow("rfc1918 192") << "192.168.0.10" << "192.168.0.10" << QStringList{u"private"_qs};
    QTest::newRow("cgnat") << "100.64.20.5" << "100.64.20.5" << QStringList{u"cgnat"_qs};
    QTest::newRow("cgnat top") << "100.127.255.254" << "100.127.255.254" << QStringList{u"cgnat"_qs};
    QTest::newRow("not cgnat") << "100.128.0.1" << "100.128.0.1" << QStringList{};
    QTest::newRow("loopback") << "127.0.0.1" << "127.0.0.1" << QStringList{u"loopback"_qs};
    QTest::newRow("link-local") << "169.254.1.1" << "169.254.1.1" << QStringList{u"link-local"_qs};
    QTest::newRow("documentation") << "198.51.100.14" << "198.51.100.14" << QStringList{u"documentation"_qs};
    QTest::newRow("multicast") << "224.0.0.251" << "224.0.0.251" << QStringList{u"multicast"_qs};
    QTest::newRow("reserved") << "240.0.0.1" << "240.0.0.1" << QStringList{u"reserved"_qs};
    QTest::newRow("mapped cgnat") << "::ffff:100.64.31.9" << "100.64.31.9" << QStringList{u"cgnat"_qs};
    QTest::newRow("v6 public") << "2a02:d180::1" << "2a02:d180::1" << QStringList{};
    QTest::newRow("v6 ula") << "fd12:3456::1" << "fd12:3456::1" << QStringList{u"private"_qs};
    QTest::newRow("v6 link-local") << "fe80::1" << "fe80::1" << QStringList{u"link-local"_qs};
    QTest::newRow("v6 documentation") << "2001:DB8:1::7" << "2001:db8:1::7" << QStringList{u"documentation"_qs};
    QTest::newRow("v6 loopback") << "::1" << "::1" << QStringList{u"loopback"_qs};
    QTest::newRow("v6 multicast") << "ff02::1" << "ff02::1" << QStringList{u"multicast"_qs};
}

void tst_GeoDatabase::flags()
{
    QFETCH(QString, ip);
    QFETCH(QString, canonical);
    QFETCH(QStringList, flags);
    const IpAddressFlags result = IpAddressFlags::of(ip);
    QVERIFY(result.valid);
    QCOMPARE(result.canonical, canonical);
    QCOMPARE(result.flags, flags);
    for (const QString &text : {u"not-an-ip"_qs, u"300.1.1.1"_qs, u"198.51.100.14:99999"_qs, u"198.51.100.14:"_qs,
                                u"[2001:db8::1]:x"_qs, u"[not-an-ip]"_qs, u"n/a:80"_qs, u"198.051.100.256"_qs,
                                u"1.2.3"_qs, u"0198.51.100.14"_qs, u""_qs}) {
        const IpAddressFlags odd = IpAddressFlags::of(text);
        QVERIFY2(!odd.valid, qPrintable(text));
        QCOMPARE(odd.flags, QStringList{u"not-an-address"_qs});
        QCOMPARE(IpAddressFlags::addressOf(text), text);
        QCOMPARE(IpAddressFlags::portWrittenWith(text), std::nullopt);
    }
}

void tst_GeoDatabase::anAddressWrittenWithItsPort_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::newRow("IPv4") << "198.51.100.14:443" << "198.51.100.14" << 443;
    QTest::newRow("IPv4, port 0") << " 100.64.20.5:0 " << "100.64.20.5" << 0;
    QTest::newRow("IPv6 in brackets") << "[2001:DB8::1]:8080" << "2001:db8::1" << 8080;
    QTest::newRow("mapped in brackets") << "[::ffff:198.51.100.14]:65535" << "198.51.100.14" << 65535;
    QTest::newRow("bare IPv6: no port") << "2001:db8::1:443" << "2001:db8::1:443" << -1;
    QTest::newRow("bare IPv4: no port") << "198.51.100.14" << "198.51.100.14" << -1;
    QTest::newRow("IPv6 in brackets, no port") << "[2001:DB8::1]" << "2001:db8::1" << -1;
    // Logs that pad each number to three digits mean them in decimal.
    QTest::newRow("zero-padded") << "198.051.100.014" << "198.51.100.14" << -1;
    QTest::newRow("zero-padded, a port") << "010.001.002.003:443" << "10.1.2.3" << 443;
}

void tst_GeoDatabase::anAddressWrittenWithItsPort()
{
    QFETCH(QString, written);
    QFETCH(QString, address);
    QFETCH(int, port);
    QCOMPARE(IpAddressFlags::addressOf(written), address);
    QCOMPARE(IpAddressFlags::portWrittenWith(written).value_or(-1), port);
    QCOMPARE(IpAddressFlags::of(written).flags, IpAddressFlags::of(address).flags);
}

QTEST_APPLESS_MAIN(tst_GeoDatabase)
#include "tst_geodatabase.moc"
