#include "reportgraph.h"

#include "reportsvg.h"

#include <QLineF>
#include <QRectF>
#include <QSet>

#include <algorithm>
#include <functional>
#include <iterator>

using namespace ReportSvg;

namespace {

constexpr double GraphWidth = 900;
constexpr double GraphMostHeight = 640;
constexpr double GraphMargin = 24;
constexpr double GraphLabelRoom = 150; // the names stand to either side of their points
constexpr double GraphTop = 40;        // the legend stands above the graph
constexpr double NodeRadius = 6;
constexpr double MostScale = 2.5; // a graph of two handles is not stretched across the page

QString headId(EvidenceClass evidenceClass)
{
    return evidenceClass == EvidenceClass::Lookup
               ? QStringLiteral("report-graph-head-lookup")
               : QStringLiteral("report-graph-head-communication");
}

/// Arrowheads: hollow for lookups, filled for communications, as the graph view draws them.
QString heads()
{
    QString out = QStringLiteral("<defs>");
    for (const EvidenceClass evidenceClass : {EvidenceClass::Lookup, EvidenceClass::Communication})
        out +=
            QStringLiteral("<marker id=\"%1\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
                           "markerWidth=\"10\" markerHeight=\"10\" markerUnits=\"userSpaceOnUse\" "
                           "orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%2\" "
                           "stroke=\"%3\" stroke-width=\"1.5\"/></marker>")
                .arg(headId(evidenceClass),
                     evidenceClass == EvidenceClass::Lookup ? QStringLiteral("white")
                                                            : colour(evidenceClass),
                     colour(evidenceClass));
    return out + QStringLiteral("</defs>");
}

QString edgeAttributes(EvidenceClass evidenceClass)
{
    return QStringLiteral(
               "fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\"%2 marker-end=\"url(#%3)\"")
        .arg(colour(evidenceClass), dashes(evidenceClass), headId(evidenceClass));
}

QString graphLegend(const ContactGraph &graph)
{
    QString out;
    double x = GraphMargin;
    for (const EvidenceClass evidenceClass :
         {EvidenceClass::Lookup, EvidenceClass::Communication}) {
        if (std::none_of(graph.edges.cbegin(), graph.edges.cend(),
                         [&](const GraphEdge &e) { return e.evidenceClass == evidenceClass; }))
            continue;
        out += QStringLiteral("<line x1=\"%1\" y1=\"16\" x2=\"%2\" y2=\"16\" %3/>")
                   .arg(number(x), number(x + 40), edgeAttributes(evidenceClass));
        const QString label = EvidenceClassText::label(evidenceClass);
        out += text(x + 48, 20, label);
        x += 64 + 8 * label.size();
    }
    return out;
}

/// Where the graph's points go on the page: Graphviz's points scaled alike in both directions.
struct Placement
{
    QRectF bounds;
    double scale = 1;
    double left = GraphMargin;

