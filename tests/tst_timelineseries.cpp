#include "casedatabase.h"
#include "casequeries.h"
#include "importjob.h"
#include "returnspans.h"
#include "sourceperiods.h"
#include "statedperiod.h"
#include "testsupport.h"
#include "timelineseries.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

/// Timeline series checked against independent SQL: membership, direction, bins at each size in
/// UTC and across Europe/Berlin's spring DST change, the week-hour pattern, class separation.
class tst_TimelineSeries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pointsAreTheHandlesEventsWithDirection();
    void utcBinsMatchSql_data();
    void utcBinsMatchSql();
    void dayBinsFollowTheDisplayZoneAcrossDst();
    void weekHourPatternMatchesSql();
    void weekHoursFollowEveryZonesChanges_data();
    void weekHoursFollowEveryZonesChanges();
    void ipLanesComeFromTheHandlesOwnRequests();
    void indexRangeAndBinSize();
    void manyHandlesAreNamedByTheirFirst();
    void aWithheldCounterpartIsSaidSo();
    void gapsLieBetweenTheSourcesPeriods();
    void aStatedDateRangeWidensASourcesPeriod();
    void aPeriodStatedAboveTheHeaderIsReadAsWholeDays();
    void recordsOutsideTheStatedPeriodAreSaid();
    void aPeriodsDatesAreReadAsTheyAreWritten();
    void aPeriodWrittenInACarriersLanguageIsRead_data();
    void aPeriodWrittenInACarriersLanguageIsRead();
    void aPeriodNamedInATitlesSentenceIsRead();
    void aPeriodsDayAndMonthAreReadInTheOrderSettled();
    void aPeriodThatStatesItsZoneIsReadInIt();
    void aPeriodOnTwoLinesIsRead();
    void aWorkbookStatesItsPeriodInDateCells();
    void returnsJoinedInOneFileEachHaveTheirPeriod();
    void theTimeBetweenReturnsIsAGap();

private:
    /// SQL counts keyed by "bin|class" for a bin expression over utc_ms.
    QHash<QString, qint64> sqlCounts(const QString &binExpression) const;
    static QHash<QString, qint64> binCounts(const QList<TimelineBin> &bins, const std::function<QString(qint64)> &key);
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    qint64 m_target = 0;
    TimelineData m_data;
};

void tst_TimelineSeries::initTestCase()
{
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("timeline.llcase"));
    params.files = {dataPath(QStringLiteral("timeline/ids-dst.csv")), dataPath(QStringLiteral("timeline/cdr-dst.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    m_db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_target = *CaseQueries(m_db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    m_data = TimelineSeries::build(m_db->db(), {m_target});
}

QHash<QString, qint64> tst_TimelineSeries::sqlCounts(const QString &binExpression) const
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("SELECT %1, class, count(*) FROM events WHERE (initiator_id = ? OR counterpart_id = ?)"
                             " GROUP BY 1, 2").arg(binExpression));
    q.addBindValue(m_target);
    q.addBindValue(m_target);
    q.exec();
    QHash<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString() + u'|' + q.value(1).toString(), q.value(2).toLongLong());
    return counts;
}

QHash<QString, qint64> tst_TimelineSeries::binCounts(const QList<TimelineBin> &bins, const std::function<QString(qint64)> &key)
{
    QHash<QString, qint64> counts;
    for (const TimelineBin &bin : bins) {
        for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection}) {
            if (bin.counts[int(cls)])
                counts.insert(key(bin.startMs) + u'|' + evidenceClassKey(cls), bin.counts[int(cls)]);
        }
    }
    return counts;
}

void tst_TimelineSeries::pointsAreTheHandlesEventsWithDirection()
{
    const QString both = QStringLiteral(" WHERE (initiator_id = %1 OR counterpart_id = %1)").arg(m_target);
    QCOMPARE(m_data.points.size(), scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM events") + both).toLongLong());
    QCOMPARE(m_data.counts[int(EvidenceClass::Lookup)],
             scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM events") + both + QStringLiteral(" AND class = 'lookup'")).toLongLong());
    QCOMPARE(m_data.counts[int(EvidenceClass::Lookup)], 62); // every IDS row involves the target
    QCOMPARE(m_data.counts[int(EvidenceClass::Communication)], 25);
    qint64 made = 0;
    for (const TimelinePoint &p : std::as_const(m_data.points))
        made += p.made;
    QCOMPARE(made, scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM events WHERE initiator_id = %1").arg(m_target)).toLongLong());
    QVERIFY(std::is_sorted(m_data.points.cbegin(), m_data.points.cend(),
                           [](const TimelinePoint &a, const TimelinePoint &b) { return a.utcMs < b.utcMs; }));
    QCOMPARE(m_data.handles, QStringList{u"+12025550143"_qs});
    QVERIFY(m_data.counterparts.contains(u"dana.reyes@example.com"_qs));
    // A window keeps only its events.
    const qint64 from = 1774746000000; // 2026-03-29T01:00:00Z
    const TimelineData after = TimelineSeries::build(m_db->db(), {m_target}, from);
    QCOMPARE(after.points.size(), scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM events") + both
                                                         + QStringLiteral(" AND utc_ms >= %1").arg(from)).toLongLong());
    QCOMPARE(after.points.first().utcMs, from);
}

void tst_TimelineSeries::utcBinsMatchSql_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("binMs");
    QTest::addColumn<QString>("sqlBin");
    QTest::newRow("hour") << int(BinSize::Hour) << qint64(3600000) << QStringLiteral("utc_ms / 3600000");
    QTest::newRow("day") << int(BinSize::Day) << qint64(86400000) << QStringLiteral("utc_ms / 86400000");
    // 1970-01-01 was a Thursday: Monday-based weeks start 3 days into the count.
    QTest::newRow("week") << int(BinSize::Week) << qint64(7 * 86400000LL) << QStringLiteral("(utc_ms / 86400000 + 3) / 7");
}

void tst_TimelineSeries::utcBinsMatchSql()
{
    QFETCH(int, size);
    QFETCH(qint64, binMs);
    QFETCH(QString, sqlBin);
    const qint64 from = m_data.points.first().utcMs;
    const qint64 to = m_data.points.last().utcMs + 1;
    const QList<TimelineBin> bins = TimelineSeries::bins(m_data.points, from, to, BinSize(size), QTimeZone::utc());
    const qint64 offset = size == int(BinSize::Week) ? 3 * 86400000LL : 0;
    const auto key = [&](qint64 startMs) { return QString::number((startMs + offset) / binMs); };
    QCOMPARE(binCounts(bins, key), sqlCounts(sqlBin));
    for (const TimelineBin &bin : bins)
        QCOMPARE(bin.endMs - bin.startMs, binMs);
}

void tst_TimelineSeries::dayBinsFollowTheDisplayZoneAcrossDst()
{
    const QTimeZone berlin("Europe/Berlin");
    const qint64 from = m_data.points.first().utcMs;
    const qint64 to = m_data.points.last().utcMs + 1;
    const QList<TimelineBin> bins = TimelineSeries::bins(m_data.points, from, to, BinSize::Day, berlin);
    const auto key = [&](qint64 startMs) {
        return QDateTime::fromMSecsSinceEpoch(startMs, berlin).date().toString(Qt::ISODate);
    };
    // Independently: CET (+1 h) until 2026-03-29T01:00:00Z, CEST (+2 h) after.
    QCOMPARE(binCounts(bins, key),
             sqlCounts(QStringLiteral("date(utc_ms / 1000 + CASE WHEN utc_ms < 1774746000000 THEN 3600 ELSE 7200 END, 'unixepoch')")));
    bool sawShortDay = false;
    for (const TimelineBin &bin : bins) {
        if (key(bin.startMs) == u"2026-03-29") {
            QCOMPARE(bin.endMs - bin.startMs, qint64(23 * 3600000LL)); // the day the clocks go forward
            sawShortDay = true;
        }
    }
    QVERIFY(sawShortDay);
    // 00:59:59Z is 01:59:59 CET and 01:00:00Z is 03:00:00 CEST: both on 29 March in Berlin.
    QCOMPARE(TimelineSeries::binStart(1774745999000, BinSize::Hour, berlin), qint64(1774742400000));
    QCOMPARE(TimelineSeries::binStart(1774746000000, BinSize::Hour, berlin), qint64(1774746000000));
}

void tst_TimelineSeries::weekHourPatternMatchesSql()
{
    const QTimeZone berlin("Europe/Berlin");
    const auto pattern = TimelineSeries::weekHourCounts(m_data.points, berlin);
    QHash<QString, qint64> counts;
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication, EvidenceClass::Connection}) {
        for (int day = 0; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                if (const qint64 n = pattern[int(cls)][day][hour])
                    counts.insert(QStringLiteral("%1 %2").arg((day + 1) % 7).arg(hour, 2, 10, QChar(u'0')) + u'|'
                                      + evidenceClassKey(cls),
                                  n);
            }
        }
    }
    // SQLite's %w counts from Sunday = 0; Monday = 0 in the pattern, hence (day + 1) % 7 above.
    const QString local = QStringLiteral("utc_ms / 1000 + CASE WHEN utc_ms < 1774746000000 THEN 3600 ELSE 7200 END");
    QCOMPARE(counts, sqlCounts(QStringLiteral("strftime('%w %H', %1, 'unixepoch')").arg(local)));
}

