#include "geofields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString name(const QJsonValue &v)
{
    return v[u"names"_qs][u"en"_qs].toString();
}

QString isoAndName(const QJsonValue &v)
{
    if (!v.isObject())
        return {};
    return QStringLiteral("%1 %2").arg(v[u"iso_code"_qs].toString(), name(v)).trimmed();
}

QString yesNo(const QJsonObject &r, const QString &key)
{
    // Anonymous-IP databases omit false flags: a found record without the key means "no".
    return r.value(key).toBool() ? GeoFields::tr("yes") : GeoFields::tr("no");
}

QString value(const QJsonObject &r, const QString &key)
{
    if (key == u"country")
        return isoAndName(r[u"country"_qs]);
    if (key == u"registered_country")
        return isoAndName(r[u"registered_country"_qs]);
    if (key == u"represented_country") {
        const QString words = isoAndName(r[u"represented_country"_qs]);
        const QString type = r[u"represented_country"_qs][u"type"_qs].toString();
        return type.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(words, type);
    }
    if (key == u"subdivisions") {
        QStringList parts;
        for (const QJsonValue &s : r[u"subdivisions"_qs].toArray())
            parts.append(isoAndName(s));
        return parts.join(QStringLiteral("; "));
    }
    if (key == u"city")
        return name(r[u"city"_qs]);
    if (key == u"postal")
        return r[u"postal"_qs][u"code"_qs].toString();
    const QJsonValue location = r[u"location"_qs];
    if (key == u"latitude" || key == u"longitude")
        return location[key].isDouble() ? QString::number(location[key].toDouble(), 'f', 4) : QString();
    if (key == u"accuracy_radius")
        return location[u"accuracy_radius"_qs].isDouble() ? QString::number(location[u"accuracy_radius"_qs].toInt()) : QString();
    if (key == u"time_zone")
        return location[u"time_zone"_qs].toString();
    if (key == u"asn")
        return r[u"autonomous_system_number"_qs].isDouble()
                   ? QStringLiteral("AS%1").arg(r[u"autonomous_system_number"_qs].toInteger()) : QString();
    if (key == u"as_organization")
        return r[u"autonomous_system_organization"_qs].toString();
    if (key == u"isp" || key == u"organization" || key == u"connection_type" || key == u"domain")
        return r.value(key).toString();
    if (key.startsWith(u"is_"))
        return yesNo(r, key);
    return {};
}

} // namespace

QList<GeoFields::Field> GeoFields::fields()
{
    return {{u"country"_qs, tr("Country")},
            {u"registered_country"_qs, tr("Registered country")},
            {u"represented_country"_qs, tr("Represented country")},
            {u"subdivisions"_qs, tr("Subdivisions")},
            {u"city"_qs, tr("City")},
            {u"postal"_qs, tr("Postal code")},
            {u"latitude"_qs, tr("Latitude")},
            {u"longitude"_qs, tr("Longitude")},
            {u"accuracy_radius"_qs, tr("Accuracy radius (km)")},
            {u"time_zone"_qs, tr("Time zone")},
            {u"asn"_qs, tr("ASN")},
            {u"as_organization"_qs, tr("AS organisation")},
            {u"isp"_qs, tr("ISP")},
            {u"organization"_qs, tr("Organisation")},
            {u"connection_type"_qs, tr("Connection type")},
            {u"domain"_qs, tr("Domain")},
            {u"is_anonymous"_qs, tr("Anonymiser")},
            {u"is_anonymous_vpn"_qs, tr("Anonymous VPN")},
            {u"is_hosting_provider"_qs, tr("Hosting provider")},
            {u"is_public_proxy"_qs, tr("Public proxy")},
            {u"is_residential_proxy"_qs, tr("Residential proxy")},
            {u"is_tor_exit_node"_qs, tr("Tor exit node")}};
}

bool GeoFields::carries(const QString &type, const QString &key)
{
    const bool city = type.contains(u"City");
    const bool country = city || type.contains(u"Country");
    const bool isp = type.contains(u"ISP");
    if (key == u"country" || key == u"registered_country" || key == u"represented_country")
        return country;
    if (key == u"subdivisions" || key == u"city" || key == u"postal" || key == u"latitude" || key == u"longitude"
        || key == u"accuracy_radius" || key == u"time_zone")
        return city;
    if (key == u"asn" || key == u"as_organization")
        return type.contains(u"ASN") || isp;
    if (key == u"isp" || key == u"organization")
        return isp;
    if (key == u"connection_type")
        return type.contains(u"Connection-Type");
    if (key == u"domain")
        return type.contains(u"Domain");
    if (key.startsWith(u"is_"))
        return type.contains(u"Anonymous");
    return false;
}

GeoFields::Cell GeoFields::cell(const GeoAnswer &answer, const QString &key)
{
    if (!carries(answer.databaseType, key))
        return {State::NotCarried, tr("not in this database")};
    if (answer.status == u"failed")
        return {State::NoAnswer, tr("lookup failed")};
    if (answer.status != u"found") {
        // An anonymiser database without an entry lists the address as none of its kinds.
        if (key.startsWith(u"is_"))
            return {State::Value, tr("no (not listed)")};
        return {State::NoAnswer, tr("no entry")};
    }
    const QString text = value(answer.record, key);
    if (text.isEmpty())
        return {State::Empty, tr("—")};
    return {State::Value, text};
}
