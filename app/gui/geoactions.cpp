#include "geoactions.h"

#include "casedatabase.h"
#include "casesession.h"
#include "filedialogs.h"
#include "geodatabaselist.h"
#include "geodatabasesdialog.h"
#include "geoexport.h"
#include "geosession.h"
#include "iptablemodel.h"
#include "plainmessagebox.h"
#include "sha.h"

#include <QAction>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

GeoActions::GeoActions(QMainWindow *window, QMenu *menu)
    : QObject(window), m_window(window), m_newIpsNote(new QLabel(window)), m_newIpsNoteTimer(new QTimer(this))
{
    m_newIpsNote->setObjectName(QStringLiteral("newIpsNote"));
    m_newIpsNote->setTextFormat(Qt::PlainText);
    m_newIpsNote->hide();
    window->statusBar()->addPermanentWidget(m_newIpsNote);
    m_newIpsNoteTimer->setSingleShot(true);
    connect(m_newIpsNoteTimer, &QTimer::timeout, m_newIpsNote, &QLabel::hide);
    m_actions.append(menu->addAction(tr("&Add geolocation databases…"), this, &GeoActions::chooseDatabases));
    m_cancel = menu->addAction(tr("&Cancel geolocation"), this, [this]() {
        if (m_session)
            m_session->geo()->cancel();
    });
    m_actions.append(
        menu->addAction(tr("GeoIP &databases of this case…"), this, &GeoActions::showDatabases));
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
    m_newIpsNoteTimer->stop();
    m_newIpsNote->hide();
    if (!session)
        return;
    m_connections.append(connect(session->geo(), &GeoSession::progressed, this, &GeoActions::onProgress));
    m_connections.append(connect(session->geo(), &GeoSession::located, this, &GeoActions::onLocated));
}

void GeoActions::chooseDatabases()
{
    if (!m_session)
        return;
    const QStringList files = FileDialogs::openFileNames(
        m_window, tr("Add geolocation databases"), FileDialogs::Folder::GeoDatabases,
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

void GeoActions::showDatabases()
{
    if (!m_session)
        return;
    // A handful of rows (one per database added): read here, on the window's thread.
    auto *dialog =
        new GeoDatabasesDialog(GeoDatabaseList::of(m_session->database().db()), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void GeoActions::onProgress(double fraction, bool newIpsOnly)
{
    m_cancel->setEnabled(true);
    if (newIpsOnly)
        showNewIpsNote(tr("Geolocating the new IPs… %1%").arg(qRound(fraction * 100)));
    else
        m_window->statusBar()->showMessage(tr("Geolocating client IPs… %1%").arg(qRound(fraction * 100)));
}

void GeoActions::showNewIpsNote(const QString &text, int timeoutMs)
{
    m_newIpsNote->setText(text);
    m_newIpsNote->show();
    if (timeoutMs > 0)
        m_newIpsNoteTimer->start(timeoutMs);
    else
        m_newIpsNoteTimer->stop();
}

void GeoActions::onLocated(const QList<GeoLocateJob::DatabaseResult> &results, bool newIpsOnly)
{
    m_cancel->setEnabled(false);
    QStringList refused;
    int found = 0;
    for (const GeoLocateJob::DatabaseResult &r : results) {
        found += r.found;
        if (!r.ok)
            refused.append(r.error);
    }
    if (!newIpsOnly)
        m_window->statusBar()->showMessage(tr("Geolocation done: %n answer(s) found.", nullptr, found), 8000);
    else if (found > 0)
        showNewIpsNote(tr("New IPs geolocated: %n answer(s) found.", nullptr, found), 8000);
    else
        m_newIpsNote->hide(); // nothing new to say: the import's message stays the last word
    if (!refused.isEmpty())
        PlainMessageBox::warning(m_window, tr("Some databases were not used"),
                                 refused.join(QStringLiteral("\n\n")));
}

void GeoActions::exportPlaces(const QString &format)
{
    if (!m_session)
        return;
    const bool kml = format == u"kml";
    const QString path =
        FileDialogs::saveFileName(m_window, tr("Export IPs"), FileDialogs::Folder::Exports,
                                  kml ? u"ips.kml"_qs : u"ips.geojson"_qs,
                                  kml ? tr("KML (*.kml)") : tr("GeoJSON (*.geojson *.json)"));
    if (path.isEmpty())
        return;
    const QList<IpSummary> &ips = m_session->geo()->model()->summaries();
    QFile file(path);
    const QByteArray data = kml ? GeoExport::kml(ips) : GeoExport::geoJson(ips);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) < 0) {
        PlainMessageBox::warning(m_window, tr("Export IPs"),
                                 tr("%1: %2").arg(path, file.errorString()));
        return;
    }
    m_session->audit(
        QStringLiteral("export-ips"),
        QJsonObject{{QStringLiteral("format"), format},
                    {QStringLiteral("file"), path},
                    {QStringLiteral("ips"), ips.size()},
                    {QStringLiteral("sha256"), QString::fromLatin1(Sha::sha256(data).toHex())}});
    m_window->statusBar()->showMessage(tr("Exported %n IP(s) to %1.", nullptr, int(ips.size())).arg(path), 8000);
}
