#pragma once

#include <QObject>

class QMenu;
class QWidget;

/// @brief The Help menu: what a lookup proves, the keyboard's reach, and what reads records on
/// this machine (About). GUI thread only.
class HelpActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpActions)
public:
    HelpActions(QWidget *window, QMenu *menu);

private:
    void showLookupCaveat();
    void showKeyboardHelp();
    void showAbout();

    QWidget *m_window;
};
