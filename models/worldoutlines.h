#pragma once

#include <QList>
#include <QPolygonF>
#include <QString>

/// @brief The offline basemap: Natural Earth 1:110m country outlines (public domain), shipped
/// in the application's resources. Points are (longitude, latitude), so an equirectangular
/// projection maps them straight to x and y.
class WorldOutlines final
{
public:
    struct Country
    {
        QString iso;
        QString name;
        QList<QPolygonF> rings;
    };
    /// @brief The built-in outlines, read once (thread-safe).
    static const QList<Country> &countries();
    /// @brief Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon countries.
    static QList<Country> fromGeoJson(const QByteArray &json);
};
