#pragma once

#include "evidencecheck.h"
#include "zonerulescheck.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class CaseSession;
class QAction;
class QMainWindow;
class QMenu;
class QProgressDialog;

/// @brief File → Verify the evidence: each evidence file of the case, and each GeoIP database its
/// places were read from, hashed again on a worker thread (progress, cancel), and the local times
/// another release of the tz database read read again (ZoneRulesCheck); then EvidenceCheckDialog
/// says what was found, and the audit log records the check. GUI thread only.
class EvidenceCheckAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceCheckAction)
public:
    EvidenceCheckAction(QMainWindow *window, QMenu *menu);
    ~EvidenceCheckAction() override;
    QAction *action() const { return m_action; }
    /// Stops a check of the case attached before (waiting for it) and attaches @p session.
    void attach(CaseSession *session);

private:
    void start();
    /// Checks each file at the path recorded or, with @p folder, by its name in that folder.
    void startIn(const QString &folder);
    /// What the worker found: the files hashed, evidence then GeoIP databases, and the local
    /// times read again.
    struct Checked
    {
        QList<EvidenceCheck::File> files;
        ZoneRulesCheck::Result zoneRules;
    };
    /// @p files: the evidence checked, or none when cancelled; @p databases: the GeoIP databases.
    void finish(const std::optional<QList<EvidenceCheck::File>> &files,
                const QList<EvidenceCheck::File> &databases, const QString &folder,
                const ZoneRulesCheck::Result &zoneRules);
    void stop();

    QMainWindow *m_window;
    QAction *m_action;
    CaseSession *m_session = nullptr;
    QProgressDialog *m_progress = nullptr;
    QTimer m_poll; ///< shows the worker's progress every 100 ms
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> m_permille = std::make_shared<std::atomic<int>>(0);
    /// Set once the files are hashed: the worker reads the local times again (ZoneRulesCheck).
    std::shared_ptr<std::atomic<bool>> m_readingTimes = std::make_shared<std::atomic<bool>>(false);
    bool m_readingTimesShown = false; ///< the progress dialog says so already
    QFuture<void> m_running;
    int m_run = 0; ///< which case's checks are shown: raised when another case is attached
};
