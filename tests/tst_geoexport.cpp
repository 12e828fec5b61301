#include "casedatabase.h"
#include "geoexport.h"
#include "geolocatejob.h"
#include "importjob.h"
#include "ipsummary.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using TestSupport::dataPath;

/// GeoJSON and KML are parsed back with independent readers (QJsonDocument, QXmlStreamReader).
class tst_GeoExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void circleIsClosedAndHasTheRadius();
    void geoJsonParsesBackWithCirclesAndCaveats();
    void kmlParsesBackWithCirclesAndCaveats();

private:
    QTemporaryDir m_dir;
    QList<IpSummary> m_ips;
};

void tst_GeoExport::initTestCase()
{
    const QString casePath = m_dir.filePath(QStringLiteral("export.llcase"));
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(QStringLiteral("geoip-events.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    QVERIFY(GeoLocateJob::run(casePath, {dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb"))})[0].ok);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    m_ips = IpSummaries::of(db->db());
    QCOMPARE(m_ips.size(), 6);
}

void tst_GeoExport::circleIsClosedAndHasTheRadius()
{
    const auto ring = GeoExport::circle(51.5142, -0.0931, 10, 64);
    QCOMPARE(ring.size(), 65);
    QCOMPARE(ring.first(), ring.last());
    for (const auto &[lon, lat] : ring)
        QVERIFY(qAbs(IpSummaries::distanceKm(51.5142, -0.0931, lat, lon) - 10.0) < 0.01);
}

void tst_GeoExport::geoJsonParsesBackWithCirclesAndCaveats()
{
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(GeoExport::geoJson(m_ips), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QVERIFY(doc.value(QStringLiteral("lookup_caveat")).toString().contains(QStringLiteral("does not show that any message or call took place")));
    const QJsonArray features = doc.value(QStringLiteral("features")).toArray();
    QHash<QString, QJsonObject> byIp;
    for (const QJsonValue &f : features)
        byIp.insert(f[u"properties"_qs][u"ip"_qs].toString(), f.toObject());
    // London, San Diego (2001:480:10::1) and Milton are drawn; Bhutan is country-only, and neither
    // the CGNAT address nor the IPv4-mapped Telstra address is in the City database.
    QCOMPARE(QSet<QString>(byIp.keyBegin(), byIp.keyEnd()),
             (QSet<QString>{u"81.2.69.142"_qs, u"2001:480:10::1"_qs, u"216.160.83.56"_qs}));
    const QJsonObject london = byIp.value(QStringLiteral("81.2.69.142"));
    QCOMPARE(london[u"geometry"_qs][u"type"_qs].toString(), QStringLiteral("Polygon"));
    const QJsonArray ring = london[u"geometry"_qs][u"coordinates"_qs].toArray().first().toArray();
    QCOMPARE(ring.size(), 65);
    QCOMPARE(ring.first(), ring.last());
    const QJsonObject props = london.value(QStringLiteral("properties")).toObject();
    QCOMPARE(props.value(QStringLiteral("database")).toString(), QStringLiteral("GeoIP2-City-Test.mmdb"));
    QCOMPARE(props.value(QStringLiteral("database_type")).toString(), QStringLiteral("GeoIP2-City"));
    QCOMPARE(props.value(QStringLiteral("build_date")).toString(), QStringLiteral("2026-02-04T22:49:29Z"));
    QCOMPARE(props.value(QStringLiteral("accuracy_radius_km")).toInt(), 10);
    QCOMPARE(props.value(QStringLiteral("city")).toString(), QStringLiteral("London"));
    QCOMPARE(props.value(QStringLiteral("lookups")).toInt(), 1);
    QCOMPARE(props.value(QStringLiteral("communications")).toInt(), 0);
    QVERIFY(props.value(QStringLiteral("caveats")).toArray().isEmpty());
    const QJsonArray miltonCaveats = byIp.value(QStringLiteral("216.160.83.56"))[u"properties"_qs][u"caveats"_qs].toArray();
    QCOMPARE(miltonCaveats.size(), 1);
    QCOMPARE(miltonCaveats[0][u"code"_qs].toString(), QStringLiteral("database-age"));
    QVERIFY(miltonCaveats[0][u"text"_qs].toString().contains(QStringLiteral("as of 2026-02-04")));

    QHash<QString, QString> notDrawn;
    for (const QJsonValue &v : doc.value(QStringLiteral("not_drawn")).toArray())
        notDrawn.insert(v[u"ip"_qs].toString(), v[u"reason"_qs].toString());
    QCOMPARE(notDrawn.size(), 3);
    // Written ::ffff:1.128.0.1 in the return: the IPv4 address it carries.
    QCOMPARE(notDrawn.value(QStringLiteral("1.128.0.1")), QStringLiteral("not-in-database"));
    QCOMPARE(notDrawn.value(QStringLiteral("67.43.156.1")), QStringLiteral("country-only"));
    QCOMPARE(notDrawn.value(QStringLiteral("100.64.20.5")), QStringLiteral("not-in-database"));
}

void tst_GeoExport::kmlParsesBackWithCirclesAndCaveats()
{
    QXmlStreamReader xml(GeoExport::kml(m_ips));
    QStringList names;
    QHash<QString, QHash<QString, QString>> data;
    QHash<QString, int> ringPoints;
    QString current;
    QString dataName;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"Placemark") {
            xml.readNextStartElement();
            QCOMPARE(xml.name(), u"name");
            current = xml.readElementText();
            names.append(current);
        } else if (xml.name() == u"Data") {
            dataName = xml.attributes().value(QStringLiteral("name")).toString();
        } else if (xml.name() == u"value") {
            data[current].insert(dataName, xml.readElementText());
        } else if (xml.name() == u"coordinates") {
            ringPoints.insert(current, int(xml.readElementText().split(u' ', Qt::SkipEmptyParts).size()));
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(names.size(), 3);
    QVERIFY(!names.contains(QStringLiteral("67.43.156.1")));
    QVERIFY(!names.contains(QStringLiteral("100.64.20.5")));
    QCOMPARE(ringPoints.value(QStringLiteral("81.2.69.142")), 65);
    const auto london = data.value(QStringLiteral("81.2.69.142"));
    QCOMPARE(london.value(QStringLiteral("database")), QStringLiteral("GeoIP2-City-Test.mmdb"));
    QCOMPARE(london.value(QStringLiteral("build_date")), QStringLiteral("2026-02-04T22:49:29Z"));
    QCOMPARE(london.value(QStringLiteral("accuracy_radius_km")), QStringLiteral("10"));
    QVERIFY(data.value(QStringLiteral("216.160.83.56")).value(QStringLiteral("caveats")).contains(QStringLiteral("as of 2026-02-04")));
}

QTEST_GUILESS_MAIN(tst_GeoExport)
#include "tst_geoexport.moc"
