#include "reportaction.h"

#include "casesession.h"
#include "eventfilterbar.h"
#include "eventtablemodel.h"
#include "filedialogs.h"
#include "plainmessagebox.h"
#include "reportexporter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

ReportAction::ReportAction(QMainWindow *window, QMenu *menu, const EventFilterBar *filterBar)
    : QObject(window), m_window(window), m_filterBar(filterBar),
      m_action(menu->addAction(tr("&Write a report on the events shown…"),
                               QKeySequence(tr("Ctrl+R")), this, &ReportAction::chooseFile)),
      m_exporter(new ReportExporter(window))
{
    connect(m_exporter, &ReportExporter::finished, this, &ReportAction::onWritten);
}

void ReportAction::attach(CaseSession *session)
{
    m_session = session;
    m_exporter->setSession(session);
}

void ReportAction::chooseFile()
{
    if (!m_session)
        return;
    if (m_exporter->isRunning()) {
        m_window->statusBar()->showMessage(tr("A report is already being written."), 5000);
        return;
    }
    const QString suggested =
        QFileInfo(m_session->path()).completeBaseName() + tr(" report") + QStringLiteral(".html");
    const QString path = FileDialogs::saveFileName(
        m_window, tr("Write a report on the events shown"), FileDialogs::Folder::Exports, suggested,
        tr("HTML (*.html *.htm)"));
    if (path.isEmpty())
        return;
    const EventTableModel *events = m_session->events();
    CaseReport::Params params;
    params.filter = events->filter();
    params.zone = events->displayZone();
    params.chosenDescription = m_filterBar->chosenDescription();
    params.casePath = m_session->path();
    params.writtenAtMs = QDateTime::currentMSecsSinceEpoch();
    params.writtenBy = QStringLiteral("LookupLens %1").arg(QCoreApplication::applicationVersion());
    qint64 total = 0;
    for (qint64 count : events->classCounts())
        total += count;
    m_exporter->start(m_session->path(), params, path, events->countsPending() ? 0 : total);
}

void ReportAction::onWritten(const EventExport::Result &result, const QString &path)
{
    if (result.cancelled) {
        m_window->statusBar()->showMessage(tr("Report cancelled: nothing was written."), 5000);
        return;
    }
    if (!result.error.isEmpty()) {
        PlainMessageBox::warning(
            m_window, tr("Write a report"),
            tr("The report could not be written to %1: %2").arg(path, result.error));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Report on %n event(s) written to %1", nullptr, int(result.written)).arg(path), 8000);
}
