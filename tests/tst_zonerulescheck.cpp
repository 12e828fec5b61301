#include "casedatabase.h"
#include "importjob.h"
#include "importsuite.h"
#include "testsupport.h"
#include "zonerules.h"
#include "zonerulescheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using TestSupport::dataPath;

/// A case's local times read again by this machine's tz database: real returns imported into a
/// real case, the release that read them and their times then changed as an older release's
/// reading would have left them.
class tst_ZoneRulesCheck : public ImportSuite
{
    Q_OBJECT
private slots:
    void timesReadByThisReleaseAreNotReadAgain();
    void aTimeAnotherReleaseReadOtherwiseIsNamed();
    void aSourceWhoseReleaseWasNotRecordedIsReadAgainToo();
    void aTimeOfTheRepeatedHourReadAsItsLaterMomentIsTheSame();
    void aTimeReadDaysApartIsNotReadAgainNotOtherwise();
    void aTimeNoReadingMakesReadableIsNotReadAgain();
    void aTimeThisReleaseSkipsIsReadOtherwise();
    void aLabelTheZoneGoesByNoMoreIsReadOtherwise();
    void anOffsetWrittenBesideItsZoneIsCheckedNotReadAgain();
    void anOffsetTheZoneIsAtNoMoreIsNamed();
    void aRowsZoneInASourceDeclaredUtcIsReadAgain_data();
    void aRowsZoneInASourceDeclaredUtcIsReadAgain();
    void anOlderSourceDeclaredUtcIsReadWhole();
    void onlyTheFirstThreeOfEachAreNamed();
    void aLongReadingSaysHowFarItIsAndStopsWhenTold();
    void aSourceWhoseTimesNoRulesReadIsNotReadAgain();

private:
    /// @brief 10,000 lookups of @p counterpart a minute apart from 2016-09-02 00:00, each time
    /// followed by @p zone.
    static QByteArray minutes(const QByteArray &zone,
                              const QByteArray &counterpart = "+13125550147");
    /// @brief Whether @p sql ran on the case at @p casePath (a change to it, as an older version
    /// or release would have left it).
    bool changed(const QString &casePath, const QString &sql);
    /// @brief Sets the release every source of @p casePath that kept one was read by.
    bool setRelease(const QString &casePath, const QString &release);
    /// @brief ZoneRulesCheck::check(), the shares it tells of the events read into @p shares.
    static std::optional<ZoneRulesCheck::Result> checkedWithShares(const QSqlDatabase &db,
                                                                   QList<double> *shares);
    /// @brief ids-sample.csv imported in New York's zone, then as if @p release had read it,
    /// the events at @p shiftedLines an hour later than this release reads them.
    QString caseReadBy(const QString &release, const QList<int> &shiftedLines = {},
                       qint64 shiftMs = 3600000);
    /// @brief caseReadBy() 2016a, line 12's event then written as @p set says ("time_raw = …").
    QString caseWithLine12(const QString &set);
    /// @brief A case of the IDS records @p records under @p header (a zone column's by default)
    /// in @p fileName, imported with UTC declared, as if 2016a had read it, one row then changed
    /// by @p change.
    QString caseDeclaredUtcReadBy2016a(
        const QString &fileName, const QByteArray &records, const QString &change,
        const QByteArray &header = "Timestamp,Time Zone,Source Handle,Lookup Handle,Client IP\n");
    static ZoneRulesCheck::Result checked(const QString &casePath);
    /// @brief The first time read otherwise of the first source, as `verify --json` gives it.
    static QJsonObject firstReadOtherwise(const ZoneRulesCheck::Result &result);
};

