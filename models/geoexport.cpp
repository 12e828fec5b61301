#include "geoexport.h"

#include "evidenceclass.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <cmath>

namespace {

QJsonArray caveatsJson(const GeoAnswer &a)
{
    QJsonArray caveats;
    for (const Caveat &c : a.caveats)
        caveats.append(QJsonObject{{QStringLiteral("code"), c.code}, {QStringLiteral("text"), c.text}});
    return caveats;
}

QString reasonNotDrawn(const GeoAnswer &a)
{
    for (const Caveat &c : a.caveats) {
        if (c.code == u"country-only" || c.code == u"not-public" || c.code == u"not-in-database" || c.code == u"lookup-failed"
            || c.code == u"not-an-address")
            return c.code;
    }
    return QStringLiteral("no-location");
}

} // namespace

bool GeoExport::drawable(const GeoAnswer &a)
{
    if (!a.latitude || !a.accuracyRadiusKm)
        return false;
    for (const Caveat &c : a.caveats) {
        if (c.code == u"country-only" || c.code == u"not-public")
            return false;
    }
    return true;
}

QList<QPair<double, double>> GeoExport::circle(double latitude, double longitude, double radiusKm, int segments)
{
    constexpr double EarthRadiusKm = 6371.0;
    const double lat1 = latitude * M_PI / 180.0;
    const double lon1 = longitude * M_PI / 180.0;
    const double d = radiusKm / EarthRadiusKm;
    QList<QPair<double, double>> ring;
    for (int i = 0; i <= segments; ++i) {
        const double bearing = 2 * M_PI * double(i % segments) / segments;
        const double lat2 = std::asin(std::sin(lat1) * std::cos(d) + std::cos(lat1) * std::sin(d) * std::cos(bearing));
        const double lon2 = lon1 + std::atan2(std::sin(bearing) * std::sin(d) * std::cos(lat1),
                                              std::cos(d) - std::sin(lat1) * std::sin(lat2));
        ring.append({lon2 * 180.0 / M_PI, lat2 * 180.0 / M_PI});
    }
    return ring;
}

QByteArray GeoExport::geoJson(const QList<IpSummary> &ips)
{
    QJsonArray features;
    QJsonArray notDrawn;
    for (const IpSummary &ip : ips) {
        for (const GeoAnswer &a : ip.geo) {
            const QJsonObject common{{QStringLiteral("ip"), ip.ip},
                                     {QStringLiteral("database"), a.database},
                                     {QStringLiteral("database_type"), a.databaseType},
                                     {QStringLiteral("build_date"), TimeFormat::isoUtc(a.buildEpoch * 1000)},
                                     {QStringLiteral("caveats"), caveatsJson(a)}};
            if (!drawable(a)) {
                QJsonObject entry = common;
                entry.insert(QStringLiteral("reason"), reasonNotDrawn(a));
                notDrawn.append(entry);
                continue;
            }
            QJsonArray ring;
            for (const auto &point : circle(*a.latitude, *a.longitude, *a.accuracyRadiusKm))
                ring.append(QJsonArray{point.first, point.second});
            QJsonObject properties = common;
            properties.insert(QStringLiteral("latitude"), *a.latitude);
            properties.insert(QStringLiteral("longitude"), *a.longitude);
            properties.insert(QStringLiteral("accuracy_radius_km"), *a.accuracyRadiusKm);
            properties.insert(QStringLiteral("country_iso"), a.countryIso ? QJsonValue(*a.countryIso) : QJsonValue());
            properties.insert(QStringLiteral("city"), a.city ? QJsonValue(*a.city) : QJsonValue());
            properties.insert(QStringLiteral("lookups"), ip.lookups);
            properties.insert(QStringLiteral("communications"), ip.communications);
            properties.insert(QStringLiteral("connections"), ip.connections);
            properties.insert(QStringLiteral("first_seen"), TimeFormat::isoUtc(ip.firstMs));
            properties.insert(QStringLiteral("last_seen"), TimeFormat::isoUtc(ip.lastMs));
            features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                        {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                                                 {QStringLiteral("coordinates"), QJsonArray{ring}}}},
                                        {QStringLiteral("properties"), properties}});
        }
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features},
                                 {QStringLiteral("not_drawn"), notDrawn},
                                 {QStringLiteral("note"), QStringLiteral("Each circle is a database's estimate of where the address "
                                                                         "was, as of the database's build date; not a device's position.")},
                                 {QStringLiteral("lookup_caveat"), EvidenceClassText::lookupCaveat()}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

QByteArray GeoExport::kml(const QList<IpSummary> &ips)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("kml"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    xml.writeStartElement(QStringLiteral("Document"));
    xml.writeTextElement(QStringLiteral("name"), QStringLiteral("LookupLens client IPs"));
    xml.writeTextElement(QStringLiteral("description"),
                         QStringLiteral("Each circle is a database's estimate of where the address was, as of the "
                                        "database's build date; not a device's position. ")
                             + EvidenceClassText::lookupCaveat());
    for (const IpSummary &ip : ips) {
        for (const GeoAnswer &a : ip.geo) {
            if (!drawable(a))
                continue;
            xml.writeStartElement(QStringLiteral("Placemark"));
            xml.writeTextElement(QStringLiteral("name"), ip.ip);
            QStringList caveats;
            for (const Caveat &c : a.caveats)
                caveats.append(c.text);
            xml.writeTextElement(
                QStringLiteral("description"),
                QStringLiteral("%1 (%2, built %3): within %4 km. %5")
                    .arg(a.database, a.databaseType, TimeFormat::buildDate(a.buildEpoch),
                         QString::number(*a.accuracyRadiusKm), caveats.join(QStringLiteral("; "))));
            xml.writeStartElement(QStringLiteral("ExtendedData"));
            const QList<QPair<QString, QString>> data{
                {QStringLiteral("database"), a.database},
                {QStringLiteral("database_type"), a.databaseType},
                {QStringLiteral("build_date"), TimeFormat::isoUtc(a.buildEpoch * 1000)},
                {QStringLiteral("accuracy_radius_km"), QString::number(*a.accuracyRadiusKm)},
                {QStringLiteral("caveats"), caveats.join(QStringLiteral("; "))},
                {QStringLiteral("lookups"), QString::number(ip.lookups)},
                {QStringLiteral("communications"), QString::number(ip.communications)}};
            for (const auto &[name, value] : data) {
                xml.writeStartElement(QStringLiteral("Data"));
                xml.writeAttribute(QStringLiteral("name"), name);
                xml.writeTextElement(QStringLiteral("value"), value);
                xml.writeEndElement();
            }
            xml.writeEndElement(); // ExtendedData
            xml.writeStartElement(QStringLiteral("Polygon"));
            xml.writeStartElement(QStringLiteral("outerBoundaryIs"));
            xml.writeStartElement(QStringLiteral("LinearRing"));
            QStringList coordinates;
            for (const auto &point : circle(*a.latitude, *a.longitude, *a.accuracyRadiusKm))
                coordinates.append(QStringLiteral("%1,%2,0").arg(point.first, 0, 'f', 6).arg(point.second, 0, 'f', 6));
            xml.writeTextElement(QStringLiteral("coordinates"), coordinates.join(u' '));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement(); // Polygon
            xml.writeEndElement(); // Placemark
        }
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
