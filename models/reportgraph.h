#pragma once

#include "contactgraph.h"
#include "reportfigures.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>

/// @brief A report's contact graph as inline SVG: each handle of its lookups and communications a
/// point named beside it, an arrow of each class from the handle that looked up or sent to the
/// other. Lookups dashed amber with a hollow head, communications solid blue with a filled head,
/// never one arrow for both; the legend in the picture.
class ReportGraph final
{
    Q_DECLARE_TR_FUNCTIONS(ReportGraph)
public:
    /// More handles than this make a picture no one can read: the report draws the busiest.
    static constexpr int MostHandlesDrawn = 40;

    /// @brief The pairs between the @p most handles with the most lookups and communications in
    /// @p pairs (among equals, the lower id: the handle the case met first).
    static QList<ReportPairFigures> amongBusiest(const QList<ReportPairFigures> &pairs, int most);
    /// @brief How many handles @p pairs join.
    static qsizetype handlesOf(const QList<ReportPairFigures> &pairs);
    /// @brief The pairs as a contact graph: a node for each handle (shown as @p figures shows it,
    /// as GraphNode::handle), an edge for each pair and class with any events.
    static ContactGraph graphOf(const QList<ReportPairFigures> &pairs,
                                const ReportFigures &figures);
    /// @brief The picture of @p graph with its nodes at @p positions (GraphLayout's, in points,
    /// y upwards), scaled to the report's width.
    static QString svg(const ContactGraph &graph, const QHash<qint64, QPointF> &positions);
};
