#include "importrunner.h"

#include "backgroundpool.h"
#include "decompressedtars.h"
#include "whenfinished.h"

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
    return m_running;
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
    // Taken here, while the import dialog still holds one: a compressed archive cut short that
    // was decompressed to preview it is imported from that copy.
    auto keep = std::make_shared<DecompressedTars::Keep>();
    QFuture<ImportResult> job = QtConcurrent::run(BackgroundPool::instance(), [params, cancelFlag, self, keep]() {
        return ImportJob::run(params, [cancelFlag, self](const ImportProgress &progress) {
            BackgroundPool::postToGuiThread(self, [progress](ImportRunner *runner) { emit runner->progressed(progress); });
            return !cancelFlag->load();
        });
    });
    m_future = QFuture<void>(job);
    m_running = true; // until finished() is emitted, not only while the job runs
    whenFinished(this, job, [this](const ImportResult &result) {
        m_running = false;
        emit finished(result);
    });
}
