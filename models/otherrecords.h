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
#include <QVariantList>

#include <functional>

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
    /// @brief The other source @p id, the case's or an earlier file's, read when first asked
    /// for (a case may hold thousands, and a check asks of the few its records were found in);
    /// nullopt for the file's own source and for an id no source has.
    std::optional<ShiftedRecords::OtherSource> source(qint64 id);
    /// @brief Whether there is any other source at all: anywhere for a check to look.
    bool anyOther();
    /// @brief Whether another source is of @p format (@p of true), or of any other (false).
    bool anyOtherOfFormat(const QString &format, bool of = true);
    /// @brief Whether another source of @p format had its dates' day/month order declared.
    bool anyOtherWithDeclaredOrder(const QString &format);
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
    /// @brief Whether a source of the case but the file's own meets @p condition (SQL over the
    /// sources table, its values @p values in order), or an earlier file's source @p keep keeps.
    bool anyOtherWhere(const QString &condition, const QVariantList &values,
                       const std::function<bool(const ShiftedRecords::OtherSource &)> &keep);
    std::optional<ShiftedRecords::OtherSource> caseSource(qint64 id);

    QSqlDatabase m_db;
    qint64 m_thisSourceId;
    EarlierRecords *m_earlier;
    JobRecords *m_job;
    QHash<qint64, std::optional<ShiftedRecords::OtherSource>> m_sources; ///< those asked for so far
    std::optional<HandleIds> m_handles;
    std::optional<WindowedRecords> m_windowed;
    std::optional<QSqlQuery> m_quarterQuery;
    std::optional<QSqlQuery> m_dayQuery;
    std::optional<QSqlQuery> m_communicationQuery;
    std::optional<QSqlQuery> m_sourceQuery;
};