void tst_TimelineSeries::weekHoursFollowEveryZonesChanges_data()
{
    QTest::addColumn<QByteArray>("zone");
    // Whole-hour and half-hour changes, offsets of 30 and 45 minutes, the southern hemisphere,
    // a zone without daylight saving time, one that gave it up, and UTC itself.
    for (const char *zone : {"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Asia/Kolkata",
                             "America/Sao_Paulo", "UTC"})
        QTest::newRow(zone) << QByteArray(zone);
}

void tst_TimelineSeries::weekHoursFollowEveryZonesChanges()
{
    // The pattern's weekday and hour of each instant, against QDateTime's conversion of each one:
    // instants every 17 minutes over 1966-1970 and 2015-2020 (before the epoch too), and each of
    // a zone's changes a millisecond before, at and after it.
    QFETCH(QByteArray, zone);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    QList<qint64> instants;
    for (const auto &[from, to] : {std::pair{-126230400000LL, 0LL}, std::pair{1420070400000LL, 1577836800000LL}}) {
        for (qint64 ms = from; ms < to; ms += 17 * 60000LL + 13)
            instants.append(ms);
        for (const QTimeZone::OffsetData &change :
             tz.transitions(QDateTime::fromMSecsSinceEpoch(from, QTimeZone::utc()), QDateTime::fromMSecsSinceEpoch(to, QTimeZone::utc()))) {
            for (qint64 delta : {-1, 0, 1})
                instants.append(change.atUtc.toMSecsSinceEpoch() + delta);
        }
    }
    std::sort(instants.begin(), instants.end());
    QList<TimelinePoint> points;
    std::array<std::array<std::array<qint64, 24>, 7>, 3> expected{};
    for (qint64 ms : std::as_const(instants)) {
        const EvidenceClass cls = EvidenceClass(points.size() % 3);
        points.append(TimelinePoint{ms, cls, true, -1, points.size() + 1});
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, tz);
        ++expected[int(cls)][local.date().dayOfWeek() - 1][local.time().hour()];
    }
    QVERIFY(TimelineSeries::weekHourCounts(points, tz) == expected);
    // One cell's events, the same way: Sunday 02:00, where the spring changes fall.
    QList<qint64> sundayTwo;
    for (const TimelinePoint &p : std::as_const(points)) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(p.utcMs, tz);
        if (p.evidenceClass == EvidenceClass::Lookup && local.date().dayOfWeek() == 7 && local.time().hour() == 2)
            sundayTwo.append(p.eventId);
    }
    QCOMPARE(TimelineSeries::weekHourEventIds(points, tz, EvidenceClass::Lookup, 6, 2), sundayTwo);
}

void tst_TimelineSeries::ipLanesComeFromTheHandlesOwnRequests()
{
    QStringList ips;
    for (const TimelineIp &ip : std::as_const(m_data.ips))
        ips.append(ip.ip);
    // 89.160.20.112 is the other party's address when it looked the target up: not the target's.
    QVERIFY(!ips.contains(u"89.160.20.112"_qs));
    QCOMPARE(QSet<QString>(ips.cbegin(), ips.cend()), (QSet<QString>{u"81.2.69.142"_qs, u"216.160.83.56"_qs, u"100.64.20.5"_qs}));
    for (const TimelineIp &ip : std::as_const(m_data.ips)) {
        QSqlQuery q(m_db->db());
        q.prepare(QStringLiteral("SELECT min(utc_ms), max(utc_ms), count(*) FROM events WHERE initiator_id = ? AND client_ip = ?"));
        q.addBindValue(m_target);
        q.addBindValue(ip.ip);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(ip.firstMs, q.value(0).toLongLong());
        QCOMPARE(ip.lastMs, q.value(1).toLongLong());
        QCOMPARE(ip.counts[int(EvidenceClass::Lookup)], q.value(2).toLongLong());
    }
}

void tst_TimelineSeries::indexRangeAndBinSize()
{
    const auto [first, last] = TimelineSeries::indexRange(m_data.points, m_data.points[5].utcMs, m_data.points[9].utcMs);
    QVERIFY(first <= 5 && last <= 9 && last >= first);
    for (int i = first; i < last; ++i)
        QVERIFY(m_data.points[i].utcMs >= m_data.points[5].utcMs && m_data.points[i].utcMs < m_data.points[9].utcMs);
    QCOMPARE(TimelineSeries::binSizeFor(2 * 86400000LL), BinSize::Hour);
    QCOMPARE(TimelineSeries::binSizeFor(30 * 86400000LL), BinSize::Day);
    QCOMPARE(TimelineSeries::binSizeFor(400 * 86400000LL), BinSize::Week);
}

void tst_TimelineSeries::manyHandlesAreNamedByTheirFirst()
{
    TimelineData data;
    data.handles = {u"+12025550143"_qs, u"+13125550147"_qs, u"dana.reyes@example.com"_qs};
    QCOMPARE(data.handlesText(), u"+12025550143, +13125550147, dana.reyes@example.com"_qs);
    data.handles.append(u"+16175550199"_qs);
    data.handles.append(u"+14155550172"_qs);
    QCOMPARE(data.handlesText(), u"+12025550143, +13125550147 and 3 more handle(s)"_qs);
}

