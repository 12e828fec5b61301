#include "importrunner.h"

#include "backgroundpool.h"
#include <QPointer>
#include <QtConcurrent>

ImportRunner::ImportRunner(QObject *parent) : QObject(parent) {}

ImportRunner::~ImportRunner()
{
    cancel();
    m_future.waitForFinished();
}

bool ImportRunner::isRunning() const
{
    return m_future.isRunning();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportRunner::start(const ImportParams &params)
{
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    QPointer<ImportRunner> self(this);
    m_future = QtConcurrent::run(BackgroundPool::instance(), [params, cancelFlag, self]() {
                   return ImportJob::run(params, [cancelFlag, self](const ImportProgress &progress) {
                       QMetaObject::invokeMethod(
                           self, [self, progress]() {
                               if (self)
                                   emit self->progressed(progress);
                           },
                           Qt::QueuedConnection);
                       return !cancelFlag->load();
                   });
               }).then(this, [this](const ImportResult &result) { emit finished(result); });
}
