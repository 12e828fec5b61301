#pragma once

#include <QCoreApplication>
#include <QPointer>

class QThreadPool;

/// @brief The threads LookupLens's own background work runs on: imports, the contact graph,
/// IP summaries, the raw-text index, geolocation, timelines and the event table's pages.
///
/// Not QThreadPool::globalInstance(): Qt's raster painting and image conversions hand slices of
/// their work to the global pool and the GUI thread waits for them. With our jobs of several
/// seconds holding the global pool's threads (two on a two-core machine), the window froze
/// until one ended: 0.8-1.5 s after opening a case of 1M events.
namespace BackgroundPool {
/// At least four threads, so a short job (a page of events) need not wait for long ones.
QThreadPool *instance();

/// @brief Runs @p work(receiver) on the GUI thread, later, if @p receiver still lives then: a
/// worker's result or progress for an object of the GUI thread. Posted to the application, never
/// to @p receiver: a worker that reads a QPointer and posts to the object it names races that
/// object's deletion on the GUI thread — read alive, deleted, then posted to, the event went to
/// freed memory (a crash in one run of fifteen of tst_eventtablemodel).
template <typename T, typename Work>
void postToGuiThread(const QPointer<T> &receiver, Work work)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [receiver, work = std::move(work)]() {
            if (receiver)
                work(receiver.data());
        },
        Qt::QueuedConnection);
}
} // namespace BackgroundPool
