#include "casedatabase.h"
#include "casequeries.h"
#include "democase.h"
#include "figurekeycursor.h"
#include "figurekeywalk.h"
#include "gapshading.h"
#include "ipsummary.h"
#include "patternsview.h"
#include "plotcaching.h"
#include "plotfiguremenu.h"
#include "testsupport.h"
#include "timelinerangeselector.h"
#include "timelineview.h"
#include "widgettestsupport.h"

#include <QContextMenuEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolTip>

#include <qcustomplot.h>

namespace {

/// Shows @p view @p height pixels high and waits until its lanes are those whose labels fit, each
/// label then a line's height apart at least.
void showLanesFitting(TimelineView &view, int height)
{
    view.resize(1000, height);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.plot()->replot();
    const int lineSpacing = QFontMetrics(view.plot()->yAxis->tickLabelFont()).lineSpacing();
    const auto lanes = [&view]() { return int(view.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks().size()); };
    QTRY_VERIFY(view.plot()->axisRect()->rect().height() / lanes() >= lineSpacing);
}

/// The "In view" line as it reads on screen (its counts are links).
QString inViewText(const TimelineView &view)
{
    return QTextDocumentFragment::fromHtml(view.findChild<QLabel *>(QStringLiteral("timelineInView"))->text()).toPlainText();
}

} // namespace

/// The timeline widget offscreen on the demo case: classes in different plot items with
/// different markers, hover, click and window selection, density bins, export and --render.
class tst_TimelineView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void lookupsAndCommunicationsAreDifferentItems();
    void clickHoverAndWindowSelection();
    void wheelZoomsTimeOnly();
    void ticksFallOnTheDisplayZonesClock_data();
    void ticksFallOnTheDisplayZonesClock();
    void rangeSelectorSetsTheWindow();
    void anEmptyTimelineShowsNoDates();
    void ipLanesNameTheirPlaces();
    void manyEventsAreBinnedAndCounted();
    void aMarkedEventHasAStarAboveIt();
    void theTimeBetweenReturnsIsHatched();
    void aBarOfCountsLeadsToItsEvents();
    void countersidesLanes();
    void exportsPngAndPdf();
    void theExportButtonsWriteThePlotsNamed();
    void ipBarsRunFromFirstToLastUse();
    void asManyIpLanesAsTheirLabelsFit();
    void aTitleWiderThanThePlotTakesTwoLines();
    void asManyCounterpartLanesAsTheirLabelsFit();
    void theInViewCountsLeadToTheirEvents();
    void theBusiestCountsLeadToTheirBins();
    void anIpBarAndTheTitleLeadToTheirEvents();
    void screenFromCachesLooksLikeTheExport();
    void patternsSplitByClassInTheDisplayZone();
    void emptyPatternsShowNoDates();
    void aPatternsFigureLeadsToItsEvents();
    void aTimelineFiguresMenuLeadsWhereItsClickDoes();
    void aPatternsFiguresMenuListsItsEvents();
    void thePatternsLegendStandsBesideTheDaysNotOverThem();
    void theKeyboardReachesEveryPatternsFigure();
    void theKeyboardReachesEveryTimelineFigure();
    void theKeyboardReachesTheBarsOfCounts();
    void theArrowsStepOnPastTheEdgeOfTheView();
    void renderTimelineHeadless();
    void renderRefusesAnUnknownHandle_data();
    void renderRefusesAnUnknownHandle();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    TimelineData m_data;
    std::unique_ptr<TimelineView> m_view;
};

namespace {

/// The menu a right-click (or, @p byKeyboard, the Menu key) at @p at of @p surface pops up, or
/// none; the one before it closed.
QMenu *menuOver(QWidget *surface, const QPoint &at, bool byKeyboard = false)
{
    for (QMenu *open : surface->findChildren<QMenu *>())
        delete open;
    QContextMenuEvent asked(byKeyboard ? QContextMenuEvent::Keyboard : QContextMenuEvent::Mouse, at,
                            surface->mapToGlobal(at));
    QCoreApplication::sendEvent(surface, &asked);
    const QList<QMenu *> shown = surface->findChildren<QMenu *>();
    return shown.isEmpty() ? nullptr : shown.constLast();
}

/// The entry of @p menu worded @p text.
QAction *entry(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

/// Shows @p patterns at 1000 × 700 and draws @p data in it; whether it was shown.
bool shownWith(PatternsView &patterns, const TimelineData &data)
{
    patterns.resize(1000, 700);
    patterns.show();
    if (!QTest::qWaitForWindowExposed(&patterns))
        return false;
    patterns.setData(data);
    patterns.plot()->replot();
    return true;
}

} // namespace

void tst_TimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the folders its file dialogs keep
    QSettings().clear();
    m_demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(m_demo, &error), qPrintable(error));
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    m_data = TimelineSeries::build(db->db(), {target});
    QCOMPARE(m_data.counts[0], 16);
    QCOMPARE(m_data.counts[1], 10);
}

void tst_TimelineView::init()
{
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setData(m_data);
}

void tst_TimelineView::lookupsAndCommunicationsAreDifferentItems()
{
    QCustomPlot *plot = m_view->plot();
    QHash<QString, QCPGraph *> byName;
    for (int i = 0; i < plot->graphCount(); ++i)
        byName.insert(plot->graph(i)->name(), plot->graph(i));
    QCPGraph *lookupsMade = byName.value(QStringLiteral("Lookup made ▲ (hollow)"));
    QCPGraph *commsMade = byName.value(QStringLiteral("Communication made ▲ (filled)"));
    QCPGraph *lookedUp = byName.value(QStringLiteral("Looked up by others ▼ (hollow)"));
    QVERIFY(lookupsMade && commsMade && lookedUp && lookupsMade != commsMade);
    QCOMPARE(lookupsMade->data()->size() + lookedUp->data()->size(), 16);
    QCOMPARE(lookedUp->data()->size(), 3);
    const QCPScatterStyle lookupMarker = m_view->exportMarker(lookupsMade);
    const QCPScatterStyle commMarker = m_view->exportMarker(commsMade);
    QCOMPARE(lookupMarker.brush().style(), Qt::NoBrush);   // hollow
    QCOMPARE(commMarker.brush().style(), Qt::SolidPattern); // filled
    QCOMPARE(lookupMarker.shape(), QCPScatterStyle::ssTriangle);
    QCOMPARE(m_view->exportMarker(lookedUp).shape(), QCPScatterStyle::ssTriangleInverted);
    QVERIFY(lookupMarker.pen().color() != commMarker.pen().color());
    // On screen the same markers are copied from renderings of them (at a pixel ratio of 1;
    // other ratios draw the shapes): hollow stays hollow.
    if (qFuzzyCompare(plot->devicePixelRatioF(), 1.0)) {
        QCOMPARE(lookupsMade->scatterStyle().shape(), QCPScatterStyle::ssPixmap);
        const QImage hollow = lookupsMade->scatterStyle().pixmap().toImage();
        const QImage filled = commsMade->scatterStyle().pixmap().toImage();
        const QPoint middle(hollow.width() / 2, hollow.height() / 2 + 1);
        QCOMPARE(qAlpha(hollow.pixel(middle)), 0);
        QCOMPARE(qAlpha(filled.pixel(middle)), 255);
        QCOMPARE(QColor(filled.pixel(middle)), commMarker.brush().color());
    } else {
        QCOMPARE(lookupsMade->scatterStyle().shape(), QCPScatterStyle::ssTriangle);
    }
    QVERIFY(!m_view->isBinned());
    QCOMPARE(m_view->eventsInView(), 26);
    QVERIFY(inViewText(*m_view).startsWith(
        QStringLiteral("In view: %1 · %2 · %3")
            .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup, 16),
                 EvidenceClassText::pluralCount(EvidenceClass::Communication, 10),
                 EvidenceClassText::pluralCount(EvidenceClass::Connection, 0))));
    QVERIFY(plot->xAxis->label().contains(QStringLiteral("UTC")));
    m_view->setDisplayZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(plot->xAxis->label(), QStringLiteral("Time (Europe/Berlin)"));
}

void tst_TimelineView::clickHoverAndWindowSelection()
{
    QCustomPlot *plot = m_view->plot();
    // A lookup with no other event within 12 hours, so nothing else is drawn under the cursor.
    const auto isolated = [&](int i) {
        const qint64 t = m_data.points[i].utcMs;
        return (i == 0 || t - m_data.points[i - 1].utcMs > 43200000)
               && (i + 1 == m_data.points.size() || m_data.points[i + 1].utcMs - t > 43200000);
    };
    int index = 0;
    while (!(isolated(index) && m_data.points[index].evidenceClass == EvidenceClass::Lookup))
        ++index;
    const TimelinePoint &lookup = m_data.points[index];
    const QPoint at = m_view->positionOf(lookup.eventId)->toPoint();
    QCOMPARE(m_view->eventAt(at), lookup.eventId);
    QSignalSpy clicked(m_view.get(), &TimelineView::eventClicked);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked[0][0].toLongLong(), lookup.eventId);
    // Hovering describes the event; a lookup's description carries the caveat.
    m_view->setDescriber([](qint64 id) { return QStringLiteral("event %1").arg(id); });
    QTest::mouseMove(plot, at);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(TestSupport::shownText(QToolTip::text()).startsWith(QStringLiteral("event %1").arg(lookup.eventId)));
    QVERIFY(TestSupport::shownText(QToolTip::text()).contains(QStringLiteral("does not show that any message or call took place")));
    // Shift-drag selects a window of time and leaves the view where it was.
    const auto before = m_view->timeRange();
    QSignalSpy window(m_view.get(), &TimelineView::rangeSelected);
    const QRect rect = plot->axisRect()->rect();
    const QPoint from(rect.left() + 100, rect.center().y());
    const QPoint to(rect.left() + 400, rect.center().y());
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, plot->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(plot, &move);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, to);
    QCOMPARE(window.size(), 1);
    const qint64 expectedFrom = qint64(plot->xAxis->pixelToCoord(from.x()) * 1000);
    const qint64 expectedTo = qint64(plot->xAxis->pixelToCoord(to.x()) * 1000);
    QVERIFY(qAbs(window[0][0].toLongLong() - expectedFrom) < 1000);
    QVERIFY(qAbs(window[0][1].toLongLong() - expectedTo) < 1000);
    QCOMPARE(m_view->timeRange(), before);
}

