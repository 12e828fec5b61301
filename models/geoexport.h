#pragma once

#include "ipsummary.h"

#include <QByteArray>
#include <QList>

/// @brief Exports located IPs as their accuracy circles (never bare pins), with database,
/// build date and caveats on every placemark. Country-only, unlocated and non-public answers
/// are listed, not drawn.
namespace GeoExport {
QByteArray geoJson(const QList<IpSummary> &ips);
QByteArray kml(const QList<IpSummary> &ips);
/// @brief The accuracy circle as a closed ring of (longitude, latitude) points.
QList<QPair<double, double>> circle(double latitude, double longitude, double radiusKm, int segments = 64);
/// @brief Whether an answer may be drawn as a place at all.
bool drawable(const GeoAnswer &answer);
} // namespace GeoExport
