#pragma once

#include "casequeries.h"

#include <QHash>
#include <QList>
#include <QSet>

/// @brief What a case's sources say of one another, read once for them all: which sources each
/// import of a file wrote together (a return's pages, a workbook's sheets, a ZIP's tables), their
/// figures summed, and which later sources found records of each. Built in one pass over the
/// sources, so that describing every source of a case of thousands (`sources`, the report, the
/// window's list) takes time growing with their number, not its square or its cube.
class SourceRelations
{
public:
    SourceRelations() = default;
    explicit SourceRelations(const QList<SourceRow> &all);

    /// @brief The sources the import that wrote @p id gave from its file, @p id among them
    /// (itself alone where the file gave one, or where @p id is no source of the case).
    QList<qint64> importedWith(qint64 id) const;
    /// @brief The figures of importedWith(@p id) summed: rows read, accepted (by class), duplicate
    /// and rejected, as the import printed them for the file.
    SourceRow importSum(qint64 id) const;
    /// @brief The other sources whose import found records of @p id's in theirs (records shifted
    /// in time, or recorded twice by another provider), in the case's order.
    QList<const SourceRow *> findersOf(qint64 id) const;

private:
    struct Run
    {
        QList<qint64> ids;
        SourceRow sum;
    };
    void addToRuns(const SourceRow &source, QHash<QString, qsizetype> &openRun,
                   QList<QSet<QString>> &runNames);
    void noteFindings(qsizetype index);

    QList<SourceRow> m_all;
    QList<Run> m_runs;
    QHash<qint64, qsizetype> m_runOf;          ///< a source's run, by its id
    QHash<qint64, QList<qsizetype>> m_finders; ///< by the id found in: indices into m_all
};
