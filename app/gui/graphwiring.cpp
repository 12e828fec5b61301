#include "graphwiring.h"

#include "backgroundpool.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "casesession.h"
#include "evidenceclass.h"
#include "explorerwiring.h"
#include "graphlayout.h"
#include "graphscene.h"
#include "graphview.h"
#include "sourcelistmodel.h"
#include "whenfinished.h"

#include <QtConcurrent>

GraphWiring::GraphWiring(GraphView *view, ExplorerWiring *explorer, QObject *parent)
    : QObject(parent), m_view(view), m_explorer(explorer)
{
    connect(m_view, &GraphView::requestChanged, this, &GraphWiring::rebuild);
    connect(m_view, &GraphView::handleSelected, m_explorer, &ExplorerWiring::selectHandle);
    connect(m_explorer, &ExplorerWiring::handleSelected, m_view, &GraphView::selectHandle);
    connect(m_view->scene(), &GraphScene::edgeActivated, this, &GraphWiring::showEdgeEvents);
    connect(m_view->scene(), &GraphScene::nodeActivated, this, &GraphWiring::findNodeEvents);
    connect(m_view, &GraphView::pairsChosen, this, &GraphWiring::findPairsEvents);
    connect(m_view, &GraphView::classEdgesChosen, this, &GraphWiring::findClassEdgesEvents);
    connect(m_view, &GraphView::leftOutChosen, this, &GraphWiring::findLeftOutEvents);
    connect(m_view, &GraphView::allEdgesChosen, this, [this]() {
        const ContactGraph &graph = m_view->scene()->graph();
        findEdgeEvents(graph.edges, tr("the events of every edge between the graph's %Ln handle(s)", nullptr, int(graph.nodes.size())));
    });
}

void GraphWiring::findPairsEvents(EvidenceClass evidenceClass)
{
    const ContactGraph &graph = m_view->scene()->graph();
    const QList<QPair<int, int>> pairs =
        evidenceClass == EvidenceClass::Lookup ? graph.lookupOnlyPairs() : graph.communicationOnlyPairs();
    findEdgeEvents(graph.edgesBetween(pairs),
                   evidenceClass == EvidenceClass::Lookup
                       ? tr("the lookups of the %n pair(s) resting only on lookups", nullptr, int(pairs.size()))
                       : tr("the communications of the %n pair(s) resting only on communications", nullptr, int(pairs.size())));
}

void GraphWiring::findClassEdgesEvents(EvidenceClass evidenceClass)
{
    const QList<GraphEdge> edges = m_view->scene()->graph().edgesOf(evidenceClass);
    findEdgeEvents(edges, evidenceClass == EvidenceClass::Lookup
                              ? tr("the lookups of the graph's %n lookup edge(s)", nullptr, int(edges.size()))
                              : tr("the communications of the graph's %n communication edge(s)", nullptr, int(edges.size())));
}

void GraphWiring::findNodeEvents(const GraphNode &node)
{
    const ContactGraph &graph = m_view->scene()->graph();
    const int index = graph.nodeOf(node.handle);
    if (index < 0)
        return;
    const QList<GraphEdge> edges = graph.edgesAt(index);
    findEdgeEvents(edges, tr("the events of the %n edge(s) of %1 in the graph", nullptr, int(edges.size())).arg(node.handle));
}

void GraphWiring::findEdgeEvents(const QList<GraphEdge> &edges, const QString &description)
{
    findEvents([edges](QSqlDatabase db, const ContactGraph &graph, const GraphFilter &filter) {
        return ContactGraph::edgeEventIds(db, graph, filter, edges);
    }, description);
}

void GraphWiring::findLeftOutEvents(NoOneParty kind)
{
    const ContactGraph &graph = m_view->scene()->graph();
    const std::array<qint64, 2> &leftOut = kind == NoOneParty::Withheld ? graph.withheld : graph.masked;
    const QString counts = QStringList{EvidenceClassText::pluralCount(EvidenceClass::Lookup, leftOut[0]),
                                       EvidenceClassText::pluralCount(EvidenceClass::Communication, leftOut[1])}
                               .join(QStringLiteral(" · "));
    findEvents([kind](QSqlDatabase db, const ContactGraph &, const GraphFilter &filter) {
        return ContactGraph::leftOutEventIds(db, filter, kind);
    }, kind == NoOneParty::Withheld ? tr("the records with a withheld number the graph leaves out (%1)").arg(counts)
                                    : tr("the records with a masked number or address the graph leaves out (%1)").arg(counts));
}

