#include "regionnames.h"

#include "handlenormalizer.h"

#include <QLocale>

#include <algorithm>

QString RegionNames::label(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : tr("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

QList<QPair<QString, QString>> RegionNames::byName()
{
    QList<QPair<QString, QString>> regions;
    for (const QString &code : HandleNormalizer::knownRegions())
        regions.append({label(code), code});
    std::sort(regions.begin(), regions.end(), [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return regions;
}
