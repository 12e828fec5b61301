#include "sourcerelations.h"

#include "recordedtwice.h"
#include "shiftedrecords.h"
#include "sourcefiles.h"

#include <QSet>

SourceRelations::SourceRelations(const QList<SourceRow> &all) : m_all(all)
{
    QHash<QString, qsizetype> openRun; // by file: the run its last source joined
    QList<QSet<QString>> runNames;     // by run: its sources' names
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        addToRuns(m_all.at(i), openRun, runNames);
        noteFindings(i);
    }
}

void SourceRelations::addToRuns(const SourceRow &source, QHash<QString, qsizetype> &openRun,
                                QList<QSet<QString>> &runNames)
{
    // One import writes a file's sources one after another, each part once; the same file
    // imported again (--allow-duplicate) starts again at its first part, and is the same file.
    const QString key = SourceFiles::fileKey(source);
    const auto open = openRun.constFind(key);
    qsizetype run = open == openRun.cend() ? -1 : *open;
    if (run < 0 || source.id != m_runs.at(run).ids.last() + 1 ||
        runNames.at(run).contains(source.shownName())) {
        run = m_runs.size();
        m_runs.append(Run{});
        runNames.append(QSet<QString>{});
        openRun.insert(key, run);
    }
    Run &joined = m_runs[run];
    joined.ids.append(source.id);
    runNames[run].insert(source.shownName());
    joined.sum.rowsRead += source.rowsRead;
    joined.sum.accepted += source.accepted;
    addCounts(joined.sum.acceptedByClass, source.acceptedByClass);
    joined.sum.duplicate += source.duplicate;
    joined.sum.rejected += source.rejected;
    m_runOf.insert(source.id, run);
}

void SourceRelations::noteFindings(qsizetype index)
{
    const QJsonObject &metadata = m_all.at(index).metadata;
    QSet<qint64> found;
    if (const auto shifted = ShiftedRecords::Finding::fromJson(
            metadata.value(QStringLiteral("shifted_records")).toObject()))
        found.insert(shifted->sourceId);
    if (const auto twice = RecordedTwice::Finding::fromJson(
            metadata.value(QStringLiteral("recorded_twice")).toObject()))
        found.insert(twice->sourceId);
    for (const qint64 id : std::as_const(found)) {
        if (id != m_all.at(index).id)
            m_finders[id].append(index);
    }
}

QList<qint64> SourceRelations::importedWith(qint64 id) const
{
    const auto run = m_runOf.constFind(id);
    return run == m_runOf.cend() ? QList<qint64>{id} : m_runs.at(*run).ids;
}

SourceRow SourceRelations::importSum(qint64 id) const
{
    const auto run = m_runOf.constFind(id);
    return run == m_runOf.cend() ? SourceRow{} : m_runs.at(*run).sum;
}

QList<const SourceRow *> SourceRelations::findersOf(qint64 id) const
{
    QList<const SourceRow *> finders;
    for (const qsizetype index : m_finders.value(id))
        finders.append(&m_all.at(index));
    return finders;
}
