// MapView under the pointer: which circle a point is on (the smallest, as it is drawn on top),
// zoom about the cursor and pan by dragging, a click to select an IP and a double click to list
// its events, and the tooltip that describes its answers, with the caveat where it has lookups.
#include "mapview.h"

#include "evidenceclass.h"
#include "plaintooltip.h"
#include "timeformat.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

QList<MapView::Hit> MapView::hits() const
{
    const QTransform toScreen = projection(rect());
    const QList<Circle> all = circles();
    QList<Hit> result;
    result.reserve(all.size());
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // smallest (topmost) first
        QPainterPath path = circlePath(toScreen, *it->answer);
        const QRectF box = path.boundingRect();
        result.append({it->ip->ip, std::move(path), box});
    }
    return result;
}

QString MapView::ipAt(const QList<Hit> &hits, const QPointF &pos)
{
    for (const Hit &hit : hits) {
        // Tiny circles get a few pixels of slack so they can be hit at all.
        const QRectF slack = hit.box.adjusted(-3, -3, 3, 3);
        if (slack.contains(pos) && (hit.path.contains(pos) || hit.box.width() < 12))
            return hit.ip;
    }
    return {};
}

QString MapView::ipAt(const QPointF &pos) const
{
    return ipAt(hits(), pos);
}

std::optional<QPointF> MapView::centreOf(const QString &ip) const
{
    for (const Circle &c : circles()) {
        if (c.ip->ip == ip)
            return projection(rect()).map(QPointF(*c.answer->longitude, *c.answer->latitude));
    }
    return std::nullopt;
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userMoved)
        fitToData();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    zoomAbout(event->position(), std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void MapView::zoomAbout(const QPointF &pos, double factor)
{
    m_userMoved = true;
    const QPointF before = projection(rect()).inverted().map(pos);
    m_zoom = qBound(1.0, m_zoom * factor, MaxZoom);
    // Keep the point under the cursor where it is.
    const QPointF after = projection(rect()).inverted().map(pos);
    m_centre += before - after;
    update();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragged = false;
        m_dragFrom = event->position().toPoint();
    }
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPoint delta = event->position().toPoint() - m_dragFrom;
    if (delta.manhattanLength() < 3 && !m_dragged)
        return;
    m_dragged = true;
    m_userMoved = true;
    const QTransform inverse = projection(rect()).inverted();
    m_centre -= inverse.map(QPointF(delta)) - inverse.map(QPointF(0, 0));
    m_dragFrom = event->position().toPoint();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    if (m_dragged)
        return;
    const QString ip = ipAt(event->position());
    if (!ip.isEmpty()) {
        setSelectedIp(ip);
        emit ipClicked(ip);
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (const QString ip = ipAt(event->position()); !ip.isEmpty())
        emit ipDoubleClicked(ip);
}

void MapView::contextMenuEvent(QContextMenuEvent *event)
{
    // The Menu key: the circle the arrow keys' ring is on.
    const std::optional<QPointF> at = event->reason() == QContextMenuEvent::Keyboard
                                          ? m_keyCursor->current()
                                          : std::optional<QPointF>(event->pos());
    const QString ip = at ? ipAt(*at) : QString();
    if (ip.isEmpty())
        return;
    // Selected first, as a click selects it: everywhere, its details shown.
    setSelectedIp(ip);
    emit ipClicked(ip);
    emit menuWanted(ip, mapToGlobal(at->toPoint()));
}

bool MapView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = describeIp(ipAt(help->pos()), tr("Double-click to list its events."));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), PlainToolTip::of(text), this);
    return true;
}

QString MapView::describeIp(const QString &ip, const QString &howToList) const
{
    for (const Circle &c : circles()) {
        if (c.ip->ip != ip)
            continue;
        QStringList lines{
            c.ip->ip,
            tr("%1 (%2), built %3: within %4 km of %5")
                .arg(c.answer->database, c.answer->databaseType,
                     TimeFormat::buildDate(c.answer->buildEpoch),
                     QString::number(*c.answer->accuracyRadiusKm),
                     c.answer->city.value_or(c.answer->country.value_or(QString()))),
            tr("%1 · %2 · %3")
                .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup, c.ip->lookups),
                     EvidenceClassText::pluralCount(EvidenceClass::Communication,
                                                    c.ip->communications),
                     EvidenceClassText::pluralCount(EvidenceClass::Connection, c.ip->connections))};
        for (const Caveat &caveat : c.answer->caveats)
            lines.append(caveat.text);
        if (c.ip->lookups > 0)
            lines.append(EvidenceClassText::lookupCaveat());
        lines.append(howToList);
        return lines.join(u'\n');
    }
    return {};
}

QList<QPointF> MapView::figurePositions() const
{
    // Where a click picks each circle: its centre, or, under a smaller circle drawn over it, the
    // first point of its own further out.
    QList<QPointF> figures;
    const QList<Hit> all = hits();
    const QList<Circle> drawn = circles(); // largest first: all's order reversed
    const QTransform toScreen = projection(rect());
    for (qsizetype i = 0; i < all.size(); ++i) {
        const GeoAnswer &answer = *drawn.at(drawn.size() - 1 - i).answer;
        const QPointF centre = toScreen.map(QPointF(*answer.longitude, *answer.latitude));
        const double radius = all.at(i).box.width() / 2;
        std::optional<QPointF> stop;
        for (int ring = 0; ring < 4 && !stop; ++ring) {
            for (int step = 0; step < (ring == 0 ? 1 : 8) && !stop; ++step) {
                const QPointF at = centre + QLineF::fromPolar(radius * ring / 4.0, step * 45.0).p2();
                if (rect().contains(at.toPoint()) && ipAt(all, at) == all.at(i).ip)
                    stop = at;
            }
        }
        if (stop)
            figures.append(*stop);
    }
    return figures;
}
