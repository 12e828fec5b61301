#pragma once

#include "numberedvalues.h"
#include "timesortedrecords.h"
#include "windowedrecords.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <vector>

/// @brief The records a bulk import has stored so far, by initiator, kept compact in memory
/// (32 bytes a record) and read from the case by id, only the rows stored since the
/// last read. WindowedRecords looks a file's sample up in them rather than reading the job's
/// records from the case again for every file: while the index by initiator is dropped,
/// that read the whole table per file (60 files of a month's calls: 40 % of the import).
/// The case's records from before the import are held too, read once with the first, where
/// there are not too many of them (they were read from the case per file: 20 files of a year's
/// lookups into a case of 1M events spent a third of their import so); else they stay in the
/// case, read per file. The import's thread only.
class JobRecords final
{
public:
    /// @param beforeJob the case's largest event id when the import began: the records above
    /// it are the import's.
    /// @param mostHeldBefore where @p beforeJob is no more, the case's records up to it are held
    /// too (ImportParams::mostEventsHeldBefore: 2M, 64 MB of them)
    JobRecords(qint64 beforeJob, qint64 mostHeldBefore);

    qint64 beforeJob() const { return m_beforeJob; }
    /// @brief Whether it holds the case's records from before the import as well (read with the
    /// import's): the case need not be read for them.
    bool holdsCaseBefore() const { return m_holdsBefore; }
    /// @brief Whether catchUp() has read the case once.
    bool hasRead() const { return m_hasRead; }
    /// @brief Reads the records stored since the last call (the first: since the import began, or
    /// all, where it holds those from before). False on failure, and from then on.
    bool catchUp(const QSqlDatabase &db);
    /// @brief Forgets the records of the sources above @p sourceId, rolled back, which left
    /// the case's events up to @p eventId (the ids above are given again).
    void forgetAbove(qint64 eventId, qint64 sourceId);
    /// @brief The records of @p initiatorId from @p fromMs to @p toMs but @p exceptSourceId's,
    /// in time order (records of one time in the order they were stored).
    QList<WindowedRecords::Record> of(qint64 initiatorId, qint64 fromMs, qint64 toMs, qint64 exceptSourceId) const;

private:
    static constexpr qint32 None = -1;
    static constexpr qint32 NoDeviceCount = std::numeric_limits<qint32>::min();
    struct Record // 32 bytes
    {
        qint64 utcMs = 0;
        qint64 counterpartId = None;
        qint32 sourceId = 0;
        qint32 clientIp = None;
        qint32 deviceCount = NoDeviceCount;
        qint16 subtype = 0;
        bool communication = false;
    };
    using Records = TimeSortedRecords<Record>; ///< one initiator's

    qint64 m_beforeJob;
    bool m_holdsBefore;
    qint64 m_readUpTo; ///< the largest id read
    NumberedValues<QString> m_subtypes; ///< each stored once
    NumberedValues<QString> m_addresses;
    bool m_failed = false; ///< a read failed part way: it holds an unknown part of the rows
    bool m_hasRead = false;
    QHash<qint64, Records> m_byInitiator;
};
