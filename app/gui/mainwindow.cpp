#include "mainwindow.h"

#include "auditlog.h"
#include "auditlogaction.h"
#include "casedatabase.h"
#include "caseinputs.h"
#include "casequeries.h"
#include "casesession.h"
#include "changeselsewhere.h"
#include "crossreferencepanel.h"
#include "docklayout.h"
#include "eventfilterbar.h"
#include "eventleadactions.h"
#include "eventmarkaction.h"
#include "eventsexportaction.h"
#include "eventtablemodel.h"
#include "evidencecheckaction.h"
#include "evidenceclassdelegate.h"
#include "evidencelegendwidget.h"
#include "explorerwiring.h"
#include "filedialogs.h"
#include "geoactions.h"
#include "geowiring.h"
#include "graphview.h"
#include "graphwiring.h"
#include "handlesview.h"
#include "helpactions.h"
#include "highlightedevent.h"
#include "importactions.h"
#include "importprogresswidget.h"
#include "ipdetailspanel.h"
#include "ipsview.h"
#include "mappanel.h"
#include "patternsview.h"
#include "provenancepanel.h"
#include "reportaction.h"
#include "sourcelistmodel.h"
#include "sourcespanel.h"
#include "tableactions.h"
#include "timeformat.h"
#include "timelineview.h"
#include "timelinewiring.h"

