// Filter latency benchmark (issue: explorer). Builds (or reuses) a case of N generated events,
// then times each filter change the events table answers: the class counts for the status bar
// and the first page of rows, as EventTableModel::setFilter does them.
// Usage: bench_filter [--rows 1000000] [--dir /tmp/llbench-filter]

#include "benchsupport.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "eventtablemodel.h"
#include "importjob.h"
#include "rawtextindexjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = BenchSupport::arg(argc, argv, "--rows", QStringLiteral("1000000")).toInt();
    const QString dir = BenchSupport::arg(argc, argv, "--dir", QDir::tempPath() + QStringLiteral("/llbench-filter"));
    QDir().mkpath(dir);
    const QString casePath = dir + QStringLiteral("/filter-%1.llcase").arg(rows);
    if (!BenchSupport::buildCaseOnce(casePath, rows, [&]() {
            return BenchSupport::writeIdsCsv(dir + QStringLiteral("/filter.csv"), rows);
        }))
        return 1;
    // The GUI builds the raw-text search index in the background after an import.
    QElapsedTimer indexTimer;
    indexTimer.start();
    const RawTextIndexJob::Result indexed = RawTextIndexJob::run(casePath);
    std::printf("raw-text search index: %lld events added in %.1f s (background job)\n",
                static_cast<long long>(indexed.added), indexTimer.elapsed() / 1000.0);
    const auto db = BenchSupport::openToRead(casePath);
    if (!db)
        return 1;
    const CaseQueries queries(db->db());
    const qint64 handle = *queries.resolveHandle(QStringLiteral("+12025501234"), QStringLiteral("US"));
    const CaseStats stats = queries.stats();
    const qint64 mid = (*stats.firstMs + *stats.lastMs) / 2;

    struct Case
    {
        const char *name;
        EventFilter filter;
    };
    QList<Case> cases;
    cases.append(Case{"no filter", EventFilter{}});
    EventFilter f;
    f.evidenceClass = EvidenceClass::Lookup;
    cases.append(Case{"class = lookup", f});
    f = {};
    f.handleId = handle;
    cases.append(Case{"handle, either side", f});
    f.side = EventFilter::HandleSide::Initiator;
    cases.append(Case{"handle as initiator", f});
    f = {};
    f.fromMs = mid;
    f.toMs = mid + 86400000;
    cases.append(Case{"one day", f});
    f = {};
    f.clientIp = QStringLiteral("198.51.0.17");
    cases.append(Case{"client IP", f});
    f = {};
    f.handleId = handle;
    f.fromMs = mid;
    cases.append(Case{"handle + from", f});
    f = {};
    f.rawText = QStringLiteral(",+12025501234,");
    cases.append(Case{"raw text, rare", f});
    f.rawText = QStringLiteral("198.51.1.");
    cases.append(Case{"raw text, common", f});

    EventTableModel model(db->db());
    std::printf("%d events; filter change = class counts + first page of %d rows\n", int(stats.events),
                EventTableModel::PageSize);
    for (const Case &c : cases) {
        QElapsedTimer timer;
        timer.start();
        model.setFilter(c.filter);
        const double ms = timer.nsecsElapsed() / 1e6;
        QString counted;
        if (model.countsPending()) {
            // Counts of a common substring are made off the GUI thread; report when they came.
            QEventLoop loop;
            QObject::connect(&model, &EventTableModel::countsChanged, &loop, &QEventLoop::quit);
            loop.exec();
            counted = QStringLiteral(", counts %1 ms later off the GUI thread").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
        }
        std::printf("  %-22s %8.1f ms  (%lld matching, %d rows shown%s)%s\n", c.name, ms,
                    static_cast<long long>(model.totalCount()), model.rowCount(), qPrintable(counted),
                    ms <= 100.0 ? "" : "  > 100 ms");
    }
    // The handles dock asks this on opening the case and after every import.
    QElapsedTimer summaryTimer;
    summaryTimer.start();
    const QList<HandleSummary> handles = queries.handleSummaries();
    std::printf("handle summaries (the handles dock): %lld handles in %.1f ms\n",
                static_cast<long long>(handles.size()), summaryTimer.nsecsElapsed() / 1e6);
    return 0;
}
