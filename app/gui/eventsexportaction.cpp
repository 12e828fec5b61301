#include "eventsexportaction.h"

#include "casesession.h"
#include "eventsexporter.h"
#include "eventtablemodel.h"
#include "filedialogs.h"
#include "plainmessagebox.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

EventsExportAction::EventsExportAction(QMainWindow *window, QMenu *menu)
    : QObject(window), m_window(window),
      m_action(menu->addAction(tr("&Export events shown…"), QKeySequence(tr("Ctrl+E")), this, &EventsExportAction::chooseFile)),
      m_exporter(new EventsExporter(window))
{
    connect(m_exporter, &EventsExporter::finished, this, &EventsExportAction::onExported);
}

void EventsExportAction::attach(CaseSession *session)
{
    m_session = session;
    m_exporter->setSession(session);
}

void EventsExportAction::chooseFile()
{
    if (!m_session)
        return;
    if (m_exporter->isRunning()) {
        m_window->statusBar()->showMessage(tr("An export of events is already running."), 5000);
        return;
    }
    const QString path =
        FileDialogs::saveFileName(m_window, tr("Export events shown"), FileDialogs::Folder::Exports,
                                  QStringLiteral("events.csv"), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto format = QFileInfo(path).suffix().compare(u"json", Qt::CaseInsensitive) == 0 ? EventExport::Format::Json
                                                                                             : EventExport::Format::Csv;
    const EventTableModel *events = m_session->events();
    qint64 total = 0;
    for (qint64 count : events->classCounts())
        total += count;
    m_exporter->start(m_session->path(), events->filter(), format, path, events->countsPending() ? 0 : total);
}

void EventsExportAction::onExported(const EventExport::Result &result, const QString &path)
{
    if (result.cancelled) {
        m_window->statusBar()->showMessage(tr("Export cancelled: nothing was written."), 5000);
        return;
    }
    if (!result.error.isEmpty()) {
        PlainMessageBox::warning(
            m_window, tr("Export events shown"),
            tr("The events could not be written to %1: %2").arg(path, result.error));
        return;
    }
    m_window->statusBar()->showMessage(tr("%n event(s) written to %1", nullptr, int(result.written)).arg(path), 8000);
}
