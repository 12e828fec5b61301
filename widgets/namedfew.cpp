#include "namedfew.h"

QString NamedFew::of(const QStringList &names)
{
    if (names.size() <= Shown)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %n more", nullptr, int(names.size() - Shown))
        .arg(names.first(Shown).join(QStringLiteral(", ")));
}
