#pragma once

#include <QComboBox>

/// @brief A list whose choice, where its box is narrower than it, is cut in the middle, where
/// QComboBox cuts the end: a file's name keeps its end (".csv (source #3)", a worksheet), what
/// tells sources of one name apart. The popup gives every item whole, as before.
class MiddleElidedComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MiddleElidedComboBox)
public:
    explicit MiddleElidedComboBox(QWidget *parent = nullptr);
    /// @brief The choice as drawn at the box's width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
