#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

/// @brief Calls @p then on @p context's thread with @p future's result once it is finished,
/// unless @p context is destroyed first, or the future was cancelled.
///
/// In place of QFuture::then(context, …): in Qt 6.4 the worker thread checks the context and posts
/// it the continuation after releasing waitForFinished(), so a context the GUI thread destroys
/// once the wait returned (a case closed while its raw text was indexed) could be posted to as it
/// was freed — a crash in tst_mainwindow on a fresh clone, the worker in QCoreApplication::postEvent.
/// A QFutureWatcher, a child of @p context, is told under the future's lock, which its destructor
/// takes to stop listening.
template <typename T, typename F>
void whenFinished(QObject *context, const QFuture<T> &future, F &&then)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, then = std::forward<F>(then)]() mutable {
        watcher->deleteLater();
        const QFuture<T> done = watcher->future();
        if (done.isCanceled())
            return;
        if constexpr (std::is_void_v<T>)
            then();
        else if (done.resultCount() > 0)
            then(done.result());
    });
    watcher->setFuture(future);
}
