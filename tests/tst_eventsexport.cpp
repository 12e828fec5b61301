#include "apptranslations.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "casesession.h"
#include "deferredwrites.h"
#include "democase.h"
#include "eventexport.h"
#include "eventfilterbar.h"
#include "widgettestsupport.h"
#include "eventsexporter.h"
#include "reportexporter.h"
#include "eventtablemodel.h"
#include "importjob.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using TestSupport::jsonObject;
using TestSupport::scalar;

/// Exporting the events shown, from the GUI: the bytes `lookuplens-cli events` writes for the
/// same filter, a chart's chosen events exactly, a cancelled export leaving nothing, and the
/// export in the case's audit log.
class tst_EventsExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theCommandLinesBytes_data();
    void theCommandLinesBytes();
    void chosenEventsExactly();
    void stoppingLeavesNothing();
    void fromTheMenuAndAudited();
    void aNameTypedWithoutASuffixTakesTheTypeChosen();
    void theCasesEvidenceIsNeverWrittenOver();
    void auditedAfterAnotherProgramsImport();
    void aReportFromTheMenuIsTheCommandLinesAndAudited();
    void aCancelledReportLeavesNothing();
    void aReportOnAChartsFigureNamesIt();

private:
    static QByteArray cliEvents(const QString &casePath, const QStringList &options);
    /// Runs an EventsExporter to its end; the result and whether the file exists after it.
    static EventExport::Result exportTo(const QString &casePath, const EventFilter &filter, EventExport::Format format,
                                        const QString &path);
    static QByteArray contents(const QString &path);
    /// Opens the demo case in @p window, its table showing the 13 lookups +12025550143 made.
    void showTheTargetsLookups(MainWindow &window) const;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_large;
};

void tst_EventsExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppTranslations::install(*QCoreApplication::instance());
    QSettings().clear();
    m_demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(m_demo, &error), qPrintable(error));
    ImportParams params;
    params.casePath = m_large = m_dir.filePath(QStringLiteral("large.llcase"));
    params.files = {TestSupport::writeIdsCsv(m_dir.filePath(QStringLiteral("ids.csv")), 20000, TestSupport::RowOrder::Time)};
    params.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(params).allOk());
}

QByteArray tst_EventsExport::cliEvents(const QString &casePath, const QStringList &options)
{
    QProcess process;
    process.start(QStringLiteral(LL_CLI_PATH), QStringList{QStringLiteral("events"), QStringLiteral("--case"), casePath} + options);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("lookuplens-cli events failed: %s", process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

EventExport::Result tst_EventsExport::exportTo(const QString &casePath, const EventFilter &filter, EventExport::Format format,
                                               const QString &path)
{
    QWidget parent;
    EventsExporter exporter(&parent);
    QSignalSpy finished(&exporter, &EventsExporter::finished);
    exporter.start(casePath, filter, format, path, 0);
    if (!finished.wait(60000))
        qFatal("the export did not finish");
    return finished.first().first().value<EventExport::Result>();
}

QByteArray tst_EventsExport::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_EventsExport::showTheTargetsLookups(MainWindow &window) const
{
    window.show();
    QVERIFY(window.openCase(m_demo));
    auto *bar = window.findChild<EventFilterBar *>();
    bar->setHandleText(QStringLiteral("+12025550143"));
    bar->showCountedEvents(EventFilter::HandleSide::Initiator, EvidenceClass::Lookup);
    QTRY_COMPARE(window.session()->events()->rowCount(), 13);
}

void tst_EventsExport::theCommandLinesBytes_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("options");
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        QTest::newRow(qPrintable(format + QStringLiteral(" lookups"))) << format << QStringList{u"--class"_qs, u"lookup"_qs};
        QTest::newRow(qPrintable(format + QStringLiteral(" the target's communications")))
            << format << QStringList{u"--handle"_qs, u"+12025550143"_qs, u"--class"_qs, u"communication"_qs};
        QTest::newRow(qPrintable(format + QStringLiteral(" everything"))) << format << QStringList{};
    }
}

void tst_EventsExport::theCommandLinesBytes()
{
    // The same filter set in the GUI's way: the file holds the command line's output, byte for byte.
    QFETCH(QString, format);
    QFETCH(QStringList, options);
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    EventFilter filter;
    if (const qsizetype at = options.indexOf(u"--handle"_qs); at >= 0)
        filter.handleId = CaseQueries(db->db()).resolveHandle(options.at(at + 1), QStringLiteral("US"));
    if (const qsizetype at = options.indexOf(u"--class"_qs); at >= 0)
        filter.evidenceClass = evidenceClassFromKey(options.at(at + 1));
    const QString path = m_dir.filePath(QStringLiteral("events.") + format);
    const EventExport::Result result = exportTo(m_demo, filter, *EventExport::formatNamed(format), path);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(!result.cancelled);
    const QByteArray expected = cliEvents(m_demo, options + QStringList{u"--format"_qs, format});
    QCOMPARE(contents(path), expected);
    const qint64 rows = format == u"csv" ? expected.count("\r\n") - 1 : QJsonDocument::fromJson(expected).array().size();
    QCOMPARE(result.written, rows);
    QVERIFY(rows > 0);
}