#include <algorithm>

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_center(new QStackedWidget(this)), m_eventsView(new QTableView(this)), m_filterBar(new EventFilterBar(this)),
      m_handlesView(new HandlesView(this)), m_provenance(new ProvenancePanel(this)), m_sourcesPanel(new SourcesPanel(this)),
      m_crossReference(new CrossReferencePanel(this)), m_ipsView(new IpsView(this)), m_ipDetails(new IpDetailsPanel(this)),
      m_mapPanel(new MapPanel(this)), m_tabs(new QTabWidget(this)), m_timeline(new TimelineView(this)),
      m_patterns(new PatternsView(this)), m_graph(new GraphView(this)), m_countsLabel(new QLabel(this)),
      m_zoneBox(new QComboBox(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("LookupLens"));
    setAcceptDrops(true);
    buildCenter();
    createActions();
    m_changesElsewhere = new ChangesElsewhere(m_imports->runner(), this);
    connect(m_changesElsewhere, &ChangesElsewhere::said, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    createToolBar();
    createDocks();
    createWiring();
    connectFiguresToEvents();
    connectContextMenus();
    createStatusBar();

    QSettings settings;
    resize(firstSize());
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    const QByteArray state = settings.value(QStringLiteral("window/state")).toByteArray();
    restoreState(state);
    m_legendToFit = state.isEmpty(); // the analyst's own heights are kept
    setSession(nullptr);
    // No export, picture or profile is saved over the open case's evidence or GeoIP databases.
    FileDialogs::setNeverWritten(this, [this](const QString &path) {
        return m_session ? CaseInputs::whyNeverWritten(m_session->database().db(), path)
                         : QString();
    });
}

void MainWindow::buildCenter()
{
    auto *hint = new QLabel(tr("Open a case (Ctrl+O) or create one (Ctrl+N), then import provider returns "
                               "(Ctrl+I) or drop them on this window."),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    m_center->addWidget(hint);
    auto *eventsPage = new QWidget(this);
    auto *eventsLayout = new QVBoxLayout(eventsPage);
    eventsLayout->setContentsMargins(0, 0, 0, 0);
    eventsLayout->addWidget(m_filterBar);
    eventsLayout->addWidget(m_eventsView);
    m_tabs->setObjectName(QStringLiteral("centerTabs"));
    m_tabs->setAccessibleName(tr("Views of the events"));
    m_tabs->addTab(eventsPage, tr("Events"));
    m_tabs->addTab(m_timeline, tr("Timeline"));
    m_tabs->addTab(m_patterns, tr("Patterns"));
    m_tabs->addTab(m_graph, tr("Graph"));
    m_tabs->addTab(m_mapPanel, tr("Map"));
    m_center->addWidget(m_tabs);
    setCentralWidget(m_center);
    m_eventsView->setObjectName(QStringLiteral("eventsView"));
    m_eventsView->setAccessibleName(tr("Events"));
    m_eventsView->setItemDelegateForColumn(EventTableModel::ClassColumn, new EvidenceClassDelegate(this));
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // One event at a time, the one highlighted: the provenance below shows its source line.
    m_eventsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_eventsView->setAlternatingRowColors(true);
    m_eventsView->setWordWrap(false); // a note's line elided in its row's height, not cut in two
    m_eventsView->verticalHeader()->hide();
    m_eventsView->horizontalHeader()->setStretchLastSection(true);
    // The events are read page by page: the whole of them is written by File → Export events shown.
    new TableActions(m_eventsView, QStringLiteral("events"), QString(),
                     TableActions::Lookups::Shown, TableActions::Offer::Selection);
}

void MainWindow::showMarksFirst()
{
    // Where the eye starts, not past the source and line off the table's right edge: the events
    // the analyst marked stand out as the table is read. Their notes' first lines, within bounds.
    // A case without marks gives the column no more than its heading's room.
    QHeaderView *header = m_eventsView->horizontalHeader();
    header->moveSection(header->visualIndex(EventTableModel::MarkColumn), 0);
    const QString heading =
        m_session->events()->headerData(EventTableModel::MarkColumn, Qt::Horizontal).toString();
    const int headingWidth = header->fontMetrics().horizontalAdvance(heading) + 16;
    const QAbstractItemView *view = m_eventsView; // where the hint is public
    const int notes = qMin(view->sizeHintForColumn(EventTableModel::MarkColumn), 160);
    header->resizeSection(EventTableModel::MarkColumn, qMax(headingWidth, notes));
}

void MainWindow::createWiring()
{
    m_wiring = new ExplorerWiring({m_handlesView, m_filterBar, m_eventsView, m_provenance, m_sourcesPanel, m_crossReference}, this);
    connect(m_wiring, &ExplorerWiring::filteredCountsChanged, this, &MainWindow::updateCounts);
    // The provenance shows the mark just set, above the event's source line.
    connect(m_eventMarks, &EventMarkAction::markChanged, m_wiring, &ExplorerWiring::showProvenance);
    connect(m_eventMarks, &EventMarkAction::markChanged, m_timeline, &TimelineView::setMarked);
    m_timelineWiring = new TimelineWiring({m_timeline, m_patterns, m_handlesView, m_filterBar}, m_wiring, this);
    connect(m_timeline, &TimelineView::exported, this, [this](const QString &path) { recordExport(u"timeline"_qs, path); });
    m_graphWiring = new GraphWiring(m_graph, m_wiring, this);
    connect(m_graph, &GraphView::exported, this,
            [this](const QString &path, const QString &sha256) {
                recordExport(u"graph"_qs, path, sha256);
            });
    connect(m_patterns, &PatternsView::exported, this, [this](const QString &path) { recordExport(u"patterns"_qs, path); });
    m_geoWiring = new GeoWiring({m_ipsView, m_ipDetails, m_mapPanel}, this);
    connect(m_wiring, &ExplorerWiring::handleSelected, m_geoWiring,
            [this](qint64, const QString &normalized) { m_geoWiring->setSelectedHandle(normalized); });
    connect(m_mapPanel, &MapPanel::exported, this, [this](const QString &path) { recordExport(u"map"_qs, path); });
    for (const TableActions *table : findChildren<TableActions *>()) {
        connect(
            table, &TableActions::exported, this,
            [this](const QString &name, const QString &path, int rows, const QString &sha256) {
                recordExport(u"table"_qs, path, sha256, {{u"table"_qs, name}, {u"rows"_qs, rows}});
            });
    }
}

void MainWindow::createStatusBar()
{
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_imports->progressWidget());
}

MainWindow::~MainWindow()
{
    FileDialogs::clearNeverWritten(this);
}

QSize MainWindow::firstSize() const
{
    // Before the analyst sizes it: nine tenths of the screen, for the counts of both classes, the
    // events' columns and the legend side by side; 1400 × 860 at least, where the screen has room.
    // A screen under 1800 px wide is taken whole: at 1600 px, nine tenths left the handles' dock
    // too narrow for the German headings of the four counts (the events' filters hold the
    // middle at its least), and the communications received were cut off.
    const QSize available = availableSize();
    const int width =
        DockLayout::isNarrow(available) ? available.width() : available.width() * 9 / 10;
    return QSize(width, qMax(qMin(860, available.height()), available.height() * 9 / 10));
}

QSize MainWindow::availableSize() const
{
    const QScreen *shown = screen();
    return shown ? shown->availableSize() : QSize(1400, 860);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New case…"), QKeySequence::New, this, &MainWindow::newCase);
    file->addAction(tr("&Open case…"), QKeySequence::Open, this, &MainWindow::chooseCase);
    m_imports = new ImportActions(this, file);
    m_caseActions.append(m_imports->actions());
    connect(m_imports, &ImportActions::runningChanged, this, [this](bool running) {
        for (QAction *action : std::as_const(m_caseActions))
            action->setEnabled(!running && m_session != nullptr);
    });
    m_eventsExport = new EventsExportAction(this, file);
    m_caseActions.append(m_eventsExport->action());
    m_eventsView->addAction(m_eventsExport->action()); // beside Copy in the events' context menu
    m_highlightedEvent = new HighlightedEvent(m_eventsView, this);
    m_eventMarks = new EventMarkAction(this, m_eventsView, m_highlightedEvent);
    m_eventLeads = new EventLeadActions(m_eventsView, m_highlightedEvent);
    m_report = new ReportAction(this, file, m_filterBar);
    m_caseActions.append(m_report->action());
    m_evidenceCheck = new EvidenceCheckAction(this, file);
    m_caseActions.append(m_evidenceCheck->action());
    m_auditLog = new AuditLogAction(this, file);
    m_caseActions.append(m_auditLog->action());
    m_recentMenu = file->addMenu(tr("&Recent cases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_caseActions.append(
        file->addAction(tr("&Close case"), QKeySequence::Close, this, &MainWindow::closeCase));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_geoActions = new GeoActions(this, menuBar()->addMenu(tr("&Geolocation")));
    new HelpActions(this, menuBar()->addMenu(tr("&Help")));
}

void MainWindow::connectFiguresToEvents()
{
    // A figure clicked in a list, chart, graph or map leads to its events: the table is shown.
    const auto showEventsTable = [this]() { m_tabs->setCurrentIndex(0); };
    const auto showIpEvents = [this, showEventsTable](const QString &ip) {
        m_filterBar->setIpText(ip);
        showEventsTable();
    };
    connect(m_ipsView, &IpsView::ipActivated, this, showIpEvents);
    connect(m_mapPanel, &MapPanel::ipActivated, this, showIpEvents);
    const auto showIpClassEvents = [this, showEventsTable](const QString &ip, EvidenceClass evidenceClass) {
        m_filterBar->showIpEvents(ip, evidenceClass);
        showEventsTable();
    };
    connect(m_ipsView, &IpsView::ipCountChosen, this, showIpClassEvents);
    connect(m_ipDetails, &IpDetailsPanel::countChosen, this, showIpClassEvents);
    const auto showIpSeenEvent = [this](const QString &ip, bool last) {
        if (m_session) {
            if (const auto event = CaseQueries(m_session->database().db()).edgeEventOfIp(ip, last))
                m_wiring->selectEvent(*event);
        }
    };
    connect(m_ipsView, &IpsView::ipSeenChosen, this, showIpSeenEvent);
    connect(m_ipDetails, &IpDetailsPanel::seenChosen, this, showIpSeenEvent);
    connect(m_timeline, &TimelineView::eventsChosen, this, showEventsTable);
    connect(m_patterns, &PatternsView::eventsChosen, this, showEventsTable);
    connect(m_handlesView, &HandlesView::countChosen, this, showEventsTable);
    connect(m_sourcesPanel, &SourcesPanel::sourceEventsChosen, this, showEventsTable);
    connect(m_graphWiring, &GraphWiring::edgeEventsShown, this, showEventsTable);
    connect(m_graph, &GraphView::eventsChosen, m_filterBar, &EventFilterBar::showChosenEvents);
    connect(m_graph, &GraphView::eventsChosen, this, showEventsTable);
    connect(m_graphWiring, &GraphWiring::eventsChosen, m_filterBar, &EventFilterBar::showChosenEvents);
    connect(m_graphWiring, &GraphWiring::eventsChosen, this, showEventsTable);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Case"));
    bar->setObjectName(QStringLiteral("caseToolBar"));
    auto *zoneLabel = new QLabel(tr("Display time zone: "), this);
    zoneLabel->setBuddy(m_zoneBox); // a screen reader on Linux names a combo box by its label
    bar->addWidget(zoneLabel);
    m_zoneBox->setObjectName(QStringLiteral("displayZone"));
    m_zoneBox->setAccessibleName(tr("Display time zone"));
    m_zoneBox->addItem(QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            m_zoneBox->addItem(QString::fromUtf8(id));
    }
    m_zoneBox->setToolTip(tr("Times are shown in this zone; the zone is printed with every time."));
    bar->addWidget(m_zoneBox);
    connect(m_zoneBox, &QComboBox::textActivated, this, &MainWindow::onZoneChosen);
}

QDockWidget *MainWindow::addDock(const QString &title, const QString &name, QWidget *widget)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(Qt::LeftDockWidgetArea, dock); // DockLayout puts it in its place
    m_viewMenu->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_legendToFit)
        return;
    m_legendToFit = false;
    // Once laid out at the size shown: the docks' widths decide the legend's height.
    QTimer::singleShot(0, this, [this]() { DockLayout::fitLegend(*this, m_docks); });
}

