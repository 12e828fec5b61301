#pragma once

#include "contactgraph.h"

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QPointF>

/// @brief The contact graph for Gephi and other tools: GraphML, GEXF (with time intervals, so
/// Gephi's timeline works), DOT and JSON. Every edge carries its class, its own count, first and
/// last time; there is never a merged weight across classes.
/// Each format is written to a device as it is made (a graph of 1M edges: some hundreds of MB
/// of text, never held whole); false when the device would not take it. The QByteArray forms
/// return the same bytes.
namespace GraphExport {
bool graphMl(const ContactGraph &graph, QIODevice *out);
bool gexf(const ContactGraph &graph, const QHash<qint64, QPointF> &positions, QIODevice *out);
bool dot(const ContactGraph &graph, QIODevice *out);
/// @brief JSON; with @p sequences, also each lookup followed by a communication between the
/// same two handles within @p minutes ("lookup_then_communication": a sequence in time, not a cause).
bool json(const ContactGraph &graph, const QList<GraphSequence> &sequences, int minutes, QIODevice *out);
QByteArray graphMl(const ContactGraph &graph);
QByteArray gexf(const ContactGraph &graph, const QHash<qint64, QPointF> &positions = {});
QByteArray dot(const ContactGraph &graph);
QByteArray json(const ContactGraph &graph, const QList<GraphSequence> &sequences = {}, int minutes = 0);
/// @brief The id a node is written with ("h" + handle id): stable across exports and filters.
QString nodeId(const GraphNode &node);
} // namespace GraphExport
