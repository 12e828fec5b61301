#include "patternsview.h"

#include "evidenceclassstyle.h"
#include "figurekeycursor.h"
#include "gapshading.h"
#include "plainmessagebox.h"
#include "plaintooltip.h"
#include "plotexport.h"
#include "plotfiguremenu.h"
#include "plotpixelratio.h"
#include "timeformat.h"
#include "zonedticker.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace {

QCPColorGradient gradientFor(EvidenceClass cls)
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0, Qt::white);
    gradient.setColorStopAt(1, EvidenceClassStyle::color(cls));
    return gradient;
}

} // namespace

PatternsView::PatternsView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("patternsView"));
    auto *exportButton = new QPushButton(tr("Export PNG/PDF…"), this);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    // QCustomPlot asks for the width of its longest text; the docks beside it need that room.
    m_plot->setMinimumSize(240, 160);
    m_plot->setAccessibleName(tr("Hour-of-day and weekday patterns"));
    PlotPixelRatio::follow(m_plot);
    layout->addWidget(m_plot, 1);
    connect(exportButton, &QPushButton::clicked, this, &PatternsView::exportWithDialog);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &PatternsView::showHover);
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        if (event->button() == Qt::LeftButton) // the right button opens the figure's menu
            chooseAt(event->pos());
    });
    buildPlot();
    m_keyCursor = new FigureKeyCursor(m_plot, m_plot,
                                      {[this]() { return figurePositions(); },
                                       [this](const QPointF &pos) { return hoverText(pos, true); },
                                       [this](const QPointF &pos) { chooseAt(pos); }});
    connect(m_plot, &QCustomPlot::afterReplot, m_keyCursor, &FigureKeyCursor::followRedraw);
    m_figureMenu = new PlotFigureMenu(m_plot, m_keyCursor, [this](QMenu *menu, const QPointF &pos) {
        return fillMenu(menu, pos);
    });
}

bool PatternsView::fillMenu(QMenu *menu, const QPointF &pos)
{
    // What a click on the figure does, offered with the figure named.
    if (auto choice = choiceAt(pos)) {
        menu->addSection(choice->description);
        menu->addAction(tr("&List its events"), this, [this, choice = std::move(*choice)]() {
            emit eventsChosen(choice.ids(), choice.description);
        });
    } else {
        return m_gapShading->addMenuEntry(menu, pos,
                                          [this](qint64 source) { emit gapChosen(source); });
    }
    return true;
}

void PatternsView::chooseAt(const QPointF &pos)
{
    if (const auto choice = choiceAt(pos))
        emit eventsChosen(choice->ids(), choice->description);
    else if (const auto gap = m_gapShading->gapAt(pos))
        emit gapChosen(gap->beforeSourceId);
}

QList<QPointF> PatternsView::figurePositions() const
{
    QList<QPointF> figures;
    for (EvidenceClass cls : AllEvidenceClasses) {
        const QCPColorMap *map = m_maps[int(cls)];
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                if (heatmapCell(cls, d, h) > 0)
                    figures.append({map->keyAxis()->coordToPixel(h), map->valueAxis()->coordToPixel(d)});
            }
        }
    }
    for (EvidenceClass cls : AllEvidenceClasses) {
        QCPBars *bars = m_bars[int(cls)];
        const double base = bars->valueAxis()->coordToPixel(0);
        for (int i = 0; i < bars->dataCount(); ++i) {
            if (bars->data()->at(i)->value <= 0)
                continue;
            const QPointF top = bars->dataPixelPosition(i); // beside the day's other bars, as drawn
            figures.append({top.x(), (top.y() + base) / 2});
        }
    }
    figures += m_gapShading->stops(m_gapShading->keyAxis()->axisRect()->center().y());
    return figures;
}

std::optional<PatternsView::Choice> PatternsView::choiceAt(const QPointF &pos) const
{
    if (auto cell = cellAt(pos))
        return cell;
    if (auto darkest = darkestAt(pos))
        return darkest;
    return dayBarAt(pos);
}

QString PatternsView::cellText(int weekday, int hour) const
{
    return tr("%1s between %2:00 and %3:00")
        .arg(QLocale().standaloneDayName(weekday + 1))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg((hour + 1) % 24, 2, 10, QLatin1Char('0'));
}