void GraphWiring::findEvents(const EventIdsOf &idsOf, const QString &description)
{
    if (!m_session)
        return;
    const int request = m_request;
    QFuture<QList<qint64>> job =
        QtConcurrent::run(BackgroundPool::instance(), [path = m_session->path(), graph = m_view->scene()->graph(),
                                                       filter = m_shown.filter, idsOf]() -> QList<qint64> {
            QString error;
            const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
            return db ? idsOf(db->db(), graph, filter) : QList<qint64>{};
        });
    m_findingEdges = QFuture<void>(job);
    whenFinished(this, job, [this, request, description](const QList<qint64> &ids) {
        if (request == m_request) // the graph they were found for is still the one shown
            emit eventsChosen(ids, description);
    });
}

void GraphWiring::showEdgeEvents(const GraphEdge &edge)
{
    const ContactGraph &graph = m_view->scene()->graph();
    if (!m_session || edge.from >= graph.nodes.size() || edge.to >= graph.nodes.size())
        return;
    const GraphFilter &filter = m_shown.filter;
    // The graph's window ends before its last instant; the events filter's range includes it.
    m_explorer->showPairEvents(graph.nodes[edge.from].handle, graph.nodes[edge.to].handle,
                               edge.evidenceClass, filter.fromMs,
                               filter.toMs ? std::optional<qint64>(*filter.toMs - 1) : std::nullopt,
                               filter.sourceIds, filter.withDuplicates);
    emit edgeEventsShown();
}

GraphWiring::~GraphWiring()
{
    m_wanted->store(-1); // a layout not yet begun is not waited for
    m_building.waitForFinished();
    m_findingEdges.waitForFinished();
}

void GraphWiring::attach(CaseSession *session)
{
    m_session = session;
    m_wanted->store(++m_request);
    m_view->setGraph(ContactGraph{}, {});
    if (!session)
        return;
    // The time index gives the span at once; stats() would count every class as well.
    const auto [firstMs, lastMs] = CaseQueries(session->database().db()).timeSpan();
    m_view->setTimeSpan(firstMs.value_or(0), lastMs.value_or(0), session->displayZone());
    reload();
}

void GraphWiring::reload()
{
    if (!m_session)
        return;
    m_view->setSources(m_session->sources()->sources()); // as the session read them last
    // An import may reach further: sliders at the case's ends follow it; a window the analyst
    // set keeps the span its times were chosen on.
    if (!m_view->request().filter.fromMs) {
        const auto [firstMs, lastMs] = CaseQueries(m_session->database().db()).timeSpan();
        m_view->setTimeSpan(firstMs.value_or(0), lastMs.value_or(0), m_session->displayZone());
    }
    rebuild();
}

GraphWiring::Built GraphWiring::build(const QString &casePath, const GraphRequest &request,
                                      const GraphLayout::StillWanted &wanted)
{
    // Filters changed quickly start several requests at once, on the pool's threads: one already
    // superseded leaves the case's queries to the newest.
    const auto superseded = [&wanted]() { return wanted && !wanted(); };
    if (superseded())
        return {};
    QString error;
    // Its layout is kept in the case for next time where the case can be written.
    const auto db = CaseDatabase::open(casePath, CaseDatabase::accessFor(casePath), &error);
    if (!db)
        return {};
    const ContactGraph graph = ContactGraph::build(db->db(), request.filter, request.scope);
    if (superseded())
        return {};
    const QList<GraphSequence> sequences = ContactGraph::lookupThenCommunication(db->db(), graph, request.filter, SequenceMinutes);
    return {graph, GraphLayout::layout(db->db(), graph, wanted).positions, sequences, graph.lookupOnlyPairs().size(),
            graph.communicationOnlyPairs().size()};
}

void GraphWiring::rebuild()
{
    if (!m_session)
        return;
    const int request = ++m_request;
    m_wanted->store(request);
    const QString path = m_session->path();
    const GraphRequest wanted = m_view->request();
    m_view->setBusy(true);
    QFuture<Built> job = QtConcurrent::run(BackgroundPool::instance(), [path, wanted, request, latest = m_wanted]() {
        return build(path, wanted, [request, latest]() { return latest->load() == request; });
    });
    m_building = QFuture<void>(job);
    whenFinished(this, job, [this, request, wanted](const Built &built) {
        if (request != m_request)
            return; // superseded: this answer is dropped
        m_shown = wanted;
        m_view->setGraph(built.graph, built.positions);
        QList<qint64> lookups;
        for (const GraphSequence &sequence : built.sequences)
            lookups.append(sequence.lookupId);
        m_view->setInsights({built.lookupOnlyPairs, built.communicationOnlyPairs, SequenceMinutes, lookups});
        emit graphShown();
    });
}
