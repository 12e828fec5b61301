#pragma once

#include "backgroundpool.h"

#include <QSemaphore>
#include <QThreadPool>

#include <memory>
#include <utility>

/// @brief Every thread of LookupLens's own pool held until release() or the end of the scope:
/// jobs started meanwhile wait for one. Released before a window goes, which waits for its jobs:
/// a failed check must not hang. For the suites that watch work wait for a thread.
class HeldPool
{
public:
    HeldPool() : m_threads(BackgroundPool::instance()->maxThreadCount())
    {
        // Shared with the holders: one queued behind a job still running from an earlier test
        // starts after this object is gone, and waited on freed memory (a suite hung at exit,
        // another crashed in the next test's set-up).
        for (int i = 0; i < m_threads; ++i)
            BackgroundPool::instance()->start([held = m_held]() { held->acquire(); });
    }
    ~HeldPool() { release(); }
    HeldPool(const HeldPool &) = delete;
    HeldPool &operator=(const HeldPool &) = delete;
    void release()
    {
        if (!std::exchange(m_released, true))
            m_held->release(m_threads);
    }

private:
    std::shared_ptr<QSemaphore> m_held = std::make_shared<QSemaphore>();
    const int m_threads;
    bool m_released = false;
};
