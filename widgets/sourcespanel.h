#pragma once

#include <QWidget>

#include <optional>

class DuplicateRowModel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class RejectedRowModel;
class SourceActions;
class SourceListModel;

/// @brief Imported files with hash, format, zone and row accounting; beside them, the rows of
/// the selected file that are no event of their own: rejected (with the reason) and duplicate
/// (with the event each was linked to), and its description (hash, figures, how it was read).
/// Each figure leads to its rows: a click on "Accepted" asks for the source's events, on
/// "Duplicate" or "Rejected" shows those rows. Its context menu lists a source's events or draws
/// its graph, with its duplicates or without.
class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)
public:
    explicit SourcesPanel(QWidget *parent = nullptr);
    void setModels(SourceListModel *sources, RejectedRowModel *rejected, DuplicateRowModel *duplicates);
    QTableView *sourcesTable() const { return m_sources; }
    QTableView *rejectedTable() const { return m_rejected; }
    QTableView *duplicatesTable() const { return m_duplicates; }
    /// @brief Selects the source @p sourceId, its description shown; false where it is not listed.
    bool showDescriptionOf(qint64 sourceId);

signals:
    /// @brief A source's "Accepted" figure was clicked, or the events of a source or of its
    /// whole file asked for from the context menu: the events stored from @p sourceIds are
    /// wanted, with the duplicates they held where @p withDuplicates.
    void sourceEventsChosen(const QList<qint64> &sourceIds, bool withDuplicates);
    /// @brief The graph of the events of @p sourceIds (a source, or a file's) is wanted, with the
    /// duplicates they held where @p withDuplicates.
    void sourceGraphChosen(const QList<qint64> &sourceIds, bool withDuplicates);
    /// @brief A duplicate row was clicked: the event it was linked to is wanted.
    void eventChosen(qint64 eventId);
    /// @brief A source's first (or, with @p last, last) record clicked.
    void recordChosen(qint64 sourceId, bool last);

private:
    void showSource(const QModelIndex &current);
    void chooseShownSourceAgain();
    bool select(qint64 sourceId);
    void sizeSourceColumns();
    void chooseFigure(const QModelIndex &index);
    void chooseDuplicate(const QModelIndex &index);

    QTableView *m_sources;
    QTabWidget *m_rows;
    QTableView *m_rejected;
    QTableView *m_duplicates;
    QPlainTextEdit *m_description;
    SourceActions *m_actions;
    RejectedRowModel *m_rejectedModel = nullptr;
    DuplicateRowModel *m_duplicateModel = nullptr;
    std::optional<qint64> m_shownSource;
};
