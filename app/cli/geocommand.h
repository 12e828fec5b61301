#pragma once

#include <QStringList>

/// @brief `lookuplens-cli geo add`: adds MaxMind-format databases to the case and looks every
/// client IP up in each (exit status 1 when one is refused). `geo list`: the databases added,
/// with their SHA-256 and what each answered for the case's client IPs (`--json` for scripts).
namespace GeoCommand {
int run(const QStringList &arguments);
} // namespace GeoCommand
