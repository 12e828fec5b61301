#pragma once

#include <QStringList>

/// @brief `lookuplens-cli import`: files into a case (or, with --dry-run, their first rows as
/// they would be stored), each file's outcome printed as text or JSON.
namespace ImportCommand {
int run(const QStringList &arguments);
} // namespace ImportCommand
