#pragma once

#include "eventrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class OtherRecords;

/// @brief Records of a file that another source of the case holds in every field but their
/// time, which differs by whole quarter hours: the same records read in two zones (one declared
/// wrongly, or a provider that changed the zone it writes in). A duplicate is known by its time,
/// so such records are not joined: they stand twice in the case, and nothing else would say so.
/// A sample of the file's records is looked for in the case at each shift up to 26 hours, and,
/// where one of the two files' day/month order was declared rather than settled from the data,
/// at its date with day and month swapped (03/04 read as 4 March in one, 3 April in the other).
class ShiftedRecords final
{
    Q_DECLARE_TR_FUNCTIONS(ShiftedRecords)
public:
    /// @brief One record's fields as the case would hold them (handles normalised).
    struct Probe
    {
        QString subtype;
        qint64 utcMs = 0;
        QString initiator;
        QString counterpart; ///< empty for a connection
        QString clientIp;    ///< as the case stores the address
        std::optional<int> deviceCount;
        QString zone; ///< the zone its time was read in (EventRecord::timeZone)
        bool communication = false;
    };

    /// @brief How a file's dates like 03/04/2016 were read, as sources.metadata keeps it.
    struct DateOrderRead
    {
        QString order; ///< "dmy", "mdy", or empty: no such date was read
        QString from;  ///< "declared by analyst", "settled from the data", ...
        bool declared() const { return !order.isEmpty() && !from.startsWith(u"settled"); }
    };

    static constexpr qint64 QuarterHourMs = 15 * 60 * 1000;   ///< the step of zones' offsets
    static constexpr qint64 MostShiftMs = 26 * 60 * 60 * 1000; ///< zones run from UTC-12 to UTC+14

    /// @brief Another source of the case, as the checks name it and choose among them.
    struct OtherSource
    {
        QString name;
        QString format;
        QString zone;
        bool zoneDeclared = false;
        DateOrderRead dateOrder;
        QString zoneRules; ///< the tz database's version its local times were read by (ZoneRules)
    };

    /// @brief An even sample of a file's records as they are read: every k-th, k doubling each
    /// time the sample is full, so that it spans the whole file whatever its length.
    class Sample
    {
    public:
        static constexpr int Size = 256;
        void offer(const EventRecord &event);
        const QList<Probe> &probes() const { return m_probes; }
        /// @brief Whether a record sampled had a date that reads two ways (03/04/2016): only
        /// then can the day/month order declared for the file be a slip.
        bool datesReadTwoWays() const { return m_datesReadTwoWays; }

    private:
        QList<Probe> m_probes;
        bool m_datesReadTwoWays = false;
        qint64 m_offered = 0;
        qint64 m_stride = 1;
    };

    /// @brief The other source whose records the sample finds shifted, and by how much.
    struct Finding
    {
        QString sourceName;
        qint64 sourceId = -1; ///< the other source's in the case; an earlier file's of a dry run below -1
        QString sourceZone;
        bool sourceZoneDeclared = false;
        QList<qint64> shiftsMs; ///< this file's time minus the other's; one, or two an hour apart
        int matched = 0;        ///< records of the sample found at those shifts
        int checked = 0;        ///< records in the sample
        /// Found with day and month swapped (shiftsMs then empty): one record's date here and
        /// there as an example, and how each file's dates were read.
        bool datesSwapped = false;
        QString exampleHere;
        QString exampleThere;
        DateOrderRead dateOrder;
        DateOrderRead sourceDateOrder;
        /// The tz database's versions each file's local times were read by (ZoneRules), where
        /// both were: two give the same local time two UTC times where a zone's rules changed.
        QString zoneRules;
        QString sourceZoneRules;
        bool readByOtherRules() const;

        /// @brief As the source's metadata keeps it ("shifted_records"), so its description can
        /// say it again in the language of the day.
        QJsonObject toJson() const;
        static std::optional<Finding> fromJson(const QJsonObject &json);
    };

    /// @brief Looks for @p probes (records of format @p formatId) in @p others; @p dateOrder
    /// is how the file's dates were read.
    static std::optional<Finding> find(OtherRecords &others, const QString &formatId, const QList<Probe> &probes,
                                       const DateOrderRead &dateOrder = {});
    /// @brief Of the probes found at each shift (0: at the same time), the shift or shifts that
    /// read as the same records in another zone, with how many were found there: enough of them,
    /// at one shift or at two an hour apart (a zone with summer time against one without), four
    /// times as many as at any other and more than at the same time. None otherwise.
    static std::optional<QPair<QList<qint64>, int>> consistentShift(const QMap<qint64, int> &byShift);
    /// @brief "2 h earlier", "4 h later or 5 h later".
    static QString shiftsText(const QList<qint64> &shiftsMs);
    /// @brief How a source's times were read: in @p zone as sources.time_zone keeps it, declared
    /// on import or stated by the file.
    static QString zonePhrase(const QString &zone, bool declared);
    /// @brief The warning for @p finding, of a file read in @p zone (declared or not): what was
    /// found and what follows, in an import or (@p beforeImport) in its dry run.
    static QString warning(const Finding &finding, const QString &zone, bool zoneDeclared, bool beforeImport = false);
    /// @brief Where @p finding's records were found, and how each file was read.
    static QString found(const Finding &finding, const QString &zone, bool zoneDeclared);
    /// @brief What follows for the records found, and what to do about it.
    static QString consequence(const Finding &finding, bool beforeImport);

private:
    static QString shiftText(qint64 shiftMs);
};
