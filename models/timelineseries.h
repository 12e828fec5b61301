#pragma once

#include "evidenceclass.h"
#include "sourceperiods.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <optional>

/// @brief One event of a handle's timeline: when, which class, which way, with whom.
struct TimelinePoint
{
    qint64 utcMs = 0;
    EvidenceClass evidenceClass = EvidenceClass::Lookup;
    bool made = true;       ///< the handle initiated it (made the lookup or call); false: received
    int counterpart = -1;   ///< index into TimelineData::counterparts; -1 for connections
    qint64 eventId = 0;
    /// Index into TimelineData::ips when the event counts towards its IP's lane (the handle's own
    /// request or connection), else -1.
    int ip = -1;
    bool marked = false; ///< the analyst marked the event (event_marks)
    /// The event names a client IP: the handle's own (see ip) or, for one it received, the other
    /// party's.
    bool hasClientIp = false;
};

/// @brief A client IP the handle used, from first to last seen, with counts split by class.
struct TimelineIp
{
    QString ip;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    std::array<qint64, 3> counts{}; ///< by int(EvidenceClass)
};

/// @brief Everything a timeline of one or more handles draws: plain values, built off the GUI
/// thread, no Qt Widgets or QCustomPlot types.
struct TimelineData
{
    QList<qint64> handleIds;
    QStringList handles;      ///< normalised forms, as shown
    QStringList handleKinds;  ///< by handle: its handleKindKey()
    QList<TimelinePoint> points; ///< in time order
    QStringList counterparts; ///< normalised forms
    QStringList counterpartKinds; ///< by counterpart: its handleKindKey() ("withheld", "masked": no one party)
    QList<TimelineIp> ips;    ///< in order of first use
    std::array<qint64, 3> counts{};
    /// The stretches of time between the periods of the sources these events come from (see
    /// SourcePeriods): that no event falls in one does not show that nothing happened then.
    QList<PeriodGap> gaps;
    QHash<qint64, QString> sourceNames; ///< the gaps' sources, by id: their names as shown

    /// @brief The handles for a title or a figure's description: every one up to three, else the
    /// first two and how many more ("+1…, +1… and 39 more handles"); a list of forty read as noise.
    QString handlesText() const;
};

/// @brief Counts of one time bin, split by class.
struct TimelineBin
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    std::array<qint64, 3> counts{};
};

enum class BinSize { Hour, Day, Week };

/// @brief Builds timeline series from a case and bins them in a display zone.
/// Thread affinity: build() on the thread owning @p db; the rest is pure.
class TimelineSeries final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineSeries)
public:
    /// @brief The events in which any of @p handleIds is initiator or counterpart, optionally
    /// limited to [fromMs, toMs).
    static TimelineData build(QSqlDatabase db, const QList<qint64> &handleIds, std::optional<qint64> fromMs = {},
                              std::optional<qint64> toMs = {});
    /// @brief The bin size that keeps a span readable: hours up to 3 days, days up to ~4 months.
    static BinSize binSizeFor(qint64 spanMs);
    /// @brief Where the bin holding @p utcMs starts: local midnight (or Monday midnight, or the
    /// hour) in @p zone, so bins follow the display zone across DST changes.
    static qint64 binStart(qint64 utcMs, BinSize size, const QTimeZone &zone);
    static qint64 nextBinStart(qint64 binStartMs, BinSize size, const QTimeZone &zone);
    /// @brief Counts per class for the bins covering [fromMs, toMs); empty bins included.
    static QList<TimelineBin> bins(const QList<TimelinePoint> &points, qint64 fromMs, qint64 toMs, BinSize size,
                                   const QTimeZone &zone);
    /// @brief Counts per class by weekday (0 = Monday) and hour of day in @p zone.
    static std::array<std::array<std::array<qint64, 24>, 7>, 3> weekHourCounts(const QList<TimelinePoint> &points,
                                                                               const QTimeZone &zone);
    /// @brief The ids of the points of @p evidenceClass in [fromMs, toMs): a time bin's events.
    static QList<qint64> eventIds(const QList<TimelinePoint> &points, qint64 fromMs, qint64 toMs, EvidenceClass evidenceClass);
    /// @brief The ids of every point, in time order.
    static QList<qint64> eventIds(const QList<TimelinePoint> &points);
    /// @brief The ids of the points of @p evidenceClass on @p weekday (0 = Monday) in @p hour, in
    /// @p zone: one cell of weekHourCounts().
    static QList<qint64> weekHourEventIds(const QList<TimelinePoint> &points, const QTimeZone &zone, EvidenceClass evidenceClass,
                                          int weekday, int hour);
    /// @brief The ids of the points counted in the lane of TimelineData::ips[@p ip].
    static QList<qint64> ipEventIds(const QList<TimelinePoint> &points, int ip);
    /// @brief Index range [first, last) of points within [fromMs, toMs) (points in time order).
    static QPair<int, int> indexRange(const QList<TimelinePoint> &points, qint64 fromMs, qint64 toMs);
};
