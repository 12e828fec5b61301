#include "auditlog.h"
#include "casedatabase.h"
#include "casequeries.h"
#include "casereport.h"
#include "contactgraph.h"
#include "democase.h"
#include "graphlayout.h"
#include "importjob.h"
#include "eventrecord.h"
#include "reportchart.h"
#include "reportfigures.h"
#include "reportgraph.h"
#include "reporthtml.h"
#include "testsupport.h"
#include "timeformat.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

/// The report on a case (CaseReport): each section's figures exact, the classes apart, every
/// event of the appendix traced to its source line as written, the rows not read listed with
/// their reason, the report's zone, its scope, its periods, its progress and Cancel.
class tst_CaseReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theDemoCasesSources();
    void theDemoCasesClassesApart();
    void theDemoCasesHandles();
    void theDemoCasesChartAndItsFigures();
    void theDemoCasesClientIps();
    void everyEventTracedToItsLine();
    void overlappingReturnsAndRowsNotRead();
    void theTimeBetweenReturnsIsSaid();
    void scopedToOneHandle();
    void anotherZoneMovesTheDays();
    void periodsFitTheSpan();
    void progressAndCancel();
    void theAnalystsWordsAreEscaped();
    void theAnalystsMarksAreListedWithTheirNotes();
    void aWithheldOrMaskedHandleIsNoOneParty();
    void lookupsFollowedByACommunication();
    void aWholeCasesHandlesAreTheHandleListsFigures();
    void anEmptyCaseSaysSo();
    void theScopeInWords();
    void anIpsFiguresAndWritingsAreThoseOfTheReportsEvents();
    void aSequenceIsTheFirstCommunicationWithinTheWindow();
    void aCommunicationOfTheSameMillisecondFollowsALookupStoredAfterIt();
    void hoursAndWeekdaysInTheReportsZone();
    void theCaveatStandsWhereverLookupsAreCounted();
    void theGeoIpDatabasesWithTheirHashes();
    void theDemoCasesContactsAreTheContactGraphs();
    void contactsWithNoOnePartyAreNotDrawn();
    void tooManyHandlesAreListedTheBusiestDrawn();
    void theDemoCasesHoursAndWeekdays();
    void howTheCaseWasHandledIsItsAuditLog();

private:
    static QString report(const QString &casePath, const CaseReport::Params &params = {});
    /// The HTML of the section whose heading has @p id, up to the next section.
    static QString section(const QString &html, const QString &id);
    /// Each row of the section's first table (or the table after @p from), each cell as text,
    /// a line break as "\n".
    static QList<QStringList> rows(const QString &html, int table = 0);
    static QString text(const QString &html);
    QTranslator m_plurals;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_demoHtml;
};

void tst_CaseReport::initTestCase()
{
    // English with its plural forms ("1 lookup", "2 lookups"), as the command line speaks it.
    QVERIFY(m_plurals.load(QStringLiteral(":/i18n/lookuplens_en.qm")));
    QCoreApplication::installTranslator(&m_plurals);
    m_demo = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(m_demo, &error), qPrintable(error));
    m_demoHtml = report(m_demo);
    QVERIFY(m_demoHtml.startsWith(u"<!DOCTYPE html>\n"));
    QVERIFY(m_demoHtml.endsWith(u"</body>\n</html>\n"));
}

QString tst_CaseReport::report(const QString &casePath, const CaseReport::Params &given)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        qFatal("%s", qPrintable(error));
    CaseReport::Params params = given;
    params.casePath = casePath;
    params.writtenAtMs = 1767323045678; // 2026-01-02 03:04:05.678 UTC
    params.writtenBy = QStringLiteral("tst_casereport 1.0");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const CaseReport::Result result = CaseReport::write(db->db(), params, buffer);
    if (!result.error.isEmpty() || result.cancelled)
        qFatal("the report was not written: %s", qPrintable(result.error));
    if (result.sha256 != QString::fromLatin1(QCryptographicHash::hash(buffer.data(), QCryptographicHash::Sha256).toHex()))
        qFatal("the report's SHA-256 is not that of its bytes");
    return QString::fromUtf8(buffer.data());
}

QString tst_CaseReport::section(const QString &html, const QString &id)
{
    const qsizetype start = html.indexOf(QStringLiteral("<h2 id=\"%1\">").arg(id));
    if (start < 0)
        return {};
    const qsizetype end = html.indexOf(u"<h2", start + 1);
    return html.mid(start, end < 0 ? -1 : end - start);
}

QString tst_CaseReport::text(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString plain = html;
    plain.replace(u"<br>"_qs, u"\n"_qs).remove(tag);
    return plain.replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs).replace(u"&quot;"_qs, u"\""_qs)
        .replace(u"&#39;"_qs, u"'"_qs).replace(u"&amp;"_qs, u"&"_qs);
}

