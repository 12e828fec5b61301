#pragma once

#include <QStringView>

/// @brief The months and weekdays named in the languages whose carriers' words LookupLens reads
/// (English, German, French, Spanish, Portuguese, Italian, as the sided profile's directions are,
/// and Dutch, as the carrier profiles' headers are).
class CalendarWords final
{
public:
    /// @brief 1–12 for @p name, whole or shortened as those languages write it ("Sep", "Sept.",
    /// "März", "Mrz", "févr.", "fevr", "setembro", "dic", "mrt"), with or without its accents and
    /// case; 0 for any other word, and for a short form two months share ("jui": juin or juillet).
    static int month(QStringView name);
    /// @brief 1 (Monday) to 7 for @p name, a weekday whole or shortened ("Mon", "Tues",
    /// "Montag", "Mo.", "lundi", "miércoles", "segunda-feira", "lunedì"); 0 for any other word,
    /// and for one that also names a month (the Spanish and French "mar" of Tuesday is March's).
    static int weekday(QStringView name);
};
