#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

class JobRecords;

/// @brief The case's records of a few initiators within some windows of time, read in one pass
/// and looked up in memory: how the checks of records found elsewhere (OtherRecords) look a
/// file's sample up while a bulk import has dropped the index by initiator.
///
/// Each probe of the sample was a query by initiator and time; without that index SQLite read
/// every record within a day either side of each, for each of the 256 probes of each file: 60
/// files of a month's calls took 254 s, not 7. Read once per file, those windows cost one range
/// (or table) scan.
class WindowedRecords final
{
public:
    /// @brief One record, with the fields the checks compare.
    struct Record
    {
        qint64 sourceId = 0;
        qint64 utcMs = 0;
        std::optional<qint64> counterpartId;
        QString subtype;
        std::optional<QString> clientIp;
        std::optional<int> deviceCount;
        bool communication = false;
    };
    /// @brief Whether @p db lacks the index by initiator (dropped by a bulk import), so that
    /// look-ups by initiator and time read far more than they find.
    static bool lacksInitiatorIndex(const QSqlDatabase &db);

    /// @brief Reads the records of @p initiatorIds within @p reachMs of each of @p timesMs but
    /// those of the source @p exceptSourceId. With @p job (a bulk import's), where a window holds
    /// much of the case, @p job is brought up to date and the import's records are looked up in
    /// it; only the case's from before the import are then read, and not those where @p job
    /// holds them too.
    WindowedRecords(const QSqlDatabase &db, const QList<qint64> &initiatorIds, const QList<qint64> &timesMs, qint64 reachMs,
                    qint64 exceptSourceId, JobRecords *job = nullptr);

    /// @brief Calls @p visit with each record of @p initiatorId from @p fromMs to @p toMs, in
    /// time order, where they lie: false, none visited, where that span was not read (to be
    /// asked of the case). Copying each probe's records out took a tenth of an import of 120
    /// daily files.
    bool visit(qint64 initiatorId, qint64 fromMs, qint64 toMs, const std::function<void(const Record &)> &visit) const;

private:
    /// The windows around @p timesMs, overlapping ones joined; few, or the span of them all.
    static QList<QPair<qint64, qint64>> windows(QList<qint64> timesMs, qint64 reachMs);
    bool covers(qint64 fromMs, qint64 toMs) const;
    static bool hasIndex(const QSqlDatabase &db, const QString &name);
    /// Reads the records in @p window (through the index by time if @p few) into m_byInitiator.
    bool readWindow(const QSqlDatabase &db, QPair<qint64, qint64> window, bool few, const QString &beforeJob,
                    const QString &initiatorIds);
    /// Whether a quarter or less of the case's records fall from @p fromMs to @p toMs.
    static bool fewWithin(const QSqlDatabase &db, qint64 fromMs, qint64 toMs);

    /// The records read of @p initiatorId from @p fromMs to @p toMs, in time order: [first, last).
    QPair<const Record *, const Record *> caseRecordsOf(qint64 initiatorId, qint64 fromMs, qint64 toMs) const;

    QList<QPair<qint64, qint64>> m_windows; ///< read, in time order
    const JobRecords *m_job; ///< where the import's records are looked up, if not in the case
    qint64 m_exceptSourceId;
    QHash<qint64, QList<Record>> m_byInitiator; ///< each in time order
    bool m_read = false;
};
