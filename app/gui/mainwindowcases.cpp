// MainWindow's cases: one opened, created (its region chosen from those that exist) or chosen,
// the recent ones remembered, and a case closed only once the changes made in it are stored or
// the analyst lets them go.
#include "mainwindow.h"

#include "casecopy.h"
#include "casedatabase.h"
#include "casesession.h"
#include "deferredwrites.h"
#include "filedialogs.h"
#include "plainmessagebox.h"
#include "regionnames.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

namespace {
constexpr int MaxRecentCases = 8;
const QString RecentKey = QStringLiteral("recentCases");
} // namespace

bool MainWindow::openCase(const QString &path)
{
    if (!mayCloseCase())
        return false;
    if (QFileInfo(path).isFile() && CaseDatabase::onReadOnlyStorage(path))
        return openWorkingCopy(path);
    QString error;
    auto session = CaseSession::open(path, &error);
    if (!session) {
        PlainMessageBox::warning(this, tr("Cannot open the case"), error);
        return false;
    }
    setSession(std::move(session));
    rememberRecent(path);
    return true;
}

void MainWindow::newCase()
{
    if (!mayCloseCase())
        return;
    const QString path = FileDialogs::saveFileName(this, tr("New case"), FileDialogs::Folder::Cases,
                                                   QString(), tr("LookupLens cases (*.llcase)"));
    if (path.isEmpty())
        return;
    // Chosen from the regions that exist: typed, "DEU" or "Germany" was taken as a region, and
    // every number written without a country code stood apart from the same number with one.
    const QList<QPair<QString, QString>> regions = RegionNames::byName();
    QStringList names;
    for (const auto &region : regions)
        names.append(region.first);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Default region"),
                                                 tr("Region for phone numbers written without a country code (a file "
                                                    "of another country's is declared so when it is imported):"),
                                                 names, int(names.indexOf(RegionNames::label(QStringLiteral("US")))), false, &ok);
    if (!ok)
        return;
    const QString region = regions.value(names.indexOf(chosen)).second;
    const QString file = path.endsWith(QStringLiteral(".llcase")) ? path : path + QStringLiteral(".llcase");
    QString error;
    auto session = CaseSession::create(file, region, &error);
    if (!session) {
        PlainMessageBox::warning(this, tr("Cannot create the case"), error);
        return;
    }
    setSession(std::move(session));
    rememberRecent(file);
}

void MainWindow::chooseCase()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Open case"), FileDialogs::Folder::Cases, tr("LookupLens cases (*.llcase)"));
    if (!path.isEmpty())
        openCase(path);
}

bool MainWindow::openWorkingCopy(const QString &path)
{
    const QFileInfo original(path);
    QMessageBox box(
        QMessageBox::Information, tr("The case cannot be changed here"),
        tr("%1 is on storage that cannot be written here (read-only media, a write blocker, a "
           "read-only share, or no permission).")
            .arg(original.fileName()),
        QMessageBox::NoButton, this);
    box.setInformativeText(
        tr("The window keeps labels, graph layouts and a record of each export in the case. "
           "Save a working copy to open it: the copy's audit log names this case and its SHA-256, "
           "and this file is only read."));
    QPushButton *copy = box.addButton(tr("Save a working copy…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(copy);
    box.exec();
    if (box.clickedButton() != copy)
        return false;
    const QString target =
        FileDialogs::saveFileName(this, tr("Save a working copy"), FileDialogs::Folder::Cases,
                                  tr("%1 (working copy).llcase").arg(original.completeBaseName()),
                                  tr("LookupLens cases (*.llcase)"));
    if (target.isEmpty())
        return false;
    QString error;
    if (!CaseCopy::make(path, target, &error)) {
        PlainMessageBox::warning(this, tr("Cannot save the working copy"), error);
        return false;
    }
    return openCase(target);
}

void MainWindow::closeCase()
{
    // Closed, the case is one file again (SQLite folds its journal back in): whole to copy,
    // hash or hand over.
    if (mayCloseCase())
        setSession(nullptr);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent) {
        // Kept while it is missing: a drive unplugged comes back. The menu is built again each
        // time it opens, so it says what is there now.
        if (QFileInfo::exists(path)) {
            m_recentMenu->addAction(path, this, [this, path]() { openCase(path); });
            continue;
        }
        m_recentMenu->addAction(tr("%1 (not found)").arg(path))->setEnabled(false);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear the list"), this, [this]() {
            QSettings().remove(RecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(RecentKey, recent.mid(0, MaxRecentCases));
    updateRecentMenu();
}

bool MainWindow::mayCloseCase()
{
    DeferredWrites *writes = m_session ? m_session->writes() : nullptr;
    if (!writes || writes->flush())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Changes not yet stored"),
                    tr("%n change(s) made here (a label, the display zone, an export's record in the audit log) still "
                       "wait for another program's import into this case to finish.", nullptr, int(writes->pending())),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Keep the case open until the change(s) are stored, or close it now and lose them?", nullptr,
                              int(writes->pending())));
    QPushButton *keep = box.addButton(tr("Keep open"), QMessageBox::RejectRole);
    box.addButton(tr("Close anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep)
        return false;
    writes->discard();
    return true;
}
