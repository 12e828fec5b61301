#pragma once

#include <QWidget>

/// @brief The always-visible legend of the evidence classes, with the lookup caveat.
class EvidenceLegendWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLegendWidget)
public:
    explicit EvidenceLegendWidget(QWidget *parent = nullptr);

protected:
    /// Docks give no height for a width: each wrapped line asks for the height it takes at the
    /// width it has, so that no meaning and never the caveat is cut off.
    void resizeEvent(QResizeEvent *event) override;
};
