#include "casedatabase.h"
#include "casecopy.h"
#include "caseinputs.h"
#include "casequeries.h"
#include "caseschema.h"
#include "casewriters.h"
#include "democase.h"
#include "testsupport.h"

#include <QDir>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

class tst_CaseDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsLatestSchema();
    void schemaRefusesMixedUpClasses();
    void migratesFromEveryEarlierVersion();
    void aWorkingCopyOfAnOlderCaseOnReadOnlyStorageIsUpgraded();
    void version4KeepsRowsAndRefusesTheSameValues();
    void version5KeepsEveryAnswerWithItsTime_data();
    void version5KeepsEveryAnswerWithItsTime();
    void version6StoresEachAddressOnceKeepingItsWriting();
    void version7CountsEachSourcesEventsByClass();
    void version9KeepsWithheldNumbersApart();
    void version10KeepsMaskedPartiesApart();
    void version12MeasuresEachSourcesRecords();
    void readingAnOlderCaseOnlyLeavesItAsItIs();
    void refusesWhatIsNotACase();
    void refusesNewerSchema();
    void createRefusesExistingFile();
    void theFilesACaseWasBuiltFromAreNeverToBeWritten();
    void infoRoundTrip();
    void aWaitingWriterGetsItsTurn();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("case%1.llcase").arg(++m_counter)); }
    /// @brief A case at schema @p version holding the handles @p values (SQL rows after the
    /// first, +12025550143), opened for writing and so upgraded, whole; null (the failure
    /// recorded) where the version took the kind @p refusedKind or the case did not open.
    std::unique_ptr<CaseDatabase> upgradedWithHandles(int version, const QString &values, const QString &refusedKind);
};

void tst_CaseDatabase::createsLatestSchema()
{
    QString error;
    const auto db = CaseDatabase::create(freshPath(), QStringLiteral("de"), &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), CaseSchema::latestVersion());
    QCOMPARE(db->region(), QStringLiteral("DE"));
    QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("PRAGMA application_id")).toInt(), CaseSchema::ApplicationId);
    for (const char *table : {"sources", "events", "handles", "handle_spellings", "rejected_rows", "audit_log",
                              "event_occurrences", "case_info"}) {
        QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                                              "AND name = '%1'").arg(QLatin1String(table))).toInt(), 1);
    }
    QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("SELECT action FROM audit_log")).toString(),
             QStringLiteral("case-created"));
}

void tst_CaseDatabase::schemaRefusesMixedUpClasses()
{
    QString error;
    const auto db = CaseDatabase::create(freshPath(), QStringLiteral("US"), &error);
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO handles (id, normalized, kind, validity) VALUES (1, 'a', 'other', 'not-a-phone-number')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sources (id, file_name, file_path, file_size, sha256, imported_at, imported_by,"
                                  " format, time_zone, zone_declared, importer_version) VALUES (1, 'f', '/f', 1, '%1',"
                                  " 'now', 'me', 'x', 'UTC', 0, 'v')").arg(QString(64, u'0'))));
    const QString insert = QStringLiteral(
        "INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id, initiator_raw,"
        " counterpart_id, source_id, line, raw) VALUES ('%1', 's', 0, 't', 'UTC', 1, 'a', %2, 1, %3, 'r')");
    QVERIFY(!q.exec(insert.arg(QStringLiteral("contact"), QStringLiteral("1"), QStringLiteral("1"))));   // unknown class
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO events (subtype, utc_ms, time_raw, time_zone, initiator_id, initiator_raw,"
                                   " counterpart_id, source_id, line, raw) VALUES ('s', 0, 't', 'UTC', 1, 'a', 1, 1, 1, 'r')")));
    QVERIFY(!q.exec(insert.arg(QStringLiteral("lookup"), QStringLiteral("NULL"), QStringLiteral("1"))));  // lookup without counterpart
    QVERIFY(!q.exec(insert.arg(QStringLiteral("connection"), QStringLiteral("1"), QStringLiteral("1")))); // connection with one
    QVERIFY(!q.exec(insert.arg(QStringLiteral("lookup"), QStringLiteral("1"), QStringLiteral("0"))));     // line 0
    QVERIFY(!q.exec(insert.arg(QStringLiteral("lookup"), QStringLiteral("99"), QStringLiteral("1"))));    // no such handle
    QVERIFY(q.exec(insert.arg(QStringLiteral("lookup"), QStringLiteral("1"), QStringLiteral("1"))));
    QVERIFY(q.exec(insert.arg(QStringLiteral("connection"), QStringLiteral("NULL"), QStringLiteral("2"))));
}

