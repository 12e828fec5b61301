#pragma once

#include "evidenceclass.h"
#include "ipsummary.h"

#include <QAbstractTableModel>
#include <QTimeZone>

/// @brief Every client IP of a case: when it was used, counts split by class (never merged),
/// the handles that used it, and one database's country, city and ASN. The summaries are built
/// elsewhere (IpSummaries, off the GUI thread) and handed in; while a geolocation runs, the
/// place columns read "resolving…". GUI thread only.
class IpTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IpTableModel)
public:
    enum Column { IpColumn, FlagsColumn, FirstSeenColumn, LastSeenColumn, LookupsColumn, CommunicationsColumn,
                  ConnectionsColumn, HandlesColumn, CountryColumn, CityColumn, AsnColumn, ColumnCount };
    /// @brief The class the figures of @p column count; none for a column that is no count.
    static std::optional<EvidenceClass> classCounted(int column);
    enum Role {
        HandlesRole = Qt::UserRole + 40, ///< QStringList of the normalised handles
        OtherWritingsRole,               ///< QStringList: how records wrote the address otherwise
    };

    explicit IpTableModel(QObject *parent = nullptr);

    void setSummaries(const QList<IpSummary> &summaries);
    const QList<IpSummary> &summaries() const { return m_ips; }
    const IpSummary *ipAt(int row) const;
    int rowOfIp(const QString &ip) const;
    void setResolving(bool resolving);
    bool isResolving() const { return m_resolving; }
    void setDisplayZone(const QTimeZone &zone);
    /// @brief The databases that answered for any IP, in the order they were added.
    QStringList databases() const;
    /// @brief The database whose country and city the table shows; empty picks the first that
    /// places anything.
    void setPlaceDatabase(const QString &database);
    QString placeDatabase() const { return m_placeDatabase; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// @brief People-facing words for an address flag ("carrier-grade NAT", …).
    static QString flagText(const QString &flag);
    /// @brief "Also written in the records as: …", or empty when the records wrote it one way.
    static QString otherWritingsText(const IpSummary &ip);
    /// @brief Where @p ip is no address ("[REDACTED]", "198.51.xxx.xxx", "n/a") and more than one
    /// handle's records hold it: that they did not share an address for it. Empty otherwise.
    static QString notSharedText(const IpSummary &ip);
    /// @brief The handles column's text: the first few of an address's handles and how many
    /// there are in all (IP details lists every one).
    static QString handlesText(const QStringList &handles);

private:
    /// Beneath a copy of the table: the databases its places and ASNs are from, with their build
    /// dates, which the cells show only in their tooltips.
    QString placesNote() const;
    const GeoAnswer *placeAnswer(const IpSummary &ip) const;
    const GeoAnswer *asnAnswer(const IpSummary &ip) const;
    QVariant display(const IpSummary &ip, int column) const;
    QVariant raw(const IpSummary &ip, int column) const;
    QVariant toolTip(const IpSummary &ip, int column) const;

    QList<IpSummary> m_ips;
    QString m_placeDatabase;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_resolving = false;
};
