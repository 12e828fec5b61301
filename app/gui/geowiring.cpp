#include "geowiring.h"

#include "geosession.h"
#include "ipdetailspanel.h"
#include "ipsview.h"
#include "iptablemodel.h"
#include "mappanel.h"

GeoWiring::GeoWiring(const Views &views, QObject *parent) : QObject(parent), m_views(views)
{
    connect(m_views.ips, &IpsView::ipSelected, this, &GeoWiring::selectIp);
    connect(m_views.map, &MapPanel::ipSelected, this, &GeoWiring::selectIp);
}

void GeoWiring::attach(GeoSession *geo, const QTimeZone &zone)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_geo = geo;
    m_zone = zone;
    m_selectedIp.clear();
    m_views.ips->setModel(geo ? geo->model() : nullptr);
    m_views.ips->setSelectedHandle(QString());
    m_views.map->setIps(geo ? geo->model()->summaries() : QList<IpSummary>{});
    showDetails();
    if (geo)
        m_connections.append(connect(geo, &GeoSession::summariesLoaded, this, &GeoWiring::onSummariesLoaded));
}

void GeoWiring::onSummariesLoaded()
{
    m_views.map->setIps(m_geo->model()->summaries());
    if (!m_selectedIp.isEmpty())
        selectIp(m_selectedIp);
    else
        showDetails();
}

void GeoWiring::selectIp(const QString &ip)
{
    m_selectedIp = ip;
    m_views.ips->selectIp(ip);
    m_views.map->selectIp(ip);
    showDetails();
}

void GeoWiring::setSelectedHandle(const QString &normalized)
{
    m_views.ips->setSelectedHandle(normalized);
}

void GeoWiring::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    showDetails();
}

void GeoWiring::showDetails()
{
    const IpTableModel *model = m_geo ? m_geo->model() : nullptr;
    m_views.details->showIp(model ? model->ipAt(model->rowOfIp(m_selectedIp)) : nullptr, m_zone);
}
