#pragma once

#include "docklayout.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class CaseSession;
class ChangesElsewhere;
class CrossReferencePanel;
class EventFilterBar;
class EventLeadActions;
class EventMarkAction;
class EventsExportAction;
class ReportAction;
class AuditLogAction;
class EvidenceCheckAction;
class ExplorerWiring;
class HighlightedEvent;
class GeoActions;
class GeoWiring;
class IpDetailsPanel;
class IpsView;
class MapPanel;
class QTabWidget;
class GraphView;
class GraphWiring;
class PatternsView;
class TimelineView;
class TimelineWiring;
class HandlesView;
class ImportActions;
class ProvenancePanel;
class SourcesPanel;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

/// @brief The thin shell: menus, toolbar, docks and status bar around views from widgets/.
/// GUI thread only.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openCase(const QString &path);
    ImportActions *imports() const { return m_imports; }
    CaseSession *session() const { return m_session.get(); }
    ExplorerWiring *wiring() const { return m_wiring; }
    GeoWiring *geoWiring() const { return m_geoWiring; }
    MapPanel *mapPanel() const { return m_mapPanel; }
    IpsView *ipsView() const { return m_ipsView; }
    TimelineView *timelineView() const { return m_timeline; }
    PatternsView *patternsView() const { return m_patterns; }
    GraphView *graphView() const { return m_graph; }
    GraphWiring *graphWiring() const { return m_graphWiring; }
    TimelineWiring *timelineWiring() const { return m_timelineWiring; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    /// The hint shown with no case open, and the tabs: events with their filters, timeline,
    /// patterns, graph and map.
    void buildCenter();
    void createActions();
    /// The wirings that keep the views on one case, one selection and one zone, and each
    /// figure's export recorded in the case's audit log.
    void createWiring();
    void showMarksFirst();
    void createStatusBar();
    void createDocks();
    QDockWidget *addDock(const QString &title, const QString &name, QWidget *widget);
    void createToolBar();
    void connectFiguresToEvents();
    // The context menus' wiring (mainwindowmenus.cpp): where a row's or a figure's menu leads.
    void connectContextMenus();
    void connectEventMenu();
    void connectGraphMenus();
    /// Every event of @p handleId in the events table, every other filter cleared.
    void listHandleEvents(qint64 handleId);
    /// Every event from @p ip in the events table, every other filter cleared.
    void listIpEvents(const QString &ip);
    /// The IP details dock brought forward (the address is chosen everywhere already).
    void showIpDetails();
    /// The neighbourhood of @p handleId drawn from every lookup and communication.
    void drawNeighbourhoodOf(qint64 handleId);
    /// Every event between two handles (normalised), of both classes, in the events table.
    void listEventsBetween(const QString &first, const QString &second);
    /// The same, the event @p eventId (one of them) highlighted and its source line shown.
    void listEventsAround(const QString &first, const QString &second, qint64 eventId);
    /// The address @p ip chosen everywhere, on the map, its details shown.
    void showIpOnMap(const QString &ip);
    /// @brief The client IP an event names on the map, read from the case.
    void showEventIpOnMap(qint64 eventId);
    void setSession(std::unique_ptr<CaseSession> session);
    /// @brief Whether the open case may be closed: asks when this window's changes still wait
    /// for another program's import into it (DeferredWrites), and drops them if told to.
    bool mayCloseCase();
    void newCase();
    void chooseCase();
    void closeCase();
    /// Offers, for a case that cannot be changed where it lies, to open a working copy of it.
    bool openWorkingCopy(const QString &path);
    void updateCounts();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void onZoneChosen(const QString &zoneName);
    QSize firstSize() const;
    QSize availableSize() const;
    /// Records an export of @p what to @p path in the audit log, with @p sha256 or, where the
    /// view gave none (a picture), the file's hashed here.
    void recordExport(const QString &what, const QString &path, const QString &sha256 = {},
                      QJsonObject details = {});

    std::unique_ptr<CaseSession> m_session;
    DockLayout::Docks m_docks;
    bool m_legendToFit = false; ///< the first layout shown: its legend given its words' height
    ChangesElsewhere *m_changesElsewhere = nullptr;
    ImportActions *m_imports = nullptr;
    EventsExportAction *m_eventsExport = nullptr;
    HighlightedEvent *m_highlightedEvent = nullptr;
    EventMarkAction *m_eventMarks = nullptr;
    EventLeadActions *m_eventLeads = nullptr;
    ReportAction *m_report = nullptr;
    EvidenceCheckAction *m_evidenceCheck = nullptr;
    AuditLogAction *m_auditLog = nullptr;
    QStackedWidget *m_center;
    QTableView *m_eventsView;
    EventFilterBar *m_filterBar;
    HandlesView *m_handlesView;
    ProvenancePanel *m_provenance;
    SourcesPanel *m_sourcesPanel;
    CrossReferencePanel *m_crossReference;
    ExplorerWiring *m_wiring = nullptr;
    IpsView *m_ipsView;
    IpDetailsPanel *m_ipDetails;
    MapPanel *m_mapPanel;
    QTabWidget *m_tabs;
    GeoWiring *m_geoWiring = nullptr;
    GeoActions *m_geoActions = nullptr;
    TimelineView *m_timeline;
    PatternsView *m_patterns;
    GraphView *m_graph;
    GraphWiring *m_graphWiring = nullptr;
    TimelineWiring *m_timelineWiring = nullptr;
    QLabel *m_countsLabel;
    QComboBox *m_zoneBox;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_caseActions;
};
