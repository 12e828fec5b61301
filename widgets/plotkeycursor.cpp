#include "plotkeycursor.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPainter>
#include <QToolTip>

#include <qcustomplot.h>

#include <algorithm>

namespace {

constexpr int MarkerRadius = 9;

/// The dashed ring around the figure under the cursor: a child widget, so exports never draw it.
class CursorRing final : public QWidget
{
public:
    explicit CursorRing(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        resize(2 * MarkerRadius + 3, 2 * MarkerRadius + 3);
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

} // namespace

PlotKeyCursor::PlotKeyCursor(QCustomPlot *plot, Hooks hooks)
    : QObject(plot),
      m_plot(plot),
      m_hooks(std::move(hooks)),
      m_marker(new CursorRing(plot))
{
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->installEventFilter(this);
    connect(m_plot, &QCustomPlot::afterReplot, this, &PlotKeyCursor::followRedraw);
}

bool PlotKeyCursor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_plot)
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
        return keyPressed(static_cast<QKeyEvent *>(event)->key());
    case QEvent::FocusIn:
        if (const auto reason = static_cast<QFocusEvent *>(event)->reason();
            reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason || reason == Qt::ShortcutFocusReason) {
            keyPressed(Qt::Key_Home);
        }
        return false;
    case QEvent::FocusOut:
        hide();
        return false;
    default:
        return false;
    }
}

bool PlotKeyCursor::keyPressed(int key)
{
    const QList<QPointF> figures = m_hooks.figures();
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (!m_at)
            return keyPressed(Qt::Key_Home);
        if (const auto to = next(figures, key))
            moveTo(to);
        return true;
    case Qt::Key_Home:
    case Qt::Key_End:
        if (figures.isEmpty()) {
            hide();
            return key == Qt::Key_End;
        }
        moveTo(key == Qt::Key_Home ? *std::min_element(figures.begin(), figures.end(), before)
                                   : *std::max_element(figures.begin(), figures.end(), before));
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
        hide();
        return true;
    default:
        return false;
    }
}

std::optional<QPointF> PlotKeyCursor::next(const QList<QPointF> &figures, int key) const
{
    // Along the arrow first; a figure off to the side counts as farther than one straight ahead.
    const bool across = key == Qt::Key_Left || key == Qt::Key_Right;
    const double sign = key == Qt::Key_Right || key == Qt::Key_Down ? 1.0 : -1.0;
    std::optional<QPointF> best;
    double bestScore = 0;
    for (const QPointF &figure : figures) {
        const QPointF d = figure - *m_at;
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

void PlotKeyCursor::moveTo(const std::optional<QPointF> &at)
{
    if (!at) {
        hide();
        return;
    }
    m_at = at;
    m_marker->move(at->toPoint() - QPoint(m_marker->width() / 2, m_marker->height() / 2));
    m_marker->show();
    m_marker->raise();
    m_text = m_hooks.describe(*at);
    m_plot->setAccessibleDescription(m_text);
    QAccessibleEvent changed(m_plot, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    if (m_text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(at->toPoint() + QPoint(MarkerRadius, MarkerRadius)), m_text, m_plot);
}

void PlotKeyCursor::followRedraw()
{
    if (!m_at)
        return;
    const QList<QPointF> figures = m_hooks.figures();
    if (figures.isEmpty()) {
        hide();
        return;
    }
    const auto distance = [this](const QPointF &p) { return QLineF(p, *m_at).length(); };
    const QPointF nearest = *std::min_element(figures.begin(), figures.end(),
                                              [&](const QPointF &a, const QPointF &b) { return distance(a) < distance(b); });
    if (distance(nearest) > 0.5 || m_text != m_hooks.describe(nearest))
        moveTo(nearest);
}

void PlotKeyCursor::hide()
{
    m_at.reset();
    m_text.clear();
    m_marker->hide();
    m_plot->setAccessibleDescription(QString());
    QToolTip::hideText();
}
