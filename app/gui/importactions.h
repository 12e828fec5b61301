#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>

class CaseSession;
class ImportProgressWidget;
class ImportRunner;
class QAction;
class QMainWindow;
class QMenu;
struct ImportParams;
struct ImportResult;
struct ReadSettings;

/// @brief The window's imports: the File menu's "Import files…" and "Import a folder…", the
/// import dialog, the job on its worker thread (its progress and cancel in the status bar), and
/// what the window says when it ends: the counts by class, the files refused, the warnings, and
/// the files left waiting for their zone shown again. GUI thread only.
class ImportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportActions)
public:
    /// @brief Adds its two actions to @p fileMenu where it stands.
    ImportActions(QMainWindow *window, QMenu *fileMenu);
    ~ImportActions() override;

    void attach(CaseSession *session);
    QList<QAction *> actions() const { return m_actions; }
    const ImportRunner *runner() const { return m_runner; }
    /// @brief The progress and its cancel button, for the window to place in its status bar.
    ImportProgressWidget *progressWidget() const { return m_progress; }
    void cancel();

    /// @brief Imports straight away with recognition and no declared zone (drops and the File
    /// menu go through showImportDialog instead).
    void importFiles(const QStringList &files);
    /// @brief Previews @p paths (files, or folders read for the files in them) before importing;
    /// @p notice, if given, says why above them.
    void showImportDialog(const QStringList &paths, const QString &notice = {});
    /// @brief The same, each file first shown with @p settings (what the analyst chose for it
    /// before, its zone aside), encrypted ones opened with @p passwords (given before).
    void showImportDialog(const QStringList &paths, const QString &notice, const QHash<QString, ReadSettings> &settings,
                          const QStringList &passwords = {});

signals:
    /// @brief An import started (true) or ended (false): the window's case actions wait for it.
    void runningChanged(bool running);

private:
    void chooseFiles();
    void chooseFolder();
    void start(const ImportParams &params);
    void onFinished(const ImportResult &result);
    void showOutcome(const ImportResult &result);
    /// @brief Files an import left waiting for their zone are shown again in the import dialog,
    /// their own lines (a metadata block may name the zone) beside the choice.
    void askForZones(const ImportResult &result);
    void say(const QString &message, int timeoutMs);

    QMainWindow *m_window;
    CaseSession *m_session = nullptr;
    ImportRunner *m_runner;
    ImportProgressWidget *m_progress;
    QList<QAction *> m_actions;
    std::unique_ptr<ImportParams> m_lastImport; ///< what the import running (or last run) was asked
};
