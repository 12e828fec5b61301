#pragma once

#include "sourceperiods.h"

#include <QBrush>
#include <QCoreApplication>
#include <QHash>
#include <QMenu>
#include <QPen>
#include <QTimeZone>
#include <QVector>

#include <functional>
#include <optional>

#include <qcustomplot.h>

/// @brief Stretches of time hatched across the whole height of an axis rect, under everything
/// else: on the timeline and the events per day, the time between the periods of the sources
/// the events come from, where no record is evidence of nothing. A plottable, so that the legend
/// lists it with its pattern. Its key axis counts seconds.
class GapShading final : public QCPAbstractPlottable
{
    Q_OBJECT
public:
    GapShading(QCPAxis *keyAxis, QCPAxis *valueAxis);
    /// @brief The stretches drawn, and the names of the sources either side of each (by id).
    void setGaps(const QList<PeriodGap> &gaps, const QHash<qint64, QString> &sourceNames);
    const QList<PeriodGap> &gaps() const { return m_gaps; }
    /// @brief Lists the hatching in @p legend while a stretch is drawn, and takes it off after.
    void listIn(QCPLegend *legend);
    /// @brief The stretch at @p pos, inside the axis rect; none elsewhere.
    std::optional<PeriodGap> gapAt(const QPointF &pos) const;
    /// @brief A stop for the keyboard in each stretch in view, at its middle and at @p y.
    QList<QPointF> stops(double y) const;
    /// @brief What hovering @p gap says, its times in @p zone.
    QString describe(const PeriodGap &gap, const QTimeZone &zone) const;
    /// @brief How to see, in the Sources panel, the source a gap follows: by a click or, where
    /// @p byKeyboard, by Enter.
    static QString howToShowSource(bool byKeyboard);
    /// @brief Where a stretch is at @p pos, adds to @p menu the entry that shows the source it
    /// follows, @p chosen called with that source's id; false where none is.
    bool addMenuEntry(QMenu *menu, const QPointF &pos,
                      const std::function<void(qint64)> &chosen) const;

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
    QList<PeriodGap> m_gaps;
    QHash<qint64, QString> m_names;
};