QString tst_ZoneRulesCheck::caseReadBy(const QString &release, const QList<int> &shiftedLines,
                                       qint64 shiftMs)
{
    const QString casePath = newCasePath();
    if (!importInto(casePath, {dataPath(u"ids/ids-sample.csv"_qs)}, u"America/New_York"_qs).allOk())
        return {};
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QSqlQuery q(db->db());
    q.prepare(
        release.isEmpty()
            ? u"UPDATE sources SET metadata = json_remove(metadata, '$.zone_rules')"_qs
            : u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.tz_database', ?)"_qs);
    if (!release.isEmpty())
        q.addBindValue(release);
    if (!q.exec())
        return {};
    for (const int line : shiftedLines) {
        q.prepare(u"UPDATE events SET utc_ms = utc_ms + ? WHERE line = ?"_qs);
        q.addBindValue(shiftMs);
        q.addBindValue(line);
        if (!q.exec() || q.numRowsAffected() != 1)
            return {};
    }
    return casePath;
}

QString tst_ZoneRulesCheck::caseWithLine12(const QString &set)
{
    const QString casePath = caseReadBy(u"2016a"_qs);
    if (casePath.isEmpty())
        return {};
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QSqlQuery q(db->db());
    return q.exec(u"UPDATE events SET %1 WHERE line = 12"_qs.arg(set)) && q.numRowsAffected() == 1
               ? casePath
               : QString();
}

QString tst_ZoneRulesCheck::caseDeclaredUtcReadBy2016a(const QString &fileName,
                                                       const QByteArray &records,
                                                       const QString &change,
                                                       const QByteArray &header)
{
    const QString casePath = newCasePath();
    if (!importInto(casePath, {writeFile(fileName, header + records)}, u"UTC"_qs).allOk())
        return {};
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QSqlQuery q(db->db());
    return q.exec(u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.tz_database', "
                  "'2016a')"_qs) &&
                   q.exec(change) && q.numRowsAffected() == 1
               ? casePath
               : QString();
}

ZoneRulesCheck::Result tst_ZoneRulesCheck::checked(const QString &casePath)
{
    const auto db = openCase(casePath);
    return db ? ZoneRulesCheck::check(db->db()).value_or(ZoneRulesCheck::Result())
              : ZoneRulesCheck::Result();
}

QJsonObject tst_ZoneRulesCheck::firstReadOtherwise(const ZoneRulesCheck::Result &result)
{
    const QJsonArray sources = ZoneRulesCheck::toJson(result).value(u"sources"_qs).toArray();
    return sources.first()
        .toObject()
        .value(u"first_read_otherwise"_qs)
        .toArray()
        .first()
        .toObject();
}

void tst_ZoneRulesCheck::anOffsetWrittenBesideItsZoneIsCheckedNotReadAgain()
{
    // Java's "…-04:00[America/New_York]" is a moment by its offset, whatever the rules: where
    // another release read a file holding such times, its local times are read again and its
    // offsets only checked again against the zone's rules, as an import now would check them.
    const QByteArray header = "Timestamp,Source Handle,Lookup Handle,Client IP\n";
    const QByteArray java = "2016-09-12T10:03:07-04:00[America/New_York],+12025550143,+13125550147,"
                            "198.51.100.14\n";
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {writeFile(u"java.csv"_qs, header + java)}, u"America/New_York"_qs)
                .allOk());
    // Its own records, not the first file's again: each is an event of the mixed file.
    const QByteArray mixed =
        "2016-09-12T10:04:07-04:00[America/New_York],+12025550143,+13125550148,"
        "198.51.100.14\n"
        "2016-09-12 10:05:07,+12025550143,+13125550148,198.51.100.14\n";
    QVERIFY(
        importInto(casePath, {writeFile(u"mixed.csv"_qs, header + mixed)}, u"America/New_York"_qs)
            .allOk());
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(
            u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.tz_database', '2016a')"_qs));
        // As if the rules had then read every time an hour later, the written offset's too: New
        // York is at -04:00 an hour later still, so the offsets remain the zone's.
        QVERIFY(q.exec(u"UPDATE events SET utc_ms = utc_ms + 3600000"_qs));
    }
    ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 2);
    const ZoneRulesCheck::Source &javaOnly = result.sources.first();
    QCOMPARE(javaOnly.id, 1);
    QCOMPARE(javaOnly.checked, 0);
    QCOMPARE(javaOnly.offsetsChecked, 1);
    QCOMPARE(javaOnly.offsetsNotTheZones, 0);
    QCOMPARE(ZoneRulesCheck::lines(result).first(),
             u"same        java.csv (source #1): 1 offset(s) written beside a zone still that "
             u"zone's by the rules of the tz database %1, as by 2016a on import"_qs.arg(
                 ZoneRules::databaseVersion()));
    const ZoneRulesCheck::Source &both = result.sources.at(1);
    QCOMPARE(both.id, 2);
    QCOMPARE(both.checked, 1);
    QCOMPARE(both.otherwise, 1);
    QCOMPARE(both.offsetsChecked, 1);
    QCOMPARE(both.firstOtherwise.first().line, 3);
    QCOMPARE(result.offsetsChecked(), 2);
    QCOMPARE(result.offsetsNotTheZones(), 0);
    // A case imported before sources kept their release: checked by the zones of its events.
    QVERIFY(changed(casePath,
                    u"UPDATE sources SET metadata = json_remove(metadata, '$.zone_rules')"_qs));
    result = checked(casePath);
    QCOMPARE(result.sources.size(), 2);
    QCOMPARE(result.sources.first().offsetsChecked, 1);
    QCOMPARE(result.sources.at(1).checked, 1);
    QVERIFY2(ZoneRulesCheck::lines(result).first().endsWith(
                 u", as by the release that checked them on import (not recorded)"_qs),
             qPrintable(ZoneRulesCheck::lines(result).first()));
}

