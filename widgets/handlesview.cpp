#include "handlesview.h"

#include "compactheaderview.h"
#include "handletablemodel.h"
#include "itemroles.h"
#include "tableactions.h"

#include <QAction>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

HandlesView::HandlesView(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_loading(new QLabel(this)), m_table(new QTableView(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setPlaceholderText(tr("Search handles and labels…"));
    m_search->setAccessibleName(tr("Search handles and labels"));
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("handleSearch"));
    layout->addWidget(m_search);
    m_loading->setObjectName(QStringLiteral("handlesLoading"));
    m_loading->setText(tr("Counting each handle's events…"));
    m_loading->setVisible(false);
    layout->addWidget(m_loading);
    layout->addWidget(m_table);
    m_table->setObjectName(QStringLiteral("handlesTable"));
    m_table->setAccessibleName(tr("Handles"));
    m_proxy->setSortRole(ItemRoles::RawValueRole);
    m_proxy->setFilterKeyColumn(HandleTableModel::HandleColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setHorizontalHeader(new CompactHeaderView(m_table));
    m_table->setModel(m_proxy);
    new TableActions(m_table, QStringLiteral("handles"), QStringLiteral("handles.csv"),
                     TableActions::Lookups::Shown);
    addMenuActions();
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setToolTip(tr("F2 gives the selected handle a label; double-click selects it everywhere; "
                          "a click on a count lists the events it counts; Ctrl-click adds handles to the timeline."));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // The handle chosen follows the highlight, not the current row alone: Ctrl with an arrow key
    // moves the current row without highlighting it, and the other views showed a handle other
    // than the one highlighted. A current row moved onto a highlighted one chooses it.
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
            chooseHighlighted();
    });
    connect(m_table, &QAbstractItemView::clicked, this, &HandlesView::chooseFigure);
    connect(m_table, &QAbstractItemView::activated, this, &HandlesView::chooseFigure);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        enableMenuActions();
        if (m_syncing)
            return;
        chooseHighlighted();
        emit selectionChanged();
    });
    // A reset (another case, a reload) drops the highlight without a selection change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HandlesView::enableMenuActions);
}

void HandlesView::addMenuActions()
{
    const auto forHandle = [this](const QString &text, void (HandlesView::*wanted)(qint64)) {
        auto *action = new QAction(text, m_table);
        connect(action, &QAction::triggered, this, [this, wanted]() {
            if (const std::optional<qint64> handle = highlightedHandle())
                emit(this->*wanted)(*handle);
        });
        return action;
    };
    auto *label = new QAction(tr("Give it a la&bel…"), m_table);
    // F2 on any cell of the row, not only on the handle's own (the one its label is edited in).
    label->setShortcut(Qt::Key_F2);
    label->setShortcutContext(Qt::WidgetShortcut);
    connect(label, &QAction::triggered, this, &HandlesView::editLabel);
    m_oneHandle = {forHandle(tr("&List its events"), &HandlesView::eventsWanted),
                   forHandle(tr("Draw its &neighbourhood"), &HandlesView::neighbourhoodWanted),
                   label};
    m_timeline = new QAction(tr("Show the &timeline"), m_table);
    connect(m_timeline, &QAction::triggered, this, &HandlesView::timelineWanted);
    TableActions::putFirst(m_table, {m_oneHandle[0], m_timeline, m_oneHandle[1], label});
    enableMenuActions();
}

void HandlesView::enableMenuActions()
{
    // Several highlighted share the timeline; the others are one handle's.
    const qsizetype highlighted =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows().size() : 0;
    for (QAction *action : std::as_const(m_oneHandle))
        action->setEnabled(highlighted == 1);
    m_timeline->setEnabled(highlighted > 0);
}

void HandlesView::editLabel()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_table->edit(current.siblingAtColumn(HandleTableModel::HandleColumn));
}

std::optional<qint64> HandlesView::highlightedHandle() const
{
    // The current row where it is highlighted (the handle last clicked), else the first highlighted.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && m_table->selectionModel()->isRowSelected(current.row()))
        return current.data(ItemRoles::HandleIdRole).toLongLong();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt; // none highlighted: the handle chosen before stays, named in the filter
    return std::min_element(rows.cbegin(), rows.cend(), [](const QModelIndex &a, const QModelIndex &b) {
               return a.row() < b.row();
           })->data(ItemRoles::HandleIdRole).toLongLong();
}

