#include "mapview.h"

#include "evidenceclass.h"
#include "evidenceclassstyle.h"
#include "figurekeycursor.h"
#include "geoexport.h"
#include "timeformat.h"
#include "worldoutlines.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace {
const QColor Water(0xEE, 0xF3, 0xF7);
const QColor Land(0xDD, 0xDD, 0xD8);
const QColor Border(0xA0, 0xA0, 0x98);
} // namespace

MapView::MapView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapView"));
    setMinimumSize(320, 200);
    setMouseTracking(true);
    m_keyCursor = new FigureKeyCursor(this, this,
                                      {[this]() { return figurePositions(); },
                                       [this](const QPointF &pos) { return describeIp(ipAt(pos), tr("Press Enter to list its events.")); },
                                       [this](const QPointF &pos) {
                                           if (const QString ip = ipAt(pos); !ip.isEmpty())
                                               emit ipDoubleClicked(ip);
                                       },
                                       {},
                                       [this](const QPointF &pos, double factor) { zoomAbout(pos, factor); }});
}

void MapView::setIps(const QList<IpSummary> &ips)
{
    m_ips = ips;
    if (!m_userMoved)
        fitToData();
    update();
}

void MapView::setDatabase(const QString &database)
{
    m_database = database;
    update();
}

QString MapView::database() const
{
    if (!m_database.isEmpty())
        return m_database;
    for (const IpSummary &ip : m_ips) {
        for (const GeoAnswer &a : ip.geo) {
            if (a.latitude)
                return a.database;
        }
    }
    return {};
}

void MapView::setSelectedIp(const QString &ip)
{
    m_selected = ip;
    update();
}

const GeoAnswer *MapView::chosenAnswer(const IpSummary &ip) const
{
    const QString name = database();
    for (const GeoAnswer &a : ip.geo) {
        if (a.database == name)
            return &a;
    }
    return nullptr;
}

QList<MapView::Circle> MapView::circles() const
{
    QList<Circle> result;
    for (const IpSummary &ip : m_ips) {
        const GeoAnswer *a = chosenAnswer(ip);
        if (a && GeoExport::drawable(*a))
            result.append({&ip, a});
    }
    // Large circles first, so small ones stay visible and clickable on top.
    std::sort(result.begin(), result.end(),
              [](const Circle &x, const Circle &y) { return *x.answer->accuracyRadiusKm > *y.answer->accuracyRadiusKm; });
    return result;
}

QStringList MapView::drawnIps() const
{
    QStringList ips;
    for (const Circle &c : circles())
        ips.append(c.ip->ip);
    return ips;
}

QTransform MapView::projection(const QRectF &target) const
{
    // Equirectangular: one degree of longitude is as wide as one of latitude.
    const double scale = qMin(target.width() / 360.0, target.height() / 180.0) * m_zoom;
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, -scale);
    t.translate(-m_centre.x(), -m_centre.y());
    return t;
}

void MapView::fitToData()
{
    m_userMoved = false;
    QRectF bounds;
    for (const Circle &c : circles()) {
        for (const auto &[lon, lat] : GeoExport::circle(*c.answer->latitude, *c.answer->longitude, *c.answer->accuracyRadiusKm, 16))
            bounds = bounds.isNull() ? QRectF(lon, lat, 1e-6, 1e-6) : bounds.united(QRectF(lon, lat, 1e-6, 1e-6));
    }
    if (bounds.isNull()) {
        m_centre = {0, 20};
        m_zoom = 1.0;
    } else {
        // A margin of a fifth on every side, and at least a few degrees, so the land around shows.
        const double margin = qMax(3.0, qMax(bounds.width(), bounds.height()) * 0.2);
        bounds = bounds.marginsAdded(QMarginsF(margin, margin, margin, margin));
        const QSizeF area = size().isEmpty() ? QSizeF(360, 180) : QSizeF(size());
        // The circles fitted above the legend, which hid those in the lower left corner.
        const double strip =
            size().isEmpty() ? 0.0 : qMin(legendRect().height() + 20, area.height() / 2);
        const double baseScale = qMin(area.width() / 360.0, area.height() / 180.0);
        const double needed =
            qMin(area.width() / bounds.width(), (area.height() - strip) / bounds.height());
        m_zoom = qBound(1.0, needed / baseScale, MaxZoom);
        // Their centre drawn at the middle of the room above the legend.
        m_centre = bounds.center() - QPointF(0, strip / 2 / (baseScale * m_zoom));
    }
    update();
}

