#pragma once

#include "geolocatejob.h"

#include <QFuture>
#include <QObject>

#include <atomic>
#include <memory>

class IpTableModel;

/// @brief The geolocation side of an open case: the IP table model, filled off the GUI thread,
/// and geolocation runs (new databases; after an import, the new IPs against the databases the
/// case already has) on a worker thread with progress and cancel. The GUI never waits on a
/// lookup: while one runs the place columns read "resolving…".
class GeoSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeoSession)
public:
    explicit GeoSession(const QString &casePath, QObject *parent = nullptr);
    ~GeoSession() override;

    IpTableModel *model() const { return m_model; }
    /// @brief Whether a run has started whose located() is still to come.
    bool isLocating() const;
    /// @brief Re-reads the IP summaries on a worker thread; summariesLoaded() follows.
    void refresh();
    /// @brief Adds databases and looks every IP up in each; located() follows, then a refresh.
    void addDatabases(const QStringList &files);
    /// @brief Looks up the IPs a database of the case has not answered in it, when its file is
    /// still there and unchanged (GeoLocateJob::runForNewIps()); located() follows, its results
    /// empty when no address needed it.
    void locateNewIps();
    void cancel();

signals:
    void summariesLoaded();
    /// @p newIpsOnly: the run after an import (locateNewIps()), which nobody asked for by name.
    void progressed(double fraction, bool newIpsOnly);
    void located(const QList<GeoLocateJob::DatabaseResult> &results, bool newIpsOnly);

private:
    void runLocate(const QStringList &files, bool newIpsOnly);

    QString m_casePath;
    IpTableModel *m_model;
    QFuture<void> m_loading;
    QFuture<void> m_locating;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_refreshAgain = false;
    /// From a run's start until located() is emitted, not only while its job runs: a watch of
    /// the case asks meanwhile whether another program geolocated.
    bool m_locatingNow = false;
};
