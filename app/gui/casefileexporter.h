#pragma once

#include "eventexport.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <memory>

class CaseSession;
class QIODevice;
class QProgressDialog;
class QWidget;

/// @brief Writes a file from a case (its events, a report) on a worker thread with a progress
/// dialog and Cancel. The file appears whole or not at all (written beside it, then renamed); a
/// cancelled or failed export leaves nothing. A file written is recorded in the audit log of the
/// case it came from. EventsExporter and ReportExporter say what is written.
class CaseFileExporter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseFileExporter)
public:
    ~CaseFileExporter() override;

    bool isRunning() const { return m_watcher.isRunning(); }
    /// @brief Stops a running export (as its dialog's Cancel does).
    void cancel();
    /// @brief The case open in the window: an export of it is recorded through it (not waited
    /// for while another program imports into the case).
    void setSession(CaseSession *session) { m_session = session; }

signals:
    /// @brief The export ended: written whole (@p result has no error and was not cancelled),
    /// cancelled, or failed; @p path is the file asked for.
    void finished(const EventExport::Result &result, const QString &path);

protected:
    /// @brief Writes the file to @p out from @p db, telling @p goOn how far it is (false: stop).
    using Writer = std::function<EventExport::Result(QSqlDatabase db, QIODevice &out,
                                                     const std::function<bool(qint64)> &goOn)>;
    struct Job
    {
        QString casePath;
        QString path;
        qint64 total = 0; ///< what goOn counts up to, when known (else 0)
        QString label;    ///< the progress dialog's words
        Writer writer;
        QString auditAction; ///< recorded with auditDetails, the file, and what the result counts
        QJsonObject auditDetails;
    };
    CaseFileExporter(QWidget *parent, const QString &title);
    void startJob(const Job &job);

private:
    static void run(QPromise<EventExport::Result> &promise, const QString &casePath,
                    const QString &path, const Writer &writer,
                    const std::shared_ptr<std::atomic_bool> &stop);
    void record(const EventExport::Result &result) const;

    QFutureWatcher<EventExport::Result> m_watcher;
    QProgressDialog *m_dialog;
    CaseSession *m_session = nullptr;
    Job m_job;
    /// Cancel asks the worker, which alone decides: a file renamed into place is no cancelled
    /// export.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
};
