#include "plotpixelratio.h"

#include <QEvent>

#include <qcustomplot.h>

PlotPixelRatio::PlotPixelRatio(QCustomPlot *plot, std::function<void()> changed)
    : QObject(plot), m_plot(plot), m_changed(std::move(changed))
{
}

void PlotPixelRatio::follow(QCustomPlot *plot, std::function<void()> changed)
{
    plot->installEventFilter(new PlotPixelRatio(plot, std::move(changed)));
}

bool PlotPixelRatio::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot || event->type() != QEvent::Paint)
        return false;
    const qreal ratio = m_plot->devicePixelRatioF();
    if (qFuzzyCompare(ratio, m_plot->bufferDevicePixelRatio()))
        return false;
    m_plot->setBufferDevicePixelRatio(ratio);
    if (m_changed)
        m_changed();
    // Drawn into the buffers now, so that this paint already shows them at the new ratio (a
    // queued replot would first show the emptied buffers); the update it asks for is harmless.
    m_plot->replot(QCustomPlot::rpQueuedRefresh);
    return false;
}