void tst_TimelineSeries::aWithheldCounterpartIsSaidSo()
{
    // A target's counterpart lanes: "Anonymous" holds the calls of anyone who withheld a number.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"withheld.llcase"_qs), {u"carrier/cdr-withheld.csv"_qs});
    QVERIFY(db);
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    const TimelineData data = TimelineSeries::build(db->db(), {target});
    QCOMPARE(data.counterparts, (QStringList{u"Anonymous"_qs, u"+12025550100"_qs, u"Unknown"_qs, u"Rufnummer unterdrückt"_qs,
                                             u"Private Line Ltd"_qs}));
    QCOMPARE(data.counterpartKinds, (QStringList{u"withheld"_qs, u"phone"_qs, u"withheld"_qs, u"withheld"_qs, u"other"_qs}));
    // A target's masked counterparts say so too.
    const auto masked = TestSupport::importedCase(m_dir.filePath(u"masked.llcase"_qs), {u"carrier/cdr-masked.csv"_qs});
    QVERIFY(masked);
    const qint64 other = *CaseQueries(masked->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    const TimelineData maskedData = TimelineSeries::build(masked->db(), {other});
    QCOMPARE(maskedData.counterparts, (QStringList{u"+49171*****12"_qs, u"202-555-XXXX"_qs, u"+1 202 555 01xx"_qs, u"+12025550100"_qs}));
    QCOMPARE(maskedData.counterpartKinds, (QStringList{u"masked"_qs, u"masked"_qs, u"masked"_qs, u"phone"_qs}));
    QCOMPARE(maskedData.handlesText(), u"+12025550143"_qs);
    // A mask's own timeline says what it is where its name stands (its title, a figure's words).
    const qint64 mask = TestSupport::scalar(masked->db(), u"SELECT id FROM handles WHERE normalized = '+49171*****12'"_qs).toLongLong();
    QCOMPARE(TimelineSeries::build(masked->db(), {mask}).handlesText(), u"+49171*****12 (masked)"_qs);
    const qint64 anonymous = TestSupport::scalar(masked->db(), u"SELECT id FROM handles WHERE normalized = 'Anonymous'"_qs).toLongLong();
    QCOMPARE(TimelineSeries::build(masked->db(), {anonymous}).handlesText(), u"Anonymous (withheld number)"_qs);
}

namespace {

SourcePeriod period(qint64 id, qint64 fromSeconds, qint64 toSeconds)
{
    return {id, fromSeconds * 1000, toSeconds * 1000};
}

QStringList gapsText(const QList<PeriodGap> &gaps)
{
    QStringList text;
    for (const PeriodGap &gap : gaps)
        text.append(u"%1-%2 after #%3 before #%4"_qs.arg(gap.fromMs).arg(gap.toMs).arg(gap.beforeSourceId).arg(gap.afterSourceId));
    return text;
}

} // namespace

void tst_TimelineSeries::gapsLieBetweenTheSourcesPeriods()
{
    // In seconds (period() takes them): overlapping periods leave no gap; one inside another
    // neither; touching ends neither. The gap before #4 runs from the end of the period reaching
    // furthest (#1's, not that of #2 or #3, inside it).
    QCOMPARE(gapsText(SourcePeriods::gaps({period(1, 0, 100), period(2, 50, 150)})), QStringList());
    QCOMPARE(gapsText(SourcePeriods::gaps({period(1, 0, 100), period(2, 100, 150)})), QStringList());
    QCOMPARE(gapsText(SourcePeriods::gaps({period(4, 500, 600), period(1, 0, 300), period(3, 20, 40), period(2, 250, 260)})),
             QStringList{u"300000-500000 after #1 before #4"_qs});
    QCOMPARE(gapsText(SourcePeriods::gaps({period(1, 0, 10), period(2, 20, 30), period(3, 40, 50)})),
             (QStringList{u"10000-20000 after #1 before #2"_qs, u"30000-40000 after #2 before #3"_qs}));
    // Records are written to the second: the next second is no gap, the one after it is.
    QCOMPARE(gapsText(SourcePeriods::gaps({period(1, 0, 900), period(2, 901, 1800)})), QStringList());
    QCOMPARE(gapsText(SourcePeriods::gaps({period(1, 0, 900), period(2, 902, 1800)})),
             QStringList{u"900000-902000 after #1 before #2"_qs});
    // None before the first period or after the last.
    QCOMPARE(gapsText(SourcePeriods::gaps({period(1, 0, 10)})), QStringList());
}

void tst_TimelineSeries::aStatedDateRangeWidensASourcesPeriod()
{
    SourceRow page;
    page.id = 7;
    page.recordsFirstMs = 1759395603000; // 2025-10-02 09:00:03 UTC
    page.recordsLastMs = 1759396200000;  // 09:10:00
    page.metadata = QJsonObject{{u"request_parameters"_qs,
                                 QJsonObject{{u"Date Range"_qs, u"2025-10-02 09:00:00 UTC to 2025-10-02 09:15:00 UTC"_qs}}}};
    const auto stated = SourcePeriods::of(page);
    QVERIFY(stated);
    QCOMPARE(stated->fromMs, 1759395600000);
    QCOMPARE(stated->toMs, 1759396500000);
    QCOMPARE(SourcePeriods::describe(page),
             (QStringList{u"Its records run from 2025-10-02 09:00:03 UTC to 2025-10-02 09:10:00 UTC (they say nothing of "
                          "the time before or after)"_qs,
                          u"The provider states that it covers 2025-10-02 09:00:00 UTC to 2025-10-02 09:15:00 UTC (its "
                          "Date Range)"_qs}));
    // A record dated outside the range stated widens the period to it: it was read there.
    page.recordsLastMs = 1759397000000;
    QCOMPARE(SourcePeriods::of(page)->toMs, 1759397000000);
    // A page of no record still covers the range it states; a range that cannot be read is none.
    page.recordsFirstMs.reset();
    page.recordsLastMs.reset();
    QCOMPARE(SourcePeriods::of(page)->fromMs, 1759395600000);
    page.metadata = QJsonObject{{u"request_parameters"_qs, QJsonObject{{u"Date Range"_qs, u"last week"_qs}}}};
    QVERIFY(!SourcePeriods::of(page));
    QCOMPARE(SourcePeriods::describe(page), QStringList());
    // Without a stated range, the records alone.
    page.recordsFirstMs = 10;
    page.recordsLastMs = 20;
    const auto records = SourcePeriods::of(page);
    QCOMPARE(records->fromMs, 10);
    QCOMPARE(records->toMs, 20);
}

namespace {

SourceRow appleReturn(const QStringList &lines, const QString &zone)
{
    SourceRow source;
    source.id = 4;
    source.timeZone = zone;
    // As a case made before the lines' numbers were kept holds a CSV's: every line above the header.
    source.metadata = QJsonObject{{u"metadata_lines"_qs, QJsonArray::fromStringList(lines)},
                                  {u"header_line"_qs, int(lines.size()) + 1}, {u"reader"_qs, u"csv"_qs}};
    return source;
}

} // namespace

void tst_TimelineSeries::aPeriodStatedAboveTheHeaderIsReadAsWholeDays()
{
    // As an Apple return writes it, its cells apart by tabs or commas, or named otherwise: from
    // the first day's midnight to the midnight after the last, in the zone the times were read in.
    const QStringList written{u"Period 2016-08-28 through 2016-09-21"_qs, u"Period\t2016-08-28\tthrough\t2016-09-21"_qs,
                              u"Period,2016-08-28,through,2016-09-21,,"_qs, u"Date Range: 2016-08-28 to 2016-09-21"_qs,
                              u"Requested period: 2016-08-28 - 2016-09-21."_qs};
    for (const QString &line : written) {
        const auto span = StatedPeriod::span(StatedPeriod::find(appleReturn({u"IDS Query Logs"_qs, line}, u"UTC"_qs).metadata),
                                             u"UTC"_qs);
        QVERIFY2(span, qPrintable(line));
        QCOMPARE(span->first, 1472342400000); // 2016-08-28 00:00 UTC
        QCOMPARE(span->second, 1474502400000); // 2016-09-22 00:00 UTC
    }
    // Days in the zone declared, the day the clocks go back 25 hours long.
    SourceRow source = appleReturn({u"IDS Query Logs"_qs, u"Period 2016-11-01 through 2016-11-06"_qs}, u"America/Los_Angeles"_qs);
    const auto period = SourcePeriods::of(source);
    QVERIFY(period);
    QCOMPARE(period->fromMs, 1477983600000); // 2016-11-01 07:00 UTC (00:00 PDT)
    QCOMPARE(period->toMs, 1478505600000);   // 2016-11-07 08:00 UTC (00:00 PST)
    QCOMPARE(StatedPeriod::find(source.metadata).first().line, 2);
    // The line's number where it is kept (a worksheet's empty rows are not among the lines);
    // none where it is not and the lines cannot be counted (a worksheet's, a block that left
    // out a record above its header).
    SourceRow numbered = source;
    numbered.metadata.insert(u"metadata_line_numbers"_qs, QJsonArray{1, 4});
    QCOMPARE(StatedPeriod::find(numbered.metadata).first().line, 4);
    SourceRow uncounted = source;
    uncounted.metadata.insert(u"reader"_qs, u"xlsx"_qs);
    QCOMPARE(StatedPeriod::find(uncounted.metadata).first().line, 0);
    uncounted.metadata.insert(u"reader"_qs, u"csv"_qs);
    uncounted.metadata.insert(u"header_line"_qs, 4);
    QCOMPARE(StatedPeriod::find(uncounted.metadata).first().line, 0);
    QVERIFY(SourcePeriods::describe(uncounted).first().startsWith(u"It states the period it covers above its header row (“Period"_qs));
    QCOMPARE(SourcePeriods::describe(source),
             QStringList{u"It states the period it covers on line 2 (“Period 2016-11-01 through 2016-11-06”): 2016-11-01 "
                         "to 2016-11-06, read as whole days in America/Los_Angeles (the zone its times were read in) and "
                         "counted as time it covers, with records or without"_qs});
    // Records within it leave it as stated; records past it widen it.
    source.recordsFirstMs = 1478000000000;
    source.recordsLastMs = 1478100000000;
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1477983600000);
    QCOMPARE(SourcePeriods::of(source)->toMs, 1478505600000);
    source.recordsLastMs = 1478600000000;
    QCOMPARE(SourcePeriods::of(source)->toMs, 1478600000000);
    // Times that state their own zones: the line names none, so it is said and not read.
    source = appleReturn({u"Period 2016-11-01 through 2016-11-06"_qs}, u"stated in records"_qs);
    QVERIFY(!SourcePeriods::of(source));
    QCOMPARE(SourcePeriods::describe(source),
             QStringList{u"It states a period on line 1 (“Period 2016-11-01 through 2016-11-06”), not read as the time it "
                         "covers: its times each state their own zone, and the line names none"_qs});
    // With a time of day at either end: from that time, to the second (or the minute) it names.
    source = appleReturn({u"Date Range: 2016-08-28 08:00 to 2016-09-21 17:30:15"_qs}, u"UTC"_qs);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472371200000); // 2016-08-28 08:00:00 UTC
    QCOMPARE(SourcePeriods::of(source)->toMs, 1474479016000);   // 2016-09-21 17:30:16 UTC
    QCOMPARE(SourcePeriods::describe(source),
             QStringList{u"It states the period it covers on line 1 (“Date Range: 2016-08-28 08:00 to 2016-09-21 "
                         "17:30:15”): 2016-08-28 08:00:00 to 2016-09-21 17:30:15, read in UTC (the zone its times were "
                         "read in) and counted as time it covers, with records or without"_qs});
    source = appleReturn({u"Period 2016-08-28 through 2016-09-21 17:30"_qs}, u"UTC"_qs);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472342400000); // 2016-08-28 00:00 UTC: the whole day
    QCOMPARE(SourcePeriods::of(source)->toMs, 1474479060000);   // 2016-09-21 17:31:00 UTC: its minute
    // Not a period: day and month in an order not stated, an end before the start, a day that
    // is none, a sentence about one.
    const QStringList notPeriods{u"Period 01/11/2016 through 06/11/2016"_qs, u"Period 2016-11-06 through 2016-11-01"_qs,
                                 u"Period 2016-02-30 through 2016-03-02"_qs, u"Period 2016-03-01 25:00 to 2016-03-02"_qs,
                                 u"Period 2016-03-01 12:00 to 2016-03-01 11:00"_qs,
                                 u"Records for the period 2016-11-01 through 2016-11-06 are attached"_qs};
    for (const QString &line : notPeriods)
        QVERIFY2(StatedPeriod::find(appleReturn({line}, u"UTC"_qs).metadata).isEmpty(), qPrintable(line));
    // A workbook's row, counted with the empty row above its header that its lines leave out.
    const auto workbook = TestSupport::importedCase(m_dir.filePath(u"workbook.llcase"_qs), {u"ids/ids-sample.xlsx"_qs});
    QVERIFY(workbook);
    const QList<StatedPeriod> rows = StatedPeriod::find(CaseQueries(workbook->db()).sources().first().metadata);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().line, 5);
    QCOMPARE(rows.first().first, QDate(2016, 8, 28));
    QCOMPARE(rows.first().last, QDate(2016, 9, 21));
}

