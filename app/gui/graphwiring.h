#pragma once

#include "contactgraph.h"
#include "graphlayout.h"
#include "graphview.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointF>

#include <atomic>
#include <functional>
#include <memory>

class CaseSession;
class ExplorerWiring;

/// @brief Feeds the graph view for one open case: builds and lays out the graph on a worker
/// thread whenever the view's filters change (a newer request drops an older answer, so a long
/// layout never blocks and is in effect cancelled; one not yet begun is skipped), and keeps its
/// selection in step with the explorer's; an edge double-clicked lists its events. GUI thread only.
class GraphWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphWiring)
public:
    struct Built
    {
        ContactGraph graph;
        QHash<qint64, QPointF> positions;
        QList<GraphSequence> sequences; ///< lookups followed by a communication within SequenceMinutes
        qsizetype lookupOnlyPairs = 0;
        qsizetype communicationOnlyPairs = 0;
    };
    static constexpr int SequenceMinutes = 30;
    GraphWiring(GraphView *view, ExplorerWiring *explorer, QObject *parent = nullptr);
    ~GraphWiring() override;
    void attach(CaseSession *session);
    void rebuild();
    /// @brief The case changed (an import): its sources listed again, the time sliders' span
    /// the case's where no window is set, the graph built again.
    void reload();
    /// @brief Builds and lays out the graph a request asks for (any thread, own connection).
    /// Once @p wanted says the request was superseded, nothing more is built or laid out.
    static Built build(const QString &casePath, const GraphRequest &request,
                       const GraphLayout::StillWanted &wanted = {});

signals:
    void graphShown();
    /// @brief An edge's events were put in the events table (it is to be brought forward).
    void edgeEventsShown();
    /// @brief The events of the pairs resting on one class, found: @p ids, in words @p description.
    void eventsChosen(const QList<qint64> &ids, const QString &description);

private:
    /// @brief Filters the events table to the events @p edge of the graph shown counts: its
    /// class, from the one handle to the other, within the graph's time window.
    void showEdgeEvents(const GraphEdge &edge);
    /// @brief The events of the shown graph's pairs that rest only on @p evidenceClass, found.
    void findPairsEvents(EvidenceClass evidenceClass);
    /// @brief The events of @p node's edges in the shown graph (what its tooltip counts), found.
    void findNodeEvents(const GraphNode &node);
    /// @brief The events of the shown graph's edges of @p evidenceClass, found.
    void findClassEdgesEvents(EvidenceClass evidenceClass);
    /// @brief Finds, on a worker thread, the events @p edges of the shown graph count, and emits
    /// eventsChosen() with @p description unless another graph is shown by then.
    void findEdgeEvents(const QList<GraphEdge> &edges, const QString &description);
    /// @brief The events of the graph's filter it leaves out for a withheld number (or a masked
    /// party, as @p kind says), found.
    void findLeftOutEvents(NoOneParty kind);
    using EventIdsOf = std::function<QList<qint64>(QSqlDatabase db, const ContactGraph &graph, const GraphFilter &filter)>;
    /// @brief Finds the ids @p idsOf gives for the shown graph on a worker thread, and emits
    /// eventsChosen() with @p description unless another graph is shown by then.
    void findEvents(const EventIdsOf &idsOf, const QString &description);

    GraphView *m_view;
    ExplorerWiring *m_explorer;
    CaseSession *m_session = nullptr;
    int m_request = 0;
    /// The request whose graph is wanted, for the workers: superseded ones skip their layout.
    std::shared_ptr<std::atomic<int>> m_wanted = std::make_shared<std::atomic<int>>(0);
    GraphRequest m_shown; ///< the request the graph shown was built for
    QFuture<void> m_building;
    QFuture<void> m_findingEdges;
};
