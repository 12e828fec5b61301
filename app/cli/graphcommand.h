#pragma once

#include <QStringList>

/// @brief `lookuplens-cli graph`: the contact graph as GraphML, GEXF, DOT or JSON, lookups and
/// communications as separate edges.
namespace GraphCommand {
int run(const QStringList &arguments);
} // namespace GraphCommand
