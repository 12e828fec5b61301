#pragma once

#include "contactgraph.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QPointF>

class CaseSession;
class ExplorerWiring;
class GraphView;
struct GraphRequest;

/// @brief Feeds the graph view for one open case: builds and lays out the graph on a worker
/// thread whenever the view's filters change (a newer request drops an older answer, so a long
/// layout never blocks and is in effect cancelled), and keeps its selection in step with the
/// explorer's. GUI thread only.
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
    /// @brief Builds and lays out the graph a request asks for (any thread, own connection).
    static Built build(const QString &casePath, const GraphRequest &request);

signals:
    void graphShown();

private:
    GraphView *m_view;
    ExplorerWiring *m_explorer;
    CaseSession *m_session = nullptr;
    int m_request = 0;
    QFuture<void> m_building;
};
