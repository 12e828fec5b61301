#pragma once

#include "ipsummary.h"

#include <QWidget>

class MapView;
class QComboBox;
class QListWidget;

/// @brief The map with its controls: which database to draw, fit to data, export PNG/PDF, and
/// beside it the answers that are not drawn (country only, not in the database, not a public
/// address) with the reason. Selecting a circle or a list entry emits ipSelected; each has a
/// context menu listing the address's events or showing its details.
class MapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPanel)
public:
    explicit MapPanel(QWidget *parent = nullptr);
    void setIps(const QList<IpSummary> &ips);
    void selectIp(const QString &ip);
    MapView *map() const { return m_map; }
    QListWidget *notDrawnList() const { return m_notDrawn; }

protected:
    /// The list not drawn's context menu, by the mouse or the Menu key.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void ipSelected(const QString &ip);
    /// @brief A circle was double-clicked: the address's events are wanted.
    void ipActivated(const QString &ip);
    /// @brief The map was written to @p path (for the audit log).
    void exported(const QString &path);
    /// @brief Every event of an address is wanted, every other filter cleared (from its context
    /// menu, as the IPs list's).
    void eventsWanted(const QString &ip);
    /// @brief An address's details are wanted (from its context menu).
    void detailsWanted(const QString &ip);

private:
    void refreshNotDrawn();
    void exportMap();
    /// The context menu of @p ip (a circle or a line of the list not drawn), at @p globalPos.
    void popUpMenu(const QString &ip, const QPoint &globalPos);

    MapView *m_map;
    QComboBox *m_database;
    QListWidget *m_notDrawn;
    QList<IpSummary> m_ips;
    bool m_syncing = false;
};
