#pragma once

#include "timelineseries.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QCPBars;
class QCPItemRect;
class QCustomPlot;

/// @brief Under the timeline: the whole span as counts per class (lookups outlined, communications
/// filled, never one merged count) with the window in view marked; drag to choose a window,
/// click to recentre. GUI thread only.
class TimelineRangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineRangeSelector)
public:
    explicit TimelineRangeSelector(QWidget *parent = nullptr);
    void setData(const TimelineData &data, const QTimeZone &zone);
    /// @brief Marks the window the timeline shows (ms).
    void setWindow(qint64 fromMs, qint64 toMs);
    QCustomPlot *plot() const { return m_plot; }
    /// @brief Aligns the plotting area with the timeline's (left margin in pixels).
    void setLeftMargin(int pixels);

signals:
    /// @brief A window was dragged out (ms, from < to).
    void windowChosen(qint64 fromMs, qint64 toMs);
    /// @brief A click asks to centre the timeline here (ms).
    void centreChosen(qint64 ms);

private:
    void onMouse(QMouseEvent *event, bool release);

    QCustomPlot *m_plot;
    QList<QCPBars *> m_bars; ///< by class
    QCPItemRect *m_window;
    std::optional<double> m_press; ///< key where a drag began
};
