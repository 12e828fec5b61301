#include "casedatabase.h"
#include "casequeries.h"
#include "caseschema.h"
#include "eventwriter.h"
#include "referencecheck.h"
#include "importjob.h"
#include "importsuite.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using TestSupport::dataPath;
using TestSupport::scalar;

/// A large import's own way of writing: indexes dropped and sorted at the end, references
/// checked once before the commit, a new case written once and returned to WAL.
class tst_BulkImport : public ImportSuite
{
    Q_OBJECT
private slots:
    void indexesAreRebuiltWhenTheImportIsLargeBesideTheCase();
    void referenceCheckFindsWhatForeignKeysRefuse();
    void bulkImportIntoACaseWithABrokenReferenceSavesNothing();
    void earlierSourcesDuplicateLookupUsesThePartialIndex();
    void bulkImportRebuildsTheSameIndexes();
    void bulkImportIntoANewCaseStillFindsDuplicates();
    void bulkImportLinksTheDuplicatesAnImportRowByRowLinks();
    void cancelledBulkImportKeepsIndexes();
    void aCancelDuringTheIndexRebuildIsACancel();
    void bulkImportIntoANewCaseWritesItOnceThenReturnsToWal();
    void cancelledBulkImportIntoANewCaseLeavesNoFile();
    void writableOpenRestoresWal();
};

void tst_BulkImport::referenceCheckFindsWhatForeignKeysRefuse()
{
    // A bulk import checks references once before it commits: the check must find each kind of
    // broken reference SQLite's per-row checks would have refused.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QVERIFY(db);
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QString error;
    QCOMPARE(ReferenceCheck::firstBroken(db->db(), &error), std::nullopt);
    QVERIFY(error.isEmpty());
    const QList<QPair<QString, QString>> breakages{
        {QStringLiteral("UPDATE events SET counterpart_id = 990 WHERE line IN (10, 11)"),
         QStringLiteral("events.counterpart_id: 1 value(s) not in handles.id")},
        {QStringLiteral("UPDATE events SET source_id = 7 WHERE line = 12"), QStringLiteral("events.source_id: 1 value(s) not in sources.id")},
        {QStringLiteral("INSERT INTO handle_spellings VALUES (991, 'x'), (992, 'y')"),
         QStringLiteral("handle_spellings.handle_id: 2 value(s) not in handles.id")},
        {QStringLiteral("INSERT INTO event_occurrences (event_id, source_id, line, raw) VALUES (993, 1, 1, 'r')"),
         QStringLiteral("event_occurrences.event_id: 1 value(s) not in events.id")},
        // A key of two columns: SQLite's own check names the table and the row.
        {QStringLiteral("INSERT INTO geo_databases (id, file_name, file_path, sha256, database_type, build_epoch, description,"
                        " languages, ip_version, added_at, added_by) VALUES (1, 'g', '/g', 'h', 't', 0, 'd', 'en', 6, 'now', 'me');"
                        " INSERT INTO geo_runs VALUES (1, 1, 'now');"),
         QString()},
        {QStringLiteral("INSERT INTO geo_answers (ip_id, database_id, run_id, status) VALUES (1, 1, 5, 'found')"),
         QStringLiteral("geo_answers: a row names no row of geo_runs")},
    };
    for (const auto &[breakage, expected] : breakages) {
        for (const QString &statement : breakage.split(u';', Qt::SkipEmptyParts))
            QVERIFY2(q.exec(statement), qPrintable(statement + q.lastError().text()));
        const auto broken = ReferenceCheck::firstBroken(db->db(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(broken.value_or(QString()), expected);
        // Mend it (the statement's rows are the only broken ones) before the next breakage.
        if (!expected.isEmpty())
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next());
        q.exec(QStringLiteral("UPDATE events SET counterpart_id = initiator_id WHERE counterpart_id = 990"));
        q.exec(QStringLiteral("UPDATE events SET source_id = 1 WHERE source_id = 7"));
        q.exec(QStringLiteral("DELETE FROM handle_spellings WHERE handle_id > 990"));
        q.exec(QStringLiteral("DELETE FROM event_occurrences WHERE event_id = 993"));
        q.exec(QStringLiteral("DELETE FROM geo_answers"));
    }
    QCOMPARE(ReferenceCheck::firstBroken(db->db(), &error), std::nullopt);
}

void tst_BulkImport::bulkImportRebuildsTheSameIndexes()
{
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    const QStringList before = TestSupport::indexSql(casePath);
    QVERIFY(before.size() >= 5);
    ImportParams params = bulkParams(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))});
    QVERIFY(ImportJob::run(params).allOk());
    QCOMPARE(TestSupport::indexSql(casePath), before);
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // Line 10 of ids-sample.csv is the same record as line 5 of ids-bad-rows.csv: linked, not counted twice.
    QCOMPARE(CaseQueries(db->db()).stats().events, 8);
    QCOMPARE(CaseQueries(db->db()).stats().duplicates, 1);
}