void tst_TimelineSeries::recordsOutsideTheStatedPeriodAreSaid()
{
    // A return stating 1 to 4 September (Los Angeles) whose last record is 5 September 00:30
    // there: imported whole, with a warning (in a dry run too), its period widened to that
    // record, and its description saying both.
    QTemporaryDir dir;
    ImportParams params;
    params.casePath = dir.filePath(u"outside.llcase"_qs);
    params.files = {TestSupport::dataPath(u"ids/ids-outside-period.csv"_qs)};
    params.timeZone = u"America/Los_Angeles"_qs;
    params.dryRun = true; // the dry run warns the same, of the records as they would be stored
    const ImportResult dry = ImportJob::run(params);
    params.dryRun = false;
    const ImportResult result = ImportJob::run(params);
    QVERIFY(result.allOk());
    // Counted by class, the first one's line given: the figure leads to the line.
    const QString warning = u"Some of its records are dated outside the period it states, 2016-09-01 to 2016-09-04 in "
                            "America/Los_Angeles: 1 lookup(s) dated after it, the first on line 12 — kept as read, though "
                            "the return and its records disagree"_qs;
    QCOMPARE(result.files.first().accepted, 3);
    QCOMPARE(result.files.first().warnings, QStringList{warning});
    QCOMPARE(dry.files.first().warnings, QStringList{warning});
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const SourceRow source = CaseQueries(db->db()).sources().first();
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472713200000); // 2016-09-01 07:00 UTC
    QCOMPARE(SourcePeriods::of(source)->toMs, 1473060600000);   // the last record's
    QCOMPARE(SourcePeriods::describe(source).mid(1),
             (QStringList{u"It states the period it covers on line 5 (“Period 2016-09-01 through 2016-09-04”): 2016-09-01 "
                          "to 2016-09-04, read as whole days in America/Los_Angeles (the zone its times were read in) and "
                          "counted as time it covers, with records or without"_qs,
                          warning}));
    const QJsonObject none{{u"lookups"_qs, 0}, {u"communications"_qs, 0}, {u"connections"_qs, 0}};
    QCOMPARE(source.metadata.value(u"outside_stated_period"_qs).toArray(),
             (QJsonArray{QJsonObject{{u"header_line"_qs, 9},
                                     {u"before"_qs, none},
                                     {u"after"_qs, QJsonObject{{u"lookups"_qs, 1}, {u"communications"_qs, 0}, {u"connections"_qs, 0}}},
                                     {u"first_line"_qs, 12}}}));
    // Both sides, by class: never one figure of lookups and communications.
    OutsideStatedPeriod::Counted both{9, {1, 0, 0}, {2, 1, 0}, 10};
    QCOMPARE(OutsideStatedPeriod::warning(both, u"2016-09-01 to 2016-09-04"_qs, u"UTC"_qs, false),
             u"Some of its records are dated outside the period it states, 2016-09-01 to 2016-09-04 in UTC: 1 "
             "lookup(s) dated before it and 2 lookup(s) · 1 communication(s) after it, the first on line 10 — kept as "
             "read, though the return and its records disagree"_qs);
    // A case imported before the records were counted: said by its records' first and last.
    SourceRow before = source;
    before.metadata.remove(u"outside_stated_period"_qs);
    QCOMPARE(SourcePeriods::describe(before).last(),
             u"Some of its records are dated outside the period it states (its records run from 2016-09-01 15:00:00 UTC "
             "to 2016-09-05 07:30:00 UTC; the period is 2016-09-01 to 2016-09-04 in America/Los_Angeles): kept as read, "
             "though the return and its records disagree"_qs);
}