void tst_ZoneRulesCheck::anOffsetTheZoneIsAtNoMoreIsNamed()
{
    // As if 2016a had kept New York on -05:00 that September: a Java time written then at -05:00
    // agreed with its rules. This release gives New York -04:00 at that moment: the moment
    // stands, but an import now refuses the row, and the check says so. The source was declared
    // UTC, as a file whose times all carry their zone may be; its zones still say it holds some.
    // Written in as 2016a kept it (this release refuses the row).
    const QString kept = caseDeclaredUtcReadBy2016a(
        u"java.csv"_qs,
        "2016-09-12T10:03:07-04:00[America/New_York],,+12025550143,+13125550147,198.51.100.14\n"
        "2016-09-12 14:05:07,,+12025550143,+13125550148,198.51.100.14\n",
        u"UPDATE events SET time_raw = '2016-09-12T09:03:07-05:00[America/New_York]', time_zone = "
        "'America/New_York (-05:00)' WHERE line = 2"_qs);
    QVERIFY(!kept.isEmpty());
    const ZoneRulesCheck::Result result = checked(kept);
    QCOMPARE(result.sources.size(), 1);
    const ZoneRulesCheck::Source &source = result.sources.first();
    QCOMPARE(source.checked, 0);
    QCOMPARE(source.otherwise, 0);
    QCOMPARE(source.offsetsChecked, 1);
    QCOMPARE(source.offsetsNotTheZones, 1);
    const QString release = ZoneRules::databaseVersion();
    QCOMPARE(
        ZoneRulesCheck::lines(result),
        QStringList(
            {u"otherwise   java.csv (source #1): 1 of 1 offset(s) written beside a "
             u"zone no longer that zone's by the rules of the tz database %1, as they "
             u"were by 2016a on import (the moments stand, read by the offsets; an "
             u"import now refuses such a row): line 2 "
             u"\"2016-09-12T09:03:07-05:00[America/New_York]\": by these rules "
             u"America/New_York is at -04:00 at 2016-09-12T14:03:07Z, not -05:00"_qs.arg(release),
             u"Local times of 1 source(s) read again by this machine's tz database "
             u"(%1): 0 read otherwise than on import; of 1 offset(s) written beside "
             u"a zone, 1 no longer that zone's"_qs.arg(release)}));
    const QJsonObject json = ZoneRulesCheck::toJson(result);
    QCOMPARE(json.value(u"offsets_not_the_zones"_qs).toInt(), 1);
    QCOMPARE(json.value(u"sources"_qs).toArray().first().toObject(),
             (QJsonObject{{u"source_id"_qs, 1},
                          {u"file"_qs, u"java.csv"_qs},
                          {u"tz_database"_qs, u"2016a"_qs},
                          {u"checked"_qs, 0},
                          {u"read_otherwise"_qs, 0},
                          {u"not_read_again"_qs, 0},
                          {u"first_read_otherwise"_qs, QJsonArray()},
                          {u"offsets_checked"_qs, 1},
                          {u"offsets_not_the_zones"_qs, 1},
                          {u"first_offsets_not_the_zones"_qs,
                           QJsonArray{QJsonObject{
                               {u"line"_qs, 2},
                               {u"time_raw"_qs, u"2016-09-12T09:03:07-05:00[America/New_York]"_qs},
                               {u"zone"_qs, u"America/New_York (-05:00)"_qs},
                               {u"utc"_qs, u"2016-09-12T14:03:07Z"_qs},
                               {u"zone_offset_now"_qs, u"-04:00"_qs}}}}}));
    QJsonObject record;
    ZoneRulesCheck::addToAuditRecord(&record, result);
    QCOMPARE(record, (QJsonObject{{u"zone_rules_read_otherwise"_qs, 0},
                                  {u"zone_rules_offsets_not_the_zones"_qs, 1}}));
}

