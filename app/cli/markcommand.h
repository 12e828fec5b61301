#pragma once

#include <QStringList>

/// @brief `lookuplens-cli mark`: marks an event with the analyst's note, or takes the mark off
/// (--remove); recorded in the case's audit log. `events --marked` and `report --marked` list the
/// marked events. Exit status 0; 2 when refused (no such event, a case that cannot be written).
namespace MarkCommand {
int run(const QStringList &arguments);
} // namespace MarkCommand