void HandlesView::chooseHighlighted()
{
    const std::optional<qint64> handle = highlightedHandle();
    if (m_syncing || !handle || handle == m_chosen)
        return;
    m_chosen = handle;
    m_choosing = true; // the views that follow select it here again: the highlight stands as it is
    emit handleSelected(*handle);
    m_choosing = false;
}

void HandlesView::chooseFigure(const QModelIndex &index)
{
    // Ctrl- and Shift-clicks gather handles for the timeline; they choose no figure.
    if (QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier))
        return;
    const qint64 handleId = index.data(ItemRoles::HandleIdRole).toLongLong();
    if (const auto counted = HandleTableModel::countedBy(index.column()))
        emit countChosen(handleId, *counted);
    else if (index.column() == HandleTableModel::FirstSeenColumn || index.column() == HandleTableModel::LastSeenColumn)
        emit seenChosen(handleId, index.column() == HandleTableModel::LastSeenColumn);
}

void HandlesView::setModel(HandleTableModel *model)
{
    for (const auto &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    m_chosen.reset();
    m_proxy->setSourceModel(model);
    // Every count beside the handle, the kind after them: it shows in the handle itself, and in a
    // dock of ordinary width it pushed the communications counts out of sight.
    QHeaderView *header = m_table->horizontalHeader();
    if (model && header->visualIndex(HandleTableModel::KindColumn) != HandleTableModel::ConnectionsColumn)
        header->moveSection(header->visualIndex(HandleTableModel::KindColumn), HandleTableModel::ConnectionsColumn);
    m_table->sortByColumn(HandleTableModel::LookupsOutColumn, Qt::DescendingOrder);
    sizeColumns();
    m_columnsSized = model && model->rowCount() > 0;
    m_loading->setVisible(model && model->isLoading());
    if (!model)
        return;
    m_modelConnections.append(connect(model, &HandleTableModel::loadingStarted, m_loading, &QWidget::show));
    m_modelConnections.append(connect(model, &HandleTableModel::loaded, this, &HandlesView::onLoaded));
}

void HandlesView::onLoaded()
{
    m_loading->hide();
    // Sized once, when the first rows are in; later loads keep the widths the analyst set.
    if (!m_columnsSized && m_model->rowCount() > 0) {
        sizeColumns();
        m_columnsSized = true;
    }
}

void HandlesView::sizeColumns()
{
    m_table->resizeColumnsToContents();
    // A long address (a company's e-mail, an account's name) took the dock's width from the
    // counts beside it: the column stops at some thirty characters, the middle of a longer
    // handle elided (its start and end kept, the whole in its tooltip); the analyst may widen it.
    const int widest =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("firstname.lastname@example.com"));
    int width = std::min(m_table->columnWidth(HandleTableModel::HandleColumn), widest);
    // A dock narrower than the handle and the five counts (a laptop's screen, German's wider
    // headings) hid the connections past its edge: the handle column gives way to them, down to
    // a phone number's width (the item delegate's margins around it). A hidden list's width is
    // no dock's: it keeps its handles whole.
    const int room = m_table->viewport()->width() - scrollBarToCome() - countsWidth();
    const int margin =
        m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    const int least =
        m_table->fontMetrics().horizontalAdvance(QStringLiteral("+12025550143")) + 2 * margin;
    if (m_table->isVisible() && width > room)
        width = std::max(room, least);
    m_table->setColumnWidth(HandleTableModel::HandleColumn, width);
}

int HandlesView::scrollBarToCome() const
{
    // The rows just loaded show the vertical scroll bar after this: its width is taken already.
    if (m_table->verticalScrollBar()->isVisible())
        return 0;
    return m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr,
                                         m_table->verticalScrollBar());
}

int HandlesView::countsWidth() const
{
    int width = 0;
    for (int column = HandleTableModel::LookupsOutColumn;
         column <= HandleTableModel::ConnectionsColumn; ++column)
        width += m_table->columnWidth(column);
    return width;
}

QList<qint64> HandlesView::selectedHandleIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(ItemRoles::HandleIdRole).toLongLong());
    return ids;
}

void HandlesView::selectHandle(qint64 handleId)
{
    if (!m_model || m_choosing)
        return;
    m_chosen = handleId;
    const int row = m_model->rowOfHandle(handleId);
    if (row < 0)
        return;
    // The row's cell in the column the analyst is in: moving to its first cell would scroll the
    // list back to the left under the click that chose a count further right.
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.data(ItemRoles::HandleIdRole).toLongLong() == handleId
        && m_table->selectionModel()->selectedRows().size() == 1)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, current.isValid() ? current.column() : 0));
    m_syncing = true;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_syncing = false;
}