QList<QStringList> tst_CaseReport::rows(const QString &html, int table)
{
    qsizetype start = -1;
    for (int i = 0; i <= table; ++i)
        start = html.indexOf(u"<tbody>", start + 1);
    const qsizetype end = html.indexOf(u"</tbody>", start);
    // A record as written may hold a line break (a quoted field over two lines).
    static const QRegularExpression rowPattern(QStringLiteral("<tr[^>]*>(.*?)</tr>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(QStringLiteral("<td[^>]*>(.*?)</td>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QList<QStringList> found;
    if (start < 0 || end < 0)
        return found;
    const QString body = html.mid(start, end - start);
    for (auto row = rowPattern.globalMatch(body); row.hasNext();) {
        QStringList cells;
        const QString rowHtml = row.next().captured(1);
        for (auto cell = cellPattern.globalMatch(rowHtml); cell.hasNext();)
            cells.append(text(cell.next().captured(1)));
        found.append(cells);
    }
    return found;
}

void tst_CaseReport::theDemoCasesSources()
{
    QVERIFY(m_demoHtml.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">\n"));
    QVERIFY(m_demoHtml.contains(u"<title>Report on the case demo.llcase</title>"));
    QVERIFY(m_demoHtml.contains(u"Written 2026-01-02 03:04:05 UTC by tst_casereport 1.0."));
    QVERIFY(m_demoHtml.contains(u"Times are given in UTC.</p>"));
    QCOMPARE(text(section(m_demoHtml, u"scope"_qs)).split(u'\n').value(1), u"Every event of the case."_qs);
    // How a copy of this very file is checked against the case, which records its hash.
    QVERIFY(text(section(m_demoHtml, u"scope"_qs)).trimmed().endsWith(
        u"The case's audit log records this file's SHA-256 when it is written: whether a copy is the file written is "
        "checked with File → Audit log of this case… → Check a file written from this case…, or lookuplens-cli audit "
        "--written FILE."_qs));
    // The contents link each section, in the order they stand.
    static const QRegularExpression link(QStringLiteral("<li><a href=\"#(\\w+)\">"));
    const QString contents = m_demoHtml.section(u"<ul class=\"contents\">"_qs, 1, 1).section(u"</ul>"_qs, 0, 0);
    QStringList ids;
    for (auto match = link.globalMatch(contents); match.hasNext();)
        ids.append(match.next().captured(1));
    QCOMPARE(ids, (QStringList{u"scope"_qs, u"sources"_qs, u"classes"_qs, u"handles"_qs, u"time"_qs, u"ips"_qs,
                               u"sequences"_qs, u"marked"_qs, u"events"_qs, u"rejected"_qs, u"reading"_qs,
                               u"audit"_qs}));
    qsizetype at = 0;
    for (const QString &id : std::as_const(ids)) {
        const qsizetype heading = m_demoHtml.indexOf(QStringLiteral("<h2 id=\"%1\">").arg(id));
        QVERIFY2(heading > at, qPrintable(id));
        at = heading;
    }
    const QString sources = section(m_demoHtml, u"sources"_qs);
    const QList<QStringList> table = rows(sources);
    QCOMPARE(table.size(), 2);
    const QStringList first = table[0];
    QCOMPARE(first.mid(0, 5), (QStringList{u"#1"_qs, u"ids-query-log.csv\n:/demo/ids-query-log.csv\n1706 bytes"_qs,
                                          u"f0e70635edf7c5831cb07a0135466871c5f54a186b24ce2a4571562f4ec5db3f"_qs,
                                          u"apple-ids"_qs, u"UTC, as the file states"_qs}));
    // When and by whom, the time written as the report's other times are.
    static const QRegularExpression imported(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{3})? UTC\nby .+$"));
    QVERIFY2(imported.match(first[5]).hasMatch(), qPrintable(first[5]));
    QCOMPARE(first.mid(6), (QStringList{u"16"_qs, u"16\n16 lookups"_qs, u"0"_qs, u"0"_qs, u"16 lookups"_qs}));
    QCOMPARE(table[1].mid(6), (QStringList{u"10"_qs, u"10\n10 communications"_qs, u"0"_qs, u"0"_qs, u"10 communications"_qs}));
    QVERIFY(sources.contains(u"no row is unaccounted for."));
    // A path may break after each folder's name, never inside one: one at a long path would
    // otherwise widen the table past the page, having no space to break at.
    QVERIFY(sources.contains(u"<td>ids-query-log.csv<br>:/<wbr>demo/<wbr>ids-query-log.csv<br>1706 bytes</td>"));
    // The reader is told how to check each hash, with LookupLens or without it.
    QVERIFY(text(sources).trimmed().endsWith(
        u"A file is the one imported when any SHA-256 program gives it the hash above (sha256sum on Linux, "
        "shasum -a 256 on macOS, Get-FileHash in Windows PowerShell). LookupLens checks every file of the case "
        "and its GeoIP databases at once (File → Verify the evidence…, or lookuplens-cli verify)."_qs));
}

void tst_CaseReport::theDemoCasesClassesApart()
{
    // The classes counted apart, never one figure for them all, and the caveat in the words of
    // every view, before anything else is said of the records.
    const QString classes = text(section(m_demoHtml, u"classes"_qs));
    QVERIFY(classes.contains(u"In this report: 16 lookups · 10 communications."));
    QVERIFY(classes.contains(u"The first event is of 2026-03-02 08:14:03 UTC, the last of 2026-03-22 02:02:02 UTC."));
    QVERIFY(section(m_demoHtml, u"classes"_qs)
                .contains(u"<p class=\"caveat\">A lookup records that a device asked whether this handle can be reached. It does "
                          u"not show that any message or call took place.</p>"));
    QVERIFY(classes.contains(u"none was rejected."));
    QVERIFY(!classes.contains(u"26 events"));
    QVERIFY(!m_demoHtml.contains(u"contacts", Qt::CaseInsensitive));
}

void tst_CaseReport::theDemoCasesHandles()
{
    const QString handles = section(m_demoHtml, u"handles"_qs);
    const QList<QStringList> table = rows(handles);
    QCOMPARE(table.size(), 8);
    QCOMPARE(table[1], (QStringList{u"+12025550143"_qs, u"13"_qs, u"3"_qs, u"6"_qs, u"4"_qs, u"0"_qs,
                                    u"2026-03-02 08:14:03 UTC"_qs, u"2026-03-22 02:02:02 UTC"_qs}));
    QCOMPARE(table[7], (QStringList{u"dana.reyes@example.com"_qs, u"0"_qs, u"3"_qs, u"0"_qs, u"0"_qs, u"0"_qs,
                                    u"2026-03-02 08:14:41 UTC"_qs, u"2026-03-14 23:58:19 UTC"_qs}));
    // Each lookup is made by one handle and of one handle; each communication sent by one and
    // received by one: the columns add up to the classes' figures, never to one another.
    std::array<int, 5> sums{};
    for (const QStringList &row : table) {
        for (int i = 0; i < 5; ++i)
            sums[size_t(i)] += row[i + 1].toInt();
    }
    QCOMPARE(sums, (std::array<int, 5>{16, 16, 10, 10, 0}));
    QVERIFY(handles.contains(u"<p class=\"caveat\">"));
}

void tst_CaseReport::theDemoCasesChartAndItsFigures()
{
    const QString time = section(m_demoHtml, u"time"_qs);
    const QList<QStringList> table = rows(time);
    QCOMPARE(table.first(), (QStringList{u"2026-03-02"_qs, u"2"_qs, u"2"_qs, u"0"_qs}));
    QCOMPARE(table.last(), (QStringList{u"2026-03-22"_qs, u"1"_qs, u"0"_qs, u"0"_qs}));
    int lookupDays = 0;
    std::array<int, 3> sums{};
    for (const QStringList &row : table) {
        for (int i = 0; i < 3; ++i)
            sums[size_t(i)] += row[i + 1].toInt();
        lookupDays += row[1].toInt() > 0 ? 1 : 0;
    }
    QCOMPARE(sums, (std::array<int, 3>{16, 10, 0}));
    // The chart: a point for each of the 21 days, those without events too; lookups dashed with
    // a hollow circle on each day that has any (and one in the legend), communications solid.
    const QString svg = time.mid(time.indexOf(u"<svg"), time.indexOf(u"</svg>") - time.indexOf(u"<svg"));
    QCOMPARE(svg.count(u"fill=\"white\" stroke=\"#c27c0e\""), lookupDays + 1);
    static const QRegularExpression polyline(QStringLiteral("<polyline fill=\"none\" stroke=\"(#[0-9a-f]+)\" stroke-width=\"2\"( stroke-dasharray=\"[0-9 ]+\")? points=\"([^\"]*)\"/>"));
    QList<QStringList> lines;
    for (auto match = polyline.globalMatch(svg); match.hasNext();) {
        const auto m = match.next();
        lines.append({m.captured(1), m.captured(2), QString::number(m.captured(3).split(u' ').size())});
    }
    QCOMPARE(lines, (QList<QStringList>{{u"#c27c0e"_qs, u" stroke-dasharray=\"7 4\""_qs, u"21"_qs},
                                        {u"#1f5fbf"_qs, QString(), u"21"_qs}}));
    QVERIFY(svg.contains(u"role=\"img\"><title>Events per day, each class a line of its own (the table below gives the "
                         u"figures)</title>"));
    QVERIFY(svg.contains(u">Lookup</text>") && svg.contains(u">Communication</text>"));
    QVERIFY(!svg.contains(u">Connection</text>"));
    QVERIFY(time.contains(u"Events per day, in UTC;"));
}

void tst_CaseReport::theDemoCasesClientIps()
{
    const QList<QStringList> table = rows(section(m_demoHtml, u"ips"_qs));
    QStringList addresses;
    for (const QStringList &row : table)
        addresses.append(row[0].section(u'\n', 0, 0));
    QCOMPARE(addresses, (QStringList{u"81.2.69.142"_qs, u"89.160.20.112"_qs, u"100.64.20.5"_qs, u"198.51.100.14"_qs,
                                     u"216.160.83.56"_qs}));
    QCOMPARE(table[0].mid(1, 3), (QStringList{u"3 lookups"_qs, u"2026-03-08 11:11:11 UTC"_qs, u"2026-03-09 09:40:00 UTC"_qs}));
    QCOMPARE(table[0][4].split(u'\n').mid(0, 10),
             (QStringList{u"GeoIP2-City-Test.mmdb, built 2026-02-04:"_qs, u"Country: GB United Kingdom"_qs,
                          u"Registered country: US United States"_qs, u"Subdivisions: ENG England"_qs, u"City: London"_qs,
                          u"Latitude: 51.5142"_qs, u"Longitude: -0.0931"_qs, u"Accuracy radius (km): 10"_qs,
                          u"Time zone: Europe/London"_qs, QString()}));
    QCOMPARE(table[2][0], u"100.64.20.5\ncarrier-grade NAT"_qs);
    QCOMPARE(table[2][1], u"4 lookups"_qs);
    QVERIFY(table[2][4].contains(u"\u2014 carrier-grade NAT: many subscribers share this address; only the carrier can "
                                 u"attribute it, from IP, port and exact time"));
    QCOMPARE(table[1][4].split(u'\n').mid(10), (QStringList{u"GeoLite2-ASN-Test.mmdb, built 2026-02-04:"_qs,
                                                            u"ASN: AS29518"_qs, u"AS organisation: Bredband2 AB"_qs}));
}

void tst_CaseReport::everyEventTracedToItsLine()
{
    // Each row of Appendix A is an event of the case, in time order, naming its source and line,
    // and the record there is the file's line as written.
    const QList<QStringList> table = rows(section(m_demoHtml, u"events"_qs));
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    QList<EventRow> events;
    QVERIFY(CaseQueries(db->db()).forEachEvent({}, [&events](const EventRow &event) {
        events.append(event);
        return true;
    }));
    QCOMPARE(table.size(), 26);
    QCOMPARE(events.size(), 26);
    QHash<QString, QStringList> files;
    for (const QString &name : {u"ids-query-log.csv"_qs, u"carrier-cdr.csv"_qs}) {
        QFile file(u":/demo/"_qs + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        files.insert(name, QString::fromUtf8(file.readAll()).split(u'\n'));
    }
    for (int i = 0; i < events.size(); ++i) {
        const EventRow &event = events[i];
        const QStringList &row = table[i];
        QCOMPARE(row[0], u"#"_qs + QString::number(event.id));
        QVERIFY(row[1].startsWith(TimeFormat::display(event.utcMs, QTimeZone::utc()) + u'\n'));
        QCOMPARE(row[6], QStringLiteral("#%1 %2, line %3").arg(event.sourceId).arg(event.sourceName).arg(event.line));
        QCOMPARE(row[7], files.value(event.sourceName).value(event.line - 1).trimmed());
        QVERIFY(row[2].startsWith(event.evidenceClass == u"lookup" ? u"\u25CB Lookup (iMessage query)"_qs : u"\u25CF Communication"_qs));
    }
    QCOMPARE(table[0].mid(1, 6), (QStringList{u"2026-03-02 08:14:03 UTC\nwritten: 2026-03-02 08:14:03"_qs,
                                              u"\u25CB Lookup (iMessage query)\ndevices: 2"_qs, u"+12025550143"_qs,
                                              u"+13125550147\nwritten: tel:+13125550147"_qs, u"216.160.83.56"_qs,
                                              u"#1 ids-query-log.csv, line 10"_qs}));
    QCOMPARE(text(section(m_demoHtml, u"rejected"_qs)).split(u'\n').value(1), u"None: every row of every source was read."_qs);
    QVERIFY(section(m_demoHtml, u"reading"_qs).contains(u"<h3>#2 carrier-cdr.csv</h3>"));
}

void tst_CaseReport::overlappingReturnsAndRowsNotRead()
{
    // Two consecutive returns overlapping by four records, and a file of bad rows: each record
    // once with where else it appears; each row not read with its line, reason and text.
    const QString casePath = m_dir.filePath(QStringLiteral("overlap.llcase"));
    QVERIFY(TestSupport::importedCase(casePath, {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs,
                                                 u"ids/ids-bad-rows.csv"_qs}));
    const QString html = report(casePath);
    const QList<QStringList> sources = rows(section(html, u"sources"_qs));
    QCOMPARE(sources.size(), 3);
    QCOMPARE(sources[1].mid(6), (QStringList{u"6"_qs, u"2\n2 lookups"_qs, u"4"_qs, u"0"_qs, u"2 lookups"_qs}));
    QCOMPARE(sources[2].mid(6), (QStringList{u"8"_qs, u"2\n2 lookups"_qs, u"1"_qs, u"5"_qs, u"2 lookups"_qs}));
    QVERIFY(html.contains(u"no row is unaccounted for."));
    const QList<QStringList> events = rows(section(html, u"events"_qs));
    QCOMPARE(events.size(), 10);
    QStringList places;
    for (const QStringList &row : events)
        places.append(row[6]);
    QCOMPARE(places, (QStringList{
                         u"#1 ids-sample.csv, line 10\nalso at #3 ids-bad-rows.csv, line 5"_qs,
                         u"#1 ids-sample.csv, line 11"_qs,
                         u"#3 ids-bad-rows.csv, line 12"_qs, // its record over two lines, 12 and 13
                         u"#3 ids-bad-rows.csv, line 14"_qs,
                         u"#1 ids-sample.csv, line 12\nalso at #2 ids-sample-next-return.csv, line 10"_qs,
                         u"#1 ids-sample.csv, line 13\nalso at #2 ids-sample-next-return.csv, line 11"_qs,
                         u"#1 ids-sample.csv, line 14\nalso at #2 ids-sample-next-return.csv, line 12"_qs,
                         u"#1 ids-sample.csv, line 15\nalso at #2 ids-sample-next-return.csv, line 13"_qs,
                         u"#2 ids-sample-next-return.csv, line 14"_qs,
                         u"#2 ids-sample-next-return.csv, line 15"_qs}));
    QCOMPARE(events[2][7], u"2016-09-02 18:29:00,+12025550143,\"+1 312\n555 0147\",198.51.100.14,1"_qs);
    const QList<QStringList> rejected = rows(section(html, u"rejected"_qs));
    QCOMPARE(rejected.size(), 5);
    QCOMPARE(rejected[0], (QStringList{u"#3 ids-bad-rows.csv, line 6"_qs, u"impossible date or time \"2016-13-45 99:00:00\""_qs,
                                       u"2016-13-45 99:00:00,+12025550143,+13125550147,198.51.100.14,2"_qs}));
    QCOMPARE(rejected[4], (QStringList{u"#3 ids-bad-rows.csv, line 11"_qs,
                                       u"the device count \"two\" is not a whole number"_qs,
                                       u"2016-09-02 18:28:00,+12025550143,+13125550147,198.51.100.14,two"_qs}));
}

void tst_CaseReport::theTimeBetweenReturnsIsSaid()
{
    // Two overlapping returns and a third of October: section 2 says what the sources of the
    // report's events do not cover; Appendix C gives each source's period.
    const QString casePath = m_dir.filePath(QStringLiteral("returns.llcase"));
    QVERIFY(TestSupport::importedCase(casePath, {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs,
                                                 u"ids/ids-later-return.csv"_qs}));
    const QString classes = section(report(casePath), u"classes"_qs);
    QVERIFY2(classes.contains(u"<p>Each source covers the time from its first record to its last (or the period its "
                              "provider states), as Appendix C gives it. Between them:</p>\n<p class=\"gaps\">None of "
                              "the sources of these events covers 2016-09-28 00:00:00 UTC to 2016-10-01 00:00:00 UTC "
                              "(after “ids-sample-next-return.csv”, before “ids-later-return.csv”): their records say "
                              "nothing of that time, and that none of these events falls in it does not show that "
                              "nothing happened.</p>"_qs),
             qPrintable(classes));
    QVERIFY(text(section(report(casePath), u"reading"_qs))
                .contains(u"Its records run from 2016-10-03 11:05:40 UTC to 2016-10-12 06:45:00 UTC (they say nothing "
                          "of the time before or after)"_qs));
    // The chart of events per day hatches the days wholly between the periods the returns
    // state, 28 to 30 September: 3 of its 41 days (2 September to 12 October), from halfway to
    // the day before to halfway to the day after (828 px for 40 steps), and says so in its legend.
    const QString time = section(report(casePath), u"time"_qs);
    QVERIFY2(time.contains(u"<rect x=\"583.9\" y=\"40.0\" width=\"62.1\" height=\"216.0\" "
                           "fill=\"url(#between-returns)\""_qs),
             qPrintable(time));
    QCOMPARE(time.count(u"fill=\"url(#between-returns)\""_qs), 2); // the band and the legend's
    QVERIFY(time.contains(u">between returns (hatched): no source covers this time</text>"_qs));
    QVERIFY(text(time).contains(u"Hatched: a day wholly between returns, which no source of these events covers "
                                "(section 2): its 0 shows nothing of that time."_qs));
    QVERIFY(!m_demoHtml.contains(u"between-returns"_qs));
    // In another zone, its times in that zone; a report on the first month's events has no gap.
    CaseReport::Params berlin;
    berlin.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    QVERIFY(section(report(casePath, berlin), u"classes"_qs).contains(u"covers 2016-09-28 02:00:00 Europe/Berlin (UTC+02:00) to 2016-10-01 02:00:00 "
                                                                       "Europe/Berlin (UTC+02:00)"));
    CaseReport::Params september;
    september.filter.toMs = 1473465600000; // 2016-09-10 00:00 UTC
    QVERIFY(!report(casePath, september).contains(u"Between them:"));
    QVERIFY(!m_demoHtml.contains(u"Between them:")); // the demo's two files overlap
}

void tst_CaseReport::scopedToOneHandle()
{
    // A report on one handle's events: its figures are those events' alone; the sources and the
    // rows not read stay the case's whole, each source saying how much of it is in the report.
    QString error;
    std::optional<qint64> handle;
    {
        const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
        handle = CaseQueries(db->db()).resolveHandle(u"+447700900461"_qs, QString());
    }
    QVERIFY(handle);
    CaseReport::Params params;
    params.filter.handleId = handle;
    const QString html = report(m_demo, params);
    QCOMPARE(text(section(html, u"scope"_qs)).split(u'\n').value(1),
             u"The events of +447700900461, as initiator or counterpart."_qs);
    QVERIFY(text(section(html, u"classes"_qs)).contains(u"In this report: 2 lookups."));
    const QList<QStringList> sources = rows(section(html, u"sources"_qs));
    QCOMPARE(sources[0].mid(6), (QStringList{u"16"_qs, u"16\n16 lookups"_qs, u"0"_qs, u"0"_qs, u"2 lookups"_qs}));
    QCOMPARE(sources[1].last(), u"none"_qs);
    QCOMPARE(rows(section(html, u"handles"_qs)),
             (QList<QStringList>{{u"+12025550143"_qs, u"2"_qs, u"0"_qs, u"0"_qs, u"0"_qs, u"0"_qs,
                                  u"2026-03-08 11:11:11 UTC"_qs, u"2026-03-08 11:12:02 UTC"_qs},
                                 {u"+447700900461"_qs, u"0"_qs, u"2"_qs, u"0"_qs, u"0"_qs, u"0"_qs,
                                  u"2026-03-08 11:11:11 UTC"_qs, u"2026-03-08 11:12:02 UTC"_qs}}));
    const QList<QStringList> ips = rows(section(html, u"ips"_qs));
    QCOMPARE(ips.size(), 1);
    QCOMPARE(ips[0].mid(0, 2), (QStringList{u"81.2.69.142"_qs, u"2 lookups"_qs}));
    const QList<QStringList> events = rows(section(html, u"events"_qs));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0][0], u"#7"_qs);
    QCOMPARE(events[1][0], u"#8"_qs);
    // The chart of one day: its point in the middle, no line to draw between days.
    QCOMPARE(rows(section(html, u"time"_qs)), (QList<QStringList>{{u"2026-03-08"_qs, u"2"_qs, u"0"_qs, u"0"_qs}}));
}

