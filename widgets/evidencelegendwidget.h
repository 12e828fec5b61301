#pragma once

#include <QWidget>

/// @brief The always-visible legend of the evidence classes, with the lookup caveat.
class EvidenceLegendWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceLegendWidget)
public:
    explicit EvidenceLegendWidget(QWidget *parent = nullptr);
};
