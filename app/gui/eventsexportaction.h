#pragma once

#include "eventexport.h"

#include <QObject>

class CaseSession;
class EventsExporter;
class QAction;
class QMainWindow;
class QMenu;

/// @brief File → Export events shown: the events table's events (its filter, or the figure
/// chosen on a chart) written as CSV or JSON by EventsExporter, the outcome in the status bar.
/// GUI thread only.
class EventsExportAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsExportAction)
public:
    EventsExportAction(QMainWindow *window, QMenu *menu);
    QAction *action() const { return m_action; }
    void attach(CaseSession *session);

private:
    void chooseFile();
    void onExported(const EventExport::Result &result, const QString &path);

    QMainWindow *m_window;
    QAction *m_action;
    EventsExporter *m_exporter;
    CaseSession *m_session = nullptr;
};
