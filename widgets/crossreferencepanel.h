#pragma once

#include <QWidget>

class CrossReferenceModel;
class QAction;
class QComboBox;
class QLabel;
class QTableView;

/// @brief For a handle pair: lookups and communications side by side in time order, labelled
/// as a temporal sequence, never as proof that one caused the other.
class CrossReferencePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossReferencePanel)
public:
    explicit CrossReferencePanel(QWidget *parent = nullptr);
    void setModel(CrossReferenceModel *model);
    /// @brief The first handle (the one selected elsewhere) and the choices for the second.
    void setHandles(std::optional<qint64> first, const QString &firstText, const QList<QPair<qint64, QString>> &others);
    void setSecond(qint64 handleId);
    QTableView *table() const { return m_table; }

signals:
    void pairChanged(std::optional<qint64> first, std::optional<qint64> second);
    /// @brief A row clicked (or Enter pressed on it): its event's provenance is wanted.
    void eventChosen(qint64 eventId);
    /// @brief Every event between the two handles is wanted in the events table, the row's event
    /// @p eventId (0 where none is highlighted) kept highlighted (from the context menu).
    void pairEventsWanted(std::optional<qint64> first, std::optional<qint64> second,
                          qint64 eventId);
    /// @brief The source of the row's event @p eventId is wanted (from the context menu).
    void sourceWanted(qint64 eventId);

private:
    void chooseRow(const QModelIndex &index);
    /// The context menu's entries, ahead of its Copy actions.
    void addRowActions();
    void updateRowActions();
    qint64 highlightedEvent() const;

    QLabel *m_first;
    QLabel *m_noOneParty; ///< why no gap is measured, where a handle of the pair is no one party
    QComboBox *m_second;
    QTableView *m_table;
    QAction *m_pairEvents = nullptr;
    QAction *m_source = nullptr;
    std::optional<qint64> m_firstId;
    CrossReferenceModel *m_model = nullptr;
};
