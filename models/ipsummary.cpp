#include "ipsummary.h"

#include "ipaddressflags.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <cmath>

namespace {

std::optional<QString> text(const QJsonValue &value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

} // namespace

QHash<QString, QString> IpSummaries::shortPlaces(const QList<IpSummary> &ips)
{
    QHash<QString, QString> places;
    for (const IpSummary &ip : ips) {
        if (ip.flags.contains(u"cgnat"_qs)) {
            places.insert(ip.ip, tr("carrier-grade NAT"));
            continue;
        }
        for (const GeoAnswer &a : ip.geo) {
            if (!a.countryIso)
                continue;
            const bool countryOnly = std::any_of(a.caveats.cbegin(), a.caveats.cend(),
                                                 [](const Caveat &c) { return c.code == u"country-only"; });
            places.insert(ip.ip, a.city && !countryOnly ? tr("%1, %2 (%3)").arg(*a.city, *a.countryIso, a.database)
                                                        : tr("%1, country only (%2)").arg(*a.countryIso, a.database));
            break;
        }
    }
    return places;
}

double IpSummaries::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    constexpr double EarthRadiusKm = 6371.0;
    const auto rad = [](double degrees) { return degrees * M_PI / 180.0; };
    const double dLat = rad(lat2 - lat1);
    const double dLon = rad(lon2 - lon1);
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(rad(lat1)) * std::cos(rad(lat2)) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

GeoAnswer IpSummaries::answer(const QString &database, const QString &type, qint64 buildEpoch, const QString &status,
                              const QString &error, const QJsonObject &r)
{
    GeoAnswer a;
    a.database = database;
    a.databaseType = type;
    a.buildEpoch = buildEpoch;
    a.status = status;
    a.error = error;
    a.record = r;
    a.countryIso = text(r[u"country"_qs][u"iso_code"_qs]);
    a.country = text(r[u"country"_qs][u"names"_qs][u"en"_qs]);
    a.subdivision = text(r[u"subdivisions"_qs][0][u"names"_qs][u"en"_qs]);
    a.city = text(r[u"city"_qs][u"names"_qs][u"en"_qs]);
    if (r[u"location"_qs][u"latitude"_qs].isDouble()) {
        a.latitude = r[u"location"_qs][u"latitude"_qs].toDouble();
        a.longitude = r[u"location"_qs][u"longitude"_qs].toDouble();
    }
    if (r[u"location"_qs][u"accuracy_radius"_qs].isDouble())
        a.accuracyRadiusKm = r[u"location"_qs][u"accuracy_radius"_qs].toInt();
    if (r[u"autonomous_system_number"_qs].isDouble())
        a.asn = r[u"autonomous_system_number"_qs].toInteger();
    a.organization = text(r[u"autonomous_system_organization"_qs]);
    if (!a.organization)
        a.organization = text(r[u"organization"_qs]);
    return a;
}

QList<IpSummary> IpSummaries::of(QSqlDatabase db)
{
    QList<IpSummary> result;
    QSqlQuery ips(db);
    ips.setForwardOnly(true);
    ips.exec(QStringLiteral(
        "SELECT e.client_ip, min(e.utc_ms), max(e.utc_ms), sum(e.class = 'lookup'), sum(e.class = 'communication'),"
        " sum(e.class = 'connection'), (SELECT json_group_array(DISTINCT h.normalized) FROM events x JOIN handles h"
        "  ON h.id = x.initiator_id WHERE x.client_ip = e.client_ip),"
        " (SELECT json_group_array(DISTINCT p.client_port) FROM events p WHERE p.client_ip = e.client_ip"
        "  AND p.client_port IS NOT NULL)"
        " FROM events e WHERE e.client_ip IS NOT NULL GROUP BY e.client_ip ORDER BY e.client_ip"));
    QSqlQuery geo(db);
    // Records are stored once per database and referenced; results written before schema 3 (or by
    // hand) carry their record inline.
    geo.prepare(QStringLiteral("SELECT d.file_name, d.database_type, d.build_epoch, r.status, coalesce(r.error, ''),"
                               " coalesce(g.record, r.record) FROM geo_results r JOIN geo_databases d ON d.id = r.database_id"
                               " LEFT JOIN geo_records g ON g.database_id = r.database_id AND g.record_offset = r.record_offset"
                               " WHERE r.ip = ? ORDER BY d.id"));
    while (ips.next()) {
        IpSummary s;
        s.ip = ips.value(0).toString();
        s.flags = IpAddressFlags::of(s.ip).flags;
        s.firstMs = ips.value(1).toLongLong();
        s.lastMs = ips.value(2).toLongLong();
        s.lookups = ips.value(3).toLongLong();
        s.communications = ips.value(4).toLongLong();
        s.connections = ips.value(5).toLongLong();
        for (const QJsonValue &h : QJsonDocument::fromJson(ips.value(6).toByteArray()).array())
            s.handles.append(h.toString());
        for (const QJsonValue &port : QJsonDocument::fromJson(ips.value(7).toByteArray()).array())
            s.ports.append(port.toInt());
        std::sort(s.ports.begin(), s.ports.end());
        geo.addBindValue(s.ip);
        if (geo.exec()) {
            while (geo.next())
                s.geo.append(answer(geo.value(0).toString(), geo.value(1).toString(), geo.value(2).toLongLong(),
                                    geo.value(3).toString(), geo.value(4).toString(),
                                    QJsonDocument::fromJson(geo.value(5).toByteArray()).object()));
        }
        addCaveats(s);
        result.append(s);
    }
    return result;
}

void IpSummaries::addCaveats(IpSummary &ip)
{
    const bool cgnat = ip.flags.contains(u"cgnat"_qs);
    const bool notPublic = !ip.flags.isEmpty() && !cgnat;
    for (GeoAnswer &a : ip.geo) {
        if (cgnat)
            a.caveats.append({u"cgnat"_qs, tr("carrier-grade NAT: many subscribers share this address; only the carrier "
                                              "can attribute it, from IP, port and exact time")});
        if (notPublic)
            a.caveats.append({u"not-public"_qs, tr("not a public address (%1): no database can place it")
                                                     .arg(ip.flags.join(QStringLiteral(", ")))});
        if (a.status == u"not-found")
            a.caveats.append({u"not-in-database"_qs, tr("this database has no entry for the address")});
        if (a.status == u"failed")
            a.caveats.append({u"lookup-failed"_qs, tr("the lookup failed: %1").arg(a.error)});
        if (a.status != u"found")
            continue;
        const bool hasPlace = a.latitude.has_value();
        if (hasPlace && (!a.city || a.accuracyRadiusKm.value_or(0) >= CountryOnlyRadiusKm))
            a.caveats.append({u"country-only"_qs, tr("country only — not a place")});
        const qint64 built = a.buildEpoch * 1000;
        if (qAbs(built - ip.firstMs) > StaleAfterMs || qAbs(built - ip.lastMs) > StaleAfterMs)
            a.caveats.append({u"database-age"_qs, tr("locations change; this database describes the address as of %1")
                                                      .arg(TimeFormat::isoUtc(built).left(10))});
    }
    // Two databases further apart than their accuracy radii allow disagree.
    for (int i = 0; i < ip.geo.size(); ++i) {
        for (int j = i + 1; j < ip.geo.size(); ++j) {
            GeoAnswer &a = ip.geo[i];
            GeoAnswer &b = ip.geo[j];
            if (!a.latitude || !b.latitude || !a.accuracyRadiusKm || !b.accuracyRadiusKm)
                continue;
            const double km = distanceKm(*a.latitude, *a.longitude, *b.latitude, *b.longitude);
            if (km <= *a.accuracyRadiusKm + *b.accuracyRadiusKm)
                continue;
            const QString words = tr("%1 and %2 place the address %3 km apart, more than their accuracy radii allow")
                                      .arg(a.database, b.database)
                                      .arg(qRound(km));
            a.caveats.append({u"disagreement"_qs, words});
            b.caveats.append({u"disagreement"_qs, words});
        }
    }
}
