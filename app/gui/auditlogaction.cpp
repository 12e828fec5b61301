#include "auditlogaction.h"

#include "auditlogdialog.h"
#include "casedatabase.h"
#include "casesession.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

AuditLogAction::AuditLogAction(QMainWindow *window, QMenu *menu)
    : QObject(window), m_window(window),
      m_action(menu->addAction(tr("Audit &log of this case…"), this, &AuditLogAction::show))
{
    m_action->setStatusTip(tr("Every import, export, report and check made in this case, with "
                              "who made it and when; check a file handed over against it"));
}

void AuditLogAction::show()
{
    if (!m_session)
        return;
    // One row per action taken in the case (hundreds, seldom more): read on the window's thread.
    auto *dialog = new AuditLogDialog(AuditLogList::of(m_session->database().db()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
