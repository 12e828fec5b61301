#pragma once

#include "casequeries.h"
#include "eventfilter.h"

#include <QAbstractTableModel>
#include <QTimeZone>

/// @brief Every handle of a case with its counts split by class and direction, never merged.
/// The handle column is editable: the text is the analyst's label (alias). GUI thread only.
/// Empty until reload() or reloadInBackground(): counting needs a pass over every event
/// (about a second for 1M), which the GUI does off its thread.
class DeferredWrites;

class HandleTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandleTableModel)
public:
    enum Column { HandleColumn, KindColumn, LookupsOutColumn, LookupsInColumn, CommsOutColumn, CommsInColumn,
                  ConnectionsColumn, FirstSeenColumn, LastSeenColumn, ColumnCount };

    /// @brief The events a count column counts: the side of them the handle is on, and their class.
    struct CountedEvents
    {
        EventFilter::HandleSide side;
        EvidenceClass evidenceClass;
    };
    /// @brief What the figures of @p column count; none for a column that is no count.
    static std::optional<CountedEvents> countedBy(int column);

    explicit HandleTableModel(QSqlDatabase db, QObject *parent = nullptr);
    /// @brief Labels are stored through @p writes (the GUI's: while another program imports
    /// into the case, a label waits for it); without, at once.
    void setWrites(DeferredWrites *writes) { m_writes = writes; }
    /// @brief Counts again here and now.
    void reload();
    /// @brief Counts again on a background thread, through a connection of its own; the rows
    /// shown stay until the new ones are in. A request while one runs is served after it.
    void reloadInBackground();
    bool isLoading() const { return m_loading; }
    void setDisplayZone(const QTimeZone &zone);
    int rowOfHandle(qint64 handleId) const;
    const HandleSummary *handleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// @brief @p handle as a lane, a title or a preview names it: with "(withheld number)" or
    /// "(masked)" after it where its @p kind (handleKindKey()) is no one party.
    static QString nameWithKind(const QString &handle, const QString &kind);

signals:
    void labelChanged(qint64 handleId);
    void loadingStarted();
    /// @brief A background load ended; the rows were kept as they were if it failed.
    void loaded();

private:
    void setHandles(const QList<HandleSummary> &handles);
    void finishLoading(const std::optional<QList<HandleSummary>> &handles);
    static QString kindText(const QString &kind);
    /// The handle column's font for a withheld number's words or a masked party: italic.
    static QVariant noOnePartyFont();
    QVariant display(const HandleSummary &h, int column) const;
    QVariant raw(const HandleSummary &h, int column) const;
    QString tooltip(const HandleSummary &h, int column) const;

    QSqlDatabase m_db;
    QList<HandleSummary> m_handles;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_loading = false;
    bool m_loadAgain = false;
    DeferredWrites *m_writes = nullptr;
};
