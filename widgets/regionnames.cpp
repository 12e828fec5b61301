#include "regionnames.h"

#include "handlenormalizer.h"
#include "regionname.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

QString RegionNames::label(const QString &code)
{
    const QString name = RegionName::of(code);
    return name == code ? code : tr("%1 (%2)").arg(name, code);
}

QList<QPair<QString, QString>> RegionNames::byName()
{
    QList<QPair<QString, QString>> regions;
    for (const QString &code : HandleNormalizer::knownRegions())
        regions.append({label(code), code});
    // As the reader's language sorts them (Österreich among the O's), whatever the system's collation.
    const QCollator collator{QLocale(RegionName::language())};
    std::sort(regions.begin(), regions.end(), [&collator](const auto &a, const auto &b) { return collator.compare(a.first, b.first) < 0; });
    return regions;
}
