#include "casewriters.h"

#include "casedatabase.h"

#include <sqlite3.h>

#include <QFileInfo>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using namespace std::chrono_literals;

constexpr auto RetryEvery = 2ms;
constexpr auto GiveUpAfter = std::chrono::milliseconds(CaseDatabase::BusyTimeoutMs);
constexpr auto LongestYield = 1s;

/// How long this thread's statement waits for the lock: beginWhenFree() asks in steps.
thread_local Clock::duration waitLimit = GiveUpAfter;

/// When a connection of this process last found the write lock taken (Clock ticks).
std::atomic<Clock::rep> lastWait{0};

int busyWait(void *, int attempt)
{
    thread_local Clock::time_point firstTry;
    const auto now = Clock::now();
    if (attempt == 0)
        firstTry = now;
    lastWait.store(now.time_since_epoch().count(), std::memory_order_relaxed);
    if (now - firstTry >= waitLimit)
        return 0;
    std::this_thread::sleep_for(RetryEvery);
    return 1;
}

bool someoneWaits()
{
    // A waiter notes itself at every retry: silence for a few retries means it got the lock
    // (or gave up).
    const Clock::time_point last{Clock::duration{lastWait.load(std::memory_order_relaxed)}};
    return Clock::now() - last < 3 * RetryEvery;
}

struct Held
{
    quint64 ticket;
    QString casePath;
    CaseWriters::Work work;
};

std::mutex heldMutex;
std::vector<Held> held; // a few at most: one per case this process writes at the moment
quint64 lastTicket = 0;

QString samePath(const QString &casePath)
{
    return QFileInfo(casePath).absoluteFilePath();
}

} // namespace

CaseWriters::Holding::Holding(const QString &casePath, Work work)
{
    const std::lock_guard lock(heldMutex);
    m_ticket = ++lastTicket;
    held.push_back({m_ticket, samePath(casePath), work});
}

CaseWriters::Holding::~Holding()
{
    const std::lock_guard lock(heldMutex);
    std::erase_if(held, [this](const Held &h) { return h.ticket == m_ticket; });
}

std::optional<CaseWriters::Work> CaseWriters::heldHere(const QString &casePath)
{
    const QString path = samePath(casePath);
    const std::lock_guard lock(heldMutex);
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        if (it->casePath == path)
            return it->work;
    }
    return std::nullopt;
}

void CaseWriters::install(sqlite3 *db)
{
    if (db)
        sqlite3_busy_handler(db, busyWait, nullptr);
}

void CaseWriters::yieldTurn()
{
    const auto until = Clock::now() + LongestYield;
    while (someoneWaits() && Clock::now() < until)
        std::this_thread::sleep_for(RetryEvery);
}

bool CaseWriters::beginWhenFree(sqlite3 *db, const std::function<bool()> &waiting, QString *error,
                                std::chrono::milliseconds step)
{
    waitLimit = step;
    int rc = SQLITE_BUSY;
    while ((rc = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr)) == SQLITE_BUSY && waiting()) {
    }
    waitLimit = GiveUpAfter;
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    return rc == SQLITE_OK;
}