void tst_EventsExport::chosenEventsExactly()
{
    // A chart's figure chosen (no filter of the bar can say it): those events, in time order.
    EventFilter filter;
    filter.chosenIds = QList<qint64>{12, 3, 7};
    const QString path = m_dir.filePath(QStringLiteral("chosen.json"));
    QCOMPARE(exportTo(m_demo, filter, EventExport::Format::Json, path).written, 3);
    const QJsonArray events = QJsonDocument::fromJson(contents(path)).array();
    QList<qint64> ids;
    for (const QJsonValue &event : events)
        ids.append(event[u"id"].toInteger());
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()), (QSet<qint64>{3, 7, 12}));
    for (qsizetype i = 1; i < events.size(); ++i)
        QVERIFY(events[i - 1][u"time"].toString() <= events[i][u"time"].toString());
}

void tst_EventsExport::stoppingLeavesNothing()
{
    // Stopped at the first report of progress: that many events written, and told so.
    QString error;
    const auto db = CaseDatabase::open(m_large, CaseDatabase::Access::ReadOnly, &error);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QList<qint64> reported;
    const EventExport::Result stopped = EventExport::write(db->db(), {}, EventExport::Format::Csv, buffer, [&reported](qint64 written) {
        reported.append(written);
        return false;
    });
    QVERIFY(stopped.cancelled);
    QCOMPARE(stopped.written, EventExport::ProgressEvery);
    QCOMPARE(reported, QList<qint64>{EventExport::ProgressEvery});
    // A write that fails (a full disk) stops the export and says why.
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    const EventExport::Result failed = EventExport::write(db->db(), {}, EventExport::Format::Csv, readOnly);
    QVERIFY(!failed.error.isEmpty());
    QCOMPARE(failed.written, 1);
    // Cancelled from the GUI, whenever it lands: no file under the name asked for, nothing beside it.
    const QString folder = m_dir.filePath(QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    QWidget parent;
    EventsExporter exporter(&parent);
    QSignalSpy finished(&exporter, &EventsExporter::finished);
    exporter.start(m_large, {}, EventExport::Format::Json, folder + QStringLiteral("/events.json"), 20000);
    exporter.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().value<EventExport::Result>().cancelled);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{});
    // Run to its end, the whole case.
    const EventExport::Result whole = exportTo(m_large, {}, EventExport::Format::Csv, folder + QStringLiteral("/events.csv"));
    QCOMPARE(whole.written, 20000);
    QCOMPARE(contents(folder + QStringLiteral("/events.csv")).count("\r\n"), 20001);
}

void tst_EventsExport::fromTheMenuAndAudited()
{
    // File → Export events shown, the file named in its dialog: the events the table shows,
    // and the export in the case's audit log with the filter it was made with.
    MainWindow window;
    showTheTargetsLookups(window);
    const QString path = m_dir.filePath(QStringLiteral("menu.csv"));
    QAction *action = TestSupport::actionNamed(window, u"&Export events shown…"_qs);
    QVERIFY(action && action->isEnabled());
    TestSupport::answerNextFileDialog(this, {path});
    QSignalSpy finished(window.findChild<EventsExporter *>(), &EventsExporter::finished);
    action->trigger();
    QVERIFY(finished.wait(60000));
    // Read before the command line below records its own export.
    const QJsonObject audit = jsonObject(window.session()->database().db(),
                                         u"SELECT details FROM audit_log WHERE action = 'export-events' ORDER BY id DESC LIMIT 1"_qs);
    QCOMPARE(contents(path), cliEvents(m_demo, {u"--handle"_qs, u"+12025550143"_qs, u"--side"_qs, u"initiator"_qs, u"--class"_qs,
                                                u"lookup"_qs, u"--format"_qs, u"csv"_qs}));
    QCOMPARE(audit[u"file"].toString(), path);
    QCOMPARE(audit[u"format"].toString(), u"csv"_qs);
    QCOMPARE(audit[u"events"].toInteger(), 13);
    QCOMPARE(audit[u"filter"].toObject()[u"class"].toString(), u"lookup"_qs);
    QCOMPARE(audit[u"filter"].toObject()[u"side"].toString(), u"initiator"_qs);
    // Hashed as written, so that the copy handed over can be checked against the case.
    QCOMPARE(audit[u"sha256"].toString(), TestSupport::sha256Of(path));
}