void tst_TimelineView::wheelZoomsTimeOnly()
{
    QCustomPlot *plot = m_view->plot();
    const QCPRange yBefore = plot->yAxis->range();
    const double spanBefore = plot->xAxis->range().size();
    const QPointF centre = plot->axisRect()->rect().center();
    QWheelEvent wheel(centre, plot->mapToGlobal(centre), {}, {0, 240}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    QVERIFY(plot->xAxis->range().size() < spanBefore * 0.9);
    QCOMPARE(plot->yAxis->range().lower, yBefore.lower);
    QCOMPARE(plot->yAxis->range().upper, yBefore.upper);
}

void tst_TimelineView::ticksFallOnTheDisplayZonesClock_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("each"); // what every tick's local time must be
    const QTimeZone utc = QTimeZone::utc();
    // Days across the start of daylight saving (8 March): midnight before and after, not 19:00 then 20:00.
    QTest::newRow("New York days") << "America/New_York" << QDateTime(QDate(2026, 3, 2), QTime(8, 0), utc)
                                   << QDateTime(QDate(2026, 3, 22), QTime(2, 0), utc) << "00:00";
    // Hours in a zone half an hour off UTC: on the hour there, not at half past.
    QTest::newRow("Kolkata hours") << "Asia/Kolkata" << QDateTime(QDate(2026, 3, 2), QTime(8, 0), utc)
                                   << QDateTime(QDate(2026, 3, 2), QTime(14, 0), utc) << "mm=00";
    // Months: the first of each, at midnight there.
    QTest::newRow("Tokyo months") << "Asia/Tokyo" << QDateTime(QDate(2026, 1, 10), QTime(0, 0), utc)
                                  << QDateTime(QDate(2026, 12, 20), QTime(0, 0), utc) << "day 1 00:00";
}

void tst_TimelineView::ticksFallOnTheDisplayZonesClock()
{
    QFETCH(QString, zone);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, each);
    const QTimeZone shown(zone.toUtf8());
    m_view->setDisplayZone(shown);
    m_view->setTimeRange(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch());
    m_view->plot()->replot();
    const QList<double> ticks = m_view->plot()->xAxis->tickVector();
    QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
    for (const double tick : ticks) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(qint64(tick * 1000), shown);
        const QString seen = each == u"mm=00" ? u"mm="_qs + local.toString(u"mm"_qs)
                             : each.startsWith(u"day") ? local.toString(u"'day' d HH:mm"_qs)
                                                       : local.toString(u"HH:mm"_qs);
        QCOMPARE(seen, each);
    }
}

void tst_TimelineView::ipLanesNameTheirPlaces()
{
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    const QHash<QString, QString> places = IpSummaries::shortPlaces(IpSummaries::of(db->db()));
    QCOMPARE(places.value(QStringLiteral("216.160.83.56")), QStringLiteral("Milton, US (GeoIP2-City-Test.mmdb)"));
    QCOMPARE(places.value(QStringLiteral("100.64.20.5")), QStringLiteral("carrier-grade NAT"));
    QVERIFY(!places.contains(QStringLiteral("198.51.100.14"))); // no database places a documentation address
    m_view->setIpPlaces(places);
    const QStringList labels = m_view->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks().values();
    QVERIFY2(labels.contains(QStringLiteral("IP 216.160.83.56\nMilton, US (GeoIP2-City-Test.mmdb)")), qPrintable(labels.join(u'|')));
    QVERIFY(labels.contains(QStringLiteral("IP 100.64.20.5\ncarrier-grade NAT")));
}

void tst_TimelineView::rangeSelectorSetsTheWindow()
{
    QCustomPlot *overview = m_view->overview()->plot();
    QVERIFY(overview->isVisible());
    const QRect rect = overview->axisRect()->rect();
    const QPoint a(rect.left() + rect.width() / 4, rect.center().y());
    const QPoint b(rect.left() + rect.width() / 2, rect.center().y());
    const qint64 keyA = qint64(overview->xAxis->pixelToCoord(a.x()) * 1000);
    const qint64 keyB = qint64(overview->xAxis->pixelToCoord(b.x()) * 1000);
    QTest::mousePress(overview, Qt::LeftButton, {}, a);
    QTest::mouseRelease(overview, Qt::LeftButton, {}, b);
    const auto [from, to] = m_view->timeRange();
    QVERIFY(qAbs(from - keyA) < 1000 && qAbs(to - keyB) < 1000);
    QVERIFY(m_view->eventsInView() < 26);
    // A click recentres the window there, keeping its span.
    const QPoint c(rect.left() + rect.width() * 3 / 4, rect.center().y());
    const qint64 keyC = qint64(overview->xAxis->pixelToCoord(c.x()) * 1000);
    QTest::mouseClick(overview, Qt::LeftButton, {}, c);
    const auto [from2, to2] = m_view->timeRange();
    QVERIFY(qAbs((from2 + to2) / 2 - keyC) < 1000);
    QVERIFY(qAbs((to2 - from2) - (to - from)) < 1000);
}

void tst_TimelineView::anEmptyTimelineShowsNoDates()
{
    QCustomPlot *overview = m_view->overview()->plot();
    overview->replot();
    QVERIFY(overview->xAxis->tickLabels());
    QVERIFY(overview->xAxis->tickVectorLabels().contains(QStringLiteral("2026-03-08")));
    // No handle chosen: the selector had kept the last handle's dates (at first, the epoch's).
    m_view->setData(TimelineData());
    overview->replot();
    QVERIFY(!overview->xAxis->tickLabels());
    QVERIFY(!overview->findChild<QCPItemRect *>()->visible());
    QVERIFY(!m_view->plot()->xAxis->tickLabels()); // nor the lanes' axis: it would date today
    m_view->setData(m_data);
    QVERIFY(overview->xAxis->tickLabels());
    QVERIFY(m_view->plot()->xAxis->tickLabels());
    QVERIFY(overview->findChild<QCPItemRect *>()->visible());
}

void tst_TimelineView::manyEventsAreBinnedAndCounted()
{
    TimelineData many;
    many.handles = {QStringLiteral("+12025550143")};
    const qint64 start = 1772323200000; // 2026-03-01T00:00:00Z
    for (int i = 0; i < 20000; ++i) {
        const EvidenceClass cls = i % 4 == 0 ? EvidenceClass::Communication : EvidenceClass::Lookup;
        many.points.append(TimelinePoint{start + qint64(i) * 120000, cls, true, -1, i + 1});
        ++many.counts[int(cls)];
    }
    m_view->setData(many);
    QVERIFY(m_view->isBinned());
    QCOMPARE(m_view->eventsInView(), 20000);
    const QString label = inViewText(*m_view);
    QVERIFY2(label.startsWith(QStringLiteral("In view: %1 · %2")
                                  .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup, 15000),
                                       EvidenceClassText::pluralCount(EvidenceClass::Communication, 5000))),
             qPrintable(label));
    QVERIFY(label.contains(QStringLiteral("counts per")));
    int visibleGraphs = 0; // of events: the analysts' marks (none here) stay drawn
    for (int i = 0; i < m_view->plot()->graphCount(); ++i)
        visibleGraphs += m_view->plot()->graph(i)->visible() && !m_view->plot()->graph(i)->data()->isEmpty();
    QCOMPARE(visibleGraphs, 0);
    // Zoomed in to one hour: single events again.
    m_view->setTimeRange(start, start + 3600000);
    QVERIFY(!m_view->isBinned());
    QCOMPARE(m_view->eventsInView(), 31); // every two minutes, both ends inside
}

void tst_TimelineView::aMarkedEventHasAStarAboveIt()
{
    // The demo target's first lookup and a call, marked in a copy of the case.
    const QString casePath = m_dir.filePath(u"marked.llcase"_qs);
    QFile::remove(casePath);
    QVERIFY(QFile::copy(m_demo, casePath));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY(CaseQueries::setEventMark(db->db(), 1, u"first"_qs));
    QVERIFY(CaseQueries::setEventMark(db->db(), 17, QString()));
    const qint64 target = *CaseQueries(db->db()).resolveHandle(u"+12025550143"_qs, u"US"_qs);
    m_view->setData(TimelineSeries::build(db->db(), {target}));
    QCustomPlot *plot = m_view->plot();
    QCPGraph *stars = nullptr;
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name() == u"Marked by you (above its event)")
            stars = plot->graph(i);
    }
    QVERIFY(stars);
    QCOMPARE(stars->data()->size(), 2);
    // Above each marked event, wherever that is drawn.
    for (qint64 id : {1, 17}) {
        const std::optional<QPointF> event = m_view->positionOf(id);
        QVERIFY(event);
        bool above = false;
        for (auto it = stars->data()->constBegin(); it != stars->data()->constEnd(); ++it) {
            const double x = plot->xAxis->coordToPixel(it->key);
            const double y = plot->yAxis->coordToPixel(it->value);
            above = above || (qAbs(x - event->x()) < 0.5 && y < event->y() - 5);
        }
        QVERIFY2(above, qPrintable(QString::number(id)));
    }
    // Black and filled, the analyst's, apart from the classes' colours; in the legend while any is.
    const QCPScatterStyle star = m_view->exportMarker(stars);
    QCOMPARE(star.shape(), QCPScatterStyle::ssCustom);
    QCOMPARE(star.brush().color(), QColor(Qt::black));
    QVERIFY(plot->legend->hasItemWithPlottable(stars));
    m_view->setMarked(1, false);
    QCOMPARE(stars->data()->size(), 1);
    m_view->setMarked(17, false);
    QCOMPARE(stars->data()->size(), 0);
    QVERIFY(!plot->legend->hasItemWithPlottable(stars));
    m_view->setMarked(17, true);
    QVERIFY(plot->legend->hasItemWithPlottable(stars));
    // Zoomed out past single events, the marks stay drawn over the counts.
    TimelineData many = m_view->data();
    const qint64 start = many.points.first().utcMs;
    for (int i = 0; i < 3000; ++i)
        many.points.append(TimelinePoint{start + 1 + i, EvidenceClass::Lookup, true, -1, 100000 + i});
    std::stable_sort(many.points.begin(), many.points.end(),
                     [](const TimelinePoint &a, const TimelinePoint &b) { return a.utcMs < b.utcMs; });
    m_view->setData(many);
    QVERIFY(m_view->isBinned());
    QVERIFY(stars->visible());
    QCOMPARE(stars->data()->size(), 1);
}

