// ContactGraph's views of a graph already built, in memory, with no SQL: a node by its handle,
// a focus on one node's neighbourhood, a minimum count, and the edges or pairs one evidence
// class alone joins. Each keeps the withheld and masked counts of the graph it came from.
#include "contactgraph.h"

#include "contactgraph_p.h"

#include <QSet>

#include <algorithm>
#include <functional>

using namespace ContactGraphParts;

int ContactGraph::nodeOf(const QString &normalizedHandle) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].handle == normalizedHandle)
            return i;
    }
    return -1;
}

ContactGraph ContactGraph::subgraph(const QList<bool> &keepNode, const std::function<bool(const GraphEdge &)> &keepEdge) const
{
    ContactGraph result;
    result.withheld = withheld;
    result.masked = masked;
    QList<int> newIndex(nodes.size(), -1);
    for (int i = 0; i < nodes.size(); ++i) {
        if (!keepNode[i])
            continue;
        newIndex[i] = int(result.nodes.size());
        GraphNode node = nodes[i];
        node.degree = 0;
        node.out = {};
        node.in = {};
        result.nodes.append(node);
    }
    for (const GraphEdge &e : edges) {
        if (newIndex[e.from] < 0 || newIndex[e.to] < 0 || !keepEdge(e))
            continue;
        GraphEdge edge = e;
        edge.from = newIndex[e.from];
        edge.to = newIndex[e.to];
        addEdge(result, edge);
    }
    return result;
}

ContactGraph ContactGraph::focus(int node, int hops) const
{
    QList<QList<int>> neighbours(nodes.size());
    for (const GraphEdge &e : edges) {
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    QList<bool> keep(nodes.size(), false);
    if (node < 0 || node >= nodes.size())
        return subgraph(keep, [](const GraphEdge &) { return true; });
    QList<int> frontier{node};
    keep[node] = true;
    for (int hop = 0; hop < hops && !frontier.isEmpty(); ++hop) {
        QList<int> next;
        for (int n : std::as_const(frontier)) {
            for (int m : std::as_const(neighbours[n])) {
                if (!keep[m]) {
                    keep[m] = true;
                    next.append(m);
                }
            }
        }
        frontier = next;
    }
    return subgraph(keep, [](const GraphEdge &) { return true; });
}

ContactGraph ContactGraph::withMinimumCount(qint64 minimum) const
{
    QList<bool> keep(nodes.size(), false);
    for (const GraphEdge &e : edges) {
        if (e.count >= minimum)
            keep[e.from] = keep[e.to] = true;
    }
    return subgraph(keep, [minimum](const GraphEdge &e) { return e.count >= minimum; });
}

namespace {

QSet<QPair<int, int>> pairsOf(const QList<GraphEdge> &edges, EvidenceClass cls)
{
    QSet<QPair<int, int>> pairs;
    for (const GraphEdge &e : edges) {
        if (e.evidenceClass == cls)
            pairs.insert({qMin(e.from, e.to), qMax(e.from, e.to)});
    }
    return pairs;
}

QList<QPair<int, int>> sorted(const QSet<QPair<int, int>> &set)
{
    QList<QPair<int, int>> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

QList<QPair<int, int>> ContactGraph::lookupOnlyPairs() const
{
    return sorted(pairsOf(edges, EvidenceClass::Lookup).subtract(pairsOf(edges, EvidenceClass::Communication)));
}

QList<QPair<int, int>> ContactGraph::communicationOnlyPairs() const
{
    return sorted(pairsOf(edges, EvidenceClass::Communication).subtract(pairsOf(edges, EvidenceClass::Lookup)));
}

QList<GraphEdge> ContactGraph::edgesWhere(const std::function<bool(const GraphEdge &)> &keep) const
{
    QList<GraphEdge> result;
    std::copy_if(edges.cbegin(), edges.cend(), std::back_inserter(result), keep);
    return result;
}

QList<GraphEdge> ContactGraph::edgesBetween(const QList<QPair<int, int>> &pairs) const
{
    QSet<QPair<int, int>> ends;
    for (const auto &[a, b] : pairs)
        ends.unite({{a, b}, {b, a}});
    return edgesWhere([&ends](const GraphEdge &e) { return ends.contains({e.from, e.to}); });
}

QList<GraphEdge> ContactGraph::edgesOf(EvidenceClass evidenceClass) const
{
    return edgesWhere([evidenceClass](const GraphEdge &e) { return e.evidenceClass == evidenceClass; });
}

QList<GraphEdge> ContactGraph::edgesAt(int node) const
{
    return edgesWhere([node](const GraphEdge &e) { return e.from == node || e.to == node; });
}
