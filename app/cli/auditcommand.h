#pragma once

#include <QStringList>

/// @brief `lookuplens-cli audit`: the case's audit log, oldest first — each import, export,
/// report, label, check and change with who did it and when; with --written FILE..., whether each
/// file is one the log records writing from the case (a report, an export), by its SHA-256.
/// Exit status 0; with --written, 1 when a file is not found written or cannot be read.
namespace AuditCommand {
int run(const QStringList &arguments);
} // namespace AuditCommand
