#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("LookupLens background jobs"));
        setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
    }
};

// Like Qt's own global pool: made on first use, and at exit it waits for what still runs.
Q_GLOBAL_STATIC(Pool, pool)

} // namespace

QThreadPool *BackgroundPool::instance()
{
    return pool();
}
