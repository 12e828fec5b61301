#pragma once

#include <QObject>

/// @brief Shift+F10 opens the context menu of the widget with the keyboard's focus, as the Menu
/// key does. Qt on Linux maps only the Menu key, which many laptop keyboards lack: a table's Copy
/// the whole table and Export were then out of the keyboard's reach. Installed on the
/// application; GUI thread only.
class ContextMenuKey final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextMenuKey)
public:
    explicit ContextMenuKey(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
