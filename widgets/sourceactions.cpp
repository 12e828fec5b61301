#include "sourceactions.h"

#include "itemroles.h"
#include "sourcefiles.h"
#include "sourcelistmodel.h"
#include "tableactions.h"

#include <QAction>
#include <QTableView>

SourceActions::SourceActions(QTableView *view) : QObject(view), m_view(view)
{
    m_stored = {add(tr("&List its events"), &SourceActions::eventsChosen, Scope::Source),
                add(tr("Draw its &graph"), &SourceActions::graphChosen, Scope::Source)};
    m_duplicates = {add(tr("List its events with the &duplicates it held"),
                        &SourceActions::eventsChosen, Scope::SourceWithDuplicates),
                    add(tr("Draw its graph with the duplicates it &held"),
                        &SourceActions::graphChosen, Scope::SourceWithDuplicates)};
    m_file = {add({}, &SourceActions::eventsChosen, Scope::File),
              add({}, &SourceActions::graphChosen, Scope::File)};
    // Listed in threes: a source's events, with its duplicates, its file's; its graph likewise.
    TableActions::putFirst(
        view, {m_stored[0], m_duplicates[0], m_file[0], m_stored[1], m_duplicates[1], m_file[1]});
    setSource({});
}

QAction *SourceActions::add(const QString &text, Wanted wanted, Scope scope)
{
    auto *action = new QAction(text, m_view);
    connect(action, &QAction::triggered, this, [this, wanted, scope]() {
        if (scope == Scope::File && m_fileSources.size() > 1)
            emit(this->*wanted)(m_fileSources, false);
        else if (scope != Scope::File && m_source)
            emit(this->*wanted)({*m_source}, scope == Scope::SourceWithDuplicates);
    });
    return action;
}

QList<qint64> SourceActions::fileOf(const QModelIndex &row)
{
    const auto *model = qobject_cast<const SourceListModel *>(row.model());
    if (!model)
        return {};
    const qint64 id = row.data(ItemRoles::SourceIdRole).toLongLong();
    // The file as the filters' lists group it, so that their item for it is the one chosen.
    for (const SourceFile &file : SourceFiles::of(model->sources())) {
        if (file.sourceIds.contains(id))
            return file.sourceIds;
    }
    return {};
}

void SourceActions::setSource(const QModelIndex &row)
{
    m_source = row.isValid() ? std::optional<qint64>(row.data(ItemRoles::SourceIdRole).toLongLong())
                             : std::nullopt;
    m_fileSources = fileOf(row);
    // Its duplicates counted in the Duplicate column: a source that held none lists nothing more.
    const bool held = row.isValid() && row.siblingAtColumn(SourceListModel::DuplicateColumn)
                                               .data(ItemRoles::RawValueRole)
                                               .toLongLong() > 0;
    for (QAction *action : std::as_const(m_stored))
        action->setEnabled(m_source.has_value());
    for (QAction *action : std::as_const(m_duplicates))
        action->setEnabled(held);
    nameFileActions();
}

void SourceActions::nameFileActions()
{
    const int count = int(m_fileSources.size());
    const bool several = count > 1;
    // The count said where there is a file of several sources to choose; greyed out otherwise.
    m_file[0]->setText(
        several ? tr("List the events of its whole &file (its %n sources)", nullptr, count)
                : tr("List the events of its whole &file"));
    m_file[1]->setText(
        several ? tr("D&raw the graph of its whole file (its %n sources)", nullptr, count)
                : tr("D&raw the graph of its whole file"));
    for (QAction *action : std::as_const(m_file))
        action->setEnabled(several);
}
