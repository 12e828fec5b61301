#pragma once

#include <QStringList>

/// @brief `lookuplens-cli verify`: hashes each evidence file of the case again and says whether
/// it is still the file imported (its SHA-256 as recorded), changed, missing or unreadable.
/// Exit status 0 when every file is the same, 1 when one is not.
namespace VerifyCommand {
int run(const QStringList &arguments);
} // namespace VerifyCommand
