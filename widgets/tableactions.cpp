#include "tableactions.h"

#include "backgroundpool.h"
#include "filedialogs.h"
#include "hashingwriter.h"
#include "plainmessagebox.h"
#include "whenfinished.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSaveFile>
#include <QSet>
#include <QTableView>
#include <QtConcurrent>

#include <algorithm>

TableActions::TableActions(QTableView *view, QString name, QString fileName, Lookups lookups,
                           Offer offer)
    : QObject(view), m_view(view), m_name(std::move(name)), m_fileName(std::move(fileName)),
      m_lookups(lookups)
{
    // The view's own Ctrl+C copies the one cell with the focus; this shortcut is the view's own,
    // so it is taken before the view sees the key.
    auto *copy = new QAction(tr("&Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TableActions::copySelection);
    auto *copyCell = new QAction(tr("Co&py the cell"), view);
    connect(copyCell, &QAction::triggered, this, &TableActions::copyCell);
    view->addActions({copy, copyCell});
    if (offer != Offer::Selection) {
        auto *copyWhole = new QAction(tr("Copy the &whole table"), view);
        connect(copyWhole, &QAction::triggered, this, &TableActions::copyWhole);
        view->addAction(copyWhole);
    }
    if (offer == Offer::WholeTableAndFile) {
        auto *exportCsv = new QAction(tr("&Export the table as CSV…"), view);
        connect(exportCsv, &QAction::triggered, this, &TableActions::chooseFile);
        view->addAction(exportCsv);
    }
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void TableActions::putFirst(QTableView *view, const QList<QAction *> &actions)
{
    auto *separator = new QAction(view);
    separator->setSeparator(true);
    QAction *first = view->actions().value(0); // null where the view has none yet: appended
    view->insertActions(first, actions);
    view->insertAction(first, separator);
}

QList<int> TableActions::shownColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

TableCells TableActions::cellsOf(const QList<int> &rows, const QList<int> &columns) const
{
    TableCells cells =
        m_view->model() ? TableText::cells(*m_view->model(), rows, columns) : TableCells{};
    cells.showsLookups = m_lookups == Lookups::Shown;
    if (!m_note.isEmpty())
        cells.notes.append(m_note);
    return cells;
}

TableActions::Chosen TableActions::selected() const
{
    Chosen chosen{{}, shownColumns()};
    const QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection)
        return chosen;
    QSet<int> selectedColumns;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        chosen.rows.append(index.row());
        selectedColumns.insert(index.column());
    }
    if (chosen.rows.isEmpty() && selection->currentIndex().isValid())
        chosen.rows.append(selection->currentIndex().row()); // a row with the focus, none selected
    std::sort(chosen.rows.begin(), chosen.rows.end());
    chosen.rows.erase(std::unique(chosen.rows.begin(), chosen.rows.end()), chosen.rows.end());
    // Whole rows where rows are selected; where cells are, the columns they stand in, in the
    // order the view shows them.
    if (m_view->selectionBehavior() != QAbstractItemView::SelectRows && !selectedColumns.isEmpty())
        chosen.columns.removeIf([&](int column) { return !selectedColumns.contains(column); });
    return chosen;
}

TableActions::Chosen TableActions::whole() const
{
    Chosen chosen{{}, shownColumns()};
    const int count = m_view->model() ? m_view->model()->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        if (!m_view->isRowHidden(row))
            chosen.rows.append(row);
    }
    return chosen;
}

TableCells TableActions::wholeCells() const
{
    const Chosen chosen = whole();
    return cellsOf(chosen.rows, chosen.columns);
}

void TableActions::toClipboard(const Chosen &chosen) const
{
    if (chosen.rows.size() > ClipboardRows) {
        // Some hundreds of MB held by the clipboard, and more than a spreadsheet takes.
        PlainMessageBox::warning(
            m_view, tr("Copy"),
            tr("%L1 rows are more than a copy takes (%L2 at most): a spreadsheet holds about a "
               "million rows, a document far fewer. Export the table as CSV writes every row.")
                .arg(chosen.rows.size())
                .arg(ClipboardRows));
        return;
    }
    const TableCells cells = cellsOf(chosen.rows, chosen.columns);
    auto *data = new QMimeData;
    data->setText(TableText::tabSeparated(cells));
    if (cells.rows.size() <= HtmlRows) // a word processor's table of more would not be read
        data->setHtml(TableText::html(cells));
    QGuiApplication::clipboard()->setMimeData(data);
}

void TableActions::copySelection() const
{
    const QModelIndexList indexes =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    // One cell chosen alone (a hash, an address) is copied as its words, as a spreadsheet copies
    // it.
    if (indexes.size() == 1 && m_view->selectionBehavior() != QAbstractItemView::SelectRows)
        QGuiApplication::clipboard()->setText(wordsOf(indexes.constFirst()));
    else
        toClipboard(selected());
}

void TableActions::copyCell() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(wordsOf(current));
}

QString TableActions::wordsOf(const QModelIndex &index)
{
    // As a row's copy writes the cell: a count's warning sign kept.
    return TableText::cells(*index.model(), {index.row()}, {index.column()})
        .rows.constFirst()
        .constFirst();
}

void TableActions::copyWhole() const
{
    toClipboard(whole());
}

TableActions::Written TableActions::writeCsv(const TableCells &cells, const QString &path)
{
    Written written;
    QSaveFile file(path); // a failed export leaves no half-written file behind
    if (!file.open(QIODevice::WriteOnly)) {
        written.error = tr("%1: %2").arg(path, file.errorString());
        return written;
    }
    HashingWriter out(file);
    const QByteArray bytes = TableText::csv(cells);
    if (out.write(bytes) != bytes.size() || !file.commit()) {
        written.error = tr("%1: %2").arg(path, file.errorString());
        return written;
    }
    written.sha256 = out.sha256();
    written.rows = int(cells.rows.size());
    return written;
}

QFuture<TableActions::Written> TableActions::exportTo(const QString &path) const
{
    // The cells are read here, as a model is read on its own thread only (half a second for a
    // million rows); written and hashed on a worker: a million duplicate rows are some 100 MB.
    const TableCells cells = wholeCells();
    return QtConcurrent::run(BackgroundPool::instance(),
                             [cells, path]() { return writeCsv(cells, path); });
}

void TableActions::chooseFile()
{
    const QString path =
        FileDialogs::saveFileName(m_view, tr("Export the table"), FileDialogs::Folder::Exports,
                                  m_fileName, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    whenFinished(this, exportTo(path), [this, path](const Written &written) {
        if (written.error.isEmpty())
            emit exported(m_name, path, written.rows, written.sha256);
        else
            PlainMessageBox::warning(m_view, tr("Export the table"), written.error);
    });
}
