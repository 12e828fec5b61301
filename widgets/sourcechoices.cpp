#include "sourcechoices.h"
#include "sourcefiles.h"
#include "sourcelistmodel.h"

#include <QComboBox>
#include <QHash>
#include <QSignalBlocker>

namespace {

QVariantList idList(const QList<qint64> &ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list.append(id);
    return list;
}

} // namespace

void SourceChoices::fill(QComboBox *box, const QList<SourceRow> &sources)
{
    const QHash<qint64, QString> names = SourceListModel::listedNames(sources);
    const QVariant current = box->currentData();
    const QSignalBlocker quiet(box);
    while (box->count() > 1)
        box->removeItem(1);
    for (const SourceFile &file : SourceFiles::of(sources)) {
        if (file.sourceIds.size() > 1)
            box->addItem(
                tr("%1 (all its %n sources)", nullptr, int(file.sourceIds.size())).arg(file.name),
                idList(file.sourceIds));
        for (qint64 id : file.sourceIds)
            box->addItem(names.value(id), idList({id}));
    }
    box->setCurrentIndex(qMax(0, box->findData(current)));
}

QList<qint64> SourceChoices::chosen(const QComboBox *box)
{
    QList<qint64> ids;
    for (const QVariant &id : box->currentData().toList())
        ids.append(id.toLongLong());
    return ids;
}

void SourceChoices::choose(QComboBox *box, const QList<qint64> &ids)
{
    box->setCurrentIndex(ids.isEmpty() ? 0 : qMax(0, box->findData(idList(ids))));
}

QString SourceChoices::nothingStoredText(const QComboBox *box, const QList<SourceRow> &sources,
                                         bool withDuplicates)
{
    const QList<qint64> ids = chosen(box);
    const auto nothing = SourceListModel::nothingStored(ids, sources);
    using Why = SourceListModel::NothingStored;
    if (!nothing || (*nothing == Why::RecordsHeldBefore && withDuplicates))
        return {};
    // A second return overlapping the first: its records are the first's events, listed with them.
    const bool one = ids.size() == 1;
    if (*nothing == Why::RecordsHeldBefore)
        return one ? tr("the source chosen stored no event of its own: its records were in the "
                        "case already (\"with duplicates\" lists them)")
                   : tr("the sources chosen stored no event of their own: their records were in "
                        "the case already (\"with duplicates\" lists them)");
    if (*nothing == Why::RowsRejected)
        return one ? tr("the source chosen stored no event: its rows were rejected (Sources gives "
                        "each one's reason)")
                   : tr("the sources chosen stored no event: their rows were rejected (Sources "
                        "gives each one's reason)");
    return one ? tr("the source chosen holds no record") : tr("the sources chosen hold no record");
}