void tst_EventsExport::aNameTypedWithoutASuffixTakesTheTypeChosen()
{
    // "JSON" chosen in the dialog and a name typed without a suffix: the file is named .json and
    // holds JSON (it was written as CSV, under the name as typed).
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(m_demo));
    QTRY_COMPARE(window.session()->events()->rowCount(), 26);
    const QString typed = m_dir.filePath(QStringLiteral("typed"));
    QTimer::singleShot(0, this, [typed]() {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
        QCOMPARE(types->currentText(), u"CSV (*.csv)"_qs);
        QTest::keyClick(types, Qt::Key_Down); // as a person chooses it: the dialog is told
        QCOMPARE(types->currentText(), u"JSON (*.json)"_qs);
        TestSupport::answerFileDialog(dialog, {typed});
    });
    QSignalSpy finished(window.findChild<EventsExporter *>(), &EventsExporter::finished);
    TestSupport::actionNamed(window, u"&Export events shown…"_qs)->trigger();
    QVERIFY(finished.wait(60000));
    QVERIFY(!QFileInfo::exists(typed));
    QCOMPARE(contents(typed + u".json"_qs), cliEvents(m_demo, {u"--format"_qs, u"json"_qs}));
}

void tst_EventsExport::theCasesEvidenceIsNeverWrittenOver()
{
    // The events exported under the name of the file they were imported from, the dialog's own
    // "replace it?" answered yes: refused, said, the evidence as it was, no export recorded.
    const QString evidence = m_dir.filePath(QStringLiteral("evidence.csv"));
    const QString casePath = m_dir.filePath(QStringLiteral("evidence.llcase"));
    QVERIFY(TestSupport::importedCopy(casePath, u"ids/ids-bad-rows.csv"_qs, evidence));
    const QString before = TestSupport::sha256Of(evidence);
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(casePath));
    TestSupport::FileDialogAnswers answers(&window);
    answers.name = evidence;
    auto *exporter = window.findChild<EventsExporter *>();
    QSignalSpy finished(exporter, &EventsExporter::finished);
    TestSupport::actionNamed(window, u"&Export events shown…"_qs)->trigger();
    QCOMPARE(answers.boxes, QStringList{u"evidence.csv is evidence imported into this case; it is never overwritten."_qs});
    QVERIFY(!exporter->isRunning());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(TestSupport::sha256Of(evidence), before);
    QCOMPARE(TestSupport::scalar(window.session()->database().db(),
                                 u"SELECT count(*) FROM audit_log WHERE action = 'export-events'"_qs).toInt(), 0);
}

void tst_EventsExport::auditedAfterAnotherProgramsImport()
{
    // While another program's import holds the case the export is written, and its record in
    // the audit log waits for the case (it froze the window five seconds and was lost).
    const QString casePath = m_dir.filePath(QStringLiteral("held.llcase"));
    QVERIFY(QFile::copy(m_demo, casePath));
    MainWindow window;
    QVERIFY(window.openCase(casePath));
    QString error;
    const auto other = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(other, qPrintable(error));
    const auto audited = [&other]() {
        return TestSupport::scalar(other->db(), u"SELECT count(*) FROM audit_log WHERE action = 'export-events'"_qs).toInt();
    };
    const int before = audited(); // the command line's exports of the copied case
    QSqlQuery lock(other->db());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto *exporter = window.findChild<EventsExporter *>();
    QSignalSpy finished(exporter, &EventsExporter::finished);
    QElapsedTimer took;
    took.start();
    exporter->start(casePath, {}, EventExport::Format::Csv, m_dir.filePath(QStringLiteral("held.csv")), 0);
    QVERIFY(finished.wait(60000));
    QVERIFY(took.elapsed() < 4000);
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("held.csv"))));
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QCOMPARE(audited(), before);
    QTRY_COMPARE_WITH_TIMEOUT(audited(), before + 1, 4 * DeferredWrites::RetryMs);
}

