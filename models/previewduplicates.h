#pragma once

#include "eventrecord.h"
#include "importjob.h"
#include "joinedreturns.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QHash>

#include <optional>

/// @brief A dry run's stand-in for the writer's duplicate look-ups: what each event read would
/// become, with nothing written. Records found in the case (read only), in earlier files of
/// the job, and in earlier returns or deliveries of the same file are found as an import
/// would find them, copy for copy.
class PreviewDuplicates final
{
public:
    /// @param caseDb the case imported into, or an invalid database when there is none yet.
    explicit PreviewDuplicates(QSqlDatabase caseDb);

    void startFile(int fileIndex);
    /// @brief What @p event becomes, as EventWriter::write would decide it.
    PreviewFate fate(const EventRecord &event);
    /// @brief The file read since startFile() failed: as in an import, nothing of it counts.
    void forgetFile();
    /// @brief A container's next delivery: a source of its own.
    void startDelivery();

private:
    /// @brief Nothing if the record becomes an event of its own; else the line of this file it
    /// repeats, or 0 for a record in the case or in another file.
    std::optional<int> repeats(const QString &dedupeKey, qint64 utcMs, int line);
    size_t storedCopies(const QString &dedupeKey);

    JoinedReturns m_copies;
    std::optional<QSqlQuery> m_countStored;
    std::optional<QPair<qint64, qint64>> m_storedSpan; ///< time span of the case's events
    qint64 m_utcMs = 0; ///< of the record being looked up
    int m_file = 0;
    int m_return = 0; ///< EventRecord::returnInFile of the last event
    QHash<QString, int> m_callLines; ///< this source's call ids: the line of the call (0: earlier source's)
    bool m_anythingBefore = false;
};
