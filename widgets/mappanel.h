#pragma once

#include "ipsummary.h"

#include <QWidget>

class MapView;
class QComboBox;
class QListWidget;

/// @brief The map with its controls: which database to draw, fit to data, export PNG/PDF, and
/// beside it the answers that are not drawn (country only, not in the database, not a public
/// address) with the reason. Selecting a circle or a list entry emits ipSelected.
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

signals:
    void ipSelected(const QString &ip);
    /// @brief A circle was double-clicked: the address's events are wanted.
    void ipActivated(const QString &ip);
    /// @brief The map was written to @p path (for the audit log).
    void exported(const QString &path);

private:
    void refreshNotDrawn();
    void exportMap();

    MapView *m_map;
    QComboBox *m_database;
    QListWidget *m_notDrawn;
    QList<IpSummary> m_ips;
    bool m_syncing = false;
};
