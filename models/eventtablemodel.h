#pragma once

#include "casequeries.h"
#include "eventfilter.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QTimeZone>

/// @brief The events of a case for a filter, in time order, loaded lazily in pages by keyset
/// (never the whole table in memory). GUI thread only; reads through @p db.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)
public:
    enum Column { ClassColumn, SubtypeColumn, TimeColumn, InitiatorColumn, CounterpartColumn, ClientIpColumn,
                  ClientPortColumn, SourceColumn, LineColumn, MarkColumn, ColumnCount };
    static constexpr int PageSize = 512;

    explicit EventTableModel(QSqlDatabase db, QObject *parent = nullptr);

    void setFilter(const EventFilter &filter);
    EventFilter filter() const { return m_filter; }
    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }
    /// @brief The names shown for the sources whose name another source has too (a file imported
    /// again), by id: SourceListModel::numberedNames(). The others show their own.
    void setSourceNames(const QHash<qint64, QString> &names);
    /// @brief Re-reads the case (after an import), keeping the filter.
    void reload();
    /// @brief Re-reads the rows only (a label changed): the case's totals are still right.
    void reloadRows() { refresh(); }
    /// @brief One line naming an event: "#1 Lookup (iMessage query) 2026-03-02 08:14:03 UTC
    /// +12025550143 → +13125550147, ids-query-log.csv line 10", its time in @p zone.
    static QString describe(const EventRow &event, const QTimeZone &zone);
    /// @brief Shows an event's new mark (std::nullopt: taken off) in its row, where it is loaded;
    /// with only the marked events shown, reads them again.
    void setMark(qint64 eventId, const std::optional<EventMark> &mark);
    /// @brief Tells the model how far the raw-text search index reaches (after indexing).
    void setRawIndexedUpTo(qint64 eventId);
    /// @brief True where no event's record as written holds @p text, the filter's text, as the
    /// search index can tell at once (three characters or more, the case indexed, fewer than
    /// CommonTextHits records holding it in any capitals); false where one does or it cannot
    /// tell, or @p text is not the filter's.
    bool rawTextHeldNowhere(const QString &text) const;

    /// @brief Rows matching the filter, split by class, counted by the database.
    QHash<EvidenceClass, qint64> classCounts() const { return m_counts; }
    /// @brief True while counts are being made off this thread: those of a large raw-text
    /// match, or the whole case's after it changed.
    bool countsPending() const { return m_countsPending; }
    static constexpr int CommonTextHits = 20000;
    qint64 totalCount() const;
    const EventRow *eventAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;

signals:
    void countsChanged();

public:
    void fetchMore(const QModelIndex &parent) override;

private:
    void refresh();
    void planRawTextSearch();
    void countInBackground();
    QList<EventRow> loadPage() const;
    QVariant displayData(const EventRow &row, int column) const;
    QString toolTip(const EventRow &row) const;
    static QString markText(const EventRow &row);
    static QString markToolTip(const EventRow &row);

    QSqlDatabase m_db;
    EventFilter m_filter;
    QHash<qint64, QString> m_sourceNames; ///< setSourceNames()
    QTimeZone m_zone = QTimeZone::utc();
    QList<EventRow> m_rows;
    /// @brief The counts if they can be had here at once: from the case's totals, or counted
    /// through an index. Empty while the totals are still being counted.
    std::optional<QHash<EvidenceClass, qint64>> countsFor(const EventFilter &filter) const;
    static bool isClassOnly(const EventFilter &filter);

    QHash<EvidenceClass, qint64> m_counts;
    /// Per class for the whole case; counted in the background after each reload.
    std::optional<QHash<EvidenceClass, qint64>> m_caseTotals;
    bool m_atEnd = true;
    bool m_countsPending = false;
    int m_request = 0; ///< tags background counts, so a stale one is dropped
};