void tst_CaseDatabase::aWorkingCopyOfAnOlderCaseOnReadOnlyStorageIsUpgraded()
{
    // A case written by an earlier LookupLens, handed over on a write-protected drive: reading it
    // asks for an upgrade it cannot make there; its working copy is made as it was written and
    // upgraded, its log naming where it came from.
    const QString folder = m_dir.filePath(u"protected-older"_qs);
    QVERIFY(QDir().mkpath(folder));
    const QString original = folder + u"/older.llcase"_qs;
    const int older = CaseSchema::latestVersion() - 1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        raw.setDatabaseName(original);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = %1").arg(CaseSchema::ApplicationId));
        QSqlQuery(raw).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        QString error;
        QVERIFY2(CaseDatabase::migrate(raw, older, &error), qPrintable(error));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    const QString sha = TestSupport::sha256Of(original);
    if (!TestSupport::makeReadOnly(folder))
        QSKIP("cannot make a folder read-only here");
    const auto restore = qScopeGuard([&]() { TestSupport::makeWritable(folder); });
    QString error;
    QVERIFY(!CaseDatabase::open(original, CaseDatabase::Access::ReadOnly, &error));
    QCOMPARE(error, u"%1: the case needs an upgrade from schema %2, which cannot be made where it lies; open it in "
                    "LookupLens, which offers a working copy"_qs.arg(original).arg(older));

    const QString copy = m_dir.filePath(u"older (working copy).llcase"_qs);
    QVERIFY2(CaseCopy::make(original, copy, &error), qPrintable(error));
    const auto db = CaseDatabase::open(copy, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), CaseSchema::latestVersion());
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT action FROM audit_log ORDER BY id"_qs),
             (QStringList{u"schema-upgraded"_qs, u"working-copy-made"_qs}));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT json_extract(details, '$.from'), json_extract(details, '$.from_sha256')"
                                         " FROM audit_log WHERE action = 'working-copy-made'"_qs),
             QStringList{original + u'|' + sha});
    QCOMPARE(TestSupport::sha256Of(original), sha);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"older.llcase"_qs});
    // A copy is never made over a file.
    QVERIFY(!CaseCopy::make(original, copy, &error));
    QCOMPARE(error, u"%1: a file of that name exists already"_qs.arg(copy));
}

void tst_CaseDatabase::migratesFromEveryEarlierVersion()
{
    for (int from = 0; from < CaseSchema::latestVersion(); ++from) {
        const QString path = freshPath();
        {
            // Build a file exactly as version `from` left it: an empty SQLite file at version 0.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA application_id = %1").arg(CaseSchema::ApplicationId));
            QString error;
            QVERIFY2(CaseDatabase::migrate(raw, from, &error), qPrintable(error));
            QCOMPARE(TestSupport::scalar(raw, QStringLiteral("PRAGMA user_version")).toInt(), from);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString error;
        const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(db->schemaVersion(), CaseSchema::latestVersion());
        QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("SELECT count(*) FROM events")).toInt(), 0);
    }
}

using TestSupport::rows;

namespace {

/// A case file left at schema @p version by the migrations themselves, with a handle, a source
/// and one event from 1.2.3.4 written as that version's tables take them.
QSqlDatabase rawCaseAt(const QString &path, int version)
{
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    raw.open();
    QSqlQuery q(raw);
    q.exec(QStringLiteral("PRAGMA application_id = %1").arg(CaseSchema::ApplicationId));
    QString error;
    if (!CaseDatabase::migrate(raw, version, &error))
        qWarning("%s", qPrintable(error));
    q.exec(QStringLiteral("INSERT INTO handles VALUES (1, '+12025550143', 'phone', 'valid')"));
    q.exec(QStringLiteral("INSERT INTO sources (id, file_name, file_path, file_size, sha256, imported_at, imported_by,"
                          " format, time_zone, zone_declared, importer_version) VALUES (1, 'f', '/f', 1, '%1',"
                          " 'now', 'me', 'x', 'UTC', 0, 'v')").arg(QString(64, u'0')));
    q.exec(QStringLiteral("INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id, initiator_raw,"
                          " counterpart_id, client_ip, source_id, line, raw) VALUES ('lookup', 's', 0, 't', 'UTC', 1, 'a', 1,"
                          " '1.2.3.4', 1, 1, 'r')"));
    q.exec(QStringLiteral("INSERT INTO geo_databases VALUES (1, 'f', '/f', 'h', 'GeoIP2-City', 0, '', 'en', 6, 'now', 'me')"));
    return raw;
}

} // namespace