std::optional<PatternsView::Choice> PatternsView::cellAt(const QPointF &pos) const
{
    for (EvidenceClass cls : AllEvidenceClasses) {
        const QCPColorMap *map = m_maps[int(cls)];
        if (!map->keyAxis()->axisRect()->rect().contains(pos.toPoint()))
            continue;
        const int hour = qRound(map->keyAxis()->pixelToCoord(pos.x()));
        const int weekday = qRound(map->valueAxis()->pixelToCoord(pos.y()));
        if (hour < 0 || hour > 23 || weekday < 0 || weekday > 6)
            return std::nullopt;
        const auto count = qint64(heatmapCell(cls, weekday, hour));
        if (count == 0)
            return std::nullopt;
        const QString description = tr("%1 of %2 on %3 (%4)", "a heatmap cell: on Mondays between 03:00 and 04:00")
                                        .arg(EvidenceClassText::pluralCount(cls, count), m_data.handlesText(),
                                             cellText(weekday, hour), TimeFormat::zoneLabel(m_zone));
        const auto ids = [points = m_data.points, zone = m_zone, cls, weekday, hour]() {
            return TimelineSeries::weekHourEventIds(points, zone, cls, weekday, hour);
        };
        return Choice{cls, description, ids};
    }
    return std::nullopt;
}

QList<QPair<int, int>> PatternsView::cellsHolding(EvidenceClass evidenceClass, qint64 count) const
{
    QList<QPair<int, int>> cells;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h) {
            if (qint64(heatmapCell(evidenceClass, d, h)) == count)
                cells.append({d, h});
        }
    }
    return cells;
}

QString PatternsView::cellsText(const QList<QPair<int, int>> &cells) const
{
    constexpr int Named = 4; // a long list of cells is named by its first ones
    QStringList named;
    for (int i = 0; i < cells.size() && i < Named; ++i)
        named.append(cellText(cells[i].first, cells[i].second));
    if (cells.size() > Named) {
        named.removeLast();
        named.append(tr("%n more", nullptr, int(cells.size() - Named + 1)));
    }
    return QLocale().createSeparatedList(named);
}

std::optional<PatternsView::Choice> PatternsView::darkestAt(const QPointF &pos) const
{
    for (EvidenceClass cls : AllEvidenceClasses) {
        const qint64 peak = m_darkest[size_t(cls)];
        if (peak == 0 || m_maps[int(cls)]->keyAxis()->getPartAt(pos) != QCPAxis::spAxisLabel)
            continue;
        // Every cell as dark as the figure says: picking one of equals would hide the others.
        const QList<QPair<int, int>> cells = cellsHolding(cls, peak);
        const QString description = tr("the %n darkest cell(s) of %1's heatmap, %2 each: %3 (%4)", nullptr, int(cells.size()))
                                        .arg(m_data.handlesText(), EvidenceClassText::pluralCount(cls, peak), cellsText(cells),
                                             TimeFormat::zoneLabel(m_zone));
        const auto ids = [points = m_data.points, zone = m_zone, cls, cells]() {
            QList<qint64> found;
            for (const auto &[weekday, hour] : cells)
                found.append(TimelineSeries::weekHourEventIds(points, zone, cls, weekday, hour));
            return found;
        };
        return Choice{cls, description, ids};
    }
    return std::nullopt;
}

std::optional<PatternsView::Choice> PatternsView::dayBarAt(const QPointF &pos) const
{
    for (EvidenceClass cls : AllEvidenceClasses) {
        QCPBars *bars = m_bars[int(cls)];
        if (bars->selectTest(pos, false) < 0)
            continue;
        const qint64 at = qint64(bars->keyAxis()->pixelToCoord(pos.x()) * 1000.0);
        const qint64 from = TimelineSeries::binStart(at, BinSize::Day, m_zone);
        // A day's points are few beside the handle's: found here, they give the figure too.
        const QList<qint64> ids =
            TimelineSeries::eventIds(m_data.points, from, TimelineSeries::nextBinStart(from, BinSize::Day, m_zone), cls);
        if (ids.isEmpty())
            continue;
        const QString description = tr("%1 of %2 on %3 (%4)")
                                        .arg(EvidenceClassText::pluralCount(cls, ids.size()), m_data.handlesText(),
                                             QDateTime::fromMSecsSinceEpoch(from, m_zone).toString(QStringLiteral("yyyy-MM-dd")),
                                             TimeFormat::zoneLabel(m_zone));
        return Choice{cls, description, [ids]() { return ids; }};
    }
    return std::nullopt;
}

QString PatternsView::hoverText(const QPointF &pos, bool byKeyboard) const
{
    const auto choice = choiceAt(pos);
    if (!choice) {
        const auto gap = m_gapShading->gapAt(pos);
        return gap ? m_gapShading->describe(*gap, m_zone) + u'\n' +
                         GapShading::howToShowSource(byKeyboard)
                   : QString();
    }
    QString text = choice->description + u'\n' +
                   (byKeyboard ? tr("Press Enter to list them in the events table.")
                               : tr("Click to list them in the events table."));
    if (choice->evidenceClass == EvidenceClass::Lookup)
        text += u'\n' + EvidenceClassText::lookupCaveat();
    return text;
}