void tst_TimelineView::theTimeBetweenReturnsIsHatched()
{
    // Two overlapping Apple returns and a third of October: the days between the periods they
    // state (28 to 30 September) are hatched across every lane, listed in the legend, and
    // hovering them says what the sources do not cover.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"returns.llcase"_qs),
                                              {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs,
                                               u"ids/ids-later-return.csv"_qs});
    QVERIFY(db);
    const qint64 target = *CaseQueries(db->db()).resolveHandle(u"+12025550143"_qs, u"US"_qs);
    m_view->setData(TimelineSeries::build(db->db(), {target}));
    QCustomPlot *plot = m_view->plot();
    GapShading *shading = nullptr;
    for (int i = 0; i < plot->plottableCount(); ++i)
        shading = shading ? shading : qobject_cast<GapShading *>(plot->plottable(i));
    QVERIFY(shading);
    QCOMPARE(shading->gaps().size(), 1);
    QCOMPARE(shading->gaps().first().fromMs, 1475020800000); // 2016-09-28 00:00:00 UTC
    QCOMPARE(shading->gaps().first().toMs, 1475280000000);   // 2016-10-01 00:00:00 UTC
    QVERIFY(plot->legend->hasItemWithPlottable(shading));
    QCOMPARE(shading->name(), u"Between returns (hatched):\nno source covers this time"_qs);
    QCOMPARE(shading->brush().style(), Qt::BDiagPattern); // a pattern, not a colour alone
    // Under everything: drawn before the IPs' bars and the points.
    QCOMPARE(plot->plottable(0), shading);
    const double middle = (1475020800.0 + 1475280000.0) / 2;
    const QPoint at(int(plot->xAxis->coordToPixel(middle)),
                    int(plot->yAxis->coordToPixel(int(EvidenceClass::Communication))));
    QTest::mouseMove(plot, at);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(TestSupport::shownText(QToolTip::text()),
             u"Between returns. None of the sources of these events covers 2016-09-28 00:00:00 UTC to 2016-10-01 "
             "00:00:00 UTC (after “ids-sample-next-return.csv”, before “ids-later-return.csv”): their records say "
             "nothing of that time, and that none of these events falls in it does not show that nothing "
             "happened.\nClick to see, in Sources, the source whose period it follows."_qs);
    // A click leads to the source whose period it follows (the second return).
    QSignalSpy gapChosen(m_view.get(), &TimelineView::gapChosen);
    QTest::mouseClick(plot, Qt::LeftButton, {}, at);
    QCOMPARE(gapChosen.size(), 1);
    QCOMPARE(gapChosen.takeFirst().value(0).toLongLong(), 2);
    // Its menu leads there too.
    QMenu *menu = menuOver(plot, at);
    QCOMPARE(TestSupport::menuTexts(menu->actions()),
             QStringList{u"Show the &source before it"_qs});
    menu->actions().constFirst()->trigger();
    QCOMPARE(gapChosen.size(), 1);
    QCOMPARE(gapChosen.takeFirst().value(0).toLongLong(), 2);
    QTest::mouseMove(plot, QPoint(at.x(), plot->axisRect()->rect().bottom() + 30)); // under the plot: nothing
    QTRY_VERIFY(!QToolTip::isVisible());
    // The keyboard reaches it too: a stop of the arrow keys, saying the same words.
    plot->replot();
    FigureKeyCursor *cursor = m_view->keyCursor();
    const QList<QPointF> figures = m_view->figurePositions();
    // Between the communications' lane and the connections': where no point or bar stands.
    const auto stop = std::find_if(figures.begin(), figures.end(), [&](const QPointF &f) {
        return f.x() > plot->xAxis->coordToPixel(1475020800.0) && f.x() < plot->xAxis->coordToPixel(1475280000.0)
               && qAbs(plot->yAxis->pixelToCoord(f.y()) - 1.5) < 0.01;
    });
    QVERIFY(stop != figures.end());
    const auto paths = FigureKeyWalk::pathsByArrows(plot, cursor);
    QVERIFY(paths.contains(FigureKeyWalk::spot(*stop)));
    QTest::keyClick(plot, Qt::Key_Home);
    for (const Qt::Key key : paths.value(FigureKeyWalk::spot(*stop)))
        QTest::keyClick(plot, key);
    QCOMPARE(cursor->currentText().section(u'\n', 0, 1),
             u"Between returns. None of the sources of these events covers 2016-09-28 00:00:00 UTC to 2016-10-01 "
             "00:00:00 UTC (after “ids-sample-next-return.csv”, before “ids-later-return.csv”): their records say "
             "nothing of that time, and that none of these events falls in it does not show that nothing "
             "happened.\nPress Enter to see, in Sources, the source whose period it follows."_qs);
    QTest::keyClick(plot, Qt::Key_Return);
    QCOMPARE(gapChosen.size(), 1);
    QCOMPARE(gapChosen.takeFirst().value(0).toLongLong(), 2);
    // The events per day on the Patterns tab: the same stretch hatched under the bars, in its
    // legend, and a stop of the keyboard saying the same words.
    PatternsView patterns;
    patterns.resize(900, 700);
    patterns.setData(m_view->data());
    patterns.plot()->replot();
    GapShading *days = nullptr;
    for (int i = 0; i < patterns.plot()->plottableCount(); ++i)
        days = days ? days : qobject_cast<GapShading *>(patterns.plot()->plottable(i));
    QVERIFY(days);
    QCOMPARE(days->gaps().size(), 1);
    QCOMPARE(days->gaps().first().toMs, 1475280000000);
    bool listed = false;
    for (int i = 0; i < patterns.plot()->layerCount(); ++i) {
        for (QCPLayerable *item : patterns.plot()->layer(i)->children()) {
            if (auto *legend = qobject_cast<QCPLegend *>(item))
                listed = listed || legend->hasItemWithPlottable(days);
        }
    }
    QVERIFY(listed);
    const QList<QPointF> dayFigures = patterns.figurePositions();
    const auto dayStop = std::find_if(dayFigures.begin(), dayFigures.end(), [&](const QPointF &f) { return days->gapAt(f).has_value(); });
    QVERIFY(dayStop != dayFigures.end());
    const auto dayPaths = FigureKeyWalk::pathsByArrows(patterns.plot(), patterns.keyCursor());
    QVERIFY(dayPaths.contains(FigureKeyWalk::spot(*dayStop)));
    QTest::keyClick(patterns.plot(), Qt::Key_Home);
    for (const Qt::Key key : dayPaths.value(FigureKeyWalk::spot(*dayStop)))
        QTest::keyClick(patterns.plot(), key);
    QVERIFY(patterns.keyCursor()->currentText().startsWith(u"Between returns. None of the sources of these events covers "
                                                           "2016-09-28 00:00:00 UTC to 2016-10-01 00:00:00 UTC"_qs));
    QSignalSpy dayGapChosen(&patterns, &PatternsView::gapChosen);
    QTest::keyClick(patterns.plot(), Qt::Key_Return);
    QCOMPARE(dayGapChosen.size(), 1);
    QCOMPARE(dayGapChosen.takeFirst().value(0).toLongLong(), 2);
    // A timeline of one source's events has no gap, and no legend entry for one.
    const qint64 dana = *CaseQueries(db->db()).resolveHandle(u"dana.reyes@example.com"_qs, u"US"_qs);
    m_view->setData(TimelineSeries::build(db->db(), {dana}));
    QVERIFY(shading->gaps().isEmpty());
    QVERIFY(!plot->legend->hasItemWithPlottable(shading));
}

void tst_TimelineView::aBarOfCountsLeadsToItsEvents()
{
    // Drawn as counts, each bar leads to its events: a click on the lookups' lane at a day gives
    // that day's lookups, as many as the bar counts; the tooltip says so.
    TimelineData many;
    many.handles = {QStringLiteral("+12025550143")};
    const qint64 start = 1772323200000; // 2026-03-01T00:00:00Z, a Sunday
    for (int i = 0; i < 20000; ++i) {
        const EvidenceClass cls = i % 4 == 0 ? EvidenceClass::Communication : EvidenceClass::Lookup;
        many.points.append(TimelinePoint{start + qint64(i) * 120000, cls, true, -1, i + 1});
    }
    m_view->setData(many);
    QVERIFY(m_view->isBinned());
    QCustomPlot *plot = m_view->plot();
    const qint64 noon = start + 3 * 86400000LL + 43200000; // 2026-03-04 12:00 UTC
    const QPointF at(plot->xAxis->coordToPixel(noon / 1000.0), plot->yAxis->coordToPixel(int(EvidenceClass::Lookup)));
    const auto bin = m_view->binAt(at);
    QVERIFY(bin);
    QCOMPARE(bin->evidenceClass, EvidenceClass::Lookup);
    QCOMPARE(bin->fromMs, start + 3 * 86400000LL);
    QCOMPARE(bin->toMs, start + 4 * 86400000LL);
    QCOMPARE(bin->ids.size(), 540); // 720 events a day, three in four lookups
    for (qint64 id : bin->ids) {
        const TimelinePoint &p = many.points.at(int(id - 1));
        QVERIFY(p.evidenceClass == EvidenceClass::Lookup && p.utcMs >= bin->fromMs && p.utcMs < bin->toMs);
    }
    QList<QList<qint64>> chosen;
    connect(m_view.get(), &TimelineView::eventsChosen, this, [&chosen](const QList<qint64> &ids, const QString &) { chosen.append(ids); });
    QTest::mouseClick(plot, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first(), bin->ids);
    // The communications' lane at the same day: the other class.
    const auto calls = m_view->binAt(QPointF(at.x(), plot->yAxis->coordToPixel(int(EvidenceClass::Communication))));
    QVERIFY(calls);
    QCOMPARE(calls->ids.size(), 180);
    // Single events drawn: no bar to choose.
    m_view->setTimeRange(start, start + 3600000);
    QVERIFY(!m_view->binAt(at));
}

void tst_TimelineView::countersidesLanes()
{
    m_view->setLanes(TimelineView::Lanes::ByCounterpart);
    auto ticker = m_view->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QStringList labels = ticker->ticks().values();
    QVERIFY(labels.contains(QStringLiteral("+13125550147")));
    QVERIFY(labels.contains(QStringLiteral("Connections")));
    QVERIFY(labels.contains(QStringLiteral("IP 216.160.83.56")));
    QCOMPARE(m_view->eventsInView(), 26);
}

