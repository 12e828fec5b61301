#include "casesession.h"

#include "auditlog.h"
#include "backgroundpool.h"
#include "casechangewatch.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "crossreferencemodel.h"
#include "deferredwrites.h"
#include "duplicaterowmodel.h"
#include "eventtablemodel.h"
#include "geosession.h"
#include "handletablemodel.h"
#include "iptablemodel.h"
#include "rawtextindexjob.h"
#include "rejectedrowmodel.h"
#include "sourcelistmodel.h"
#include "timeformat.h"
#include "whenfinished.h"

#include <QJsonObject>
#include <QtConcurrent>

namespace {
/// How long closing a case waits for another program's import to let its last changes in.
constexpr int FinalWaitMs = 10000;
} // namespace

CaseSession::CaseSession(std::unique_ptr<CaseDatabase> database)
    : m_database(std::move(database)), m_events(new EventTableModel(m_database->db(), this)),
      m_sources(new SourceListModel(m_database->db(), this)),
      m_handles(new HandleTableModel(m_database->db(), this)),
      m_rejected(new RejectedRowModel(m_database->db(), this)),
      m_duplicates(new DuplicateRowModel(m_database->db(), this)),
      m_crossReference(new CrossReferenceModel(m_database->db(), this)),
      m_geo(new GeoSession(m_database->path(), this)), m_writes(new DeferredWrites(m_database->db(), this)),
      m_changes(std::make_unique<CaseChangeWatch>(m_database->db()))
{
    m_zone = m_database->displayZone();
    m_events->setDisplayZone(m_zone);
    m_sources->setDisplayZone(m_zone);
    m_handles->setDisplayZone(m_zone);
    m_crossReference->setDisplayZone(m_zone);
    shareSourceNames();
    m_geo->model()->setDisplayZone(m_zone);
    m_handles->setWrites(m_writes);
    m_handles->reloadInBackground();
    // A new label shows in every view at once.
    connect(m_handles, &HandleTableModel::labelChanged, m_events, &EventTableModel::reloadRows);
    // A label that waited for another program's import: every view reads it again once stored
    // (a reload meanwhile read the case without it).
    connect(m_writes, &DeferredWrites::caughtUp, this, [this]() {
        m_handles->reloadInBackground();
        m_events->reloadRows();
    });
    // This session's own runs show their answers themselves.
    connect(m_geo, &GeoSession::located, this, [this]() { m_changes->see(CaseChangeWatch::Part::Geolocation); });
    // Addresses another program imported after the case's databases were added (the command
    // line's import, an earlier window's that closed first) are looked up as it opens.
    m_geo->locateNewIps();
}

CaseSession::~CaseSession()
{
    m_stopIndexing->store(true);
    m_indexing.waitForFinished();
    // What waited for another program's import: written now if it has finished meanwhile.
    if (!m_writes->flush(FinalWaitMs))
        qWarning("%lld change(s) to %s not stored: another program still holds the case",
                 static_cast<long long>(m_writes->pending()), qPrintable(m_database->path()));
    // The models' queries use the case's connection: they go before it is closed and removed
    // (QObject would delete them only after m_database), or Qt warns that its queries cease.
    qDeleteAll(findChildren<QObject *>(Qt::FindDirectChildrenOnly));
}

void CaseSession::startRawTextIndexing()
{
    if (m_indexing.isRunning())
        return;
    const QString path = m_database->path();
    auto stop = m_stopIndexing;
    // Keep the worker's own future to wait on: the continuation runs on this (GUI) thread and
    // is dropped if the session goes first.
    QFuture<RawTextIndexJob::Result> job = QtConcurrent::run(BackgroundPool::instance(), [path, stop]() {
        return RawTextIndexJob::run(path, [stop](double) { return !stop->load(); });
    });
    m_indexing = QFuture<void>(job);
    whenFinished(this, job, [this](const RawTextIndexJob::Result &result) {
        // A job that met a running import stops early; the next reload starts it again.
        m_events->setRawIndexedUpTo(result.indexedUpTo);
        emit rawTextIndexed(result.indexedUpTo);
    });
}

std::optional<qint64> CaseSession::resolveHandle(const QString &spelling) const
{
    return CaseQueries(m_database->db()).resolveHandle(spelling, m_database->region());
}

std::unique_ptr<CaseSession> CaseSession::open(const QString &path, QString *error)
{
    auto database = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, error);
    return database ? std::unique_ptr<CaseSession>(new CaseSession(std::move(database))) : nullptr;
}

std::unique_ptr<CaseSession> CaseSession::create(const QString &path, const QString &region, QString *error)
{
    auto database = CaseDatabase::create(path, region, error);
    return database ? std::unique_ptr<CaseSession>(new CaseSession(std::move(database))) : nullptr;
}

QString CaseSession::path() const
{
    return m_database->path();
}

QString CaseSession::region() const
{
    return m_database->region();
}

void CaseSession::setDisplayZone(const QTimeZone &zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    const QString name = TimeFormat::zoneId(zone); // "UTC+02:00": its label, "+02:00", names no zone
    m_writes->write(tr("the display zone"), [database = m_database.get(), name, at = AuditLog::nowIso()](QSqlDatabase db) {
        return database->setInfo(QStringLiteral("display_zone"), name)
               && AuditLog::record(db, QStringLiteral("display-zone-changed"), QJsonObject{{QStringLiteral("zone"), name}}, at);
    });
    m_events->setDisplayZone(zone);
    m_sources->setDisplayZone(zone);
    m_handles->setDisplayZone(zone);
    m_crossReference->setDisplayZone(zone);
    m_geo->model()->setDisplayZone(zone);
    emit displayZoneChanged();
}

void CaseSession::audit(const QString &action, const QJsonObject &details)
{
    m_writes->write(tr("the audit log's record of it"), [action, details, at = AuditLog::nowIso()](QSqlDatabase db) {
        return AuditLog::record(db, action, details, at);
    });
}

void CaseSession::shareSourceNames()
{
    // A file imported again gives sources of one name: each view numbers them as Sources does.
    m_sourceNames = SourceListModel::numberedNames(m_sources->sources());
    m_events->setSourceNames(m_sourceNames);
    m_crossReference->setSourceNames(m_sourceNames);
    m_duplicates->setSourceNames(m_sourceNames);
}

void CaseSession::reload()
{
    m_changes->see(CaseChangeWatch::Part::Sources | CaseChangeWatch::Part::Geolocation);
    m_sources->reload();
    shareSourceNames();
    m_events->reload();
    m_handles->reloadInBackground();
    emit reloaded();
    startRawTextIndexing();
    m_geo->locateNewIps(); // new IPs against the databases the case already has
}
