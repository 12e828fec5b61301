#pragma once

#include "eventexport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

class CaseSession;
class QProgressDialog;
class QWidget;

/// @brief Writes the events a filter selects to a file, CSV or JSON as `lookuplens-cli events`
/// does, on a worker thread with a progress dialog and Cancel. The file appears whole or not at
/// all (written beside it, then renamed); a cancelled or failed export leaves nothing. An export
/// written is recorded in the audit log of the case it came from, with its filter.
class EventsExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsExporter)
public:
    explicit EventsExporter(QWidget *parent);
    ~EventsExporter() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// @brief Exports @p filter's events of the case at @p casePath to @p path; @p total, when
    /// known (else 0), lets the dialog show how far it is.
    void start(const QString &casePath, const EventFilter &filter, EventExport::Format format, const QString &path,
               qint64 total);
    /// @brief Stops a running export (as its dialog's Cancel does).
    void cancel();
    /// @brief The case open in the window: an export of it is recorded through it (not waited
    /// for while another program imports into the case).
    void setSession(CaseSession *session) { m_session = session; }

signals:
    /// @brief The export ended: written whole (@p result has no error and was not cancelled),
    /// cancelled, or failed; @p path is the file asked for.
    void finished(const EventExport::Result &result, const QString &path);

private:
    static void run(QPromise<EventExport::Result> &promise, const QString &casePath, const EventFilter &filter,
                    EventExport::Format format, const QString &path, const std::shared_ptr<std::atomic_bool> &stop);
    void record(const EventExport::Result &result) const;

    QFutureWatcher<EventExport::Result> m_watcher;
    QProgressDialog *m_dialog;
    CaseSession *m_session = nullptr;
    QString m_path;
    QString m_casePath;
    EventFilter m_filter;
    EventExport::Format m_format = EventExport::Format::Csv;
    /// Cancel asks the worker, which alone decides: a file renamed into place is no cancelled export.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};
