#pragma once

#include <QLabel>

/// @brief A word-wrapped label that asks for no more height than its text at the width it is given.
///
/// A wrapped QLabel prefers the height of its text wrapped at a width of its own choosing (a few
/// hundred pixels), and QFormLayout gives a field the larger of that and its height for the width
/// it has: a sentence of two lines across the import dialog was given the room of six, taken from
/// the preview on a laptop's screen.
class WrappedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    QSize sizeHint() const override;
};
