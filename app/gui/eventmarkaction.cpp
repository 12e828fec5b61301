#include "eventmarkaction.h"

#include "auditlog.h"
#include "casesession.h"
#include "deferredwrites.h"
#include "eventmarkdialog.h"
#include "eventtablemodel.h"
#include "highlightedevent.h"
#include "plainmessagebox.h"

#include <QAction>
#include <QMainWindow>
#include <QStatusBar>
#include <QTableView>

EventMarkAction::EventMarkAction(QMainWindow *window, QTableView *events,
                                 HighlightedEvent *highlighted)
    : QObject(window), m_window(window), m_highlighted(highlighted),
      m_mark(new QAction(tr("&Mark the event…"), this)),
      m_unmark(new QAction(tr("Take the mar&k off"), this))
{
    m_mark->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_mark->setShortcutContext(Qt::WidgetShortcut); // the events table's, as its Copy is
    m_mark->setToolTip(tr(
        "Mark the highlighted event with a note of yours, kept in the case and listed in reports"));
    connect(m_mark, &QAction::triggered, this, &EventMarkAction::mark);
    connect(m_unmark, &QAction::triggered, this, &EventMarkAction::unmark);
    connect(highlighted, &HighlightedEvent::changed, this, &EventMarkAction::updateEnabled);
    events->addActions({m_mark, m_unmark});
    updateEnabled();
}

void EventMarkAction::attach(CaseSession *session)
{
    m_session = session;
    updateEnabled();
}

void EventMarkAction::updateEnabled()
{
    const EventRow *event = m_highlighted->event();
    m_mark->setEnabled(event != nullptr);
    m_mark->setText(event && event->mark ? tr("Change the &mark's note…") : tr("&Mark the event…"));
    m_unmark->setEnabled(event && event->mark);
}

void EventMarkAction::mark()
{
    const EventRow *event = m_highlighted->event();
    if (!event)
        return;
    EventRow shown = *event; // the model may be read again while the dialog is open
    shown.sourceName = m_session->sourceNames().value(shown.sourceId, shown.sourceName);
    const auto note = EventMarkDialog::ask(
        m_window, EventTableModel::describe(shown, m_session->displayZone()),
        shown.evidenceClass == u"lookup", shown.mark ? shown.mark->note : QString());
    if (note)
        store(shown.id, *note);
}

void EventMarkAction::unmark()
{
    if (const EventRow *event = m_highlighted->event(); event && event->mark)
        store(event->id, std::nullopt);
}

void EventMarkAction::store(qint64 id, const std::optional<QString> &note)
{
    const QString at = AuditLog::nowIso();
    const auto write = [id, note, at](QSqlDatabase db) {
        return CaseQueries::setEventMark(db, id, note, at);
    };
    const QString what = tr("the mark of event #%1").arg(id);
    const DeferredWrites::Outcome outcome = m_session->writes()->write(what, write);
    if (outcome == DeferredWrites::Outcome::Failed) {
        PlainMessageBox::warning(
            m_window, tr("Mark the event"),
            tr("The mark of event #%1 could not be stored in the case.").arg(id));
        return;
    }
    std::optional<EventMark> mark;
    if (note)
        mark = EventMark{note->trimmed(), at, AuditLog::osUserName()};
    m_session->events()->setMark(id, mark);
    // A mark waiting for another program's import: the status bar's word of that stands.
    if (outcome == DeferredWrites::Outcome::Written)
        m_window->statusBar()->showMessage(
            note ? tr("Event #%1 marked.").arg(id) : tr("Mark taken off event #%1.").arg(id), 5000);
    emit markChanged(id, note.has_value());
}
