#pragma once

#include <QSize>

class QDockWidget;
class QMainWindow;

/// @brief Where the window's docks stand before the analyst moves them, and again when asked
/// (View → Restore the first layout). GUI thread only.
///
/// Both layouts keep the counts of every class, the legend with its caveat and the provenance
/// in sight at once; they differ in where the legend and the provenance stand.
class DockLayout final
{
public:
    struct Docks
    {
        QDockWidget *handles = nullptr;
        QDockWidget *legend = nullptr;
        QDockWidget *provenance = nullptr;
        QDockWidget *ipDetails = nullptr;
        QDockWidget *sources = nullptr;
        QDockWidget *crossReference = nullptr;
        QDockWidget *ips = nullptr;
    };

    /// @brief Whether a screen of @p available size takes the narrow layout: under 1800 px.
    ///
    /// The events' filters hold the middle at its least; with the legend and the provenance in a
    /// column right of it, a 1366 px screen left the handles' dock 390 px, the communications
    /// counts past its edge beside the lookups in sight.
    static bool isNarrow(const QSize &available);

    /// @brief Puts every dock of @p docks in its first place in @p window, docked and shown.
    ///
    /// Wide: the handles left, the legend over the provenance (IP details behind it) right, the
    /// sources (cross-reference and IPs behind them) below. Narrow: the legend under the
    /// handles, the provenance beside the sources.
    static void arrange(QMainWindow &window, const Docks &docks, bool narrow);

    /// @brief Where the legend stands under the handles, gives it the height its words take at
    /// its width, up to half the column: at the height arranged, a language of longer words (or
    /// a narrower column) left the caveat's last line, "It does not show that any message or
    /// call took place", below the dock's edge. Call it once the docks have their widths.
    static void fitLegend(QMainWindow &window, const Docks &docks);
};
