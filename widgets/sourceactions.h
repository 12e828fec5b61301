#pragma once

#include <QObject>

#include <optional>

class QAction;
class QModelIndex;
class QTableView;

/// @brief What the Sources list's context menu offers for the source highlighted, before its
/// Copy actions: its events listed or its graph drawn, each also with the events it held again
/// that another source stored first (its duplicates), and each of its whole file where the file
/// gave several sources (a return's pages, a workbook's worksheets). The with-duplicates pair is
/// greyed out for a source that held none, the whole-file pair for a file of one source, all
/// where no source is highlighted. GUI thread only.
class SourceActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceActions)
public:
    /// @brief Puts the actions at the head of @p view's context menu (its actions).
    explicit SourceActions(QTableView *view);
    /// @brief The source the actions are for: @p row's (any of its cells), none where invalid.
    void setSource(const QModelIndex &row);

signals:
    /// @brief The events of @p sourceIds (a source, or a file's) are wanted, with the
    /// duplicates they held where @p withDuplicates.
    void eventsChosen(const QList<qint64> &sourceIds, bool withDuplicates);
    /// @brief The graph of @p sourceIds (a source, or a file's) is wanted, with the duplicates
    /// they held where @p withDuplicates.
    void graphChosen(const QList<qint64> &sourceIds, bool withDuplicates);

private:
    enum class Scope
    {
        Source,
        SourceWithDuplicates,
        File
    };
    using Wanted = void (SourceActions::*)(const QList<qint64> &, bool);
    QAction *add(const QString &text, Wanted wanted, Scope scope);
    /// @brief The sources of the highlighted source's file, itself among them; none where no
    /// source is highlighted.
    static QList<qint64> fileOf(const QModelIndex &row);
    void nameFileActions();

    QTableView *m_view;
    QList<QAction *> m_stored;     ///< those of the events stored from the source
    QList<QAction *> m_duplicates; ///< those with its duplicates
    QList<QAction *> m_file;       ///< those of its whole file
    std::optional<qint64> m_source;
    QList<qint64> m_fileSources;
};
