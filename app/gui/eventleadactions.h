#pragma once

#include <QObject>

class HighlightedEvent;
class QAction;
class QTableView;

/// @brief What the events table's context menu offers for the event highlighted, ahead of its
/// Copy actions: the events between its two handles (both classes, both directions), the two
/// handles' cross-reference, its source's description, its client IP on the map. The handles'
/// pair is greyed out for an event of one party (a connection), the map for an event without a
/// client IP, all where no event is highlighted. GUI thread only.
class EventLeadActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLeadActions)
public:
    EventLeadActions(QTableView *events, HighlightedEvent *highlighted);

signals:
    /// @brief The events between @p first and @p second (normalised handles) are wanted, the
    /// event @p eventId (one of them) kept highlighted.
    void pairEventsWanted(const QString &first, const QString &second, qint64 eventId);
    /// @brief The cross-reference of @p firstId (the initiator) and @p secondId is wanted.
    void crossReferenceWanted(qint64 firstId, qint64 secondId);
    /// @brief The description of the source @p sourceId is wanted.
    void sourceWanted(qint64 sourceId);
    /// @brief The client IP @p ip is wanted on the map, its details shown.
    void placeWanted(const QString &ip);

private:
    void updateEnabled();
    void choosePair();
    void chooseCrossReference();
    void chooseSource();
    void choosePlace();

    HighlightedEvent *m_highlighted;
    QAction *m_pair;
    QAction *m_crossReference;
    QAction *m_source;
    QAction *m_place;
};
