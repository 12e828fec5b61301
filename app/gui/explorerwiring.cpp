#include "explorerwiring.h"
#include "backgroundpool.h"

#include "casedatabase.h"
#include "casequeries.h"
#include "casesession.h"
#include "crossreferencemodel.h"
#include "crossreferencepanel.h"
#include "eventfilterbar.h"
#include "eventtablemodel.h"
#include "handlesview.h"
#include "handletablemodel.h"
#include "itemroles.h"
#include "provenancepanel.h"
#include "sourcelistmodel.h"
#include "sourcespanel.h"

#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPointer>
#include <QTableView>
#include <QThreadPool>

namespace {

/// Brings the dock holding @p widget before the docks tabbed with it.
void raiseDockOf(QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (auto *dock = qobject_cast<QDockWidget *>(widget)) {
            dock->raise();
            return;
        }
    }
}

} // namespace

ExplorerWiring::ExplorerWiring(const Views &views, QObject *parent) : QObject(parent), m_views(views)
{
    connect(m_views.handles, &HandlesView::handleSelected, this, &ExplorerWiring::selectHandle);
    connect(m_views.handles, &HandlesView::countChosen, this, &ExplorerWiring::showCountedEvents);
    connect(m_views.handles, &HandlesView::seenChosen, this, [this](qint64 handleId, bool last) {
        if (m_session) {
            if (const auto event = CaseQueries(m_session->database().db()).edgeEventOf(handleId, last))
                selectEvent(*event);
        }
    });
    connect(m_views.sources, &SourcesPanel::sourceEventsChosen, m_views.filter, &EventFilterBar::showSourceEvents);
    connect(m_views.sources, &SourcesPanel::eventChosen, this, &ExplorerWiring::selectEvent);
    connect(m_views.sources, &SourcesPanel::recordChosen, this, [this](qint64 sourceId, bool last) {
        if (m_session) {
            if (const auto event =
                    CaseQueries(m_session->database().db()).edgeRecordOfSource(sourceId, last))
                selectEvent(*event);
        }
    });
    connect(m_views.crossReference, &CrossReferencePanel::eventChosen, this, &ExplorerWiring::selectEvent);
    connect(m_views.crossReference, &CrossReferencePanel::pairEventsWanted, this,
            &ExplorerWiring::showEventsBetween);
    connect(m_views.crossReference, &CrossReferencePanel::sourceWanted, this,
            &ExplorerWiring::showSourceOfEvent);
    connect(m_views.provenance, &ProvenancePanel::sourceChosen, this,
            &ExplorerWiring::showSourceDescription);
    connect(m_views.filter, &EventFilterBar::filterChanged, this, [this](const EventFilter &filter) {
        if (m_session) {
            m_session->events()->setFilter(filter);
            emit filteredCountsChanged();
        }
    });
    // Double-clicking a handle in the events table selects that handle everywhere; its source,
    // shows that source's description.
    connect(m_views.events, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QVariant handle = index.data(ItemRoles::HandleIdRole);
        if (handle.isValid())
            selectHandle(handle.toLongLong());
        else if (index.column() == EventTableModel::SourceColumn)
            showSourceDescription(index.data(ItemRoles::SourceIdRole).toLongLong());
    });
    connect(m_views.crossReference, &CrossReferencePanel::pairChanged, this,
            [this](std::optional<qint64> first, std::optional<qint64> second) {
                if (m_session)
                    m_session->crossReference()->setPair(first, second);
                m_views.crossReference->table()->resizeColumnsToContents();
            });
}

