#pragma once

#include "earlierrecords.h"
#include "handleids.h"
#include "jobrecords.h"
#include "shiftedrecords.h"
#include "windowedrecords.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

/// @brief The records of the sources other than a file's own that the checks of records found
/// elsewhere (ShiftedRecords, RecordedTwice) look in: the case's, through its indexes, and in a
/// dry run those of the job's files read before (EarlierRecords), which an import would have
/// stored by then. Each look-up gives (source id, UTC ms) of the records found, of any source
/// but the file's own.
class OtherRecords final
{
public:
    using Found = EarlierRecords::Found;
    using Probe = ShiftedRecords::Probe;

    /// @param db the case, or an invalid database where there is none yet (a dry run).
    /// @param thisSourceId the file's own source: in the case, or in @p earlier; -1 for none.
    /// @param earlier a dry run's files read before, or none.
    /// @param job a bulk import's records, which readAround() may bring up to date and look
    /// in rather than the case (WindowedRecords says when); or none.
    OtherRecords(const QSqlDatabase &db, qint64 thisSourceId, EarlierRecords *earlier = nullptr, JobRecords *job = nullptr);

    /// @brief Reads the case's records within @p reachMs of @p probes at once, where the case
    /// lacks the index the look-ups below go by (a bulk import): they are then answered from
    /// memory where they fall within that reach. Where the index is there, does nothing.
    void readAround(const QList<Probe> &probes, qint64 reachMs);
    /// @brief The other sources, by id: the case's and the earlier files'.
    const QHash<qint64, ShiftedRecords::OtherSource> &sources() const { return m_sources; }
    /// @brief Records with @p probe's fields but its time, at whole quarter hours up to
    /// ShiftedRecords::MostShiftMs from it, its own time included.
    QList<Found> atQuarterHours(const Probe &probe);
    /// @brief Records with @p probe's fields but its time, at @p ms or a day before or after it.
    QList<Found> atAndADayFrom(const Probe &probe, qint64 ms);
    /// @brief Communications between @p probe's initiator and counterpart, of its subtype,
    /// from @p fromMs to @p toMs.
    QList<Found> communications(const Probe &probe, qint64 fromMs, qint64 toMs);

private:
    static constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
    /// @brief The case's part of each look-up above.
    QList<Found> inCaseAtQuarterHours(const Probe &probe);
    QList<Found> inCaseAtAndADayFrom(const Probe &probe, qint64 ms);
    QList<Found> inCaseCommunications(const Probe &probe, qint64 fromMs, qint64 toMs);
    /// @brief The case's ids of @p probe's handles; false where the case lacks one (no record has it).
    bool caseIds(const Probe &probe, qint64 *initiator, std::optional<qint64> *counterpart);
    /// @brief Binds @p probe's fields but its initiator and time, which the queries ask for first.
    static void bindFieldsButTime(QSqlQuery &query, const Probe &probe, std::optional<qint64> counterpart);
    QList<Found> rowsOf(QSqlQuery &query) const;
    /// @brief The records read by readAround() of @p initiator from @p fromMs to @p toMs that
    /// @p keep keeps; nullopt where they were not read.
    template<typename Keep>
    std::optional<QList<Found>> readRecords(qint64 initiator, qint64 fromMs, qint64 toMs, Keep keep) const;
    /// @brief Whether @p record has @p probe's fields but its time (as bindFieldsButTime() asks).
    static bool sameFieldsButTime(const WindowedRecords::Record &record, const Probe &probe, std::optional<qint64> counterpart);
    QSqlQuery &prepared(std::optional<QSqlQuery> &query, const QString &sql);

    QSqlDatabase m_db;
    qint64 m_thisSourceId;
    EarlierRecords *m_earlier;
    JobRecords *m_job;
    QHash<qint64, ShiftedRecords::OtherSource> m_sources;
    std::optional<HandleIds> m_handles;
    std::optional<WindowedRecords> m_windowed;
    std::optional<QSqlQuery> m_quarterQuery;
    std::optional<QSqlQuery> m_dayQuery;
    std::optional<QSqlQuery> m_communicationQuery;
};
