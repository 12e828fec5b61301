#pragma once

#include <QObject>
#include <QPointF>

#include <functional>
#include <optional>

class QCustomPlot;
class QWidget;

/// @brief Lets a chart's figures be reached from the keyboard as the mouse reaches them: the plot
/// takes focus (Tab), the arrow keys move a marked cursor from figure to figure (Home and End to
/// the first and last), the figure's description shows as hovering shows it, and Enter or Space
/// chooses it as a click there would. The view says where its figures are and what a point means.
class PlotKeyCursor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlotKeyCursor)
public:
    struct Hooks
    {
        /// Where each figure is drawn, in the plot's pixels (a point a click there would choose).
        std::function<QList<QPointF>()> figures;
        /// What hovering at a point says, for the keyboard ("Press Enter…"); empty if nothing.
        std::function<QString(const QPointF &)> describe;
        /// What a click at a point does.
        std::function<void(const QPointF &)> choose;
    };
    PlotKeyCursor(QCustomPlot *plot, Hooks hooks);
    /// @brief The figure the cursor is on, if the plot has it.
    std::optional<QPointF> current() const { return m_at; }
    /// @brief What the figure under the cursor says (also the plot's accessible description).
    QString currentText() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keyPressed(int key);
    /// The figure nearest the cursor in the direction of @p key (an arrow), or none.
    std::optional<QPointF> next(const QList<QPointF> &figures, int key) const;
    void moveTo(const std::optional<QPointF> &at);
    /// After a redraw, the cursor stays on its figure or goes to the nearest, if any is left.
    void followRedraw();
    void hide();

    QCustomPlot *m_plot;
    Hooks m_hooks;
    QWidget *m_marker;
    std::optional<QPointF> m_at;
    QString m_text;
};