QPainterPath MapView::circlePath(const QTransform &toScreen, const GeoAnswer &a) const
{
    QPolygonF ring;
    for (const auto &[lon, lat] : GeoExport::circle(*a.latitude, *a.longitude, *a.accuracyRadiusKm))
        ring.append(toScreen.map(QPointF(lon, lat)));
    QPainterPath path;
    const QRectF box = ring.boundingRect();
    if (box.width() < MinimumCirclePx * 2) {
        const QPointF centre = toScreen.map(QPointF(*a.longitude, *a.latitude));
        path.addEllipse(centre, MinimumCirclePx, MinimumCirclePx);
    } else {
        path.addPolygon(ring);
        path.closeSubpath();
    }
    return path;
}

void MapView::paintCountries(QPainter *painter, const QTransform &toScreen) const
{
    painter->setPen(QPen(Border, 0.6));
    painter->setBrush(Land);
    for (const WorldOutlines::Country &country : WorldOutlines::countries()) {
        for (const QPolygonF &ring : country.rings)
            painter->drawPolygon(toScreen.map(ring));
    }
}

void MapView::paintCircle(QPainter *painter, const QTransform &toScreen, const Circle &c) const
{
    const QPainterPath path = circlePath(toScreen, *c.answer);
    const bool selected = c.ip->ip == m_selected;
    const auto ring = [&](EvidenceClass cls, double width) {
        QPen pen(EvidenceClassStyle::color(cls), width, EvidenceClassStyle::lineStyle(cls));
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawPath(path);
    };
    painter->setBrush(Qt::NoBrush);
    if (c.ip->communications > 0) {
        QColor fill = EvidenceClassStyle::color(EvidenceClass::Communication);
        fill.setAlpha(90);
        painter->setBrush(fill);
        ring(EvidenceClass::Communication, 1.5);
        painter->setBrush(Qt::NoBrush);
    }
    if (c.ip->connections > 0)
        ring(EvidenceClass::Connection, 1.5);
    if (c.ip->lookups > 0)
        ring(EvidenceClass::Lookup, 2.0);
    if (selected) {
        QPen pen(Qt::black, 1.0);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->drawRect(path.boundingRect().adjusted(-4, -4, 4, 4));
    }
}

QStringList MapView::legendNotes(bool compact) const
{
    QStringList notes;
    for (const IpSummary &ip : m_ips) {
        if (const GeoAnswer *a = chosenAnswer(ip)) {
            notes.append(
                tr("Database: %1 (%2), built %3")
                    .arg(a->database, a->databaseType, TimeFormat::buildDate(a->buildEpoch)));
            break;
        }
    }
    if (notes.isEmpty())
        notes.append(tr("No geolocation database has answered yet."));
    notes.append(tr("Each circle is the database's accuracy radius: an estimate of where the address was, not a device's position."));
    if (compact)
        notes = notes.mid(0, 2);
    else
        notes.append(tr("Circles smaller than %1 px are drawn at %1 px. Country-only answers are listed beside the map, not drawn.")
                     .arg(MinimumCirclePx));
    if (!compact) {
        notes.append(EvidenceClassText::lookupCaveat());
        notes.append(tr("Basemap made with Natural Earth."));
    }
    return notes;
}

QRectF MapView::legendBox(const QRectF &target, bool compact, const QFontMetricsF &fm) const
{
    const double line = fm.height() + 4;
    const double width = compact ? qBound(240.0, target.width() * 0.4, 360.0) : qBound(200.0, target.width() * 0.45, 460.0);
    double height = line * 3 + 8; // a line each class
    for (const QString &note : legendNotes(compact))
        height += fm.boundingRect(QRectF(0, 0, width - 16, 1000), Qt::TextWordWrap, note).height() + 2;
    return QRectF(target.left() + 10, target.bottom() - height - 10, width, height);
}

QRectF MapView::legendRect() const
{
    return legendBox(rect(), true, QFontMetricsF(font()));
}

