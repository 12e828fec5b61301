#pragma once

#include <QObject>

#include <optional>

class QAction;
class QModelIndex;
class QTableView;

/// @brief What the Sources list's context menu offers for the source highlighted, before its
/// Copy actions: its events listed or its graph drawn, each also with the events it held again
/// that another source stored first (its duplicates). Those two are greyed out for a source that
/// held none, the four where no source is highlighted. GUI thread only.
class SourceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceActions)
public:
    /// @brief Puts the actions at the head of @p view's context menu (its actions).
    explicit SourceActions(QTableView *view);
    /// @brief The source the actions are for: @p row's (any of its cells), none where invalid.
    void setSource(const QModelIndex &row);

signals:
    /// @brief @p sourceId's events are wanted, with its duplicates where @p withDuplicates.
    void eventsChosen(qint64 sourceId, bool withDuplicates);
    /// @brief @p sourceId's graph is wanted, with its duplicates where @p withDuplicates.
    void graphChosen(qint64 sourceId, bool withDuplicates);

private:
    QAction *add(const QString &text, void (SourceActions::*wanted)(qint64, bool),
                 bool withDuplicates);

    QTableView *m_view;
    QList<QAction *> m_stored;     ///< those of the events stored from the source
    QList<QAction *> m_duplicates; ///< those with its duplicates
    std::optional<qint64> m_source;
};