    QPointF at(const QPointF &p) const
    {
        return {left + (p.x() - bounds.left()) * scale,
                GraphTop + GraphMargin + (bounds.bottom() - p.y()) * scale};
    }
    double height() const { return GraphTop + 2 * GraphMargin + bounds.height() * scale; }
};

Placement placementOf(const QHash<qint64, QPointF> &positions)
{
    Placement placement;
    if (!positions.isEmpty()) {
        const auto [left, right] =
            std::minmax_element(positions.cbegin(), positions.cend(),
                                [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
        const auto [bottom, top] =
            std::minmax_element(positions.cbegin(), positions.cend(),
                                [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        placement.bounds = QRectF(QPointF(left->x(), bottom->y()), QPointF(right->x(), top->y()));
    }
    const double usableWidth = GraphWidth - 2 * (GraphMargin + GraphLabelRoom);
    const double usableHeight = GraphMostHeight - GraphTop - 2 * GraphMargin;
    placement.scale = std::min({MostScale, usableWidth / std::max(placement.bounds.width(), 1.0),
                                usableHeight / std::max(placement.bounds.height(), 1.0)});
    placement.left = GraphMargin + GraphLabelRoom +
                     (usableWidth - placement.bounds.width() * placement.scale) / 2;
    return placement;
}

/// A curve bowed to the right of its way: lookups further out than communications, so neither
/// class nor either direction hides another.
QString edgePath(const QPointF &from, const QPointF &to, EvidenceClass evidenceClass)
{
    const QLineF line(from, to);
    if (line.length() < 1) { // a handle that looked itself up: a loop above its point
        return QStringLiteral("M%1,%2 C%3,%4 %5,%6 %7,%8")
            .arg(number(from.x()), number(from.y() - NodeRadius), number(from.x() - 10),
                 number(from.y() - 40), number(from.x() + 30), number(from.y() - 30),
                 number(from.x() + NodeRadius + 1), number(from.y() - 2));
    }
    const QPointF unit = (to - from) / line.length();
    const QPointF right(-unit.y(), unit.x());
    const QPointF control =
        line.center() + right * (evidenceClass == EvidenceClass::Lookup ? 28 : 12);
    const QLineF start(from, control);
    const QLineF end(to, control);
    const QPointF a = start.pointAt((NodeRadius + 1) / std::max(start.length(), 1.0));
    const QPointF b = end.pointAt((NodeRadius + 2) / std::max(end.length(), 1.0));
    return QStringLiteral("M%1,%2 Q%3,%4 %5,%6")
        .arg(number(a.x()), number(a.y()), number(control.x()), number(control.y()), number(b.x()),
             number(b.y()));
}

/// Where the graph's node of this index stands on the page.
using PointOf = std::function<QPointF(int)>;

QString edgesSvg(const ContactGraph &graph, const PointOf &at)
{
    QString out;
    for (const GraphEdge &edge : graph.edges) {
        const QString words =
            QStringLiteral("%1 \u2192 %2: %3")
                .arg(graph.nodes[edge.from].handle, graph.nodes[edge.to].handle,
                     EvidenceClassText::pluralCount(edge.evidenceClass, edge.count));
        out += QStringLiteral("<path d=\"%1\" %2><title>%3</title></path>")
                   .arg(edgePath(at(edge.from), at(edge.to), edge.evidenceClass),
                        edgeAttributes(edge.evidenceClass), words.toHtmlEscaped());
    }
    return out;
}

/// Each point, its name on the side its arrows mostly leave free, haloed in white so that an
/// arrow passing behind it leaves it readable.
QString nodesSvg(const ContactGraph &graph, const PointOf &at)
{
    QList<double> pull(graph.nodes.size(), 0);
    for (const GraphEdge &edge : graph.edges) {
        const double dx = at(edge.to).x() - at(edge.from).x();
        pull[edge.from] += dx;
        pull[edge.to] -= dx;
    }
    QString out;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const QPointF p = at(i);
        out += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"white\" "
                              "stroke=\"#333333\" stroke-width=\"1.5\"/>")
                   .arg(number(p.x()), number(p.y()), number(NodeRadius));
        const bool left = pull[i] > 0;
        out += QStringLiteral(
                   "<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" paint-order=\"stroke\" "
                   "stroke=\"white\" stroke-width=\"3\" stroke-linejoin=\"round\">%4</text>")
                   .arg(number(p.x() + (left ? -1 : 1) * (NodeRadius + 3)), number(p.y() + 4),
                        left ? QStringLiteral("end") : QStringLiteral("start"),
                        graph.nodes[i].handle.toHtmlEscaped());
    }
    return out;
}

} // namespace

QList<ReportPairFigures> ReportGraph::amongBusiest(const QList<ReportPairFigures> &pairs, int most)
{
    QHash<qint64, qint64> events;
    for (const ReportPairFigures &pair : pairs) {
        const qint64 count = pair.lookups + pair.communications; // to rank by, never shown
        events[pair.fromId] += count;
        if (pair.toId != pair.fromId)
            events[pair.toId] += count;
    }
    QList<std::pair<qint64, qint64>> ranked; // (events, id), the most first
    for (auto it = events.cbegin(); it != events.cend(); ++it)
        ranked.append({it.value(), it.key()});
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QSet<qint64> kept;
    for (qsizetype i = 0; i < qMin(qsizetype(most), ranked.size()); ++i)
        kept.insert(ranked[i].second);
    QList<ReportPairFigures> among;
    std::copy_if(pairs.cbegin(), pairs.cend(), std::back_inserter(among),
                 [&kept](const ReportPairFigures &pair) {
                     return kept.contains(pair.fromId) && kept.contains(pair.toId);
                 });
    return among;
}

qsizetype ReportGraph::handlesOf(const QList<ReportPairFigures> &pairs)
{
    QSet<qint64> handles;
    for (const ReportPairFigures &pair : pairs)
        handles << pair.fromId << pair.toId;
    return handles.size();
}

ContactGraph ReportGraph::graphOf(const QList<ReportPairFigures> &pairs,
                                  const ReportFigures &figures)
{
    ContactGraph graph;
    QHash<qint64, int> nodeOf;
    const auto node = [&](qint64 id) {
        auto it = nodeOf.find(id);
        if (it == nodeOf.end()) {
            GraphNode n;
            n.handleId = id;
            n.handle = figures.shown(id);
            graph.nodes.append(n);
            it = nodeOf.insert(id, int(graph.nodes.size()) - 1);
        }
        return *it;
    };
    // In the order of the handles' ids, as ContactGraph::build() takes them: Graphviz then lays
    // the same events out as the window's graph view does.
    QList<ReportPairFigures> byIds = pairs;
    std::sort(byIds.begin(), byIds.end(),
              [](const ReportPairFigures &a, const ReportPairFigures &b) {
                  return std::pair(a.fromId, a.toId) < std::pair(b.fromId, b.toId);
              });
    for (const ReportPairFigures &pair : std::as_const(byIds)) {
        const int from = node(pair.fromId);
        const int to = node(pair.toId);
        if (pair.lookups > 0)
            graph.edges.append({from, to, EvidenceClass::Lookup, pair.lookups});
        if (pair.communications > 0)
            graph.edges.append({from, to, EvidenceClass::Communication, pair.communications});
    }
    return graph;
}

QString ReportGraph::svg(const ContactGraph &graph, const QHash<qint64, QPointF> &positions)
{
    const Placement placement = placementOf(positions);
    const PointOf at = [&](int node) {
        return placement.at(positions.value(graph.nodes[node].handleId));
    };
    QString out = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" "
                                 "height=\"%2\" viewBox=\"0 0 %1 %2\""
                                 " font-family=\"sans-serif\" font-size=\"11\" role=\"img\">"
                                 "<title>%3</title>")
                      .arg(number(GraphWidth), number(placement.height()),
                           tr("The handles of this report's lookups and communications, an arrow "
                              "of each class from the handle that looked up or sent (the table "
                              "below gives the figures)")
                               .toHtmlEscaped());
    return out + heads() + graphLegend(graph) + edgesSvg(graph, at) + nodesSvg(graph, at) +
           QStringLiteral("</svg>");
}
