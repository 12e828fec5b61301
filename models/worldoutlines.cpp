#include "worldoutlines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QPolygonF ring(const QJsonArray &points)
{
    QPolygonF polygon;
    polygon.reserve(points.size());
    for (const QJsonValue &p : points)
        polygon.append(QPointF(p[0].toDouble(), p[1].toDouble()));
    return polygon;
}

// Only outer rings: at 1:110m the holes (lakes, enclaves) are not worth drawing.
void addPolygon(QList<QPolygonF> &rings, const QJsonArray &polygon)
{
    if (!polygon.isEmpty())
        rings.append(ring(polygon.first().toArray()));
}

} // namespace

QList<WorldOutlines::Country> WorldOutlines::fromGeoJson(const QByteArray &json)
{
    QList<Country> countries;
    for (const QJsonValue &feature : QJsonDocument::fromJson(json).object().value(u"features"_qs).toArray()) {
        Country c;
        c.iso = feature[u"properties"_qs][u"iso_a2"_qs].toString();
        c.name = feature[u"properties"_qs][u"name"_qs].toString();
        const QJsonObject geometry = feature[u"geometry"_qs].toObject();
        const QJsonArray coordinates = geometry.value(u"coordinates"_qs).toArray();
        if (geometry.value(u"type"_qs).toString() == u"Polygon") {
            addPolygon(c.rings, coordinates);
        } else {
            for (const QJsonValue &polygon : coordinates)
                addPolygon(c.rings, polygon.toArray());
        }
        countries.append(c);
    }
    return countries;
}

const QList<WorldOutlines::Country> &WorldOutlines::countries()
{
    static const QList<Country> builtIn = [] {
        QFile file(QStringLiteral(":/world/countries-110m.geojson"));
        return file.open(QIODevice::ReadOnly) ? fromGeoJson(file.readAll()) : QList<Country>{};
    }();
    return builtIn;
}
