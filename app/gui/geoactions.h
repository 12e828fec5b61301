#pragma once

#include "geolocatejob.h"

#include <QObject>

class CaseSession;
class QAction;
class QMainWindow;
class QMenu;

/// @brief The Geolocation menu: add MaxMind-format databases (located on a worker thread, with
/// progress in the status bar and cancel) and export the IPs as KML or GeoJSON.
/// GUI thread only.
class GeoActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeoActions)
public:
    GeoActions(QMainWindow *window, QMenu *menu);
    void attach(CaseSession *session);

private:
    void chooseDatabases();
    void exportPlaces(const QString &format);
    void onProgress(double fraction);
    void onLocated(const QList<GeoLocateJob::DatabaseResult> &results);

    QMainWindow *m_window;
    CaseSession *m_session = nullptr;
    QList<QAction *> m_actions;
    QAction *m_cancel;
    QList<QMetaObject::Connection> m_connections;
};
