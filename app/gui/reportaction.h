#pragma once

#include "eventexport.h"

#include <QObject>

class CaseSession;
class EventFilterBar;
class ReportExporter;
class QAction;
class QMainWindow;
class QMenu;

/// @brief File → Write a report on the events shown: the events table's events (its filter, or
/// the figure chosen on a chart), times in UTC and the window's display zone, written as HTML by
/// ReportExporter; the outcome in the status bar. GUI thread only.
class ReportAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportAction)
public:
    /// @param filterBar Where the events shown were chosen: it names a chart's figure they are
    /// behind, which the report then names.
    ReportAction(QMainWindow *window, QMenu *menu, const EventFilterBar *filterBar);
    QAction *action() const { return m_action; }
    void attach(CaseSession *session);

private:
    void chooseFile();
    void onWritten(const EventExport::Result &result, const QString &path);

    QMainWindow *m_window;
    const EventFilterBar *m_filterBar;
    QAction *m_action;
    ReportExporter *m_exporter;
    CaseSession *m_session = nullptr;
};
