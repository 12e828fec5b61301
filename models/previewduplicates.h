#pragma once

#include "eventrecord.h"
#include "importjob.h"
#include "joinedreturns.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QHash>
#include <QSet>

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

    /// @param name the file's, as a repeat of its records in a later file names it.
    /// @param firstPart the name of the file's first part, when it has several (a worksheet).
    void startFile(int fileIndex, const QString &name, const QString &firstPart = {});
    /// @brief What @p event becomes, as EventWriter::write would decide it.
    PreviewFate fate(const EventRecord &event);
    /// @brief The file read since startFile() failed: as in an import, nothing of it counts.
    void forgetFile();
    /// @brief The file's next part, a source of its own: a container's delivery, a workbook's
    /// worksheet. A record repeating one of another part names no line (its lines are another
    /// sheet's or page's).
    void startPart(const QString &name);
    /// @brief The part read since startPart() failed and is read again: none of it counts.
    void forgetPart();
    /// @brief Where @p fate repeats one of the case's events, names it (its id, line and
    /// source) as the import would link it: the n-th copy of a record in a return is the n-th of
    /// the case's events of that record. Asked only for the rows a preview shows: a dry run of
    /// millions of duplicates asks nothing more of the case.
    void nameStored(PreviewFate *fate, const QString &dedupeKey);

private:
    /// @brief Nothing if the record becomes an event of its own; else the line it repeats (with
    /// its part, when another part's, and its file, when an earlier file's), or line 0 for a
    /// record in the case.
    std::optional<PreviewFate> repeats(const QString &dedupeKey, qint64 utcMs, int line);
    size_t storedCopies(const QString &dedupeKey);
    /// @brief The file and part a copy is noted with, above its line: file << 8 | part.
    qint64 partKey() const { return (qint64(m_file) << 8) | m_part; }

    JoinedReturns m_copies;
    std::optional<QSqlQuery> m_countStored;
    std::optional<QSqlQuery> m_findStored; ///< the case's events of a duplicate key, by id
    QSet<qint64> m_named;                  ///< the case's events this return's preview rows named
    std::optional<QPair<qint64, qint64>> m_storedSpan; ///< time span of the case's events
    qint64 m_utcMs = 0; ///< of the record being looked up
    int m_file = 0;
    int m_part = 0; ///< of the file, from 0; noted with each copy beside the file and the line
    QStringList m_partNames; ///< of the file's parts, by number
    QHash<int, QString> m_fileNames; ///< of the job's files read, by index
    QHash<int, QStringList> m_filePartNames; ///< of the job's earlier files, by index
    int m_return = 0; ///< EventRecord::returnInFile of the last event
    QHash<QString, int> m_callLines; ///< this source's call ids: the line of the call (0: earlier source's)
    bool m_anythingBefore = false;
};