void tst_ZoneRulesCheck::aRowsZoneInASourceDeclaredUtcIsReadAgain_data()
{
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QString>("release");
    QTest::newRow("its zones kept") << QString() << u"2016a"_qs;
    // Imported before sources kept the zones whose rules read them: nothing in it says which
    // zones its rows named, though UTC was declared, so it is read whole.
    QTest::newRow("imported before sources kept them")
        << u"UPDATE sources SET metadata = json_remove(metadata, '$.zone_rules')"_qs << QString();
}

void tst_ZoneRulesCheck::aRowsZoneInASourceDeclaredUtcIsReadAgain()
{
    // A zone cell names Chicago in a file declared UTC: the source's zones say its rules read
    // line 2, and 2016a read it an hour later than this release does. Line 3 is UTC's.
    QFETCH(QString, kept);
    const QString casePath = caseDeclaredUtcReadBy2016a(
        u"zones.csv"_qs,
        "2016-09-12 10:03:07,America/Chicago,+12025550143,+13125550147,198.51.100.14\n"
        "2016-09-12 10:05:07,,+12025550143,+13125550148,198.51.100.14\n",
        u"UPDATE events SET utc_ms = utc_ms + 3600000 WHERE line = 2"_qs);
    QVERIFY(!casePath.isEmpty());
    if (!kept.isEmpty())
        QVERIFY(changed(casePath, kept));
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QTEST(result.sources.first().release, "release");
    QCOMPARE(result.sources.first().checked, 1);
    QCOMPARE(result.sources.first().otherwise, 1);
    QCOMPARE(result.sources.first().firstOtherwise.first().line, 2);
    QCOMPARE(result.sources.first().offsetsChecked, 0);
}

void tst_ZoneRulesCheck::anOlderSourceDeclaredUtcIsReadWhole()
{
    // Imported before sources kept the zones whose rules read or checked their times, declared
    // UTC, no zone column: its Java time's offset is checked again all the same.
    const QString casePath = caseDeclaredUtcReadBy2016a(
        u"java.csv"_qs,
        "2016-09-12T10:03:07-04:00[America/New_York],+12025550143,+13125550147,198.51.100.14\n"
        "2016-09-12 10:05:07,+12025550143,+13125550148,198.51.100.14\n",
        u"UPDATE sources SET metadata = json_remove(metadata, '$.zone_rules')"_qs,
        "Timestamp,Source Handle,Lookup Handle,Client IP\n");
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().checked, 0);
    QCOMPARE(result.sources.first().offsetsChecked, 1);
    QCOMPARE(result.sources.first().offsetsNotTheZones, 0);
}

