#include "regionname.h"

#include <QLocale>

#include <unicode/locid.h>
#include <unicode/unistr.h>

QString RegionName::language()
{
    // The translation says which language it is in: region names must be in the language of the
    // words around them, not of the system's locale (a French desktop reads LookupLens in English).
    //: The ISO 639 code of this translation's language ("de"): region names are shown in it.
    return tr("en");
}

QString RegionName::of(const QString &code)
{
    // ICU holds every country's name in every language (Qt's QLocale only in English); Qt Core
    // links it already.
    const QByteArray country = code.toLatin1();
    icu::UnicodeString name;
    icu::Locale("", country.constData()).getDisplayCountry(icu::Locale(language().toLatin1().constData()), name);
    const QString shown = QString(reinterpret_cast<const QChar *>(name.getBuffer()), name.length());
    if (!shown.isEmpty() && shown != code)
        return shown;
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}
