#include "importactions.h"

#include "casesession.h"
#include "decompressedtars.h"
#include "filedialogs.h"
#include "filelisting.h"
#include "importdialog.h"
#include "importfiles.h"
#include "importoutcometext.h"
#include "importprogresswidget.h"
#include "importrunner.h"
#include "optionwords.h"
#include "placename.h"
#include "plainmessagebox.h"

#include <QAction>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

ImportActions::ImportActions(QMainWindow *window, QMenu *fileMenu)
    : QObject(window), m_window(window), m_runner(new ImportRunner(this)), m_progress(new ImportProgressWidget(window))
{
    m_actions.append(fileMenu->addAction(tr("&Import files…"), QKeySequence(tr("Ctrl+I")), this, &ImportActions::chooseFiles));
    m_actions.append(fileMenu->addAction(tr("Import a &folder…"), this, &ImportActions::chooseFolder));
    connect(m_progress, &ImportProgressWidget::cancelRequested, m_runner, &ImportRunner::cancel);
    connect(m_runner, &ImportRunner::progressed, m_progress, &ImportProgressWidget::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportActions::onFinished);
}

ImportActions::~ImportActions() = default;

void ImportActions::attach(CaseSession *session)
{
    m_session = session;
}

void ImportActions::cancel()
{
    m_runner->cancel();
}

void ImportActions::say(const QString &message, int timeoutMs)
{
    m_window->statusBar()->showMessage(message, timeoutMs);
}

void ImportActions::chooseFiles()
{
    const QStringList files = FileDialogs::openFileNames(
        m_window, tr("Import provider returns"), FileDialogs::Folder::Returns,
        tr("Provider returns (*.csv *.tsv *.txt *.lst *.rpt *.xlsx *.xls *.ods *.xml *.pdf *.zip "
           "*.gz *.bz2 *.xz *.zst *.7z *.rar *.tar *.tgz *.html *.htm *.json *.jsonl *.ndjson);;All files (*)"));
    if (!files.isEmpty())
        showImportDialog(files);
}

void ImportActions::chooseFolder()
{
    const QString folder = FileDialogs::existingDirectory(m_window, tr("Import a return's folder"),
                                                          FileDialogs::Folder::Returns);
    if (!folder.isEmpty())
        showImportDialog({folder});
}

void ImportActions::showImportDialog(const QStringList &paths, const QString &notice)
{
    showImportDialog(paths, notice, {});
}

void ImportActions::showImportDialog(const QStringList &paths, const QString &notice,
                                     const QHash<QString, ReadSettings> &settings, const QStringList &passwords)
{
    if (!m_session) {
        say(tr("Open or create a case before importing."), 5000);
        return;
    }
    // A compressed archive cut short is decompressed once for its listing, previews and import.
    const DecompressedTars::Keep keepTars;
    // The listing keeps the window's events running: the case may be closed or another opened
    // before it ends (its dialog shows only after a moment). The files were meant for this one.
    const QString casePath = m_session->path();
    const auto listed = FileListing::expand(paths, m_window);
    if (!listed)
        return;
    if (!m_session || m_session->path() != casePath) {
        say(tr("The case changed while the files were listed: nothing was imported."), 8000);
        return;
    }
    const ImportFiles::Expanded &expanded = *listed;
    if (expanded.files.isEmpty()) {
        ImportOutcomeText::showLines(m_window, tr("Nothing to import"), expanded.leftOut);
        return;
    }
    ImportDialog dialog(expanded.files, m_session->path(), m_session->region(), m_window);
    dialog.setLeftOut(expanded.leftOut);
    dialog.setFound(expanded.found);
    dialog.setNotice(notice);
    if (!passwords.isEmpty()) // the files left waiting are tables of a ZIP opened with them
        dialog.setPasswords(passwords);
    if (!settings.isEmpty())
        dialog.setSettings(settings);
    if (dialog.exec() == QDialog::Accepted)
        start(dialog.params());
}

void ImportActions::importFiles(const QStringList &files)
{
    if (!m_session) {
        say(tr("Open or create a case before importing."), 5000);
        return;
    }
    ImportParams params;
    params.casePath = m_session->path();
    params.files = files;
    params.region = m_session->region();
    start(params);
}

void ImportActions::start(const ImportParams &params)
{
    if (m_runner->isRunning()) {
        say(tr("An import is already running."), 5000);
        return;
    }
    m_lastImport = std::make_unique<ImportParams>(params);
    emit runningChanged(true);
    m_runner->start(params);
}

void ImportActions::onFinished(const ImportResult &result)
{
    m_progress->reset();
    emit runningChanged(false);
    if (result.cancelled) {
        // Nothing to reload: reloading looked up the case's IPs again, whose "Geolocation done"
        // took the place of this message within a second.
        say(tr("Import cancelled; the case is as it was."), 8000);
        return;
    }
    if (m_session)
        m_session->reload();
    showOutcome(result);
    askForZones(result);
}

void ImportActions::showOutcome(const ImportResult &result)
{
    QList<ImportOutcomeText::Said> problems;
    QList<ImportOutcomeText::Said> warnings;
    ClassCounts accepted{};
    for (const FileImportResult &file : result.files) {
        if (file.ok) // a file that failed, or the import as a whole, saved none of its rows
            addCounts(accepted, file.acceptedByClass);
        if (!file.ok && !file.needsTimeZone && !file.error.isEmpty()) // the files waiting for their zone are asked for it next
            problems.append({QString(), OptionWords::withControlNames(file.error)});
        if (!file.leftOut.isEmpty())
            warnings.append({QString(), file.leftOut});
        for (const QString &warning : file.warnings)
            warnings.append({PlaceName::shortName(file.path), OptionWords::withControlNames(warning)});
    }
    if (!result.error.isEmpty())
        problems.prepend({QString(), OptionWords::withControlNames(result.error)});
    // Each class apart, as every count is: never one figure of "events" for lookups and calls.
    say(accepted == ClassCounts{} ? tr("No new events were imported.")
                                  : tr("Imported %1.").arg(EvidenceClassText::countsText(accepted)),
        8000);
    if (!problems.isEmpty())
        ImportOutcomeText::showWarning(m_window, tr("Some files were not imported"), problems);
    if (!warnings.isEmpty())
        ImportOutcomeText::showWarning(m_window, tr("Some files were read with warnings"),
                                       warnings);
}

void ImportActions::askForZones(const ImportResult &result)
{
    QStringList files;
    QHash<QString, ReadSettings> settings; // the format, dates, mapping or sheets chosen stay chosen
    for (const FileImportResult &file : result.files) {
        if (!file.needsTimeZone)
            continue;
        files.append(file.path);
        if (m_lastImport)
            settings.insert(file.path, m_lastImport->settingsOf(file.path));
    }
    if (files.isEmpty() || !m_session)
        return;
    if (m_lastImport && m_lastImport->casePath != m_session->path()) { // another case opened meanwhile
        PlainMessageBox::information(
            m_window, tr("Files not imported"),
            tr("%n file(s) were not imported into %1: their times state no time zone. Open that "
               "case and import them again to choose it:\n%2",
               nullptr, int(files.size()))
                .arg(m_lastImport->casePath, files.join(u'\n')));
        return;
    }
    showImportDialog(files, tr("%n file(s) were not imported: their times state no time zone. Choose the zone the "
                               "provider wrote each in; the file's own lines, shown below, may name it. The zone is "
                               "recorded with the source as declared by you.",
                               nullptr, int(files.size())),
                     settings, m_lastImport ? m_lastImport->passwords : QStringList());
}
