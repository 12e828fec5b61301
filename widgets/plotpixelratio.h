#pragma once

#include <QObject>

#include <functional>

class QCustomPlot;

/// @brief Keeps a QCustomPlot drawn at the pixel ratio of the screen it is on. QCustomPlot reads
/// the ratio once, when it is made: a plot then moved to a screen of another scale (a laptop's
/// panel and an external monitor, a dock floated from one to the other) was drawn blurred, or at
/// four times the pixels it needs. Before each paint the ratio is compared and, where it changed,
/// the plot's buffers are made at the new one and drawn again before they are shown.
class PlotPixelRatio final : public QObject
{
public:
    /// @brief Follows @p plot's screen from now on; @p changed runs after a change of ratio, before
    /// the plot is drawn again (a view whose markers depend on the ratio chooses them there).
    static void follow(QCustomPlot *plot, std::function<void()> changed = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PlotPixelRatio(QCustomPlot *plot, std::function<void()> changed);

    QCustomPlot *m_plot;
    std::function<void()> m_changed;
};
