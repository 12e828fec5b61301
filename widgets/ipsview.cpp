#include "ipsview.h"

#include "compactheaderview.h"
#include "iptablemodel.h"
#include "itemroles.h"
#include "tableactions.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

/// Text search over every column, "only this handle", and an icon beside address flags.
class IpFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setHandle(const QString &handle)
    {
        m_handle = handle;
        invalidateFilter();
    }
    void setHandleOnly(bool on)
    {
        m_handleOnly = on;
        invalidateFilter();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole && index.column() == IpTableModel::FlagsColumn
            && !QSortFilterProxyModel::data(index, Qt::DisplayRole).toString().isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_handleOnly) {
            const QStringList handles = sourceModel()->index(row, 0, parent).data(IpTableModel::HandlesRole).toStringList();
            if (!handles.contains(m_handle))
                return false;
        }
        if (QSortFilterProxyModel::filterAcceptsRow(row, parent))
            return true;
        // The handles cell shows only the first few of an address's handles: search them all,
        // and the other ways the records wrote the address.
        const QModelIndex handles = sourceModel()->index(row, IpTableModel::HandlesColumn, parent);
        const QStringList writings = handles.data(IpTableModel::OtherWritingsRole).toStringList();
        return handles.data(ItemRoles::RawValueRole).toString().contains(filterRegularExpression())
               || !writings.filter(filterRegularExpression()).isEmpty();
    }

private:
    QString m_handle;
    bool m_handleOnly = false;
};

IpsView::IpsView(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_onlyHandle(new QCheckBox(tr("Only the selected handle's IPs"), this)),
      m_database(new QComboBox(this)), m_table(new QTableView(this)), m_proxy(new IpFilterProxy(this))
{
    setObjectName(QStringLiteral("ipsView"));
    m_search->setAccessibleName(tr("Search IPs, handles, places"));
    m_database->setAccessibleName(tr("Database the places are from"));
    m_table->setAccessibleName(tr("Client IPs"));
    m_search->setPlaceholderText(tr("Search IPs, handles, places…"));
    m_search->setClearButtonEnabled(true);
    m_database->setToolTip(tr("The database whose country, city and ASN the table shows"));
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(ItemRoles::RawValueRole);
    m_table->setHorizontalHeader(new CompactHeaderView(m_table));
    m_table->setModel(m_proxy);
    new TableActions(m_table, QStringLiteral("ips"), QStringLiteral("client-ips.csv"),
                     TableActions::Lookups::Shown);
    addMenuActions();
    m_table->setSortingEnabled(true);
    // In address order at first: a header's own first order is descending.
    m_table->sortByColumn(IpTableModel::IpColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_onlyHandle);
    auto *databaseLabel = new QLabel(tr("Places from:"), this);
    databaseLabel->setBuddy(m_database); // a screen reader on Linux names a combo box by its label
    top->addWidget(databaseLabel);
    top->addWidget(m_database);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_onlyHandle, &QCheckBox::toggled, m_proxy, [this](bool on) { m_proxy->setHandleOnly(on); });
    connect(m_database, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_model && !m_syncing)
            m_model->setPlaceDatabase(m_database->itemData(index).toString());
    });
    m_onlyHandle->setEnabled(false);
    m_table->setToolTip(tr("Double-click an address to list its events, each with its source line; "
                           "a click on a count lists the events it counts"));
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const IpSummary *ip = m_model ? m_model->ipAt(m_proxy->mapToSource(index).row()) : nullptr;
        if (const auto cls = IpTableModel::classCounted(index.column()); ip && cls)
            emit ipCountChosen(ip->ip, *cls);
        else if (ip && (index.column() == IpTableModel::FirstSeenColumn || index.column() == IpTableModel::LastSeenColumn))
            emit ipSeenChosen(ip->ip, index.column() == IpTableModel::LastSeenColumn);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const IpSummary *ip = m_model ? m_model->ipAt(m_proxy->mapToSource(index).row()) : nullptr)
            emit ipActivated(ip->ip);
    });
}

