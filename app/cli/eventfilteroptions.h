#pragma once

#include "eventfilter.h"

class CaseDatabase;
class QCommandLineParser;
class QString;

/// @brief The options that choose events (`events`, `gaps`, `report`): --handle, --side,
/// --with, --class, --ip, --from, --to, --marked, --subtype, --source, --text — the window's
/// event filters.
namespace EventFilterOptions {
void add(QCommandLineParser &parser);
/// @brief Reads the options into @p filter; false with a message when one is wrong.
bool read(const QCommandLineParser &parser, const CaseDatabase &caseDb, EventFilter *filter,
          QString *message);
/// @brief Adds --source, saying what it chooses in @p description.
void addSourceOption(QCommandLineParser &parser, const QString &description);
/// @brief Reads each --source into @p ids: a source of the case by its number, or a range of
/// them ("3-32", a return's pages); false with a message when one names none of the case's.
bool readSources(const QCommandLineParser &parser, const CaseDatabase &caseDb, QList<qint64> *ids,
                 QString *message);
/// @brief Says on standard error that the sources @p sourceIds stored no event of their own,
/// and where their records are: a return overlapping an earlier one holds its records as the
/// earlier's. Nothing where they stored some, or @p withDuplicates lists those held before.
void noteSourcesStoredNothing(const CaseDatabase &caseDb, const QList<qint64> &sourceIds,
                              bool withDuplicates);
/// @brief Says on standard error that the sources @p sourceIds stored connections alone (a login
/// log): no edge of the graph, which draws lookups and communications.
void noteSourcesStoredConnectionsOnly(const CaseDatabase &caseDb, const QList<qint64> &sourceIds);
/// @brief Says on standard error when the case's events are, where the window lies before the
/// first or after the last (both inclusive): a year mistyped lists nothing.
void noteWindowOutsideEvents(const CaseDatabase &caseDb, std::optional<qint64> fromMs,
                             std::optional<qint64> toMs);
} // namespace EventFilterOptions