void MainWindow::createDocks()
{
    m_docks.handles = addDock(tr("Handles"), QStringLiteral("handlesDock"), m_handlesView);
    m_docks.handles->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_docks.legend =
        addDock(tr("Legend"), QStringLiteral("legendDock"), EvidenceLegendWidget::scrolled(this));
    m_docks.legend->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_docks.provenance = addDock(tr("Provenance"), QStringLiteral("provenanceDock"), m_provenance);
    m_docks.provenance->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+2")));
    m_docks.sources = addDock(tr("Sources"), QStringLiteral("sourcesDock"), m_sourcesPanel);
    m_docks.crossReference =
        addDock(tr("Cross-reference"), QStringLiteral("crossDock"), m_crossReference);
    m_docks.crossReference->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+3")));
    m_docks.ips = addDock(tr("IPs"), QStringLiteral("ipsDock"), m_ipsView);
    m_docks.ips->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+4")));
    m_docks.ipDetails = addDock(tr("IP details"), QStringLiteral("ipDetailsDock"), m_ipDetails);
    m_docks.ipDetails->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+5")));
    DockLayout::arrange(*this, m_docks, DockLayout::isNarrow(availableSize()));
    m_viewMenu->addSeparator();
    QAction *restore = m_viewMenu->addAction(tr("&Restore the first layout"));
    restore->setObjectName(QStringLiteral("restoreLayout"));
    connect(restore, &QAction::triggered, this, [this]() {
        DockLayout::arrange(*this, m_docks, DockLayout::isNarrow(availableSize()));
        QTimer::singleShot(0, this, [this]() { DockLayout::fitLegend(*this, m_docks); });
    });
}

