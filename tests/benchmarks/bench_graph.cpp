// Contact-graph benchmark (issue: contact graph). A generated case whose events make a graph of
// 10,000 handles and 50,000 edges (lookups and communications). Prints the time to build the
// graph from the case, lay it out with Graphviz, and paint it, beside the time of Graphviz's own
// `sfdp` command on the same graph written as DOT; the time to find the events behind the status
// line's figures and the lookups followed by a communication; then the time of a pan and a zoom repaint.
// Targets: build + layout ≤ 1.2× the bare sfdp; pan and zoom never block for more than 50 ms.
// Usage: bench_graph [--handles 10000] [--edges 50000] [--dir /tmp/llbench-graph]   (offscreen)

#include "benchsupport.h"
#include "casedatabase.h"
#include "contactgraph.h"
#include "graphexport.h"
#include "graphlayout.h"
#include "graphscene.h"
#include "graphview.h"
#include "importjob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsView>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>

#include <cstdio>

namespace {

QString phone(int i)
{
    return QStringLiteral("+1202%1").arg(5500000 + i);
}

void writeInputs(const QString &dir, int handles, int edges)
{
    QFile ids(dir + QStringLiteral("/lookups.csv"));
    QFile cdr(dir + QStringLiteral("/calls.csv"));
    if (!ids.open(QIODevice::WriteOnly) || !cdr.open(QIODevice::WriteOnly))
        qFatal("cannot write the inputs");
    ids.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    cdr.write("Call ID,Start Time (UTC),Originating Number,Terminating Number,Call Type,Duration (s),Cell Site\n");
    QRandomGenerator random(20261122);
    QSet<QPair<int, int>> seen[2];
    for (int n = 0; n < edges;) {
        const int cls = n % 5 < 3 ? 0 : 1; // three lookup edges for every two communication edges
        // A few busy handles and many quiet ones, as in real returns.
        const int a = int(random.bounded(handles / 10)) * (random.bounded(3) == 0 ? 1 : 10) % handles;
        const int b = int(random.bounded(handles));
        if (a == b || seen[cls].contains({a, b}))
            continue;
        seen[cls].insert({a, b});
        const QByteArray t = QDateTime::fromSecsSinceEpoch(1767225600 + qint64(n) * 60, QTimeZone::utc())
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                 .toLatin1();
        if (cls == 0)
            ids.write(t + ',' + phone(a).toLatin1() + ',' + phone(b).toLatin1() + ",198.51.100.1,1\n");
        else
            cdr.write("C" + QByteArray::number(n) + ',' + t + ',' + phone(a).toLatin1() + ',' + phone(b).toLatin1() + ",Voice,60,X\n");
        ++n;
    }
}

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/// The status line's links: the events behind every edge of a class, and behind the pairs
/// resting on one class (worker thread in the GUI).
void printEdgeEventTimes(QSqlDatabase db, const ContactGraph &graph)
{
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication}) {
        for (bool pairsOnly : {false, true}) {
            const QList<GraphEdge> edges = pairsOnly ? graph.edgesBetween(cls == EvidenceClass::Lookup ? graph.lookupOnlyPairs()
                                                                                                       : graph.communicationOnlyPairs())
                                                     : graph.edgesOf(cls);
            QElapsedTimer timer;
            timer.start();
            const QList<qint64> ids = ContactGraph::edgeEventIds(db, graph, {}, edges);
            std::printf("events behind %s %s: %lld edges, %lld events found in %.0f ms\n", pairsOnly ? "the pairs resting only on" : "every edge of",
                        cls == EvidenceClass::Lookup ? "lookups" : "communications", static_cast<long long>(edges.size()),
                        static_cast<long long>(ids.size()), ms(timer));
        }
    }
}

