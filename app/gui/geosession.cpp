#include "geosession.h"

#include "backgroundpool.h"
#include "casedatabase.h"
#include "iptablemodel.h"
#include "whenfinished.h"

#include <QFileInfo>
#include <QPointer>
#include <QSqlQuery>
#include <QtConcurrent>

namespace {

QList<IpSummary> loadSummaries(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? IpSummaries::of(db->db()) : QList<IpSummary>{};
}

QStringList storedDatabaseFiles(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QStringList files;
    if (!db)
        return files;
    QSqlQuery query(db->db());
    query.exec(QStringLiteral("SELECT file_path FROM geo_databases ORDER BY id"));
    while (query.next()) {
        if (QFileInfo::exists(query.value(0).toString()))
            files.append(query.value(0).toString());
    }
    return files;
}

} // namespace

GeoSession::GeoSession(const QString &casePath, QObject *parent)
    : QObject(parent), m_casePath(casePath), m_model(new IpTableModel(this))
{
}

GeoSession::~GeoSession()
{
    cancel();
    m_locating.waitForFinished();
    m_loading.waitForFinished();
}

bool GeoSession::isLocating() const
{
    return m_locatingNow;
}

void GeoSession::refresh()
{
    if (m_loading.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const QString path = m_casePath;
    QFuture<QList<IpSummary>> job =
        QtConcurrent::run(BackgroundPool::instance(), [path]() { return loadSummaries(path); });
    m_loading = QFuture<void>(job);
    whenFinished(this, job, [this](const QList<IpSummary> &summaries) {
        m_model->setSummaries(summaries);
        emit summariesLoaded();
        if (std::exchange(m_refreshAgain, false))
            refresh();
    });
}

void GeoSession::addDatabases(const QStringList &files)
{
    runLocate(files, false);
}

void GeoSession::locateNewIps()
{
    if (isLocating())
        return;
    const QString path = m_casePath;
    QFuture<QStringList> files =
        QtConcurrent::run(BackgroundPool::instance(), [path]() { return storedDatabaseFiles(path); });
    whenFinished(this, files, [this](const QStringList &stored) {
        if (stored.isEmpty())
            refresh();
        else
            runLocate(stored, true);
    });
}

void GeoSession::cancel()
{
    m_cancel->store(true);
}

void GeoSession::runLocate(const QStringList &files, bool newIpsOnly)
{
    if (isLocating())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_locatingNow = true;
    m_model->setResolving(true);
    const QString path = m_casePath;
    auto cancelFlag = m_cancel;
    QPointer<GeoSession> self(this);
    const auto locate = [path, files, cancelFlag, self, newIpsOnly]() {
        return GeoLocateJob::run(path, files, [cancelFlag, self, newIpsOnly](double fraction) {
            BackgroundPool::postToGuiThread(self, [fraction, newIpsOnly](GeoSession *session) {
                emit session->progressed(fraction, newIpsOnly);
            });
            return !cancelFlag->load();
        });
    };
    QFuture<QList<GeoLocateJob::DatabaseResult>> job = QtConcurrent::run(BackgroundPool::instance(), locate);
    m_locating = QFuture<void>(job);
    whenFinished(this, job, [this, newIpsOnly](const QList<GeoLocateJob::DatabaseResult> &results) {
        m_locatingNow = false;
        m_model->setResolving(false);
        emit located(results, newIpsOnly);
        refresh();
    });
}
