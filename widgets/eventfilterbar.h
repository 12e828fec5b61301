#pragma once

#include "eventfilter.h"

#include <QTimeZone>
#include <QWidget>

#include <functional>

class ElidedLabel;
struct SourceRow;
class InstantEdit;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

/// @brief The events table's filters: handle (either side, initiator or counterpart; optionally
/// only with another handle on the other side), class, subtype, time range (in the display zone,
/// named), IP, source (with its duplicates or not) and text in the raw record; and the events a
/// chart's figure was chosen for. Typing is coalesced so the table re-queries once per pause.
class EventFilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFilterBar)
public:
    /// @brief What the bar asks of the case: the handle a text names (for the filter itself),
    /// and for whyNothingMatches() whether an event has a client IP, whether no record holds a
    /// text, whether any event is marked. One not given is taken as "no": no handle, no such IP.
    struct CaseChecks
    {
        std::function<std::optional<qint64>(const QString &)> resolveHandle;
        std::function<bool(const QString &)> hasClientIp;
        std::function<bool(const QString &)> textHeldNowhere;
        std::function<bool()> anyMarked;
    };

    explicit EventFilterBar(QWidget *parent = nullptr);
    void setCaseChecks(CaseChecks checks) { m_checks = std::move(checks); }
    /// @brief The sources to choose among, by the files they came from: a file that gave
    /// several (a return's pages, a workbook's worksheets) is a choice too, before its sources.
    void setSources(const QList<SourceRow> &sources);
    void setDisplayZone(const QTimeZone &zone);
    /// @brief The subtypes the case's events have, as stored (std::nullopt until read): the
    /// subtype field then offers them, reads what is typed as one of them first, and
    /// whyNothingMatches() names a subtype typed that none of them is.
    void setCaseSubtypes(const std::optional<QStringList> &subtypes);
    /// @brief Puts @p text in the handle field (for selection from other views).
    void setHandleText(const QString &text);
    /// @brief Filters the events to one client IP (from the IPs list).
    void setIpText(const QString &text);
    void setTimeRange(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    /// @brief Fills the range editors the analyst has not ticked (the case's first and last
    /// event), without changing the filter; whyNothingMatches() names them for a window outside.
    void setTimeRangeDefaults(std::optional<qint64> fromMs, std::optional<qint64> toMs);
    /// @brief Keeps the handle, sets the side it is on and the class, and clears every other
    /// filter: the table then lists exactly the events a count of the handle list counts.
    void showCountedEvents(EventFilter::HandleSide side, EvidenceClass evidenceClass);
    /// @brief Clears every filter but the handle: the table lists every event of the handle
    /// chosen, on either side.
    void showHandleEvents();
    /// @brief Clears every filter but the source, set to @p sourceIds (a source, or a file's):
    /// the table then lists the events their "Accepted" figures count, and with
    /// @p withDuplicates those they held again that another source stored first.
    void showSourceEvents(const QList<qint64> &sourceIds, bool withDuplicates = false);
    /// @brief Clears every filter but the client IP, set to @p ip, and the class (every class
    /// where none is given): the table then lists the events a count of the IP list counts.
    void showIpEvents(const QString &ip, std::optional<EvidenceClass> evidenceClass);
    /// @brief Clears every other filter and shows the events between @p first and @p second
    /// (normalised handles), of every class, in both directions: an event's pair.
    void showEventsBetween(const QString &first, const QString &second);
    /// @brief Clears every other filter and shows the events of one class from @p initiator to
    /// @p counterpart within the range (inclusive), if any, stored from @p sourceIds (any
    /// source where empty; with @p withDuplicates, their duplicates too): a graph edge's events.
    void showPairEvents(const QString &initiator, const QString &counterpart,
                        EvidenceClass evidenceClass, std::optional<qint64> fromMs,
                        std::optional<qint64> toMs, const QList<qint64> &sourceIds = {},
                        bool withDuplicates = false);
    /// @brief Clears every filter and shows only @p ids, the events behind a figure of a chart
    /// (a time bin of the timeline, a cell of the patterns), named by @p description above the
    /// table until another filter is chosen.
    void showChosenEvents(const QList<qint64> &ids, const QString &description);
    /// @brief The words naming the figure whose events are shown (showChosenEvents()); empty when
    /// the bar's own filters choose the events.
    QString chosenDescription() const { return m_chosenIds ? m_chosenDescription : QString(); }
    EventFilter filter() const;
    /// @brief Why the filters as set can match no event whatever the case holds: a handle, a
    /// client IP or a subtype typed that is none of the case's, a text no record holds, sources
    /// chosen that stored no event of their own, only the marked events of a case with none, a
    /// time window whose From is after its to or that lies outside the case's events.
    /// Empty otherwise.
    QStringList whyNothingMatches() const;
    void clear();

signals:
    void filterChanged(const EventFilter &filter);

private:
    void setUpEditors();
    /// @brief The editors in their grid; the "Clear filters" button beside them.
    QPushButton *layOut();
    /// @brief The row saying which events a chart's figure limits the table to, at @p row.
    void addChosenRow(QGridLayout *grid, int row);
    /// @brief Each editor's change filters after a pause, as typing waits for.
    void connectEditors();
    void emitSoon();
    /// @brief The subtype field's list: @p labels, its popup as wide as the longest.
    void offerSubtypes(const QStringList &labels);
    /// @brief The id of the case's handle @p handle names; -1 for none (matches nothing).
    qint64 resolved(const QString &handle) const;
    /// @brief Why the time window holds no event: its From after its to, or it lies before the
    /// case's first event or after its last. Empty otherwise.
    QString windowHoldsNothing() const;
    /// @brief The subtype the field's text stands for (setCaseSubtypes()).
    QString subtypeMeant() const;
    /// @brief Why the subtype typed matches nothing, once the case's subtypes are read.
    QString subtypeMissing() const;
    void clearAllButHandle();
    void forgetChosen();
    /// @brief Filters now, rather than after the pause typing waits for.
    void applyNow();

    QLineEdit *m_handle;
    QComboBox *m_side;
    QLineEdit *m_other;
    QComboBox *m_class;
    QLineEdit *m_subtype;
    std::optional<QStringList> m_caseSubtypes; ///< as stored; std::nullopt until read
    QCheckBox *m_useFrom;
    InstantEdit *m_from;
    QCheckBox *m_useTo;
    InstantEdit *m_to;
    ElidedLabel *m_zone; ///< the zone the editors' times are in
    QLineEdit *m_ip;
    QComboBox *m_source;
    std::optional<qint64> m_firstMs;       ///< the case's first event
    std::optional<qint64> m_lastMs;        ///< the case's last event
    QList<SourceRow> m_sourceRows;         ///< the case's sources, for their figures
    QCheckBox *m_duplicates; ///< the chosen sources' duplicates too
    QLineEdit *m_text;
    QCheckBox *m_marked;
    QWidget *m_chosenRow;
    QLabel *m_chosenLabel;
    std::optional<QList<qint64>> m_chosenIds;
    QString m_chosenDescription;
    QTimer *m_timer;
    CaseChecks m_checks;
};
