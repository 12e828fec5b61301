#pragma once

#include "evidenceclass.h"

#include <QWidget>

class IpFilterProxy;
class IpTableModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

/// @brief The client IPs of a case: searchable and sortable, optionally only the selected
/// handle's IPs, place columns from a chosen database, flags as icons with text. Selecting a row
/// selects the IP everywhere (ipSelected). Its context menu lists the address's events, shows it
/// on the map or shows its details.
class IpsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpsView)
public:
    explicit IpsView(QWidget *parent = nullptr);
    void setModel(IpTableModel *model);
    /// @brief The handle whose IPs "only this handle" keeps (normalised form; empty for none).
    void setSelectedHandle(const QString &normalized);
    /// @brief Shows @p ip as selected without emitting ipSelected.
    void selectIp(const QString &ip);
    QTableView *table() const { return m_table; }
    int visibleRows() const;

signals:
    void ipSelected(const QString &ip);
    /// @brief Double-click or Enter on an IP: show the events (and so the source lines) behind it.
    void ipActivated(const QString &ip);
    /// @brief A count of an IP clicked: the events of that class from the address are wanted.
    void ipCountChosen(const QString &ip, EvidenceClass evidenceClass);
    /// @brief An address's first (or last, @p last) seen clicked: the event at that time is wanted.
    void ipSeenChosen(const QString &ip, bool last);
    /// @brief Every event of @p ip is wanted, whatever the filters (its context menu).
    void eventsWanted(const QString &ip);
    /// @brief The map is wanted, @p ip chosen on it (its context menu).
    void mapWanted(const QString &ip);
    /// @brief The details of @p ip are wanted (its context menu).
    void detailsWanted(const QString &ip);

private:
    void putCountsBesideTheAddress();
    void refreshDatabases();
    void onCurrentChanged();
    /// @brief The address highlighted; empty where none is.
    QString highlightedIp() const;
    void addMenuActions();
    void enableMenuActions();

    QLineEdit *m_search;
    QCheckBox *m_onlyHandle;
    QComboBox *m_database;
    QTableView *m_table;
    IpFilterProxy *m_proxy;
    IpTableModel *m_model = nullptr;
    bool m_syncing = false;
    QList<QAction *> m_menu; ///< the context menu's actions for the address highlighted
};