void tst_TimelineView::asManyIpLanesAsTheirLabelsFit()
{
    // Forty addresses: a tall view gives 25 their lanes; a short one only as many as their
    // labels fit one above the other, the rest named by "N more IPs: see the IPs list".
    TimelineData data = m_data;
    data.ips.clear();
    for (int i = 0; i < 40; ++i)
        data.ips.append(TimelineIp{QStringLiteral("198.51.100.%1").arg(i + 1), data.points.first().utcMs, data.points.last().utcMs, {1, 0, 0}});
    TimelineView view;
    view.setData(data);
    const auto lanes = [&view]() { return view.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks().values(); };
    const auto ipBars = [&view]() { return view.plot()->findChild<IntervalBars *>()->intervals().size(); };
    for (const int height : {1400, 420}) {
        showLanesFitting(view, height);
        if (QTest::currentTestFailed())
            return;
        const int shown = int(ipBars());
        QCOMPARE(shown, height == 1400 ? 25 : int(lanes().size()) - 3 /* classes, connections */ - 1 /* more */);
        QVERIFY(shown > 0 && shown < 40);
        QCOMPARE(lanes().last(), QStringLiteral("%n more IP(s): see the IPs list").replace(u"%n"_qs, QString::number(40 - shown)));
        QCOMPARE(lanes().at(3 + shown - 1), QStringLiteral("IP 198.51.100.%1").arg(shown));
    }
}

void tst_TimelineView::aTitleWiderThanThePlotTakesTwoLines()
{
    // Five handles: "Timeline of A, B and 3 more handles — 16 lookups · …" is cut in a narrow
    // plot; its counts then stand on a line of their own, and back on one line when it is wide.
    TimelineData data = m_data;
    data.handles = {u"+12025550143"_qs, u"+13125550147"_qs, u"+14155550172"_qs, u"+16175550199"_qs, u"dana.reyes@example.com"_qs};
    TimelineView view;
    view.setData(data);
    auto *title = qobject_cast<QCPTextElement *>(view.plot()->plotLayout()->element(0, 0));
    QVERIFY(title);
    const QString counts = EvidenceClassText::pluralCount(EvidenceClass::Lookup, data.counts[0]) + u" · "_qs
                           + EvidenceClassText::pluralCount(EvidenceClass::Communication, data.counts[1]) + u" · "_qs
                           + EvidenceClassText::pluralCount(EvidenceClass::Connection, data.counts[2]);
    const QString oneLine = u"Timeline of +12025550143, +13125550147 and 3 more handle(s) — "_qs + counts;
    for (const int width : {500, 1600}) {
        view.resize(width, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.plot()->replot();
        const bool wide = QFontMetrics(title->font()).horizontalAdvance(oneLine) <= view.plot()->width() - 16;
        QCOMPARE(wide, width == 1600);
        QTRY_COMPARE(title->text(), wide ? oneLine : QString(oneLine).replace(u" — "_qs, u"\n"_qs));
    }
}

void tst_TimelineView::asManyCounterpartLanesAsTheirLabelsFit()
{
    // Thirty counterparts, one lane each: a tall view gives the busiest twenty theirs; a short
    // one as many as their labels fit, the others sharing "N other handles", no event dropped.
    TimelineData data;
    data.handles = {u"+12025550143"_qs};
    const qint64 start = 1772323200000;
    for (int c = 0; c < 30; ++c) {
        data.counterparts.append(QStringLiteral("+1312555%1").arg(1000 + c));
        for (int k = 0; k <= 30 - c; ++k) // the first the busiest
            data.points.append(TimelinePoint{start + qint64(c * 40 + k) * 60000, EvidenceClass::Lookup, true, c, c * 100 + k + 1, -1});
    }
    std::sort(data.points.begin(), data.points.end(), [](const auto &a, const auto &b) { return a.utcMs < b.utcMs; });
    data.counts[0] = data.points.size();
    TimelineView view;
    view.setLanes(TimelineView::Lanes::ByCounterpart);
    view.setData(data);
    const auto lanes = [&view]() { return view.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks().values(); };
    for (const int height : {1400, 420}) {
        showLanesFitting(view, height);
        if (QTest::currentTestFailed())
            return;
        const QStringList shown = lanes();
        const int own = int(shown.indexOf(u"Connections"_qs)) - 1;
        QCOMPARE(own, height == 1400 ? 20 : own);
        QVERIFY(own > 0 && own < 30);
        for (int c = 0; c < own; ++c)
            QCOMPARE(shown.at(c), data.counterparts.at(c));
        QCOMPARE(shown.at(own), QStringLiteral("%n other handle(s)").replace(u"%n"_qs, QString::number(30 - own)));
        QCOMPARE(view.eventsInView(), int(data.points.size()));
    }
    // A withheld number's words name their lane as such: anyone who withheld a number is in it.
    data.counterparts[0] = u"Anonymous"_qs;
    data.counterpartKinds = QStringList(30, u"phone"_qs);
    data.counterpartKinds[0] = u"withheld"_qs;
    view.setData(data);
    QCOMPARE(lanes().at(0), u"Anonymous (withheld number)"_qs);
    QCOMPARE(lanes().at(1), data.counterparts.at(1));
    // A mask's lane too: several people may be written so.
    data.counterparts[1] = u"+49171*****12"_qs;
    data.counterpartKinds[1] = u"masked"_qs;
    view.setData(data);
    QCOMPARE(lanes().at(1), u"+49171*****12 (masked)"_qs);
    QCOMPARE(lanes().at(2), data.counterparts.at(2));
}

void tst_TimelineView::exportsPngAndPdf()
{
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
    QVERIFY2(m_view->exportTo(png, QSize(1000, 600), &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), QSize(1000, 600));
    const QString pdf = m_dir.filePath(QStringLiteral("timeline.pdf"));
    QVERIFY2(m_view->exportTo(pdf, QSize(1000, 600), &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
    // Another ending is refused rather than given PNG bytes under its name.
    const QString jpg = m_dir.filePath(QStringLiteral("timeline.jpg"));
    QVERIFY(!m_view->exportTo(jpg, QSize(1000, 600), &error));
    QCOMPARE(error, jpg + u": cannot write the image (use .png or .pdf)"_qs);
    QVERIFY(!QFileInfo::exists(jpg));
}

void tst_TimelineView::theExportButtonsWriteThePlotsNamed()
{
    // The timeline's and the patterns' Export PNG/PDF… buttons: each writes its plot in the
    // format its name asks, at twice the size shown.
    PatternsView patterns;
    patterns.resize(900, 500);
    patterns.show();
    QVERIFY(QTest::qWaitForWindowExposed(&patterns));
    patterns.setData(m_data);
    TestSupport::FileDialogAnswers answers(m_view.get());
    const QString png = m_dir.filePath(QStringLiteral("timeline-button.png"));
    answers.name = png;
    TestSupport::buttonNamed(*m_view, u"Export PNG/PDF…"_qs)->click();
    QCOMPARE(QImage(png).size(), m_view->plot()->size() * 2);
    const QString pdf = m_dir.filePath(QStringLiteral("patterns-button.pdf"));
    answers.name = pdf;
    TestSupport::buttonNamed(patterns, u"Export PNG/PDF…"_qs)->click();
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
    QVERIFY(answers.boxes.isEmpty());
    const QString typed = m_dir.filePath(QStringLiteral("timeline-typed")); // no suffix: the first type's
    answers.name = typed;
    TestSupport::buttonNamed(*m_view, u"Export PNG/PDF…"_qs)->click();
    QVERIFY(!QFileInfo::exists(typed));
    QCOMPARE(QImage(typed + u".png"_qs).size(), m_view->plot()->size() * 2);
    QVERIFY(answers.boxes.isEmpty());
}

void tst_TimelineView::ipBarsRunFromFirstToLastUse()
{
    const QList<IntervalBars *> found = m_view->plot()->findChildren<IntervalBars *>();
    QCOMPARE(found.size(), 1);
    const QVector<IntervalBars::Interval> &bars = found.first()->intervals();
    QCOMPARE(bars.size(), m_data.ips.size());
    QCOMPARE(bars.size(), 3);
    const QMap<double, QString> lanes = m_view->plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>()->ticks();
    for (int i = 0; i < bars.size(); ++i) {
        QCOMPARE(bars[i].from * 1000.0, double(m_data.ips[i].firstMs));
        QCOMPARE(bars[i].to * 1000.0, double(m_data.ips[i].lastMs));
        QVERIFY2(lanes.value(bars[i].lane).startsWith(QStringLiteral("IP ") + m_data.ips[i].ip), qPrintable(lanes.value(bars[i].lane)));
    }
}

void tst_TimelineView::theInViewCountsLeadToTheirEvents()
{
    // Each count of the line above the lanes is a link to exactly the events it counts; a zero
    // is no link.
    auto *label = m_view->findChild<QLabel *>(QStringLiteral("timelineInView"));
    QVERIFY2(label->text().contains(QStringLiteral("<a href=\"lookup\">%1</a>")
                                        .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup, 16))),
             qPrintable(label->text()));
    QVERIFY(!label->text().contains(QStringLiteral("href=\"connection\"")));
    QList<QPair<QList<qint64>, QString>> chosen;
    connect(m_view.get(), &TimelineView::eventsChosen, this,
            [&chosen](const QList<qint64> &ids, const QString &words) { chosen.append({ids, words}); });
    // A window of the view: 2026-03-04 00:00 to 2026-03-09 23:59:59 UTC.
    const qint64 from = 1772582400000;
    const qint64 to = from + 6 * 86400000LL - 1000;
    m_view->setTimeRange(from, to);
    QTRY_VERIFY(inViewText(*m_view) != QString()); // the counts follow the range on the next turn
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication}) {
        QList<qint64> expected; // counted here from the series, not through the view
        for (const TimelinePoint &p : std::as_const(m_data.points)) {
            if (p.evidenceClass == cls && p.utcMs >= from && p.utcMs <= to)
                expected.append(p.eventId);
        }
        QVERIFY(!expected.isEmpty());
        QTRY_VERIFY2(inViewText(*m_view).contains(EvidenceClassText::pluralCount(cls, expected.size())), qPrintable(inViewText(*m_view)));
        emit label->linkActivated(evidenceClassKey(cls));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first, expected);
        QVERIFY2(chosen.first().second.startsWith(EvidenceClassText::pluralCount(cls, expected.size())
                                                  + QStringLiteral(" of +12025550143 from 2026-03-04 00:00:00 UTC")),
                 qPrintable(chosen.first().second));
        chosen.clear();
    }
    // From the keyboard too: Tab reaches the first count's link, Enter follows it.
    QSignalSpy followed(label, &QLabel::linkActivated);
    label->setFocus();
    QTest::keyClick(label, Qt::Key_Tab);
    QTest::keyClick(label, Qt::Key_Return);
    QCOMPARE(followed.size(), 1);
    QCOMPARE(followed.first().first().toString(), evidenceClassKey(EvidenceClass::Lookup));
    QCOMPARE(chosen.size(), 1);
}