/// The lookups followed by a communication within the graph view's 30 minutes (worker thread
/// in the GUI; the JSON export's by default).
void printSequenceTime(QSqlDatabase db, const ContactGraph &graph)
{
    QElapsedTimer timer;
    timer.start();
    const QList<GraphSequence> sequences = ContactGraph::lookupThenCommunication(db, graph, {}, 30);
    std::printf("lookups followed by a communication within 30 minutes: %lld found in %.0f ms\n",
                static_cast<long long>(sequences.size()), ms(timer));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int handles = BenchSupport::arg(argc, argv, "--handles", QStringLiteral("10000")).toInt();
    const int edges = BenchSupport::arg(argc, argv, "--edges", QStringLiteral("50000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench-graph"));
    QDir().mkpath(dir);
    const QString casePath = dir + QStringLiteral("/graph-%1-%2.llcase").arg(handles).arg(edges);
    if (!QFile::exists(casePath)) {
        std::printf("building a case of %d edges among %d handles …\n", edges, handles);
        writeInputs(dir, handles, edges);
        ImportParams params;
        params.casePath = casePath;
        params.files = {dir + QStringLiteral("/lookups.csv"), dir + QStringLiteral("/calls.csv")};
        if (!ImportJob::run(params).allOk())
            return 1;
    }
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db) {
        std::printf("%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const ContactGraph graph = ContactGraph::build(db->db());
    const double build = ms(timer);
    timer.restart();
    const GraphLayout::Result layout = GraphLayout::compute(graph);
    const double layoutMs = ms(timer);
    std::printf("graph: %lld handles, %lld edges; built in %.0f ms, laid out (%s) in %.0f ms\n",
                static_cast<long long>(graph.nodes.size()), static_cast<long long>(graph.edges.size()), build,
                qPrintable(layout.engine), layoutMs);

    const QString dot = dir + QStringLiteral("/graph.dot");
    QFile file(dot);
    if (!file.open(QIODevice::WriteOnly) || file.write(GraphExport::dot(graph)) < 0)
        return 1;
    file.close();
    timer.restart();
    const int status = QProcess::execute(QStringLiteral("sfdp"), {QStringLiteral("-Tplain"), QStringLiteral("-o"),
                                                                  QStringLiteral("/dev/null"), dot});
    const double bare = ms(timer);
    std::printf("bare `sfdp -Tplain` on the same graph as DOT: %.0f ms (exit %d)\n", bare, status);
    std::printf("build + layout: %.0f ms = %.2f× the bare sfdp (target ≤ 1.2×)\n", build + layoutMs, (build + layoutMs) / bare);
    printEdgeEventTimes(db->db(), graph);
    printSequenceTime(db->db(), graph);

    GraphView view;
    view.resize(1600, 900);
    view.show();
    timer.restart();
    view.setGraph(graph, layout.positions);
    view.view()->viewport()->grab();
    std::printf("first paint (items + fit + repaint): %.0f ms\n", ms(timer));
    const double fitScale = view.view()->transform().m11();
    double worst = 0;
    for (int step = 0; step < 5; ++step) {
        timer.restart();
        view.view()->horizontalScrollBar()->setValue(view.view()->horizontalScrollBar()->value() + 40);
        view.view()->viewport()->grab(); // paints the visible part, as a repaint does
        const double pan = ms(timer);
        timer.restart();
        view.view()->scale(1.25, 1.25);
        view.view()->viewport()->grab();
        const double zoom = ms(timer);
        worst = qMax(worst, qMax(pan, zoom));
        std::printf("pan %.1f ms, zoom in %.1f ms\n", pan, zoom);
    }
    // Far in, as an analyst reading a crowded hub's names does: a few nodes, large on screen.
    for (int step = 0; step < 5; ++step) {
        timer.restart();
        view.view()->scale(2, 2);
        view.view()->viewport()->grab();
        const double zoom = ms(timer);
        timer.restart();
        view.view()->horizontalScrollBar()->setValue(view.view()->horizontalScrollBar()->value() + 40);
        view.view()->viewport()->grab();
        const double pan = ms(timer);
        worst = qMax(worst, qMax(pan, zoom));
        std::printf("zoom in to %.0f× the fit: %.1f ms, pan %.1f ms\n", view.view()->transform().m11() / fitScale, zoom,
                    pan);
    }
    std::printf("slowest pan or zoom repaint: %.1f ms (target ≤ 50 ms)\n", worst);
    std::printf("peak memory: %lld MiB\n", static_cast<long long>(BenchSupport::peakRssKiB() / 1024));
    return 0;
}
