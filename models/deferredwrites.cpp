#include "deferredwrites.h"

#include "casewriters.h"
#include "sqlitestatement.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace std::chrono_literals;

namespace {
/// How long the GUI thread waits for the case before a write waits its turn instead.
constexpr auto ShortStep = 10ms;
} // namespace

DeferredWrites::DeferredWrites(QSqlDatabase db, QObject *parent) : QObject(parent), m_db(db)
{
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &DeferredWrites::retry);
}

DeferredWrites::Outcome DeferredWrites::writeOne(const Write &write, int waitMs)
{
    // The lock first, waiting at most a short step (and up to waitMs): a write that did not
    // get it has changed nothing, and can wait.
    QElapsedTimer waited;
    waited.start();
    bool busy = false;
    const bool begun = CaseWriters::beginWhenFree(SqliteStatement::handleOf(m_db), [&]() {
        busy = true;
        return waited.elapsed() < waitMs;
    }, nullptr, ShortStep);
    if (!begun)
        return busy ? Outcome::Deferred : Outcome::Failed;
    QSqlQuery end(m_db);
    if (write(m_db) && end.exec(QStringLiteral("COMMIT")))
        return Outcome::Written;
    end.exec(QStringLiteral("ROLLBACK"));
    return Outcome::Failed;
}

DeferredWrites::Outcome DeferredWrites::write(const QString &what, const Write &write)
{
    const Outcome outcome = m_pending.isEmpty() ? writeOne(write, 0) : Outcome::Deferred;
    if (outcome == Outcome::Deferred) {
        m_pending.append(write);
        m_retry.start();
        emit deferred(what);
    }
    return outcome;
}

bool DeferredWrites::flush(int waitMs)
{
    while (!m_pending.isEmpty()) {
        // A write that fails of itself is dropped, as it would have been when asked.
        if (writeOne(m_pending.first(), waitMs) == Outcome::Deferred)
            return false;
        m_pending.removeFirst();
    }
    m_retry.stop();
    return true;
}

void DeferredWrites::discard()
{
    m_pending.clear();
    m_retry.stop();
}

void DeferredWrites::retry()
{
    if (flush())
        emit caughtUp();
}
