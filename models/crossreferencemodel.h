#pragma once

#include "casequeries.h"
#include "sourceperiods.h"

#include <QAbstractTableModel>
#include <QTimeZone>

/// @brief Lookups and communications between two handles side by side in time order, with
/// the time from each lookup to the next communication between them. A temporal sequence
/// only: it never says one caused the other. GUI thread only.
class CrossReferenceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossReferenceModel)
public:
    enum Column { TimeColumn, LookupColumn, CommunicationColumn, GapColumn, SourceColumn, ColumnCount };

    explicit CrossReferenceModel(QSqlDatabase db, QObject *parent = nullptr);
    void setPair(std::optional<qint64> handleA, std::optional<qint64> handleB);
    void setDisplayZone(const QTimeZone &zone);
    /// @brief The names shown for the sources whose name another source has too (a file imported
    /// again), by id: SourceListModel::numberedNames(). The others show their own.
    void setSourceNames(const QHash<qint64, QString> &names);
    /// @brief Milliseconds from the lookup in @p row to the next communication, if any.
    std::optional<qint64> gapAfterLookup(int row) const;
    /// @brief The row of the first communication after the lookup in @p row, or -1: the event
    /// behind that row's gap.
    int nextCommunicationRow(int row) const;
    /// @brief A stretch between returns after the lookup in @p row and before the next
    /// communication (or, with none after it, anywhere after it): no source of the pair's events
    /// covers it, so an earlier communication may be missing from these records. None otherwise.
    std::optional<PeriodGap> gapBeforeNext(int row) const;
    const EventRow *eventAt(int row) const;
    /// @brief Where a handle of the pair is no one party (a withheld number's words, a masked
    /// number), why no lookup is measured to a communication; empty otherwise.
    QString noOnePartyNote() const { return m_noOnePartyNote; }
    static QString formatGap(qint64 ms);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString describe(const EventRow &e) const;
    static QString noOnePartyNoteOf(const QList<EventRow> &rows);
    /// The gaps between the periods of the sources of m_rows.
    void readGaps();
    QString gapText(int row) const;
    QString gapToolTip(int row) const;

    QSqlDatabase m_db;
    QList<EventRow> m_rows;
    QList<int> m_nextCommunication; ///< per row: the row of the next communication after a lookup, or -1
    QString m_noOnePartyNote;
    QList<PeriodGap> m_gaps; ///< between the periods of the sources of the pair's events
    QHash<qint64, QString> m_sourceNames; ///< the gaps' sources, by id
    QHash<qint64, QString> m_numberedNames; ///< setSourceNames()
    QTimeZone m_zone = QTimeZone::utc();
};
