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
} // namespace EventFilterOptions
