#include "sourcelistmodel.h"

#include "sourcefiles.h"

#include <QLocale>
#include <QSet>

// The sources taken together: those one import of a file wrote, what a choice of them stored, and
// the names that tell sources of one name apart.

QList<qint64> SourceListModel::importedWith(const SourceRow &source, const QList<SourceRow> &all)
{
    // One import writes a file's sources one after another, each part once; the same file
    // imported again (--allow-duplicate) starts again at its first part, and is the same file.
    // A look at each source, not a grouping of all: `sources` asks it of every one.
    QList<qint64> run;
    QSet<QString> named;
    for (const SourceRow &row : all) {
        if (!SourceFiles::sameFile(row, source))
            continue;
        if (!run.isEmpty() && (row.id != run.last() + 1 || named.contains(row.shownName()))) {
            if (run.contains(source.id))
                break;
            run.clear();
            named.clear();
        }
        run.append(row.id);
        named.insert(row.shownName());
    }
    return run.contains(source.id) ? run : QList<qint64>{source.id};
}

std::optional<SourceListModel::NothingStored>
SourceListModel::nothingStored(const QList<qint64> &ids, const QList<SourceRow> &all)
{
    qint64 accepted = 0, duplicate = 0, rejected = 0;
    for (const SourceRow &source : all) {
        if (!ids.contains(source.id))
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
    for (const SourceRow &source : all) {
        if (ids.contains(source.id))
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

QString SourceListModel::fileNote(const SourceRow &source, const QList<SourceRow> &all)
{
    // The import printed the file's figures; the list shows its sources': their sum, so that the
    // one leads to the other.
    const QList<qint64> together = importedWith(source, all);
    if (together.size() < 2)
        return {};
    SourceRow sum;
    for (const SourceRow &part : all) {
        if (!together.contains(part.id))
            continue;
        sum.rowsRead += part.rowsRead;
        sum.accepted += part.accepted;
        addCounts(sum.acceptedByClass, part.acceptedByClass);
        sum.duplicate += part.duplicate;
        sum.rejected += part.rejected;
    }
    // Never fewer than two: no singular to translate.
    return tr("Its file gave %1 sources, this one among them; together, %2")
        .arg(QLocale().toString(together.size()), rowsText(sum));
}
