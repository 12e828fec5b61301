#pragma once

#include "eventrecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <deque>
#include <optional>
#include <variant>

/// @brief Places the records of a file whose local time fell in the hour repeated as daylight
/// saving ended, where the file's own order settles which of the two moments each one is.
///
/// A file whose records run in time order (oldest or newest first) passes through that hour
/// twice: its local clock goes back once, at the change. Records read one after another are
/// held while their times are ambiguous; when the run ends, if every record before it went the
/// same way and the local times inside it turn back exactly once, those before the turn are the
/// first pass and those after it the second (reversed for newest first). Anything else — no
/// turn, two turns, a file whose records go both ways — settles nothing: each such record is read
/// as the earlier of its moments, as before, and says so. Never guessed: every record says
/// which reading it was given and why, and the source's metadata counts them.
class RepeatedHourOrder final
{
    Q_DECLARE_TR_FUNCTIONS(RepeatedHourOrder)
public:
    using Row = std::variant<EventRecord, RejectedRow>;
    /// A run is held whole to be placed: a busy switch's hour could be a few hundred thousand
    /// records. Beyond @p maxHeld rows, the run is read as unplaced, as without an order.
    explicit RepeatedHourOrder(qsizetype maxHeld = 50000) : m_maxHeld(maxHeld) {}

    /// @brief Whether @p event must wait to be placed: it is in the repeated hour, or others are
    /// held. A rejected row (@p event null) waits only behind them.
    bool mustWait(const EventRecord *event) const
    {
        return !m_run.empty() || (event && event->repeatedHour);
    }
    /// @brief A record that needs no placing, read where nothing waits: the file's order so far.
    void passed(const EventRecord &event);
    /// @brief Holds the next row read (mustWait()); rows become ready once their run is settled.
    void hold(Row row);
    /// @brief The file ended: settles a run still held.
    void finish();
    bool hasReady() const { return !m_ready.empty(); }
    Row takeReady();

    /// @brief Adds "repeated_hour" (records read as the earlier moment for want of an order
    /// that settles them) and "repeated_hour_by_order" (those the order placed) to @p meta.
    void addMetadata(QJsonObject *meta) const;
    bool anyRecords() const { return m_unsettled.records > 0 || m_settled.records > 0; }
    /// @brief What those keys of @p metadata say, in words.
    static QStringList notes(const QJsonObject &metadata);

    /// The note stored on a record's time (extra "time_ambiguity", in the import's language):
    /// which reading was used and the other moment in ISO 8601 UTC — at its end where the order
    /// settled nothing; followed by why, where it did, naming no number but the line where the
    /// passes meet. ProvenancePanel tells the two apart so, and words them in the reader's language.
    static QString unsettledNote(qint64 laterUtcMs);
    static QString settledNote(bool later, int passesMeetLine, qint64 otherUtcMs);

private:
    enum class Direction
    {
        Unknown,
        Forward,
        Backward
    };
    /// @brief Settles the run held, by the order where @p canPlace; its rows become ready.
    void settle(std::optional<qint64> nextUtcMs, bool canPlace = true);
    /// @brief Gives @p event the reading of its pass (@p second: the later moment), or where the
    /// order settles nothing (std::nullopt) the earlier; and the note saying which and why.
    void place(EventRecord *event, std::optional<bool> second, int passesMeetLine);
    /// @brief The index in the run of the first record of the other pass (for @p direction),
    /// where the passes meet exactly once and the records around the run agree; std::nullopt
    /// otherwise.
    std::optional<qsizetype> turn(Direction direction, std::optional<qint64> nextUtcMs) const;
    Direction direction(std::optional<qint64> nextUtcMs) const;
    static void addTimeNote(EventRecord *event, const QString &note);

    struct Count
    {
        qint64 records = 0;
        qint64 later = 0;
        qint64 firstLine = 0;
        QString firstTime;
        qint64 passesMeetLine = 0;
        void add(const EventRecord &event, bool isLater);
    };
    qsizetype m_maxHeld;
    bool m_runTooLong = false;    ///< the run held grew past m_maxHeld: the rest of it is not held
    bool m_anyRunTooLong = false; ///< some run was read unplaced for its length
    std::deque<Row> m_run;        ///< held since the first ambiguous record
    std::deque<Row> m_ready;      ///< settled, in the order read
    std::optional<qint64> m_previousUtcMs; ///< of the last record read that needed no placing
    qint64 m_forwardSteps = 0;
    qint64 m_backwardSteps = 0;
    Direction m_settledBy = Direction::Unknown; ///< the order a run was placed by
    qint64 m_orderBrokenLine = 0;               ///< the first record after that going the other way
    Count m_unsettled;
    Count m_settled;
};
