#pragma once

#include <QWidget>

class QScrollArea;

/// @brief The always-visible legend of the evidence classes, with the lookup caveat.
class EvidenceLegendWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLegendWidget)
public:
    /// @param orientation Vertical: a row per class, the caveat below (a dock). Horizontal: the
    /// classes side by side above the caveat, a few lines high over a table's whole width (the
    /// import dialog, where a column beside the preview took more height than a laptop's screen
    /// leaves it).
    explicit EvidenceLegendWidget(QWidget *parent = nullptr,
                                  Qt::Orientation orientation = Qt::Vertical);
    /// @brief The vertical legend in a scroll area as wide as it needs, for a dock: with large
    /// fonts its wrapped lines, none cut off, were taller than a laptop's screen leaves the dock,
    /// and the window grew past the screen's foot (the status bar's counts out of sight). Only
    /// its height gives way.
    static QScrollArea *scrolled(QWidget *parent);

protected:
    /// Docks give no height for a width: each wrapped line asks for the height it takes at the
    /// width it has, so that no meaning and never the caveat is cut off.
    void resizeEvent(QResizeEvent *event) override;
};
