#include "gapshading.h"

#include "plotcaching.h"

namespace {

// Grey, apart from both classes' colours; the hatching, not the grey, tells it from an IP's bar.
const QColor GapColor(0x70, 0x70, 0x70);

double plotSeconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

} // namespace

GapShading::GapShading(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis)
{
    setSelectable(QCP::stNone);
    setAntialiasedFill(false);
    setPen(QPen(GapColor, 1.0, Qt::DotLine));
    setBrush(QBrush(GapColor, Qt::BDiagPattern));
    // Two short lines: a legend of two columns grew wider than the plot with one long one.
    setName(tr("Between returns (hatched):\nno source covers this time"));
}

void GapShading::setGaps(const QList<PeriodGap> &gaps, const QHash<qint64, QString> &sourceNames)
{
    m_gaps = gaps;
    m_names = sourceNames;
}

void GapShading::listIn(QCPLegend *legend)
{
    const bool listed = legend->hasItemWithPlottable(this);
    if (!m_gaps.isEmpty() && !listed)
        legend->addItem(new CachedLegendItem(legend, this));
    else if (m_gaps.isEmpty() && listed)
        legend->removeItem(legend->itemWithPlottable(this));
}

std::optional<PeriodGap> GapShading::gapAt(const QPointF &pos) const
{
    if (!keyAxis()->axisRect()->rect().contains(pos.toPoint()))
        return std::nullopt;
    const double at = keyAxis()->pixelToCoord(pos.x());
    for (const PeriodGap &gap : m_gaps) {
        if (at >= plotSeconds(gap.fromMs) && at <= plotSeconds(gap.toMs))
            return gap;
    }
    return std::nullopt;
}

QList<QPointF> GapShading::stops(double y) const
{
    QList<QPointF> result;
    const QCPRange view = keyAxis()->range();
    for (const PeriodGap &gap : m_gaps) {
        const double from = qMax(plotSeconds(gap.fromMs), view.lower);
        const double to = qMin(plotSeconds(gap.toMs), view.upper);
        if (from < to)
            result.append({keyAxis()->coordToPixel((from + to) / 2), y});
    }
    return result;
}

QString GapShading::describe(const PeriodGap &gap, const QTimeZone &zone) const
{
    return tr("Between returns. %1")
        .arg(SourcePeriods::describeGap(gap, zone, m_names.value(gap.beforeSourceId),
                                        m_names.value(gap.afterSourceId)));
}

QString GapShading::howToShowSource(bool byKeyboard)
{
    return byKeyboard ? tr("Press Enter to see, in Sources, the source whose period it follows.")
                      : tr("Click to see, in Sources, the source whose period it follows.");
}

bool GapShading::addMenuEntry(QMenu *menu, const QPointF &pos,
                              const std::function<void(qint64)> &chosen) const
{
    const auto gap = gapAt(pos);
    if (!gap)
        return false;
    const qint64 before = gap->beforeSourceId;
    QObject::connect(menu->addAction(tr("Show the &source before it")), &QAction::triggered, menu,
                     [chosen, before]() { chosen(before); });
    return true;
}

double GapShading::selectTest(const QPointF &, bool, QVariant *) const
{
    return -1; // not QCustomPlot's to select: the view finds it by gapAt()
}

QCPRange GapShading::getKeyRange(bool &foundRange, QCP::SignDomain) const
{
    foundRange = !m_gaps.isEmpty();
    if (!foundRange)
        return {};
    return QCPRange(plotSeconds(m_gaps.first().fromMs), plotSeconds(m_gaps.last().toMs));
}

QCPRange GapShading::getValueRange(bool &foundRange, QCP::SignDomain, const QCPRange &) const
{
    foundRange = false; // the whole height, whatever it is
    return {};
}

void GapShading::draw(QCPPainter *painter)
{
    const QRect area = clipRect();
    for (const PeriodGap &gap : std::as_const(m_gaps)) {
        double left = keyAxis()->coordToPixel(plotSeconds(gap.fromMs));
        double right = keyAxis()->coordToPixel(plotSeconds(gap.toMs));
        if (left > right)
            std::swap(left, right);
        if (right < area.left() || left > area.right())
            continue;
        const QRectF rect(QPointF(qMax(left, double(area.left() - 2)), area.top()),
                          QPointF(qMin(right, double(area.right() + 2)), area.bottom()));
        painter->fillRect(rect, brush());
        painter->setPen(pen());
        painter->drawLine(QPointF(left, area.top()), QPointF(left, area.bottom()));
        painter->drawLine(QPointF(right, area.top()), QPointF(right, area.bottom()));
    }
}

void GapShading::drawLegendIcon(QCPPainter *painter, const QRectF &rect) const
{
    painter->fillRect(rect, brush());
    painter->setPen(pen());
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
}