void MainWindow::setSession(std::unique_ptr<CaseSession> session)
{
    m_changesElsewhere->attach(nullptr);
    m_wiring->attach(nullptr);
    m_geoWiring->attach(nullptr, QTimeZone::utc());
    m_geoActions->attach(nullptr);
    m_eventsExport->attach(nullptr);
    m_highlightedEvent->attach(nullptr);
    m_eventMarks->attach(nullptr);
    m_report->attach(nullptr);
    m_evidenceCheck->attach(nullptr);
    m_auditLog->attach(nullptr);
    m_imports->attach(nullptr);
    m_timelineWiring->attach(nullptr);
    m_graphWiring->attach(nullptr);
    m_eventsView->setModel(nullptr);
    m_session = std::move(session);
    for (QAction *action : m_caseActions)
        action->setEnabled(m_session != nullptr);
    m_zoneBox->setEnabled(m_session != nullptr);
    if (!m_session) {
        m_center->setCurrentIndex(0);
        setWindowTitle(tr("LookupLens"));
        updateCounts();
        return;
    }
    m_eventsView->setModel(m_session->events());
    m_wiring->attach(m_session.get());
    m_geoWiring->attach(m_session->geo(), m_session->displayZone());
    m_geoActions->attach(m_session.get());
    m_eventsExport->attach(m_session.get());
    m_highlightedEvent->attach(m_session.get());
    m_eventMarks->attach(m_session.get());
    m_report->attach(m_session.get());
    m_evidenceCheck->attach(m_session.get());
    m_auditLog->attach(m_session.get());
    m_imports->attach(m_session.get());
    m_timelineWiring->attach(m_session.get());
    m_graphWiring->attach(m_session.get());
    m_changesElsewhere->attach(m_session.get());
    connect(m_session.get(), &CaseSession::reloaded, m_graphWiring, &GraphWiring::reload);
    m_center->setCurrentIndex(1); // size the columns once the view is visible
    m_eventsView->resizeColumnsToContents();
    showMarksFirst();
    m_zoneBox->setCurrentText(TimeFormat::zoneId(m_session->displayZone())); // as the list names it
    setWindowTitle(tr("%1 — LookupLens").arg(QFileInfo(m_session->path()).fileName()));
    connect(m_session.get(), &CaseSession::reloaded, this, &MainWindow::updateCounts);
    connect(m_session->events(), &EventTableModel::countsChanged, this, &MainWindow::updateCounts);
    // Whether any record holds a text typed is told from the index once it is made.
    connect(m_session.get(), &CaseSession::rawTextIndexed, this, &MainWindow::updateCounts);
    m_session->startRawTextIndexing();
    updateCounts();
}

