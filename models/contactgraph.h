#pragma once

#include "evidenceclass.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <array>
#include <optional>

/// @brief Which events a contact graph is built from.
struct GraphFilter
{
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    QList<EvidenceClass> classes{EvidenceClass::Lookup, EvidenceClass::Communication};
    QStringList subtypes;  ///< empty: all
    QList<qint64> sourceIds; ///< empty: all
    bool withDuplicates = false; ///< with sourceIds, also the events they held as duplicates
};

/// @brief Which part of a contact graph to build.
struct GraphScope
{
    qint64 minimumCount = 1;           ///< edges of fewer events are left out, and handles left without edges
    std::optional<qint64> focusHandle; ///< only this handle's neighbourhood
    int hops = 1;                      ///< how many edges the neighbourhood reaches
};

/// @brief A handle in the graph, with its own counts by class and direction.
struct GraphNode
{
    qint64 handleId = 0;
    QString handle; ///< normalised
    QString label;  ///< the analyst's alias, if any
    QString kind;
    std::array<qint64, 2> out{}; ///< lookups, communications made
    std::array<qint64, 2> in{};  ///< lookups, communications received
    QStringList ips;             ///< connections are node attributes, never edges
    int degree = 0;
};

/// @brief One directed edge of one class: lookups and communications between the same pair
/// are two edges, never one merged weight.
struct GraphEdge
{
    int from = 0; ///< index into ContactGraph::nodes
    int to = 0;
    EvidenceClass evidenceClass = EvidenceClass::Lookup;
    qint64 count = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

/// @brief "A looked B up, then within N minutes a communication between them": a temporal
/// sequence, never a cause.
struct GraphSequence
{
    int from = 0;
    int to = 0;
    qint64 lookupMs = 0;
    qint64 communicationMs = 0;
    qint64 lookupId = 0; ///< the lookup's event
};

/// @brief The parties a graph draws none of the records of: a withheld number's words, a masked
/// number or address.
enum class NoOneParty { Withheld, Masked };

/// @brief Handles as nodes, lookups and communications as separate directed edges.
class ContactGraph final
{
    Q_DECLARE_TR_FUNCTIONS(ContactGraph)
public:
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;
    /// The filter's lookups and communications whose initiator or counterpart is a withheld
    /// number (HandleKind::Withheld): never drawn, since each may be from someone else; counted
    /// over the filter's events, whatever the graph's scope.
    std::array<qint64, 2> withheld{};
    /// Likewise, those whose party is masked (HandleKind::Masked: "+49171*****12", "[REDACTED]")
    /// and whose other party is no withheld number (counted there): never drawn, since two
    /// people may be written alike.
    std::array<qint64, 2> masked{};

    /// @brief Builds the graph of the events matching @p filter. Thread affinity: @p db's thread.
    static ContactGraph build(QSqlDatabase db, const GraphFilter &filter = {});
    /// @brief The graph of @p filter's events within @p scope: node for node and edge for edge
    /// what build(), withMinimumCount() and focus() give. A neighbourhood holding few of the
    /// case's events is read through the handles' indexes instead of a pass over every event.
    static ContactGraph build(QSqlDatabase db, const GraphFilter &filter, const GraphScope &scope);
    /// @brief The neighbourhood of @p scope's focus handle, read through the handles' indexes;
    /// nothing when its handles are in more than @p eventLimit events (whatever @p filter).
    static std::optional<ContactGraph> buildNeighbourhood(QSqlDatabase db, const GraphFilter &filter,
                                                          const GraphScope &scope, qint64 eventLimit);
    /// @brief What ContactGraph::withheld (or ::masked) counts, for @p filter's events.
    static std::array<qint64, 2> leftOutCounts(QSqlDatabase db, const GraphFilter &filter, NoOneParty kind);
    /// @brief The ids of the events leftOutCounts() counts, in time order.
    static QList<qint64> leftOutEventIds(QSqlDatabase db, const GraphFilter &filter, NoOneParty kind);
    /// @brief Sets withheld and masked to the counts of @p filter's events.
    void countLeftOut(QSqlDatabase db, const GraphFilter &filter);
    int nodeOf(const QString &normalizedHandle) const;
    /// @brief The handles within @p hops edges (either direction, any class) of @p node.
    ContactGraph focus(int node, int hops) const;
    /// @brief Pairs (either direction) with lookups but no communication, and the reverse.
    QList<QPair<int, int>> lookupOnlyPairs() const;
    QList<QPair<int, int>> communicationOnlyPairs() const;
    /// @brief Lookups followed by a communication between the same two handles within
    /// @p withinMinutes (needs the events: built from @p db with the same filter).
    static QList<GraphSequence> lookupThenCommunication(QSqlDatabase db, const ContactGraph &graph, const GraphFilter &filter,
                                                        int withinMinutes);
    /// @brief The edges between the handles of any of @p pairs, in either direction, of any class.
    QList<GraphEdge> edgesBetween(const QList<QPair<int, int>> &pairs) const;
    /// @brief The edges of one class.
    QList<GraphEdge> edgesOf(EvidenceClass evidenceClass) const;
    /// @brief The edges from and to @p node: what its counts (GraphNode::out, in) add up.
    QList<GraphEdge> edgesAt(int node) const;
    /// @brief The ids of @p filter's events behind @p edges (of @p graph), in time order: for each
    /// edge, its class's events from its handle to the other — exactly what the edges count.
    static QList<qint64> edgeEventIds(QSqlDatabase db, const ContactGraph &graph, const GraphFilter &filter,
                                      const QList<GraphEdge> &edges);
    /// @brief Keeps only edges with at least @p minimum events (nodes left without edges go).
    ContactGraph withMinimumCount(qint64 minimum) const;

private:
    QList<GraphEdge> edgesWhere(const std::function<bool(const GraphEdge &)> &keep) const;
    ContactGraph subgraph(const QList<bool> &keepNode, const std::function<bool(const GraphEdge &)> &keepEdge) const;
};
