// ContactGraph's scoped build: a handle's neighbourhood read through the initiator and
// counterpart indexes, for a case whose whole graph takes seconds to count (1M events: 5 s).

#include "contactgraph.h"

#include "contactgraph_p.h"
#include "sqlitestatement.h"

#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <limits>
#include <tuple>

using namespace ContactGraphParts;

namespace {

/// Every pair of handles a handle is in, with the pair's events counted, read handle by handle.
class NeighbourhoodReader
{
public:
    NeighbourhoodReader(sqlite3 *db, const GraphFilter &filter, qint64 eventLimit);
    /// @brief Reads the pairs of @p handle; false past the limit of events (all of the
    /// handles' events, whatever the filter) or on an error.
    bool read(qint64 handle);
    QList<PairKey> pairsOf(qint64 handle) const { return m_pairsOf.value(handle); }
    const QHash<PairKey, PairTally> &tallies() const { return m_tallies; }

private:
    bool readSide(SqliteStatement &side, qint64 handle, bool outgoing,
                  QHash<PairKey, PairTally> &pairs);

    bool withinLimit(qint64 handle);

    SqliteStatement m_outgoing;
    SqliteStatement m_incoming;
    SqliteStatement m_count;
    QVariantList m_values;
    bool m_prepared = false;
    qint64 m_limit = 0;
    qint64 m_events = 0;
    QHash<PairKey, PairTally> m_tallies;
    QHash<qint64, QList<PairKey>> m_pairsOf;
};

NeighbourhoodReader::NeighbourhoodReader(sqlite3 *db, const GraphFilter &filter, qint64 eventLimit)
    : m_limit(eventLimit)
{
    const QByteArray where = whereOf(filter, m_values).toUtf8();
    // INDEXED BY: a time window must not lead the planner to the time index and a pass over
    // the window; without the index, preparing fails and the whole graph is counted instead.
    const auto sql = [&](const char *other, const char *index, const char *handle) -> QByteArray {
        return QByteArray("SELECT e.") + other + ", " + evidenceClassValueSql() +
               ", e.utc_ms FROM events e INDEXED BY " + index + " WHERE " + where + " AND e." +
               handle + " = ?";
    };
    m_prepared =
        m_outgoing.prepare(
            db, sql("counterpart_id", "events_by_initiator", "initiator_id").constData()) &&
        m_incoming.prepare(
            db, sql("initiator_id", "events_by_counterpart", "counterpart_id").constData()) &&
        m_count.prepare(db, "SELECT (SELECT count(*) FROM events WHERE initiator_id = ?1)"
                            " + (SELECT count(*) FROM events WHERE counterpart_id = ?1)");
    if (m_prepared) {
        bindAll(m_outgoing, m_values);
        bindAll(m_incoming, m_values);
    }
}

bool NeighbourhoodReader::read(qint64 handle)
{
    QHash<PairKey, PairTally> pairs;
    if (!m_prepared || !withinLimit(handle) || !readSide(m_outgoing, handle, true, pairs) ||
        !readSide(m_incoming, handle, false, pairs))
        return false;
    QList<PairKey> &own = m_pairsOf[handle];
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        // A pair's tally is complete from either of its handles: the other's read gives the same.
        m_tallies.insert(it.key(), it.value());
        own.append(it.key());
    }
    return true;
}

bool NeighbourhoodReader::withinLimit(qint64 handle)
{
    // Counted in the two indexes alone, whatever the filter: a neighbourhood too large is given
    // up before its events are read one by one (the whole graph is counted instead).
    m_count.bind(1, handle);
    m_events += m_count.next() ? m_count.columnInt64(0) : m_limit + 1;
    m_count.reset();
    return m_events <= m_limit;
}

bool NeighbourhoodReader::readSide(SqliteStatement &side, qint64 handle, bool outgoing,
                                   QHash<PairKey, PairTally> &pairs)
{
    side.bind(int(m_values.size()) + 1, handle);
    while (side.next()) {
        const qint64 other = side.columnInt64(0);
        if (!outgoing && other == handle)
            continue; // an event from the handle to itself, counted with its outgoing ones
        const PairKey key{outgoing ? handle : other, outgoing ? other : handle,
                          EvidenceClass(side.columnInt64(1))};
        pairs[key].add(side.columnInt64(2));
    }
    const bool complete = side.atEnd();
    side.reset();
    return complete;
}

/// Where the whole graph numbers a handle: at the first pair in edge order it is in, the
/// initiator of a pair before its counterpart.
std::tuple<qint64, qint64, int> firstSeen(qint64 handle, const QList<PairKey> &pairs)
{
    std::tuple<qint64, qint64, int> first{std::numeric_limits<qint64>::max(), 0, 0};
    for (const PairKey &key : pairs)
        first = std::min(first, key.from == handle ? std::tuple(key.from, key.to, 0)
                                                   : std::tuple(key.from, key.to, 1));
    return first;
}

