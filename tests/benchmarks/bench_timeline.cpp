// Timeline benchmark (issue: timeline). A case of N events (default 1,000,000) in which one
// handle takes part in a fifth (200,000). Prints the time to build that handle's series, the
// first paint, and each replot while zooming from the whole range down to one hour, beside the
// time QCustomPlot alone takes to replot the same number of raw points (one scatter graph, no
// LookupLens code), and the patterns' week-hour counts in a zone with daylight saving time.
// Each figure is the median of eleven runs. Target: LookupLens replot ≤ 1.2× the bare replot;
// no zoom step over 50 ms.
// Usage: bench_timeline [--rows 1000000] [--dir /tmp/llbench-timeline]   (runs offscreen)

#include "benchsupport.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "importjob.h"
#include "timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>

#include <qcustomplot.h>

#include <algorithm>
#include <array>
#include <cstdio>

namespace {

QString writeCsv(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(20261122);
    file.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    const qint64 start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    QByteArray chunk;
    for (int i = 0; i < rows; ++i) {
        const bool target = i % 5 == 0;
        const qint64 t = start + qint64(i) * 31;
        chunk += QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1()
                 + (target ? QByteArray(",+12025550143,") : ",+1202" + QByteArray::number(5500000 + random.bounded(9000)) + ',')
                 + "+1312" + QByteArray::number(5500000 + random.bounded(9000)) + ",198.51.100."
                 + QByteArray::number(random.bounded(200)) + ",1\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

/// The median of eleven runs of @p step in milliseconds: a single sub-millisecond timing is
/// mostly noise, and both sides are measured the same way.
template <typename Step>
double medianMs(Step step)
{
    std::array<double, 11> times{};
    for (double &t : times) {
        QElapsedTimer timer;
        timer.start();
        step();
        t = timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times[5];
}

double timedReplot(QCustomPlot *plot)
{
    return medianMs([plot]() { plot->replot(QCustomPlot::rpImmediateRefresh); });
}

/// The patterns' week-hour counts and one heatmap cell's events (both on the GUI thread) in a
/// zone with daylight saving time, beside converting each instant through QDateTime.
void printPatternTimes(const QList<TimelinePoint> &points)
{
    const QTimeZone zone("America/New_York");
    qint64 sink = 0;
    const double counts = medianMs([&]() { sink += TimelineSeries::weekHourCounts(points, zone)[0][0][8]; });
    const double cell = medianMs([&]() { sink += TimelineSeries::weekHourEventIds(points, zone, EvidenceClass::Lookup, 0, 8).size(); });
    const double each = medianMs([&]() {
        for (const TimelinePoint &p : points)
            sink += QDateTime::fromMSecsSinceEpoch(p.utcMs, zone).time().hour();
    });
    std::printf("patterns in %s: week-hour counts %.1f ms, one heatmap cell's events %.1f ms (each instant through QDateTime: "
                "%.1f ms)%s\n",
                zone.id().constData(), counts, cell, each, sink < 0 ? " " : "");
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("1000000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench-timeline"));
    QDir().mkpath(dir);
    const QString casePath = dir + QStringLiteral("/timeline-%1.llcase").arg(rows);
    if (!BenchSupport::buildCaseOnce(casePath, rows, [&]() {
            return writeCsv(dir + QStringLiteral("/timeline.csv"), rows);
        }))
        return 1;
    const auto db = BenchSupport::openToRead(casePath);
    if (!db)
        return 1;
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    QElapsedTimer timer;
    timer.start();
    const TimelineData data = TimelineSeries::build(db->db(), {target});
    std::printf("series of the handle: %lld events built in %lld ms (worker thread in the GUI)\n",
                static_cast<long long>(data.points.size()), static_cast<long long>(timer.elapsed()));

    TimelineView view;
    view.resize(1600, 900);
    view.show();
    timer.restart();
    view.setData(data);
    std::printf("first paint (setData + replot, binned): %.1f ms\n", timer.nsecsElapsed() / 1e6);
    printPatternTimes(data.points);

    // The bare baseline: the same points as one scatter graph in a plain QCustomPlot.
    QCustomPlot bare;
    bare.resize(view.plot()->size());
    bare.show();
    QCPGraph *graph = bare.addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangle, 9));
    QVector<double> keys, values;
    for (const TimelinePoint &p : data.points) {
        keys.append(p.utcMs / 1000.0);
        values.append(int(p.evidenceClass));
    }
    graph->setData(keys, values, true);
    bare.yAxis->setRange(-1, 3);

    const qint64 first = data.points.first().utcMs;
    const qint64 last = data.points.last().utcMs;
    std::printf("%-14s %10s %12s %12s %8s %12s\n", "window", "in view", "LookupLens", "bare QCP", "ratio", "replot only");
    double worst = 0;
    double worstRatio = 0;
    for (qint64 span = last - first; span >= 3600000; span /= 3) {
        const qint64 from = first + (last - first - span) / 2;
        // density switch + replot, as a wheel turn does
        const double ours = medianMs([&view, from, span]() { view.setTimeRange(from, from + span); });
        const double oursReplot = timedReplot(view.plot()); // the same view drawn again, nothing recomputed
        bare.xAxis->setRange(from / 1000.0, (from + span) / 1000.0);
        const double plain = timedReplot(&bare);
        worst = qMax(worst, ours);
        worstRatio = qMax(worstRatio, ours / plain);
        std::printf("%-14s %10lld %10.1f ms %10.1f ms %7.2f× %9.1f ms%s\n",
                    qPrintable(QStringLiteral("%1 h").arg(span / 3600000)), static_cast<long long>(view.eventsInView()), ours,
                    plain, ours / plain, oursReplot, view.isBinned() ? "  (binned)" : "");
    }
    std::printf("slowest zoom step: %.1f ms (target ≤ 50 ms); worst ratio to bare QCustomPlot: %.2f× (target ≤ 1.2×)\n",
                worst, worstRatio);
    std::printf("peak memory: %lld MiB\n", static_cast<long long>(BenchSupport::peakRssKiB() / 1024));
    return 0;
}
