#pragma once

#include <QtGlobal>

#include <cmath>

/// What the two files of TimelineView (timelineview.cpp, and timelinepicking.cpp for what lies
/// under the cursor and what a click chooses) share of the plot's layout.
namespace TimelineLayout {

inline constexpr double MarkerOffset = 0.18; ///< made above the lane's middle, received below
inline constexpr double MarkLift = 0.2;      ///< an analyst's mark stands this far above its event
inline constexpr int MaxCounterpartLanes = 20;
inline constexpr int MaxIpLanes = 25;
inline constexpr double HitPixels = 8.0;

/// @brief The href of a "busiest" count before its class's key: "busiest:lookup".
inline QString busiestPrefix()
{
    return QStringLiteral("busiest:");
}

/// @brief The plot's time axis counts seconds; events are in milliseconds.
inline double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

inline qint64 millis(double seconds)
{
    return qint64(std::llround(seconds * 1000.0));
}

} // namespace TimelineLayout