void tst_TimelineView::theBusiestCountsLeadToTheirBins()
{
    // Drawn as counts per day, "busiest: 545 lookups · 180 communications" leads to the events
    // of every day holding that count: one day for the lookups, each full day for the calls.
    TimelineData many;
    many.handles = {QStringLiteral("+12025550143")};
    const qint64 start = 1772323200000; // 2026-03-01T00:00:00Z
    const qint64 tenth = start + 9 * 86400000LL;
    for (int i = 0; i < 20000; ++i) {
        const EvidenceClass cls = i % 4 == 0 ? EvidenceClass::Communication : EvidenceClass::Lookup;
        many.points.append(TimelinePoint{start + qint64(i) * 120000, cls, true, -1, i + 1});
    }
    for (int i = 0; i < 5; ++i) // five more lookups on 10 March: its day the busiest
        many.points.append(TimelinePoint{tenth + 60000 + i * 120000, EvidenceClass::Lookup, true, -1, 30000 + i});
    std::sort(many.points.begin(), many.points.end(), [](const auto &a, const auto &b) { return a.utcMs < b.utcMs; });
    for (const TimelinePoint &p : std::as_const(many.points))
        ++many.counts[int(p.evidenceClass)];
    m_view->setData(many);
    QVERIFY(m_view->isBinned());
    const QString label = m_view->findChild<QLabel *>(QStringLiteral("timelineInView"))->text();
    QVERIFY2(label.contains(QStringLiteral("counts per day (busiest: <a href=\"busiest:lookup\">%1</a>")
                                .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup, 545))),
             qPrintable(label));
    QVERIFY(!label.contains(QStringLiteral("busiest:connection")));
    QList<QPair<QList<qint64>, QString>> chosen;
    connect(m_view.get(), &TimelineView::eventsChosen, this,
            [&chosen](const QList<qint64> &ids, const QString &words) { chosen.append({ids, words}); });
    emit m_view->findChild<QLabel *>(QStringLiteral("timelineInView"))->linkActivated(u"busiest:lookup"_qs);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first.size(), 545);
    for (const TimelinePoint &p : std::as_const(many.points)) {
        const bool onTheTenth = p.utcMs >= tenth && p.utcMs < tenth + 86400000LL;
        QCOMPARE(chosen.first().first.contains(p.eventId), onTheTenth && p.evidenceClass == EvidenceClass::Lookup);
    }
    QCOMPARE(chosen.first().second, EvidenceClassText::pluralCount(EvidenceClass::Lookup, 545)
                                        + u" of +12025550143 in the 1 busiest day(s) in view, "_qs
                                        + EvidenceClassText::pluralCount(EvidenceClass::Lookup, 545)
                                        + u" each, from 2026-03-10 00:00:00 UTC to 2026-03-11 00:00:00 UTC"_qs);
    // 180 communications on each of the 27 full days (the 28th ends early): all 4,860 of them.
    emit m_view->findChild<QLabel *>(QStringLiteral("timelineInView"))->linkActivated(u"busiest:communication"_qs);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.last().first.size(), 27 * 180);
    for (qint64 id : chosen.last().first) {
        const auto p = std::find_if(many.points.cbegin(), many.points.cend(), [id](const auto &q) { return q.eventId == id; });
        QCOMPARE(p->evidenceClass, EvidenceClass::Communication);
        QVERIFY(p->utcMs < start + 27 * 86400000LL);
    }
    QVERIFY2(chosen.last().second.contains(u"in the 27 busiest day(s) in view"_qs), qPrintable(chosen.last().second));
}

void tst_TimelineView::anIpBarAndTheTitleLeadToTheirEvents()
{
    // An IP's bar clicked: the events of the handle's own requests and connections from that
    // address, checked against the case itself.
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    const IntervalBars *bars = m_view->plot()->findChild<IntervalBars *>();
    QList<QPair<QList<qint64>, QString>> chosen;
    connect(m_view.get(), &TimelineView::eventsChosen, this,
            [&chosen](const QList<qint64> &ids, const QString &words) { chosen.append({ids, words}); });
    QCustomPlot *plot = m_view->plot();
    for (int i = 0; i < m_data.ips.size(); ++i) {
        const IntervalBars::Interval &bar = bars->intervals().at(i);
        const QPoint at(int(plot->xAxis->coordToPixel((bar.from + bar.to) / 2)), int(plot->yAxis->coordToPixel(bar.lane)));
        QTest::mouseClick(plot, Qt::LeftButton, {}, at);
        QCOMPARE(chosen.size(), 1);
        QSqlQuery q(db->db());
        q.prepare(QStringLiteral("SELECT e.id FROM events e JOIN handles h ON h.normalized = '+12025550143'"
                                 " WHERE e.client_ip = ? AND (e.initiator_id = h.id OR e.class = 'connection')"
                                 " ORDER BY e.utc_ms, e.id"));
        q.addBindValue(m_data.ips.at(i).ip);
        QVERIFY(q.exec());
        QList<qint64> expected;
        while (q.next())
            expected.append(q.value(0).toLongLong());
        QVERIFY(!expected.isEmpty());
        QCOMPARE(chosen.first().first, expected);
        QVERIFY2(chosen.first().second.contains(QStringLiteral(" made by +12025550143 from IP ") + m_data.ips.at(i).ip),
                 qPrintable(chosen.first().second));
        chosen.clear();
    }
    // The title's counts: the timeline's every event.
    QTest::mouseClick(plot, Qt::LeftButton, {}, plot->plotLayout()->element(0, 0)->outerRect().center());
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first, TimelineSeries::eventIds(m_data.points));
    QCOMPARE(chosen.first().first.size(), 26);
    QCOMPARE(chosen.first().second, QStringLiteral("every event of +12025550143: %1 · %2")
                                        .arg(EvidenceClassText::pluralCount(EvidenceClass::Lookup, 16),
                                             EvidenceClassText::pluralCount(EvidenceClass::Communication, 10)));
    chosen.clear();
    // The lane of an address beside its bar, far from it: nothing chosen.
    const IntervalBars::Interval &last = bars->intervals().constLast();
    QTest::mouseClick(plot, Qt::LeftButton, {},
                      QPoint(int(plot->xAxis->coordToPixel(last.from)) - 40, int(plot->yAxis->coordToPixel(last.lane))));
    QVERIFY(chosen.isEmpty());
}

namespace {

/// Where the dark pixels of @p rect lie, and how many there are: text and symbols, not their
/// edge smoothing (a pixmap and a direct paint smooth glyph edges a little differently).
QPair<QRect, int> ink(const QImage &image, const QRect &rect)
{
    QRect box;
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 160) {
                box |= QRect(x, y, 1, 1);
                ++count;
            }
        }
    }
    return {box, count};
}

} // namespace

void tst_TimelineView::screenFromCachesLooksLikeTheExport()
{
    // On screen the title, caveat, legend entries and lane labels come from pixmap caches; an
    // export draws them afresh. Both must show the same text in the same place, replot after
    // replot, and after the title changes.
    QCustomPlot *plot = m_view->plot();
    // The legend's frame is left out: QCustomPlot itself draws its edge a pixel apart on screen
    // and in exports at pixel ratios above 1, cached or not.
    const QList<QRect> regions{plot->plotLayout()->element(0, 0)->outerRect(), plot->plotLayout()->element(3, 0)->outerRect(),
                               plot->legend->outerRect().adjusted(3, 3, -3, -3), QRect(0, plot->axisRect()->top(), plot->axisRect()->left() - 8,
                                                                plot->axisRect()->height())};
    const qreal ratio = plot->devicePixelRatioF();
    for (int round = 0; round < 3; ++round) {
        if (round == 2)
            m_view->setData(TimelineData{});
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QImage screen = plot->grab().toImage();
        const QImage exported = plot->toPixmap(plot->width(), plot->height(), ratio).toImage();
        QCOMPARE(screen.size(), exported.size());
        for (const QRect &logical : regions) {
            const QRect region(logical.topLeft() * ratio, logical.size() * ratio);
            const auto [screenBox, screenCount] = ink(screen, region);
            const auto [exportBox, exportCount] = ink(exported, region);
            QVERIFY2(screenCount > 0 || round == 2, qPrintable(QStringLiteral("nothing drawn in %1,%2").arg(region.x()).arg(region.y())));
            QVERIFY(qAbs(screenBox.left() - exportBox.left()) <= 1 && qAbs(screenBox.right() - exportBox.right()) <= 1);
            QVERIFY(qAbs(screenBox.top() - exportBox.top()) <= 1 && qAbs(screenBox.bottom() - exportBox.bottom()) <= 1);
            QVERIFY2(qAbs(screenCount - exportCount) <= qMax(4, exportCount / 8),
                     qPrintable(QStringLiteral("%1 vs %2 dark pixels in %3,%4 %5x%6").arg(screenCount).arg(exportCount).arg(logical.x()).arg(logical.y()).arg(logical.width()).arg(logical.height())));
        }
    }
}

void tst_TimelineView::patternsSplitByClassInTheDisplayZone()
{
    PatternsView patterns;
    patterns.resize(1000, 700);
    patterns.setData(m_data);
    // Monday 2 March 2026, 08:14 UTC: two lookups by the target; 08:31 a call.
    QCOMPARE(patterns.heatmapCell(EvidenceClass::Lookup, 0, 8), 2.0);
    QCOMPARE(patterns.heatmapCell(EvidenceClass::Communication, 0, 8), 1.0);
    double lookups = 0;
    for (int d = 0; d < 7; ++d) {
        for (int h = 0; h < 24; ++h)
            lookups += patterns.heatmapCell(EvidenceClass::Lookup, d, h);
    }
    QCOMPARE(lookups, 16.0);
    const auto day = [&](EvidenceClass cls, const QString &date) {
        for (const auto &[startMs, count] : patterns.dayBars(cls)) {
            if (QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc()).date().toString(Qt::ISODate) == date)
                return count;
        }
        return -1.0;
    };
    QCOMPARE(day(EvidenceClass::Lookup, u"2026-03-02"_qs), 2.0);
    QCOMPARE(day(EvidenceClass::Communication, u"2026-03-02"_qs), 2.0); // the 08:31 call and the 09:02 SMS
    // In New York (UTC−5 until 8 March) the same lookups fall at 03:00 on Monday.
    patterns.setDisplayZone(QTimeZone("America/New_York"));
    QCOMPARE(patterns.heatmapCell(EvidenceClass::Lookup, 0, 3), 2.0);
    QCOMPARE(patterns.heatmapCell(EvidenceClass::Lookup, 0, 8), 0.0);
    // Each heatmap's label keeps to its own map's width, as wide as the tab is at the window's
    // first size: a zone's name ran into the next label.
    patterns.resize(640, 560);
    patterns.show();
    QVERIFY(QTest::qWaitForWindowExposed(&patterns));
    patterns.plot()->replot();
    for (QCPAxisRect *rect : patterns.plot()->axisRects()) {
        const QCPAxis *x = rect->axis(QCPAxis::atBottom);
        if (x->label().contains(u"by weekday"_qs)) {
            QVERIFY2(x->label().contains(u"\n(America/New_York)\n"_qs), qPrintable(x->label()));
            for (const QString &line : x->label().split(u'\n'))
                QVERIFY2(QFontMetrics(x->labelFont()).horizontalAdvance(line) <= rect->outerRect().width(), qPrintable(line));
        }
    }
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("patterns.png"));
    QVERIFY2(patterns.exportTo(png, QSize(900, 600), &error), qPrintable(error));
    QCOMPARE(QImage(png).size(), QSize(900, 600));
}

