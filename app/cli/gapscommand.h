#pragma once

#include <QStringList>

/// @brief `lookuplens-cli gaps`: the stretches of time between the periods of the sources of the
/// events its options choose (those `events` takes) that none of them covers, each with the
/// sources either side — where no event is no evidence that nothing happened. Exit status 0
/// (with or without a stretch); 2 when refused.
namespace GapsCommand {
int run(const QStringList &arguments);
} // namespace GapsCommand
