#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// @brief How a duration column counts, as its header names it in brackets ("Duration (min)",
/// "Dauer (Sek.)", "Duration (mm:ss)"): a header naming none counts seconds, a clock of two
/// parts as minutes and seconds.
enum class DurationUnit { Seconds, Milliseconds, Minutes, Hours, MinutesSeconds, HoursMinutes };

/// @brief What parts a duration's fraction from its whole seconds ("12.5", "12,5"). The other
/// mark may separate thousands ("1,234.5", "1.234,5"), so "1.234" and "1,234" can be read
/// either way: the file settles which, or the analyst declares it.
enum class DecimalMark
{
    Unknown,
    Point,
    Comma
};

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
    /// @brief @p text in seconds; nullopt where it is none (rejectReason() says why). A number
    /// the decimal mark decides ("1.234") is read by @p mark, and not at all where it is Unknown.
    static std::optional<double> read(QString text, DurationUnit unit = DurationUnit::Seconds,
                                      DecimalMark mark = DecimalMark::Unknown);
    /// @brief Whether @p text reads as a different number with each decimal mark ("1.234",
    /// "1,234": one to three digits, the mark, three digits).
    static bool needsMark(const QString &text);
    /// @brief The decimal mark @p text is written with where it can be read one way only
    /// ("12,5", "0.500", "1.234,5", "1.234.567", "0:01:05,250"); Unknown otherwise.
    static DecimalMark markWrittenIn(const QString &text);
    /// @brief The decimal mark a column's @p texts are written with: that of the first text
    /// written with one (its index in @p settledBy); Unknown where none is, or texts are written
    /// with both.
    static DecimalMark settleMark(const QStringList &texts, qsizetype *settledBy = nullptr);
    /// @brief The mark's key in a source's metadata, a profile and the command line ("point",
    /// "comma"); empty for Unknown.
    static QString markKey(DecimalMark mark);
    /// @brief The mark @p key names (markKey()'s inverse); Unknown for any other text.
    static DecimalMark markFromKey(const QString &key);
    /// @brief The mark in words: "a decimal point", "a decimal comma".
    static QString markWords(DecimalMark mark);
    /// @brief Why the file must say its decimal mark to read @p text ("1.234"), for the error
    /// that asks the analyst to declare it.
    static QString markNeededReason(const QString &text);
    /// @brief Why @p text, which read() refused, is no duration in @p unit.
    static QString rejectReason(const QString &text, DurationUnit unit);

private:
    /// @p text as a number a program reads ("1234.5"), by the mark it is written with or @p mark.
    static QString plainNumber(const QString &text, DecimalMark mark);
    static std::optional<double> readWithUnits(const QString &text);
    static std::optional<double> readClock(const QString &text, DurationUnit unit);
};
