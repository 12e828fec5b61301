#include "casefileexporter.h"

#include "auditlog.h"
#include "backgroundpool.h"
#include "casedatabase.h"
#include "casesession.h"
#include "hashingwriter.h"

#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent>

CaseFileExporter::CaseFileExporter(QWidget *parent, const QString &title)
    : QObject(parent), m_dialog(new QProgressDialog(parent))
{
    m_dialog->setWindowTitle(title);
    m_dialog->setMinimumDuration(300); // a small export ends before a dialog would be worth showing
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->reset();
    connect(m_dialog, &QProgressDialog::canceled, this, &CaseFileExporter::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_dialog,
            &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this]() {
        m_dialog->reset();
        const EventExport::Result result = m_watcher.future().result();
        if (!result.cancelled && result.error.isEmpty())
            record(result);
        emit finished(result, m_job.path);
    });
}

CaseFileExporter::~CaseFileExporter()
{
    cancel();
    m_watcher.waitForFinished();
}

void CaseFileExporter::startJob(const Job &job)
{
    m_job = job;
    m_dialog->setLabelText(job.label);
    // The progress value counts events; a range of 0 to 0 shows that it is busy, not how far.
    m_dialog->setRange(0, int(qMin<qint64>(job.total, std::numeric_limits<int>::max())));
    m_dialog->setValue(0);
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), &CaseFileExporter::run,
                                          job.casePath, job.path, job.writer, m_stop));
}

void CaseFileExporter::cancel()
{
    *m_stop = true;
}

void CaseFileExporter::record(const EventExport::Result &result) const
{
    QJsonObject details = m_job.auditDetails;
    details.insert(QStringLiteral("file"), m_job.path);
    details.insert(QStringLiteral("events"), result.written);
    details.insert(QStringLiteral("sha256"), result.sha256);
    if (m_session && m_session->path() == m_job.casePath) {
        m_session->audit(m_job.auditAction, details);
        return;
    }
    // Through a connection of its own: another case is open in the window by now.
    QString error;
    if (const auto db = CaseDatabase::open(m_job.casePath, CaseDatabase::Access::ReadWrite, &error))
        AuditLog::record(db->db(), m_job.auditAction, details);
}

void CaseFileExporter::run(QPromise<EventExport::Result> &promise, const QString &casePath,
                           const QString &path, const Writer &writer,
                           const std::shared_ptr<std::atomic_bool> &stop)
{
    EventExport::Result result;
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QSaveFile file(path);
    if (!db) {
        result.error = error;
    } else if (!file.open(QIODevice::WriteOnly)) {
        result.error = file.errorString();
    } else {
        HashingWriter hashed(file); // its SHA-256 recorded, so the copy handed over can be checked
        result = writer(db->db(), hashed, [&promise, &stop](qint64 done) {
            promise.setProgressValue(int(qMin<qint64>(done, std::numeric_limits<int>::max())));
            return !*stop;
        });
        result.sha256 = hashed.sha256();
        result.cancelled =
            result.cancelled || *stop; // asked after the last report: still nothing written
        if (result.error.isEmpty() && !result.cancelled) {
            if (!file.commit())
                result.error = file.errorString();
        } else {
            file.cancelWriting(); // nothing half-written is left under the name asked for
        }
    }
    promise.addResult(result);
}