void tst_BulkImport::bulkImportIntoANewCaseStillFindsDuplicates()
{
    // The first file into an empty case goes in without the dedupe index; the second file of
    // the same job, and every delivery of a WhatsApp return, must still find their repeats.
    const QString normal = newCasePath();
    QVERIFY(importInto(normal, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    for (const QStringList &files : {QStringList{dataPath(QStringLiteral("ids/ids-bad-rows.csv")), dataPath(QStringLiteral("ids/ids-sample.csv"))},
                                     QStringList{dataPath(QStringLiteral("whatsapp/return.zip"))}}) {
        const QString casePath = newCasePath();
        ImportParams params = bulkParams(casePath, files);
        const ImportResult result = ImportJob::run(params);
        QVERIFY2(result.allOk(), qPrintable(result.error + result.files.value(0).error));
        QCOMPARE(TestSupport::indexSql(casePath), TestSupport::indexSql(normal));
        const auto db = openCase(casePath);
        QVERIFY(db);
        QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QSqlQuery fk(db->db()); // written without per-row foreign-key checks
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!fk.next());
        const CaseStats stats = CaseQueries(db->db()).stats();
        QCOMPARE(stats.duplicates, files.size() == 2 ? 1 : 5);
        QCOMPARE(stats.events, 8); // 8 distinct IDS records; A, B×3, C, call X and two logins
    }
}

namespace {

/// Every event and every link of a case, by id: what two ways of writing must agree on.
QStringList eventsAndLinks(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT 'event', id, source_id, line, utc_ms FROM events UNION ALL"
                          " SELECT o.kind, o.event_id, o.source_id, o.line, NULL FROM event_occurrences o ORDER BY 1, 2, 3, 4"));
    while (q.next()) {
        rows.append(QStringLiteral("%1 %2 source %3 line %4 %5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString()));
    }
    return rows;
}

} // namespace

void tst_BulkImport::bulkImportLinksTheDuplicatesAnImportRowByRowLinks()
{
    // A bulk import looks its files' records up in the keys of the files it kept (the dedupe
    // index is rebuilt only at its end), and in the case's earlier sources by their partial
    // index. Both ways must link the same records to the same events: a repeat of the case's
    // (line 10 of ids-sample.csv), of an earlier file of the job, a record repeated within a
    // file (each earlier event claimed once), and none of a file rolled back (the workbook's
    // worksheet fails its CRC after its rows, the same as ids-sample.csv's, were written).
    // The last file keeps no keys in memory: its second worksheet of calls, repeating a call of
    // its first, finds it by the keys read from the case when that worksheet begins.
    const QString header = QStringLiteral("Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices,User Agent\n");
    const QString row = QStringLiteral("2016-09-10 08:00:00,+12025550143,+14155550172,198.51.100.14,1,iPhone\n");
    const QString twice = m_dir.filePath(QStringLiteral("twice.csv"));
    const QString thrice = m_dir.filePath(QStringLiteral("thrice.csv"));
    TestSupport::writeFile(twice, (header + row + row).toUtf8());
    TestSupport::writeFile(thrice, (header + row + row + row).toUtf8());
    const QStringList files{dataPath(u"ids/ids-bad-crc.xlsx"_qs), dataPath(u"ids/ids-sample.csv"_qs), twice,
                            dataPath(u"ids/ids-sample-next-return.csv"_qs), thrice, dataPath(u"xlsx/return-sheets.xlsx"_qs)};
    // In bulk, the case's keys are held in memory with the import's, or (a case too large to
    // hold) looked up through a partial index of the earlier sources' keys.
    QStringList linked[3];
    for (const int mode : {0, 1, 2}) {
        const bool bulk = mode > 0;
        const QString casePath = newCasePath();
        QVERIFY(importInto(casePath, {dataPath(u"ids/ids-bad-rows.csv"_qs)}, u"UTC"_qs).allOk());
        ImportParams params = bulkParams(casePath, files);
        if (!bulk)
            params.bulkThresholdBytes = std::numeric_limits<qint64>::max();
        params.mostEventsHeldBefore = mode == 2 ? 0 : params.mostEventsHeldBefore;
        const ImportResult result = ImportJob::run(params);
        QCOMPARE(result.rebuiltIndexes, bulk);
        QVERIFY(!result.files.at(0).ok);
        for (qsizetype i = 1; i < files.size(); ++i)
            QVERIFY2(result.files.at(i).ok, qPrintable(result.files.at(i).error));
        QCOMPARE(result.files.at(1).duplicate, 1); // line 10, as line 5 of ids-bad-rows.csv
        QCOMPARE(result.files.at(2).accepted, 2);  // the same record twice in one file: two events
        QCOMPARE(result.files.at(3).duplicate, 4);
        QCOMPARE(result.files.at(4).duplicate, 2); // each of the two claimed once
        QCOMPARE(result.files.at(4).accepted, 1);
        QCOMPARE(result.files.at(5).duplicate, 2); // a call of its first worksheet, a lookup of ids-sample.csv
        QCOMPARE(result.files.at(5).accepted, 3);
        const auto db = openCase(casePath);
        QVERIFY(db);
        linked[mode] = eventsAndLinks(db->db());
    }
    QCOMPARE(linked[1], linked[0]);
    QCOMPARE(linked[2], linked[0]);
}

void tst_BulkImport::cancelledBulkImportKeepsIndexes()
{
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    const QStringList before = TestSupport::indexSql(casePath);
    ImportParams params = bulkParams(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))});
    // Cancelled at the file's first report, the indexes dropped by then (inside the job's
    // transaction, unseen from here): the rollback brings them back.
    const ImportResult result = ImportJob::run(params, [](const ImportProgress &progress) {
        return progress.stage == ImportProgress::Stage::Opening;
    });
    QVERIFY(result.cancelled);
    QCOMPARE(TestSupport::indexSql(casePath), before);
}