void PatternsView::showHover(QMouseEvent *event)
{
    const QString text = hoverText(event->pos(), false);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), PlainToolTip::of(text), m_plot);
}

void PatternsView::buildPlot()
{
    QCPLayoutGrid *grid = m_plot->plotLayout();
    grid->clear();
    m_title = new QCPTextElement(m_plot, QString(), QFont(font().family(), 10, QFont::Bold));
    grid->addElement(0, 0, m_title);
    auto *heatmaps = new QCPLayoutGrid;
    grid->addElement(1, 0, heatmaps);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const QStringList days{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < days.size(); ++d)
        ticker->addTick(d, days[d]);
    for (EvidenceClass cls : AllEvidenceClasses) {
        auto *rect = new QCPAxisRect(m_plot);
        heatmaps->addElement(0, int(cls), rect);
        rect->axis(QCPAxis::atLeft)->setTicker(ticker);
        rect->axis(QCPAxis::atLeft)->setRangeReversed(true);
        rect->axis(QCPAxis::atLeft)->setRange(-0.5, 6.5);
        rect->axis(QCPAxis::atBottom)->setRange(-0.5, 23.5);
        auto *map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        map->data()->setSize(24, 7);
        map->data()->setRange(QCPRange(0, 23), QCPRange(0, 6));
        map->setGradient(gradientFor(cls));
        map->setInterpolate(false);
        m_maps.append(map);
    }
    auto *days_ = new QCPAxisRect(m_plot);
    auto *dayRow = new QCPLayoutGrid; // the days' bars and, beside them, their legend
    grid->addElement(2, 0, dayRow);
    dayRow->addElement(0, 0, days_);
    days_->axis(QCPAxis::atBottom)->setTicker(QSharedPointer<ZonedDateTimeTicker>::create());
    days_->axis(QCPAxis::atLeft)->setLabel(tr("Events per day"));
    auto whole = QSharedPointer<QCPAxisTickerFixed>::create(); // counts are whole numbers
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    days_->axis(QCPAxis::atLeft)->setTicker(whole);
    // The time between the sources first: under the bars.
    m_gapShading = new GapShading(days_->axis(QCPAxis::atBottom), days_->axis(QCPAxis::atLeft));
    auto *group = new QCPBarsGroup(m_plot);
    for (EvidenceClass cls : AllEvidenceClasses) {
        auto *bars = new QCPBars(days_->axis(QCPAxis::atBottom), days_->axis(QCPAxis::atLeft));
        bars->setPen(QPen(EvidenceClassStyle::color(cls), 1.2, EvidenceClassStyle::lineStyle(cls)));
        bars->setBrush(cls == EvidenceClass::Communication ? QBrush(EvidenceClassStyle::color(cls)) : Qt::NoBrush);
        bars->setWidth(86400.0 / 4);
        bars->setBarsGroup(group);
        bars->setName(cls == EvidenceClass::Lookup ? tr("Lookups (outlined, dashed)")
                      : cls == EvidenceClass::Communication ? tr("Communications (filled)")
                                                            : tr("Connections (dotted)"));
        m_bars.append(bars);
    }
    // The legend beside the days, never over them (as the timeline's): inside their corner it hid
    // the top of the latest days' bars, where a return's last busy days stand. Beside, not
    // under: a row of its own took its height from the heatmaps.
    auto *legend = new QCPLegend;
    auto *legendColumn = new QCPLayoutGrid; // the legend at the top, as tall as its entries
    dayRow->addElement(0, 1, legendColumn);
    dayRow->setColumnStretchFactor(1, 0.001);
    legendColumn->setMargins(QMargins(8, 0, 2, 0)); // its frame inside the picture's edge
    legendColumn->addElement(0, 0, legend);
    legendColumn->addElement(1, 0, new QCPLayoutElement(m_plot));
    legendColumn->setRowStretchFactor(0, 0.001);
    legend->setLayer(QStringLiteral("legend"));
    for (QCPBars *bars : std::as_const(m_bars))
        bars->addToLegend(legend);
    m_dayLegend = legend;
    auto *caveat = new QCPTextElement(m_plot, EvidenceClassText::lookupCaveat().replace(QStringLiteral(". "), QStringLiteral(".\n")),
                                      QFont(font().family(), 8));
    grid->addElement(3, 0, caveat);
    grid->setRowStretchFactor(0, 0.001);
    grid->setRowStretchFactor(3, 0.001);
    setDisplayZone(m_zone);
}

