#pragma once

#include <QObject>
#include <QPointF>

#include <functional>
#include <optional>

class QWidget;

/// @brief Lets a chart's, graph's or map's figures be reached from the keyboard as the mouse
/// reaches them: the view takes focus (Tab), the arrow keys move a marked cursor from figure to
/// figure (Home and End to the first and last), the figure's description shows as hovering shows
/// it, Enter or Space chooses it as a click there would, and "+" and "-" zoom about it where the
/// view zooms. The view says where its figures are and what a point means; it calls
/// followRedraw() when it has drawn them anew.
class FigureKeyCursor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureKeyCursor)
public:
    struct Hooks
    {
        /// Where each figure is drawn, in the surface's pixels (a point a click there would choose).
        std::function<QList<QPointF>()> figures;
        /// What hovering at a point says, for the keyboard ("Press Enter…"); empty if nothing.
        std::function<QString(const QPointF &)> describe;
        /// What a click at a point does.
        std::function<void(const QPointF &)> choose;
        /// Optional: brings the figure at a point into sight (scrolling the view) and says where it is then.
        std::function<QPointF(const QPointF &)> reveal = {};
        /// Optional: zooms by a factor (2: in, 0.5: out) about a point kept where it is ("+" and "-").
        std::function<void(const QPointF &, double)> zoom = {};
        /// Optional: where figures are in sight (Home and End stay there); the whole surface if not given.
        std::function<QRectF()> sight = {};
    };
    /// @param target takes focus and keys; @param surface (target itself, or its viewport) is
    /// where the figures are drawn and the cursor's ring with them.
    FigureKeyCursor(QWidget *target, QWidget *surface, Hooks hooks);
    /// @brief The figure the cursor is on, if any.
    std::optional<QPointF> current() const { return m_at; }
    /// @brief What the figure under the cursor says (also the target's accessible description).
    QString currentText() const { return m_text; }
    /// @brief After the figures were drawn anew: the cursor stays on its figure if it is still
    /// there; if not it lets go, and the next arrow starts from the figure nearest where it was.
    void followRedraw();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool keyPressed(int key);
    /// The figure nearest @p from in the direction of @p key (an arrow), or none.
    static std::optional<QPointF> next(const QList<QPointF> &figures, const QPointF &from, int key);
    /// Those of @p figures in sight on the surface, or all when none is.
    QList<QPointF> inSightFirst(const QList<QPointF> &figures) const;
    void moveTo(QPointF at);
    void zoom(double factor);
    void letGo();

    QWidget *m_target;
    QWidget *m_surface;
    Hooks m_hooks;
    QWidget *m_ring;
    std::optional<QPointF> m_at;
    std::optional<QPointF> m_lastAt; ///< where the cursor was when a redraw took its figure away
    QString m_text;
};
