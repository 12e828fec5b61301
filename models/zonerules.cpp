#include "zonerules.h"

#include "timestampparser.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

/// The version the database's text form states on its first line: "# version 2025b".
QString versionIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray first = file.readLine(256).trimmed();
    const QByteArray prefix = "# version ";
    return first.startsWith(prefix) ? QString::fromLatin1(first.mid(prefix.size())).trimmed()
                                    : QString();
}

} // namespace

QString ZoneRules::databaseVersion()
{
    // Where Qt itself reads the zones from (it takes no TZDIR): Debian's tzdata package installs
    // its text form beside the compiled zones.
    static const QString version = [] {
        const QString shared = versionIn(QStringLiteral("/usr/share/zoneinfo/tzdata.zi"));
        return shared.isEmpty() ? versionIn(QStringLiteral("/usr/lib/zoneinfo/tzdata.zi")) : shared;
    }();
    return version;
}

QString ZoneRules::ruledZone(const QString &zoneUsed)
{
    const QString id = zoneUsed.section(u' ', 0, 0); // "America/New_York (EDT)"
    if (id.isEmpty() || id == u"UTC" || id.startsWith(u'+') || id.startsWith(u'-'))
        return {};
    // Qt's hasTransitions() is true of any zone read from the database, Etc/GMT+5 too: a zone has
    // rules where its offset ever changed.
    const std::optional<QTimeZone> zone = TimestampParser::zoneFromDeclaration(id);
    const QDateTime beforeAnyRecord(QDate(1800, 1, 1), QTime(0, 0), QTimeZone::utc());
    return zone && zone->isValid() && zone->nextTransition(beforeAnyRecord).atUtc.isValid()
               ? id
               : QString();
}

bool ZoneRules::offsetWritten(const QString &zoneUsed)
{
    // Only Java's zone after an offset keeps the offset ISO 8601's way, colon and all, as its
    // label: the database's own abbreviations are letters or numbers without one ("+04", "+0530").
    static const QRegularExpression written(
        QStringLiteral("^\\S+ \\((?:UTC|[+-]\\d{2}:\\d{2})\\)$"));
    return written.match(zoneUsed).hasMatch() && !ruledZone(zoneUsed).isEmpty();
}

QString ZoneRules::versionFor(const QStringList &zones)
{
    return zones.isEmpty() ? QString() : databaseVersion();
}

QJsonObject ZoneRules::metadata(const QStringList &zones, const QStringList &checkedZones)
{
    QJsonObject rules{{QStringLiteral("tz_database"), databaseVersion()},
                      {QStringLiteral("zones"), QJsonArray::fromStringList(zones)}};
    if (!checkedZones.isEmpty())
        rules.insert(QStringLiteral("zones_checked"), QJsonArray::fromStringList(checkedZones));
    return rules;
}

void ZonesRead::note(const QString &zoneUsed)
{
    if (zoneUsed == m_last) // a file's times are read in a zone or a handful
        return;
    m_last = zoneUsed;
    if (m_seen.contains(zoneUsed))
        return;
    m_seen.insert(zoneUsed);
    const QString zone = ZoneRules::ruledZone(zoneUsed);
    QStringList &zones = ZoneRules::offsetWritten(zoneUsed) ? m_checked : m_ruled;
    if (!zone.isEmpty() && !zones.contains(zone))
        zones.append(zone);
}