void PatternsView::setDisplayZone(const QTimeZone &zone)
{
    m_zone = zone;
    refresh();
}

void PatternsView::setData(const TimelineData &data)
{
    m_data = data;
    refresh();
}

void PatternsView::refresh()
{
    const QString zone = TimeFormat::zoneLabel(m_zone);
    m_title->setText(m_data.handles.isEmpty() ? tr("Select a handle to see its patterns")
                                              : tr("Patterns of %1 — times in %2").arg(m_data.handlesText(), zone));
    const auto counts = TimelineSeries::weekHourCounts(m_data.points, m_zone);
    for (EvidenceClass cls : AllEvidenceClasses) {
        QCPColorMap *map = m_maps[int(cls)];
        qint64 peak = 0;
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                map->data()->setCell(h, d, double(counts[int(cls)][d][h]));
                peak = qMax(peak, counts[int(cls)][d][h]);
            }
        }
        m_darkest[size_t(cls)] = peak;
        map->setDataRange(QCPRange(0, double(qMax<qint64>(1, peak))));
        QCPAxis *x = map->keyAxis();
        const QString what = cls == EvidenceClass::Lookup ? tr("Lookups") : cls == EvidenceClass::Communication ? tr("Communications")
                                                                                                                 : tr("Connections");
        // Short lines: side by side in a narrow window, a long one ran into the next map's (a
        // zone's name is a line of its own: "(America/Argentina/Buenos_Aires)").
        x->setLabel(tr("%1\nby weekday and hour\n(%2)\n%3")
                        .arg(what, zone, peak > 0 ? tr("darkest = %1").arg(EvidenceClassText::pluralCount(cls, peak)) : tr("none")));
    }
    QList<TimelineBin> bins;
    if (!m_data.points.isEmpty())
        bins = TimelineSeries::bins(m_data.points, m_data.points.first().utcMs, m_data.points.last().utcMs + 1, BinSize::Day, m_zone);
    for (EvidenceClass cls : AllEvidenceClasses) {
        QVector<double> keys, values;
        for (const TimelineBin &bin : bins) {
            keys.append(double(bin.startMs + (bin.endMs - bin.startMs) / 2) / 1000.0);
            values.append(double(bin.counts[int(cls)]));
        }
        m_bars[int(cls)]->setData(keys, values, true);
    }
    QCPAxis *dayAxis = m_bars.first()->keyAxis();
    dayAxis->ticker().dynamicCast<QCPAxisTickerDateTime>()->setTimeZone(m_zone);
    dayAxis->ticker().dynamicCast<QCPAxisTickerDateTime>()->setDateTimeFormat(QStringLiteral("yyyy-MM-dd"));
    dayAxis->setLabel(tr("Day (%1)").arg(zone));
    // With no day to show the axis would count from the epoch: "1970-01-01" under an empty chart.
    dayAxis->setTickLabels(!bins.isEmpty());
    m_gapShading->setGaps(m_data.gaps, m_data.sourceNames);
    m_gapShading->listIn(m_dayLegend);
    m_bars.first()->valueAxis()->rescale();
    m_bars.first()->valueAxis()->setRangeLower(0);
    if (!bins.isEmpty())
        dayAxis->setRange(double(bins.first().startMs) / 1000.0 - 43200, double(bins.last().endMs) / 1000.0 + 43200);
    m_plot->replot();
}

double PatternsView::heatmapCell(EvidenceClass evidenceClass, int weekday, int hour) const
{
    return m_maps[int(evidenceClass)]->data()->cell(hour, weekday);
}

QList<QPair<qint64, double>> PatternsView::dayBars(EvidenceClass evidenceClass) const
{
    QList<QPair<qint64, double>> result;
    for (auto it = m_bars[int(evidenceClass)]->data()->constBegin(); it != m_bars[int(evidenceClass)]->data()->constEnd(); ++it)
        result.append({qint64(it->key * 1000.0), it->value});
    return result;
}

bool PatternsView::exportTo(const QString &path, const QSize &size, QString *error)
{
    const bool ok = PlotExport::save(m_plot, path, size,
                                     tr("LookupLens — patterns of %1").arg(m_data.handlesText()), error);
    if (ok)
        emit exported(path);
    return ok;
}

void PatternsView::exportWithDialog()
{
    const QString path = PlotExport::askPath(this, tr("Export patterns"), QStringLiteral("patterns.png"));
    QString error;
    if (!path.isEmpty() && !exportTo(path, m_plot->size() * 2, &error))
        PlainMessageBox::warning(this, tr("Export patterns"), error);
}
