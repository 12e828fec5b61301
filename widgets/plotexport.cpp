#include "plotexport.h"

#include "filedialogs.h"


#include <qcustomplot.h>

bool PlotExport::save(QCustomPlot *plot, const QString &path, const QSize &size, const QString &title, QString *error)
{
    const bool ok = path.endsWith(u".pdf", Qt::CaseInsensitive)
                        ? plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QString(), title)
                        : plot->savePng(path, size.width(), size.height());
    if (!ok)
        *error = tr("%1: cannot write the image (use .png or .pdf)").arg(path);
    return ok;
}

QString PlotExport::askPath(QWidget *parent, const QString &caption, const QString &defaultName)
{
    return FileDialogs::saveFileName(parent, caption, defaultName, tr("PNG image (*.png);;PDF document (*.pdf)"));
}