void tst_TimelineView::emptyPatternsShowNoDates()
{
    PatternsView patterns;
    patterns.resize(1000, 700);
    const auto dayAxis = [&patterns]() -> QCPAxis * {
        for (QCPAxisRect *rect : patterns.plot()->axisRects()) {
            if (rect->axis(QCPAxis::atBottom)->label().startsWith(u"Day"_qs))
                return rect->axis(QCPAxis::atBottom);
        }
        return nullptr;
    };
    // No handle chosen (as the window opens): the per-day chart dated its empty axis 1970-01-01.
    patterns.setData(TimelineData());
    patterns.plot()->replot();
    QVERIFY(dayAxis());
    QVERIFY(!dayAxis()->tickLabels());
    patterns.setData(m_data);
    patterns.plot()->replot();
    QVERIFY(dayAxis()->tickLabels());
    QVERIFY2(dayAxis()->tickVectorLabels().contains(u"2026-03-08"_qs), qPrintable(dayAxis()->tickVectorLabels().join(u' ')));
    patterns.setData(TimelineData());
    QVERIFY(!dayAxis()->tickLabels());
}

void tst_TimelineView::aTimelineFiguresMenuLeadsWhereItsClickDoes()
{
    // An event's menu: named by its time and class, it shows it with its source line (as a
    // click does) or lists every event between the timeline's handle and its other party.
    m_view->setDescriber(
        [](qint64 id) { return u"time of %1\nLookup — iMessage query\nmore"_qs.arg(id); });
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    int index = 0;
    // An event of a lookup or a communication that a click on its marker chooses (none drawn on
    // it).
    const auto drawnAlone = [this](const TimelinePoint &p) {
        return m_view->eventAt(m_view->positionOf(p.eventId)->toPoint()) == p.eventId;
    };
    while (m_data.points[index].counterpart < 0 || !drawnAlone(m_data.points[index]))
        ++index;
    const TimelinePoint &point = m_data.points[index];
    const QPoint at = m_view->positionOf(point.eventId)->toPoint();
    QSignalSpy clicked(m_view.get(), &TimelineView::eventClicked);
    QTest::mouseClick(plot, Qt::RightButton, {}, at);
    QCOMPARE(clicked.size(), 0); // the right button opens the menu; it chooses nothing
    QMenu *menu = menuOver(plot, at);
    QVERIFY(menu);
    QCOMPARE(TestSupport::menuTexts(menu->actions()),
             (QStringList{u"time of %1 · Lookup — iMessage query"_qs.arg(point.eventId),
                          u"Show it and its source &line"_qs,
                          u"List the events between its two &handles"_qs,
                          u"Cross-&reference its two handles"_qs, u"Show its &source"_qs,
                          u"Show its client IP on the m&ap"_qs}));
    QCOMPARE(TestSupport::enabledStates(menu->actions()).mid(1),
             (QList<bool>{true, true, true, true, true}));
    QVERIFY(menu->minimumWidth() >
            menu->fontMetrics().horizontalAdvance(menu->actions().first()->text()));
    entry(menu, u"Show it and its source &line"_qs)->trigger();
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.takeFirst().value(0).toLongLong(), point.eventId);
    const QString other = m_data.counterparts.at(point.counterpart);
    QSignalSpy pair(m_view.get(), &TimelineView::pairEventsWanted);
    entry(menuOver(plot, at), u"List the events between its two &handles"_qs)->trigger();
    QCOMPARE(pair.size(), 1);
    QCOMPARE(pair.first().value(0).toString(), u"+12025550143"_qs);
    QCOMPARE(pair.first().value(1).toString(), other);
    QCOMPARE(pair.first().value(2).toLongLong(), point.eventId);
    // The cross-reference from the event's initiator, as the events table's menu opens it.
    QSignalSpy cross(m_view.get(), &TimelineView::crossReferenceWanted);
    entry(menuOver(plot, at), u"Cross-&reference its two handles"_qs)->trigger();
    QCOMPARE(cross.size(), 1);
    QCOMPARE(cross.first().value(0).toString(), point.made ? u"+12025550143"_qs : other);
    QCOMPARE(cross.first().value(1).toString(), point.made ? other : u"+12025550143"_qs);
    // An event received (looked up by another): that other party is its initiator.
    const auto received =
        std::find_if(m_data.points.cbegin(), m_data.points.cend(), [&](const TimelinePoint &p) {
            return !p.made && p.counterpart >= 0 && drawnAlone(p);
        });
    QVERIFY(received != m_data.points.cend() && point.made);
    entry(menuOver(plot, m_view->positionOf(received->eventId)->toPoint()),
          u"Cross-&reference its two handles"_qs)
        ->trigger();
    QCOMPARE(cross.size(), 2);
    QCOMPARE(cross.at(1).value(0).toString(), m_data.counterparts.at(received->counterpart));
    QCOMPARE(cross.at(1).value(1).toString(), u"+12025550143"_qs);
    QSignalSpy source(m_view.get(), &TimelineView::sourceWanted);
    entry(menuOver(plot, at), u"Show its &source"_qs)->trigger();
    QCOMPARE(source.size(), 1);
    QCOMPARE(source.first().value(0).toLongLong(), point.eventId);
    // The event's client IP on the map; a call the carrier logged names none.
    QSignalSpy eventPlace(m_view.get(), &TimelineView::eventPlaceWanted);
    entry(menuOver(plot, at), u"Show its client IP on the m&ap"_qs)->trigger();
    QCOMPARE(eventPlace.size(), 1);
    QCOMPARE(eventPlace.first().value(0).toLongLong(), point.eventId);
    const auto call =
        std::find_if(m_data.points.cbegin(), m_data.points.cend(), [&](const TimelinePoint &p) {
            return p.evidenceClass == EvidenceClass::Communication && drawnAlone(p);
        });
    QVERIFY(call != m_data.points.cend() && !call->hasClientIp);
    QVERIFY(!entry(menuOver(plot, m_view->positionOf(call->eventId)->toPoint()),
                   u"Show its client IP on the m&ap"_qs)
                 ->isEnabled());
    // An IP's bar: its events listed as its click lists them, or the address on the map.
    QList<QPair<QList<qint64>, QString>> chosen;
    connect(m_view.get(), &TimelineView::eventsChosen, this,
            [&chosen](const QList<qint64> &ids, const QString &words) {
                chosen.append({ids, words});
            });
    const IntervalBars::Interval &bar =
        m_view->plot()->findChild<IntervalBars *>()->intervals().constFirst();
    const QPoint onBar(int(plot->xAxis->coordToPixel((bar.from + bar.to) / 2)),
                       int(plot->yAxis->coordToPixel(bar.lane)));
    QTest::mouseClick(plot, Qt::LeftButton, {}, onBar);
    QCOMPARE(chosen.size(), 1);
    menu = menuOver(plot, onBar);
    QCOMPARE(
        TestSupport::menuTexts(menu->actions()),
        (QStringList{chosen.first().second, u"&List its events"_qs, u"Show it on the m&ap"_qs}));
    entry(menu, u"&List its events"_qs)->trigger();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1), chosen.at(0));
    QSignalSpy place(m_view.get(), &TimelineView::placeWanted);
    entry(menuOver(plot, onBar), u"Show it on the m&ap"_qs)->trigger();
    QCOMPARE(place.size(), 1);
    QCOMPARE(place.first().value(0).toString(), m_data.ips.constFirst().ip);
    // The title: every event of the timeline.
    menu = menuOver(plot, plot->plotLayout()->element(0, 0)->outerRect().center());
    entry(menu, u"&List its events"_qs)->trigger();
    QCOMPARE(chosen.constLast().first.size(), 26);
    // Where no figure is, no menu; the Menu key opens the menu of the figure its ring is on, and
    // none before the ring is on one.
    QVERIFY(!menuOver(
        plot, QPoint(plot->axisRect()->rect().left() + 2, plot->axisRect()->rect().bottom() - 2)));
    QVERIFY(!menuOver(plot, QPoint(5, 5), true));
    plot->setFocus();
    QTest::keyClick(plot, Qt::Key_Home);
    const auto ring = m_view->keyCursor()->current();
    QVERIFY(ring);
    menu = menuOver(plot, QPoint(5, 5), true);
    QVERIFY(menu);
    const QStringList byKeyboard = TestSupport::menuTexts(menu->actions());
    QCOMPARE(byKeyboard, TestSupport::menuTexts(m_view->figureMenu()->popUp(*ring)->actions()));
    QVERIFY(byKeyboard.size() >= 2);
    // Several handles' timeline: which of them an event is of is not kept with its marker, so
    // no pair is offered; its client IP is the event's own.
    TimelineData two = m_data;
    two.handles.append(u"+13125550147"_qs);
    m_view->setData(two);
    plot->replot();
    menu = menuOver(plot, m_view->positionOf(point.eventId)->toPoint());
    QCOMPARE(TestSupport::enabledStates(menu->actions()).mid(1),
             (QList<bool>{true, false, false, true, true}));
}