void tst_CaseReport::anotherZoneMovesTheDays()
{
    // In Europe/Berlin the lookup of 2026-03-14 23:58:19 UTC is of the 15th: the times are shown
    // in both zones, and the days counted are Berlin's.
    CaseReport::Params params;
    params.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    const QString html = report(m_demo, params);
    QVERIFY(html.contains(u"Times are given in UTC and in Europe/Berlin.</p>"));
    const auto dayRow = [](const QList<QStringList> &table, const QString &day) {
        for (const QStringList &row : table) {
            if (row.first() == day)
                return row;
        }
        return QStringList();
    };
    const QList<QStringList> utcDays = rows(section(m_demoHtml, u"time"_qs));
    const QList<QStringList> berlinDays = rows(section(html, u"time"_qs));
    QCOMPARE(dayRow(utcDays, u"2026-03-14"_qs), (QStringList{u"2026-03-14"_qs, u"1"_qs, u"0"_qs, u"0"_qs}));
    QCOMPARE(dayRow(utcDays, u"2026-03-15"_qs), (QStringList{u"2026-03-15"_qs, u"1"_qs, u"0"_qs, u"0"_qs}));
    QCOMPARE(dayRow(berlinDays, u"2026-03-14"_qs), QStringList()); // a day without events has no row
    QCOMPARE(dayRow(berlinDays, u"2026-03-15"_qs), (QStringList{u"2026-03-15"_qs, u"2"_qs, u"0"_qs, u"0"_qs}));
    QCOMPARE(utcDays.size(), berlinDays.size() + 1);
    QVERIFY(section(html, u"time"_qs).contains(u"Events per day, in Europe/Berlin;"));
    const QList<QStringList> handles = rows(section(html, u"handles"_qs));
    QCOMPARE(handles[7].last(), u"2026-03-14 23:58:19 UTC\n2026-03-15 00:58:19 Europe/Berlin (UTC+01:00)"_qs);
}