void tst_TimelineSeries::aPeriodsDatesAreReadAsTheyAreWritten()
{
    // Its month named (a comma, a full stop, "th" as written), a date cell of an XML
    // Spreadsheet, the day numbers of a workbook's date cells (in either date system): each read
    // as 28 August to 21 September 2016, from midnight to the midnight after.
    const QStringList written{u"Period August 28, 2016 through September 21, 2016"_qs,
                              u"Date Range: 28 Aug 2016 - 21 Sept 2016"_qs,
                              u"Period from Aug. 28th 2016 to Sep 21st 2016"_qs,
                              u"Period\t28-Aug-2016\tthrough\t21-Sep-2016"_qs,
                              u"Period\t2016-08-28T00:00:00.000\tthrough\t2016-09-21T00:00:00.000"_qs};
    for (const QString &line : written) {
        const QList<StatedPeriod> periods = StatedPeriod::find(appleReturn({line}, u"UTC"_qs).metadata);
        QVERIFY2(periods.size() == 1, qPrintable(line));
        QCOMPARE(periods.first().datesRead, StatedPeriod::DatesRead::AsWritten);
        const auto span = StatedPeriod::span(periods, u"UTC"_qs);
        QCOMPARE(span->first, 1472342400000);  // 2016-08-28 00:00 UTC
        QCOMPARE(span->second, 1474502400000); // 2016-09-22 00:00 UTC
    }
    // A date written with its midnight, as Excel's date-and-time format saves a date cell to
    // CSV, is the whole day, as a record's date is read.
    const QStringList midnights{u"Period,8/28/2016 0:00,through,9/21/2016 0:00"_qs};
    const auto excel = StatedPeriod::span(StatedPeriod::find(appleReturn(midnights, u"UTC"_qs).metadata), u"UTC"_qs);
    QCOMPARE(excel->first, 1472342400000);  // 2016-08-28 00:00 UTC
    QCOMPARE(excel->second, 1474502400000); // 2016-09-22 00:00 UTC
    // Another time is read as the time it is.
    const QStringList timedLine{u"Period\t2016-08-28T08:00:00.000\tthrough\t2016-09-21T17:30:15.000"_qs};
    const auto timed = StatedPeriod::span(StatedPeriod::find(appleReturn(timedLine, u"UTC"_qs).metadata), u"UTC"_qs);
    QCOMPARE(timed->first, 1472371200000);  // 2016-08-28 08:00:00 UTC
    QCOMPARE(timed->second, 1474479016000); // 2016-09-21 17:30:16 UTC
    SourceRow workbook = appleReturn({u"Period\t42610\tthrough\t42634"_qs}, u"UTC"_qs);
    QVERIFY(StatedPeriod::find(workbook.metadata).isEmpty()); // a text file's numbers are no dates
    workbook.metadata.insert(u"reader"_qs, u"xlsx"_qs);
    QCOMPARE(SourcePeriods::of(workbook)->fromMs, 1472342400000);
    QCOMPARE(SourcePeriods::of(workbook)->toMs, 1474502400000);
    QCOMPARE(SourcePeriods::describe(workbook),
             (QStringList{u"It states the period it covers above its header row (“Period   42610   through   42634”): "
                          "2016-08-28 to 2016-09-21, read as whole days in UTC (the zone its times were read in) and "
                          "counted as time it covers, with records or without"_qs,
                          u"Its period's ends are the numbers a workbook keeps its dates as, read as days counted from "
                          "1899-12-30"_qs}));
    SourceRow mac = appleReturn({u"Period\t41148\tthrough\t41172"_qs}, u"UTC"_qs);
    mac.metadata.insert(u"reader"_qs, u"xlsx"_qs);
    mac.metadata.insert(u"date_system"_qs, u"1904"_qs);
    QCOMPARE(SourcePeriods::of(mac)->fromMs, 1472342400000);
    QCOMPARE(SourcePeriods::of(mac)->toMs, 1474502400000);
    QVERIFY(SourcePeriods::describe(mac).last().endsWith(u"counted from 1904-01-01"_qs));
    QCOMPARE(StatedPeriod::find(mac.metadata).first().datesReadKey(), u"day_numbers"_qs);
    mac.metadata.insert(u"reader"_qs, u"xls"_qs); // whose reader writes a date cell as its date
    QVERIFY(StatedPeriod::find(mac.metadata).isEmpty());
    // A day number's fraction is its time of day, to the second.
    workbook.metadata.insert(u"metadata_lines"_qs, QJsonArray{u"Period\t42610.25\tthrough\t42634.75"_qs});
    QCOMPARE(SourcePeriods::of(workbook)->fromMs, 1472364000000); // 2016-08-28 06:00:00 UTC
    QCOMPARE(SourcePeriods::of(workbook)->toMs, 1474480801000);   // 2016-09-21 18:00:01 UTC
    // Not read: a word that names no month, a named month's day that is none, a time after a
    // day number.
    for (const QString &line : {u"Period Agusto 28 2016 through Sept 21 2016"_qs, u"Period 31 Sep 2016 to 2 Oct 2016"_qs,
                                u"Period\t42610 08:00\tthrough\t42634"_qs}) {
        SourceRow source = appleReturn({line}, u"UTC"_qs);
        source.metadata.insert(u"reader"_qs, u"xlsx"_qs);
        QVERIFY2(StatedPeriod::find(source.metadata).isEmpty(), qPrintable(line));
    }
}

void tst_TimelineSeries::aPeriodWrittenInACarriersLanguageIsRead_data()
{
    // As German, French, Spanish, Portuguese and Italian carriers state the period a return
    // covers, on one line or two: each 1 to 30 September 2016.
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("datesRead");
    QTest::newRow("German, numbers") << QStringList{u"Zeitraum: 01.09.2016 bis 30.09.2016"_qs} << "their_only_order";
    QTest::newRow("German, a compound, months named")
        << QStringList{u"Abfragezeitraum vom 1. September 2016 bis 30. Sept. 2016"_qs} << "as_written";
    QTest::newRow("French, months named") << QStringList{u"Période du 1er septembre 2016 au 30 septembre 2016"_qs}
                                          << "as_written";
    QTest::newRow("French, asked for") << QStringList{u"PÉRIODE DEMANDÉE : du 01/09/2016 au 30/09/2016"_qs}
                                       << "their_only_order";
    QTest::newRow("Spanish") << QStringList{u"Periodo: del 1 de septiembre de 2016 al 30 de septiembre de 2016"_qs}
                             << "as_written";
    QTest::newRow("Portuguese") << QStringList{u"Período de 1º de setembro de 2016 a 30 de setembro de 2016"_qs}
                                << "as_written";
    QTest::newRow("Italian, cells") << QStringList{u"Periodo\tdal\t01/09/2016\tal\t30/09/2016"_qs}
                                    << "their_only_order";
    QTest::newRow("Dutch, numbers") << QStringList{u"Periode: 01-09-2016 t/m 30-09-2016"_qs} << "their_only_order";
    QTest::newRow("Dutch, months named")
        << QStringList{u"Periode van 1 september 2016 tot en met 30 september 2016"_qs} << "as_written";
    QTest::newRow("Dutch, two lines") << QStringList{u"Begindatum: 01-09-2016"_qs, u"Einddatum: 30-09-2016"_qs}
                                      << "their_only_order";
    QTest::newRow("German, two lines") << QStringList{u"Von: 01.09.2016"_qs, u"Bis: 30.09.2016"_qs}
                                       << "their_only_order";
    QTest::newRow("French, two lines") << QStringList{u"Date de début : 1 sept. 2016"_qs, u"Date de fin : 30 sept. 2016"_qs}
                                       << "as_written";
    QTest::newRow("Spanish, two lines") << QStringList{u"Fecha de inicio;2016-09-01"_qs, u"Fecha de fin;2016-09-30"_qs}
                                        << "as_written";
    QTest::newRow("Italian, two lines") << QStringList{u"Data inizio: 01/09/2016"_qs, u"Data fine: 30/09/2016"_qs}
                                        << "their_only_order";
}

void tst_TimelineSeries::aPeriodWrittenInACarriersLanguageIsRead()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, datesRead);
    const SourceRow source = appleReturn(lines, u"UTC"_qs);
    const QList<StatedPeriod> periods = StatedPeriod::find(source.metadata);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first().datesReadKey(), datesRead);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472688000000); // 2016-09-01 00:00 UTC
    QCOMPARE(SourcePeriods::of(source)->toMs, 1475280000000);   // 2016-10-01 00:00 UTC
}

