#include "graphfiguremenu.h"

#include "casequeries.h"
#include "evidenceclass.h"
#include "plotfiguremenu.h"

#include <QMenu>

GraphFigureMenu::GraphFigureMenu(QWidget *parent) : QObject(parent), m_parent(parent)
{
}

QMenu *GraphFigureMenu::newMenu()
{
    close();
    auto *menu = new QMenu(m_parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    m_shown = menu;
    return menu;
}

void GraphFigureMenu::close()
{
    if (m_shown)
        m_shown->close();
}

QMenu *GraphFigureMenu::popUp(const GraphNode &node, const QPoint &screenPos)
{
    QMenu *menu = newMenu();
    const qint64 id = node.handleId;
    menu->addSection(CaseQueries::displayHandle(node.handle, node.label)); // whose menu it is
    // Copies into the lambdas: the graph may be drawn anew while the menu is open.
    menu->addAction(tr("List the events of its &edges"), this,
                    [this, node]() { emit nodeEdgesWanted(node); });
    menu->addAction(tr("List &all its events"), this,
                    [this, id]() { emit handleEventsWanted(id); });
    menu->addAction(tr("Show the &timeline"), this, [this, id]() { emit timelineWanted(id); });
    menu->addAction(tr("Draw its &neighbourhood"), this,
                    [this, id]() { emit neighbourhoodWanted(id); });
    PlotFigureMenu::fitSections(menu);
    menu->popup(screenPos);
    return menu;
}

QMenu *GraphFigureMenu::popUp(const GraphEdge &edge, const ContactGraph &graph,
                              const QPoint &screenPos)
{
    QMenu *menu = newMenu();
    const GraphNode from = graph.nodes.value(edge.from);
    const GraphNode to = graph.nodes.value(edge.to);
    // Which edge, of which class: "+12025550143 → +13125550147: 4 lookups".
    menu->addSection(tr("%1 → %2: %3")
                         .arg(CaseQueries::displayHandle(from.handle, from.label),
                              CaseQueries::displayHandle(to.handle, to.label),
                              EvidenceClassText::pluralCount(edge.evidenceClass, edge.count)));
    menu->addAction(tr("&List its events"), this, [this, edge]() { emit edgeEventsWanted(edge); });
    QAction *pair =
        menu->addAction(tr("List the events between its two &handles"), this,
                        [this, from, to]() { emit pairEventsWanted(from.handle, to.handle); });
    QAction *cross =
        menu->addAction(tr("Cross-&reference its two handles"), this, [this, from, to]() {
            emit crossReferenceWanted(from.handleId, to.handleId);
        });
    // A handle that looked itself up: one handle, no pair (as an event's menu says).
    pair->setEnabled(from.handleId != to.handleId);
    cross->setEnabled(from.handleId != to.handleId);
    PlotFigureMenu::fitSections(menu);
    menu->popup(screenPos);
    return menu;
}