void MapView::paintLegend(QPainter *painter, const QRectF &target, bool compact) const
{
    const QFontMetricsF fm(painter->font());
    const double line = fm.height() + 4;
    const QStringList notes = legendNotes(compact);
    const QList<EvidenceClass> classes{EvidenceClass::Lookup, EvidenceClass::Communication,
                                       EvidenceClass::Connection};
    const QRectF box = legendBox(target, compact, fm);
    const double width = box.width();
    painter->setPen(QPen(Border, 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRect(box);
    double y = box.top() + 4;
    const QStringList classWords{tr("Lookups (dashed, hollow)"), tr("Communications (solid, filled)"),
                                 tr("Connections (dotted)")};
    for (int i = 0; i < classes.size(); ++i) {
        QPen pen(EvidenceClassStyle::color(classes[i]), 2, EvidenceClassStyle::lineStyle(classes[i]));
        painter->setPen(pen);
        if (classes[i] == EvidenceClass::Communication) {
            QColor fill = EvidenceClassStyle::color(classes[i]);
            fill.setAlpha(90);
            painter->setBrush(fill);
        } else {
            painter->setBrush(Qt::NoBrush);
        }
        painter->drawEllipse(QRectF(box.left() + 8, y + 2, line - 6, line - 6));
        painter->setPen(Qt::black);
        painter->drawText(QRectF(box.left() + line + 8, y, width - line - 16, line), Qt::AlignVCenter, classWords[i]);
        y += line;
    }
    painter->setPen(QColor(0x30, 0x30, 0x30));
    for (const QString &note : notes) {
        const QRectF r = fm.boundingRect(QRectF(box.left() + 8, y, width - 16, 1000), Qt::TextWordWrap, note);
        painter->drawText(QRectF(box.left() + 8, y, width - 16, r.height()), Qt::TextWordWrap, note);
        y += r.height() + 2;
    }
}

void MapView::render(QPainter *painter, const QRectF &target, bool compactLegend) const
{
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, Water);
    painter->setRenderHint(QPainter::Antialiasing);
    const QTransform toScreen = projection(target);
    paintCountries(painter, toScreen);
    const QList<Circle> all = circles();
    for (const Circle &c : all)
        paintCircle(painter, toScreen, c);
    // Each circle named by its address, so a printed map can be traced to the IP list.
    painter->setPen(QColor(0x20, 0x20, 0x20));
    for (const Circle &c : all) {
        const QRectF box = labelBox(toScreen, c, target, QFontMetricsF(painter->font()));
        painter->drawText(box, Qt::AlignLeft | Qt::AlignVCenter, c.ip->ip);
    }
    paintLegend(painter, target, compactLegend);
    painter->restore();
}

QRectF MapView::labelBox(const QTransform &toScreen, const Circle &c, const QRectF &target, const QFontMetricsF &fm) const
{
    const QRectF circle = circlePath(toScreen, *c.answer).boundingRect();
    const QSizeF size(fm.horizontalAdvance(c.ip->ip), fm.height());
    // Right of the circle, or left of it where the right runs past the map's edge (the list of
    // addresses not drawn sits there on screen and cut the label).
    const double x = circle.right() + 4 + size.width() <= target.right() ? circle.right() + 4 : circle.left() - 4 - size.width();
    return QRectF(QPointF(x, circle.center().y() - size.height() / 2), size);
}

std::optional<QRectF> MapView::labelOf(const QString &ip) const
{
    for (const Circle &c : circles()) {
        if (c.ip->ip == ip)
            return labelBox(projection(rect()), c, rect(), QFontMetricsF(font()));
    }
    return std::nullopt;
}

void MapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(&painter, rect(), true);
    // Moved or zoomed: the keyboard's cursor keeps its circle only if it is still where it was.
    const QTransform drawn = projection(rect());
    if (drawn != m_lastDrawn) {
        m_lastDrawn = drawn;
        QMetaObject::invokeMethod(m_keyCursor, &FigureKeyCursor::followRedraw, Qt::QueuedConnection);
    }
}

bool MapView::exportTo(const QString &path, const QSize &size, QString *error) const
{
    if (path.endsWith(u".pdf", Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(size) * 0.75, QPageSize::Point)); // 96 px per inch
        pdf.setPageMargins({});
        pdf.setResolution(96);
        pdf.setTitle(tr("LookupLens — client IP map"));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("%1: cannot write the PDF").arg(path);
            return false;
        }
        render(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
        return true;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        render(&painter, QRectF(image.rect()));
    }
    if (!image.save(path)) {
        *error = tr("%1: cannot write the image (use .png or .pdf)").arg(path);
        return false;
    }
    return true;
}
