#pragma once

#include "ipsummary.h"

#include <QPainterPath>
#include <QTransform>
#include <QWidget>

class FigureKeyCursor;

/// @brief An offline world map (Natural Earth outlines, equirectangular) drawing each located
/// IP as its accuracy circle for one database — never a pin. Circles carry the visual language:
/// lookups a dashed amber ring, communications a solid filled blue disc, connections a dotted
/// grey ring. Country-only and unplaced answers are not drawn (MapPanel lists them). Wheel zooms
/// about the cursor, drag pans, a click selects the smallest circle under it. GUI thread only.
class MapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)
public:
    /// @brief Circles smaller than this many pixels are drawn at this size (the legend says so).
    static constexpr double MinimumCirclePx = 3.0;

    explicit MapView(QWidget *parent = nullptr);

    void setIps(const QList<IpSummary> &ips);
    /// @brief The database whose answers are drawn; empty picks the first that places anything.
    void setDatabase(const QString &database);
    QString database() const;
    void setSelectedIp(const QString &ip);
    QString selectedIp() const { return m_selected; }
    /// @brief Zooms so every drawn circle is in view (the whole world when none is).
    void fitToData();
    /// @brief The IPs drawn as circles, for the chosen database.
    QStringList drawnIps() const;
    /// @brief The IP whose circle is smallest under @p pos, or empty.
    QString ipAt(const QPointF &pos) const;
    /// @brief Where an IP's circle centre is drawn, in widget coordinates (for tests and tools).
    std::optional<QPointF> centreOf(const QString &ip) const;
    /// @brief Where an IP's label is drawn, in widget coordinates (for tests and tools).
    std::optional<QRectF> labelOf(const QString &ip) const;
    /// @brief Where the on-screen legend is drawn, in widget coordinates.
    QRectF legendRect() const;
    /// @brief Where a click picks each circle drawn, in widget coordinates: the keyboard's stops.
    QList<QPointF> figurePositions() const;
    /// @brief The arrow keys' cursor over the circles (Enter lists a circle's events).
    FigureKeyCursor *keyCursor() const { return m_keyCursor; }
    /// @brief What hovering @p ip's circle says, ending with @p howToList; empty if it is not drawn.
    QString describeIp(const QString &ip, const QString &howToList) const;
    /// @brief Paints map, circles and legend into @p target. On screen the legend is compact
    /// (the Legend dock carries the caveat); exports carry every note.
    void render(QPainter *painter, const QRectF &target, bool compactLegend = false) const;
    /// @brief Writes the map as PNG or PDF (by suffix) at @p size; false with @p error on failure.
    bool exportTo(const QString &path, const QSize &size, QString *error) const;

signals:
    void ipClicked(const QString &ip);
    /// @brief A circle double-clicked: the events behind it are wanted.
    void ipDoubleClicked(const QString &ip);
    /// @brief A circle's context menu is wanted at @p globalPos (the circle selected first).
    void menuWanted(const QString &ip, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Circle
    {
        const IpSummary *ip;
        const GeoAnswer *answer;
    };
    QList<Circle> circles() const;
    /// A circle as a click finds it: its outline on screen and the box around it.
    struct Hit
    {
        QString ip;
        QPainterPath path;
        QRectF box;
    };
    /// Each circle drawn, smallest (topmost, picked first) first.
    QList<Hit> hits() const;
    static QString ipAt(const QList<Hit> &hits, const QPointF &pos);
    const GeoAnswer *chosenAnswer(const IpSummary &ip) const;
    QTransform projection(const QRectF &target) const;
    /// Zooms by @p factor keeping the place at @p pos where it is.
    void zoomAbout(const QPointF &pos, double factor);
    void paintCountries(QPainter *painter, const QTransform &toScreen) const;
    void paintCircle(QPainter *painter, const QTransform &toScreen, const Circle &circle) const;
    /// The legend's notes under its classes: fewer on screen than in an export.
    QStringList legendNotes(bool compact) const;
    /// Where the legend stands in @p target, drawn with @p fm.
    QRectF legendBox(const QRectF &target, bool compact, const QFontMetricsF &fm) const;
    void paintLegend(QPainter *painter, const QRectF &target, bool compact) const;
    QPainterPath circlePath(const QTransform &toScreen, const GeoAnswer &answer) const;
    QRectF labelBox(const QTransform &toScreen, const Circle &circle, const QRectF &target, const QFontMetricsF &fm) const;

    FigureKeyCursor *m_keyCursor;
    QTransform m_lastDrawn; ///< the projection last painted with
    QList<IpSummary> m_ips;
    QString m_database;
    QString m_selected;
    QPointF m_centre{0, 20}; ///< longitude, latitude at the view's centre
    static constexpr double MaxZoom = 2000.0; ///< the most m_zoom may be: about a fifth of a degree across
    double m_zoom = 1.0;     ///< 1 = the whole world fits
    QPoint m_dragFrom;
    bool m_dragging = false;
    bool m_dragged = false;
    bool m_userMoved = false; ///< once the analyst zooms or pans, resizing keeps their view
};
