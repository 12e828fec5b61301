#pragma once

#include "geolocatejob.h"

#include <QObject>

class CaseSession;
class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QTimer;

/// @brief The Geolocation menu: add MaxMind-format databases (located on a worker thread, with
/// progress in the status bar and cancel), list the case's databases with their SHA-256s, and
/// export the IPs as KML or GeoJSON.
/// The look-up of an import's new IPs, which follows every import, reports in a label of its own
/// at the status bar's right, so that the import's own message stays where it was put.
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
    /// The case's GeoIP databases, each with its SHA-256, in a dialog.
    void showDatabases();
    void exportPlaces(const QString &format);
    void onProgress(double fraction, bool newIpsOnly);
    void onLocated(const QList<GeoLocateJob::DatabaseResult> &results, bool newIpsOnly);
    void showNewIpsNote(const QString &text, int timeoutMs = 0);

    QMainWindow *m_window;
    CaseSession *m_session = nullptr;
    QList<QAction *> m_actions;
    QAction *m_cancel;
    QLabel *m_newIpsNote;
    QTimer *m_newIpsNoteTimer;
    QList<QMetaObject::Connection> m_connections;
};