void tst_ZoneRulesCheck::timesReadByThisReleaseAreNotReadAgain()
{
    const QString casePath = caseReadBy(ZoneRules::databaseVersion(), {10});
    QVERIFY(!casePath.isEmpty());
    // A UTC source beside it needs no rules at all.
    QVERIFY(importInto(casePath, {dataPath(u"facetime/facetime-invitations.csv"_qs)}, u"UTC"_qs)
                .allOk());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.release, ZoneRules::databaseVersion());
    QCOMPARE(result.sources.size(), 0);
    QCOMPARE(
        ZoneRulesCheck::lines(result),
        QStringList{
            u"Local times: none read by another release of the tz database than this machine's (%1)"_qs
                .arg(result.release)});
}

void tst_ZoneRulesCheck::aTimeAnotherReleaseReadOtherwiseIsNamed()
{
    // As if 2016a had read the summer times of lines 10 and 11 an hour off.
    const QString casePath = caseReadBy(u"2016a"_qs, {10, 11});
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    const ZoneRulesCheck::Source &source = result.sources.first();
    QCOMPARE(source.id, 1);
    QCOMPARE(source.release, u"2016a"_qs);
    QCOMPARE(source.checked, 6);
    QCOMPARE(source.otherwise, 2);
    QCOMPARE(source.notReadAgain, 0);
    QCOMPARE(result.otherwise(), 2);
    const QString release = ZoneRules::databaseVersion();
    QCOMPARE(
        ZoneRulesCheck::lines(result),
        QStringList({u"otherwise   ids-sample.csv (source #1): 2 of 6 local time(s) read by the tz "
                     u"database %1 "
                     "otherwise than by 2016a on import: line 10 \"2016-09-02 18:22:05\" in "
                     "America/New_York, "
                     "2016-09-02T23:22:05Z then, 2016-09-02T22:22:05Z now; line 11 \"2016-09-02 "
                     "18:22:41\" in "
                     "America/New_York, 2016-09-02T23:22:41Z then, 2016-09-02T22:22:41Z now"_qs.arg(
                         release),
                     u"Local times of 1 source(s) read again by this machine's tz database (%1): 2 "
                     u"read otherwise "
                     "than on import"_qs.arg(release)}));
    const QJsonObject json = ZoneRulesCheck::toJson(result);
    QCOMPARE(json.value(u"tz_database"_qs).toString(), release);
    QCOMPARE(json.value(u"read_otherwise"_qs).toInt(), 2);
    const QJsonObject first = json.value(u"sources"_qs).toArray().first().toObject();
    QCOMPARE(first,
             (QJsonObject{{u"source_id"_qs, 1},
                          {u"file"_qs, u"ids-sample.csv"_qs},
                          {u"tz_database"_qs, u"2016a"_qs},
                          {u"checked"_qs, 6},
                          {u"read_otherwise"_qs, 2},
                          {u"not_read_again"_qs, 0},
                          {u"first_read_otherwise"_qs,
                           QJsonArray{QJsonObject{{u"line"_qs, 10},
                                                  {u"time_raw"_qs, u"2016-09-02 18:22:05"_qs},
                                                  {u"zone"_qs, u"America/New_York"_qs},
                                                  {u"utc_then"_qs, u"2016-09-02T23:22:05Z"_qs},
                                                  {u"utc_now"_qs, u"2016-09-02T22:22:05Z"_qs}},
                                      QJsonObject{{u"line"_qs, 11},
                                                  {u"time_raw"_qs, u"2016-09-02 18:22:41"_qs},
                                                  {u"zone"_qs, u"America/New_York"_qs},
                                                  {u"utc_then"_qs, u"2016-09-02T23:22:41Z"_qs},
                                                  {u"utc_now"_qs, u"2016-09-02T22:22:41Z"_qs}}}},
                          {u"offsets_checked"_qs, 0},
                          {u"offsets_not_the_zones"_qs, 0},
                          {u"first_offsets_not_the_zones"_qs, QJsonArray()}}));
    QJsonObject record;
    ZoneRulesCheck::addToAuditRecord(&record, result);
    QCOMPARE(record, (QJsonObject{{u"zone_rules_read_otherwise"_qs, 2}}));
}

