#include "graphlayout.h"

#include "casewriters.h"
#include "sqlitestatement.h"

#include <QCryptographicHash>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>

#include <graphviz/gvc.h>

QString GraphLayout::engineFor(const ContactGraph &graph)
{
    return graph.nodes.size() >= SfdpFromNodes ? QStringLiteral("sfdp") : QStringLiteral("neato");
}

QString GraphLayout::keyOf(const ContactGraph &graph, const QString &engine)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QStringLiteral("%1 %2;").arg(engine).arg(Seed).toUtf8());
    QList<qint64> ids;
    for (const GraphNode &n : graph.nodes)
        ids.append(n.handleId);
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        hash.addData(QByteArray(QByteArray::number(id) + ','));
    QList<QPair<qint64, qint64>> pairs;
    for (const GraphEdge &e : graph.edges)
        pairs.append({graph.nodes[e.from].handleId, graph.nodes[e.to].handleId});
    std::sort(pairs.begin(), pairs.end());
    for (const auto &[a, b] : pairs)
        hash.addData(QByteArray(QByteArray::number(a) + '>' + QByteArray::number(b) + ';'));
    return QString::fromLatin1(hash.result().toHex());
}

GraphLayout::Result GraphLayout::compute(const ContactGraph &graph, const QString &requestedEngine,
                                         const StillWanted &wanted)
{
    Result result;
    result.engine = requestedEngine.isEmpty() ? engineFor(graph) : requestedEngine;
    result.key = keyOf(graph, result.engine);
    if (graph.nodes.isEmpty())
        return result;
    // Graphviz keeps layout state in globals (neato's among them): one layout at a time, whichever
    // thread asks (the graph view's superseded requests run on), on one context made once (each
    // new one leaked its plugins' configuration, 3.6 KB a layout).
    static QMutex graphviz;
    const QMutexLocker oneAtATime(&graphviz);
    if (wanted && !wanted()) {
        result.abandoned = true; // superseded while an older one ran: it would only be dropped
        return result;
    }
    static GVC_t *const gvc = gvContext();
    Agraph_t *g = agopen(const_cast<char *>("contacts"), Agundirected, nullptr);
    const auto set = [g](int kind, const char *name, const QByteArray &value) {
        agattr(g, kind, const_cast<char *>(name), const_cast<char *>(value.constData()));
    };
    set(AGRAPH, "start", QByteArray::number(Seed)); // the same graph, the same picture
    // Nodes without text, all one size: the picture does not hang on the machine's fonts or the
    // number of digits in a handle's id, and Graphviz's text measuring is never reached (its
    // Pango plugin keeps a pointer to a font name freed with the context: read after free).
    set(AGNODE, "label", "");
    // Small graphs get their overlaps removed; on large ones that doubles sfdp's time for little.
    if (result.engine != u"sfdp")
        set(AGRAPH, "overlap", "prism");
    QList<Agnode_t *> nodes;
    for (const GraphNode &n : graph.nodes)
        nodes.append(agnode(g, QByteArray::number(n.handleId).data(), 1));
    // One spring per pair: a lookup and a communication between the same two handles pull once.
    QSet<QPair<int, int>> pairs;
    for (const GraphEdge &e : graph.edges) {
        const QPair<int, int> pair{qMin(e.from, e.to), qMax(e.from, e.to)};
        if (pair.first != pair.second && !pairs.contains(pair)) {
            pairs.insert(pair);
            agedge(g, nodes[pair.first], nodes[pair.second], nullptr, 1);
        }
    }
    if (gvLayout(gvc, g, result.engine.toLatin1().constData()) != 0) {
        result.error = tr("Graphviz could not lay the graph out with %1").arg(result.engine);
        agclose(g);
        return result;
    }
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const pointf p = ND_coord(nodes[i]);
        result.positions.insert(graph.nodes[i].handleId, QPointF(p.x, p.y));
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    return result;
}

GraphLayout::Result GraphLayout::layout(QSqlDatabase db, const ContactGraph &graph, const StillWanted &wanted)
{
    const QString engine = engineFor(graph);
    const QString key = keyOf(graph, engine);
    QSqlQuery cached(db);
    cached.prepare(QStringLiteral("SELECT handle_id, x, y FROM graph_positions WHERE layout_key = ?"));
    cached.addBindValue(key);
    Result result;
    result.engine = engine;
    result.key = key;
    if (cached.exec()) {
        while (cached.next())
            result.positions.insert(cached.value(0).toLongLong(), QPointF(cached.value(1).toDouble(), cached.value(2).toDouble()));
    }
    if (!graph.nodes.isEmpty() && result.positions.size() == graph.nodes.size()) {
        result.fromCache = true;
        return result;
    }
    result = compute(graph, engine, wanted);
    if (!result.error.isEmpty() || result.abandoned)
        return result;
    // Kept for the next opening; a read-only case simply does not keep it, nor one another
    // program is importing into (the graph waited five seconds for it).
    if (!CaseWriters::beginWhenFree(SqliteStatement::handleOf(db), []() { return false; }, nullptr, std::chrono::milliseconds(10)))
        return result;
    QSqlQuery store(db);
    store.prepare(QStringLiteral("INSERT OR REPLACE INTO graph_positions (layout_key, handle_id, x, y) VALUES (?, ?, ?, ?)"));
    bool ok = true;
    for (auto it = result.positions.cbegin(); ok && it != result.positions.cend(); ++it) {
        store.addBindValue(key);
        store.addBindValue(it.key());
        store.addBindValue(it->x());
        store.addBindValue(it->y());
        ok = store.exec();
    }
    ok ? db.commit() : db.rollback();
    return result;
}
