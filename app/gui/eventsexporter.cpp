#include "eventsexporter.h"

#include "auditlog.h"
#include "backgroundpool.h"
#include "casedatabase.h"
#include "casesession.h"

#include <QProgressDialog>
#include <QSaveFile>
#include <QtConcurrent>

EventsExporter::EventsExporter(QWidget *parent) : QObject(parent), m_dialog(new QProgressDialog(parent))
{
    m_dialog->setWindowTitle(tr("Export events"));
    m_dialog->setMinimumDuration(300); // a small export ends before a dialog would be worth showing
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->reset();
    connect(m_dialog, &QProgressDialog::canceled, this, &EventsExporter::cancel);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_dialog, &QProgressDialog::setValue);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this]() {
        m_dialog->reset();
        const EventExport::Result result = m_watcher.future().result();
        if (!result.cancelled && result.error.isEmpty())
            record(result);
        emit finished(result, m_path);
    });
}

EventsExporter::~EventsExporter()
{
    cancel();
    m_watcher.waitForFinished();
}

void EventsExporter::start(const QString &casePath, const EventFilter &filter, EventExport::Format format, const QString &path,
                           qint64 total)
{
    m_path = path;
    m_casePath = casePath;
    m_filter = filter;
    m_format = format;
    m_dialog->setLabelText(tr("Writing the events to %1…").arg(path));
    // The progress value counts events; a range of 0 to 0 shows that it is busy, not how far.
    m_dialog->setRange(0, int(qMin<qint64>(total, std::numeric_limits<int>::max())));
    m_dialog->setValue(0);
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run(BackgroundPool::instance(), &EventsExporter::run, casePath, filter, format, path, m_stop));
}

void EventsExporter::cancel()
{
    *m_stop = true;
}

void EventsExporter::record(const EventExport::Result &result) const
{
    const QJsonObject details{{QStringLiteral("file"), m_path},
                              {QStringLiteral("format"), m_format == EventExport::Format::Json ? u"json"_qs : u"csv"_qs},
                              {QStringLiteral("events"), result.written},
                              {QStringLiteral("filter"), m_filter.toJson()}};
    if (m_session && m_session->path() == m_casePath) {
        m_session->audit(QStringLiteral("export-events"), details);
        return;
    }
    // Through a connection of its own: another case is open in the window by now.
    QString error;
    if (const auto db = CaseDatabase::open(m_casePath, CaseDatabase::Access::ReadWrite, &error))
        AuditLog::record(db->db(), QStringLiteral("export-events"), details);
}

void EventsExporter::run(QPromise<EventExport::Result> &promise, const QString &casePath, const EventFilter &filter,
                         EventExport::Format format, const QString &path, const std::shared_ptr<std::atomic_bool> &stop)
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
        result = EventExport::write(db->db(), filter, format, file, [&promise, &stop](qint64 written) {
            promise.setProgressValue(int(qMin<qint64>(written, std::numeric_limits<int>::max())));
            return !*stop;
        });
        result.cancelled = result.cancelled || *stop; // asked after the last report: still nothing written
        if (result.error.isEmpty() && !result.cancelled) {
            if (!file.commit())
                result.error = file.errorString();
        } else {
            file.cancelWriting(); // nothing half-written is left under the name asked for
        }
    }
    promise.addResult(result);
}