void tst_ZoneRulesCheck::aSourceWhoseReleaseWasNotRecordedIsReadAgainToo()
{
    // Imported before sources kept the release: read again, every time the same.
    const QString casePath = caseReadBy(QString());
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().release, QString());
    QCOMPARE(ZoneRulesCheck::lines(result).first(),
             u"same        ids-sample.csv (source #1): 6 local time(s) read by the tz database %1 "
             u"as by the release "
             "that read them on import (not recorded)"_qs.arg(ZoneRules::databaseVersion()));
    QCOMPARE(ZoneRulesCheck::toJson(result)
                 .value(u"sources"_qs)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"tz_database"_qs),
             QJsonValue());
}

void tst_ZoneRulesCheck::aTimeOfTheRepeatedHourReadAsItsLaterMomentIsTheSame()
{
    // 01:30 on 6 November 2016 happened twice in New York; the file's order placed the second
    // record at the later moment (EST), which a reading alone does not settle: the same.
    const QString csv = writeFile(u"repeated.csv"_qs,
                                  "Timestamp,Source Handle,Lookup Handle,Client IP\n"
                                  "2016-11-06 00:59:00,+12025550143,+13125550147,198.51.100.14\n"
                                  "2016-11-06 01:30:00,+12025550143,+13125550148,198.51.100.14\n"
                                  "2016-11-06 01:10:00,+12025550143,+13125550149,198.51.100.14\n"
                                  "2016-11-06 02:05:00,+12025550143,+13125550150,198.51.100.14\n");
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {csv}, u"America/New_York"_qs).allOk());
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(
            u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.tz_database', '2016a')"_qs));
        QCOMPARE(
            TestSupport::rows(
                db->db(),
                u"SELECT utc_ms - lag(utc_ms) OVER (ORDER BY line) FROM events ORDER BY line"_qs),
            QStringList({u"NULL"_qs, u"1860000"_qs, u"2400000"_qs,
                         u"3300000"_qs})); // line 4 at the later 01:10
    }
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().checked, 4);
    QCOMPARE(result.sources.first().otherwise, 0);
    QCOMPARE(result.sources.first().notReadAgain, 0);
}

void tst_ZoneRulesCheck::aTimeReadDaysApartIsNotReadAgainNotOtherwise()
{
    // No change of rules moves a time by two days: such a reading is of another time (a date
    // read in another order), not the same one read otherwise, and is not claimed as one.
    const QString casePath = caseReadBy(u"2016a"_qs, {12}, 2 * 86400000LL);
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().otherwise, 0);
    QCOMPARE(result.sources.first().notReadAgain, 1);
    QCOMPARE(ZoneRulesCheck::lines(result).first(),
             u"same        ids-sample.csv (source #1): 6 local time(s) read by the tz database %1 "
             u"as by 2016a on import "
             "(1 not read again alone: a shape of time only the file settles)"_qs.arg(
                 ZoneRules::databaseVersion()));
}

void tst_ZoneRulesCheck::aTimeNoReadingMakesReadableIsNotReadAgain()
{
    // A shape of time only its file settled (here: text no reading takes), in a zone written
    // without a label: counted as not read again, nothing claimed of it.
    const QString casePath = caseWithLine12(u"time_raw = 'the third of September'"_qs);
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().otherwise, 0);
    QCOMPARE(result.sources.first().notReadAgain, 1);
}

void tst_ZoneRulesCheck::aTimeThisReleaseSkipsIsReadOtherwise()
{
    // As if 2016a had known no summer time in New York: 02:30 on 13 March read at -05:00. This
    // release's rules skip that half hour, so the time is no moment now: read otherwise.
    const QString casePath =
        caseWithLine12(u"time_raw = '2016-03-13 02:30:00', utc_ms = 1457854200000"_qs);
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().otherwise, 1);
    QCOMPARE(result.sources.first().notReadAgain, 0);
    QVERIFY2(ZoneRulesCheck::lines(result).first().endsWith(
                 u": line 12 \"2016-03-13 02:30:00\" in America/New_York, 2016-03-13T07:30:00Z "
                 u"then, no such time now "
                 "(a change of clocks skips it)"_qs),
             qPrintable(ZoneRulesCheck::lines(result).first()));
    const QJsonObject first = firstReadOtherwise(result);
    QCOMPARE(first.value(u"utc_then"_qs).toString(), u"2016-03-13T07:30:00Z"_qs);
    QCOMPARE(first.value(u"utc_now"_qs), QJsonValue());
}

