#include "sourceactions.h"

#include "itemroles.h"
#include "sourcelistmodel.h"
#include "tableactions.h"

#include <QAction>
#include <QTableView>

SourceActions::SourceActions(QTableView *view) : QObject(view), m_view(view)
{
    m_stored = {add(tr("&List its events"), &SourceActions::eventsChosen, false),
                add(tr("Draw its &graph"), &SourceActions::graphChosen, false)};
    m_duplicates = {
        add(tr("List its events with the &duplicates it held"), &SourceActions::eventsChosen, true),
        add(tr("Draw its graph with the duplicates it &held"), &SourceActions::graphChosen, true)};
    // Listed in pairs: a source's events, then with its duplicates; its graph likewise.
    TableActions::putFirst(view, {m_stored[0], m_duplicates[0], m_stored[1], m_duplicates[1]});
    setSource({});
}

QAction *SourceActions::add(const QString &text, void (SourceActions::*wanted)(qint64, bool),
                            bool withDuplicates)
{
    auto *action = new QAction(text, m_view);
    connect(action, &QAction::triggered, this, [this, wanted, withDuplicates]() {
        if (m_source)
            emit(this->*wanted)(*m_source, withDuplicates);
    });
    return action;
}

void SourceActions::setSource(const QModelIndex &row)
{
    m_source = row.isValid() ? std::optional<qint64>(row.data(ItemRoles::SourceIdRole).toLongLong())
                             : std::nullopt;
    // Its duplicates counted in the Duplicate column: a source that held none lists nothing more.
    const bool held = row.isValid() && row.siblingAtColumn(SourceListModel::DuplicateColumn)
                                               .data(ItemRoles::RawValueRole)
                                               .toLongLong() > 0;
    for (QAction *action : std::as_const(m_stored))
        action->setEnabled(m_source.has_value());
    for (QAction *action : std::as_const(m_duplicates))
        action->setEnabled(held);
}
