#include "contextmenukey.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QContextMenuEvent>
#include <QKeyEvent>

ContextMenuKey::ContextMenuKey(QObject *parent) : QObject(parent)
{
}

namespace {

/// Where a menu from the keyboard opens: at the item with the focus, as the Menu key's does.
QPoint menuPoint(const QWidget *widget)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget)) {
        const QRect item = view->visualRect(view->currentIndex());
        if (item.isValid())
            return view->viewport()->mapTo(view, item.center());
    }
    return widget->rect().center();
}

} // namespace

bool ContextMenuKey::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<const QKeyEvent *>(event);
    QWidget *focus = QApplication::focusWidget();
    // Seen once for the widget with the focus; not again as the event goes up to its parents.
    if (key->key() != Qt::Key_F10 || key->modifiers() != Qt::ShiftModifier || !focus ||
        watched != focus)
        return false;
    const QPoint point = menuPoint(focus);
    QContextMenuEvent menu(QContextMenuEvent::Keyboard, point, focus->mapToGlobal(point));
    QCoreApplication::sendEvent(focus, &menu);
    return true;
}
