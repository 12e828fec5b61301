#pragma once

#include <QStringList>

/// @brief `lookuplens-cli report`: the case's report (CaseReport) on the events the options
/// choose, as one HTML file on standard output; recorded in the audit log with its SHA-256.
namespace ReportCommand {
int run(const QStringList &arguments);
} // namespace ReportCommand
