#pragma once

#include <QObject>

class CaseSession;
class QAction;
class QMainWindow;
class QMenu;

/// @brief File → Audit log of this case: the case's audit log in AuditLogDialog, where a file
/// handed over can be checked against the records of files written. GUI thread only.
class AuditLogAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogAction)
public:
    AuditLogAction(QMainWindow *window, QMenu *menu);
    QAction *action() const { return m_action; }
    void attach(CaseSession *session) { m_session = session; }

private:
    void show();

    QMainWindow *m_window;
    QAction *m_action;
    CaseSession *m_session = nullptr;
};
