#include "filelisting.h"

#include "backgroundpool.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent>

std::optional<ImportFiles::Expanded> FileListing::expand(const QStringList &paths, QWidget *parent)
{
    QFuture<ImportFiles::Expanded> listing =
        QtConcurrent::run(BackgroundPool::instance(), [paths]() { return ImportFiles::expand(paths); });
    QFutureWatcher<ImportFiles::Expanded> watcher;
    QProgressDialog progress(tr("Reading what the files and ZIPs hold…"), tr("Cancel"), 0, 0, parent);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400); // a folder or a ZIP is usually listed sooner: no flash
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    watcher.setFuture(listing);
    if (!listing.isFinished())
        loop.exec();
    if (!listing.isFinished())
        return std::nullopt;
    return listing.result();
}
