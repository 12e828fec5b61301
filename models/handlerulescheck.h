#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

/// @brief Whether the handles a case holds read as this version's rules read them. An earlier
/// version may have normalised a spelling otherwise (an extension dropped or kept as typed): a
/// record a new return repeats from a source it imported is then not recognised as the same
/// (its duplicate key holds the handle as normalised), and the line stands as two handles. The
/// analyst is told which spellings, rather than left to find a record counted twice.
class HandleRulesCheck final
{
    Q_DECLARE_TR_FUNCTIONS(HandleRulesCheck)
public:
    struct Changed
    {
        QString raw;    ///< as the records wrote it
        QString stored; ///< its handle in the case
        QString now;    ///< as this version normalises it
    };

    /// @brief The spellings of @p db's handles this version (for the case's @p region) reads
    /// otherwise; none looked at where every source was imported by this version's importer.
    static QList<Changed> changedSpellings(const QSqlDatabase &db, const QString &region);
    /// @brief The warning an import into such a case gives; empty for none.
    static QString warning(const QList<Changed> &changed);
};