void tst_TimelineSeries::aPeriodNamedInATitlesSentenceIsRead()
{
    // A carrier's title names its period with no label: 1 to 30 September 2016.
    for (const QString &title : {u"Call detail records for 202-555-0143 from 09/01/2016 through 09/30/2016"_qs,
                                 u"Verkehrsdaten Anschluss +49 30 1234567 vom 01.09.2016 bis 30.09.2016"_qs,
                                 u"Records between 09/01/2016 and 09/30/2016"_qs,
                                 u"Verbindungen zwischen dem 01.09.2016 und dem 30.09.2016"_qs,
                                 u"Communications entre le 1er septembre 2016 et le 30 septembre 2016"_qs,
                                 u"Registros entre el 1 de septiembre de 2016 y el 30 de septiembre de 2016"_qs,
                                 u"Registri tra il 01/09/2016 e il 30/09/2016"_qs}) {
        const SourceRow source = appleReturn({title}, u"UTC"_qs);
        QVERIFY2(SourcePeriods::of(source), qPrintable(title));
        QCOMPARE(SourcePeriods::of(source)->fromMs, 1472688000000); // 2016-09-01 00:00 UTC
        QCOMPARE(SourcePeriods::of(source)->toMs, 1475280000000);   // 2016-10-01 00:00 UTC
        QCOMPARE(StatedPeriod::find(source.metadata).first().line, 1);
    }
    // A label in quotes of its own, as a quoted cell or a JSON member writes it, is a label.
    for (const QString &quoted : {u"\"Period\",\"2016-09-01 through 2016-09-30\""_qs,
                                  u"\"Period\": \"2016-09-01 through 2016-09-30\""_qs}) {
        const SourceRow source = appleReturn({quoted}, u"UTC"_qs);
        QVERIFY2(SourcePeriods::of(source), qPrintable(quoted));
        QCOMPARE(SourcePeriods::of(source)->fromMs, 1472688000000);
        QCOMPARE(SourcePeriods::of(source)->toMs, 1475280000000);
    }
    // Without a label both ends must be dates: numbers from one to another are no period, and
    // are not said to be one.
    QVERIFY(StatedPeriod::allIn(appleReturn({u"Calls from 555-0143 to 555-0199"_qs}, u"UTC"_qs).metadata).isEmpty());
    QVERIFY(StatedPeriod::allIn(appleReturn({u"Calls between 555-0143 and 555-0199"_qs}, u"UTC"_qs).metadata).isEmpty());
    // Two dates whose day and month nothing settles are said, as a labelled line's are.
    const SourceRow unsettled = appleReturn({u"Records for 2025550100 from 09/01/2016 to 09/10/2016"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::allIn(unsettled.metadata).first().datesReadKey(), u"not_settled"_qs);
}

void tst_TimelineSeries::aPeriodsDayAndMonthAreReadInTheOrderSettled()
{
    // A date that can be read one way only reads both of the period's, whatever the records'.
    SourceRow source = appleReturn({u"Period 08/28/2016 through 09/21/2016"_qs}, u"UTC"_qs);
    source.metadata.insert(u"date_order"_qs, u"dmy"_qs);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472342400000); // 2016-08-28 00:00 UTC
    QCOMPARE(SourcePeriods::of(source)->toMs, 1474502400000);   // 2016-09-22 00:00 UTC
    QCOMPARE(SourcePeriods::describe(source).last(),
             u"Its period's dates were read month first: “08/28/2016” can be read no other way"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().datesReadKey(), u"their_only_order"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().order, u"mdy"_qs);
    source = appleReturn({u"Period 09.09.2016 - 21.09.2016"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().first, QDate(2016, 9, 9));
    QCOMPARE(SourcePeriods::describe(source).last(),
             u"Its period's dates were read day first: “21.09.2016” can be read no other way"_qs);
    // A year of two digits, read as a record's is.
    source = appleReturn({u"Period 8/28/16 through 9/21/16"_qs}, u"UTC"_qs);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472342400000); // 2016-08-28 00:00 UTC
    QCOMPARE(SourcePeriods::of(source)->toMs, 1474502400000);   // 2016-09-22 00:00 UTC
    QCOMPARE(SourcePeriods::describe(source).mid(1),
             (QStringList{u"Its period's dates were read month first: “8/28/16” can be read no other way"_qs,
                          u"Its period's years are written with two digits (“8/28/16”), read as a record's are: 00 to "
                          "68 as 2000 to 2068, 69 to 99 as 1969 to 1999"_qs}));
    // Neither settles it: the order the file's dates were read in, which says who settled it.
    source = appleReturn({u"Period 09/01/2016 through 09/04/2016"_qs}, u"UTC"_qs);
    source.metadata.insert(u"date_order"_qs, u"mdy"_qs);
    source.metadata.insert(u"date_order_from"_qs, u"declared by analyst"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().first, QDate(2016, 9, 1));
    QCOMPARE(StatedPeriod::find(source.metadata).first().last, QDate(2016, 9, 4));
    QCOMPARE(StatedPeriod::find(source.metadata).first().datesReadKey(), u"the_files_order"_qs);
    QCOMPARE(SourcePeriods::describe(source).last(),
             u"Its period's dates were read as the file's dates are: Dates like 03/04/2016 were read month first "
             "(4 March), as the analyst declared"_qs);
    source.metadata.insert(u"date_order"_qs, u"dmy"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().first, QDate(2016, 1, 9));
    QCOMPARE(StatedPeriod::find(source.metadata).first().last, QDate(2016, 4, 9));
    // Nothing settles it: said, and not read.
    source.metadata.remove(u"date_order"_qs);
    const QString notRead = u"It states a period on line 1 (“Period 09/01/2016 through 09/04/2016”), not read as the "
                            "time it covers: its dates could be read day first or month first, and neither they nor "
                            "the source's times settle which (declare the order on import to have it read)"_qs;
    QVERIFY(StatedPeriod::find(source.metadata).isEmpty());
    QVERIFY(!SourcePeriods::of(source));
    QCOMPARE(SourcePeriods::describe(source), QStringList{notRead});
    QCOMPARE(StatedPeriod::notReadWarnings(source.metadata), QStringList{notRead});
    // Dashed with two-digit years, "30-09-16" settles nothing, as it may be year first (a
    // record's date settles nothing either): the file's order reads them.
    source = appleReturn({u"Period 01-09-16 through 30-09-16"_qs}, u"UTC"_qs);
    QVERIFY(StatedPeriod::find(source.metadata).isEmpty());
    source.metadata.insert(u"date_order"_qs, u"dmy"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().first, QDate(2016, 9, 1));
    QCOMPARE(StatedPeriod::find(source.metadata).first().last, QDate(2016, 9, 30));
    QCOMPARE(StatedPeriod::find(source.metadata).first().datesReadKey(), u"the_files_order"_qs);
    // Two dates each read one way only, and those ways differ: said, not read.
    source = appleReturn({u"Period 28/08/2016 through 09/21/2016"_qs}, u"UTC"_qs);
    QVERIFY(StatedPeriod::find(source.metadata).isEmpty());
    QCOMPARE(SourcePeriods::describe(source),
             QStringList{u"It states a period on line 1 (“Period 28/08/2016 through 09/21/2016”), not read as the time "
                         "it covers: one of its dates can be read day first only, the other month first only"_qs});
    // At import, in the dry run too: said where nothing settles it; once declared, read, and
    // the records past it said (day first, 9 January to 9 April: all three are past it).
    QTemporaryDir dir;
    ImportParams params;
    params.files = {TestSupport::dataPath(u"ids/ids-period-in-numbers.csv"_qs)};
    params.timeZone = u"America/Los_Angeles"_qs;
    params.casePath = dir.filePath(u"unsettled.llcase"_qs);
    params.dryRun = true;
    const QString notReadAtLine5 = QString(notRead).replace(u"on line 1"_qs, u"on line 5"_qs);
    QCOMPARE(ImportJob::run(params).files.first().warnings, QStringList{notReadAtLine5});
    params.dryRun = false;
    const ImportResult unsettled = ImportJob::run(params);
    QVERIFY(unsettled.allOk());
    QCOMPARE(unsettled.files.first().accepted, 3);
    QCOMPARE(unsettled.files.first().warnings, QStringList{notReadAtLine5});
    params.casePath = dir.filePath(u"month-first.llcase"_qs);
    params.dateOrder = DateOrder::MonthFirst;
    QCOMPARE(ImportJob::run(params).files.first().warnings,
             QStringList{u"Some of its records are dated outside the period it states, 2016-09-01 to 2016-09-04 in "
                         "America/Los_Angeles: 1 lookup(s) dated after it, the first on line 12 — kept as read, "
                         "though the return and its records disagree"_qs});
    params.casePath = dir.filePath(u"day-first.llcase"_qs);
    params.dateOrder = DateOrder::DayFirst;
    QVERIFY(ImportJob::run(params).files.first().warnings.first().contains(
        u"2016-01-09 to 2016-04-09 in America/Los_Angeles: 3 lookup(s) dated after it, the first on line 10 —"_qs));
}

