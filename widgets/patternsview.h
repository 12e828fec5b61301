#pragma once

#include "timelineseries.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class QCPBars;
class QCPColorMap;
class QCustomPlot;
class QCPTextElement;
class FigureKeyCursor;
class PlotFigureMenu;
class QMenu;
class GapShading;
class QCPLegend;

/// @brief When a handle is active, split by class: an hour-of-day × weekday heatmap per class
/// and a per-day count chart (lookups as outlined bars, communications filled, connections
/// dotted), in the display zone, which every axis names. GUI thread only.
class PatternsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PatternsView)
public:
    explicit PatternsView(QWidget *parent = nullptr);
    void setData(const TimelineData &data);
    void setDisplayZone(const QTimeZone &zone);
    QCustomPlot *plot() const { return m_plot; }
    /// @brief The heatmap's count for a class, weekday (0 = Monday) and hour.
    double heatmapCell(EvidenceClass evidenceClass, int weekday, int hour) const;
    /// @brief The per-day bars of a class, as (day start in ms, count).
    QList<QPair<qint64, double>> dayBars(EvidenceClass evidenceClass) const;
    bool exportTo(const QString &path, const QSize &size, QString *error);
    /// @brief The figure at @p pos: a heatmap cell's, a day bar's, or a heatmap's "darkest = N". Its events are found when
    /// asked for (ids()): a cell's are among all the handle's, hovering must not look for them.
    struct Choice
    {
        EvidenceClass evidenceClass;
        QString description;
        std::function<QList<qint64>()> ids;
    };
    std::optional<Choice> choiceAt(const QPointF &pos) const;
    /// @brief Where each figure that lists events is drawn (the heatmaps' cells holding any, the
    /// day bars), and each stretch between returns: the keyboard's stops, in the plot's pixels.
    QList<QPointF> figurePositions() const;
    /// @brief The arrow keys' cursor over the figures (Enter lists a figure's events).
    FigureKeyCursor *keyCursor() const { return m_keyCursor; }
    /// @brief The figures' context menus (a right-click, or the Menu key on the ring's figure).
    PlotFigureMenu *figureMenu() const { return m_figureMenu; }

signals:
    void exported(const QString &path);
    /// @brief A heatmap cell, day bar or "darkest = N" clicked: @p ids are its events, in words @p description.
    void eventsChosen(const QList<qint64> &ids, const QString &description);
    /// @brief The hatching between returns clicked: @p sourceId is the source whose period it
    /// follows.
    void gapChosen(qint64 sourceId);

private:
    void buildPlot();
    void refresh();
    void exportWithDialog();
    std::optional<Choice> cellAt(const QPointF &pos) const;
    std::optional<Choice> dayBarAt(const QPointF &pos) const;
    /// The "darkest = N" under a heatmap: the cells holding that count, each of them.
    std::optional<Choice> darkestAt(const QPointF &pos) const;
    QString cellText(int weekday, int hour) const;
    /// (weekday, hour) of each heatmap cell of @p evidenceClass holding @p count.
    QList<QPair<int, int>> cellsHolding(EvidenceClass evidenceClass, qint64 count) const;
    QString cellsText(const QList<QPair<int, int>> &cells) const;
    void chooseAt(const QPointF &pos);
    /// A figure's menu: its events listed as a click lists them; false where no figure is.
    bool fillMenu(QMenu *menu, const QPointF &pos);
    /// The figure at @p pos in words, @p howToList and, for lookups, the caveat; empty if none.
    /// @brief What is at @p pos in words, and how to choose it by a click or, where
    /// @p byKeyboard, by Enter.
    QString hoverText(const QPointF &pos, bool byKeyboard) const;
    void showHover(QMouseEvent *event);

    QCustomPlot *m_plot;
    QCPTextElement *m_title = nullptr;
    QList<QCPColorMap *> m_maps; ///< by class
    QList<QCPBars *> m_bars;     ///< by class
    GapShading *m_gapShading = nullptr; ///< under the day bars: between the returns
    QCPLegend *m_dayLegend = nullptr;
    ClassCounts m_darkest{};     ///< by class: the count of the heatmap's darkest cell
    TimelineData m_data;
    QTimeZone m_zone = QTimeZone::utc();
    FigureKeyCursor *m_keyCursor = nullptr;
    PlotFigureMenu *m_figureMenu = nullptr;
};