void MainWindow::updateCounts()
{
    if (!m_session) {
        m_countsLabel->setText(tr("No case open"));
        return;
    }
    if (m_session->events()->countsPending()) {
        m_countsLabel->setText(tr("counting lookups, communications and connections… — times in %1")
                                   .arg(TimeFormat::zoneLabel(m_session->displayZone())));
        return;
    }
    const auto counts = m_session->events()->classCounts();
    // Split by class, never one merged number (product.md). Filtered counts say so: a handle
    // chosen in the list filters the events, and its counts must not read as the case's.
    const QString lookups =
        EvidenceClassText::pluralCount(EvidenceClass::Lookup, counts.value(EvidenceClass::Lookup));
    const QString communications = EvidenceClassText::pluralCount(
        EvidenceClass::Communication, counts.value(EvidenceClass::Communication));
    const QString connections = EvidenceClassText::pluralCount(
        EvidenceClass::Connection, counts.value(EvidenceClass::Connection));
    const QString zone = TimeFormat::zoneLabel(m_session->displayZone());
    // A filter that can match nothing says why, where the analyst reads the zero (a reason
    // only stands for a zero: a subtype an import has just brought is not yet in the list read).
    const bool none =
        std::all_of(counts.cbegin(), counts.cend(), [](qint64 count) { return count == 0; });
    const QStringList why = none ? m_filterBar->whyNothingMatches() : QStringList();
    if (m_session->events()->filter().selectsAll())
        m_countsLabel->setText(
            tr("%1 · %2 · %3 — times in %4").arg(lookups, communications, connections, zone));
    else if (why.isEmpty())
        m_countsLabel->setText(tr("Shown by the filters: %1 · %2 · %3 — times in %4")
                                   .arg(lookups, communications, connections, zone));
    else
        m_countsLabel->setText(
            tr("Shown by the filters: %1 · %2 · %3 — %4 — times in %5")
                .arg(lookups, communications, connections, why.join(QStringLiteral("; ")), zone));
}

void MainWindow::onZoneChosen(const QString &zoneName)
{
    const QTimeZone zone = TimeFormat::zoneNamed(zoneName);
    if (!m_session)
        return;
    m_session->setDisplayZone(zone);
    m_filterBar->setDisplayZone(zone);
    m_geoWiring->setDisplayZone(zone);
    m_timelineWiring->setDisplayZone(zone);
    m_graph->setDisplayZone(zone);
    m_eventsView->resizeColumnToContents(EventTableModel::TimeColumn); // its header names the zone
    updateCounts();
}

void MainWindow::recordExport(const QString &what, const QString &path, const QString &sha256,
                              QJsonObject details)
{
    if (!m_session)
        return;
    details.insert(QStringLiteral("file"), path);
    if (sha256.isEmpty())
        AuditLog::addSha256Of(&details, path); // a picture: a few MB at most, hashed at once
    else
        details.insert(QStringLiteral("sha256"), sha256);
    m_session->audit(QStringLiteral("export-") + what, details);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayCloseCase()) {
        event->ignore();
        return;
    }
    m_imports->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && m_session)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty())
        m_imports->showImportDialog(files);
}