void tst_TimelineSeries::aPeriodThatStatesItsZoneIsReadInIt()
{
    // Written once after its end, or after each: read in that zone, whatever the source's.
    const QStringList written{u"Period 2016-08-28 through 2016-09-21 UTC"_qs, u"Period 2016-08-28 through 2016-09-21 (GMT)"_qs,
                              u"Date Range: 2016-08-28 00:00 UTC to 2016-09-21 23:59:59 UTC"_qs,
                              u"Period\t2016-08-28T00:00:00Z\tthrough\t2016-09-21T23:59:59Z"_qs};
    for (const QString &line : written) {
        const SourceRow source = appleReturn({line}, u"America/Los_Angeles"_qs);
        QVERIFY2(SourcePeriods::of(source), qPrintable(line));
        QCOMPARE(SourcePeriods::of(source)->fromMs, 1472342400000); // 2016-08-28 00:00 UTC
        QVERIFY2(qAbs(SourcePeriods::of(source)->toMs - 1474502400000) <= 1000, qPrintable(line)); // 2016-09-22 00:00 UTC
    }
    SourceRow source = appleReturn({u"Period 2016-08-28 through 2016-09-21 +02:00"_qs}, u"stated in each record"_qs);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472335200000); // 2016-08-27 22:00 UTC
    QCOMPARE(StatedPeriod::find(source.metadata).first().zone, u"+02:00"_qs);
    QCOMPARE(SourcePeriods::describe(source),
             QStringList{u"It states the period it covers on line 1 (“Period 2016-08-28 through 2016-09-21 +02:00”): "
                         "2016-08-28 to 2016-09-21, read as whole days in +02:00 (the zone the line states) and counted "
                         "as time it covers, with records or without"_qs});
    // Said, not read: ends in two zones, an end before the start, a day that is none; a line
    // of no number at either end is no period at all.
    const QStringList said{u"Period 2016-08-28 UTC through 2016-09-21 GMT+2"_qs, u"Period 2016-09-21 through 2016-08-28"_qs,
                           u"Period 2016-02-30 through 2016-03-02"_qs};
    const QStringList why{u"its two ends state different zones"_qs, u"it ends before it starts"_qs,
                          u"its ends are not dates written in a form LookupLens reads"_qs};
    for (qsizetype i = 0; i < said.size(); ++i) {
        source = appleReturn({said.at(i)}, u"UTC"_qs);
        QVERIFY(StatedPeriod::find(source.metadata).isEmpty());
        QCOMPARE(StatedPeriod::notReadWarnings(source.metadata),
                 QStringList{u"It states a period on line 1 (“"_qs + said.at(i) + u"”), not read as the time it covers: "_qs
                             + why.at(i)});
        QCOMPARE(StatedPeriod::allIn(source.metadata).first().datesReadKey(), u"not_read"_qs);
    }
    QCOMPARE(StatedPeriod::allIn(appleReturn({u"Period: see the letter - enclosed"_qs}, u"UTC"_qs).metadata).size(), 0);
    // A line said and not read does not hide a later one that is read.
    source = appleReturn({u"Period kept: 25 days - 90 days"_qs, u"Period 2016-08-28 through 2016-09-21"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::allIn(source.metadata).size(), 1);
    QCOMPARE(StatedPeriod::allIn(source.metadata).first().line, 2);
    QCOMPARE(StatedPeriod::allIn(appleReturn({u"Period kept: 25 days - 90 days"_qs}, u"UTC"_qs).metadata).first().datesReadKey(),
             u"not_read"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().first, QDate(2016, 8, 28));
}