void tst_CaseDatabase::version4KeepsRowsAndRefusesTheSameValues()
{
    const QString path = freshPath();
    {
        QSqlDatabase raw = rawCaseAt(path, 3);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_results (ip, database_id, status, looked_up_at) VALUES ('1.2.3.4', 1, 'not-found', 'now')")));
        QString error;
        QVERIFY2(CaseDatabase::migrate(raw, 4, &error), qPrintable(error));
        QCOMPARE(TestSupport::scalar(raw, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(TestSupport::scalar(raw, QStringLiteral("SELECT count(*) FROM events WHERE class = 'lookup'")).toInt(), 1);
        QCOMPARE(TestSupport::scalar(raw, QStringLiteral("SELECT status FROM geo_results")).toString(), QStringLiteral("not-found"));
        // No three-value IN list is left in any table definition; the OR chains stand in their place.
        QCOMPARE(TestSupport::scalar(raw, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                                         " AND sql LIKE '%IN (''%'', ''%'', ''%'')%'")).toInt(), 0);
        QVERIFY(TestSupport::scalar(raw, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'events'")).toString().contains(
            QStringLiteral("CHECK (class = 'lookup' OR class = 'communication' OR class = 'connection')")));
        // The same values are refused as before.
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO handles VALUES (2, 'x', 'fax', 'valid')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO handles VALUES (2, 'x', 'other', 'maybe')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO handles VALUES (2, 'x', 'email', 'not-a-phone-number')")));
        const QString event = QStringLiteral("INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id,"
                                             " initiator_raw, counterpart_id, source_id, line, raw) VALUES ('%1', 's', 0, 't', 'UTC', 1,"
                                             " 'a', 2, 1, 2, 'r')");
        QVERIFY(!q.exec(event.arg(QStringLiteral("contact"))));
        QVERIFY(!q.exec(event.arg(QStringLiteral("Lookup"))));
        QVERIFY(q.exec(event.arg(QStringLiteral("communication"))));
        const QString answer = QStringLiteral("INSERT INTO geo_results (ip, database_id, status, looked_up_at) VALUES ('%1', 1, '%2', 'now')");
        QVERIFY(!q.exec(answer.arg(QStringLiteral("5.6.7.8"), QStringLiteral("unknown"))));
        QVERIFY(q.exec(answer.arg(QStringLiteral("5.6.7.8"), QStringLiteral("failed"))));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void tst_CaseDatabase::version5KeepsEveryAnswerWithItsTime_data()
{
    QTest::addColumn<int>("from");
    QTest::newRow("from 4") << 4;
    QTest::newRow("from 3 (through 4 in the same transaction)") << 3;
}

void tst_CaseDatabase::version5KeepsEveryAnswerWithItsTime()
{
    QFETCH(int, from);
    const QString path = freshPath();
    const QString answers = QStringLiteral("SELECT ip, database_id, status, error, prefix_length, record, looked_up_at, record_offset"
                                           " FROM geo_results ORDER BY ip, database_id");
    QStringList before;
    {
        QSqlDatabase raw = rawCaseAt(path, from);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_databases VALUES (2, 'g', '/g', 'i', 'GeoLite2-ASN', 0, '', 'en', 6, 'now', 'me')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_records VALUES (1, 77, '{\"city\":{\"names\":{\"en\":\"London\"}}}')")));
        // A found answer pointing at its record, a record stored inline before version 3, a
        // failure, and an address no event uses any more; two runs at different times.
        for (const char *values : {"('1.2.3.4', 1, 'found', NULL, 24, '{}', '2026-01-01T10:00:00Z', 77)",
                                   "('1.2.3.4', 2, 'found', NULL, 16, '{\"autonomous_system_number\":1221}', '2026-02-01T10:00:00Z', NULL)",
                                   "('9.9.9.9', 1, 'failed', 'corrupt record', NULL, '{}', '2026-01-01T10:00:00Z', NULL)",
                                   "('9.9.9.9', 2, 'not-found', NULL, NULL, '{}', '2026-02-01T10:00:00Z', NULL)"}) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_results (ip, database_id, status, error, prefix_length, record,"
                                          " looked_up_at, record_offset) VALUES %1").arg(QLatin1String(values))));
        }
        before = rows(raw, answers);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), CaseSchema::latestVersion());
    QSqlDatabase sql = db->db();
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(rows(sql, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    // Every answer reads back exactly as version 4 stored it, through the view of the same name.
    QCOMPARE(before.size(), 4);
    QCOMPARE(rows(sql, answers), before);
    QCOMPARE(rows(sql, QStringLiteral("SELECT ip FROM client_ips ORDER BY id")), QStringList({u"1.2.3.4"_qs, u"9.9.9.9"_qs}));
    QCOMPARE(rows(sql, QStringLiteral("SELECT database_id, looked_up_at FROM geo_runs ORDER BY id")),
             QStringList({u"1|2026-01-01T10:00:00Z"_qs, u"2|2026-02-01T10:00:00Z"_qs}));
    QCOMPARE(rows(sql, QStringLiteral("SELECT count(*), count(record) FROM geo_answers")), QStringList{u"4|1"_qs});
    // The answers' constraints: a known status, and a run of the answer's own database.
    QSqlQuery q(sql);
    const QString insert = QStringLiteral("INSERT INTO geo_answers (ip_id, database_id, run_id, status) VALUES (%1, %2, %3, '%4')");
    QVERIFY(!q.exec(insert.arg(3).arg(1).arg(1).arg(QStringLiteral("unknown"))));
    QVERIFY(!q.exec(insert.arg(3).arg(1).arg(2).arg(QStringLiteral("found"))));   // run 2 asked database 2
    QVERIFY(!q.exec(insert.arg(1).arg(1).arg(1).arg(QStringLiteral("found"))));   // one answer per IP and database
    QVERIFY(q.exec(insert.arg(3).arg(1).arg(1).arg(QStringLiteral("not-found"))));
}

void tst_CaseDatabase::version6StoresEachAddressOnceKeepingItsWriting()
{
    const QString path = freshPath();
    {
        // As version 5's importer left a case: each spelling of an address in client_ips, with
        // its own geolocation answers. Event 1 (from rawCaseAt) came from 1.2.3.4.
        QSqlDatabase raw = rawCaseAt(path, 5);
        QSqlQuery q(raw);
        const QStringList setup{
            u"INSERT INTO geo_databases VALUES (2, 'g', '/g', 'i', 'GeoLite2-ASN', 0, '', 'en', 6, 'now', 'me')"_qs,
            u"INSERT INTO geo_runs VALUES (1, 1, 't1'), (2, 2, 't2')"_qs,
            u"INSERT INTO geo_records VALUES (1, 77, '{}')"_qs,
            u"INSERT INTO client_ips VALUES (1, '1.2.3.4'), (2, '::ffff:1.2.3.4'), (3, '2001:0DB8::1'),"
            " (4, '2001:db8:0:0::1'), (5, 'n/a'), (7, '1.2.3.4:443')"_qs,
            u"INSERT INTO geo_answers (ip_id, database_id, run_id, status, error, record_offset) VALUES"
            " (1, 1, 1, 'found', NULL, 77), (2, 1, 1, 'not-found', NULL, NULL), (2, 2, 2, 'found', NULL, NULL),"
            " (3, 1, 1, 'not-found', NULL, NULL), (4, 1, 1, 'failed', 'x', NULL), (5, 1, 1, 'failed', 'not an IP address', NULL)"_qs,
        };
        for (const QString &statement : setup)
            QVERIFY2(q.exec(statement), qPrintable(statement));
        for (const char *ip : {"'::ffff:1.2.3.4'", "'2001:0DB8::1'", "'2001:db8:0:0::1'", "'n/a'", "NULL", "'1.2.3.4:443'"}) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id,"
                                          " initiator_raw, counterpart_id, client_ip, source_id, line, raw) VALUES ('lookup',"
                                          " 's', 0, 't', 'UTC', 1, 'a', 1, %1, 1, 1, 'r')").arg(QLatin1String(ip))));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QSqlDatabase sql = db->db();
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(rows(sql, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    // Each event names the address; what the provider wrote stays where it differs.
    QCOMPARE(rows(sql, QStringLiteral("SELECT id, client_ip, client_ip_raw, client_port FROM events ORDER BY id")),
             QStringList({u"1|1.2.3.4|NULL|NULL"_qs, u"2|1.2.3.4|::ffff:1.2.3.4|NULL"_qs,
                          u"3|2001:db8::1|2001:0DB8::1|NULL"_qs, u"4|2001:db8::1|2001:db8:0:0::1|NULL"_qs,
                          u"5|n/a|NULL|NULL"_qs, u"6|NULL|NULL|NULL"_qs, u"7|1.2.3.4|1.2.3.4:443|443"_qs}));
    // One row per address; an address first met in the new form gets a row of its own.
    QCOMPARE(rows(sql, QStringLiteral("SELECT id, ip FROM client_ips ORDER BY id")),
             QStringList({u"1|1.2.3.4"_qs, u"5|n/a"_qs, u"8|2001:db8::1"_qs}));
    // The address keeps its own answers; a spelling's answer fills a database the address lacked.
    QCOMPARE(rows(sql, QStringLiteral("SELECT ip_id, database_id, run_id, status, coalesce(error, ''),"
                                      " coalesce(record_offset, '') FROM geo_answers ORDER BY ip_id, database_id")),
             QStringList({u"1|1|1|found||77"_qs, u"1|2|2|found||"_qs, u"5|1|1|failed|not an IP address|"_qs,
                          u"8|1|1|not-found||"_qs}));
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("SELECT count(*) FROM events INDEXED BY events_by_client_ip"
                                                     " WHERE client_ip = '2001:db8::1'")).toInt(), 2);
}

