#pragma once

#include <QStringList>

/// @brief The lookuplens-cli commands. Each returns the process exit code.
namespace CliCommands {
int run(const QStringList &arguments);
} // namespace CliCommands
