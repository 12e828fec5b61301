#pragma once

#include "importjob.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

/// @brief Runs an ImportJob on a worker thread and reports back on the GUI thread.
/// Progress arrives at most every 100 ms; cancel() makes the job roll back everything.
class ImportRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunner)
public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    bool isRunning() const;
    void start(const ImportParams &params);
    void cancel();

signals:
    void progressed(const ImportProgress &progress);
    void finished(const ImportResult &result);

private:
    QFuture<void> m_future; ///< the job's own: the destructor waits for it
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
};