void tst_CaseDatabase::version7CountsEachSourcesEventsByClass()
{
    // Sources imported before version 7 get their accepted rows counted by class from their
    // events: source 1 holds a lookup (rawCaseAt's) and two communications, source 2 a
    // connection; a duplicate's occurrence is not an event of the source it appeared in.
    const QString path = freshPath();
    {
        QSqlDatabase raw = rawCaseAt(path, 6);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sources (id, file_name, file_path, file_size, sha256, imported_at,"
                                      " imported_by, format, time_zone, zone_declared, importer_version) VALUES (2, 'g',"
                                      " '/g', 1, '%1', 'now', 'me', 'x', 'UTC', 0, 'v')").arg(QString(64, u'1'))));
        const QString event = QStringLiteral("INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id,"
                                             " initiator_raw, counterpart_id, source_id, line, raw) VALUES ('%1', 's', 0, 't',"
                                             " 'UTC', 1, 'a', %2, %3, %4, 'r')");
        QVERIFY(q.exec(event.arg(u"communication"_qs, u"1"_qs, u"1"_qs, u"2"_qs)));
        QVERIFY(q.exec(event.arg(u"communication"_qs, u"1"_qs, u"1"_qs, u"3"_qs)));
        QVERIFY(q.exec(event.arg(u"connection"_qs, u"NULL"_qs, u"2"_qs, u"1"_qs)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO event_occurrences (event_id, source_id, line, raw) VALUES (1, 2, 2, 'r')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    QCOMPARE(sources.size(), 2);
    QCOMPARE(sources.at(0).acceptedByClass, (ClassCounts{1, 2, 0}));
    QCOMPARE(sources.at(1).acceptedByClass, (ClassCounts{0, 0, 1}));
    // Version 8: a source from before is the whole of its file, named as before everywhere.
    QCOMPARE(rows(db->db(), QStringLiteral("SELECT id, coalesce(part, '-') FROM sources")), (QStringList{u"1|-"_qs, u"2|-"_qs}));
    QCOMPARE(sources.at(1).shownName(), u"g"_qs);
    QCOMPARE(CaseQueries(db->db()).provenance(4)->event.sourceName, u"g"_qs); // the connection
}

std::unique_ptr<CaseDatabase> tst_CaseDatabase::upgradedWithHandles(int version, const QString &values, const QString &refusedKind)
{
    const QString path = freshPath();
    bool stored = false;
    bool refused = false;
    {
        QSqlDatabase raw = rawCaseAt(path, version);
        QSqlQuery q(raw);
        stored = q.exec(QStringLiteral("INSERT INTO handles VALUES ") + values);
        // The version refused the kind, as its constraint said.
        refused = !q.exec(QStringLiteral("INSERT INTO handles VALUES (99, 'x', '%1', 'not-a-phone-number')").arg(refusedKind));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    auto db = stored && refused ? CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error) : nullptr;
    const bool whole = db && TestSupport::scalar(db->db(), QStringLiteral("PRAGMA integrity_check")).toString() == u"ok";
    if (!stored || !refused || !whole)
        QTest::qFail(qPrintable(QStringLiteral("stored %1, refused %2: %3").arg(stored).arg(refused).arg(error)), __FILE__, __LINE__);
    return whole ? std::move(db) : nullptr;
}

void tst_CaseDatabase::version9KeepsWithheldNumbersApart()
{
    // Handles stored before version 9 as 'other': the words for a withheld number become kind
    // 'withheld', their text unchanged; a name, an account and a number stay what they were.
    const auto db = upgradedWithHandles(8,
                                        u"(2, 'Anonymous', 'other', 'not-a-phone-number'),"
                                        " (3, 'PRIVATE_NUMBER', 'other', 'not-a-phone-number'),"
                                        " (4, 'anonymous@anonymous.invalid', 'email', 'not-a-phone-number'),"
                                        " (5, 'Private Line Ltd', 'other', 'not-a-phone-number'),"
                                        " (6, 'anonymous@example.com', 'email', 'not-a-phone-number')"_qs,
                                        u"withheld"_qs);
    QVERIFY(db);
    QSqlDatabase sql = db->db();
    QCOMPARE(rows(sql, QStringLiteral("SELECT id, normalized, kind FROM handles ORDER BY id")),
             (QStringList{u"1|+12025550143|phone"_qs, u"2|Anonymous|withheld"_qs, u"3|PRIVATE_NUMBER|withheld"_qs,
                          u"4|anonymous@anonymous.invalid|withheld"_qs, u"5|Private Line Ltd|other"_qs,
                          u"6|anonymous@example.com|email"_qs}));
    QSqlQuery q(sql);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO handles VALUES (7, 'Unbekannt', 'withheld', 'not-a-phone-number')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO handles VALUES (8, 'x', 'nobody', 'not-a-phone-number')")));
}

void tst_CaseDatabase::version10KeepsMaskedPartiesApart()
{
    // Handles stored before version 10: a number or address with characters hidden, and a
    // redaction's word, become kind 'masked', their text unchanged; a code dialled, an account
    // and a withheld number's words stay what they were; "Hidden", caller ID's word since this
    // version, is read as one.
    const auto db = upgradedWithHandles(9,
                                        u"(2, '+49171*****12', 'other', 'not-a-phone-number'),"
                                        " (3, '202-555-XXXX', 'other', 'not-a-phone-number'),"
                                        " (4, 'j***@example.com', 'email', 'not-a-phone-number'),"
                                        " (5, '[REDACTED]', 'other', 'not-a-phone-number'),"
                                        " (6, '*100#', 'other', 'not-a-phone-number'),"
                                        " (7, 'xxx@example.com', 'email', 'not-a-phone-number'),"
                                        " (8, 'Anonymous', 'withheld', 'not-a-phone-number'),"
                                        " (9, 'Hidden', 'other', 'not-a-phone-number'),"
                                        " (10, '+1 202 555...', 'phone', 'possible-not-valid')"_qs,
                                        u"masked"_qs);
    QVERIFY(db);
    QSqlDatabase sql = db->db();
    QCOMPARE(rows(sql, QStringLiteral("SELECT id, normalized, kind FROM handles ORDER BY id")),
             (QStringList{u"1|+12025550143|phone"_qs, u"2|+49171*****12|masked"_qs, u"3|202-555-XXXX|masked"_qs,
                          u"4|j***@example.com|masked"_qs, u"5|[REDACTED]|masked"_qs, u"6|*100#|other"_qs,
                          u"7|xxx@example.com|email"_qs, u"8|Anonymous|withheld"_qs, u"9|Hidden|withheld"_qs,
                          u"10|+1 202 555...|masked"_qs}));
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("SELECT validity FROM handles WHERE id = 10")).toString(),
             QStringLiteral("not-a-phone-number")); // as a new import reads it
    QSqlQuery q(sql);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO handles VALUES (11, '***', 'masked', 'not-a-phone-number')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO handles VALUES (12, 'Private', 'withheld', 'not-a-phone-number')")));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO handles VALUES (13, 'x', 'nobody', 'not-a-phone-number')")));
}

