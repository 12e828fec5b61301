#pragma once

#include <QObject>
#include <QTimeZone>

class GeoSession;
class IpDetailsPanel;
class IpsView;
class MapPanel;

/// @brief Connects the geolocation views for one open case: selecting an IP in the list, on the
/// map or in the not-drawn list selects it everywhere and shows its details; selecting a handle
/// lets the IP list keep only that handle's IPs. GUI thread only.
class GeoWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeoWiring)
public:
    struct Views
    {
        IpsView *ips;
        IpDetailsPanel *details;
        MapPanel *map;
    };
    GeoWiring(const Views &views, QObject *parent = nullptr);
    /// @brief Shows @p geo in the views (nullptr: none).
    void attach(GeoSession *geo, const QTimeZone &zone);
    void selectIp(const QString &ip);
    void setSelectedHandle(const QString &normalized);
    void setDisplayZone(const QTimeZone &zone);
    QString selectedIp() const { return m_selectedIp; }

private:
    void onSummariesLoaded();
    void showDetails();

    Views m_views;
    GeoSession *m_geo = nullptr;
    QTimeZone m_zone = QTimeZone::utc();
    QString m_selectedIp;
    QList<QMetaObject::Connection> m_connections;
};
