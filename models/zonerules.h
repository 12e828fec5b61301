#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// @brief The tz database's rules a file's local times were turned into UTC by. Qt reads a zone's
/// rules (its offsets, its daylight-saving dates) from the system's tz database, which changes
/// with its releases: a zone's rules are corrected for past years, or a country ends its summer
/// time (Mexico in 2022). The same local time read on two machines, or on one before and after
/// an update, may so give two UTC times; the database's version read with a source is what a
/// defence expert checks its times against.
class ZoneRules final
{
public:
    /// @brief The version of the tz database Qt reads the zones' rules from ("2025b"), as the
    /// database's own text form states it; empty where that is not installed.
    static QString databaseVersion();
    /// @brief The zone of the database whose rules a time read in @p zoneUsed (as
    /// EventRecord::timeZone has it: "America/New_York (EDT)") was read or checked by; empty for
    /// UTC, a fixed offset or a zone with no rules but its offset.
    static QString ruledZone(const QString &zoneUsed);
    /// @brief Whether a time read in @p zoneUsed had its offset written beside its zone (Java's
    /// "…-04:00[America/New_York]", kept as "America/New_York (-04:00)"): the offset read it,
    /// the zone's rules only checked that offset.
    static bool offsetWritten(const QString &zoneUsed);
    /// @brief The database's version, where @p zones were read by its rules; empty for none.
    static QString versionFor(const QStringList &zones);
    /// @brief As a source's metadata keeps it ("zone_rules"): the database's version, the
    /// @p zones read by its rules and the @p checkedZones whose rules only checked offsets
    /// written ("zones_checked", where any); empty for none.
    static QJsonObject metadata(const QStringList &zones, const QStringList &checkedZones = {});
};
