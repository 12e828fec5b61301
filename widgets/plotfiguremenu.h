#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

#include <functional>

class FigureKeyCursor;
class QMenu;
class QWidget;

/// @brief A chart's context menus, as the lists' rows and the graph's figures have theirs: a
/// right-click on a figure, or the Menu key (Shift+F10) with the arrow keys' ring on one, pops up
/// what the view offers for it. One menu at a time, deleted once closed; nothing where no figure
/// is. GUI thread only.
class PlotFigureMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlotFigureMenu)
public:
    /// Fills a menu for the figure at a point of the surface; false where none is.
    using Filler = std::function<bool(QMenu *, const QPointF &)>;
    /// @param surface receives the context-menu events (it is where the figures are drawn);
    /// @param cursor says where the keyboard's ring is.
    PlotFigureMenu(QWidget *surface, FigureKeyCursor *cursor, Filler fill);
    /// @brief Pops up the menu of the figure at @p pos (the surface's pixels); the menu shown,
    /// or nullptr where no figure is.
    QMenu *popUp(const QPointF &pos);
    /// @brief Widens @p menu to its sections' words: Qt sizes a menu by its entries alone and
    /// cut a heading longer than them ("2026-03-02 08:14:41 UTC · Lookup — iMess").
    static void fitSections(QMenu *menu);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_surface;
    FigureKeyCursor *m_cursor;
    Filler m_fill;
    QPointer<QMenu> m_shown;
};
