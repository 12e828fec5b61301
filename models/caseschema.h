#pragma once

#include <QStringList>

/// @brief The case file's schema as ordered migrations: step N takes PRAGMA user_version
/// from N-1 to N. Steps are never edited once released; changes come as new steps.
namespace CaseSchema {
constexpr int ApplicationId = 0x4C4C4353; // "LLCS"
int latestVersion();
QStringList migrationStatements(int toVersion);
/// @brief A constraint whose text changes in a table definition while every stored row stays
/// valid (an equivalent CHECK written another way): @p before is replaced by @p after.
struct ConstraintRewrite
{
    QString table;
    QString before;
    QString after;
};
/// @brief The constraint rewrites of step @p toVersion, applied before its statements.
QList<ConstraintRewrite> constraintRewrites(int toVersion);
/// @brief Indexes a bulk import may drop inside its transaction and rebuild before it commits
/// (building an index by sort is several times faster than growing it row by row): name and
/// the CREATE statement, exactly as the latest schema defines them.
QList<QPair<QString, QString>> bulkDeferrableIndexes();
/// @brief Those of bulkDeferrableIndexes() whose keys follow the events' time: they only grow
/// at their end while a return's rows arrive in time order.
QStringList bulkTimeOrderedIndexes();
/// @brief The index behind duplicate detection, exactly as the schema defines it: a bulk import
/// drops it for its first file and rebuilds it before a second file or its commit.
QPair<QString, QString> dedupeIndex();
/// @brief A bulk import's stand-in for the dedupe index meanwhile, in a case holding keyed events:
/// the keys of the sources up to @p lastSourceId (those before the import), dropped again after.
QPair<QString, QString> earlierDedupeIndex(qint64 lastSourceId);
/// @brief The SQL of a source's name as shown: its file's, and the worksheet where the file
/// gave several sources ("calls.xlsx › FaceTime"). @p alias names the sources table.
QString sourceNameSql(const QString &alias);
} // namespace CaseSchema
