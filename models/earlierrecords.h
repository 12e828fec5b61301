#pragma once

#include "eventrecord.h"
#include "shiftedrecords.h"
#include "numberedvalues.h"
#include "timesortedrecords.h"

#include <QHash>
#include <QHashFunctions>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <vector>

/// @brief A dry run's stand-in for the records of the job's files read before the one checked,
/// which an import would have stored by then: what the checks of records found elsewhere
/// (ShiftedRecords, RecordedTwice) look up in the case, kept in memory, a few dozen bytes a
/// record. Sources have ids below -1, apart from the case's and from a dry run's own (-1).
class EarlierRecords final
{
public:
    /// @brief (source id, UTC ms) of a record found.
    using Found = QPair<qint64, qint64>;

    /// @brief A source begins (a file, or a worksheet of a workbook): its id.
    qint64 startSource();
    /// @brief The source's own words, once it is read whole: only a source described is looked in.
    void describe(qint64 sourceId, const ShiftedRecords::OtherSource &source);
    /// @brief A record of the last source started, as it will be stored (not a duplicate).
    void add(const EventRecord &event);
    /// @brief The id the next source started will have.
    qint64 nextSource() const { return m_nextSource; }
    /// @brief Forgets the sources from @p sourceId on (a file that failed, a part read again).
    void forgetFrom(qint64 sourceId);

    /// @brief The source @p id as described, or null if none was.
    const ShiftedRecords::OtherSource *described(qint64 id) const;
    /// @brief Whether a source described but @p thisSourceId is one @p keep keeps.
    bool anyDescribed(qint64 thisSourceId,
                      const std::function<bool(const ShiftedRecords::OtherSource &)> &keep) const;
    /// @brief Records with @p probe's initiator, subtype, counterpart, client IP and device
    /// count, from @p fromMs to @p toMs.
    QList<Found> sameFields(const ShiftedRecords::Probe &probe, qint64 fromMs, qint64 toMs);
    /// @brief Communications between @p probe's initiator and counterpart of its subtype, from
    /// @p fromMs to @p toMs.
    QList<Found> communications(const ShiftedRecords::Probe &probe, qint64 fromMs, qint64 toMs);

private:
    static constexpr qint32 None = -1;
    /// A record's subtype, device count and class: a return holds few of these together.
    struct Kind
    {
        qint32 subtype = None;
        qint32 deviceCount = None;
        bool communication = false;
        bool operator==(const Kind &) const = default;
        friend size_t qHash(const Kind &kind, size_t seed) noexcept
        {
            return qHashMulti(seed, kind.subtype, kind.deviceCount, kind.communication);
        }
    };
    /// 24 bytes: the kind by its number in m_kinds (the three fields in the record made it 32,
    /// ten million records 80 MB more).
    struct Record
    {
        qint64 utcMs = 0;
        qint32 source = 0; ///< -id
        qint32 counterpart = None;
        qint32 clientIp = None;
        qint32 kind = 0; ///< in m_kinds
    };
    qint32 idOf(const QString &text);
    qint32 knownId(const QString &text) const;
    /// @brief The initiator's records from @p fromMs to @p toMs, sorted by time first if need be.
    std::pair<const Record *, const Record *> span(const QString &initiator, qint64 fromMs, qint64 toMs);

    using Records = TimeSortedRecords<Record>; ///< one initiator's

    QHash<QString, qint32> m_ids; ///< handles, addresses and subtypes, each given a number once
    QHash<qint32, Records> m_byInitiator;
    NumberedValues<Kind> m_kinds;
    QHash<qint64, ShiftedRecords::OtherSource> m_sources;
    qint64 m_nextSource = -2;
    bool m_sorted = true;
};
