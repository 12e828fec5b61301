#include "plotexport.h"

#include "filedialogs.h"

#include <QFileInfo>

#include <qcustomplot.h>

bool PlotExport::save(QCustomPlot *plot, const QString &path, const QSize &size, const QString &title, QString *error)
{
    // Another ending (".jpg") got PNG bytes under its name: refused, the file not written.
    const QString suffix = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (suffix == u"pdf")
        ok = plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QString(), title);
    else if (suffix == u"png" || suffix.isEmpty())
        ok = plot->savePng(path, size.width(), size.height());
    if (!ok)
        *error = tr("%1: cannot write the image (use .png or .pdf)").arg(path);
    return ok;
}

QString PlotExport::askPath(QWidget *parent, const QString &caption, const QString &defaultName)
{
    return FileDialogs::saveFileName(parent, caption, FileDialogs::Folder::Exports, defaultName,
                                     tr("PNG image (*.png);;PDF document (*.pdf)"));
}
