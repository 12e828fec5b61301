#include "casedatabase.h"
#include "casequeries.h"
#include "importjob.h"
#include "testsupport.h"
#include "timelineseries.h"

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

QTEST_GUILESS_MAIN(tst_TimelineSeries)
#include "tst_timelineseries.moc"