void tst_TimelineView::thePatternsLegendStandsBesideTheDaysNotOverThem()
{
    // The events per day's legend stood inside the top right corner of their bars: the latest
    // days' tallest bars, where a return's last busy days stand, were drawn under it.
    PatternsView patterns;
    QVERIFY(shownWith(patterns, m_data));
    QCPAxisRect *days = nullptr;
    for (int i = 0; i < patterns.plot()->plottableCount(); ++i) {
        if (auto *bars = qobject_cast<QCPBars *>(patterns.plot()->plottable(i)))
            days = bars->keyAxis()->axisRect();
    }
    QVERIFY(days);
    QCPLegend *legend = nullptr;
    for (int i = 0; i < patterns.plot()->layerCount(); ++i) {
        for (QCPLayerable *item : patterns.plot()->layer(i)->children()) {
            if (auto *found = qobject_cast<QCPLegend *>(item); found && found->itemCount() > 0)
                legend = found;
        }
    }
    QVERIFY(legend);
    QCOMPARE(legend->itemCount(), 3); // a class each (these events leave no time between returns)
    QVERIFY2(!legend->outerRect().intersects(days->rect()),
             qPrintable(u"legend %1,%2 %3×%4"_qs.arg(legend->outerRect().left())
                            .arg(legend->outerRect().top())
                            .arg(legend->outerRect().width())
                            .arg(legend->outerRect().height())));
    QVERIFY(legend->outerRect().left() >= days->outerRect().right()); // beside them
    // The heatmaps keep their height: a row of its own under the days took it from them.
    for (QCPAxisRect *rect : patterns.plot()->axisRects()) {
        if (rect != days)
            QVERIFY2(rect->rect().height() >= 7 * 10,
                     qPrintable(QString::number(rect->rect().height())));
    }
}

void tst_TimelineView::aPatternsFiguresMenuListsItsEvents()
{
    // A heatmap cell's and a day bar's menu, named by the figure, list its events as its click
    // does.
    PatternsView patterns;
    QVERIFY(shownWith(patterns, m_data));
    QList<QPair<QList<qint64>, QString>> chosen;
    connect(&patterns, &PatternsView::eventsChosen, this,
            [&chosen](const QList<qint64> &ids, const QString &words) {
                chosen.append({ids, words});
            });
    int figures = 0;
    for (const QPointF &figure : patterns.figurePositions()) {
        const QPoint at = figure.toPoint();
        QTest::mouseClick(patterns.plot(), Qt::RightButton, {}, at);
        QVERIFY(chosen.isEmpty()); // the right button chooses nothing
        QTest::mouseClick(patterns.plot(), Qt::LeftButton, {}, at);
        QCOMPARE(chosen.size(), 1);
        QMenu *menu = menuOver(patterns.plot(), at);
        QVERIFY(menu);
        QCOMPARE(TestSupport::menuTexts(menu->actions()),
                 (QStringList{chosen.first().second, u"&List its events"_qs}));
        menu->actions().constLast()->trigger();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(1), chosen.at(0));
        chosen.clear();
        ++figures;
    }
    QVERIFY(figures > 20); // the lookups' and communications' cells and their days' bars
    QVERIFY(!menuOver(patterns.plot(), QPoint(3, 3)));
}

void tst_TimelineView::aPatternsFigureLeadsToItsEvents()
{
    // Every heatmap cell leads to as many events as it counts, each of its class on that
    // weekday and hour in the display zone; a day's bar to that day's events of its class.
    PatternsView patterns;
    patterns.resize(1000, 700);
    patterns.show();
    QVERIFY(QTest::qWaitForWindowExposed(&patterns));
    patterns.setDisplayZone(QTimeZone("America/New_York"));
    patterns.setData(m_data);
    patterns.plot()->replot();
    QHash<qint64, TimelinePoint> byId;
    for (const TimelinePoint &p : m_data.points)
        byId.insert(p.eventId, p);
    int cells = 0;
    for (int c = 0; c < 3; ++c) {
        const QCPColorMap *map = qobject_cast<QCPColorMap *>(patterns.plot()->plottable(c));
        QVERIFY(map);
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h) {
                const double count = patterns.heatmapCell(EvidenceClass(c), d, h);
                const QPointF at(map->keyAxis()->coordToPixel(h), map->valueAxis()->coordToPixel(d));
                const auto choice = patterns.choiceAt(at);
                QCOMPARE(choice ? double(choice->ids().size()) : 0.0, count);
                if (!choice)
                    continue;
                ++cells;
                for (qint64 id : choice->ids()) {
                    const QDateTime local = QDateTime::fromMSecsSinceEpoch(byId.value(id).utcMs, QTimeZone("America/New_York"));
                    QCOMPARE(byId.value(id).evidenceClass, EvidenceClass(c));
                    QCOMPARE(local.date().dayOfWeek() - 1, d);
                    QCOMPARE(local.time().hour(), h);
                }
            }
        }
    }
    QVERIFY(cells > 0);
    // "darkest = N" under each heatmap: the events of every cell holding N, and no others.
    int darkestFigures = 0;
    for (int c = 0; c < 3; ++c) {
        const QCPColorMap *map = qobject_cast<QCPColorMap *>(patterns.plot()->plottable(c));
        double peak = 0;
        int darkCells = 0;
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h)
                peak = qMax(peak, patterns.heatmapCell(EvidenceClass(c), d, h));
        }
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h)
                darkCells += patterns.heatmapCell(EvidenceClass(c), d, h) == peak ? 1 : 0;
        }
        QCPAxis *axis = map->keyAxis();
        QPointF onLabel(axis->axisRect()->center().x(), axis->axisRect()->bottom());
        while (axis->getPartAt(onLabel) != QCPAxis::spAxisLabel && onLabel.y() < patterns.plot()->height())
            onLabel.ry() += 1;
        const auto choice = patterns.choiceAt(onLabel);
        QCOMPARE(bool(choice), peak > 0);
        if (!choice)
            continue;
        ++darkestFigures;
        QCOMPARE(choice->evidenceClass, EvidenceClass(c));
        QCOMPARE(double(choice->ids().size()), peak * darkCells);
        for (qint64 id : choice->ids()) {
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(byId.value(id).utcMs, QTimeZone("America/New_York"));
            QCOMPARE(patterns.heatmapCell(EvidenceClass(c), local.date().dayOfWeek() - 1, local.time().hour()), peak);
        }
        if (c == 0)
            QCOMPARE(choice->description, u"the 2 darkest cell(s) of +12025550143's heatmap, "_qs
                                              + EvidenceClassText::pluralCount(EvidenceClass::Lookup, 2)
                                              + u" each: Mondays between 03:00 and 04:00, Sundays between 07:00 and 08:00 "
                                                "(America/New_York)"_qs);
    }
    QCOMPARE(darkestFigures, 2);
    // Monday's 03:00 lookups in New York, clicked: the two lookups, said in words.
    const QCPColorMap *lookups = qobject_cast<QCPColorMap *>(patterns.plot()->plottable(0));
    const QPointF monday3(lookups->keyAxis()->coordToPixel(3), lookups->valueAxis()->coordToPixel(0));
    QList<QString> said;
    connect(&patterns, &PatternsView::eventsChosen, this, [&said](const QList<qint64> &, const QString &words) { said.append(words); });
    QTest::mouseClick(patterns.plot(), Qt::LeftButton, {}, monday3.toPoint());
    const QString twoLookups = EvidenceClassText::pluralCount(EvidenceClass::Lookup, 2);
    QCOMPARE(said, QList<QString>{twoLookups + u" of +12025550143 on Mondays between 03:00 and 04:00 (America/New_York)"_qs});
    // The day bars: across 2 March (New York), the lookups' bar gives that day's two lookups.
    QCPBars *dayLookups = nullptr;
    for (int i = 0; i < patterns.plot()->plottableCount(); ++i) {
        if (auto *bars = qobject_cast<QCPBars *>(patterns.plot()->plottable(i)); bars && !dayLookups)
            dayLookups = bars;
    }
    QVERIFY(dayLookups);
    std::optional<PatternsView::Choice> day;
    const qint64 noon = QDateTime(QDate(2026, 3, 2), QTime(12, 0), QTimeZone("America/New_York")).toMSecsSinceEpoch();
    const double barTop = dayLookups->valueAxis()->coordToPixel(0.5);
    for (int dx = -40; dx <= 40 && !day; ++dx) {
        const auto at = patterns.choiceAt(QPointF(dayLookups->keyAxis()->coordToPixel(noon / 1000.0) + dx, barTop));
        if (at && at->evidenceClass == EvidenceClass::Lookup)
            day = at;
    }
    QVERIFY(day);
    QCOMPARE(day->ids().size(), 2);
    QCOMPARE(day->description, twoLookups + u" of +12025550143 on 2026-03-02 (America/New_York)"_qs);
}

void tst_TimelineView::theKeyboardReachesEveryPatternsFigure()
{
    // Each heatmap cell holding events and each day bar is a stop of the arrow keys; Enter lists
    // a stop's events as a click does, its description (with the caveat for lookups) shown.
    PatternsView patterns;
    QVERIFY(shownWith(patterns, m_data));
    qsizetype cells = 0;
    qsizetype bars = 0;
    for (int c = 0; c < 3; ++c) {
        for (int d = 0; d < 7; ++d) {
            for (int h = 0; h < 24; ++h)
                cells += patterns.heatmapCell(EvidenceClass(c), d, h) > 0 ? 1 : 0;
        }
        for (const auto &bar : patterns.dayBars(EvidenceClass(c)))
            bars += bar.second > 0 ? 1 : 0;
    }
    QCOMPARE(cells, 23); // the demo target's events fall in 23 weekday-hours, lookups and communications apart
    QCOMPARE(bars, 22);
    const QList<QPointF> figures = patterns.figurePositions();
    QCOMPARE(figures.size(), cells + bars);
    QSet<QPair<int, int>> spots;
    for (const QPointF &figure : figures) {
        QVERIFY(patterns.choiceAt(figure));
        spots.insert(FigureKeyWalk::spot(figure));
    }
    FigureKeyCursor *cursor = patterns.keyCursor();
    QCOMPARE(FigureKeyWalk::reachedByArrows(patterns.plot(), cursor), spots);

    QList<QPair<QList<qint64>, QString>> chosen;
    connect(&patterns, &PatternsView::eventsChosen, this,
            [&chosen](const QList<qint64> &ids, const QString &description) { chosen.append({ids, description}); });
    QTest::keyClick(patterns.plot(), Qt::Key_Home);
    const auto first = patterns.choiceAt(*cursor->current());
    QVERIFY(cursor->currentText().startsWith(first->description + u"\nPress Enter to list them in the events table."_qs));
    QCOMPARE(cursor->currentText().endsWith(EvidenceClassText::lookupCaveat()), first->evidenceClass == EvidenceClass::Lookup);
    QCOMPARE(patterns.plot()->accessibleDescription(), cursor->currentText());
    QTest::keyClick(patterns.plot(), Qt::Key_Return);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().first, first->ids());
    QCOMPARE(chosen.first().second, first->description);
    QTest::keyClick(patterns.plot(), Qt::Key_Escape);
    QVERIFY(!cursor->current());
    QTest::keyClick(patterns.plot(), Qt::Key_Return); // nothing under the cursor: nothing chosen
    QCOMPARE(chosen.size(), 1);
}

