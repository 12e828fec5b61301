#pragma once

#include "contactgraph.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QSqlDatabase>

#include <functional>

/// @brief Lays a contact graph out with Graphviz (libgvc): neato for small graphs, sfdp for
/// large ones, with a fixed seed so the same graph gets the same picture. Positions are cached
/// in the case under a key naming the engine and the exact node and edge set. Graphviz cannot be
/// interrupted: callers run this on a worker thread and drop an answer they no longer want.
class GraphLayout final
{
    Q_DECLARE_TR_FUNCTIONS(GraphLayout)
public:
    static constexpr int SfdpFromNodes = 300;
    static constexpr int Seed = 20261122;

    struct Result
    {
        QHash<qint64, QPointF> positions; ///< by handle id, in points (y grows upwards)
        QString engine;
        QString key;
        bool fromCache = false;
        /// No longer wanted when its turn came: not laid out, no positions.
        bool abandoned = false;
        QString error;
    };
    /// @brief Asked once a layout's turn comes (layouts run one at a time): false drops it.
    using StillWanted = std::function<bool()>;
    static QString engineFor(const ContactGraph &graph);
    /// @brief Identifies a layout: engine, seed and the node and edge set.
    static QString keyOf(const ContactGraph &graph, const QString &engine);
    /// @brief Runs Graphviz; no case involved. A layout waits for any other to end, then runs
    /// unless @p wanted says it is no longer wanted.
    static Result compute(const ContactGraph &graph, const QString &engine = {}, const StillWanted &wanted = {});
    /// @brief The cached layout for @p graph, computing and storing it when missing.
    /// @p db must be writable for the cache to be kept (a read-only case still gets a layout).
    static Result layout(QSqlDatabase db, const ContactGraph &graph, const StillWanted &wanted = {});
};
