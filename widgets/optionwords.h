#pragma once

#include <QCoreApplication>
#include <QString>

/// @brief The GUI's words for the choices the core's messages name by their command-line option.
///
/// The core's messages say which option settles them ("declare the zone the provider used
/// (--timezone)"): the command line's words, which an analyst in the GUI has no use for. The
/// GUI names its own control instead, or leaves the option out where a line of its own follows
/// saying where the choice is made.
class OptionWords
{
    Q_DECLARE_TR_FUNCTIONS(OptionWords)
public:
    /// @brief @p text with each option in brackets left out, for a place whose own hint follows.
    static QString withoutOptions(const QString &text);
    /// @brief @p text with each option in brackets replaced by the import dialog's control that
    /// makes the same choice (an option the GUI has no control for is left out).
    static QString withControlNames(const QString &text);

private:
    static QString controlOf(const QString &option);
};
