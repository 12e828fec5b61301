#include "zonerules.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

/// Which zones a time was read by the tz database's rules of, and which release of it.
class tst_ZoneRules : public QObject
{
    Q_OBJECT
private slots:
    void theReleaseIsTheOneQtReadsTheZonesFrom();
    void aRegionsZoneHasRulesAnOffsetNone_data();
    void aRegionsZoneHasRulesAnOffsetNone();
    void theMetadataNamesTheReleaseAndTheZones();
    void theZonesReadAreNotedOnceEachInTheOrderMet();
};

void tst_ZoneRules::theReleaseIsTheOneQtReadsTheZonesFrom()
{
    // Debian's tzdata states its release on the first line of its text form ("# version 2025b").
    QFile text(QStringLiteral("/usr/share/zoneinfo/tzdata.zi"));
    QVERIFY2(text.open(QIODevice::ReadOnly),
             "the tzdata package is installed (scripts/install-deps.sh)");
    const QList<QByteArray> first = text.readLine().trimmed().split(' ');
    QCOMPARE(first.size(), 3);
    QCOMPARE(first.at(1), QByteArray("version"));
    QCOMPARE(ZoneRules::databaseVersion(), QString::fromLatin1(first.at(2)));
}

void tst_ZoneRules::aRegionsZoneHasRulesAnOffsetNone_data()
{
    QTest::addColumn<QString>("zoneUsed");
    QTest::addColumn<QString>("ruled");
    QTest::addColumn<bool>("offsetWritten");
    QTest::newRow("region") << u"America/New_York"_qs << u"America/New_York"_qs << false;
    QTest::newRow("label read through it")
        << u"America/New_York (EDT)"_qs << u"America/New_York"_qs << false;
    // Java's "…+02:00[Europe/Berlin]": the offset reads the time, the zone's rules check it.
    QTest::newRow("offset checked by it")
        << u"Europe/Berlin (+02:00)"_qs << u"Europe/Berlin"_qs << true;
    QTest::newRow("UTC checked by it") << u"Europe/London (UTC)"_qs << u"Europe/London"_qs << true;
    // The database's own abbreviation for a zone without letters ones: a label, read by the rules.
    QTest::newRow("numeric label read through it")
        << u"Asia/Dubai (+04)"_qs << u"Asia/Dubai"_qs << false;
    QTest::newRow("a link") << u"US/Eastern"_qs << u"US/Eastern"_qs << false;
    QTest::newRow("UTC") << u"UTC"_qs << QString() << false;
    QTest::newRow("the database's UTC") << u"Etc/UTC (UTC)"_qs << QString() << false;
    QTest::newRow("offset") << u"+02:00"_qs << QString() << false;
    QTest::newRow("offset with a label") << u"+02:00 (CEST)"_qs << QString() << false;
    QTest::newRow("negative offset") << u"-05:00"_qs << QString() << false;
    QTest::newRow("a fixed zone of the database") << u"Etc/GMT+5"_qs << QString() << false;
    QTest::newRow("no zone") << u"stated in records"_qs << QString() << false;
    QTest::newRow("empty") << QString() << QString() << false;
}

void tst_ZoneRules::aRegionsZoneHasRulesAnOffsetNone()
{
    QFETCH(QString, zoneUsed);
    QFETCH(QString, ruled);
    QFETCH(bool, offsetWritten);
    QCOMPARE(ZoneRules::ruledZone(zoneUsed), ruled);
    QCOMPARE(ZoneRules::offsetWritten(zoneUsed), offsetWritten);
}

void tst_ZoneRules::theMetadataNamesTheReleaseAndTheZones()
{
    // Kept where no rules read a time too: a source imported since sources kept it says so.
    QCOMPARE(ZoneRules::metadata({}),
             QJsonObject({{QStringLiteral("tz_database"), ZoneRules::databaseVersion()},
                          {QStringLiteral("zones"), QJsonArray()}}));
    QCOMPARE(ZoneRules::versionFor({}), QString());
    const QStringList zones{QStringLiteral("America/New_York"), QStringLiteral("Europe/Berlin")};
    QCOMPARE(ZoneRules::metadata(zones),
             QJsonObject({{QStringLiteral("tz_database"), ZoneRules::databaseVersion()},
                          {QStringLiteral("zones"), QJsonArray{QStringLiteral("America/New_York"),
                                                               QStringLiteral("Europe/Berlin")}}}));
    QCOMPARE(ZoneRules::versionFor(zones), ZoneRules::databaseVersion());
    // Zones whose rules only checked offsets written are kept apart from those that read times.
    QCOMPARE(ZoneRules::metadata({}, {QStringLiteral("Europe/London")}),
             QJsonObject(
                 {{QStringLiteral("tz_database"), ZoneRules::databaseVersion()},
                  {QStringLiteral("zones"), QJsonArray()},
                  {QStringLiteral("zones_checked"), QJsonArray{QStringLiteral("Europe/London")}}}));
    QCOMPARE(ZoneRules::metadata(zones, {QStringLiteral("Europe/London")})
                 .value(u"zones"_qs)
                 .toArray()
                 .size(),
             2);
}

void tst_ZoneRules::theZonesReadAreNotedOnceEachInTheOrderMet()
{
    ZonesRead read;
    QVERIFY(!read.any());
    QCOMPARE(read.metadata(), ZoneRules::metadata({}));
    for (const char *zoneUsed :
         {"UTC", "+02:00", "America/New_York (EDT)", "UTC", "America/New_York (EST)",
          "Europe/London (+01:00)", "Europe/Berlin (CET)", "America/New_York (EDT)"})
        read.note(QString::fromLatin1(zoneUsed));
    QVERIFY(read.any());
    QCOMPARE(read.ruled(), (QStringList{u"America/New_York"_qs, u"Europe/Berlin"_qs}));
    QCOMPARE(read.checked(), QStringList{u"Europe/London"_qs});
    QCOMPARE(read.metadata(), ZoneRules::metadata(read.ruled(), read.checked()));
}

QTEST_GUILESS_MAIN(tst_ZoneRules)
#include "tst_zonerules.moc"
