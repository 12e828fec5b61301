#pragma once

#include "casequeries.h"

#include <QAbstractTableModel>
#include <QTimeZone>

/// @brief Every handle of a case with its counts split by class and direction, never merged.
/// The handle column is editable: the text is the analyst's label (alias). GUI thread only.
class HandleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandleTableModel)
public:
    enum Column { HandleColumn, KindColumn, LookupsOutColumn, LookupsInColumn, CommsOutColumn, CommsInColumn,
                  ConnectionsColumn, FirstSeenColumn, LastSeenColumn, ColumnCount };

    explicit HandleTableModel(QSqlDatabase db, QObject *parent = nullptr);
    void reload();
    void setDisplayZone(const QTimeZone &zone);
    int rowOfHandle(qint64 handleId) const;
    const HandleSummary *handleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void labelChanged(qint64 handleId);

private:
    static QString kindText(const QString &kind);
    QVariant display(const HandleSummary &h, int column) const;
    QVariant raw(const HandleSummary &h, int column) const;

    QSqlDatabase m_db;
    QList<HandleSummary> m_handles;
    QTimeZone m_zone = QTimeZone::utc();
};
