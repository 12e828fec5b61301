#include "sourcespanel.h"

#include "itemroles.h"
#include "rejectedrowmodel.h"
#include "sourcelistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

SourcesPanel::SourcesPanel(QWidget *parent)
    : QWidget(parent), m_sources(new QTableView(this)), m_rejected(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_sources->setObjectName(QStringLiteral("sourcesView"));
    m_rejected->setObjectName(QStringLiteral("rejectedView"));
    for (QTableView *view : {m_sources, m_rejected}) {
        view->verticalHeader()->hide();
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->horizontalHeader()->setStretchLastSection(true);
    }
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Rejected rows of the selected source:"), right));
    rightLayout->addWidget(m_rejected);
    splitter->addWidget(m_sources);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);
}

void SourcesPanel::setModels(SourceListModel *sources, RejectedRowModel *rejected)
{
    m_sources->setModel(sources);
    m_rejected->setModel(rejected);
    m_rejectedModel = rejected;
    if (!sources)
        return;
    m_sources->resizeColumnsToContents();
    m_rejected->resizeColumnsToContents(); // before a source is chosen, the headers' own widths
    // A source imported later ("3 communications · 1 connection") is sized as the first ones were.
    connect(sources, &QAbstractItemModel::modelReset, m_sources, &QTableView::resizeColumnsToContents);
    connect(m_sources->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_rejectedModel)
            m_rejectedModel->setSource(current.isValid() ? std::optional<qint64>(current.data(ItemRoles::SourceIdRole).toLongLong())
                                                         : std::nullopt);
        m_rejected->resizeColumnsToContents();
    });
}
