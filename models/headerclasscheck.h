#pragma once

#include "headermatcher.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// @brief Headers that fit returns of two evidence classes. A header row recognised as a
/// built-in format of one class may hold columns only another class's returns have (a call's
/// duration or type; the devices that answered a lookup), which its format does not read:
/// "Time, Caller, Callee, Duration" fits the FaceTime invitation log by three columns, and its
/// calls would be stored as lookups. Recognition then asks for the format instead, unless the
/// header has a telling column of its own format's class too (an IDS log's "Lookup Devices").
/// A column headed as a message's text ("Message", "SMS Text") tells communications likewise.
class HeaderClassCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HeaderClassCheck)
public:
    struct Conflict
    {
        const TableFormat *format; ///< the format the header fits
        /// A format of another class that reads its telling columns; null where they are a
        /// message's text, which no built-in format reads.
        const TableFormat *other;
        QString fitting;           ///< the header's cells the format reads, quoted
        QString telling;           ///< the cells only the other class's returns have, quoted
    };

    /// @brief Whether @p cells, matched by @p format as @p match with no telling column of its
    /// own, hold one that a built-in format of another class reads and @p format does not.
    static std::optional<Conflict> find(const TableFormat &format, const HeaderMatch &match, const QStringList &cells);
    /// @brief Why a file whose first header row, at @p line, is @p conflict's is not imported.
    /// (@p keys: the header is a JSON file's records' keys, the first record at @p line; @p list:
    /// the member at @p line whose list of names is the header.)
    static QString firstHeaderText(const Conflict &conflict, int line, bool keys = false,
                                   const QString &list = {});
    /// @brief Why such a header row further down, after another return's rows, is rejected.
    static QString laterHeaderText(const Conflict &conflict);

private:
    static QString described(const Conflict &conflict);
    static QString rowsWord(EvidenceClass evidenceClass);
};