void tst_BulkImport::aCancelDuringTheIndexRebuildIsACancel()
{
    // Cancelled once every row is read, while the indexes are rebuilt (a minute for a large
    // case): the window said "cannot rebuild the indexes: interrupted" and "Imported 5,000
    // lookups" of a case left as it was. It is a cancel; nothing failed and nothing is saved.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    const QStringList before = TestSupport::snapshot(casePath);
    QByteArray rows("Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    for (int i = 0; i < 5000; ++i)
        rows += QStringLiteral("2016-09-%1 10:%2:%3,+1202555%4,+1312555%5,198.51.100.%6,1\n")
                    .arg(1 + i / 3600 % 28, 2, 10, QLatin1Char('0'))
                    .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .arg((i * 7) % 10000, 4, 10, QLatin1Char('0'))
                    .arg(i % 250)
                    .toUtf8();
    const ImportParams params = bulkParams(casePath, {writeFile(u"rebuilt.csv"_qs, rows)});
    int finishingReports = 0;
    const ImportResult result = ImportJob::run(params, [&finishingReports](const ImportProgress &progress) {
        if (progress.stage != ImportProgress::Stage::Finishing)
            return true;
        // The stage is said as it begins; the cancel comes with a report from inside the
        // rebuild, made once the last is 100 ms old.
        if (++finishingReports == 1)
            QThread::msleep(150);
        return finishingReports == 1;
    });
    QVERIFY(finishingReports > 1);
    QVERIFY(result.cancelled);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.files.size(), 1);
    QVERIFY(!result.files.first().ok); // read whole, but none of it saved
    QCOMPARE(TestSupport::snapshot(casePath), before);
}