void tst_EventsExport::aReportFromTheMenuIsTheCommandLinesAndAudited()
{
    // File → Write a report on the events shown: the report `lookuplens-cli report` writes for
    // the same events (but for when and by what it was written), recorded with its SHA-256.
    MainWindow window;
    showTheTargetsLookups(window);
    const QString path = m_dir.filePath(QStringLiteral("report.html"));
    QAction *action = TestSupport::actionNamed(window, u"&Write a report on the events shown…"_qs);
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+R"_qs));
    TestSupport::answerNextFileDialog(this, {path});
    QSignalSpy finished(window.findChild<ReportExporter *>(), &ReportExporter::finished);
    action->trigger();
    QVERIFY(finished.wait(60000));
    const QJsonObject audit = jsonObject(window.session()->database().db(),
                                         u"SELECT details FROM audit_log WHERE action = 'report-written' ORDER BY id DESC LIMIT 1"_qs);
    QCOMPARE(audit[u"file"].toString(), path);
    QCOMPARE(audit[u"events"].toInteger(), 13);
    QCOMPARE(audit[u"sha256"].toString(), TestSupport::sha256Of(path));
    QCOMPARE(audit[u"zone"].toString(), u"UTC"_qs);
    QCOMPARE(audit[u"sequence_minutes"].toInt(), 30);
    QCOMPARE(audit[u"filter"].toObject()[u"class"].toString(), u"lookup"_qs);
    QCOMPARE(audit[u"filter"].toObject()[u"side"].toString(), u"initiator"_qs);

    QProcess cli;
    cli.start(QStringLiteral(LL_CLI_PATH), {u"report"_qs, u"--case"_qs, m_demo, u"--handle"_qs, u"+12025550143"_qs,
                                            u"--side"_qs, u"initiator"_qs, u"--class"_qs, u"lookup"_qs});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    static const QRegularExpression written(QStringLiteral("<br>Written [^<]* by [^<]*<br>"));
    QString fromWindow = QString::fromUtf8(contents(path));
    QString fromCli = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY(fromWindow.contains(written));
    QVERIFY(fromWindow.contains(u" by LookupLens "));
    fromWindow.replace(written, u"<br>"_qs);
    fromCli.replace(written, u"<br>"_qs);
    // Appendix D, the case's audit log, has grown by the window's report, written first: the
    // command line's lists it with its SHA-256; all before it is the same.
    const qsizetype windowAudit = fromWindow.indexOf(u"<h2 id=\"audit\">");
    const qsizetype cliAudit = fromCli.indexOf(u"<h2 id=\"audit\">");
    QVERIFY(windowAudit > 0 && cliAudit > 0);
    QCOMPARE(fromWindow.left(windowAudit), fromCli.left(cliAudit));
    QVERIFY(!fromWindow.mid(windowAudit).contains(audit[u"sha256"].toString()));
    QVERIFY(fromCli.mid(cliAudit).contains(u"&quot;sha256&quot;:&quot;%1&quot;"_qs.arg(audit[u"sha256"].toString())));
    QVERIFY(fromWindow.contains(u"<p>In this report: 13 lookups.</p>"));
    QCOMPARE(fromWindow.count(u"<tr id=\"event-"), 13);
}

void tst_EventsExport::aCancelledReportLeavesNothing()
{
    // Cancelled as it began, on 20,000 events: nothing under the name asked for, nothing recorded.
    QWidget parent;
    ReportExporter exporter(&parent);
    QSignalSpy finished(&exporter, &ReportExporter::finished);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.html"));
    CaseReport::Params params;
    params.casePath = m_large;
    exporter.start(m_large, params, path, 20000);
    exporter.cancel();
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().value<EventExport::Result>().cancelled);
    QVERIFY(!QFileInfo::exists(path));
    QString error;
    const auto db = CaseDatabase::open(m_large, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(scalar(db->db(), u"SELECT count(*) FROM audit_log WHERE action = 'report-written'"_qs).toInt(), 0);
}

void tst_EventsExport::aReportOnAChartsFigureNamesIt()
{
    // The events behind a figure of a chart (a time bin, a graph's edge) shown in the table: the
    // report says which figure they are behind, in the words the table's bar says it.
    MainWindow window;
    window.show();
    QVERIFY(window.openCase(m_demo));
    window.findChild<EventFilterBar *>()->showChosenEvents({12, 3, 7}, u"3 events on 2026-03-08"_qs);
    QTRY_COMPARE(window.session()->events()->rowCount(), 3);
    const QString path = m_dir.filePath(QStringLiteral("figure.html"));
    TestSupport::answerNextFileDialog(this, {path});
    QSignalSpy finished(window.findChild<ReportExporter *>(), &ReportExporter::finished);
    TestSupport::actionNamed(window, u"&Write a report on the events shown…"_qs)->trigger();
    QVERIFY(finished.wait(60000));
    const QString html = QString::fromUtf8(contents(path));
    QVERIFY(html.contains(u"<h2 id=\"scope\">What this report covers</h2>\n<p>The 3 events behind the figure chosen on a "
                          "chart: 3 events on 2026-03-08.</p>"));
    QCOMPARE(html.count(u"<tr id=\"event-"), 3);
}

QTEST_MAIN(tst_EventsExport)
#include "tst_eventsexport.moc"
