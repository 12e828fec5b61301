#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// @brief What shows that a file's times, written as a spreadsheet's day counts
/// ("42615.76533564815"), were rounded by a worksheet's number format.
///
/// Excel writes a serial with every digit it holds (ten decimals), dropping trailing zeros. A
/// number format of "0.00" writes 42615.77: 18:28:48, a whole second, yet only to the 864 s two
/// decimals of a day can tell. Row by row such a time cannot be told from one Excel wrote whole
/// (noon is "42615.5"); the file's other times can tell it: one that gives no whole second, or
/// every time as short.
struct SerialRounding
{
    Q_DECLARE_TR_FUNCTIONS(SerialRounding)
public:
    /// Decimals from which a serial is as Excel writes it: a whole second with fewer is exact
    /// only where its fraction of a day ends early (one second in 27).
    static constexpr int FullDecimals = 8;

    QString example;             ///< a time of the file that shows it
    bool everyTimeShort = false; ///< no time has full decimals (else: the example gives no whole second)
    int decimals = 0;            ///< the most decimals a time of the file has (everyTimeShort)

    /// @brief Whether @p texts (a file's time cells) show rounding; nullopt where they do not.
    static std::optional<SerialRounding> of(const QStringList &texts);
    /// @brief The decimals of @p text, a serial; -1 where it is none.
    static int decimalsOf(const QString &text);
    /// @brief Why the time @p text, with fewer than FullDecimals, is refused in a file so rounded.
    QString reason(const QString &text) const;
};