void ExplorerWiring::attach(CaseSession *session)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    ++m_subtypesRequest; // a reading of the case before's subtypes is dropped
    m_session = session;
    m_selectedHandle.reset();
    m_views.handles->setModel(session ? session->handles() : nullptr);
    m_views.sources->setModels(session ? session->sources() : nullptr, session ? session->rejected() : nullptr,
                               session ? session->duplicates() : nullptr);
    m_views.crossReference->setModel(session ? session->crossReference() : nullptr);
    m_views.provenance->showEvent(std::nullopt, session ? session->displayZone() : QTimeZone::utc());
    if (!session)
        return;
    EventFilterBar::CaseChecks checks;
    checks.resolveHandle = [session](const QString &text) { return session->resolveHandle(text); };
    checks.hasClientIp = [session](const QString &text) {
        return CaseQueries(session->database().db()).hasClientIp(text);
    };
    checks.textHeldNowhere = [session](const QString &text) {
        return session->events()->rawTextHeldNowhere(text);
    };
    checks.anyMarked = [session]() {
        EventFilter marked;
        marked.markedOnly = true;
        return CaseQueries(session->database().db()).anyEventMatches(marked);
    };
    m_views.filter->setCaseChecks(std::move(checks));
    m_views.filter->setDisplayZone(session->displayZone());
    m_views.filter->setCaseSubtypes(std::nullopt); // the case before's are not this one's
    refreshChoices();
    m_views.filter->clear();
    // An import adds sources and handles: the filter's and the cross-reference's choices follow.
    m_connections.append(connect(session, &CaseSession::reloaded, this, &ExplorerWiring::refreshChoices));
    // The handle list is counted in the background: its choices and selection follow when it is in.
    m_connections.append(connect(session->handles(), &HandleTableModel::loaded, this, [this]() {
        if (m_selectedHandle)
            m_views.handles->selectHandle(*m_selectedHandle);
        updateCrossReferenceChoices();
    }));
    // The selection, not the current row: Ctrl with an arrow key moved the current row alone, and
    // the provenance showed the source line of an event other than the one highlighted.
    m_connections.append(connect(m_views.events->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                                 &ExplorerWiring::showProvenance));
    m_connections.append(connect(session, &CaseSession::displayZoneChanged, this, &ExplorerWiring::showProvenance));
    m_connections.append(connect(session->events(), &QAbstractItemModel::modelReset, this, [this]() {
        // The events model is reset by every filter; its selection model is new each time.
        m_views.provenance->showEvent(std::nullopt, m_session->displayZone());
    }));
    updateCrossReferenceChoices();
}

void ExplorerWiring::refreshChoices()
{
    m_views.filter->setSources(m_session->sources()->sources());
    m_views.provenance->setSourceNames(m_session->sourceNames());
    // The range editors start at the case's first and last event, unticked.
    const auto [firstMs, lastMs] = CaseQueries(m_session->database().db()).timeSpan();
    m_views.filter->setTimeRangeDefaults(firstMs, lastMs);
    readCaseSubtypes();
    // The cross-reference's choices follow the handle list once it is counted (loaded()).
}

void ExplorerWiring::readCaseSubtypes()
{
    const QString path = m_session->database().db().databaseName();
    const int request = ++m_subtypesRequest;
    QPointer<ExplorerWiring> self(this);
    BackgroundPool::instance()->start([path, request, self]() {
        // A connection of this worker thread's own (style.md: one connection per thread).
        QString error;
        std::optional<QStringList> subtypes;
        if (const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error))
            subtypes = CaseQueries(db->db()).subtypes();
        BackgroundPool::postToGuiThread(self, [request, subtypes](ExplorerWiring *wiring) {
            // Another case opened, or another import read them again, meanwhile: theirs stand.
            if (request == wiring->m_subtypesRequest && subtypes)
                wiring->m_views.filter->setCaseSubtypes(subtypes);
        });
    });
}

void ExplorerWiring::selectHandle(qint64 handleId)
{
    if (!m_session)
        return;
    m_selectedHandle = handleId;
    m_views.handles->selectHandle(handleId);
    const HandleSummary *h = m_session->handles()->handleAt(m_session->handles()->rowOfHandle(handleId));
    // While the handle list is still being counted, the case itself names the handle.
    const QString normalized = h ? h->handle : CaseQueries(m_session->database().db()).normalizedHandle(handleId);
    if (!normalized.isEmpty()) {
        m_views.filter->setHandleText(normalized);
        emit handleSelected(handleId, normalized);
    }
    updateCrossReferenceChoices();
}

void ExplorerWiring::showCountedEvents(qint64 handleId, HandleTableModel::CountedEvents counted)
{
    // The click that chose the count has usually selected its handle already.
    if (m_selectedHandle != handleId || m_views.filter->filter().handleId != handleId)
        selectHandle(handleId);
    m_views.filter->showCountedEvents(counted.side, counted.evidenceClass);
}

