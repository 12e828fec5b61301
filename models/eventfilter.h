#pragma once

#include "evidenceclass.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

/// @brief A selection of events, turned into a WHERE clause with bound values (never data in
/// the SQL text). Shared by the CLI, the events table and the status-bar counts.
struct EventFilter
{
    enum class HandleSide { Either, Initiator, Counterpart };

    std::optional<qint64> handleId;
    HandleSide side = HandleSide::Either;
    /// With handleId, only the events between the two: the other handle on the other side (with
    /// HandleSide::Either, in both directions). Without handleId it selects nothing more.
    std::optional<qint64> otherHandleId;
    std::optional<EvidenceClass> evidenceClass;
    QString subtype;
    std::optional<qint64> fromMs; ///< inclusive
    std::optional<qint64> toMs;   ///< inclusive
    QString clientIp; ///< any writing of the address
    /// The events stored from these sources; empty: from any. Several: the sources one file gave
    /// (a return's pages, a workbook's worksheets), or those the command line was given.
    QList<qint64> sourceIds;
    /// With sourceIds, also the events first stored from another source that one of these held
    /// again (its duplicate links): what the sources held, each record once, under its first
    /// source.
    bool withDuplicates = false;
    QString rawText; ///< substring of the raw record (case-sensitive)
    bool markedOnly = false; ///< only the events the analyst marked
    /// Only these events (chosen on a chart: a time bin, a heatmap cell); an empty list, none.
    std::optional<QList<qint64>> chosenIds;
    qint64 rawIndexedUpTo = 0; ///< events up to this id are in the trigram index (not a filter)
    bool rawTextIsCommon = false; ///< plan hint: scan in time order instead of using the index
    QString rawTextCandidates;    ///< plan hint: JSON array of every indexed id the index matched

    /// @brief "WHERE …" (or empty) over the alias "e" for events; appends the bind values.
    QString whereClause(QVariantList *binds) const;
    bool operator==(const EventFilter &) const = default;
    /// @brief The term for handleId (and otherHandleId) on its side; appends the bind values.
    QString handleTerm(QVariantList *binds) const;
    /// @brief The term over events "e" choosing those stored from @p ids (and, with
    /// @p withDuplicates, those linked to them as duplicates); appends the bind values. Shared
    /// with the contact graph, whose source choice is the same.
    static QString sourcesTerm(const QList<qint64> &ids, bool withDuplicates, QVariantList *binds);
    /// @brief The same selection, ignoring how far the search index reaches.
    bool sameSelection(const EventFilter &other) const;
    /// @brief Whether it selects every event of the case (nothing set but plan hints).
    bool selectsAll() const { return sameSelection(EventFilter()); }
    /// @brief The selection as JSON for the audit log: only what is set, times as ISO 8601 UTC,
    /// chosen events by count (the plan hints are left out).
    QJsonObject toJson() const;
};