void tst_CaseDatabase::version12MeasuresEachSourcesRecords()
{
    // Sources imported before version 12 get the times of their first and last record from
    // their events and from the records they repeated (a duplicate's time is its event's);
    // a source with no record gets none.
    const QString path = freshPath();
    {
        QSqlDatabase raw = rawCaseAt(path, 11); // source 1 holds rawCaseAt's event, at 0 ms
        QSqlQuery q(raw);
        const QString source = QStringLiteral("INSERT INTO sources (id, file_name, file_path, file_size, sha256, imported_at,"
                                              " imported_by, format, time_zone, zone_declared, importer_version) VALUES (%1,"
                                              " 'g', '/g', 1, '%2', 'now', 'me', 'x', 'UTC', 0, 'v')");
        QVERIFY(q.exec(source.arg(2).arg(QString(64, u'1'))));
        QVERIFY(q.exec(source.arg(3).arg(QString(64, u'2'))));
        const QString event = QStringLiteral("INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id,"
                                             " initiator_raw, counterpart_id, source_id, line, raw) VALUES ('lookup', 's', %1,"
                                             " 't', 'UTC', 1, 'a', 1, %2, %3, 'r')");
        QVERIFY(q.exec(event.arg(5000).arg(1).arg(2)));
        QVERIFY(q.exec(event.arg(9000).arg(2).arg(1)));
        QVERIFY(q.exec(event.arg(7000).arg(2).arg(2)));
        // Source 2 repeated source 1's record at 0 ms: its records reach back to it.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO event_occurrences (event_id, source_id, line, raw) VALUES (1, 2, 3, 'r')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(rows(db->db(), QStringLiteral("SELECT id, coalesce(records_first_ms, '-'), coalesce(records_last_ms, '-')"
                                           " FROM sources ORDER BY id")),
             (QStringList{u"1|0|5000"_qs, u"2|0|9000"_qs, u"3|-|-"_qs}));
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    QCOMPARE(sources.at(1).recordsFirstMs, std::optional<qint64>(0));
    QCOMPARE(sources.at(1).recordsLastMs, std::optional<qint64>(9000));
    QVERIFY(!sources.at(2).recordsFirstMs && !sources.at(2).recordsLastMs);

    // An import measures its sources as it writes their rows; the step measures them from the
    // case to the same times (three returns, the second repeating four of the first's records).
    const QString imported = freshPath();
    QVERIFY(TestSupport::importedCase(imported, {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs,
                                                 u"ids/ids-later-return.csv"_qs}));
    const QString spans = u"SELECT id, records_first_ms, records_last_ms FROM sources ORDER BY id"_qs;
    QStringList asImported;
    {
        auto fresh = CaseDatabase::open(imported, CaseDatabase::Access::ReadWrite, &error);
        QVERIFY2(fresh, qPrintable(error));
        asImported = rows(fresh->db(), spans);
        QSqlQuery q(fresh->db());
        QVERIFY(q.exec(u"ALTER TABLE sources DROP COLUMN records_first_ms"_qs));
        QVERIFY(q.exec(u"ALTER TABLE sources DROP COLUMN records_last_ms"_qs));
        QVERIFY(q.exec(u"PRAGMA user_version = 11"_qs));
    }
    QCOMPARE(asImported, (QStringList{u"1|1472840525000|1473251415000"_qs, u"2|1472886073000|1473457202000"_qs,
                                      u"3|1475492740000|1476254700000"_qs}));
    const auto upgraded = CaseDatabase::open(imported, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(upgraded, qPrintable(error));
    QCOMPARE(rows(upgraded->db(), spans), asImported);
}