void IpsView::addMenuActions()
{
    const auto forIp = [this](const QString &text, void (IpsView::*wanted)(const QString &)) {
        auto *action = new QAction(text, m_table);
        connect(action, &QAction::triggered, this, [this, wanted]() {
            if (const QString ip = highlightedIp(); !ip.isEmpty())
                emit(this->*wanted)(ip);
        });
        return action;
    };
    m_menu = {forIp(tr("&List its events"), &IpsView::eventsWanted),
              forIp(tr("Show it on the &map"), &IpsView::mapWanted),
              forIp(tr("Show its &details"), &IpsView::detailsWanted)};
    TableActions::putFirst(m_table, m_menu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IpsView::enableMenuActions);
    // A reset (a reload, another case) drops the highlight without a selection change.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &IpsView::enableMenuActions);
    enableMenuActions();
}

void IpsView::enableMenuActions()
{
    const bool highlighted = !highlightedIp().isEmpty();
    for (QAction *action : std::as_const(m_menu))
        action->setEnabled(highlighted);
}

QString IpsView::highlightedIp() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const IpSummary *ip = m_model && !rows.isEmpty()
                              ? m_model->ipAt(m_proxy->mapToSource(rows.first()).row())
                              : nullptr;
    return ip ? ip->ip : QString();
}

void IpsView::setModel(IpTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_proxy->setSourceModel(model);
    putCountsBesideTheAddress();
    if (m_table->selectionModel())
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IpsView::onCurrentChanged);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &IpsView::refreshDatabases);
    refreshDatabases();
}

void IpsView::putCountsBesideTheAddress()
{
    // The counts of every class beside the address and its flags, as the handles' list has them,
    // its dates after: beside the provenance on a laptop's screen the connections lay past the
    // list's edge. Copies and exports of the list keep the order shown, as the handles' do.
    if (!m_model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    int to = header->visualIndex(IpTableModel::FlagsColumn);
    for (const int count : {IpTableModel::LookupsColumn, IpTableModel::CommunicationsColumn,
                            IpTableModel::ConnectionsColumn})
        header->moveSection(header->visualIndex(count), ++to);
}

void IpsView::refreshDatabases()
{
    m_syncing = true;
    m_database->clear();
    m_database->addItem(tr("first that places it"), QString());
    if (m_model) {
        for (const QString &name : m_model->databases())
            m_database->addItem(name, name);
        m_database->setCurrentIndex(qMax(0, m_database->findData(m_model->placeDatabase())));
    }
    m_syncing = false;
    m_table->resizeColumnsToContents();
}

void IpsView::setSelectedHandle(const QString &normalized)
{
    m_proxy->setHandle(normalized);
    m_onlyHandle->setEnabled(!normalized.isEmpty());
    m_onlyHandle->setText(normalized.isEmpty() ? tr("Only the selected handle's IPs")
                                               : tr("Only %1's IPs").arg(normalized));
}

void IpsView::selectIp(const QString &ip)
{
    if (!m_model)
        return;
    // The row's cell in the column the analyst is in, as the handles' list keeps it: moving to
    // its first cell scrolled a list narrower than its columns back to the left between the press
    // and the release of a click on a count further right, and the click chose nothing.
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(
        m_model->rowOfIp(ip), current.isValid() ? m_proxy->mapToSource(current).column() : 0));
    if (index.isValid() && index == current &&
        m_table->selectionModel()->selectedRows().size() == 1)
        return;
    m_syncing = true;
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
}

int IpsView::visibleRows() const
{
    return m_proxy->rowCount();
}

void IpsView::onCurrentChanged()
{
    if (m_syncing || !m_model)
        return;
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (const IpSummary *ip = m_model->ipAt(current.row()))
        emit ipSelected(ip->ip);
}