void tst_ZoneRulesCheck::aLabelTheZoneGoesByNoMoreIsReadOtherwise()
{
    // As if 2016a had kept New York on summer time into December: "07:01:13 EDT" read at
    // -04:00. This release calls December EST, refuses the label, and so reads no moment.
    const QString casePath = caseWithLine12(u"time_raw = '2016-12-03 07:01:13 EDT', time_zone = "
                                            u"'America/New_York (EDT)',"
                                            " utc_ms = 1480762873000"_qs);
    QVERIFY(!casePath.isEmpty());
    const ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.size(), 1);
    QCOMPARE(result.sources.first().otherwise, 1);
    QCOMPARE(result.sources.first().notReadAgain, 0);
    QVERIFY2(ZoneRulesCheck::lines(result).first().endsWith(
                 u": line 12 \"2016-12-03 07:01:13 EDT\" in America/New_York (EDT), "
                 u"2016-12-03T11:01:13Z then, no such "
                 "time now (the zone is not called EDT at that date)"_qs),
             qPrintable(ZoneRulesCheck::lines(result).first()));
    const QJsonObject first = firstReadOtherwise(result);
    QCOMPARE(first.value(u"utc_now"_qs), QJsonValue());
    QCOMPARE(first.value(u"label_refused"_qs).toString(), u"EDT"_qs);
}

void tst_ZoneRulesCheck::onlyTheFirstThreeOfEachAreNamed()
{
    // Four local times read otherwise: three named, the rest an ellipsis, the count whole.
    const QString casePath = caseReadBy(u"2016a"_qs, {10, 11, 12, 13});
    QVERIFY(!casePath.isEmpty());
    ZoneRulesCheck::Result result = checked(casePath);
    QCOMPARE(result.sources.first().otherwise, 4);
    QCOMPARE(result.sources.first().firstOtherwise.size(), 3);
    QVERIFY2(ZoneRulesCheck::lines(result).first().endsWith(u" now; …"_qs),
             qPrintable(ZoneRulesCheck::lines(result).first()));
    // The same four written by Java at -05:00 beside New York, as 2016a's rules allowed.
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(u"UPDATE events SET time_zone = 'America/New_York (-05:00)', time_raw = "
                       "strftime('%Y-%m-%dT%H:%M:%S', utc_ms / 1000 - 18000, 'unixepoch') || "
                       "'-05:00[America/New_York]' WHERE line <= 13"_qs));
        QCOMPARE(q.numRowsAffected(), 4);
    }
    result = checked(casePath);
    const ZoneRulesCheck::Source &source = result.sources.first();
    QCOMPARE(source.checked, 2);
    QCOMPARE(source.otherwise, 0);
    QCOMPARE(source.offsetsNotTheZones, 4);
    QCOMPARE(source.firstOffsetsNotTheZones.size(), 3);
    QCOMPARE(source.firstOffsetsNotTheZones.last().line, 12);
    QVERIFY2(ZoneRulesCheck::lines(result).first().endsWith(u", not -05:00; …"_qs),
             qPrintable(ZoneRulesCheck::lines(result).first()));
}

void tst_ZoneRulesCheck::aLongReadingSaysHowFarItIsAndStopsWhenTold()
{
    // 10,000 lookups a minute apart in New York, as 2016a read them: the share read so far is
    // told every few thousand events, and a check told to stop stops, finding nothing.
    const QString casePath = newCasePath();
    QVERIFY(
        importInto(casePath, {writeFile(u"minutes.csv"_qs, minutes(""))}, u"America/New_York"_qs)
            .allOk());
    QVERIFY(setRelease(casePath, u"2016a"_qs));
    const auto db = openCase(casePath);
    QList<double> shares;
    const auto all = checkedWithShares(db->db(), &shares);
    QVERIFY(all);
    QCOMPARE(all->sources.first().checked, 10000);
    QCOMPARE(all->sources.first().otherwise, 0);
    QCOMPARE(shares, (QList<double>{0.4096, 0.8192}));
    int asked = 0;
    const auto stopped = ZoneRulesCheck::check(db->db(), [&asked](double) {
        ++asked;
        return false;
    });
    QVERIFY(!stopped);
    QCOMPARE(asked, 1);
}

