#include "geosession.h"

#include "backgroundpool.h"
#include "casedatabase.h"
#include "iptablemodel.h"
#include "whenfinished.h"

#include <QPointer>
#include <QtConcurrent>

namespace {

QList<IpSummary> loadSummaries(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? IpSummaries::of(db->db()) : QList<IpSummary>{};
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
    QFuture<bool> any = QtConcurrent::run(
        BackgroundPool::instance(), [path]() { return GeoLocateJob::hasNewIpsToLocate(path); });
    whenFinished(this, any, [this](bool locate) {
        if (locate) {
            runLocate({}, true);
        } else {
            emit located({}, true); // nothing new to say of places
            refresh();
        }
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
        const auto progress = [cancelFlag, self, newIpsOnly](double fraction) {
            BackgroundPool::postToGuiThread(self, [fraction, newIpsOnly](GeoSession *session) {
                emit session->progressed(fraction, newIpsOnly);
            });
            return !cancelFlag->load();
        };
        // The new IPs only in the files the case added, unchanged (a file changed is refused).
        return newIpsOnly ? GeoLocateJob::runForNewIps(path, progress).results
                          : GeoLocateJob::run(path, files, progress);
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