void tst_BulkImport::bulkImportIntoANewCaseWritesItOnceThenReturnsToWal()
{
    // A case the job creates takes its first bulk import through a rollback journal (pages
    // written once, no WAL to copy back), and is in WAL mode again for the GUI's readers after.
    const QString casePath = newCasePath();
    ImportParams params = bulkParams(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))});
    bool journalSeen = false;
    bool walSeen = false;
    const ImportResult result = ImportJob::run(params, [&](const ImportProgress &progress) {
        if (progress.stage == ImportProgress::Stage::Opening)
            return true; // the case is being made, in WAL mode until the job's transaction
        journalSeen = journalSeen || QFileInfo::exists(casePath + QStringLiteral("-journal"));
        walSeen = walSeen || QFileInfo::exists(casePath + QStringLiteral("-wal"));
        return true;
    });
    QVERIFY2(result.allOk(), qPrintable(result.error + result.files.value(0).error));
    QVERIFY(journalSeen);
    QVERIFY(!walSeen);
    QVERIFY(!QFileInfo::exists(casePath + QStringLiteral("-journal")));
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(CaseQueries(db->db()).stats().events, 6); // ids-sample.csv's six records
}

void tst_BulkImport::cancelledBulkImportIntoANewCaseLeavesNoFile()
{
    // Cancelled once the file is begun, with the new case's rollback journal in place; and at
    // the first report, said before the case is made.
    for (const bool atOnce : {false, true}) {
        const QString casePath = newCasePath();
        ImportParams params = bulkParams(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))});
        bool journalSeen = false;
        const ImportResult result = ImportJob::run(params, [&](const ImportProgress &progress) {
            if (!atOnce && progress.stage == ImportProgress::Stage::Opening)
                return true;
            journalSeen = QFileInfo::exists(casePath + QStringLiteral("-journal"));
            return false;
        });
        QCOMPARE(journalSeen, !atOnce);
        QVERIFY(result.cancelled);
        QVERIFY(result.files.isEmpty() || !result.files.first().ok);
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal")})
            QVERIFY2(!QFileInfo::exists(casePath + suffix), qPrintable(casePath + suffix));
    }
}

void tst_BulkImport::writableOpenRestoresWal()
{
    // What a crash during a new case's first bulk import leaves: a case in rollback-journal mode.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))}, QStringLiteral("UTC")).allOk());
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QVERIFY(db);
        QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA journal_mode = DELETE")).toString(), QStringLiteral("delete"));
    }
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void tst_BulkImport::bulkImportIntoACaseWithABrokenReferenceSavesNothing()
{
    // A case changed outside LookupLens with foreign keys off: the bulk import's check before
    // its commit finds the broken reference, and the import rolls back whole.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}, QStringLiteral("UTC")).allOk());
    {
        const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
        QVERIFY(db);
        QSqlQuery q(db->db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO handle_spellings VALUES (990, 'tampered')")));
    }
    const auto eventCount = [&casePath]() {
        const auto db = openCase(casePath);
        return scalar(db->db(), QStringLiteral("SELECT count(*) FROM events")).toInt();
    };
    const int eventsBefore = eventCount();
    const QStringList indexesBefore = TestSupport::indexSql(casePath);
    ImportParams params = bulkParams(casePath, {dataPath(QStringLiteral("ids/ids-sample.csv"))});
    const ImportResult result = ImportJob::run(params);
    QVERIFY(!result.allOk());
    QCOMPARE(result.error, casePath + QStringLiteral(": the import would leave a broken reference (handle_spellings.handle_id:"
                                                     " 1 value(s) not in handles.id); nothing was saved"));
    QCOMPARE(eventCount(), eventsBefore);
    QCOMPARE(TestSupport::indexSql(casePath), indexesBefore);
    const auto db = openCase(casePath);
    QVERIFY(db);
    QCOMPARE(scalar(db->db(), QStringLiteral("SELECT count(*) FROM sources")).toInt(), 1);
}

void tst_BulkImport::earlierSourcesDuplicateLookupUsesThePartialIndex()
{
    // A bulk import's first file looks for duplicates through a partial index of the earlier
    // sources' keys (its own rows do not enter it): without that index in the plan, every row
    // would scan the events table.
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}, QStringLiteral("UTC")).allOk());
    const auto db = openCase(casePath, CaseDatabase::Access::ReadWrite);
    QVERIFY(db);
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.exec(CaseSchema::earlierDedupeIndex(1).second));
    QVERIFY(q.exec(QStringLiteral("DROP INDEX ") + CaseSchema::dedupeIndex().first));
    QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + QString::fromLatin1(EventWriter::duplicateQuery(1))));
    q.addBindValue(QStringLiteral("key"));
    q.addBindValue(2);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    QVERIFY2(plan.join(u' ').contains(QStringLiteral("USING INDEX events_by_earlier_dedupe_key (dedupe_key=?)")),
             qPrintable(plan.join(u' ')));
    QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
}

