#include "timelinewiring.h"

#include "backgroundpool.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "casesession.h"
#include "eventfilterbar.h"
#include "explorerwiring.h"
#include "geosession.h"
#include "handlesview.h"
#include "iptablemodel.h"
#include "patternsview.h"
#include "timeformat.h"
#include "timelineview.h"
#include "whenfinished.h"

#include <QTimer>
#include <QtConcurrent>

TimelineWiring::TimelineWiring(const Views &views, ExplorerWiring *explorer, QObject *parent)
    : QObject(parent), m_view(views.timeline), m_patterns(views.patterns), m_handles(views.handles), m_explorer(explorer),
      m_filter(views.filter)
{
    connect(m_view, &TimelineView::eventClicked, m_explorer, &ExplorerWiring::selectEvent);
    connect(m_view, &TimelineView::rangeSelected, m_filter,
            [this](qint64 fromMs, qint64 toMs) { m_filter->setTimeRange(fromMs, toMs); });
    connect(m_view, &TimelineView::eventsChosen, m_filter, &EventFilterBar::showChosenEvents);
    connect(m_patterns, &PatternsView::eventsChosen, m_filter, &EventFilterBar::showChosenEvents);
    // The hatching between returns leads to the source whose period it follows.
    connect(m_view, &TimelineView::gapChosen, m_explorer, &ExplorerWiring::showSourceDescription);
    connect(m_patterns, &PatternsView::gapChosen, m_explorer,
            &ExplorerWiring::showSourceDescription);
    connect(m_explorer, &ExplorerWiring::handleSelected, this, [this](qint64 id, const QString &) { scheduleFromSelection(id); });
    connect(m_handles, &HandlesView::selectionChanged, this, [this]() { scheduleFromSelection(); });
}

TimelineWiring::~TimelineWiring()
{
    m_building.waitForFinished();
}

void TimelineWiring::attach(CaseSession *session)
{
    m_session = session;
    m_current.reset();
    disconnect(m_placesConnection);
    if (session) // places arrive when the geolocation finishes, possibly after the series
        m_placesConnection = connect(session->geo(), &GeoSession::summariesLoaded, this, [this]() {
            m_view->setIpPlaces(IpSummaries::shortPlaces(m_session->geo()->model()->summaries()));
        });
    ++m_request;
    m_view->setData(TimelineData{});
    m_patterns->setData(TimelineData{});
    if (!session) {
        m_view->setDescriber({});
        return;
    }
    setDisplayZone(session->displayZone());
    m_view->setDescriber([this](qint64 eventId) { return describeEvent(eventId); });
}

QString TimelineWiring::describeEvent(qint64 eventId) const
{
    const auto provenance =
        m_session ? CaseQueries(m_session->database().db()).provenance(eventId) : std::nullopt;
    if (!provenance)
        return {};
    EventRow event = provenance->event;
    event.sourceName = m_session->sourceNames().value(event.sourceId, event.sourceName);
    return describe(event, m_session->displayZone());
}

void TimelineWiring::setDisplayZone(const QTimeZone &zone)
{
    m_view->setDisplayZone(zone);
    m_patterns->setDisplayZone(zone);
}

QString TimelineWiring::describe(const EventRow &e, const QTimeZone &zone)
{
    const EvidenceClass cls = evidenceClassFromKey(e.evidenceClass).value_or(EvidenceClass::Lookup);
    QStringList lines{TimeFormat::display(e.utcMs, zone),
                      QStringLiteral("%1 — %2").arg(EvidenceClassText::label(cls), EvidenceClassText::subtypeLabel(e.subtype))};
    lines.append(e.counterpart.isEmpty() ? tr("by %1").arg(e.initiator) : tr("%1 → %2").arg(e.initiator, e.counterpart));
    if (!e.clientIp.isEmpty())
        lines.append(e.clientPort
                         ? tr("IP %1, port %2").arg(e.clientIp, QString::number(*e.clientPort))
                         : tr("IP %1").arg(e.clientIp));
    lines.append(tr("%1:%2").arg(e.sourceName, QString::number(e.line)));
    if (e.mark) // the analyst's words, after the provider's
        lines.append(
            tr("★ Marked by %1: %2")
                .arg(e.mark->setBy, e.mark->note.isEmpty() ? tr("(no note)") : e.mark->note));
    return lines.join(u'\n');
}

void TimelineWiring::scheduleFromSelection(std::optional<qint64> current)
{
    if (current)
        m_current = current;
    if (std::exchange(m_scheduled, true))
        return;
    QTimer::singleShot(0, this, [this]() {
        m_scheduled = false;
        // Several rows selected in the handle list: all of them; else the handle chosen anywhere.
        QList<qint64> ids = m_handles->selectedHandleIds();
        if (ids.size() < 2 && m_current)
            ids = {*m_current};
        if (!ids.isEmpty())
            showHandles(ids);
    });
}

void TimelineWiring::showHandles(const QList<qint64> &handleIds)
{
    if (!m_session)
        return;
    const int request = ++m_request;
    const QString path = m_session->path();
    QFuture<TimelineData> job = QtConcurrent::run(BackgroundPool::instance(), [path, handleIds]() {
        QString error;
        const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
        return db ? TimelineSeries::build(db->db(), handleIds) : TimelineData{};
    });
    m_building = QFuture<void>(job);
    whenFinished(this, job, [this, request](const TimelineData &data) {
        if (request != m_request)
            return; // a newer selection is on its way
        m_view->setIpPlaces(IpSummaries::shortPlaces(m_session->geo()->model()->summaries()));
        m_view->setData(data);
        m_patterns->setData(data);
        emit dataShown();
    });
}