void tst_TimelineSeries::aPeriodOnTwoLinesIsRead()
{
    // Its start and its end on lines of their own, as a form's fields are.
    SourceRow source =
        appleReturn({u"IDS Query Logs"_qs, u"Start Date: 2016-08-28"_qs, u"End Date: 2016-09-21"_qs}, u"UTC"_qs);
    QCOMPARE(SourcePeriods::of(source)->fromMs, 1472342400000); // 2016-08-28 00:00 UTC
    QCOMPARE(SourcePeriods::of(source)->toMs, 1474502400000);   // 2016-09-22 00:00 UTC
    QCOMPARE(StatedPeriod::find(source.metadata).first().line, 2);
    QCOMPARE(StatedPeriod::find(source.metadata).first().endLine, 3);
    QCOMPARE(SourcePeriods::describe(source),
             QStringList{u"It states the period it covers on lines 2 and 3 (“Start Date: 2016-08-28 … End Date: "
                         "2016-09-21”): 2016-08-28 to 2016-09-21, read as whole days in UTC (the zone its times were "
                         "read in) and counted as time it covers, with records or without"_qs});
    source = appleReturn({u"Period Start,08/28/2016"_qs, u"Account,+12025550143"_qs, u"Period End,09/21/2016"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().last, QDate(2016, 9, 21));
    QCOMPARE(StatedPeriod::find(source.metadata).first().endLine, 3);
    // A period on one line is the block's, wherever the two lines stand.
    source = appleReturn({u"Start Date: 2016-01-01"_qs, u"End Date: 2016-01-31"_qs,
                          u"Period 2016-08-28 through 2016-09-21"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().first, QDate(2016, 8, 28));
    QCOMPARE(StatedPeriod::find(source.metadata).first().endLine, 0);
    // A word that begins as a label does is not one: a "Total" line is no end.
    source = appleReturn({u"From: 2016-08-28"_qs, u"Total: 5"_qs, u"To: 2016-09-21"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::find(source.metadata).first().last, QDate(2016, 9, 21));
    QCOMPARE(StatedPeriod::find(source.metadata).first().endLine, 3);
    // A letter's "From:" and "To:" are no period, and are not said to be one; two dates that end
    // before they start are said.
    QVERIFY(StatedPeriod::allIn(appleReturn({u"From: legal@example.com"_qs, u"To: Officer Smith"_qs}, u"UTC"_qs).metadata)
                .isEmpty());
    source = appleReturn({u"Start Date: 2016-09-21"_qs, u"End Date: 2016-08-28"_qs}, u"UTC"_qs);
    QCOMPARE(StatedPeriod::notReadWarnings(source.metadata),
             QStringList{u"It states a period on lines 1 and 2 (“Start Date: 2016-09-21 … End Date: 2016-08-28”), not "
                         "read as the time it covers: it ends before it starts"_qs});
}

void tst_TimelineSeries::aWorkbookStatesItsPeriodInDateCells()
{
    // "Period | 42614 | through | 42617", its dates in date cells: 1 to 4 September 2016, and
    // its second record, of 5 September, past it, warned of at import.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"date-cells.llcase"_qs),
                                              {u"xlsx/ids-period-in-date-cells.xlsx"_qs});
    QVERIFY(db);
    const SourceRow source = CaseQueries(db->db()).sources().first();
    const QList<StatedPeriod> periods = StatedPeriod::find(source.metadata);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first().line, 3);
    QCOMPARE(periods.first().first, QDate(2016, 9, 1));
    QCOMPARE(periods.first().last, QDate(2016, 9, 4));
    QCOMPARE(SourcePeriods::describe(source).mid(1),
             (QStringList{u"It states the period it covers on line 3 (“Period   42614   through   42617”): 2016-09-01 to "
                          "2016-09-04, read as whole days in UTC (the zone its times were read in) and counted as "
                          "time it covers, with records or without"_qs,
                          u"Its period's ends are the numbers a workbook keeps its dates as, read as days counted from "
                          "1899-12-30"_qs,
                          u"Some of its records are dated outside the period it states, 2016-09-01 to 2016-09-04 in "
                          "UTC: 1 lookup(s) dated after it, the first on line 7 — kept as read, though the return and "
                          "its records disagree"_qs}));
}

void tst_TimelineSeries::returnsJoinedInOneFileEachHaveTheirPeriod()
{
    // One file joining a return of early September and one of October: each return's records
    // measured at import by the lines under its header row, each widened to the period its own
    // block states; the time between them is a gap, though one source holds both.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"joined.llcase"_qs), {u"ids/ids-joined-months-apart.csv"_qs});
    QVERIFY(db);
    const SourceRow source = CaseQueries(db->db()).sources().first();
    QCOMPARE(source.metadata.value(u"returns_records"_qs).toArray(),
             (QJsonArray{QJsonObject{{u"header_line"_qs, 9}, {u"records_first_ms"_qs, qint64(1472840525000)},
                                     {u"records_last_ms"_qs, qint64(1472980200000)}},
                         QJsonObject{{u"header_line"_qs, 20}, {u"records_first_ms"_qs, qint64(1475492740000)},
                                     {u"records_last_ms"_qs, qint64(1476254700000)}}}));
    QList<SourcePeriod> periods = SourcePeriods::ofReturns(source);
    QCOMPARE(periods.size(), 2);
    QCOMPARE(periods.at(0).fromMs, 1472342400000); // 2016-08-28 00:00 UTC, as its block states
    QCOMPARE(periods.at(0).toMs, 1473120000000);   // 2016-09-06 00:00
    QCOMPARE(periods.at(1).fromMs, 1475280000000); // 2016-10-01 00:00
    QCOMPARE(periods.at(1).toMs, 1477440000000);   // 2016-10-26 00:00
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    const TimelineData data = TimelineSeries::build(db->db(), {target});
    QCOMPARE(gapsText(data.gaps), QStringList{u"1473120000000-1475280000000 after #1 before #1"_qs});
    QCOMPARE(data.gaps.first().beforeHeaderLine, 9);
    QCOMPARE(data.gaps.first().afterHeaderLine, 20);
    QCOMPARE(SourcePeriods::describeGap(data.gaps.first(), QTimeZone::utc(), data.sourceNames.value(1),
                                        data.sourceNames.value(1)),
             u"None of the sources of these events covers 2016-09-06 00:00:00 UTC to 2016-10-01 00:00:00 UTC (between "
             "the returns joined in “ids-joined-months-apart.csv” under its header rows at lines 9 and 20): their "
             "records say nothing of that time, and that none of these events falls in it does not show that nothing "
             "happened."_qs);
    // Beside another source, the return is named with its header row.
    PeriodGap beside = data.gaps.first();
    beside.afterSourceId = 7;
    beside.beforeHeaderLine = 0;
    QCOMPARE(SourcePeriods::describeGap(beside, QTimeZone::utc(), u"ids-sample.csv"_qs, u"ids-joined-months-apart.csv"_qs),
             u"None of the sources of these events covers 2016-09-06 00:00:00 UTC to 2016-10-01 00:00:00 UTC (after "
             "“ids-sample.csv”, before “ids-joined-months-apart.csv” (its return under the header row at line 20)): their "
             "records say nothing of that time, and that none of these events falls in it does not show that nothing "
             "happened."_qs);
    QCOMPARE(SourcePeriods::describe(source).mid(1, 2),
             (QStringList{u"The return it joins under the header row at line 9: records from 2016-09-02 18:22:05 UTC to "
                          "2016-09-04 09:10:00 UTC"_qs,
                          u"The return it joins under the header row at line 20: records from 2016-10-03 11:05:40 UTC "
                          "to 2016-10-12 06:45:00 UTC"_qs}));
    // A header row repeated without a block stating a period (each page of one export) opens no
    // return of its own: the time between the pages is the return's.
    QFile joined(TestSupport::dataPath(u"ids/ids-joined-months-apart.csv"_qs));
    QVERIFY(joined.open(QIODevice::ReadOnly));
    const QByteArray paged = joined.readAll().replace("Period 2016-10-01 through 2016-10-25\n", "Page 2\n");
    const QString pagedPath = TestSupport::writeFile(m_dir.filePath(u"paged.csv"_qs), paged);
    ImportParams params;
    params.casePath = m_dir.filePath(u"paged.llcase"_qs);
    params.files = {pagedPath};
    params.timeZone = u"UTC"_qs;
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto pagedDb = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(pagedDb, qPrintable(error));
    QVERIFY(!CaseQueries(pagedDb->db()).sources().first().metadata.contains(u"returns_records"_qs));
    const qint64 pagedTarget = *CaseQueries(pagedDb->db()).resolveHandle(u"+12025550143"_qs, u"US"_qs);
    const TimelineData pagedData = TimelineSeries::build(pagedDb->db(), {pagedTarget});
    QCOMPARE(pagedData.points.size(), 4);
    QVERIFY(pagedData.gaps.isEmpty());
    // A return whose records run outside the period its own block states is warned of, though
    // they lie within the file's first and last stated days; its period is widened to them.
    QVERIFY(joined.seek(0));
    const QByteArray narrowed = joined.readAll().replace("Period 2016-10-01 through", "Period 2016-10-05 through");
    params.casePath = m_dir.filePath(u"narrowed.llcase"_qs);
    params.files = {TestSupport::writeFile(m_dir.filePath(u"narrowed.csv"_qs), narrowed)};
    const ImportResult narrowedResult = ImportJob::run(params);
    QVERIFY(narrowedResult.allOk());
    const QString warning = u"Some records of the return under the header row at line 20 are dated outside the period "
                            "its block states, 2016-10-05 to 2016-10-25 in UTC: 1 lookup(s) dated before it, the first "
                            "on line 21 — kept as read, though the return and its records disagree"_qs;
    QCOMPARE(narrowedResult.files.first().warnings, QStringList{warning});
    ImportParams dry = params; // the dry run, too, checks each return against its own block's period
    dry.dryRun = true;
    dry.casePath = m_dir.filePath(u"narrowed-dry.llcase"_qs);
    QCOMPARE(ImportJob::run(dry).files.first().warnings, QStringList{warning});
    const auto narrowedDb = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(narrowedDb, qPrintable(error));
    const SourceRow narrowedSource = CaseQueries(narrowedDb->db()).sources().first();
    QCOMPARE(SourcePeriods::describe(narrowedSource).last(), warning);
    QCOMPARE(SourcePeriods::ofReturns(narrowedSource).at(1).fromMs, 1475492740000); // its first record's
    // A case imported before each return's records were kept: one period for the file.
    SourceRow older = source;
    older.metadata.remove(u"returns_records"_qs);
    periods = SourcePeriods::ofReturns(older);
    QCOMPARE(periods.size(), 1);
    QCOMPARE(periods.first().fromMs, 1472342400000);
    QCOMPARE(periods.first().toMs, 1477440000000);
}

void tst_TimelineSeries::theTimeBetweenReturnsIsAGap()
{
    // Two overlapping returns (the second's first four rows repeat the first's) and a third of
    // October: each source's records measured as imported, the second's reaching back to the
    // records it repeated; the target's timeline has one gap, from the end of the period the
    // second states (27 September) to the start of the third's (1 October), not from the
    // second's last record (9 September) to the third's first (3 October).
    const auto db = TestSupport::importedCase(m_dir.filePath(u"returns.llcase"_qs),
                                              {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs,
                                               u"ids/ids-later-return.csv"_qs});
    QVERIFY(db);
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT file_name, records_first_ms, records_last_ms, rows_duplicate FROM sources"
                                         " ORDER BY id"_qs),
             (QStringList{u"ids-sample.csv|1472840525000|1473251415000|0"_qs,
                          u"ids-sample-next-return.csv|1472886073000|1473457202000|4"_qs,
                          u"ids-later-return.csv|1475492740000|1476254700000|0"_qs}));
    const qint64 target = *CaseQueries(db->db()).resolveHandle(QStringLiteral("+12025550143"), QStringLiteral("US"));
    const TimelineData data = TimelineSeries::build(db->db(), {target});
    QCOMPARE(gapsText(data.gaps), QStringList{u"1475020800000-1475280000000 after #2 before #3"_qs});
    QCOMPARE(data.sourceNames.value(2), u"ids-sample-next-return.csv"_qs);
    QCOMPARE(data.sourceNames.value(3), u"ids-later-return.csv"_qs);
    QCOMPARE(SourcePeriods::describeGap(data.gaps.first(), QTimeZone::utc(), data.sourceNames.value(2),
                                        data.sourceNames.value(3)),
             u"None of the sources of these events covers 2016-09-28 00:00:00 UTC to 2016-10-01 00:00:00 UTC (after "
             "“ids-sample-next-return.csv”, before “ids-later-return.csv”): their records say nothing of that time, and "
             "that none of these events falls in it does not show that nothing happened."_qs);
    // A handle whose events all come from one source has none; so has a timeline of events
    // from the first return alone.
    const qint64 dana = *CaseQueries(db->db()).resolveHandle(QStringLiteral("dana.reyes@example.com"), QStringLiteral("US"));
    QVERIFY(TimelineSeries::build(db->db(), {dana}).gaps.isEmpty());
    QVERIFY(TimelineSeries::build(db->db(), {target}, std::nullopt, 1473000000000).gaps.isEmpty());
}

QTEST_GUILESS_MAIN(tst_TimelineSeries)
#include "tst_timelineseries.moc"
