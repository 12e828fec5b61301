#include "casedatabase.h"
#include "caseschema.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_CaseDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsLatestSchema();
    void schemaRefusesMixedUpClasses();
    void migratesFromEveryEarlierVersion();
    void version4KeepsRowsAndRefusesTheSameValues();
    void refusesWhatIsNotACase();
    void refusesNewerSchema();
    void createRefusesExistingFile();
    void infoRoundTrip();

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("case%1.llcase").arg(++m_counter)); }
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

void tst_CaseDatabase::version4KeepsRowsAndRefusesTheSameValues()
{
    const QString path = freshPath();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        q.exec(QStringLiteral("PRAGMA application_id = %1").arg(CaseSchema::ApplicationId));
        QString error;
        QVERIFY2(CaseDatabase::migrate(raw, 3, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO handles VALUES (1, '+12025550143', 'phone', 'valid')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sources (id, file_name, file_path, file_size, sha256, imported_at, imported_by,"
                                      " format, time_zone, zone_declared, importer_version) VALUES (1, 'f', '/f', 1, '%1',"
                                      " 'now', 'me', 'x', 'UTC', 0, 'v')").arg(QString(64, u'0'))));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id, initiator_raw,"
                                      " counterpart_id, source_id, line, raw) VALUES ('lookup', 's', 0, 't', 'UTC', 1, 'a', 1, 1, 1, 'r')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_databases VALUES (1, 'f', '/f', 'h', 'GeoIP2-City', 0, '', 'en', 6, 'now', 'me')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO geo_results (ip, database_id, status, looked_up_at) VALUES ('1.2.3.4', 1, 'not-found', 'now')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->schemaVersion(), 4);
    QSqlDatabase sql = db->db();
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("SELECT count(*) FROM events WHERE class = 'lookup'")).toInt(), 1);
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("SELECT status FROM geo_results")).toString(), QStringLiteral("not-found"));
    // No three-value IN list is left in any table definition; the OR chains stand in their place.
    QCOMPARE(TestSupport::scalar(sql, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                                     " AND sql LIKE '%IN (''%'', ''%'', ''%'')%'")).toInt(), 0);
    QVERIFY(TestSupport::scalar(sql, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'events'")).toString().contains(
        QStringLiteral("CHECK (class = 'lookup' OR class = 'communication' OR class = 'connection')")));
    // The same values are refused as before.
    QSqlQuery q(sql);
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

QTEST_GUILESS_MAIN(tst_CaseDatabase)
#include "tst_casedatabase.moc"
