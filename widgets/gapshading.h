#pragma once

#include <QBrush>
#include <QPen>
#include <QVector>

#include <qcustomplot.h>

/// @brief Stretches of time hatched across the whole height of the plot, under everything else:
/// on the timeline, the time between the periods of the sources its events come from, where no
/// record is evidence of nothing. A plottable, so that the legend lists it with its pattern.
class GapShading final : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    GapShading(QCPAxis *keyAxis, QCPAxis *valueAxis);
    /// @brief The stretches, in key axis coordinates.
    void setGaps(const QVector<QCPRange> &gaps) { m_gaps = gaps; }
    const QVector<QCPRange> &gaps() const { return m_gaps; }

    double selectTest(const QPointF &pos, bool onlySelectable,
                      QVariant *details = nullptr) const override;
    QCPRange getKeyRange(bool &foundRange,
                         QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool &foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange &inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter *painter) override;
    void drawLegendIcon(QCPPainter *painter, const QRectF &rect) const override;

private:
    QVector<QCPRange> m_gaps;
};
