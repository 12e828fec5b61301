#include "sourcespanel.h"

#include "countcaveatdelegate.h"
#include "duplicaterowmodel.h"
#include "itemroles.h"
#include "rejectedrowmodel.h"
#include "sourceactions.h"
#include "sourcelistmodel.h"
#include "tableactions.h"

#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SourcesPanel::SourcesPanel(QWidget *parent)
    : QWidget(parent), m_sources(new QTableView(this)), m_rows(new QTabWidget(this)),
      m_rejected(new QTableView(this)), m_duplicates(new QTableView(this)),
      m_description(new QPlainTextEdit(this)), m_actions(nullptr)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_sources->setObjectName(QStringLiteral("sourcesView"));
    m_rejected->setObjectName(QStringLiteral("rejectedView"));
    m_duplicates->setObjectName(QStringLiteral("duplicatesView"));
    m_sources->setAccessibleName(tr("Sources"));
    m_rejected->setAccessibleName(tr("Rejected rows of the selected source"));
    m_duplicates->setAccessibleName(tr("Duplicate rows of the selected source"));
    for (QTableView *view : {m_sources, m_rejected, m_duplicates}) {
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    new TableActions(m_sources, QStringLiteral("sources"), QStringLiteral("sources.csv"),
                     TableActions::Lookups::Shown);
    m_actions = new SourceActions(m_sources);
    connect(m_actions, &SourceActions::eventsChosen, this, &SourcesPanel::sourceEventsChosen);
    connect(m_actions, &SourceActions::graphChosen, this, &SourcesPanel::sourceGraphChosen);
    new TableActions(m_rejected, QStringLiteral("rejected"), QStringLiteral("rejected-rows.csv"),
                     TableActions::Lookups::NotShown);
    new TableActions(m_duplicates, QStringLiteral("duplicates"),
                     QStringLiteral("duplicate-rows.csv"), TableActions::Lookups::Shown);
    // One source at a time, the one highlighted: its rows and description below follow it.
    m_sources->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sources->setTextElideMode(Qt::ElideMiddle);
    m_sources->setToolTip(tr("A click on a figure shows its rows: the events accepted, the duplicate or the rejected rows."));
    m_sources->setItemDelegateForColumn(SourceListModel::AcceptedColumn, new CountCaveatDelegate(m_sources));
    // A first or last record dated outside the period the source states is marked the same way.
    m_sources->setItemDelegateForColumn(SourceListModel::FirstRecordColumn,
                                        new CountCaveatDelegate(m_sources));
    m_sources->setItemDelegateForColumn(SourceListModel::LastRecordColumn,
                                        new CountCaveatDelegate(m_sources));
    m_rows->setObjectName(QStringLiteral("sourceRowsTabs"));
    m_rows->setAccessibleName(tr("The selected source's rows"));
    m_rows->addTab(m_rejected, QString());
    m_rows->addTab(m_duplicates, QString());
    // What a source's tooltip says, where the keyboard reaches it and its words can be copied: the
    // file's hash, how it was read, what was left out.
    m_description->setObjectName(QStringLiteral("sourceDescription"));
    m_description->setAccessibleName(tr("Description of the selected source"));
    m_description->setReadOnly(true);
    m_description->setPlaceholderText(tr("Select a source to see its file, its hash and how it was read."));
    m_rows->addTab(m_description, tr("Description"));
    m_rows->setTabToolTip(0, tr("The rows of the selected source that were rejected, each with the reason"));
    m_rows->setTabToolTip(1, tr("The rows of the selected source that repeat an event stored before, each with that event"));
    m_rows->setTabToolTip(2, tr("The selected source's file, its SHA-256, its figures and how it was read"));
    showSource({});
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("The selected source's rows that are no event of their own, and its description:"), right);
    heading->setWordWrap(true); // the list of sources keeps its width
    rightLayout->addWidget(heading);
    rightLayout->addWidget(m_rows);
    splitter->addWidget(m_sources);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
    connect(m_sources, &QAbstractItemView::clicked, this, &SourcesPanel::chooseFigure);
    connect(m_sources, &QAbstractItemView::activated, this, &SourcesPanel::chooseFigure);
    connect(m_duplicates, &QAbstractItemView::clicked, this, &SourcesPanel::chooseDuplicate);
    connect(m_duplicates, &QAbstractItemView::activated, this, &SourcesPanel::chooseDuplicate);
}

