#include "casequeries.h"
#include "casesession.h"
#include "crossreferencepanel.h"
#include "eventfilterbar.h"
#include "eventleadactions.h"
#include "explorerwiring.h"
#include "geowiring.h"
#include "graphfiguremenu.h"
#include "graphview.h"
#include "handlesview.h"
#include "ipsview.h"
#include "mainwindow.h"
#include "mappanel.h"
#include "sourcespanel.h"
#include "timelineview.h"

#include <QDockWidget>
#include <QTabWidget>

void MainWindow::connectContextMenus()
{
    // A row's context menu in a list leads to the view it asks for: the events, the timeline,
    // the graph, the map or a dock.
    connect(m_handlesView, &HandlesView::eventsWanted, this, &MainWindow::listHandleEvents);
    connect(m_handlesView, &HandlesView::timelineWanted, this,
            [this]() { m_tabs->setCurrentWidget(m_timeline); });
    connect(m_handlesView, &HandlesView::neighbourhoodWanted, this,
            &MainWindow::drawNeighbourhoodOf);
    connect(m_sourcesPanel, &SourcesPanel::sourceGraphChosen, this,
            [this](const QList<qint64> &sourceIds, bool withDuplicates) {
                m_graph->drawSource(sourceIds, withDuplicates);
                m_tabs->setCurrentWidget(m_graph);
            });
    connect(m_ipsView, &IpsView::eventsWanted, this, &MainWindow::listIpEvents);
    // The address is chosen everywhere as it is highlighted: the map and the details show it.
    connect(m_ipsView, &IpsView::mapWanted, this,
            [this]() { m_tabs->setCurrentWidget(m_mapPanel); });
    connect(m_ipsView, &IpsView::detailsWanted, this, &MainWindow::showIpDetails);
    // A circle's menu: the circle is selected everywhere as it is right-clicked.
    connect(m_mapPanel, &MapPanel::eventsWanted, this, &MainWindow::listIpEvents);
    connect(m_mapPanel, &MapPanel::detailsWanted, this, &MainWindow::showIpDetails);
    // The cross-reference's pair listed (by the explorer's wiring) in the events table, shown.
    connect(m_crossReference, &CrossReferencePanel::pairEventsWanted, this,
            [this]() { m_tabs->setCurrentIndex(0); });
    connectEventMenu();
    connectGraphMenus();
}

void MainWindow::connectEventMenu()
{
    connect(m_eventLeads, &EventLeadActions::pairEventsWanted, this, &MainWindow::listEventsAround);
    connect(m_eventLeads, &EventLeadActions::crossReferenceWanted, m_wiring,
            &ExplorerWiring::showCrossReference);
    connect(m_eventLeads, &EventLeadActions::sourceWanted, m_wiring,
            &ExplorerWiring::showSourceDescription);
    connect(m_eventLeads, &EventLeadActions::placeWanted, this, &MainWindow::showIpOnMap);
    // The timeline's figures lead where an event's and an address's menus do.
    connect(m_timeline, &TimelineView::pairEventsWanted, this, &MainWindow::listEventsAround);
    connect(m_timeline, &TimelineView::placeWanted, this, &MainWindow::showIpOnMap);
    connect(m_timeline, &TimelineView::eventPlaceWanted, this, &MainWindow::showEventIpOnMap);
    connect(m_timeline, &TimelineView::sourceWanted, m_wiring, &ExplorerWiring::showSourceOfEvent);
    connect(m_timeline, &TimelineView::crossReferenceWanted, this,
            [this](const QString &initiator, const QString &second) {
                const auto first = m_session ? m_session->resolveHandle(initiator) : std::nullopt;
                const auto other = m_session ? m_session->resolveHandle(second) : std::nullopt;
                if (first && other)
                    m_wiring->showCrossReference(*first, *other);
            });
}

void MainWindow::listEventsAround(const QString &first, const QString &second, qint64 eventId)
{
    listEventsBetween(first, second);
    m_wiring->selectEvent(eventId); // one of them: still highlighted, its line shown
}

void MainWindow::showIpOnMap(const QString &ip)
{
    m_geoWiring->selectIp(ip); // its details shown too
    m_tabs->setCurrentWidget(m_mapPanel);
}

void MainWindow::showEventIpOnMap(qint64 eventId)
{
    if (!m_session)
        return;
    const auto provenance = CaseQueries(m_session->database().db()).provenance(eventId);
    if (provenance && !provenance->event.clientIp.isEmpty())
        showIpOnMap(provenance->event.clientIp);
}

void MainWindow::connectGraphMenus()
{
    // A node's and an edge's menus lead where a handle's and an event's do.
    GraphFigureMenu *menu = m_graph->figureMenu();
    connect(menu, &GraphFigureMenu::handleEventsWanted, this, &MainWindow::listHandleEvents);
    connect(menu, &GraphFigureMenu::timelineWanted, this, [this](qint64 handleId) {
        m_wiring->selectHandle(handleId);
        m_tabs->setCurrentWidget(m_timeline);
    });
    connect(menu, &GraphFigureMenu::neighbourhoodWanted, this, &MainWindow::drawNeighbourhoodOf);
    connect(menu, &GraphFigureMenu::pairEventsWanted, this, &MainWindow::listEventsBetween);
    connect(menu, &GraphFigureMenu::crossReferenceWanted, m_wiring,
            &ExplorerWiring::showCrossReference);
}

void MainWindow::listHandleEvents(qint64 handleId)
{
    m_wiring->selectHandle(handleId); // where the handle is chosen already: no change
    m_filterBar->showHandleEvents();
    m_tabs->setCurrentIndex(0);
}

void MainWindow::listIpEvents(const QString &ip)
{
    m_filterBar->showIpEvents(ip, std::nullopt);
    m_tabs->setCurrentIndex(0);
}

void MainWindow::showIpDetails()
{
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("ipDetailsDock"))) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::drawNeighbourhoodOf(qint64 handleId)
{
    m_wiring->selectHandle(handleId);
    m_graph->drawNeighbourhood();
    m_tabs->setCurrentWidget(m_graph);
}

void MainWindow::listEventsBetween(const QString &first, const QString &second)
{
    m_filterBar->showEventsBetween(first, second);
    m_tabs->setCurrentIndex(0);
}
