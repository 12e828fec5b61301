#pragma once

#include "handletablemodel.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

/// @brief The handle list: searchable, sortable, counts split by class; double-click or Enter
/// selects a handle everywhere; F2 edits its label. Its context menu lists the highlighted
/// handle's events, shows the timeline, draws its neighbourhood or gives it a label.
class HandlesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandlesView)
public:
    explicit HandlesView(QWidget *parent = nullptr);
    void setModel(HandleTableModel *model);
    /// @brief Shows @p handleId as selected without emitting handleSelected.
    void selectHandle(qint64 handleId);
    QTableView *table() const { return m_table; }
    /// @brief Every selected handle (Ctrl/Shift-click selects several), in list order.
    QList<qint64> selectedHandleIds() const;

signals:
    void handleSelected(qint64 handleId);
    /// @brief A count was clicked (or Enter pressed on it): the events behind that figure are
    /// wanted, those of @p handleId on the @p counted side and of its class.
    void countChosen(qint64 handleId, HandleTableModel::CountedEvents counted);
    /// @brief "First seen" (or "last seen", @p last) clicked: the event at that time is wanted.
    void seenChosen(qint64 handleId, bool last);
    /// @brief The set of selected handles changed (one or several).
    void selectionChanged();
    /// @brief Every event of @p handleId is wanted (its context menu), whatever the filters.
    void eventsWanted(qint64 handleId);
    /// @brief The timeline of the handles highlighted is wanted.
    void timelineWanted();
    /// @brief The graph of @p handleId's neighbourhood is wanted.
    void neighbourhoodWanted(qint64 handleId);

private:
    /// Each column as wide as its contents, the handle's up to some thirty characters.
    void sizeColumns();
    /// @brief The width of the five counts' columns, of every class.
    int countsWidth() const;
    /// @brief The vertical scroll bar's width if it is still to be shown, else 0.
    int scrollBarToCome() const;
    void onLoaded();
    void chooseFigure(const QModelIndex &index);
    std::optional<qint64> highlightedHandle() const;
    /// @brief Emits handleSelected for the handle highlighted, where it is another than before.
    void chooseHighlighted();
    /// @brief The context menu's actions, for the handle highlighted.
    void addMenuActions();
    void enableMenuActions();
    void editLabel();

    QLineEdit *m_search;
    QLabel *m_loading;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    HandleTableModel *m_model = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    bool m_columnsSized = false;
    bool m_syncing = false;
    bool m_choosing = false;
    std::optional<qint64> m_chosen;
    QList<QAction *> m_oneHandle; ///< the menu's actions for one handle highlighted
    QAction *m_timeline = nullptr;
};