void SourcesPanel::setModels(SourceListModel *sources, RejectedRowModel *rejected, DuplicateRowModel *duplicates)
{
    m_sources->setModel(sources);
    m_rejected->setModel(rejected);
    m_duplicates->setModel(duplicates);
    m_rejectedModel = rejected;
    m_duplicateModel = duplicates;
    showSource({});
    if (!sources)
        return;
    sizeSourceColumns();
    // Before a source is chosen, the headers' own widths.
    m_rejected->resizeColumnsToContents();
    m_duplicates->resizeColumnsToContents();
    // A source imported later ("3 communications · 1 connection") is sized as the first ones were.
    connect(sources, &QAbstractItemModel::modelReset, this, &SourcesPanel::sizeSourceColumns);
    // An import (this window's or another program's) reloads the list, and a reset clears the
    // highlight without a word: the source described below is chosen again, by its id.
    connect(sources, &QAbstractItemModel::modelReset, this, &SourcesPanel::chooseShownSourceAgain);
    // The selection, not the current row: Ctrl with an arrow key moves the current row alone, and
    // the panel described a source other than the one highlighted.
    connect(m_sources->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const QModelIndexList rows = m_sources->selectionModel()->selectedRows();
        showSource(rows.isEmpty() ? QModelIndex() : rows.first());
    });
}

void SourcesPanel::sizeSourceColumns()
{
    m_sources->resizeColumnsToContents();
    // A file read inside a return ("return.zip › …-delivery-1.zip › records.html") is named
    // whole in its tooltip and description; sized to it, its column pushed the row's duplicate
    // and rejected counts out of sight. Held to a width, it wraps, or is cut in its middle: the
    // return and the file read stay in sight.
    const int widest = m_sources->fontMetrics().averageCharWidth() * 36;
    if (m_sources->columnWidth(SourceListModel::NameColumn) > widest)
        m_sources->setColumnWidth(SourceListModel::NameColumn, widest);
}

void SourcesPanel::showSource(const QModelIndex &current)
{
    const std::optional<qint64> sourceId =
        current.isValid() ? std::optional<qint64>(current.data(ItemRoles::SourceIdRole).toLongLong()) : std::nullopt;
    m_shownSource = sourceId;
    m_actions->setSource(current);
    if (m_rejectedModel)
        m_rejectedModel->setSource(sourceId);
    if (m_duplicateModel)
        m_duplicateModel->setSource(sourceId);
    m_rejected->resizeColumnsToContents();
    m_duplicates->resizeColumnsToContents();
    const auto rows = [](const QTableView *view) { return view->model() ? view->model()->rowCount() : 0; };
    m_rows->setTabText(0, tr("Rejected (%L1)").arg(rows(m_rejected)));
    m_rows->setTabText(1, tr("Duplicate (%L1)").arg(rows(m_duplicates)));
    m_description->setPlainText(current.isValid() ? current.siblingAtColumn(0).data(ItemRoles::DescriptionRole).toString() : QString());
}

void SourcesPanel::chooseShownSourceAgain()
{
    // The selection's change shows it again, its description as the reload has it.
    if (!m_shownSource || !select(*m_shownSource))
        showSource({});
}

bool SourcesPanel::select(qint64 sourceId)
{
    const QAbstractItemModel *model = m_sources->model();
    for (int row = 0; model && row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ItemRoles::SourceIdRole).toLongLong() == sourceId) {
            m_sources->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_sources->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            return true;
        }
    }
    return false;
}

bool SourcesPanel::showDescriptionOf(qint64 sourceId)
{
    if (!select(sourceId))
        return false;
    m_sources->scrollTo(m_sources->selectionModel()->currentIndex());
    m_rows->setCurrentWidget(m_description);
    return true;
}

void SourcesPanel::chooseFigure(const QModelIndex &index)
{
    switch (index.column()) {
    case SourceListModel::AcceptedColumn:
        emit sourceEventsChosen({index.data(ItemRoles::SourceIdRole).toLongLong()}, false);
        break;
    case SourceListModel::RejectedColumn:
        m_rows->setCurrentWidget(m_rejected);
        break;
    case SourceListModel::DuplicateColumn:
        m_rows->setCurrentWidget(m_duplicates);
        break;
    case SourceListModel::FirstRecordColumn:
    case SourceListModel::LastRecordColumn:
        emit recordChosen(index.data(ItemRoles::SourceIdRole).toLongLong(),
                          index.column() == SourceListModel::LastRecordColumn);
        break;
    default:
        break;
    }
}

void SourcesPanel::chooseDuplicate(const QModelIndex &index)
{
    if (index.isValid())
        emit eventChosen(index.data(ItemRoles::EventIdRole).toLongLong());
}
