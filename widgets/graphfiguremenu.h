#pragma once

#include "contactgraph.h"

#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

/// @brief The graph's context menus, a node's and an edge's, as the lists' rows have theirs: a
/// node's lists the events of its edges drawn (as a double click does) or every event of its
/// handle, shows its timeline or draws its neighbourhood; an edge's lists its events (as a double
/// click does) or every event between its two handles, or opens their cross-reference. Each menu
/// is a new one, deleted once closed. GUI thread only.
class GraphFigureMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphFigureMenu)
public:
    /// @brief Menus are shown over @p parent.
    explicit GraphFigureMenu(QWidget *parent);
    /// @brief Pops up @p node's menu at @p screenPos; the menu shown.
    QMenu *popUp(const GraphNode &node, const QPoint &screenPos);
    /// @brief Pops up the menu of @p edge of @p graph at @p screenPos; the menu shown.
    QMenu *popUp(const GraphEdge &edge, const ContactGraph &graph, const QPoint &screenPos);
    /// @brief Closes the menu shown, if any: its figure is no longer drawn as it was.
    void close();

signals:
    /// @brief The events of @p node's edges drawn are wanted (a double click's).
    void nodeEdgesWanted(const GraphNode &node);
    /// @brief Every event of @p handleId is wanted, every other filter cleared.
    void handleEventsWanted(qint64 handleId);
    /// @brief The timeline of @p handleId is wanted.
    void timelineWanted(qint64 handleId);
    /// @brief The neighbourhood of @p handleId is wanted.
    void neighbourhoodWanted(qint64 handleId);
    /// @brief @p edge's events are wanted (a double click's).
    void edgeEventsWanted(const GraphEdge &edge);
    /// @brief Every event between @p first and @p second (normalised handles) is wanted.
    void pairEventsWanted(const QString &first, const QString &second);
    /// @brief The cross-reference of @p firstId and @p secondId is wanted.
    void crossReferenceWanted(qint64 firstId, qint64 secondId);

private:
    QMenu *newMenu();
    QWidget *m_parent;
    QPointer<QMenu> m_shown;
};
