#pragma once

#include <QJsonObject>
#include <QSet>
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
    /// @p zones read by its rules, none or some, and the @p checkedZones whose rules only checked
    /// offsets written ("zones_checked", where any). Kept by every source imported since sources
    /// kept it, so that one whose times no rules read is told from one imported before.
    static QJsonObject metadata(const QStringList &zones, const QStringList &checkedZones = {});
};

/// @brief The zones of the tz database whose rules read or checked a file's times, noted as its
/// times are read.
class ZonesRead final
{
public:
    /// @brief Notes a time read in @p zoneUsed (as EventRecord::timeZone has it).
    void note(const QString &zoneUsed);
    /// @brief The zones whose rules read a time (ZoneRules::ruledZone), in the order met.
    const QStringList &ruled() const { return m_ruled; }
    /// @brief Those whose rules only checked an offset written beside them.
    const QStringList &checked() const { return m_checked; }
    bool any() const { return !m_ruled.isEmpty() || !m_checked.isEmpty(); }
    QJsonObject metadata() const { return ZoneRules::metadata(m_ruled, m_checked); }

private:
    QString m_last;       ///< the zone the last time was read in
    QSet<QString> m_seen; ///< every zone a time was read in
    QStringList m_ruled;
    QStringList m_checked;
};
