#include "geoactions.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "casesession.h"
#include "filedialogs.h"
#include "geoexport.h"
#include "geosession.h"
#include "iptablemodel.h"

#include <QAction>
#include <QFile>
#include <QJsonObject>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

GeoActions::GeoActions(QMainWindow *window, QMenu *menu) : QObject(window), m_window(window)
{
    m_actions.append(menu->addAction(tr("&Add geolocation databases…"), this, &GeoActions::chooseDatabases));
    m_cancel = menu->addAction(tr("&Cancel geolocation"), this, [this]() {
        if (m_session)
            m_session->geo()->cancel();
    });
    menu->addSeparator();
    m_actions.append(menu->addAction(tr("Export IPs as &KML…"), this, [this]() { exportPlaces(QStringLiteral("kml")); }));
    m_actions.append(menu->addAction(tr("Export IPs as &GeoJSON…"), this, [this]() { exportPlaces(QStringLiteral("geojson")); }));
    attach(nullptr);
}

void GeoActions::attach(CaseSession *session)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_session = session;
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(session != nullptr);
    m_cancel->setEnabled(false);
    if (!session)
        return;
    m_connections.append(connect(session->geo(), &GeoSession::progressed, this, &GeoActions::onProgress));
    m_connections.append(connect(session->geo(), &GeoSession::located, this, &GeoActions::onLocated));
}

void GeoActions::chooseDatabases()
{
    if (!m_session)
        return;
    const QStringList files = FileDialogs::openFileNames(m_window, tr("Add geolocation databases"), QString(),
                                                            tr("MaxMind-format databases (*.mmdb);;All files (*)"));
    if (files.isEmpty())
        return;
    if (m_session->geo()->isLocating()) {
        m_window->statusBar()->showMessage(tr("A geolocation is already running."), 5000);
        return;
    }
    m_cancel->setEnabled(true);
    m_window->statusBar()->showMessage(tr("Geolocating client IPs… (offline)"));
    m_session->geo()->addDatabases(files);
}

void GeoActions::onProgress(double fraction)
{
    m_window->statusBar()->showMessage(tr("Geolocating client IPs… %1%").arg(qRound(fraction * 100)));
}

void GeoActions::onLocated(const QList<GeoLocateJob::DatabaseResult> &results)
{
    m_cancel->setEnabled(false);
    QStringList refused;
    int found = 0;
    for (const GeoLocateJob::DatabaseResult &r : results) {
        found += r.found;
        if (!r.ok)
            refused.append(r.error);
    }
    m_window->statusBar()->showMessage(tr("Geolocation done: %n answer(s) found.", nullptr, found), 8000);
    if (!refused.isEmpty())
        QMessageBox::warning(m_window, tr("Some databases were not used"), refused.join(QStringLiteral("\n\n")));
}

void GeoActions::exportPlaces(const QString &format)
{
    if (!m_session)
        return;
    const bool kml = format == u"kml";
    const QString path = FileDialogs::saveFileName(m_window, tr("Export IPs"), kml ? u"ips.kml"_qs : u"ips.geojson"_qs,
                                                      kml ? tr("KML (*.kml)") : tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    const QList<IpSummary> &ips = m_session->geo()->model()->summaries();
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(kml ? GeoExport::kml(ips) : GeoExport::geoJson(ips)) < 0) {
        QMessageBox::warning(m_window, tr("Export IPs"), tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    AuditLog::record(m_session->database().db(), QStringLiteral("export-ips"),
                     QJsonObject{{QStringLiteral("format"), format}, {QStringLiteral("file"), path},
                                 {QStringLiteral("ips"), ips.size()}});
    m_window->statusBar()->showMessage(tr("Exported %n IP(s) to %1.", nullptr, int(ips.size())).arg(path), 8000);
}
