#pragma once

#include <QCoreApplication>
#include <QStringList>

/// @brief The first few names of a list and how many more, for a line that must stay a line.
///
/// A folder of a file a day, or a ZIP of thousands of tables, gives lists of thousands of names:
/// a sentence naming them all fills a dialog or a status bar. It names the first few and counts
/// the rest; each name stays where the list is shown whole (its entry, its tooltip).
class NamedFew
{
    Q_DECLARE_TR_FUNCTIONS(NamedFew)
public:
    static constexpr int Shown = 3;

    /// @brief "“a”, “b”, “c” and 5 more"; @p names joined whole where they are Shown or fewer.
    /// @p separator joins them ("\n": a name a line, the count after the last).
    static QString of(const QStringList &names, const QString &separator = QStringLiteral(", "));
};
