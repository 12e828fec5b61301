#include "evidencecheckaction.h"

#include "backgroundpool.h"
#include "casedatabase.h"
#include "casesession.h"
#include "evidencecheckdialog.h"
#include "filedialogs.h"
#include "whenfinished.h"

#include <QAction>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent>

EvidenceCheckAction::EvidenceCheckAction(QMainWindow *window, QMenu *menu)
    : QObject(window), m_window(window),
      m_action(menu->addAction(tr("&Verify the evidence…"), this, &EvidenceCheckAction::start))
{
    m_action->setStatusTip(
        tr("Hash each file the case was imported from, and each GeoIP database added, again and "
           "compare it with the SHA-256 recorded"));
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this]() {
        if (!m_progress)
            return;
        if (m_readingTimes->load() && !m_readingTimesShown) {
            m_readingTimesShown = true;
            m_progress->setLabelText(tr("Reading again the local times another release of the tz "
                                        "database read (the case is only read)…"));
        }
        m_progress->setValue(m_permille->load());
    });
}

EvidenceCheckAction::~EvidenceCheckAction()
{
    stop();
}

void EvidenceCheckAction::attach(CaseSession *session)
{
    stop();
    ++m_run; // a check of the case attached before, finished meanwhile, is not shown for this one
    m_session = session;
}

void EvidenceCheckAction::stop()
{
    m_stop->store(true);
    m_running.waitForFinished();
    m_poll.stop();
    delete m_progress;
    m_progress = nullptr;
}

void EvidenceCheckAction::start()
{
    startIn(QString());
}

void EvidenceCheckAction::startIn(const QString &folder)
{
    if (!m_session || m_running.isRunning())
        return;
    const QSqlDatabase &db = m_session->database().db();
    const QList<EvidenceCheck::File> evidence = EvidenceCheck::filesOf(db);
    const QList<EvidenceCheck::File> databases = EvidenceCheck::geoDatabasesOf(db);
    if (evidence.isEmpty() && databases.isEmpty()) {
        m_window->statusBar()->showMessage(tr("The case holds no imported file to check."), 5000);
        return;
    }
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_permille->store(0);
    m_readingTimes->store(false);
    m_readingTimesShown = false;
    m_progress = new QProgressDialog(
        databases.isEmpty()
            ? tr("Hashing the %n evidence file(s) again (they are only read)…", nullptr,
                 int(evidence.size()))
            : tr("Hashing the %n file(s) again, evidence and GeoIP databases (they are only "
                 "read)…",
                 nullptr, int(evidence.size() + databases.size())),
        tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("evidenceCheckProgress"));
    m_progress->setWindowTitle(tr("Verify the evidence"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    connect(m_progress, &QProgressDialog::canceled, this, [stop = m_stop]() { stop->store(true); });
    m_poll.start();
    // One list, so that the progress counts the bytes of both.
    QFuture<std::optional<Checked>> job = QtConcurrent::run(
        BackgroundPool::instance(),
        [files = evidence + databases, folder, stop = m_stop, permille = m_permille,
         readingTimes = m_readingTimes, casePath = m_session->database().path()]() mutable {
            const bool done = EvidenceCheck::check(files, folder, [&](double share) {
                permille->store(int(share * 1000));
                return !stop->load();
            });
            // The worker's own connection: the case's is the GUI thread's.
            const auto db =
                done ? CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, nullptr)
                     : nullptr;
            readingTimes->store(true);
            const auto goOn = [&](double share) {
                permille->store(int(share * 1000));
                return !stop->load();
            };
            const auto zoneRules = db ? ZoneRulesCheck::check(db->db(), goOn) : std::nullopt;
            return zoneRules ? std::optional(Checked{files, *zoneRules}) : std::nullopt;
        });
    m_running = QFuture<void>(job);
    whenFinished(this, job,
                 [this, run = m_run, folder,
                  count = evidence.size()](const std::optional<Checked> &checked) {
                     if (run != m_run)
                         return;
                     if (checked)
                         finish(checked->files.first(count), checked->files.sliced(count), folder,
                                checked->zoneRules);
                     else
                         finish(std::nullopt, {}, folder, {});
                 });
}

void EvidenceCheckAction::finish(const std::optional<QList<EvidenceCheck::File>> &files,
                                 const QList<EvidenceCheck::File> &databases, const QString &folder,
                                 const ZoneRulesCheck::Result &zoneRules)
{
    m_poll.stop();
    delete m_progress;
    m_progress = nullptr;
    if (!files || !m_session) {
        m_window->statusBar()->showMessage(tr("Check of the evidence cancelled."), 5000);
        return;
    }
    QJsonObject record = EvidenceCheck::auditRecord(*files, databases, folder);
    ZoneRulesCheck::addToAuditRecord(&record, zoneRules);
    m_session->audit(QStringLiteral("evidence-verified"), record);
    QString summary = EvidenceCheck::summary(*files);
    if (!databases.isEmpty())
        summary += QStringLiteral("; ") + EvidenceCheck::geoSummary(databases);
    if (const qint64 otherwise = zoneRules.otherwise(); otherwise > 0)
        summary += QStringLiteral("; ") +
                   tr("%n local time(s) read otherwise by this machine's tz database", nullptr,
                      int(otherwise));
    if (const qint64 offsets = zoneRules.offsetsNotTheZones(); offsets > 0)
        summary +=
            QStringLiteral("; ") +
            tr("%n offset(s) written beside a zone no longer that zone's by this machine's tz "
               "database",
               nullptr, int(offsets));
    m_window->statusBar()->showMessage(summary, 15000);
    EvidenceCheckDialog dialog(*files, databases, folder, ZoneRulesCheck::lines(zoneRules),
                               m_window);
    if (dialog.exec() != EvidenceCheckDialog::CheckInFolder)
        return;
    const QString chosen = FileDialogs::existingDirectory(
        m_window, tr("Check the evidence in a folder"), FileDialogs::Folder::Returns);
    if (!chosen.isEmpty())
        startIn(chosen);
}
