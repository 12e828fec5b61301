#pragma once

// The parts of building a contact graph that the whole graph (contactgraph.cpp) and a handle's
// neighbourhood (graphneighbourhood.cpp) share. Not part of the models' interface.

#include "contactgraph.h"
#include "evidenceclass.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantList>

#include <string_view>
#include <tuple>

class SqliteStatement;
struct sqlite3;

namespace ContactGraphParts {

/// The events of one class from one handle to another.
struct PairKey
{
    qint64 from = 0;
    qint64 to = 0;
    EvidenceClass evidenceClass = EvidenceClass::Lookup;
    bool operator==(const PairKey &) const = default;
};

inline size_t qHash(const PairKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.from, key.to, int(key.evidenceClass));
}

struct PairTally
{
    qint64 count = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    void add(qint64 utcMs)
    {
        firstMs = count ? qMin(firstMs, utcMs) : utcMs;
        lastMs = count ? qMax(lastMs, utcMs) : utcMs;
        ++count;
    }
};

/// The order the graph's edges have always had (and its node numbers with them): by initiator,
/// counterpart and the class's name, as SQL's ORDER BY on the text put them.
inline auto pairOrder(const PairKey &key)
{
    return std::tuple(key.from, key.to, std::string_view(evidenceClassKeyUtf8(key.evidenceClass)));
}

inline int classIndex(EvidenceClass cls)
{
    return cls == EvidenceClass::Lookup ? 0 : 1;
}

/// The WHERE clause of a filter over events "e", and its bound values in order.
QString whereOf(const GraphFilter &filter, QVariantList &values);
/// The lookups of @p lookups in the @p window (ms) before each communication between the same two
/// handles, either way: id, initiator, counterpart, the lookup's time and the communication's.
QString lookupsBeforeCommunicationsQuery(const GraphFilter &lookups, qint64 window, QVariantList &values);
void bindAll(SqliteStatement &statement, const QVariantList &values);

/// How many events a few handles may have for reading theirs through an index to beat one pass
/// over every event: an eighth of the case's.
qint64 fewEventsLimit(sqlite3 *db);

/// Adds @p edge to @p graph, counting it on both of its nodes.
void addEdge(ContactGraph &graph, const GraphEdge &edge);

/// Fills in the names, labels and the IPs each handle connected from (node attributes, not
/// edges) of the nodes in @p index (handle id → node).
void describeNodes(QSqlDatabase db, ContactGraph &graph, const QHash<qint64, int> &index);

} // namespace ContactGraphParts
