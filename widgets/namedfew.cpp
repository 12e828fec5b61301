#include "namedfew.h"

QString NamedFew::of(const QStringList &names, const QString &separator)
{
    if (names.size() <= Shown)
        return names.join(separator);
    return tr("%1 and %n more", nullptr, int(names.size() - Shown))
        .arg(names.first(Shown).join(separator));
}
