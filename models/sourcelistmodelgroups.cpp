#include "sourcelistmodel.h"

#include <QLocale>
#include <QSet>

// The sources taken together: those one import of a file wrote, what a choice of them stored, and
// the names that tell sources of one name apart.

std::optional<SourceListModel::NothingStored>
SourceListModel::nothingStored(const QList<qint64> &ids, const QList<SourceRow> &all)
{
    qint64 accepted = 0, duplicate = 0, rejected = 0;
    const QSet<qint64> chosen(ids.cbegin(), ids.cend());
    for (const SourceRow &source : all) {
        if (!chosen.contains(source.id))
            continue;
        accepted += source.accepted;
        duplicate += source.duplicate;
        rejected += source.rejected;
    }
    if (ids.isEmpty() || accepted > 0)
        return std::nullopt;
    return duplicate > 0  ? NothingStored::RecordsHeldBefore
           : rejected > 0 ? NothingStored::RowsRejected
                          : NothingStored::NoRecord;
}

bool SourceListModel::storedConnectionsOnly(const QList<qint64> &ids, const QList<SourceRow> &all)
{
    ClassCounts stored{};
    const QSet<qint64> chosen(ids.cbegin(), ids.cend());
    for (const SourceRow &source : all) {
        if (chosen.contains(source.id))
            addCounts(stored, source.acceptedByClass);
    }
    return stored[size_t(EvidenceClass::Connection)] > 0 &&
           stored[size_t(EvidenceClass::Lookup)] == 0 &&
           stored[size_t(EvidenceClass::Communication)] == 0;
}

QHash<qint64, QString> SourceListModel::numberedNames(const QList<SourceRow> &all)
{
    QHash<qint64, QString> names = listedNames(all);
    for (const SourceRow &source : all) {
        if (names.value(source.id) == source.shownName())
            names.remove(source.id);
    }
    return names;
}

QHash<qint64, QString> SourceListModel::listedNames(const QList<SourceRow> &all)
{
    QHash<QString, int> uses;
    for (const SourceRow &source : all)
        ++uses[source.shownName()];
    // A file imported again (--allow-duplicate) gives sources of one name: their numbers, as
    // `sources` prints them and --source takes them, tell which is which.
    QHash<qint64, QString> names;
    for (const SourceRow &source : all)
        names.insert(source.id, uses.value(source.shownName()) > 1
                                    ? tr("%1 (source #%2)").arg(source.shownName()).arg(source.id)
                                    : source.shownName());
    return names;
}

QString SourceListModel::fileNote(const SourceRow &source, const SourceRelations &relations)
{
    // The import printed the file's figures; the list shows its sources': their sum, so that the
    // one leads to the other.
    const QList<qint64> together = relations.importedWith(source.id);
    if (together.size() < 2)
        return {};
    const SourceRow sum = relations.importSum(source.id);
    // Never fewer than two: no singular to translate.
    return tr("Its file gave %1 sources, this one among them; together, %2")
        .arg(QLocale().toString(together.size()), rowsText(sum));
}
