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
    QTest::newRow("region") << QStringLiteral("America/New_York")
                            << QStringLiteral("America/New_York");
    QTest::newRow("label read through it")
        << QStringLiteral("America/New_York (EDT)") << QStringLiteral("America/New_York");
    QTest::newRow("offset checked by it")
        << QStringLiteral("Europe/Berlin (+02:00)") << QStringLiteral("Europe/Berlin");
    QTest::newRow("a link") << QStringLiteral("US/Eastern") << QStringLiteral("US/Eastern");
    QTest::newRow("UTC") << QStringLiteral("UTC") << QString();
    QTest::newRow("offset") << QStringLiteral("+02:00") << QString();
    QTest::newRow("offset with a label") << QStringLiteral("+02:00 (CEST)") << QString();
    QTest::newRow("negative offset") << QStringLiteral("-05:00") << QString();
    QTest::newRow("a fixed zone of the database") << QStringLiteral("Etc/GMT+5") << QString();
    QTest::newRow("no zone") << QStringLiteral("stated in records") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_ZoneRules::aRegionsZoneHasRulesAnOffsetNone()
{
    QFETCH(QString, zoneUsed);
    QFETCH(QString, ruled);
    QCOMPARE(ZoneRules::ruledZone(zoneUsed), ruled);
}

void tst_ZoneRules::theMetadataNamesTheReleaseAndTheZones()
{
    QCOMPARE(ZoneRules::metadata({}), QJsonObject());
    QCOMPARE(ZoneRules::versionFor({}), QString());
    const QStringList zones{QStringLiteral("America/New_York"), QStringLiteral("Europe/Berlin")};
    QCOMPARE(ZoneRules::metadata(zones),
             QJsonObject({{QStringLiteral("tz_database"), ZoneRules::databaseVersion()},
                          {QStringLiteral("zones"), QJsonArray{QStringLiteral("America/New_York"),
                                                               QStringLiteral("Europe/Berlin")}}}));
    QCOMPARE(ZoneRules::versionFor(zones), ZoneRules::databaseVersion());
}

QTEST_GUILESS_MAIN(tst_ZoneRules)
#include "tst_zonerules.moc"
