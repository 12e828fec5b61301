#include "ipsummary.h"

#include "evidenceclass.h"
#include "ipaddressflags.h"
#include "sqlitestatement.h"
#include "timeformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
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
        if (ip.flags.contains(u"not-an-address"_qs)) {
            places.insert(ip.ip, tr("not an IP address"));
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

namespace {

/// What the events say of one address, gathered in one pass.
struct IpTally
{
    IpSummary summary;
    QHash<qint64, std::pair<qint64, qint64>> firstUse; ///< handle → (time, event id) of its first event here
    QSet<int> ports;
    QSet<QByteArray> otherWritings;
};

QHash<QByteArray, IpTally> tallyByIp(QSqlDatabase db)
{
    // One sequential pass: grouping by address through events_by_client_ip read each event's
    // class, handle and port from the table at random, three times over (15 s for 1M events,
    // against under a second).
    QHash<QByteArray, IpTally> tallies;
    SqliteStatement scan;
    const QByteArray sql = QByteArray("SELECT client_ip, id, utc_ms, ") + evidenceClassValueSql()
                           + ", initiator_id, client_port, client_ip_raw FROM events WHERE client_ip IS NOT NULL";
    if (!scan.prepare(SqliteStatement::handleOf(db), sql.constData()))
        return tallies;
    while (scan.next()) {
        IpTally &t = tallies[scan.columnUtf8(0)];
        const qint64 id = scan.columnInt64(1);
        const qint64 utcMs = scan.columnInt64(2);
        const auto cls = EvidenceClass(scan.columnInt64(3));
        IpSummary &s = t.summary;
        const bool first = s.lookups + s.communications + s.connections == 0;
        s.firstMs = first ? utcMs : qMin(s.firstMs, utcMs);
        s.lastMs = first ? utcMs : qMax(s.lastMs, utcMs);
        ++(cls == EvidenceClass::Lookup          ? s.lookups
           : cls == EvidenceClass::Communication ? s.communications
                                                 : s.connections);
        const auto use = std::make_pair(utcMs, id);
        auto seen = t.firstUse.find(scan.columnInt64(4));
        if (seen == t.firstUse.end())
            t.firstUse.insert(scan.columnInt64(4), use);
        else if (use < *seen)
            *seen = use;
        if (!scan.columnIsNull(5))
            t.ports.insert(int(scan.columnInt64(5)));
        if (!scan.columnIsNull(6))
            t.otherWritings.insert(scan.columnUtf8(6));
    }
    scan.reset();
    return tallies;
}

QHash<qint64, QString> handleNames(QSqlDatabase db)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, normalized FROM handles"));
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

/// The handles that used the address, in the order they first did.
QStringList handlesInOrderOfFirstUse(const IpTally &tally, const QHash<qint64, QString> &names)
{
    QList<std::pair<std::pair<qint64, qint64>, qint64>> uses;
    for (auto it = tally.firstUse.cbegin(); it != tally.firstUse.cend(); ++it)
        uses.append({it.value(), it.key()});
    std::sort(uses.begin(), uses.end());
    QStringList handles;
    for (const auto &use : uses)
        handles.append(names.value(use.second));
    return handles;
}

/// The case's GeoIP databases, ids and file names, in the order they were added.
QList<std::pair<qint64, QString>> databasesOf(QSqlDatabase db)
{
    QList<std::pair<qint64, QString>> databases;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id, file_name FROM geo_databases ORDER BY id"));
    while (query.next())
        databases.append({query.value(0).toLongLong(), query.value(1).toString()});
    return databases;
}

} // namespace

QList<IpSummary> IpSummaries::of(QSqlDatabase db)
{
    QHash<QByteArray, IpTally> tallies = tallyByIp(db);
    const QHash<qint64, QString> names = handleNames(db);
    QList<QByteArray> ips = tallies.keys();
    std::sort(ips.begin(), ips.end()); // byte order, as SQLite orders text
    QList<IpSummary> result;
    for (const QByteArray &ip : std::as_const(ips)) {
        IpTally &tally = tallies[ip];
        IpSummary s = std::move(tally.summary);
        s.ip = QString::fromUtf8(ip);
        s.handles = handlesInOrderOfFirstUse(tally, names);
        s.ports = QList<int>(tally.ports.cbegin(), tally.ports.cend());
        std::sort(s.ports.begin(), s.ports.end());
        QList<QByteArray> writings(tally.otherWritings.cbegin(), tally.otherWritings.cend());
        std::sort(writings.begin(), writings.end());
        for (const QByteArray &writing : std::as_const(writings))
            s.otherWritings.append(QString::fromUtf8(writing));
        result.append(std::move(s));
    }
    locate(db, result);
    return result;
}

void IpSummaries::locate(QSqlDatabase db, QList<IpSummary> &summaries)
{
    QSqlQuery geo(db);
    // Records are stored once per database and referenced; results written before schema 3 (or by
    // hand) carry their record inline.
    geo.prepare(QStringLiteral(
        "SELECT d.file_name, d.database_type, d.build_epoch, r.status, coalesce(r.error, ''),"
        " coalesce(g.record, r.record), d.id FROM geo_results r JOIN geo_databases d ON d.id = "
        "r.database_id"
        " LEFT JOIN geo_records g ON g.database_id = r.database_id AND g.record_offset = "
        "r.record_offset"
        " WHERE r.ip = ? ORDER BY d.id"));
    const QList<std::pair<qint64, QString>> databases = databasesOf(db);
    for (IpSummary &s : summaries) {
        s.flags = IpAddressFlags::of(s.ip).flags;
        s.geo.clear();
        s.notLookedUpIn.clear();
        QSet<qint64> answered;
        geo.addBindValue(s.ip);
        if (geo.exec()) {
            while (geo.next()) {
                s.geo.append(answer(geo.value(0).toString(), geo.value(1).toString(), geo.value(2).toLongLong(),
                                    geo.value(3).toString(), geo.value(4).toString(),
                                    QJsonDocument::fromJson(geo.value(5).toByteArray()).object()));
                answered.insert(geo.value(6).toLongLong());
            }
        }
        for (const auto &[id, name] : databases) {
            if (!answered.contains(id))
                s.notLookedUpIn.append(name);
        }
        addCaveats(s);
    }
}

QString IpSummaries::cgnatCaveat()
{
    return tr("carrier-grade NAT: many subscribers share this address; only the carrier can "
              "attribute it, from IP, port and exact time");
}

QString IpSummaries::notLookedUpText(const IpSummary &ip)
{
    if (ip.notLookedUpIn.isEmpty())
        return {};
    return tr("Not looked up in %1, added before the address was imported: LookupLens looks new "
              "addresses up in a database while its file is where it was added and unchanged.")
        .arg(ip.notLookedUpIn.join(QStringLiteral(", ")));
}

void IpSummaries::addCaveats(IpSummary &ip)
{
    const bool cgnat = ip.flags.contains(u"cgnat"_qs);
    const bool notAnAddress = ip.flags.contains(u"not-an-address"_qs);
    const bool notPublic = !ip.flags.isEmpty() && !cgnat && !notAnAddress;
    for (GeoAnswer &a : ip.geo) {
        if (notAnAddress) { // the lookup "failed" for this reason alone: said once
            a.caveats.append({u"not-an-address"_qs, tr("not an IP address: the record holds \"%1\", which no database "
                                                       "can place").arg(ip.ip)});
            continue;
        }
        if (cgnat)
            a.caveats.append({u"cgnat"_qs, cgnatCaveat()});
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
            const QString words =
                tr("%1 and %2 place the address %3 km apart, more than their accuracy radii allow")
                    .arg(a.database, b.database, QString::number(qRound(km)));
            a.caveats.append({u"disagreement"_qs, words});
            b.caveats.append({u"disagreement"_qs, words});
        }
    }
}
