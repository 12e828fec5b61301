#pragma once

#include <QWidget>

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
    explicit EvidenceLegendWidget(QWidget *parent = nullptr, Qt::Orientation orientation = Qt::Vertical);

protected:
    /// Docks give no height for a width: each wrapped line asks for the height it takes at the
    /// width it has, so that no meaning and never the caveat is cut off.
    void resizeEvent(QResizeEvent *event) override;
};
