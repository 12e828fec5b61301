#pragma once

#include <QLabel>

/// @brief A one-line label that gives up width when its row is narrow, its text then cut with
/// "…" at the end (the whole text in its tooltip), where a QLabel asked for all of it and
/// squeezed its neighbours.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    QSize minimumSizeHint() const override;
    /// @brief The text as drawn at the label's width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
