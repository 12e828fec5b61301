#include "tableactions.h"

#include "filedialogs.h"
#include "hashingwriter.h"
#include "plainmessagebox.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QSaveFile>
#include <QTableView>

#include <algorithm>

TableActions::TableActions(QTableView *view, QString name, QString fileName, Lookups lookups,
                           Offer offer)
    : QObject(view), m_view(view), m_name(std::move(name)), m_fileName(std::move(fileName)),
      m_lookups(lookups), m_copy(new QAction(tr("&Copy"), view))
{
    // The view's own Ctrl+C copies the one cell with the focus; this shortcut is the view's own,
    // so it is taken before the view sees the key.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copy, &QAction::triggered, this, &TableActions::copySelection);
    auto *copyCell = new QAction(tr("Copy the c&ell"), view);
    connect(copyCell, &QAction::triggered, this, &TableActions::copyCell);
    view->addActions({m_copy, copyCell});
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

TableCells TableActions::selectedCells() const
{
    const QItemSelectionModel *selection = m_view->selectionModel();
    if (!selection)
        return cellsOf({}, shownColumns());
    QList<int> rows;
    QList<int> selectedColumns;
    for (const QModelIndex &index : selection->selectedIndexes()) {
        rows.append(index.row());
        selectedColumns.append(index.column());
    }
    if (rows.isEmpty() && selection->currentIndex().isValid())
        rows.append(selection->currentIndex().row()); // a row with the focus, none selected
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // Whole rows where rows are selected; where cells are, the columns they stand in, in the
    // order the view shows them.
    QList<int> columns = shownColumns();
    if (m_view->selectionBehavior() != QAbstractItemView::SelectRows && !selectedColumns.isEmpty())
        columns.removeIf([&](int column) { return !selectedColumns.contains(column); });
    return cellsOf(rows, columns);
}

TableCells TableActions::wholeCells() const
{
    QList<int> rows;
    const int count = m_view->model() ? m_view->model()->rowCount() : 0;
    for (int row = 0; row < count; ++row) {
        if (!m_view->isRowHidden(row))
            rows.append(row);
    }
    return cellsOf(rows, shownColumns());
}

void TableActions::toClipboard(const TableCells &cells)
{
    auto *data = new QMimeData;
    data->setText(TableText::tabSeparated(cells));
    data->setHtml(TableText::html(cells));
    QGuiApplication::clipboard()->setMimeData(data);
}

void TableActions::copySelection() const
{
    const QModelIndexList selected =
        m_view->selectionModel() ? m_view->selectionModel()->selectedIndexes() : QModelIndexList();
    // One cell chosen alone (a hash, an address) is copied as its words, as a spreadsheet copies
    // it.
    if (selected.size() == 1 && m_view->selectionBehavior() != QAbstractItemView::SelectRows)
        QGuiApplication::clipboard()->setText(selected.constFirst().data().toString());
    else
        toClipboard(selectedCells());
}

void TableActions::copyCell() const
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        QGuiApplication::clipboard()->setText(current.data().toString());
}

void TableActions::copyWhole() const
{
    toClipboard(wholeCells());
}

TableActions::Written TableActions::exportTo(const QString &path) const
{
    Written written;
    QSaveFile file(path); // a failed export leaves no half-written file behind
    if (!file.open(QIODevice::WriteOnly)) {
        written.error = tr("%1: %2").arg(path, file.errorString());
        return written;
    }
    HashingWriter out(file);
    const TableCells cells = wholeCells();
    const QByteArray bytes = TableText::csv(cells);
    if (out.write(bytes) != bytes.size() || !file.commit()) {
        written.error = tr("%1: %2").arg(path, file.errorString());
        return written;
    }
    written.sha256 = out.sha256();
    written.rows = int(cells.rows.size());
    return written;
}

void TableActions::chooseFile()
{
    const QString path =
        FileDialogs::saveFileName(m_view, tr("Export the table"), FileDialogs::Folder::Exports,
                                  m_fileName, tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    const Written written = exportTo(path);
    if (!written.error.isEmpty()) {
        PlainMessageBox::warning(m_view, tr("Export the table"), written.error);
        return;
    }
    emit exported(m_name, path, written.rows, written.sha256);
}
