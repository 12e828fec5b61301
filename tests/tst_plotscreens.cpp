#include "casedatabase.h"
#include "casequeries.h"
#include "democase.h"
#include "patternsview.h"
#include "timelinerangeselector.h"
#include "timelineview.h"

#include <QDir>
#include <QFile>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

/// The plots moved between two screens of different pixel ratios (the offscreen platform set
/// up with two screens side by side, the second at twice the first's scale): each plot is drawn
/// at the ratio of the screen it is on, and the timeline's markers chosen for it.
class tst_PlotScreens : public QObject
{
    Q_OBJECT

public:
    /// Runs before the application is made: the platform reads its screens then.
    static void initMain();

private slots:
    void initTestCase();
    void theTimelineFollowsItsScreen();
    void thePatternsFollowTheirScreen();

private:
    /// The screen named @p name, if the platform has it (their order is the platform's).
    static QScreen *screen(QStringView name);
    static void moveTo(QWidget *window, QStringView screenName);
    static QCPScatterStyle::ScatterShape lookupMarker(QCustomPlot *plot);

    QTemporaryDir m_dir;
    TimelineData m_data;
};

void tst_PlotScreens::initMain()
{
    const QString config = QDir::temp().filePath(QStringLiteral("lookuplens-two-screens-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(R"({"screens": [{"name": "panel", "x": 0, "y": 0, "width": 1600, "height": 1000, "dpr": 1},
                                      {"name": "monitor", "x": 1600, "y": 0, "width": 1600, "height": 1000, "dpr": 2}]})")
               < 0)
        qFatal("cannot write %s", qPrintable(config));
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "1"); // Qt Test turns it off; screens' ratios are what is tested
}

void tst_PlotScreens::initTestCase()
{
    QVERIFY(screen(u"panel") && screen(u"monitor"));
    QCOMPARE(screen(u"panel")->devicePixelRatio(), 1.0);
    QCOMPARE(screen(u"monitor")->devicePixelRatio(), 2.0);
    const QString demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(demo, &error), qPrintable(error));
    const auto db = CaseDatabase::open(demo, CaseDatabase::Access::ReadOnly, &error);
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    m_data = TimelineSeries::build(db->db(), {target});
    QFile::remove(QDir::temp().filePath(QStringLiteral("lookuplens-two-screens-%1.json").arg(QCoreApplication::applicationPid())));
}

QScreen *tst_PlotScreens::screen(QStringView name)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->name() == name)
            return screen;
    }
    return nullptr;
}

void tst_PlotScreens::moveTo(QWidget *window, QStringView screenName)
{
    QScreen *target = screen(screenName);
    window->setScreen(target);
    window->move(target->geometry().topLeft() + QPoint(40, 40));
    window->update();
}

QCPScatterStyle::ScatterShape tst_PlotScreens::lookupMarker(QCustomPlot *plot)
{
    for (int i = 0; i < plot->graphCount(); ++i) {
        if (plot->graph(i)->name().startsWith(QStringLiteral("Lookup made")))
            return plot->graph(i)->scatterStyle().shape();
    }
    return QCPScatterStyle::ssNone;
}

void tst_PlotScreens::theTimelineFollowsItsScreen()
{
    TimelineView view;
    moveTo(&view, u"panel");
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(m_data);
    QCustomPlot *plot = view.plot();
    QCustomPlot *overview = view.findChild<TimelineRangeSelector *>()->findChild<QCustomPlot *>();
    QCOMPARE(plot->bufferDevicePixelRatio(), 1.0);
    // At ratio 1 the markers are pre-rendered pixmaps; at other ratios drawn shapes.
    QCOMPARE(lookupMarker(plot), QCPScatterStyle::ssPixmap);

    moveTo(&view, u"monitor");
    QTRY_COMPARE(view.devicePixelRatioF(), 2.0);
    QTRY_COMPARE(plot->bufferDevicePixelRatio(), 2.0);
    QTRY_COMPARE(overview->bufferDevicePixelRatio(), 2.0);
    QCOMPARE(lookupMarker(plot), QCPScatterStyle::ssTriangle);
    QCOMPARE(plot->grab().devicePixelRatio(), 2.0);

    moveTo(&view, u"panel");
    QTRY_COMPARE(plot->bufferDevicePixelRatio(), 1.0);
    QTRY_COMPARE(overview->bufferDevicePixelRatio(), 1.0);
    QCOMPARE(lookupMarker(plot), QCPScatterStyle::ssPixmap);
}

void tst_PlotScreens::thePatternsFollowTheirScreen()
{
    PatternsView view;
    moveTo(&view, u"panel");
    view.resize(1000, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setData(m_data);
    QCOMPARE(view.plot()->bufferDevicePixelRatio(), 1.0);
    moveTo(&view, u"monitor");
    QTRY_COMPARE(view.plot()->bufferDevicePixelRatio(), 2.0);
    moveTo(&view, u"panel");
    QTRY_COMPARE(view.plot()->bufferDevicePixelRatio(), 1.0);
}

QTEST_MAIN(tst_PlotScreens)
#include "tst_plotscreens.moc"