void ExplorerWiring::showPairEvents(const QString &initiator, const QString &counterpart,
                                    EvidenceClass evidenceClass, std::optional<qint64> fromMs,
                                    std::optional<qint64> toMs, const QList<qint64> &sourceIds,
                                    bool withDuplicates)
{
    m_views.filter->showPairEvents(initiator, counterpart, evidenceClass, fromMs, toMs, sourceIds,
                                   withDuplicates);
}

void ExplorerWiring::showProvenance()
{
    if (!m_session)
        return;
    const QModelIndexList highlighted = m_views.events->selectionModel()->selectedRows();
    std::optional<EventProvenance> provenance;
    if (!highlighted.isEmpty())
        provenance = CaseQueries(m_session->database().db()).provenance(highlighted.first().data(ItemRoles::EventIdRole).toLongLong());
    m_views.provenance->showEvent(provenance, m_session->displayZone());
}

void ExplorerWiring::showEventsBetween(std::optional<qint64> first, std::optional<qint64> second,
                                       qint64 eventId)
{
    if (!m_session || !first || !second)
        return;
    const CaseQueries queries(m_session->database().db());
    m_views.filter->showEventsBetween(queries.normalizedHandle(*first),
                                      queries.normalizedHandle(*second));
    if (eventId)
        selectEvent(eventId); // one of them: highlighted, its source line shown
}

void ExplorerWiring::showSourceOfEvent(qint64 eventId)
{
    if (!m_session)
        return;
    if (const auto provenance = CaseQueries(m_session->database().db()).provenance(eventId))
        showSourceDescription(provenance->event.sourceId);
}

void ExplorerWiring::showCrossReference(qint64 firstId, qint64 secondId)
{
    if (!m_session)
        return;
    // Selecting the handle filters the table to its events: the event highlighted, one of them,
    // stays highlighted with its source line.
    const QModelIndexList highlighted = m_views.events->selectionModel()->selectedRows();
    const QVariant eventId = highlighted.value(0).data(ItemRoles::EventIdRole);
    selectHandle(firstId); // the cross-reference's first handle is the one selected
    m_views.crossReference->setSecond(secondId);
    if (eventId.isValid())
        selectEvent(eventId.toLongLong());
    raiseDockOf(m_views.crossReference);
}

void ExplorerWiring::showSourceDescription(qint64 sourceId)
{
    // Before the docks tabbed with it (the cross-reference, the IPs).
    if (m_views.sources->showDescriptionOf(sourceId))
        raiseDockOf(m_views.sources);
}

void ExplorerWiring::selectEvent(qint64 eventId)
{
    if (!m_session)
        return;
    // An event chosen by a figure (a first or last time, a marker) is shown with its source line:
    // the provenance's dock is brought before a dock tabbed with it (the IP details).
    raiseDockOf(m_views.provenance);
    const auto provenance = CaseQueries(m_session->database().db()).provenance(eventId);
    EventTableModel *events = m_session->events();
    // Pages load in time order: fetch on only until the rows pass the event's time.
    for (int row = 0; provenance; ++row) {
        if (row == events->rowCount()) {
            if (!events->canFetchMore({}) || (row > 0 && events->eventAt(row - 1)->utcMs > provenance->event.utcMs))
                break;
            events->fetchMore({});
        }
        if (row < events->rowCount() && events->eventAt(row)->id == eventId) {
            m_views.events->setCurrentIndex(events->index(row, 0));
            m_views.events->scrollTo(events->index(row, 0));
            return; // the selection shows the provenance
        }
    }
    // Not in the table as filtered: no row of it may stay highlighted beside this event's line.
    m_views.events->selectionModel()->clearSelection();
    m_views.provenance->showEvent(provenance, m_session->displayZone());
}

void ExplorerWiring::updateCrossReferenceChoices()
{
    QList<QPair<qint64, QString>> others;
    QString firstText;
    HandleTableModel *handles = m_session ? m_session->handles() : nullptr;
    for (int row = 0; handles && row < handles->rowCount(); ++row) {
        const HandleSummary *h = handles->handleAt(row);
        const QString text = CaseQueries::displayHandle(h->handle, h->label);
        if (m_selectedHandle && h->id == *m_selectedHandle)
            firstText = text;
        else
            others.append({h->id, text});
    }
    m_views.crossReference->setHandles(m_selectedHandle, firstText, others);
}