void tst_CaseDatabase::refusesWhatIsNotACase()
{
    QString error;
    QVERIFY(!CaseDatabase::open(m_dir.filePath(QStringLiteral("missing.llcase")), CaseDatabase::Access::ReadWrite, &error));
    QVERIFY(error.contains(QStringLiteral("no such case")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.llcase"))));

    const QString garbage = m_dir.filePath(QStringLiteral("garbage.llcase"));
    QFile file(garbage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    QVERIFY(!CaseDatabase::open(garbage, CaseDatabase::Access::ReadWrite, &error));
    QVERIFY(error.contains(QStringLiteral("not a")));
    QFile check(garbage);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray(4096, 'z'));

    const QString otherDb = m_dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        raw.setDatabaseName(otherDb);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE t (x)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    QVERIFY(!CaseDatabase::open(otherDb, CaseDatabase::Access::ReadWrite, &error));
    QVERIFY(error.contains(QStringLiteral("not a LookupLens case")));
}

void tst_CaseDatabase::readingAnOlderCaseOnlyLeavesItAsItIs()
{
    // Reading only (a dry run) cannot upgrade the case: it says so and how, and changes nothing.
    const QString path = freshPath();
    {
        QSqlDatabase raw = rawCaseAt(path, CaseSchema::latestVersion() - 1);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto bytes = [&path]() {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = bytes();
    QString error;
    QVERIFY(!CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error));
    QCOMPARE(bytes(), before);
    QCOMPARE(error, QStringLiteral("%1: the case needs an upgrade from schema %2, which reading it only cannot make; open "
                                   "it once in LookupLens or with a lookuplens-cli command other than a dry run")
                        .arg(path)
                        .arg(CaseSchema::latestVersion() - 1));
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), CaseSchema::latestVersion());
}

void tst_CaseDatabase::refusesNewerSchema()
{
    const QString path = freshPath();
    QString error;
    {
        const auto db = CaseDatabase::create(path, QStringLiteral("US"), &error);
        QSqlQuery(db->db()).exec(QStringLiteral("PRAGMA user_version = %1").arg(CaseSchema::latestVersion() + 1));
    }
    QVERIFY(!CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error));
    QVERIFY(error.contains(QStringLiteral("newer")));
}

