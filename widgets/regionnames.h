#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

/// @brief The regions whose phone numbers can be read, as a person looks for them: by the
/// country's name, its code beside it ("Germany (DE)"). Offered where the analyst chooses the
/// region of numbers written without a country code (a new case's, a file's), so that no text
/// that names no region ("DEU", "Germany") is taken for one.
class RegionNames
{
    Q_DECLARE_TR_FUNCTIONS(RegionNames)
public:
    /// @brief "Germany (DE)"; the code alone where Qt names no country for it.
    static QString label(const QString &code);
    /// @brief (label, code) of every region, by label.
    static QList<QPair<QString, QString>> byName();
};
