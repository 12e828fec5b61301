#pragma once

#include <QHash>
#include <QPixmap>
#include <QTimeZone>
#include <QVector>

#include <functional>
#include <optional>

#include <qcustomplot.h>

/// @brief Ways to keep a QCustomPlot replot close to the cost of its data: text that does not
/// change with the zoom is drawn from a pixmap on screen, and drawn as text in every export
/// (QCustomPlot paints exports with QCPPainter::pmNoCaching, so a PDF keeps vector text).
namespace PlotCaching {

/// @brief QCustomPlot caches 16 tick labels per axis; a timeline has more lanes than that, and
/// a cache smaller than the labels it serves re-renders every one of them on every replot.
void setTickLabelCacheSize(QCPAxis *axis, int labels);

/// @brief True when @p painter draws an export (PNG, PDF) rather than the screen.
bool isExport(const QCPPainter *painter);

/// @brief @p marker rendered once into a pixmap, for the screen: QCustomPlot then copies the
/// pixmap at each point instead of filling and stroking a smoothed path there. Empty when
/// @p pixelRatio is not 1 (QCustomPlot centres marker pixmaps by their device size).
std::optional<QCPScatterStyle> pixmapMarker(const QCPScatterStyle &marker, qreal pixelRatio);

} // namespace PlotCaching

/// @brief Everything a cached text or legend picture depends on, compared field by field on
/// every replot (cheaper than building a string key).
struct PlotCacheKey
{
    QString text;
    QFont font;
    QRgb color = 0;
    QMargins margins;
    QSize iconSize;
    bool selected = false;
    QSize size;       ///< of the picture; empty in a size-hint key
    qreal ratio = 0;  ///< device pixel ratio; 0 in a size-hint key
    bool operator==(const PlotCacheKey &) const = default;
};

/// @brief A picture of a layout element, rendered again only when its key changes; exports
/// bypass it and draw the element itself.
class CachedPicture
{
public:
    void setOpaqueBackground(const QColor &color) { m_background = color; }
    void draw(QCPPainter *painter, const QRect &rect, PlotCacheKey key, const std::function<void(QCPPainter *)> &paint);

private:
    PlotCacheKey m_key;
    QPixmap m_pixmap;
    QColor m_background;
};

/// @brief A QCPTextElement whose text is rendered once per size, text, font and colour and then
/// drawn as a pixmap; its size hints are measured once too (QCustomPlot asks for them on every
/// replot). Exports draw the text itself.
class CachedTextElement final : public QCPTextElement
{
    Q_OBJECT
public:
    CachedTextElement(QCustomPlot *plot, const QString &text, const QFont &font);
    /// @brief The solid colour under the element on screen, if any: the cached picture is then
    /// opaque and drawn as a plain copy.
    void setOpaqueBackground(const QColor &color) { m_picture.setOpaqueBackground(color); }

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;
    QSize maximumOuterSizeHint() const override;

private:
    PlotCacheKey key() const;
    mutable PlotCacheKey m_hintKey;
    mutable QSize m_minimumHint;
    mutable QSize m_maximumHint;
    CachedPicture m_picture;
};

/// @brief A legend entry drawn from a pixmap on screen and as itself in exports, with its size
/// measured once: the same as QCPPlottableLegendItem, minus the text layout on every replot.
class CachedLegendItem final : public QCPPlottableLegendItem
{
    Q_OBJECT
public:
    CachedLegendItem(QCPLegend *legend, QCPAbstractPlottable *plottable);
    /// @brief As CachedTextElement::setOpaqueBackground.
    void setOpaqueBackground(const QColor &color) { m_picture.setOpaqueBackground(color); }

protected:
    void draw(QCPPainter *painter) override;
    QSize minimumOuterSizeHint() const override;

private:
    PlotCacheKey key() const;
    mutable PlotCacheKey m_hintKey;
    mutable QSize m_hint;
    CachedPicture m_picture;
};

/// @brief Horizontal bars from a start to an end time, one per lane: the whole set drawn in one
/// pass (a QCPItemRect each costs a dozen coordinate conversions and a state change per replot).
class IntervalBars final : public QCPLayerable
{
    Q_OBJECT
public:
    struct Interval
    {
        double from = 0; ///< key axis coordinates
        double to = 0;
        double lane = 0; ///< value axis coordinate of the bar's middle
    };
    IntervalBars(QCPAxis *keyAxis, QCPAxis *valueAxis);
    void setIntervals(const QVector<Interval> &intervals) { m_intervals = intervals; }
    const QVector<Interval> &intervals() const { return m_intervals; }
    void setStyle(const QPen &pen, const QBrush &brush, double halfHeight);

protected:
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;
    QRect clipRect() const override;

private:
    QCPAxis *m_keyAxis;
    QCPAxis *m_valueAxis;
    QVector<Interval> m_intervals;
    QPen m_pen;
    QBrush m_brush;
    double m_halfHeight = 0.15;
};
