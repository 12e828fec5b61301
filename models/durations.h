#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// @brief How a duration column counts, as its header names it in brackets ("Duration (min)",
/// "Dauer (Sek.)", "Duration (mm:ss)"): a header naming none counts seconds, a clock of two
/// parts as minutes and seconds.
enum class DurationUnit { Seconds, Milliseconds, Minutes, Hours, MinutesSeconds, HoursMinutes };

/// @brief Reads a call's length ("125", "125,5", "2:05", "0:02:05", "1m 5s", "PT1M5S") into
/// seconds, in the unit its column's header names.
class Durations final
{
    Q_DECLARE_TR_FUNCTIONS(Durations)
public:
    /// @brief The unit the bracketed @p label of a duration header names ("min", "ms",
    /// "hh:mm"); nullopt where it names none (a header without one counts seconds).
    static std::optional<DurationUnit> unitOf(const QString &label);
    /// @brief The unit's key in a source's metadata and a profile ("minutes", "mm:ss", …).
    static QString key(DurationUnit unit);
    /// @brief The unit @p key names (key()'s inverse); nullopt for any other text.
    static std::optional<DurationUnit> fromKey(const QString &key);
    /// @brief Every unit, seconds first.
    static const QList<DurationUnit> &all();
    /// @brief The unit in words, for a note ("minutes", "hours and minutes (h:mm)").
    static QString words(DurationUnit unit);
    /// @brief @p text in seconds; nullopt where it is none (rejectReason() says why).
    static std::optional<double> read(QString text, DurationUnit unit = DurationUnit::Seconds);
    /// @brief Why @p text, which read() refused, is no duration in @p unit.
    static QString rejectReason(const QString &text, DurationUnit unit);

private:
    /// Whether @p text has a comma that could be a decimal comma or a thousands separator alike.
    static bool ambiguousComma(const QString &text);
    static std::optional<double> readWithUnits(const QString &text);
    static std::optional<double> readClock(const QString &text, DurationUnit unit);
};
