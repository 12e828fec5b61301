#pragma once

#include "evidenceclass.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

struct EventRow;

/// @brief One handle's figures within a report's events: each class and direction apart.
struct ReportHandleFigures
{
    QString shown; ///< "label (normalised)" or the normalised form
    QString kind;  ///< handleKindKey(): "withheld" and "masked" are no one party
    qint64 lookupsMade = 0;
    qint64 lookedUp = 0; ///< looked up by others
    qint64 sent = 0;     ///< communications it initiated
    qint64 received = 0;
    qint64 connections = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

/// @brief One client IP's figures within a report's events.
struct ReportIpFigures
{
    ClassCounts counts{};
    QSet<QString> otherWritings; ///< how the events' records wrote the address otherwise
    qint64 firstMs = 0;
    qint64 lastMs = 0;
};

/// @brief The lookups and communications one handle initiated with another within a report's
/// events, the classes apart: an edge of each class in the report's contact graph.
struct ReportPairFigures
{
    qint64 fromId = 0; ///< shown as ReportFigures::shown() shows it
    qint64 toId = 0;
    qint64 lookups = 0;
    qint64 communications = 0;
};

/// @brief The pairs of handles of a report's lookups and communications taken either way (A and B
/// whoever initiated): those with lookups only, communications only, or both.
struct ReportPairKinds
{
    qint64 lookupsOnly = 0;
    qint64 communicationsOnly = 0;
    qint64 both = 0;
};

/// @brief A lookup followed, within the report's window, by a communication between the same two
/// handles (either way): a sequence in time, never a cause. Both are events of the report.
struct ReportSequence
{
    qint64 lookupId = 0;
    qint64 lookupMs = 0;
    QString lookupFrom; ///< the handle that looked up, as shown
    QString lookupTo;
    qint64 communicationId = 0;
    qint64 communicationMs = 0;
    QString subtype;
    QString communicationFrom;
    QString communicationTo;
};

/// @brief What a report's figures count, gathered in one pass over its events (in time order):
/// the classes apart, each handle's and each client IP's figures, and the events in each period
/// of the chart. Every figure is a count of the events the report's appendix lists.
class ReportFigures final
{
public:
    /// @brief The chart's periods: a day, a week from Monday, or a month, in the report's zone.
    enum class Period
    {
        Day,
        Week,
        Month
    };

    /// @param sequenceMinutes How long after a lookup a communication between its two handles is
    /// listed as following it (sequences()); 0: none is.
    explicit ReportFigures(const QTimeZone &zone, int sequenceMinutes = 0)
        : m_zone(zone), m_sequenceMs(qint64(sequenceMinutes) * 60000)
    {
    }
    void add(const EventRow &event);

    qint64 events() const { return m_events; }
    const ClassCounts &counts() const { return m_counts; }
    std::optional<qint64> firstMs() const { return m_firstMs; }
    std::optional<qint64> lastMs() const { return m_lastMs; }
    /// @brief The handles by their shown text.
    QList<ReportHandleFigures> handles() const;
    const QHash<QString, ReportIpFigures> &ips() const { return m_ips; }
    /// @brief How many of the events came from each source, by its id.
    const QHash<qint64, ClassCounts> &bySource() const { return m_bySource; }
    /// @brief How the handle @p id is shown: ReportHandleFigures::shown.
    QString shown(qint64 id) const { return m_handles.value(id).shown; }
    /// @brief Each pair of handles, the initiator first, with its lookups and communications;
    /// in the order of their shown names. A withheld number's words or a masked handle is no one
    /// party: its events are in noOnePartyCounts() instead.
    QList<ReportPairFigures> pairs() const;
    /// @brief The lookups and communications (indexes 0 and 1) between @p a and @p b, either way.
    std::array<qint64, 2> eitherWay(qint64 a, qint64 b) const;
    /// @brief How many pairs, taken either way, have lookups only, communications only, both.
    ReportPairKinds pairKinds() const;
    /// @brief The lookups and communications (indexes 0 and 1) with no one party on one side.
    const ClassCounts &noOnePartyCounts() const { return m_noOneParty; }
    /// @brief Each lookup followed by a communication between its two handles within the window,
    /// paired with the first such communication; in the lookups' time order. A withheld number's
    /// words or a masked handle is no one party: no sequence is measured to or from it.
    QList<ReportSequence> sequences() const;
    /// @brief The period that keeps the chart to about a hundred points over the events' span.
    Period period() const;
    /// @brief The events of each period holding any, by the period's first day.
    QMap<QDate, ClassCounts> perPeriod() const;
    /// @brief The events in each hour of the day (0 to 23) in the report's zone.
    const std::array<ClassCounts, 24> &perHour() const { return m_perHour; }
    /// @brief The events on each day of the week in the report's zone, Monday first.
    const std::array<ClassCounts, 7> &perWeekday() const { return m_perWeekday; }
    /// @brief The first day of the period @p day falls in.
    static QDate periodStart(const QDate &day, Period period);

private:
    struct PendingLookup
    {
        qint64 id = 0;
        qint64 utcMs = 0;
        qint64 fromId = 0; ///< the handles, shown as m_handles shows them
        qint64 toId = 0;
    };
    /// A communication as a lookup of the very same millisecond, stored before it, pairs with it.
    struct SeenCommunication
    {
        qint64 id = 0;
        qint64 utcMs = 0;
        QString subtype;
        QString from;
        QString to;
    };
    /// @brief Drops the lookups older than the window before @p utcMs: no later communication
    /// can follow them within it (the events come in time order). Drops the communications of
    /// earlier milliseconds too.
    void dropStaleLookups(qint64 utcMs);
    void addSequence(const PendingLookup &lookup, const SeenCommunication &communication);
    void lookupToSequences(const QPair<qint64, qint64> &pair, const PendingLookup &lookup);
    void communicationToSequences(const QPair<qint64, qint64> &pair, const EventRow &event);
    void addToSequences(const EventRow &event, EvidenceClass evidenceClass);
    void addToPairs(const EventRow &event, EvidenceClass evidenceClass);
    ReportHandleFigures &handle(qint64 id, const QString &normalized, const QString &label,
                                const QString &kind, qint64 utcMs);

    QTimeZone m_zone;
    qint64 m_events = 0;
    ClassCounts m_counts{};
    std::optional<qint64> m_firstMs;
    std::optional<qint64> m_lastMs;
    QHash<qint64, ReportHandleFigures> m_handles;
    QHash<QString, ReportIpFigures> m_ips;
    QHash<qint64, ClassCounts> m_bySource;
    QMap<QDate, ClassCounts>
        m_perDay; ///< by the day in the report's zone; periods are made of days
    /// Lookups and communications by (initiator, counterpart) ids.
    QHash<QPair<qint64, qint64>, std::array<qint64, 2>> m_pairs;
    ClassCounts m_noOneParty{};
    std::array<ClassCounts, 24> m_perHour{};
    std::array<ClassCounts, 7> m_perWeekday{};
    qint64 m_sequenceMs = 0;
    /// The lookups of each pair of handles (by their ids, the lower first) not yet followed by a
    /// communication, those older than the window dropped as the pair's next event comes.
    QHash<QPair<qint64, qint64>, QList<PendingLookup>> m_pending;
    /// The first communication of each pair at the latest millisecond it communicated: the graph
    /// pairs a lookup with a communication of the same millisecond whichever was stored first.
    QHash<QPair<qint64, qint64>, SeenCommunication> m_lastCommunication;
    QList<ReportSequence> m_sequences;
};
