#pragma once

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
} // namespace BackgroundPool