void tst_CaseReport::periodsFitTheSpan()
{
    const auto figuresOver = [](int days) {
        ReportFigures figures{QTimeZone::utc()};
        EventRow event;
        event.evidenceClass = u"communication"_qs;
        event.initiatorId = 1;
        event.initiator = u"+12025550143"_qs;
        const qint64 start = QDateTime(QDate(2026, 3, 4), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        for (const qint64 ms : {start, start + qint64(days - 1) * 86400000}) {
            event.utcMs = ms;
            figures.add(event);
        }
        return figures;
    };
    QCOMPARE(figuresOver(100).period(), ReportFigures::Period::Day);
    QCOMPARE(figuresOver(101).period(), ReportFigures::Period::Week);
    QCOMPARE(figuresOver(700).period(), ReportFigures::Period::Week);
    QCOMPARE(figuresOver(701).period(), ReportFigures::Period::Month);
    // Weeks from Monday: 2026-03-04 is a Wednesday; 101 days later, 2026-06-12, a Friday.
    const QMap<QDate, ClassCounts> weeks = figuresOver(101).perPeriod();
    QCOMPARE(weeks.keys(), (QList<QDate>{QDate(2026, 3, 2), QDate(2026, 6, 8)}));
    QCOMPARE(ReportChart::periodName(QDate(2026, 3, 2), ReportFigures::Period::Week), u"week of 2026-03-02"_qs);
    const QMap<QDate, ClassCounts> months = figuresOver(701).perPeriod();
    QCOMPARE(months.keys(), (QList<QDate>{QDate(2026, 3, 1), QDate(2028, 2, 1)}));
    QCOMPARE(ReportChart::periodName(QDate(2028, 2, 1), ReportFigures::Period::Month), u"2028-02"_qs);
    // Every month between has its point, at 0: 24 of them, March 2026 to February 2028.
    const QString svg = ReportChart::svg(months, ReportFigures::Period::Month);
    static const QRegularExpression points(QStringLiteral("points=\"([^\"]*)\""));
    QCOMPARE(points.match(svg).captured(1).split(u' ').size(), 24);
    QVERIFY(svg.contains(u">events per month</text>"));
    QCOMPARE(ReportChart::svg({}, ReportFigures::Period::Day), QString());
}

void tst_CaseReport::progressAndCancel()
{
    // 20,000 events: told how far the report is, rising to their number; stopped when asked, with
    // what was written said to be cancelled.
    const QString casePath = m_dir.filePath(QStringLiteral("large.llcase"));
    const QString csv = TestSupport::writeIdsCsv(m_dir.filePath(QStringLiteral("large.csv")), 20000, TestSupport::RowOrder::Time);
    {
        ImportParams params;
        params.casePath = casePath;
        params.files = {csv};
        params.timeZone = QStringLiteral("UTC");
        QVERIFY(ImportJob::run(params).allOk());
    }
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    CaseReport::Params params;
    params.casePath = casePath;
    QList<qint64> told;
    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    CaseReport::Result result = CaseReport::write(db->db(), params, whole, [&told](qint64 done) {
        told.append(done);
        return true;
    });
    QCOMPARE(result.written, 20000);
    QVERIFY(!result.cancelled);
    QCOMPARE(told.size(), 9); // every 4,096 of the 40,000 events visited in the two passes
    QVERIFY(std::is_sorted(told.cbegin(), told.cend()));
    QCOMPARE(told.first(), 2048);
    QCOMPARE(told.last(), 18432);
    QBuffer stopped;
    stopped.open(QIODevice::WriteOnly);
    int asked = 0;
    result = CaseReport::write(db->db(), params, stopped, [&asked](qint64) { return ++asked < 6; });
    QVERIFY(result.cancelled);
    QCOMPARE(asked, 6); // in the second pass: the appendix had begun
    QVERIFY(stopped.size() < whole.size());
}

void tst_CaseReport::theAnalystsWordsAreEscaped()
{
    // A label the analyst gave (and any text of a record) is shown as written, never read as
    // markup: a report opened in a browser runs nothing it holds.
    const QString casePath = m_dir.filePath(QStringLiteral("labelled.llcase"));
    QVERIFY(QFile::copy(m_demo, casePath));
    {
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
        const auto id = CaseQueries(db->db()).resolveHandle(u"+447700900461"_qs, QString());
        QVERIFY(id);
        QVERIFY(CaseQueries::setHandleLabel(db->db(), *id, u"<script>alert(1)</script> & \"Ann\""_qs));
    }
    const QString html = report(casePath);
    QVERIFY(!html.contains(u"<script"));
    QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ann&quot; (+447700900461)"));
    QCOMPARE(ReportHtml::cell(u"a<b"_qs, u"code"_qs), u"<code>a&lt;b</code>"_qs);
}

void tst_CaseReport::theAnalystsMarksAreListedWithTheirNotes()
{
    // The demo's report: no mark, said.
    QVERIFY(section(m_demoHtml, u"marked"_qs).endsWith(u"<p>None.</p>\n"_qs));
    const QString casePath = m_dir.filePath(QStringLiteral("marked.llcase"));
    QVERIFY(QFile::copy(m_demo, casePath));
    {
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
        QVERIFY(CaseQueries::setEventMark(db->db(), 1, u"<b>why</b> & \"so\"\nthen the call"_qs,
                                          u"2026-11-20T09:15:00.250Z"_qs));
        QVERIFY(CaseQueries::setEventMark(db->db(), 17, QString(), u"2026-11-20T09:16:00.000Z"_qs));
        QVERIFY(CaseQueries::setEventMark(db->db(), 2, u"not this one"_qs));
        QVERIFY(CaseQueries::setEventMark(db->db(), 2, std::nullopt));
        QVERIFY(!CaseQueries::setEventMark(db->db(), 2, std::nullopt)); // no mark left to take off
        QVERIFY(!CaseQueries::setEventMark(db->db(), 999, u"no such event"_qs));
    }
    const QString html = report(casePath);
    QVERIFY(!html.contains(u"<b>why"));
    const QString marked = section(html, u"marked"_qs);
    QVERIFY(marked.startsWith(u"<h2 id=\"marked\">7. Events the analyst marked</h2>"));
    QVERIFY(marked.contains(u"<p>Marked: 1 lookup · 1 communication.</p>"));
    QVERIFY(marked.contains(u"<p class=\"caveat\">"));
    const QString by = AuditLog::osUserName();
    QCOMPARE(rows(marked), (QList<QStringList>{
                               {u"#1"_qs, u"2026-03-02 08:14:03 UTC"_qs, u"○ Lookup (iMessage query)"_qs,
                                u"+12025550143 → +13125550147"_qs, u"<b>why</b> & \"so\"\nthen the call"_qs,
                                by + u"\n2026-11-20 09:15:00.250 UTC"_qs},
                               {u"#17"_qs, u"2026-03-02 08:31:00 UTC"_qs, u"● Communication (call)"_qs,
                                u"+12025550143 → +13125550147"_qs, u"(no note)"_qs,
                                by + u"\n2026-11-20 09:16:00 UTC"_qs}}));
    // Each leads to its row of Appendix A.
    QVERIFY(marked.contains(u"<a href=\"#event-17\">#17</a>"));
    QVERIFY(html.contains(u"<tr id=\"event-17\"><td>#17<br><a href=\"#marked\">marked</a></td>"));
    QVERIFY(html.contains(u"<tr id=\"event-2\"><td>#2</td>")); // its mark taken off

    // Only the report's own events; numbered after the sections before it.
    CaseReport::Params calls;
    calls.filter.evidenceClass = EvidenceClass::Communication;
    calls.sequenceMinutes = 0;
    const QString callsMarked = section(report(casePath, calls), u"marked"_qs);
    QVERIFY(callsMarked.startsWith(u"<h2 id=\"marked\">6. Events the analyst marked</h2>"));
    QVERIFY(callsMarked.contains(u"<p>Marked: 1 communication.</p>"));
    QVERIFY(!callsMarked.contains(u"caveat"));
    QCOMPARE(rows(callsMarked).size(), 1);
}

void tst_CaseReport::aWithheldOrMaskedHandleIsNoOneParty()
{
    // "Anonymous" in a carrier's records, a number masked before disclosure: their figures may be
    // many people's, and the report says so where it names them, as the handle list does.
    const QString withheldCase = m_dir.filePath(QStringLiteral("withheld.llcase"));
    QVERIFY(TestSupport::importedCase(withheldCase, {u"carrier/cdr-withheld.csv"_qs}));
    const QList<QStringList> withheld = rows(section(report(withheldCase), u"handles"_qs));
    QStringList names;
    for (const QStringList &row : withheld)
        names.append(row.first());
    const QString noOne = u"\nthe records' words for a number caller ID did not give: no one party"_qs;
    QCOMPARE(names, (QStringList{u"+12025550100"_qs, u"+12025550143"_qs, u"Anonymous"_qs + noOne, u"Private"_qs + noOne,
                                 u"Private Line Ltd"_qs, u"Rufnummer unterdrückt"_qs + noOne, u"Unknown"_qs + noOne}));
    QCOMPARE(withheld[2].mid(1, 5), (QStringList{u"0"_qs, u"0"_qs, u"2"_qs, u"0"_qs, u"0"_qs}));
    const QString maskedCase = m_dir.filePath(QStringLiteral("masked.llcase"));
    QVERIFY(TestSupport::importedCase(maskedCase, {u"ids/ids-masked.csv"_qs}));
    const QList<QStringList> masked = rows(section(report(maskedCase), u"handles"_qs));
    QCOMPARE(masked[2].mid(0, 3), (QStringList{u"+1312555****\ncharacters hidden by a redaction: no one party"_qs,
                                               u"0"_qs, u"2"_qs}));
    QCOMPARE(masked[1].first(), u"+12025550143"_qs);
}

void tst_CaseReport::lookupsFollowedByACommunication()
{
    // The demo's three lookups of +13125550147 followed within 30 minutes by a call between the
    // two: the lookups the contact graph's JSON names, each with the call after it.
    const QString sequences = section(m_demoHtml, u"sequences"_qs);
    QVERIFY(text(sequences).contains(u"within 30 minutes"));
    QVERIFY(text(sequences).contains(u"A sequence in time, not a cause"));
    const QList<QStringList> table = rows(sequences);
    QCOMPARE(table.size(), 3);
    QCOMPARE(table[0], (QStringList{u"#1\n2026-03-02 08:14:03 UTC\n+12025550143 looked up +13125550147"_qs,
                                    u"#17\n2026-03-02 08:31:00 UTC\n+12025550143 \u2192 +13125550147 (call)"_qs,
                                    u"16 min later"_qs}));
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    const ContactGraph graph = ContactGraph::build(db->db());
    QStringList fromGraph;
    for (const GraphSequence &sequence : ContactGraph::lookupThenCommunication(db->db(), graph, {}, 30))
        fromGraph.append(u"#"_qs + QString::number(sequence.lookupId));
    QStringList fromReport;
    for (const QStringList &row : table)
        fromReport.append(row.first().section(u'\n', 0, 0));
    QCOMPARE(fromReport, fromGraph);
    QVERIFY(sequences.contains(u"<p class=\"caveat\">"));
    // Within 10 minutes none; at 0 the section is left out.
    CaseReport::Params params;
    params.sequenceMinutes = 10;
    QCOMPARE(text(section(report(m_demo, params), u"sequences"_qs)).trimmed().split(u'\n').last(), u"None."_qs);
    params.sequenceMinutes = 0;
    const QString without = report(m_demo, params);
    QCOMPARE(section(without, u"sequences"_qs), QString());
    QVERIFY(!without.contains(u"href=\"#sequences\""));
}

void tst_CaseReport::aSequenceIsTheFirstCommunicationWithinTheWindow()
{
    // A looked B up twice, 35 and 25 minutes before B called A, then A called B: the second
    // lookup alone is within 30 minutes, followed by the first call; a lookup of a withheld
    // number's words is no one party's, followed by nothing.
    ReportFigures figures(QTimeZone::utc(), 30);
    qint64 id = 0;
    const qint64 start = QDateTime(QDate(2026, 3, 4), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const auto add = [&](const QString &evidenceClass, int minute, qint64 from, qint64 to, const QString &toKind = {}) {
        EventRow event;
        event.id = ++id;
        event.evidenceClass = evidenceClass;
        event.subtype = evidenceClass == u"lookup" ? u"imessage-query"_qs : u"call"_qs;
        event.utcMs = start + qint64(minute) * 60000;
        event.initiatorId = from;
        event.initiator = from == 1 ? u"A"_qs : u"B"_qs;
        event.counterpartId = to;
        event.counterpart = to == 1 ? u"A"_qs : to == 2 ? u"B"_qs : u"Withheld"_qs;
        event.counterpartKind = toKind;
        figures.add(event);
    };
    add(u"lookup"_qs, 0, 1, 2);
    add(u"lookup"_qs, 10, 1, 2);
    add(u"lookup"_qs, 12, 1, 3, u"withheld"_qs);
    add(u"communication"_qs, 35, 2, 1);
    add(u"communication"_qs, 36, 1, 2);
    add(u"communication"_qs, 37, 1, 3, u"withheld"_qs);
    const QList<ReportSequence> sequences = figures.sequences();
    QCOMPARE(sequences.size(), 1);
    QCOMPARE(sequences[0].lookupId, 2);
    QCOMPARE(sequences[0].communicationId, 4);
    QCOMPARE(sequences[0].communicationFrom, u"B"_qs);
    QCOMPARE(sequences[0].lookupTo, u"B"_qs);
    QCOMPARE(ReportFigures(QTimeZone::utc()).sequences().size(), 0);
}

void tst_CaseReport::aCommunicationOfTheSameMillisecondFollowsALookupStoredAfterIt()
{
    // A carrier's call imported first, then a lookup of the very same second between the same two
    // handles: the call, stored first, still follows the lookup (as the contact graph pairs
    // them), said to be at the same moment, and is paired once.
    const QString calls = TestSupport::writeFile(
        m_dir.filePath(QStringLiteral("same-moment-calls.csv")),
        "Start Time (UTC),Originating Number,Terminating Number,Call Type,Duration\n"
        "2016-09-02 18:22:05,+13125550147,+12025550143,Voice,65\n"
        "2016-09-02 18:22:05,+12025550143,+13125550147,Voice,20\n");
    const QString lookups = TestSupport::writeFile(
        m_dir.filePath(QStringLiteral("same-moment-lookups.csv")),
        "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
        "2016-09-02 18:22:05,+12025550143,+13125550147,198.51.100.14,2\n"
        "2016-09-02 18:22:04,+12025550144,+13125550147,198.51.100.14,1\n");
    const QString casePath = m_dir.filePath(QStringLiteral("same-moment.llcase"));
    for (const QString &file : {calls, lookups}) {
        ImportParams import;
        import.casePath = casePath;
        import.files = {file};
        QVERIFY(ImportJob::run(import).allOk());
    }
    const QList<QStringList> table = rows(section(report(casePath), u"sequences"_qs));
    QCOMPARE(table.size(), 1);
    QCOMPARE(table[0], (QStringList{u"#3\n2016-09-02 18:22:05 UTC\n+12025550143 looked up +13125550147"_qs,
                                    u"#1\n2016-09-02 18:22:05 UTC\n+13125550147 \u2192 +12025550143 (call)"_qs,
                                    u"at the same moment"_qs}));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    const QList<GraphSequence> fromGraph =
        ContactGraph::lookupThenCommunication(db->db(), ContactGraph::build(db->db()), {}, 30);
    QCOMPARE(fromGraph.size(), 1);
    QCOMPARE(fromGraph[0].lookupId, 3);
}

void tst_CaseReport::hoursAndWeekdaysInTheReportsZone()
{
    // In Berlin: a lookup late on a Wednesday in UTC is early on Thursday; a call after the
    // clocks went forward (2026-03-29 01:00 UTC) is at 03:30, a Sunday; a login at 13:00.
    ReportFigures figures(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
    qint64 id = 0;
    const auto add = [&](const QString &evidenceClass, const QDateTime &utc) {
        EventRow event;
        event.id = ++id;
        event.evidenceClass = evidenceClass;
        event.utcMs = utc.toMSecsSinceEpoch();
        event.initiatorId = 1;
        event.initiator = u"A"_qs;
        figures.add(event);
    };
    add(u"lookup"_qs, QDateTime(QDate(2026, 3, 4), QTime(23, 30), QTimeZone::utc()));
    add(u"communication"_qs, QDateTime(QDate(2026, 3, 29), QTime(1, 30), QTimeZone::utc()));
    add(u"connection"_qs, QDateTime(QDate(2026, 3, 8), QTime(12, 0), QTimeZone::utc()));
    std::array<ClassCounts, 24> hours{};
    hours[0] = {1, 0, 0};
    hours[3] = {0, 1, 0};
    hours[13] = {0, 0, 1};
    QCOMPARE(figures.perHour(), hours);
    std::array<ClassCounts, 7> weekdays{};
    weekdays[3] = {1, 0, 0}; // Thursday
    weekdays[6] = {0, 1, 1}; // Sunday
    QCOMPARE(figures.perWeekday(), weekdays);
}

void tst_CaseReport::theDemoCasesHoursAndWeekdays()
{
    // Each of the demo's events in one hour row and one day row, the classes apart, in the
    // report's zone: the lookup of 2026-03-14 23:58:19 UTC, a Saturday, is at 00:58 on Sunday in
    // Berlin.
    CaseReport::Params params;
    params.zone = QTimeZone(QByteArrayLiteral("Europe/Berlin"));
    for (const QString &html : {m_demoHtml, report(m_demo, params)}) {
        const QString time = section(html, u"time"_qs);
        const QString zone = html == m_demoHtml ? u"UTC"_qs : u"Europe/Berlin"_qs;
        QVERIFY(time.contains(u"<h3 id=\"patterns\">Hour of the day and day of the week</h3>"));
        QVERIFY(text(time).contains(u"by the hour and the day of the week of their times in "_qs + zone));
        QCOMPARE(time.count(u"<p class=\"caveat\">"), 2);
        QVERIFY(time.contains(u"<title>Events in each hour of the day in "_qs + zone));
        QVERIFY(time.contains(u"<title>Events on each day of the week in "_qs + zone));
        QVERIFY(time.contains(u"<th>Hour ("_qs + zone + u")</th>"));
        const QList<QStringList> hours = rows(time, 1);
        const QList<QStringList> weekdays = rows(time, 2);
        QCOMPARE(hours.size(), 24);
        QCOMPARE(hours[0].first(), u"00:00\u201300:59"_qs);
        QCOMPARE(weekdays.size(), 7);
        QCOMPARE(weekdays[6].first(), u"Sunday"_qs);
        for (const QList<QStringList> &table : {hours, weekdays}) {
            std::array<int, 3> sums{};
            for (const QStringList &row : table) {
                for (int i = 0; i < 3; ++i)
                    sums[size_t(i)] += row[i + 1].toInt();
            }
            QCOMPARE(sums, (std::array<int, 3>{16, 10, 0}));
        }
    }
    const QList<QStringList> utcHours = rows(section(m_demoHtml, u"time"_qs), 1);
    const QList<QStringList> berlinHours = rows(section(report(m_demo, params), u"time"_qs), 1);
    // Berlin is an hour ahead of UTC all March before the 29th, when every demo event falls.
    for (int hour = 0; hour < 24; ++hour)
        QCOMPARE(berlinHours[(hour + 1) % 24].mid(1), utcHours[hour].mid(1));
}

void tst_CaseReport::theDemoCasesContactsAreTheContactGraphs()
{
    // Who looked up or communicated with whom: each pair's lookups and communications apart, as
    // the contact graph of the whole case counts its edges, and drawn one arrow for each class.
    const QString handles = section(m_demoHtml, u"handles"_qs);
    const QString contacts = handles.mid(handles.indexOf(u"<h3 id=\"pairs\">"));
    QVERIFY(contacts.startsWith(u"<h3 id=\"pairs\">Who looked up or communicated with whom</h3>"));
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    const ContactGraph graph = ContactGraph::build(db->db());
    // Each pair with its figures, and whether the two, either way, have lookups only (the graph
    // view's "pairs rest only on lookups"), communications only, or both.
    const QList<QPair<int, int>> lookupsOnly = graph.lookupOnlyPairs();
    const QList<QPair<int, int>> communicationsOnly = graph.communicationOnlyPairs();
    QMap<QStringList, std::array<qint64, 2>> fromGraph;
    QHash<QStringList, QString> kinds;
    for (const GraphEdge &edge : graph.edges) {
        const GraphNode &from = graph.nodes[edge.from];
        const GraphNode &to = graph.nodes[edge.to];
        const QStringList key{CaseQueries::displayHandle(from.handle, from.label), CaseQueries::displayHandle(to.handle, to.label)};
        fromGraph[key][size_t(edge.evidenceClass)] += edge.count;
        const QPair<int, int> pair{qMin(edge.from, edge.to), qMax(edge.from, edge.to)};
        kinds[key] = lookupsOnly.contains(pair) ? u"lookups only"_qs : communicationsOnly.contains(pair) ? u"communications only"_qs : u"both"_qs;
    }
    QList<QStringList> expected;
    for (auto it = fromGraph.cbegin(); it != fromGraph.cend(); ++it)
        expected.append(it.key() + QStringList{QString::number(it.value()[0]), QString::number(it.value()[1]), kinds[it.key()]});
    const QList<QStringList> table = rows(contacts);
    QCOMPARE(table, expected);
    QCOMPARE(table.size(), 10);
    QCOMPARE(table[2], (QStringList{u"+12025550143"_qs, u"+13125550147"_qs, u"4"_qs, u"4"_qs, u"both"_qs}));
    QCOMPARE(table[8], (QStringList{u"+13125550147"_qs, u"+12025550143"_qs, u"1"_qs, u"2"_qs, u"both"_qs}));
    QCOMPARE(lookupsOnly.size(), 5);
    QVERIFY(text(contacts).contains(u"The pairs of handles taken either way, whoever initiated: with lookups only (no "
                                    u"communication between the two among these events), 5; with communications only, 1; "
                                    u"with both, 1."));
    const QString svg = contacts.mid(contacts.indexOf(u"<svg"), contacts.indexOf(u"</svg>") - contacts.indexOf(u"<svg"));
    QCOMPARE(svg.count(u"<circle "), int(graph.nodes.size()));
    const auto edges = [&](EvidenceClass evidenceClass) {
        return int(std::count_if(graph.edges.cbegin(), graph.edges.cend(),
                                 [&](const GraphEdge &e) { return e.evidenceClass == evidenceClass; }));
    };
    // Each edge a path of its own, and one line of each class in the legend.
    QCOMPARE(svg.count(u"stroke=\"#c27c0e\" stroke-width=\"1.5\" stroke-dasharray=\"7 4\" "
                       u"marker-end=\"url(#report-graph-head-lookup)\""),
             edges(EvidenceClass::Lookup) + 1);
    QCOMPARE(svg.count(u"stroke=\"#1f5fbf\" stroke-width=\"1.5\" marker-end=\"url(#report-graph-head-communication)\""),
             edges(EvidenceClass::Communication) + 1);
    QVERIFY(svg.contains(u"<title>+12025550143 \u2192 +13125550147: 4 lookups</title>"));
    QVERIFY(svg.contains(u">Lookup</text>") && svg.contains(u">Communication</text>"));
    QVERIFY(svg.contains(u"<path d=\"M0,0 L10,5 L0,10 z\" fill=\"white\" stroke=\"#c27c0e\""));
    QVERIFY(contacts.contains(u"layout (neato) and means nothing"));
    QVERIFY(contacts.contains(u"<p class=\"caveat\">"));
    QVERIFY(!contacts.contains(u"Not drawn or listed"));
    // The same layout each time: a report written again is the same report; and the same as the
    // window's graph view lays the same events out.
    QCOMPARE(report(m_demo), m_demoHtml);
    ReportFigures figures(QTimeZone::utc());
    QVERIFY(CaseQueries(db->db()).forEachEvent({}, [&figures](const EventRow &event) {
        figures.add(event);
        return true;
    }, &error));
    const ContactGraph drawn = ReportGraph::graphOf(figures.pairs(), figures);
    QList<qint64> drawnIds;
    for (const GraphNode &node : drawn.nodes)
        drawnIds.append(node.handleId);
    QList<qint64> viewIds;
    for (const GraphNode &node : graph.nodes)
        viewIds.append(node.handleId);
    QCOMPARE(drawnIds, viewIds);
    QCOMPARE(GraphLayout::compute(drawn).positions, GraphLayout::compute(graph).positions);
}

void tst_CaseReport::contactsWithNoOnePartyAreNotDrawn()
{
    // A withheld number's words are no one party: their calls are said, not drawn or listed, as
    // the contact graph counts them apart; a named caller ("Private Line Ltd") is drawn.
    const QString casePath = m_dir.filePath(QStringLiteral("withheld-contacts.llcase"));
    QVERIFY(TestSupport::importedCase(casePath, {u"carrier/cdr-withheld.csv"_qs}));
    const QString handles = section(report(casePath), u"handles"_qs);
    const QString contacts = handles.mid(handles.indexOf(u"<h3 id=\"pairs\">"));
    QVERIFY(text(contacts).contains(u"Not drawn or listed: 0 lookups and 5 communications with a withheld number's "
                                    u"words or a masked handle on one side, which is no one party."));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    const ContactGraph graph = ContactGraph::build(db->db());
    QCOMPARE(graph.withheld[1] + graph.masked[1], 5);
    QCOMPARE(rows(contacts), (QList<QStringList>{{u"+12025550100"_qs, u"+12025550143"_qs, u"0"_qs, u"1"_qs, u"communications only"_qs},
                                                 {u"Private Line Ltd"_qs, u"+12025550143"_qs, u"0"_qs, u"1"_qs, u"communications only"_qs}}));
    QCOMPARE(contacts.count(u"<circle "), 3);
    // Only lookups and communications make a pair: a report on connections alone has none.
    ReportFigures figures(QTimeZone::utc());
    EventRow login;
    login.id = 1;
    login.evidenceClass = u"connection"_qs;
    login.initiatorId = 1;
    login.initiator = u"A"_qs;
    login.counterpartId = 2;
    login.counterpart = u"B"_qs;
    figures.add(login);
    QVERIFY(figures.pairs().isEmpty());
    QCOMPARE(figures.noOnePartyCounts(), ClassCounts{});
    // A handle that looked itself up is a pair of its own; A's lookup of B and B's call to A are
    // one pair with both.
    const auto add = [&figures](qint64 id, const QString &evidenceClass, qint64 from, qint64 to) {
        EventRow event;
        event.id = id;
        event.evidenceClass = evidenceClass;
        event.initiatorId = from;
        event.initiator = from == 1 ? u"A"_qs : u"B"_qs;
        event.counterpartId = to;
        event.counterpart = to == 1 ? u"A"_qs : u"B"_qs;
        figures.add(event);
    };
    add(2, u"lookup"_qs, 1, 1);
    add(3, u"lookup"_qs, 1, 2);
    add(4, u"communication"_qs, 2, 1);
    const ReportPairKinds kinds = figures.pairKinds();
    QCOMPARE(std::tuple(kinds.lookupsOnly, kinds.communicationsOnly, kinds.both), std::tuple(1, 0, 1));
    QCOMPARE(figures.eitherWay(1, 2), (std::array<qint64, 2>{1, 1}));
    QCOMPARE(figures.eitherWay(1, 1), (std::array<qint64, 2>{1, 0}));
    QCOMPARE(figures.pairs().size(), 3);
}

void tst_CaseReport::tooManyHandlesAreListedTheBusiestDrawn()
{
    // More handles than a picture can name legibly: the busiest drawn, every pair in the table.
    QByteArray csv = "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n";
    for (int i = 0; i <= ReportGraph::MostHandlesDrawn; ++i)
        csv += QByteArrayLiteral("2016-09-02 18:%1:05,+12025550143,+1312555%2,198.51.100.14,1\n")
                   .replace("%1", QByteArray::number(10 + i % 50))
                   .replace("%2", QByteArray::number(1000 + i));
    const QString casePath = m_dir.filePath(QStringLiteral("many-handles.llcase"));
    ImportParams import;
    import.casePath = casePath;
    import.files = {TestSupport::writeFile(m_dir.filePath(QStringLiteral("many-handles.csv")), csv)};
    QVERIFY(ImportJob::run(import).allOk());
    const QString handles = section(report(casePath), u"handles"_qs);
    const QString contacts = handles.mid(handles.indexOf(u"<h3 id=\"pairs\">"));
    QVERIFY(text(contacts).contains(u"42 handles in these events, too many to draw legibly: drawn are the 40 with the most "
                                    u"lookups and communications, and the pairs between them; the table lists every pair."));
    // The busiest: the handle that looked up the 41 others, and the first 39 it looked up (each
    // of one lookup; among equals, the handle the case met first).
    const QString svg = contacts.mid(contacts.indexOf(u"<svg"), contacts.indexOf(u"</svg>") - contacts.indexOf(u"<svg"));
    QCOMPARE(svg.count(u"<circle "), ReportGraph::MostHandlesDrawn);
    QCOMPARE(svg.count(u"marker-end=\"url(#report-graph-head-lookup)\""), ReportGraph::MostHandlesDrawn - 1 + 1);
    QVERIFY(svg.contains(u">+12025550143</text>"));
    QVERIFY(svg.contains(u">+13125551038</text>"));
    QVERIFY(!svg.contains(u">+13125551039</text>"));
    QCOMPARE(rows(contacts).size(), ReportGraph::MostHandlesDrawn + 1);
    QVERIFY(contacts.contains(u"<p class=\"caveat\">"));
}

void tst_CaseReport::theCaveatStandsWhereverLookupsAreCounted()
{
    // product.md: the plain-words caveat wherever lookups are shown. Every section or subsection
    // of the demo's report that counts or lists lookups (a figure, a column of them, an IP's, a
    // lookup's row) has it.
    static const QRegularExpression heading(QStringLiteral("<h[23] id=\"([a-z]+)\">"));
    static const QRegularExpression countsLookups(QStringLiteral("\\b\\d+ lookups?\\b|<th>Lookups|>\u25CB Lookup| looked up "));
    QStringList counting;
    QStringList withCaveat;
    auto match = heading.globalMatch(m_demoHtml);
    QList<std::pair<QString, qsizetype>> starts;
    while (match.hasNext()) {
        const auto m = match.next();
        starts.append({m.captured(1), m.capturedStart()});
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1].second : m_demoHtml.size();
        const QString part = m_demoHtml.mid(starts[i].second, end - starts[i].second);
        if (!countsLookups.match(part).hasMatch())
            continue;
        counting.append(starts[i].first);
        if (part.contains(u"<p class=\"caveat\">"))
            withCaveat.append(starts[i].first);
    }
    QCOMPARE(counting, (QStringList{u"sources"_qs, u"classes"_qs, u"handles"_qs, u"pairs"_qs, u"time"_qs, u"patterns"_qs,
                                    u"ips"_qs, u"sequences"_qs, u"events"_qs}));
    QCOMPARE(withCaveat, counting);
}

void tst_CaseReport::theGeoIpDatabasesWithTheirHashes()
{
    // The places name their database by file and build date; the databases' table gives each
    // one's SHA-256, that of the file the demo put beside the case, so the places can be read again
    // from the very same file.
    const QString ips = section(m_demoHtml, u"ips"_qs);
    const QString databases = ips.mid(ips.indexOf(u"<h3 id=\"geoip\">"));
    QVERIFY(databases.startsWith(u"<h3 id=\"geoip\">The GeoIP databases</h3>"));
    const auto sha256Of = [this](const QString &name) {
        QFile file(m_demo + u"-geoip/"_qs + name);
        if (!file.open(QIODevice::ReadOnly))
            return QString();
        return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    };
    const QList<QStringList> table = rows(databases);
    QCOMPARE(table.size(), 2);
    QCOMPARE(
        table[0].mid(0, 3),
        (QStringList{
            u"GeoIP2-City-Test.mmdb\n"_qs + m_demo + u"-geoip/GeoIP2-City-Test.mmdb"_qs,
            u"GeoIP2-City\nGeoIP2 City Test Database (fake GeoIP2 data, for example purposes only)"_qs,
            u"2026-02-04"_qs}));
    QCOMPARE(table[1][0].section(u'\n', 0, 0), u"GeoLite2-ASN-Test.mmdb"_qs);
    QCOMPARE(table[0][4], sha256Of(u"GeoIP2-City-Test.mmdb"_qs));
    QCOMPARE(table[1][4], sha256Of(u"GeoLite2-ASN-Test.mmdb"_qs));
    QCOMPARE(table[1][4].size(), 64);
    QVERIFY(table[1][5].endsWith(u" UTC\nby "_qs + table[0][5].section(u"\nby "_qs, 1)));
    QCOMPARE(table[0][3], u"3 found\n2 not in this database"_qs);
    QCOMPARE(table[1][3], u"2 found\n3 not in this database"_qs);
    QVERIFY(text(databases).trimmed().endsWith(
        u"Each database can be checked by its SHA-256 as the files imported can (section 1). Its "
        "client IPs are the case's, each counted once by what the database answered for it; one "
        "it was never asked about was imported while its file was not where it was added, or "
        "not the file added. Words a record holds in place of an address are no address to "
        "look up: they are counted apart from the failed."_qs));
    // A case no database was added to lists its IPs without such a table.
    const QString casePath = m_dir.filePath(QStringLiteral("no-geoip.llcase"));
    QVERIFY(TestSupport::importedCase(casePath, {u"ids/ids-sample.csv"_qs}));
    const QString noDatabases = section(report(casePath), u"ips"_qs);
    QVERIFY(text(noDatabases).contains(u"No GeoIP database has been asked about it."));
    QVERIFY(!noDatabases.contains(u"id=\"geoip\""));
    // An address imported after the databases were added and not looked up in them says so.
    const QString later = m_dir.filePath(QStringLiteral("geoip-later.llcase"));
    QVERIFY(QFile::copy(m_demo, later));
    QVERIFY(TestSupport::importedFiles(later, {TestSupport::dataPath(u"ids/ids-sample.csv"_qs)}));
    const QString notAsked = text(section(report(later), u"ips"_qs));
    QVERIFY2(
        notAsked.contains(
            u"Not looked up in GeoIP2-City-Test.mmdb, GeoLite2-ASN-Test.mmdb, added before the "
            "address was imported"_qs),
        qPrintable(notAsked));
}

void tst_CaseReport::aWholeCasesHandlesAreTheHandleListsFigures()
{
    // On the whole case, each handle's figures are those the handle list and `handles` give:
    // lookups, communications and a WhatsApp delivery's logins (connections) alike.
    const QString casePath = m_dir.filePath(QStringLiteral("whatsapp.llcase"));
    QVERIFY(TestSupport::importedCase(casePath, {u"whatsapp/delivery-1.zip"_qs, u"ids/ids-sample.csv"_qs}));
    QHash<QString, QStringList> fromReport;
    for (const QStringList &row : rows(section(report(casePath), u"handles"_qs)))
        fromReport.insert(row.first().section(u'\n', 0, 0), row.mid(1, 5));
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QHash<QString, QStringList> fromList;
    qint64 connections = 0;
    for (const HandleSummary &h : CaseQueries(db->db()).handleSummaries()) {
        fromList.insert(CaseQueries::displayHandle(h.handle, h.label),
                        {QString::number(h.lookupsOut), QString::number(h.lookupsIn), QString::number(h.commsOut),
                         QString::number(h.commsIn), QString::number(h.connections)});
        connections += h.connections;
    }
    QVERIFY(connections > 0);
    QCOMPARE(fromReport, fromList);
}

void tst_CaseReport::anEmptyCaseSaysSo()
{
    // A case nothing was imported into: each section says so, no table stands empty.
    const QString casePath = m_dir.filePath(QStringLiteral("empty.llcase"));
    QString error;
    QVERIFY2(CaseDatabase::create(casePath, u"US"_qs, &error), qPrintable(error));
    const QString html = report(casePath);
    QVERIFY(html.contains(u"<br>0 sources imported.<br>"));
    QCOMPARE(rows(section(html, u"sources"_qs)), QList<QStringList>());
    QVERIFY(!section(html, u"sources"_qs).contains(u"<table"));
    QVERIFY(text(section(html, u"sources"_qs)).contains(u"Nothing has been imported into the case."));
    QVERIFY(text(section(html, u"classes"_qs)).contains(u"In this report: none."));
    QVERIFY(text(section(html, u"handles"_qs)).contains(u"No handle is in this report."));
    QVERIFY(text(section(html, u"time"_qs)).contains(u"No events."));
    QVERIFY(text(section(html, u"ips"_qs)).contains(u"No event of this report names a client IP."));
    QVERIFY(text(section(html, u"sequences"_qs)).contains(u"None."));
    QVERIFY(!section(html, u"events"_qs).contains(u"<table"));
    QVERIFY(text(section(html, u"events"_qs)).contains(u"No events."));
    QVERIFY(text(section(html, u"rejected"_qs)).contains(u"None: every row of every source was read."));
}

void tst_CaseReport::theScopeInWords()
{
    // What the report covers, said of each filter it can be given, in the report's zone.
    QString error;
    const auto db = CaseDatabase::open(m_demo, CaseDatabase::Access::ReadOnly, &error);
    const CaseQueries queries(db->db());
    EventFilter filter;
    filter.handleId = queries.resolveHandle(u"+12025550143"_qs, QString());
    filter.otherHandleId = queries.resolveHandle(u"+13125550147"_qs, QString());
    filter.evidenceClass = EvidenceClass::Communication;
    filter.subtype = u"sms"_qs;
    filter.fromMs = TimeFormat::parseIso(u"2026-03-02T00:00:00Z"_qs);
    filter.toMs = TimeFormat::parseIso(u"2026-03-10T23:00:00Z"_qs);
    filter.clientIp = u"81.2.69.142"_qs;
    filter.sourceIds = {2};
    filter.rawText = u"SMS"_qs;
    filter.markedOnly = true;
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    QCOMPARE(CaseReport::scopeLines(db->db(), filter, berlin),
             (QStringList{u"The events between +12025550143 and +13125550147."_qs, u"Class: Communication."_qs,
                          u"Subtype: SMS."_qs, u"From 2026-03-02 01:00:00 Europe/Berlin (UTC+01:00)."_qs,
                          u"Up to 2026-03-11 00:00:00 Europe/Berlin (UTC+01:00)."_qs, u"From the client IP 81.2.69.142."_qs,
                          u"Read from the source #2, carrier-cdr.csv."_qs, u"Whose record as written holds \"SMS\"."_qs,
                          u"Only the events the analyst marked."_qs}));
    EventFilter sides;
    sides.handleId = filter.handleId;
    sides.side = EventFilter::HandleSide::Initiator;
    QCOMPARE(CaseReport::scopeLines(db->db(), sides, berlin), QStringList{u"The events +12025550143 initiated."_qs});
    sides.side = EventFilter::HandleSide::Counterpart;
    QCOMPARE(CaseReport::scopeLines(db->db(), sides, berlin),
             QStringList{u"The events with +12025550143 as counterpart."_qs});
    EventFilter chosen;
    chosen.chosenIds = QList<qint64>{1, 2};
    QCOMPARE(CaseReport::scopeLines(db->db(), chosen, berlin), QStringList{u"The 2 events chosen on a chart."_qs});
    QCOMPARE(CaseReport::scopeLines(db->db(), chosen, berlin, u"Lookups on 2026-03-02"_qs),
             QStringList{u"The 2 events behind the figure chosen on a chart: Lookups on 2026-03-02."_qs});
    QCOMPARE(CaseReport::scopeLines(db->db(), {}, berlin), QStringList{u"Every event of the case."_qs});
    // Several sources, by their numbers as ranges and the files they came from.
    EventFilter sources;
    sources.sourceIds = {2, 1};
    QCOMPARE(
        CaseReport::scopeLines(db->db(), sources, berlin),
        QStringList{u"Read from the 2 sources #1–#2, of ids-query-log.csv, carrier-cdr.csv."_qs});
    sources.withDuplicates = true; // and what they held that another source gave first
    QCOMPARE(CaseReport::scopeLines(db->db(), sources, berlin).value(1),
             u"With the events first stored from another source that the 2 sources held again "
             "(their duplicates), each under the source and line it was first stored from."_qs);
}

void tst_CaseReport::anIpsFiguresAndWritingsAreThoseOfTheReportsEvents()
{
    // One address written three ways by two handles' records: a report on one handle counts its
    // lookups from it, when, and the writings of its records, not the other handle's.
    const QString csv = TestSupport::writeFile(
        m_dir.filePath(QStringLiteral("ip-writings.csv")),
        "Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
        "2016-09-02 18:22:05,+12025550143,+13125550147,::FFFF:198.51.100.14,2\n"
        "2016-09-02 18:23:05,+12025550143,+13125550147,2001:0DB8:0000::0007,1\n"
        "2016-09-02 18:24:05,+12025550144,+13125550147,2001:db8::7,1\n"
        "2016-09-02 18:25:05,+12025550144,+13125550147,2001:db8:0:0:0:0:0:7,1\n");
    const QString casePath = m_dir.filePath(QStringLiteral("ip-writings.llcase"));
    ImportParams import;
    import.casePath = casePath;
    import.files = {csv};
    QVERIFY(ImportJob::run(import).allOk());
    const QList<QStringList> whole = rows(section(report(casePath), u"ips"_qs));
    QCOMPARE(whole.size(), 2);
    QCOMPARE(whole[0].mid(0, 4), (QStringList{u"198.51.100.14\ndocumentation range\nAlso written in the records as: "
                                              u"::FFFF:198.51.100.14"_qs,
                                              u"1 lookup"_qs, u"2016-09-02 18:22:05 UTC"_qs, u"2016-09-02 18:22:05 UTC"_qs}));
    QCOMPARE(whole[1].mid(0, 4), (QStringList{u"2001:db8::7\ndocumentation range\nAlso written in the records as: "
                                              u"2001:0DB8:0000::0007, 2001:db8:0:0:0:0:0:7"_qs,
                                              u"3 lookups"_qs, u"2016-09-02 18:23:05 UTC"_qs, u"2016-09-02 18:25:05 UTC"_qs}));
    QCOMPARE(whole[1][4], u"No GeoIP database has been asked about it."_qs);
    CaseReport::Params params;
    QString error;
    {
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        params.filter.handleId = CaseQueries(db->db()).resolveHandle(u"+12025550144"_qs, QString());
    }
    QVERIFY(params.filter.handleId);
    QCOMPARE(rows(section(report(casePath, params), u"ips"_qs)),
             (QList<QStringList>{{u"2001:db8::7\ndocumentation range\nAlso written in the records as: "
                                  u"2001:db8:0:0:0:0:0:7"_qs,
                                  u"2 lookups"_qs, u"2016-09-02 18:24:05 UTC"_qs, u"2016-09-02 18:25:05 UTC"_qs,
                                  u"No GeoIP database has been asked about it."_qs}}));
}

QTEST_GUILESS_MAIN(tst_CaseReport)

void tst_CaseReport::howTheCaseWasHandledIsItsAuditLog()
{
    // Appendix D: the case's chain of custody as it stood when the report was written — each
    // record of its audit log, oldest first, the action in words and as recorded.
    const QString audit = section(m_demoHtml, u"audit"_qs);
    QVERIFY(audit.startsWith(u"<h2 id=\"audit\">Appendix D. How the case was handled</h2>"));
    const QList<QStringList> table = rows(audit);
    QCOMPARE(table.size(), 5);
    QStringList actions;
    for (const QStringList &row : table)
        actions.append(row.value(3));
    QCOMPARE(actions, (QStringList{u"Case created\ncase-created"_qs, u"File imported\nimport"_qs, u"File imported\nimport"_qs,
                                   u"GeoIP database added\ngeo-database-added"_qs,
                                   u"GeoIP database added\ngeo-database-added"_qs}));
    QCOMPARE(table[0][0], u"1"_qs);
    QVERIFY2(table[0][1].endsWith(u" UTC"_qs), qPrintable(table[0][1]));
    QCOMPARE(table[0][4], u"{\"default_region\":\"US\"}"_qs);
    QVERIFY(table[3][4].contains(u"\"sha256\":\"%1\""_qs.arg(TestSupport::sha256Of(m_demo + u"-geoip/GeoIP2-City-Test.mmdb"_qs))));
}

#include "tst_casereport.moc"
