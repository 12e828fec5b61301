#pragma once

#include "casequeries.h"
#include "sourcerelations.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSqlDatabase>
#include <QTimeZone>

/// @brief The imported files of a case with their hash, format, zone and row accounting.
/// GUI thread only.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)
public:
    enum Column { NameColumn, FormatColumn, ZoneColumn, AcceptedColumn, DuplicateColumn, RejectedColumn,
                  FirstRecordColumn, LastRecordColumn, Sha256Column, ColumnCount };

    explicit SourceListModel(QSqlDatabase db, QObject *parent = nullptr);
    void reload();
    /// @brief The zone the first and last record's times are shown in (and their headings name).
    void setDisplayZone(const QTimeZone &zone);
    const SourceRow *sourceAt(int row) const;
    /// @brief Every source, as read at the last reload.
    const QList<SourceRow> &sources() const { return m_sources; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// @brief What the description says of how @p source was read and what was found of its
    /// records (its encoding, parts left out, records found in other sources, ...), a line each,
    /// after the file, its hashes and its rows: shown by the GUI's description and `sources`.
    /// @p all, the case's sources, say which of them found this one's records.
    static QStringList notes(const SourceRow &source, const QList<SourceRow> &all = {});
    /// @brief The same, the case's sources read once beforehand: for a description of each.
    static QStringList notes(const SourceRow &source, const SourceRelations &relations);
    /// @brief Whether @p source's accepted count holds records that stand in another source too:
    /// found by its own import's check, or by a later source's.
    static bool foundElsewhere(const SourceRow &source, const SourceRelations &relations);
    /// @brief Whether parts of @p source's file were not read: a worksheet, a delivery, what
    /// followed damage to its container or the end of a compressed stream cut short.
    static bool partsUnread(const SourceRow &source);
    /// @brief Each of @p all's names as lists show it, by its id: its shown name, with its number
    /// where another source has that name too (a file imported again).
    static QHash<qint64, QString> listedNames(const QList<SourceRow> &all);
    /// @brief Why no event was stored from the sources @p ids (of @p all): their records were
    /// held before by other sources (their duplicates), their rows rejected, or they held none.
    enum class NothingStored
    {
        RecordsHeldBefore,
        RowsRejected,
        NoRecord
    };
    /// @brief Why the sources @p ids stored no event of their own; std::nullopt where they stored
    /// some, or none is given.
    static std::optional<NothingStored> nothingStored(const QList<qint64> &ids,
                                                      const QList<SourceRow> &all);
    /// @brief Whether the sources @p ids stored events and every one a connection (a login log):
    /// no edge of the graph, which draws lookups and communications.
    static bool storedConnectionsOnly(const QList<qint64> &ids, const QList<SourceRow> &all);
    /// @brief The names of the sources whose name another source has too, numbered as in
    /// listedNames(); the others are not in it.
    static QHash<qint64, QString> numberedNames(const QList<SourceRow> &all);

private:
    QVariant displayData(const SourceRow &source, int column) const;
    QVariant rawData(const SourceRow &source, int column) const;
    /// @brief How the source's times were read: the zone, format and order they were read in.
    static QStringList timeNotes(const SourceRow &source);
    /// @brief How its text was read: encoding, characters replaced, line ends, blank lines.
    static QStringList textNotes(const QJsonObject &metadata);
    /// @brief What its cells hold beside their values: hidden rows, formulas, handles written
    /// oddly.
    static QStringList cellNotes(const QJsonObject &metadata);
    /// @brief What was found once it was read: returns joined into it, records found elsewhere.
    static QStringList laterNotes(const SourceRow &source, const SourceRelations &relations);
    /// @brief What of its file was not read, and what was decrypted to read it.
    static QStringList unreadNotes(const QJsonObject &metadata);
    /// @brief Where @p source's file gave several sources (a return's pages, a workbook's
    /// worksheets, a ZIP's tables): the file's rows, the sum of theirs, as its import counted
    /// them. Empty otherwise.
    static QString fileNote(const SourceRow &source, const SourceRelations &relations);
    /// @brief "14 rows read: 8 accepted (6 communications · 2 connections), 5 duplicate, 1
    /// rejected": the rows of @p counts (a source, or a file's sources summed).
    static QString rowsText(const SourceRow &counts);
    /// @brief What later sources found of @p source's records: a line for each that did.
    static QStringList foundByOthers(const SourceRow &source, const SourceRelations &relations);
    QString toolTip(const SourceRow &source) const;

    QSqlDatabase m_db;
    QTimeZone m_zone = QTimeZone::utc();
    QList<SourceRow> m_sources;
    SourceRelations m_relations;    ///< of m_sources, for their descriptions
    QHash<qint64, QString> m_names; ///< listedNames(m_sources)
    QSet<qint64> m_countCaveats; ///< the sources whose count foundElsewhere() or partsUnread() qualifies
    /// The sources whose first record is dated before the period they state, and whose last after
    /// it (SourcePeriods::recordsOutsideStated), by column: their cells are marked.
    QSet<qint64> m_recordsBefore;
    QSet<qint64> m_recordsAfter;
    /// @brief Whether the cell at @p column of @p source carries a warning sign.
    bool marked(const SourceRow &source, int column) const;
    /// @brief A marked cell's figure and its sign, in words; none for a cell not marked.
    QVariant accessibleText(const SourceRow &source, int column) const;
};
