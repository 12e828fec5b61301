#include "figurekeycursor.h"
#include "plaintooltip.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLineF>
#include <QPainter>
#include <QToolTip>
#include <QWidget>

#include <algorithm>

namespace {

constexpr int RingRadius = 9;

/// The dashed ring around the figure under the cursor: a child widget, so exports never draw it.
class CursorRing final : public QWidget
{
public:
    explicit CursorRing(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        resize(2 * RingRadius + 3, 2 * RingRadius + 3);
        hide();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        // Black over white: seen on every class's colour and on an empty cell alike.
        painter.setPen(QPen(Qt::white, 3));
        painter.drawRect(rect().adjusted(2, 2, -2, -2));
        painter.setPen(QPen(Qt::black, 1.5, Qt::DashLine));
        painter.drawRect(rect().adjusted(2, 2, -2, -2));
    }
};

/// Reading order: left to right, then top to bottom.
bool before(const QPointF &a, const QPointF &b)
{
    return a.x() != b.x() ? a.x() < b.x() : a.y() < b.y();
}

std::optional<QPointF> nearest(const QList<QPointF> &figures, const QPointF &to)
{
    if (figures.isEmpty())
        return std::nullopt;
    return *std::min_element(figures.begin(), figures.end(),
                             [&to](const QPointF &a, const QPointF &b) { return QLineF(a, to).length() < QLineF(b, to).length(); });
}

} // namespace

FigureKeyCursor::FigureKeyCursor(QWidget *target, QWidget *surface, Hooks hooks)
    : QObject(target),
      m_target(target),
      m_surface(surface),
      m_hooks(std::move(hooks)),
      m_ring(new CursorRing(surface))
{
    m_target->setFocusPolicy(Qt::StrongFocus);
    m_target->installEventFilter(this);
}

bool FigureKeyCursor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        return keyPressed(static_cast<QKeyEvent *>(event)->key());
    case QEvent::FocusIn:
        if (const auto reason = static_cast<QFocusEvent *>(event)->reason();
            !m_at && (reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason)) {
            keyPressed(Qt::Key_Home);
        }
        return false;
    case QEvent::FocusOut:
        letGo();
        m_lastAt.reset();
        return false;
    default:
        return false;
    }
}

bool FigureKeyCursor::keyPressed(int key)
{
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (m_at) {
            if (const auto to = next(m_hooks.figures(), *m_at, key))
                moveTo(*to);
        } else if (const auto start = m_lastAt ? nearest(m_hooks.figures(), *m_lastAt) : std::nullopt) {
            moveTo(*start);
        } else {
            keyPressed(Qt::Key_Home);
        }
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (const QList<QPointF> figures = inSightFirst(m_hooks.figures()); !figures.isEmpty())
            moveTo(key == Qt::Key_Home ? *std::min_element(figures.begin(), figures.end(), before)
                                       : *std::max_element(figures.begin(), figures.end(), before));
        else
            letGo();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_at)
            return false;
        m_hooks.choose(*m_at);
        return true;
    case Qt::Key_Escape:
        if (!m_at)
            return false;
        letGo();
        return true;
    case Qt::Key_Plus:
    case Qt::Key_Equal: // "+" unshifted on many keyboards
    case Qt::Key_Minus:
        if (!m_hooks.zoom)
            return false;
        zoom(key == Qt::Key_Minus ? 0.5 : 2.0);
        return true;
    default:
        return false;
    }
}

QList<QPointF> FigureKeyCursor::inSightFirst(const QList<QPointF> &figures) const
{
    // Home and End go to the first and last in sight; those out of it are reached by the arrows.
    const QRectF sight = m_hooks.sight ? m_hooks.sight() : QRectF(m_surface->rect());
    QList<QPointF> inSight;
    for (const QPointF &figure : figures) {
        if (sight.contains(figure))
            inSight.append(figure);
    }
    return inSight.isEmpty() ? figures : inSight;
}

std::optional<QPointF> FigureKeyCursor::next(const QList<QPointF> &figures, const QPointF &from, int key)
{
    // Along the arrow first; a figure off to the side counts as farther than one straight ahead.
    const bool across = key == Qt::Key_Left || key == Qt::Key_Right;
    const double sign = key == Qt::Key_Right || key == Qt::Key_Down ? 1.0 : -1.0;
    std::optional<QPointF> best;
    double bestScore = 0;
    for (const QPointF &figure : figures) {
        const QPointF d = figure - from;
        const double ahead = sign * (across ? d.x() : d.y());
        const double aside = qAbs(across ? d.y() : d.x());
        if (ahead < 0.5)
            continue;
        const double score = ahead + 3.0 * aside;
        if (!best || score < bestScore) {
            best = figure;
            bestScore = score;
        }
    }
    return best;
}

void FigureKeyCursor::moveTo(QPointF at)
{
    if (m_hooks.reveal)
        at = m_hooks.reveal(at);
    m_at = at;
    m_lastAt.reset();
    m_ring->move(at.toPoint() - QPoint(m_ring->width() / 2, m_ring->height() / 2));
    m_ring->show();
    m_ring->raise();
    m_text = m_hooks.describe(at);
    m_target->setAccessibleDescription(m_text);
    QAccessibleEvent changed(m_target, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (m_text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_surface->mapToGlobal(at.toPoint() + QPoint(RingRadius, RingRadius)),
                           PlainToolTip::of(m_text), m_surface);
}

void FigureKeyCursor::zoom(double factor)
{
    const std::optional<QPointF> was = m_at;
    const QString words = m_text;
    m_hooks.zoom(was.value_or(QPointF(m_surface->rect().center())), factor);
    if (!was)
        return;
    // The view keeps the point zoomed about in place where it can (not where the scene is
    // smaller than the view, which centres it): the figure is found again by its words, among
    // those nearest where it was. A bar of counts drawn anew says other words: the cursor lets go.
    QList<QPointF> figures = m_hooks.figures();
    const auto closer = [&was](const QPointF &a, const QPointF &b) { return QLineF(a, *was).length() < QLineF(b, *was).length(); };
    constexpr qsizetype Asked = 64;
    std::partial_sort(figures.begin(), figures.begin() + qMin(Asked, figures.size()), figures.end(), closer);
    for (qsizetype i = 0; i < qMin(Asked, figures.size()); ++i) {
        if (m_hooks.describe(figures.at(i)) == words) {
            moveTo(figures.at(i));
            return;
        }
    }
    letGo();
    m_lastAt = was;
}

void FigureKeyCursor::followRedraw()
{
    if (!m_at)
        return;
    // A figure is known by where it is drawn: one moved (a zoom, new data) is not followed, as
    // the cursor could not tell it from its neighbours.
    const auto there = nearest(m_hooks.figures(), *m_at);
    if (there && QLineF(*there, *m_at).length() <= 0.5) {
        if (m_hooks.describe(*there) != m_text)
            moveTo(*there);
        return;
    }
    const QPointF was = *m_at;
    letGo();
    m_lastAt = was;
}

void FigureKeyCursor::letGo()
{
    m_at.reset();
    m_text.clear();
    m_ring->hide();
    m_target->setAccessibleDescription(QString());
    QToolTip::hideText();
}
