#pragma once

#include <QCoreApplication>
#include <QString>

/// @brief A region's (a country's) name in the language LookupLens speaks to its reader.
struct RegionName
{
    Q_DECLARE_TR_FUNCTIONS(RegionName)
public:
    /// @brief The name of the region with ISO 3166 code @p code ("DE"): "Germany" in English,
    /// "Deutschland" in German; the code itself where none is known.
    static QString of(const QString &code);
    /// @brief The language (ISO 639) of the translation in use: "en" without one.
    static QString language();
};
