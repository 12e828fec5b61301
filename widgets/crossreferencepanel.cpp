#include "crossreferencepanel.h"

#include "crossreferencemodel.h"
#include "evidenceclassdelegate.h"
#include "itemroles.h"
#include "tableactions.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

CrossReferencePanel::CrossReferencePanel(QWidget *parent)
    : QWidget(parent), m_first(new QLabel(this)), m_noOneParty(new QLabel(this)), m_second(new QComboBox(this)),
      m_table(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pair = new QHBoxLayout;
    pair->addWidget(m_first);
    pair->addWidget(new QLabel(tr("and"), this));
    m_second->setObjectName(QStringLiteral("crossSecond"));
    m_second->setAccessibleName(tr("Second handle"));
    pair->addWidget(m_second, 1);
    layout->addLayout(pair);
    const QString sequenceCaveat =
        tr("A temporal sequence only: a communication after a lookup does not show that "
           "the lookup caused it, and a lookup does not show that any contact took place.");
    auto *caveat = new QLabel(sequenceCaveat, this);
    caveat->setTextFormat(Qt::PlainText);
    QFont italic = caveat->font();
    italic.setItalic(true);
    caveat->setFont(italic);
    caveat->setWordWrap(true);
    caveat->setObjectName(QStringLiteral("crossCaveat"));
    layout->addWidget(caveat);
    for (QLabel *label :
         {m_first, m_noOneParty}) // a handle and parties' words as written, never markup
        label->setTextFormat(Qt::PlainText);
    m_noOneParty->setObjectName(QStringLiteral("crossNoOneParty"));
    m_noOneParty->setWordWrap(true);
    m_noOneParty->hide();
    layout->addWidget(m_noOneParty);
    m_table->setObjectName(QStringLiteral("crossTable"));
    m_table->setAccessibleName(tr("Lookups and communications of the two handles"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *actions =
        new TableActions(m_table, QStringLiteral("cross-reference"),
                         QStringLiteral("cross-reference.csv"), TableActions::Lookups::Shown);
    // A copy says what the sequence does not show, as the panel does.
    actions->setNote(sequenceCaveat);
    layout->addWidget(m_table);
    m_first->setText(tr("Select a handle"));
    m_table->setToolTip(tr("Click a row to see its source line in the provenance panel"));
    addRowActions();
    connect(m_table, &QAbstractItemView::clicked, this, &CrossReferencePanel::chooseRow);
    connect(m_table, &QAbstractItemView::activated, this, &CrossReferencePanel::chooseRow);
    connect(m_second, &QComboBox::currentIndexChanged, this, [this]() {
        const QVariant data = m_second->currentData();
        emit pairChanged(m_firstId, data.isValid() ? std::optional<qint64>(data.toLongLong()) : std::nullopt);
    });
}

void CrossReferencePanel::addRowActions()
{
    m_pairEvents = new QAction(tr("&List the two handles' events"), m_table);
    m_source = new QAction(tr("Show its &source"), m_table);
    connect(m_pairEvents, &QAction::triggered, this, [this]() {
        const QVariant second = m_second->currentData();
        emit pairEventsWanted(m_firstId,
                              second.isValid() ? std::optional(second.toLongLong()) : std::nullopt,
                              highlightedEvent());
    });
    connect(m_source, &QAction::triggered, this, [this]() {
        if (const qint64 id = highlightedEvent())
            emit sourceWanted(id);
    });
    TableActions::putFirst(m_table, {m_pairEvents, m_source});
    connect(m_second, &QComboBox::currentIndexChanged, this,
            &CrossReferencePanel::updateRowActions);
    updateRowActions();
}

void CrossReferencePanel::updateRowActions()
{
    // A pair with no event between them has none to list.
    m_pairEvents->setEnabled(m_firstId && m_second->currentData().isValid() && m_model &&
                             m_model->rowCount() > 0);
    m_source->setEnabled(highlightedEvent() != 0);
}

qint64 CrossReferencePanel::highlightedEvent() const
{
    const QItemSelectionModel *selection = m_table->selectionModel();
    const QModelIndexList rows = selection ? selection->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? 0 : rows.first().data(ItemRoles::EventIdRole).toLongLong();
}

void CrossReferencePanel::setModel(CrossReferenceModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    m_noOneParty->hide(); // no case, or another one's: nothing to say until a pair is chosen
    updateRowActions();
    if (!model) // the case closed
        return;
    connect(model, &QAbstractItemModel::modelReset, this, [this]() {
        m_noOneParty->setText(m_model->noOnePartyNote());
        m_noOneParty->setVisible(!m_noOneParty->text().isEmpty());
        updateRowActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CrossReferencePanel::updateRowActions);
}

void CrossReferencePanel::chooseRow(const QModelIndex &index)
{
    if (!index.isValid() || !m_model)
        return;
    // A lookup's gap leads to the communication it is measured to, which becomes the row chosen.
    const int next = index.column() == CrossReferenceModel::GapColumn ? m_model->nextCommunicationRow(index.row()) : -1;
    const QModelIndex chosen = next >= 0 ? m_model->index(next, 0) : index;
    if (chosen != index)
        m_table->setCurrentIndex(chosen);
    emit eventChosen(chosen.data(ItemRoles::EventIdRole).toLongLong());
}

void CrossReferencePanel::setHandles(std::optional<qint64> first, const QString &firstText,
                                     const QList<QPair<qint64, QString>> &others)
{
    m_firstId = first;
    m_first->setText(first ? firstText : tr("Select a handle"));
    m_second->blockSignals(true);
    m_second->clear();
    m_second->addItem(tr("— choose the other handle —"), QVariant());
    for (const auto &other : others)
        m_second->addItem(other.second, other.first);
    m_second->blockSignals(false);
    emit pairChanged(m_firstId, std::nullopt);
    updateRowActions();
}

void CrossReferencePanel::setSecond(qint64 handleId)
{
    m_second->setCurrentIndex(qMax(0, m_second->findData(handleId)));
}
