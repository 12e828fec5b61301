#include "plotfiguremenu.h"

#include "figurekeycursor.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QStyle>
#include <QWidget>

PlotFigureMenu::PlotFigureMenu(QWidget *surface, FigureKeyCursor *cursor, Filler fill)
    : QObject(surface), m_surface(surface), m_cursor(cursor), m_fill(std::move(fill))
{
    surface->installEventFilter(this);
}

QMenu *PlotFigureMenu::popUp(const QPointF &pos)
{
    if (m_shown)
        m_shown->close();
    auto *menu = new QMenu(m_surface);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_fill(menu, pos)) {
        delete menu;
        return nullptr;
    }
    fitSections(menu);
    m_shown = menu;
    menu->popup(m_surface->mapToGlobal(pos.toPoint()));
    return menu;
}

bool PlotFigureMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_surface || event->type() != QEvent::ContextMenu)
        return QObject::eventFilter(watched, event);
    const auto *asked = static_cast<QContextMenuEvent *>(event);
    // The Menu key: the figure the ring is on (none chosen: no menu, rather than one of a point
    // the keyboard never reached).
    if (asked->reason() != QContextMenuEvent::Keyboard)
        popUp(asked->pos());
    else if (const auto at = m_cursor->current())
        popUp(*at);
    return true;
}

void PlotFigureMenu::fitSections(QMenu *menu)
{
    int widest = 0;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            widest = qMax(widest, menu->fontMetrics().horizontalAdvance(action->text()));
    }
    // The frame's and the item's margins either side, as the style draws a heading.
    const int margins = 2 * (menu->style()->pixelMetric(QStyle::PM_MenuPanelWidth, nullptr, menu) +
                             menu->style()->pixelMetric(QStyle::PM_MenuHMargin, nullptr, menu)) +
                        menu->fontMetrics().horizontalAdvance(QStringLiteral("MMMM"));
    if (widest > 0)
        menu->setMinimumWidth(widest + margins);
}