void tst_ZoneRulesCheck::aSourceWhoseTimesNoRulesReadIsNotReadAgain()
{
    // Beside the New York lookups, 10,000 written in UTC ("Z"): a source whose times no zone's
    // rules read keeps an empty list of zones and is not read again, whatever release it names
    // (the shares are of New York's 10,000 alone). One imported before sources kept the list,
    // its times' zone stated in its records, is read again, finding nothing.
    const QString casePath = newCasePath();
    QVERIFY(
        importInto(casePath, {writeFile(u"minutes.csv"_qs, minutes(""))}, u"America/New_York"_qs)
            .allOk());
    QVERIFY(importInto(casePath, {writeFile(u"utc.csv"_qs, minutes("Z", "+13125550148"))}).allOk());
    QVERIFY(setRelease(casePath, u"2016a"_qs));
    {
        const auto db = openCase(casePath);
        QCOMPARE(TestSupport::rows(db->db(), u"SELECT time_zone || ' ' || json_extract(metadata, "
                                             "'$.zone_rules.zones') FROM sources ORDER BY id"_qs),
                 (QStringList{u"America/New_York [\"America/New_York\"]"_qs,
                              u"stated in records []"_qs}));
        QList<double> shares;
        const auto result = checkedWithShares(db->db(), &shares);
        QVERIFY(result);
        QCOMPARE(result->sources.size(), 1);
        QCOMPARE(result->sources.first().checked, 10000);
        QCOMPARE(shares, (QList<double>{0.4096, 0.8192}));
    }
    QVERIFY(changed(casePath, u"UPDATE sources SET metadata = json_remove(metadata, "
                              "'$.zone_rules') WHERE id = 2"_qs));
    const auto db = openCase(casePath);
    QList<double> shares;
    const auto result = checkedWithShares(db->db(), &shares);
    QVERIFY(result);
    QCOMPARE(result->sources.size(), 1);
    QCOMPARE(shares, (QList<double>{0.2048, 0.4096, 0.6144, 0.8192}));
}

QByteArray tst_ZoneRulesCheck::minutes(const QByteArray &zone, const QByteArray &counterpart)
{
    QByteArray csv = "Timestamp,Source Handle,Lookup Handle,Client IP\n";
    const QDateTime first(QDate(2016, 9, 2), QTime(0, 0));
    for (int i = 0; i < 10000; ++i)
        csv += first.addSecs(60 * i).toString(u"yyyy-MM-ddTHH:mm:ss"_qs).toLatin1() + zone +
               ",+12025550143," + counterpart + ",198.51.100.14\n";
    return csv;
}

bool tst_ZoneRulesCheck::changed(const QString &casePath, const QString &sql)
{
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QSqlQuery q(db->db());
    return q.exec(sql);
}

bool tst_ZoneRulesCheck::setRelease(const QString &casePath, const QString &release)
{
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QSqlQuery q(db->db());
    q.prepare(u"UPDATE sources SET metadata = json_set(metadata, '$.zone_rules.tz_database', ?)"
              " WHERE json_type(metadata, '$.zone_rules') IS NOT NULL"_qs);
    q.addBindValue(release);
    return q.exec() && q.numRowsAffected() > 0;
}

std::optional<ZoneRulesCheck::Result> tst_ZoneRulesCheck::checkedWithShares(const QSqlDatabase &db,
                                                                            QList<double> *shares)
{
    return ZoneRulesCheck::check(db, [shares](double share) {
        shares->append(share);
        return true;
    });
}

QTEST_GUILESS_MAIN(tst_ZoneRulesCheck)
#include "tst_zonerulescheck.moc"
