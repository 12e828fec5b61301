#include "docklayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScrollArea>

bool DockLayout::isNarrow(const QSize &available)
{
    return available.width() < 1800;
}

void DockLayout::arrange(QMainWindow &window, const Docks &docks, bool narrow)
{
    for (QDockWidget *dock : {docks.handles, docks.legend, docks.provenance, docks.ipDetails,
                              docks.sources, docks.crossReference, docks.ips}) {
        dock->setFloating(false);
        dock->show();
    }
    // Added again, each dock leaves wherever the analyst had put it (a tab group, a float).
    window.addDockWidget(Qt::LeftDockWidgetArea, docks.handles);
    window.addDockWidget(narrow ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea, docks.legend);
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.sources);
    if (narrow) {
        window.addDockWidget(Qt::BottomDockWidgetArea, docks.provenance); // beside the sources
    } else {
        window.addDockWidget(Qt::RightDockWidgetArea, docks.provenance);
    }
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.crossReference);
    window.tabifyDockWidget(docks.sources, docks.crossReference);
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.ips);
    window.tabifyDockWidget(docks.crossReference, docks.ips);
    window.addDockWidget(window.dockWidgetArea(docks.provenance), docks.ipDetails);
    window.tabifyDockWidget(docks.provenance, docks.ipDetails);
    docks.provenance->raise();
    docks.sources->raise();
    if (narrow) {
        window.resizeDocks({docks.handles}, {700}, Qt::Horizontal);
        window.resizeDocks({docks.handles, docks.legend}, {400, 175}, Qt::Vertical);
        window.resizeDocks({docks.sources, docks.provenance}, {880, 480}, Qt::Horizontal);
        window.resizeDocks({docks.sources}, {210}, Qt::Vertical);
        return;
    }
    window.resizeDocks({docks.handles, docks.provenance}, {600, 360}, Qt::Horizontal);
    window.resizeDocks({docks.sources}, {190}, Qt::Vertical);
}

void DockLayout::fitLegend(QMainWindow &window, const Docks &docks)
{
    const auto *area = qobject_cast<const QScrollArea *>(docks.legend->widget());
    if (!area || !area->widget() || docks.legend->isFloating() || !docks.legend->isVisible() ||
        window.dockWidgetArea(docks.legend) != Qt::LeftDockWidgetArea ||
        window.dockWidgetArea(docks.handles) != Qt::LeftDockWidgetArea)
        return;
    // The legend's words at the width they have: each wrapped line keeps its height as a least.
    const int words = area->widget()->minimumSizeHint().height();
    const int besides = docks.legend->height() - area->viewport()->height(); // its title bar
    const int column = docks.handles->height() + docks.legend->height();
    const int legend = qMin(words + besides, column / 2);
    if (legend > docks.legend->height())
        window.resizeDocks({docks.handles, docks.legend}, {column - legend, legend}, Qt::Vertical);
}
