#pragma once

#include "tabletext.h"

#include <QFuture>
#include <QObject>

class QAction;
class QTableView;

/// @brief Copy (Ctrl+C), Copy the cell, Copy the whole table and Export the table as CSV for a
/// table view, from its context menu: the cells as the view shows them — its rows in its order, its
/// columns left to right, hidden ones left out — with their headings, and beneath a table that
/// shows lookups the caveat. Qt's views copy only the cell with the focus. GUI thread only (the
/// cells are read there; a file is written on a worker).
class TableActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableActions)
public:
    enum class Lookups
    {
        Shown,
        NotShown
    };
    /// What the context menu offers besides Copy: the whole table is not offered where the view's
    /// model reads its rows page by page (the events, exported through File → Export events
    /// shown); a file only for the panels' tables (a dialog's table is copied: the command line's
    /// `verify` and `audit` write theirs, and a preview is of no case yet).
    enum class Offer
    {
        Selection,
        WholeTable,
        WholeTableAndFile
    };
    /// @p name says in the audit log which table was exported ("handles", "ips", …); @p fileName
    /// is the file name first offered.
    TableActions(QTableView *view, QString name, QString fileName, Lookups lookups,
                 Offer offer = Offer::WholeTableAndFile);

    /// @brief Puts @p actions, then a separator, at the head of @p view's context menu, before
    /// its Copy actions: what the menu offers for the row itself comes first.
    static void putFirst(QTableView *view, const QList<QAction *> &actions);
    /// @brief The selected rows with their headings; a single cell selected alone, its words.
    void copySelection() const;
    /// @brief The words of the cell with the focus (the one right-clicked).
    void copyCell() const;
    void copyWhole() const;
    struct Written
    {
        QString error; ///< empty when written
        QString sha256;
        int rows = 0;
    };
    /// @brief Writes every row the view shows as CSV to @p path, whole or not at all, on a worker
    /// thread.
    QFuture<Written> exportTo(const QString &path) const;
    /// More rows than this are not copied (the CSV export writes them); more than HtmlRows are
    /// copied as text only.
    static constexpr qsizetype ClipboardRows = 100000;
    static constexpr qsizetype HtmlRows = 10000;
    /// @brief The table's own caveat, written beneath it (after the lookup caveat).
    void setNote(const QString &note) { m_note = note; }

signals:
    /// @brief A table was written to @p path: @p rows rows, @p sha256 of its bytes.
    void exported(const QString &table, const QString &path, int rows, const QString &sha256);

private:
    /// Rows and columns of the model, in the order the view shows them.
    struct Chosen
    {
        QList<int> rows;
        QList<int> columns;
    };
    Chosen selected() const;
    Chosen whole() const;
    TableCells wholeCells() const;
    void chooseFile();
    QList<int> shownColumns() const;
    TableCells cellsOf(const QList<int> &rows, const QList<int> &columns) const;
    void toClipboard(const Chosen &chosen) const;
    static Written writeCsv(const TableCells &cells, const QString &path);
    static QString wordsOf(const QModelIndex &index);

    QTableView *m_view;
    QString m_name;
    QString m_fileName;
    Lookups m_lookups;
    QString m_note;
};
