#pragma once

#include "handletablemodel.h"

#include <QObject>

#include <optional>

class CaseSession;
class CrossReferencePanel;
class EventFilterBar;
class HandlesView;
class ProvenancePanel;
class QTableView;
class SourcesPanel;

/// @brief Connects the explorer's views for one open case: selecting a handle anywhere selects
/// it everywhere (handle list, events filter, cross-reference); a count clicked lists its events;
/// the selected event shows its provenance. GUI thread only.
class ExplorerWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplorerWiring)
public:
    struct Views
    {
        HandlesView *handles;
        EventFilterBar *filter;
        QTableView *events;
        ProvenancePanel *provenance;
        SourcesPanel *sources;
        CrossReferencePanel *crossReference;
    };

    ExplorerWiring(const Views &views, QObject *parent = nullptr);
    /// @brief Shows @p session in the views (nullptr: none).
    void attach(CaseSession *session);
    /// @brief Selects a handle in every view.
    void selectHandle(qint64 handleId);
    /// @brief Selects @p handleId and filters the events table to the events one of its
    /// counts counts (the side, the class), every other filter cleared.
    void showCountedEvents(qint64 handleId, HandleTableModel::CountedEvents counted);
    /// @brief Filters the events table to one class of events from @p initiator to @p counterpart
    /// (normalised handles) within an inclusive range, stored from @p sourceIds (any source
    /// where empty), every other filter cleared.
    void showPairEvents(const QString &initiator, const QString &counterpart,
                        EvidenceClass evidenceClass, std::optional<qint64> fromMs,
                        std::optional<qint64> toMs, const QList<qint64> &sourceIds = {},
                        bool withDuplicates = false);
    std::optional<qint64> selectedHandle() const { return m_selectedHandle; }
    /// @brief Shows one event's provenance and selects its row in the events table when the
    /// table (with its current filter) holds it.
    void selectEvent(qint64 eventId);
    /// @brief Shows the source @p sourceId in the Sources panel, with its description (a
    /// figure drawn from its period chosen: the hatching between returns).
    void showSourceDescription(qint64 sourceId);
    /// @brief Lists every event between @p first and @p second (both classes, both directions,
    /// every other filter cleared), @p eventId (if not 0) highlighted among them.
    void showEventsBetween(std::optional<qint64> first, std::optional<qint64> second,
                           qint64 eventId);
    /// @brief Shows the description of the source @p eventId was stored from.
    void showSourceOfEvent(qint64 eventId);
    /// @brief Shows the cross-reference of @p firstId (selected everywhere) and @p secondId, the
    /// event highlighted kept so.
    void showCrossReference(qint64 firstId, qint64 secondId);
    /// @brief Shows the highlighted event's provenance again, as the case now has it (its mark).
    void showProvenance();

signals:
    void filteredCountsChanged();
    /// @brief A handle was selected; @p normalized is its normalised form.
    void handleSelected(qint64 handleId, const QString &normalized);

private:
    void refreshChoices();
    /// @brief Reads the case's subtypes off the window's thread (every event is read) and hands
    /// them to the events filter.
    void readCaseSubtypes();
    void updateCrossReferenceChoices();

    Views m_views;
    CaseSession *m_session = nullptr;
    std::optional<qint64> m_selectedHandle;
    QList<QMetaObject::Connection> m_connections;
    int m_subtypesRequest = 0; ///< tags each reading of the subtypes, so a stale one is dropped
};