void tst_BulkImport::indexesAreRebuiltWhenTheImportIsLargeBesideTheCase()
{
    // A large first import, and one a tenth of the case's files or more, sort the indexes once
    // at the end; a small file into a large case grows them row by row (into 1M events, 45,000
    // rows took 6.6 s grown and 11 s rebuilt). The minimum is lowered so the files stay small.
    const auto file = [this](const QString &name, int rows) {
        return TestSupport::writeIdsCsv(m_dir.filePath(name), rows, TestSupport::RowOrder::Time);
    };
    const QString large = file(QStringLiteral("large.csv"), 20000);
    const QString small = file(QStringLiteral("small.csv"), 1000);
    const QString tenth = file(QStringLiteral("tenth.csv"), 2500);
    const qint64 largeBytes = QFileInfo(large).size();
    QVERIFY(QFileInfo(small).size() * 10 < largeBytes);
    QVERIFY(QFileInfo(tenth).size() * 10 >= largeBytes + QFileInfo(small).size());
    const QString casePath = newCasePath();
    const auto importOne = [&casePath](const QString &csv, qint64 minimumBytes) {
        ImportParams params = bulkParams(casePath, {csv});
        params.bulkThresholdBytes = minimumBytes;
        return ImportJob::run(params);
    };
    const ImportResult below = importOne(small, QFileInfo(small).size() + 1);
    QVERIFY(below.allOk());
    QVERIFY(!below.rebuiltIndexes); // under the minimum, even into a case with nothing else
    ImportResult result = importOne(large, 1000);
    QVERIFY(result.allOk());
    QVERIFY(result.rebuiltIndexes);
    QCOMPARE(result.files.first().accepted, 19000); // the small file's 1,000 rows were there first
    result = importOne(tenth, 1000);
    QVERIFY(result.allOk());
    QVERIFY(result.rebuiltIndexes);
    QCOMPARE(result.files.first().duplicate, 2500);
    // The same small file's rows once more, with its name changed: too small beside the case.
    const QString again = m_dir.filePath(QStringLiteral("small-again.csv"));
    QVERIFY(QFile::copy(small, again));
    ImportParams params = bulkParams(casePath, {again});
    params.bulkThresholdBytes = 1000;
    params.allowDuplicate = true;
    result = ImportJob::run(params);
    QVERIFY(result.allOk());
    QVERIFY(!result.rebuiltIndexes);
    QCOMPARE(result.files.first().duplicate, 1000);
    // Either way the case ends with every index the schema names.
    const auto db = openCase(casePath);
    QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("SELECT count(*) FROM events")).toInt(), 20000);
    for (const auto &index : CaseSchema::bulkDeferrableIndexes())
        QCOMPARE(TestSupport::scalar(db->db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(index.first)).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_BulkImport)
#include "tst_bulkimport.moc"