void tst_CaseDatabase::createRefusesExistingFile()
{
    const QString path = freshPath();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    QString error;
    QVERIFY(!CaseDatabase::create(path, QStringLiteral("US"), &error));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("keep me"));
}

void tst_CaseDatabase::theFilesACaseWasBuiltFromAreNeverToBeWritten()
{
    // Its evidence (a file, and the archive a file came out of) and its GeoIP databases, however
    // their path is spelt; no other file.
    QTemporaryDir dir;
    const auto db = TestSupport::importedCase(dir.filePath(QStringLiteral("inputs.llcase")),
                                              {u"ids/ids-bad-rows.csv"_qs, u"whatsapp/delivery-1.zip"_qs});
    QVERIFY(db);
    const QString csv = TestSupport::dataPath(QStringLiteral("ids/ids-bad-rows.csv"));
    const QString evidence = u"ids-bad-rows.csv is evidence imported into this case; it is never overwritten."_qs;
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), csv), evidence);
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), QFileInfo(csv).absolutePath() + u"/../ids/./ids-bad-rows.csv"_qs), evidence);
    const QString link = dir.filePath(QStringLiteral("linked.csv"));
    QVERIFY(QFile::link(csv, link));
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), link),
             u"linked.csv is evidence imported into this case; it is never overwritten."_qs);
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), TestSupport::dataPath(QStringLiteral("whatsapp/delivery-1.zip"))),
             u"delivery-1.zip is evidence imported into this case; it is never overwritten."_qs);
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), TestSupport::dataPath(QStringLiteral("ids/ids-sample.csv"))), QString());
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), dir.filePath(QStringLiteral("export.csv"))), QString());
    QCOMPARE(CaseInputs::whyNeverWritten(db->db(), QString()), QString());

    const QString demo = dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(demo, &error), qPrintable(error));
    const auto demoDb = CaseDatabase::open(demo, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(demoDb, qPrintable(error));
    QCOMPARE(CaseInputs::whyNeverWritten(demoDb->db(), demo + u"-geoip/GeoIP2-City-Test.mmdb"_qs),
             u"GeoIP2-City-Test.mmdb is a GeoIP database this case's places were read from; it is never overwritten."_qs);
    QCOMPARE(CaseInputs::whyNeverWritten(demoDb->db(), csv), QString()); // another case's evidence
}