void tst_TimelineView::theKeyboardReachesEveryTimelineFigure()
{
    // The title's counts, each event drawn and each IP's bar are stops of the arrow keys; Enter
    // on an event chooses it as a click does, on the title lists every event.
    QCustomPlot *plot = m_view->plot();
    plot->replot();
    const QList<QPointF> figures = m_view->figurePositions();
    QSet<QPair<int, int>> spots;
    QSet<qint64> eventsReached;
    int titles = 0;
    int ipBars = 0;
    for (const QPointF &figure : figures) {
        spots.insert(FigureKeyWalk::spot(figure));
        if (const qint64 id = m_view->eventAt(figure))
            eventsReached.insert(id);
        else if (m_view->plot()->plotLayout()->element(0, 0)->outerRect().contains(figure.toPoint()))
            ++titles;
        else
            ++ipBars;
    }
    QCOMPARE(titles, 1);
    QCOMPARE(ipBars, 3); // the demo target's three addresses
    // Every event is a stop, or is drawn within a pixel of one (the mouse cannot tell them apart either).
    for (const TimelinePoint &p : m_data.points) {
        const auto at = m_view->positionOf(p.eventId);
        QVERIFY(at);
        const bool near = std::any_of(figures.begin(), figures.end(), [&](const QPointF &f) { return QLineF(f, *at).length() < 1.0; });
        QVERIFY2(eventsReached.contains(p.eventId) || near, qPrintable(QString::number(p.eventId)));
    }
    QVERIFY(eventsReached.size() >= 20);
    FigureKeyCursor *cursor = m_view->keyCursor();
    QCOMPARE(FigureKeyWalk::reachedByArrows(plot, cursor), spots);

    QList<qint64> clicked;
    QList<QList<qint64>> chosen;
    connect(m_view.get(), &TimelineView::eventClicked, this, [&clicked](qint64 id) { clicked.append(id); });
    connect(m_view.get(), &TimelineView::eventsChosen, this, [&chosen](const QList<qint64> &ids, const QString &) { chosen.append(ids); });
    QTest::keyClick(plot, Qt::Key_Home); // the earliest event
    const qint64 earliest = m_view->eventAt(*cursor->current());
    QCOMPARE(earliest, m_data.points.first().eventId);
    QTest::keyClick(plot, Qt::Key_Enter);
    QCOMPARE(clicked, QList<qint64>{earliest});
    // Up from the top lane reaches the title; Enter lists all the events.
    for (int i = 0; i < 3 && !chosen.size(); ++i) {
        QTest::keyClick(plot, Qt::Key_Up);
        if (!m_view->eventAt(*cursor->current()))
            QTest::keyClick(plot, Qt::Key_Space);
    }
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().size(), 26);
    QVERIFY(cursor->currentText().contains(EvidenceClassText::lookupCaveat()));
    // Leaving the plot takes the cursor away.
    plot->setFocus();
    QLineEdit other(m_view.get());
    other.show();
    other.setFocus();
    QTRY_VERIFY(!cursor->current());
}

void tst_TimelineView::theKeyboardReachesTheBarsOfCounts()
{
    // Drawn as counts, the bars are the stops: each leads to the events its bar counts.
    TimelineData many;
    many.handles = {QStringLiteral("+12025550143")};
    const qint64 start = 1772323200000; // 2026-03-01T00:00:00Z
    for (int i = 0; i < 20000; ++i)
        many.points.append(TimelinePoint{start + qint64(i) * 120000, i % 4 == 0 ? EvidenceClass::Communication : EvidenceClass::Lookup, true, -1, i + 1});
    m_view->setData(many);
    QVERIFY(m_view->isBinned());
    m_view->plot()->replot();
    const QList<QPointF> figures = m_view->figurePositions();
    qsizetype bars = 0;
    qsizetype counted = 0;
    for (const QPointF &figure : figures) {
        if (const auto bin = m_view->binAt(figure)) {
            ++bars;
            counted += bin->ids.size();
        }
    }
    QCOMPARE(bars, figures.size() - 1); // and the title
    QCOMPARE(counted, 20000);            // 28 days of lookups, 28 of communications: every event once
    QCOMPARE(bars, 56);
    QList<QList<qint64>> chosen;
    connect(m_view.get(), &TimelineView::eventsChosen, this, [&chosen](const QList<qint64> &ids, const QString &) { chosen.append(ids); });
    QTest::keyClick(m_view->plot(), Qt::Key_End);
    const auto last = m_view->binAt(*m_view->keyCursor()->current());
    QVERIFY(last);
    QTest::keyClick(m_view->plot(), Qt::Key_Return);
    QCOMPARE(chosen, QList<QList<qint64>>{last->ids});
    // "+" zooms in about the cursor, halving the time in view, until single events are drawn:
    // the keyboard reaches them too.
    const auto [from, to] = m_view->timeRange();
    QTest::keyClick(m_view->plot(), Qt::Key_Plus);
    const auto [zoomedFrom, zoomedTo] = m_view->timeRange();
    QVERIFY(qAbs((zoomedTo - zoomedFrom) * 2 - (to - from)) <= 2);
    for (int i = 0; i < 4; ++i) // 28 days to 1.75: fewer events in view than are drawn as counts
        QTest::keyClick(m_view->plot(), Qt::Key_Plus);
    QTRY_VERIFY(!m_view->isBinned()); // counted again once the keys stop
    QTest::keyClick(m_view->plot(), Qt::Key_Left);
    QVERIFY(m_view->keyCursor()->current());
    const qint64 id = m_view->eventAt(*m_view->keyCursor()->current());
    QVERIFY(id > 0);
    // About the cursor: the event under it stays where it is, zooming out again.
    const QPointF at = *m_view->keyCursor()->current();
    QTest::keyClick(m_view->plot(), Qt::Key_Minus);
    QCOMPARE(m_view->eventAt(*m_view->keyCursor()->current()), id);
    QVERIFY(QLineF(*m_view->positionOf(id), at).length() < 1.0);
}

void tst_TimelineView::theArrowsStepOnPastTheEdgeOfTheView()
{
    // Zoomed in, the arrows go on from the last event in view to the next out of it, the view
    // following; Home and End stay with the events in sight.
    TimelineData minutes;
    minutes.handles = {QStringLiteral("+12025550143")};
    const qint64 start = 1772323200000; // 2026-03-01T00:00:00Z
    for (int i = 0; i < 100; ++i)
        minutes.points.append(TimelinePoint{start + qint64(i) * 60000, EvidenceClass::Lookup, true, -1, i + 1});
    m_view->setData(minutes);
    m_view->setTimeRange(start + 40 * 60000 - 20000, start + 49 * 60000 + 20000); // events 41 to 50
    QCustomPlot *plot = m_view->plot();
    FigureKeyCursor *cursor = m_view->keyCursor();
    QTest::keyClick(plot, Qt::Key_End);
    QCOMPARE(m_view->eventAt(*cursor->current()), 50);
    QTest::keyClick(plot, Qt::Key_Home);
    QCOMPARE(m_view->eventAt(*cursor->current()), 41);
    QTest::keyClick(plot, Qt::Key_End);
    for (qint64 id = 51; id <= 56; ++id) {
        QTest::keyClick(plot, Qt::Key_Right);
        QVERIFY(cursor->current());
        QCOMPARE(m_view->eventAt(*cursor->current()), id);
        QVERIFY(plot->axisRect()->rect().contains(cursor->current()->toPoint()));
        const auto [from, to] = m_view->timeRange();
        QVERIFY(from <= minutes.points.at(int(id - 1)).utcMs && minutes.points.at(int(id - 1)).utcMs <= to);
        QCOMPARE(to - from, 9 * 60000 + 40000); // the view keeps its span
    }
    for (qint64 id = 55; id >= 30; --id) {
        QTest::keyClick(plot, Qt::Key_Left);
        QCOMPARE(m_view->eventAt(*cursor->current()), id);
    }
}

void tst_TimelineView::renderTimelineHeadless()
{
    const QString out = m_dir.filePath(QStringLiteral("render.png"));
    QProcess process;
    process.start(QStringLiteral(LL_GUI_PATH), {m_demo, u"--render"_qs, u"timeline"_qs, u"--handle"_qs, u"(202) 555-0143"_qs,
                                                u"--from"_qs, u"2026-03-01T00:00:00Z"_qs, u"--to"_qs, u"2026-03-10T00:00:00Z"_qs,
                                                u"--out"_qs, out, u"--size"_qs, u"1000x500"_qs});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1000, 500));
    // Not blank: the lookup amber is somewhere in it.
    bool amber = false;
    for (int y = 0; y < image.height() && !amber; ++y) {
        for (int x = 0; x < image.width() && !amber; ++x)
            amber = image.pixelColor(x, y) == QColor(0xC2, 0x7C, 0x0E);
    }
    QVERIFY(amber);
    const QString patterns = m_dir.filePath(QStringLiteral("patterns.pdf"));
    QCOMPARE(QProcess::execute(QStringLiteral(LL_GUI_PATH), {m_demo, u"--render"_qs, u"patterns"_qs, u"--handle"_qs,
                                                             u"+12025550143"_qs, u"--out"_qs, patterns}),
             0);
    QFile pdf(patterns);
    QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
}

void tst_TimelineView::renderRefusesAnUnknownHandle_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("bad.png"));
    QTest::newRow("unknown handle") << QStringList{m_demo, u"--render"_qs, u"timeline"_qs, u"--handle"_qs, u"+19995550000"_qs,
                                                   u"--out"_qs, out}
                                    << "no handle \"+19995550000\"";
    QTest::newRow("no handle") << QStringList{m_demo, u"--render"_qs, u"timeline"_qs, u"--out"_qs, out} << "--handle";
    QTest::newRow("bad time") << QStringList{m_demo, u"--render"_qs, u"timeline"_qs, u"--handle"_qs, u"+12025550143"_qs,
                                             u"--from"_qs, u"yesterday"_qs, u"--out"_qs, out}
                              << "--from";
}

void tst_TimelineView::renderRefusesAnUnknownHandle()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess process;
    process.start(QStringLiteral(LL_GUI_PATH), args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.png"))));
}

QTEST_MAIN(tst_TimelineView)
#include "tst_timelineview.moc"
