#pragma once

#include "timestampparser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

class QSqlQuery;

/// @brief Whether this machine's tz database reads a case's local times as the release that read
/// them on import did (ZoneRules). Each event of a source read by another release (or by one
/// not recorded, before sources kept it) whose zone has rules is read again from its time as
/// written, in that zone, the source's day/month order and format: where a zone's rules changed
/// between the releases (a summer time ended, an offset corrected), the same local time gives
/// another UTC time, or none (a summer time begun skips it), the event stands at the wrong
/// moment, and a record of a return imported now is not known as its duplicate. A time written
/// with its UTC offset beside its zone (Java's "…-04:00[America/New_York]") is read by the offset,
/// the zone's rules only checking it: its offset is checked again, as an import now would (one the
/// rules no longer give the zone at that moment refuses the row). Nothing is written.
class ZoneRulesCheck final
{
    Q_DECLARE_TR_FUNCTIONS(ZoneRulesCheck)
public:
    /// @brief An event whose time reads otherwise now.
    struct Otherwise
    {
        int line = 0;
        QString timeRaw;
        QString zone;
        qint64 thenUtcMs = 0;
        std::optional<qint64> nowUtcMs; ///< none where this release's rules skip the time
        /// The label the time was written with ("CDT") where this release's rules no longer
        /// call the zone so at that date (no moment now either); empty otherwise.
        QString labelRefused;
    };
    /// @brief A time written with its UTC offset beside its zone whose offset this release's
    /// rules no longer give the zone at its moment: the moment stands (the offset read it), but
    /// an import now refuses the row.
    struct OffsetNotTheZones
    {
        int line = 0;
        QString timeRaw;
        QString zone; ///< as the event keeps it: "America/New_York (-05:00)"
        qint64 utcMs = 0;
        int zoneOffsetNowS = 0; ///< the offset this release's rules give the zone at that moment
    };
    /// @brief One source read by another release than this machine's.
    struct Source
    {
        qint64 id = 0;
        QString fileName;
        QString release;      ///< the release that read it; empty where none was recorded
        qint64 checked = 0;   ///< its local times read again
        qint64 otherwise = 0; ///< of them, read at another moment now
        /// Times not read again alone: a shape only the file settles (a spreadsheet's cells),
        /// or read now days apart, which no change of rules makes.
        qint64 notReadAgain = 0;
        QList<Otherwise> firstOtherwise; ///< the first few, in the order of the file
        qint64 offsetsChecked = 0;       ///< times written with their offset beside their zone
        qint64 offsetsNotTheZones = 0;   ///< of them, whose offset is the zone's no more
        QList<OffsetNotTheZones> firstOffsetsNotTheZones; ///< the first few
    };
    struct Result
    {
        QString release; ///< this machine's (ZoneRules::databaseVersion())
        QList<Source> sources;
        qint64 otherwise() const;
        qint64 offsetsChecked() const;
        qint64 offsetsNotTheZones() const;
    };

    /// @brief Reads again the local times of the sources of @p db's case that another release
    /// read. @p goOn is told the share of their events read so far, every few thousand; false
    /// stops the check (nullopt).
    static std::optional<Result> check(const QSqlDatabase &db,
                                       const std::function<bool(double)> &goOn = {});
    /// @brief One line per source checked, then a line of the whole: plain words, as the
    /// command line prints them.
    static QStringList lines(const Result &result);
    /// @brief As `verify --json` keeps it ("zone_rules").
    static QJsonObject toJson(const Result &result);
    /// @brief Adds to a check's audit record how many local times read otherwise
    /// ("zone_rules_read_otherwise") and, where any offset written beside its zone was checked
    /// again, how many are the zone's no more ("zone_rules_offsets_not_the_zones").
    static void addToAuditRecord(QJsonObject *record, const Result &result);

private:
    /// @brief A source to read again, as the case keeps it.
    struct SourceRow
    {
        Source source;
        QJsonObject metadata;
        QString formatId;
    };
    /// @brief The events read again so far, of how many, and whom to tell.
    struct Progress
    {
        const std::function<bool(double)> &goOn;
        qint64 total = 0;
        qint64 done = 0;
        bool step(); ///< one event more; false: stop
    };
    /// @brief How one time reads now against the moment stored.
    struct Reading
    {
        enum Kind
        {
            Same,
            Otherwise,
            NotReadAgain
        } kind;
        std::optional<qint64> utcMs; ///< none where the zone has no such time now
        QString labelRefused;        ///< see Otherwise::labelRefused
    };
    /// @brief How the times kept in one zone are read again.
    struct InZone
    {
        std::optional<TimestampParser> parser; ///< where the zone's rules read them
        std::optional<QTimeZone> checking;     ///< where the rules only checked the offset written
        int offsetWrittenS = 0;                ///< that offset
    };
    static InZone inZone(const QString &zoneUsed, DateOrder order, const QString &format);
    /// @brief Checks again the offset of one time written beside its zone (@p in.checking).
    static void checkOffset(Source &source, const InZone &in, const QSqlQuery &event);
    static QList<SourceRow> sourcesToRead(const QSqlDatabase &db, const QString &release);
    static qint64 eventCount(const QSqlDatabase &db, qint64 sourceId);
    /// @brief Reads @p source's events again; false where @p progress was told to stop.
    static bool readAgain(const QSqlDatabase &db, Source &source, const QJsonObject &metadata,
                          const QString &formatId, Progress &progress);
    /// @brief @p raw, read in @p zoneUsed ("America/Chicago (CDT)") as @p inZone reads it,
    /// against the moment @p then stored.
    static Reading readNow(const TimestampParser &inZone, const TimestampParser &asUtc,
                           const QString &raw, const QString &zoneUsed, qint64 then);
    static QString sourceLine(const Source &source, const QString &release);
    /// @brief What reading the local times of @p source again found, for its line.
    static QString localTimesText(const Source &source, const QString &release);
    /// @brief What checking its offsets written beside their zone again found, for its line.
    static QString offsetsText(const Source &source, const QString &release);
    /// @brief "line 2 "…": America/New_York is at -04:00 at …, not -05:00".
    static QString offsetNotTheZonesText(const OffsetNotTheZones &time);
    /// @brief "line 10 "…" in America/New_York, … then, … now", or why there is no moment now.
    static QString otherwiseText(const Otherwise &time);
};