void tst_CaseDatabase::infoRoundTrip()
{
    QString error;
    const QString path = freshPath();
    {
        const auto db = CaseDatabase::create(path, QStringLiteral("US"), &error);
        QVERIFY(db->setInfo(QStringLiteral("display_zone"), QStringLiteral("Europe/Berlin")));
    }
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->info(QStringLiteral("display_zone")), QStringLiteral("Europe/Berlin"));
}

void tst_CaseDatabase::aWaitingWriterGetsItsTurn()
{
    // One connection writes in a long series of transactions, as the raw-text index does;
    // another's single write (a label, a geolocation run) waits for one of them, not for the
    // whole series. With SQLite's own busy handler it waited for all 200 of them.
    QString error;
    const QString path = freshPath();
    QVERIFY2(CaseDatabase::create(path, QStringLiteral("US"), &error), qPrintable(error));
    std::atomic_bool otherWrote = false;
    std::atomic_int transactions = 0;
    QThread *series = QThread::create([&path, &otherWrote, &transactions]() {
        QString openError;
        const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &openError);
        QSqlQuery query(db->db());
        for (int i = 0; i < 200 && !otherWrote; ++i) {
            CaseWriters::yieldTurn();
            query.exec(QStringLiteral("BEGIN IMMEDIATE"));
            query.exec(QStringLiteral("INSERT OR REPLACE INTO case_info (key, value) VALUES ('series', '%1')").arg(i));
            QThread::msleep(20); // the work of one batch, holding the lock
            query.exec(QStringLiteral("COMMIT"));
            ++transactions;
        }
    });
    auto cleanup = qScopeGuard([series]() {
        series->wait();
        delete series;
    });
    series->start();
    QTRY_VERIFY(transactions > 0);
    const auto other = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(other, qPrintable(error));
    const int before = transactions;
    QVERIFY(other->setInfo(QStringLiteral("label"), QStringLiteral("written")));
    otherWrote = true;
    QVERIFY2(transactions - before <= 10, qPrintable(QString::number(transactions - before)));
    QCOMPARE(other->info(QStringLiteral("label")), QStringLiteral("written"));
}

QTEST_GUILESS_MAIN(tst_CaseDatabase)
#include "tst_casedatabase.moc"