ContactGraph assemble(QSqlDatabase db, const NeighbourhoodReader &reader, QList<qint64> handles,
                      qint64 minimumCount)
{
    QHash<qint64, std::tuple<qint64, qint64, int>> first;
    for (qint64 handle : std::as_const(handles))
        first.insert(handle, firstSeen(handle, reader.pairsOf(handle)));
    std::sort(handles.begin(), handles.end(),
              [&first](qint64 a, qint64 b) { return first.value(a) < first.value(b); });
    ContactGraph graph;
    QHash<qint64, int> index;
    for (qint64 handle : std::as_const(handles)) {
        index.insert(handle, int(graph.nodes.size()));
        graph.nodes.append(GraphNode{});
        graph.nodes.last().handleId = handle;
    }
    QList<std::pair<PairKey, PairTally>> pairs;
    for (auto it = reader.tallies().cbegin(); it != reader.tallies().cend(); ++it) {
        if (it->count >= minimumCount && index.contains(it.key().from) &&
            index.contains(it.key().to))
            pairs.append({it.key(), it.value()});
    }
    std::sort(pairs.begin(), pairs.end(),
              [](const auto &a, const auto &b) { return pairOrder(a.first) < pairOrder(b.first); });
    for (const auto &[key, tally] : std::as_const(pairs))
        addEdge(graph, {index.value(key.from), index.value(key.to), key.evidenceClass, tally.count,
                        tally.firstMs, tally.lastMs});
    describeNodes(db, graph, index);
    return graph;
}

} // namespace

std::optional<ContactGraph> ContactGraph::buildNeighbourhood(QSqlDatabase db,
                                                             const GraphFilter &filter,
                                                             const GraphScope &scope,
                                                             qint64 eventLimit)
{
    if (!scope.focusHandle)
        return std::nullopt;
    // Every handle read from one snapshot of the case: an import committing meanwhile must not
    // leave some pairs counted before it and others after (the whole graph is one statement).
    const bool snapshot = db.transaction();
    const auto endSnapshot = qScopeGuard([&db, snapshot]() {
        if (snapshot)
            db.commit();
    });
    NeighbourhoodReader reader(SqliteStatement::handleOf(db), filter, eventLimit);
    const auto qualifies = [&](const PairKey &key) {
        return reader.tallies().value(key).count >= scope.minimumCount;
    };
    const qint64 focus = *scope.focusHandle;
    if (!reader.read(focus))
        return std::nullopt;
    const QList<PairKey> focusPairs = reader.pairsOf(focus);
    if (std::none_of(focusPairs.cbegin(), focusPairs.cend(), qualifies))
        return ContactGraph{}; // the handle is not in the graph
    QList<qint64> handles{focus};
    QSet<qint64> seen{focus};
    QList<qint64> frontier{focus};
    for (int hop = 0; hop < scope.hops && !frontier.isEmpty(); ++hop) {
        QList<qint64> next;
        for (qint64 handle : std::as_const(frontier)) {
            const QList<PairKey> pairs =
                reader.pairsOf(handle); // a copy: reading others adds to the reader's
            for (const PairKey &key : pairs) {
                const qint64 other = key.from == handle ? key.to : key.from;
                if (!qualifies(key) || seen.contains(other))
                    continue;
                // Every handle kept is read, the last hop's too: the edges between two of
                // them and where the whole graph numbers them depend on all their pairs.
                if (!reader.read(other))
                    return std::nullopt;
                seen.insert(other);
                handles.append(other);
                next.append(other);
            }
        }
        frontier = next;
    }
    return assemble(db, reader, handles, scope.minimumCount);
}

ContactGraph ContactGraph::build(QSqlDatabase db, const GraphFilter &filter,
                                 const GraphScope &scope)
{
    if (scope.focusHandle) {
        if (auto neighbourhood = buildNeighbourhood(db, filter, scope,
                                                    fewEventsLimit(SqliteStatement::handleOf(db)))) {
            neighbourhood->countLeftOut(db, filter);
            return *neighbourhood;
        }
    }
    ContactGraph graph = build(db, filter);
    if (scope.minimumCount > 1)
        graph = graph.withMinimumCount(scope.minimumCount);
    if (scope.focusHandle) {
        int node = -1;
        for (int i = 0; i < graph.nodes.size(); ++i) {
            if (graph.nodes[i].handleId == *scope.focusHandle)
                node = i;
        }
        graph = graph.focus(node, scope.hops);
    }
    return graph;
}
