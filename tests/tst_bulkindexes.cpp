#include "bulkindexes.h"
#include "casedatabase.h"
#include "caseschema.h"
#include "importjob.h"
#include "jobrecords.h"
#include "storeddedupekeys.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::scalar;

class tst_BulkIndexes final : public QObject
{
    Q_OBJECT

private slots:
    void storedKeysFindEveryEventOfAKeyInIdOrder_data();
    void storedKeysFindEveryEventOfAKeyInIdOrder();
    void jobRecordsReadOnlyTheRowsStoredSince();
    void outOfOrder_data();
    void outOfOrder();
    void rowsInTimeOrderKeepTheTimeIndexesGrowing();
    void shuffledRowsHaveTheTimeIndexesRebuilt();
    void anIndexBroughtBackByASavepointIsNotBuiltTwice();
    void theCasesKeysStandInForTheDedupeIndexWhereFewEnough();

private:
    enum class Order
    {
        Time,
        Shuffled
    };
    QString writeIdsCsv(Order order);
    QString bulkImport(const QString &csv);
    QString freshCase();
    static QHash<QString, qint64> indexRowIds(const QString &casePath);
    QHash<QString, qint64> newCaseIndexRowIds();
    static QString integrityCheck(const QString &casePath);
    static QStringList eventsByTime(const QString &casePath);
    static QVariant indexSql(QSqlDatabase db);

    QTemporaryDir m_dir;
    int m_counter = 0;
};

namespace {
constexpr int Rows = 3000;
}

QString tst_BulkIndexes::freshCase()
{
    return m_dir.filePath(QStringLiteral("case%1.llcase").arg(++m_counter));
}

QString tst_BulkIndexes::writeIdsCsv(Order order)
{
    return TestSupport::writeIdsCsv(
        m_dir.filePath(QStringLiteral("ids%1.csv").arg(++m_counter)), Rows,
        order == Order::Shuffled ? TestSupport::RowOrder::Shuffled : TestSupport::RowOrder::Time);
}

QString tst_BulkIndexes::bulkImport(const QString &csv)
{
    ImportParams params;
    params.casePath = freshCase();
    params.files = {csv};
    params.timeZone = QStringLiteral("UTC");
    params.bulkThresholdBytes = 0;
    const ImportResult result = ImportJob::run(params);
    if (!result.allOk() || result.files.value(0).accepted != Rows) {
        qWarning("import failed: %s %s", qPrintable(result.error),
                 qPrintable(result.files.value(0).error));
        return {};
    }
    return params.casePath;
}

QHash<QString, qint64> tst_BulkIndexes::indexRowIds(const QString &casePath)
{
    // An index dropped and created again gets a new row in sqlite_master: its rowid tells
    // whether the import kept it growing or built it afresh.
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QHash<QString, qint64> result;
    if (!db)
        return result;
    QSqlQuery q(db->db());
    q.exec(QStringLiteral("SELECT name, rowid FROM sqlite_master WHERE type = 'index'"));
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toLongLong());
    return result;
}

QHash<QString, qint64> tst_BulkIndexes::newCaseIndexRowIds()
{
    QString error;
    const QString reference = freshCase();
    return CaseDatabase::create(reference, QStringLiteral("US"), &error) ? indexRowIds(reference)
                                                                         : QHash<QString, qint64>();
}

QString tst_BulkIndexes::integrityCheck(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? scalar(db->db(), QStringLiteral("PRAGMA integrity_check")).toString() : error;
}

QStringList tst_BulkIndexes::eventsByTime(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QStringList result;
    if (!db)
        return result;
    QSqlQuery q(db->db());
    q.exec(QStringLiteral(
        "SELECT e.utc_ms, i.normalized, c.normalized, e.client_ip, e.class FROM events e"
        " INDEXED BY events_by_time JOIN handles i ON i.id = e.initiator_id"
        " JOIN handles c ON c.id = e.counterpart_id WHERE e.utc_ms > 0 ORDER BY e.utc_ms"));
    while (q.next()) {
        result.append(QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(q.value(0).toLongLong())
                          .arg(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString()));
    }
    return result;
}

QVariant tst_BulkIndexes::indexSql(QSqlDatabase db)
{
    return scalar(
        db, QStringLiteral(
                "SELECT group_concat(name || ': ' || sql, '; ') FROM (SELECT name, sql"
                " FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name)"));
}

void tst_BulkIndexes::storedKeysFindEveryEventOfAKeyInIdOrder_data()
{
    QTest::addColumn<int>("blockSize");
    QTest::newRow("one block a run") << 65536;
    // Merged runs in blocks: a key's events then straddle blocks (three in one, its fourth in
    // the next) and a look-up begins in one block and ends in another.
    QTest::newRow("blocks of 3") << 3;
    QTest::newRow("blocks of 1") << 1;
    QTest::newRow("blocks of 64") << 64;
}

void tst_BulkIndexes::storedKeysFindEveryEventOfAKeyInIdOrder()
{
    // Files of 1,000, 10 and 600 events add their keys as they are kept (runs of unequal sizes,
    // merged as they come); "k7" is the key of an event in each, and twice in the first.
    QFETCH(int, blockSize);
    StoredDedupeKeys keys{size_t(blockSize)};
    qint64 nextId = 1;
    const auto file = [&](int events) {
        std::vector<StoredDedupeKeys::Entry> entries;
        for (int i = 0; i < events; ++i, ++nextId) {
            const QString key = i == 7 || (events == 1000 && i == 900) ? u"k7"_qs : u"k%1-%2"_qs.arg(nextId).arg(i);
            entries.push_back({StoredDedupeKeys::hashOf(key), nextId});
        }
        std::reverse(entries.begin(), entries.end()); // in no order
        keys.add(std::move(entries));
    };
    for (const int events : {1000, 10, 600, 1, 1})
        file(events);
    QCOMPARE(keys.largestId(), qint64(1612));
    QCOMPARE(keys.candidates(u"k7"), (QVarLengthArray<qint64, 4>{8, 901, 1008, 1018}));
    QCOMPARE(keys.candidates(u"k1500-489"), (QVarLengthArray<qint64, 4>{1500}));
    QCOMPARE(keys.candidates(u"k1612-0"), (QVarLengthArray<qint64, 4>{1612}));
    QVERIFY(keys.candidates(u"never stored").isEmpty());
    // A file rolled back: its events' ids are given again, to other records.
    keys.forgetAbove(1010);
    QCOMPARE(keys.largestId(), qint64(1010));
    QCOMPARE(keys.candidates(u"k7"), (QVarLengthArray<qint64, 4>{8, 901, 1008}));
    QVERIFY(keys.candidates(u"k1500-489").isEmpty());
    nextId = 1011;
    file(600);
    QCOMPARE(keys.candidates(u"k7"), (QVarLengthArray<qint64, 4>{8, 901, 1008, 1018}));
    QCOMPARE(keys.largestId(), qint64(1610));
    // Ids across 32 bits (an entry holds its id in two halves): "k7" at 2^32 - 493 and at
    // 2^32 + 400, in that order, though the latter's lower half is the smaller.
    nextId = (qint64(1) << 32) - 500;
    file(1000);
    QCOMPARE(keys.largestId(), (qint64(1) << 32) + 499);
    QCOMPARE(keys.candidates(u"k7"), (QVarLengthArray<qint64, 4>{8, 901, 1008, 1018, 4294966803, 4294967696}));
    QCOMPARE(keys.candidates(u"k4294967295-499"), (QVarLengthArray<qint64, 4>{4294967295}));
}

void tst_BulkIndexes::jobRecordsReadOnlyTheRowsStoredSince()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"jobrecords"_qs);
    db.setDatabaseName(u":memory:"_qs);
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"CREATE TABLE events (id INTEGER PRIMARY KEY, initiator_id INTEGER, source_id INTEGER, utc_ms INTEGER,"
                   " counterpart_id INTEGER, subtype TEXT, client_ip TEXT, device_count INTEGER, class TEXT)"_qs));
    const auto insert = [&](qint64 id, qint64 initiator, qint64 source, qint64 ms, const QString &ip) {
        QSqlQuery row(db);
        row.prepare(u"INSERT INTO events VALUES (?, ?, ?, ?, 7, 'call', ?, NULL, 'communication')"_qs);
        for (const QVariant &value : {QVariant(id), QVariant(initiator), QVariant(source), QVariant(ms),
                                      ip.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(ip)})
            row.addBindValue(value);
        return row.exec();
    };
    QVERIFY(insert(1, 100, 1, 5000, u"10.0.0.1"_qs)); // the case's before the import: not read,
    JobRecords job(1, 0);                             // more than it holds
    QVERIFY(insert(2, 100, 2, 3000, {}) && insert(3, 100, 2, 1000, u"10.0.0.2"_qs) && insert(4, 200, 2, 1000, {}));
    QVERIFY(job.catchUp(db));
    QVERIFY(insert(5, 100, 3, 2000, {}) && insert(6, 100, 3, 3000, {}));
    QVERIFY(job.catchUp(db)); // 5 and 6 only, merged in by time
    const auto timesAndSources = [&](qint64 initiator, qint64 except) {
        QStringList found;
        for (const WindowedRecords::Record &record : job.of(initiator, 0, 10000, except))
            found.append(u"%1@%2%3"_qs.arg(record.sourceId).arg(record.utcMs).arg(record.clientIp ? u" "_qs + *record.clientIp : QString()));
        return found;
    };
    QCOMPARE(timesAndSources(100, -1), (QStringList{u"2@1000 10.0.0.2"_qs, u"3@2000"_qs, u"2@3000"_qs, u"3@3000"_qs}));
    QCOMPARE(timesAndSources(100, 2), (QStringList{u"3@2000"_qs, u"3@3000"_qs}));
    QCOMPARE(job.of(100, 1500, 2500, -1).size(), 1);
    QCOMPARE(job.of(200, 0, 10000, -1).first().counterpartId, std::optional<qint64>(7));
    QVERIFY(job.of(300, 0, 10000, -1).isEmpty());
    // Source 3 rolled back; its ids given again to other rows.
    QVERIFY(q.exec(u"DELETE FROM events WHERE id > 4"_qs));
    job.forgetAbove(4, 2);
    QVERIFY(insert(5, 100, 4, 4000, {}));
    QVERIFY(job.catchUp(db));
    QCOMPARE(timesAndSources(100, -1), (QStringList{u"2@1000 10.0.0.2"_qs, u"2@3000"_qs, u"4@4000"_qs}));
    QVERIFY(!job.holdsCaseBefore());

    // Few enough, the case's records from before are read with the first and held too: the
    // import's checks then read none of the case per file. Their order where times are equal
    // is the order they were stored in, the case's first; a rollback leaves them.
    JobRecords holding(5, 5);
    QVERIFY(holding.holdsCaseBefore());
    QVERIFY(insert(6, 100, 5, 5000, {}));
    QVERIFY(!holding.hasRead()); // until then, a file's look-ups may go through the case's index by time
    QVERIFY(holding.catchUp(db));
    QVERIFY(holding.hasRead());
    const auto heldTimes = [&](qint64 except) {
        QStringList found;
        for (const WindowedRecords::Record &record : holding.of(100, 0, 10000, except))
            found.append(u"%1@%2"_qs.arg(record.sourceId).arg(record.utcMs));
        return found;
    };
    QCOMPARE(heldTimes(-1), (QStringList{u"2@1000"_qs, u"2@3000"_qs, u"4@4000"_qs, u"1@5000"_qs, u"5@5000"_qs}));
    QCOMPARE(heldTimes(5), (QStringList{u"2@1000"_qs, u"2@3000"_qs, u"4@4000"_qs, u"1@5000"_qs}));
    QVERIFY(q.exec(u"DELETE FROM events WHERE id > 5"_qs));
    holding.forgetAbove(5, 4);
    QCOMPARE(heldTimes(-1), (QStringList{u"2@1000"_qs, u"2@3000"_qs, u"4@4000"_qs, u"1@5000"_qs}));
    db.close();
}

void tst_BulkIndexes::outOfOrder_data()
{
    QTest::addColumn<qint64>("inversions");
    QTest::addColumn<qint64>("events");
    QTest::addColumn<bool>("expected");
    QTest::newRow("in order") << qint64(0) << qint64(1000000) << false;
    QTest::newRow("a few returns joined") << qint64(12) << qint64(500) << false;
    QTest::newRow("64 restarts in 100 rows") << qint64(64) << qint64(100) << false;
    QTest::newRow("65 in 100 rows") << qint64(65) << qint64(100) << true;
    QTest::newRow("1% of a large return") << qint64(10000) << qint64(1000000) << false;
    QTest::newRow("just over 1%") << qint64(10001) << qint64(1000000) << true;
    QTest::newRow("shuffled") << qint64(499000) << qint64(1000000) << true;
}

void tst_BulkIndexes::outOfOrder()
{
    QFETCH(qint64, inversions);
    QFETCH(qint64, events);
    QFETCH(bool, expected);
    QCOMPARE(BulkIndexes::outOfOrder(inversions, events), expected);
}

void tst_BulkIndexes::rowsInTimeOrderKeepTheTimeIndexesGrowing()
{
    const QHash<QString, qint64> before = newCaseIndexRowIds();
    QVERIFY(!before.isEmpty());
    const QString casePath = bulkImport(writeIdsCsv(Order::Time));
    QVERIFY(!casePath.isEmpty());
    const QHash<QString, qint64> after = indexRowIds(casePath);
    for (const QString &kept :
         {QStringLiteral("events_by_time"), QStringLiteral("events_by_class")})
        QCOMPARE(after.value(kept), before.value(kept));
    for (const QString &rebuilt :
         {QStringLiteral("events_by_initiator"), QStringLiteral("events_by_counterpart"),
          QStringLiteral("events_by_client_ip"), QStringLiteral("events_by_dedupe_key")})
        QVERIFY2(after.value(rebuilt) > before.value(rebuilt), qPrintable(rebuilt));
    QCOMPARE(after.keys().size(), before.keys().size());
    QCOMPARE(integrityCheck(casePath), QStringLiteral("ok"));
    const QStringList events = eventsByTime(casePath);
    QCOMPARE(events.size(), Rows);
    QCOMPARE(events.first(),
             QStringLiteral("1772323200000 +12025551000 +13125552000 198.51.100.0 lookup"));
    QCOMPARE(events.last(),
             QStringLiteral("1772413170000 +12025551019 +13125552007 198.51.100.199 lookup"));
}

void tst_BulkIndexes::shuffledRowsHaveTheTimeIndexesRebuilt()
{
    const QHash<QString, qint64> before = newCaseIndexRowIds();
    QVERIFY(!before.isEmpty());
    const QString sorted = bulkImport(writeIdsCsv(Order::Time));
    const QString casePath = bulkImport(writeIdsCsv(Order::Shuffled));
    QVERIFY(!sorted.isEmpty() && !casePath.isEmpty());
    const QHash<QString, qint64> after = indexRowIds(casePath);
    for (const QString &rebuilt :
         {QStringLiteral("events_by_time"), QStringLiteral("events_by_class")})
        QVERIFY2(after.value(rebuilt) > before.value(rebuilt), qPrintable(rebuilt));
    QCOMPARE(after.keys().size(), before.keys().size());
    QCOMPARE(integrityCheck(casePath), QStringLiteral("ok"));
    QCOMPARE(eventsByTime(casePath), eventsByTime(sorted));
}

void tst_BulkIndexes::anIndexBroughtBackByASavepointIsNotBuiltTwice()
{
    // A file that fails rolls back to its savepoint, which brings back an index dropped while
    // it was read: the rebuild must take the schema as it finds it.
    QString error;
    const QString casePath = freshCase();
    const auto db = CaseDatabase::create(casePath, QStringLiteral("US"), &error);
    QVERIFY2(db, qPrintable(error));
    QSqlQuery q(db->db());
    QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
    BulkIndexes indexes(db->db());
    indexes.begin(ImportParams().mostEventsHeldBefore);
    QVERIFY(indexes.timeIndexesLive());
    QVERIFY(q.exec(QStringLiteral("SAVEPOINT file_0")));
    for (int i = 0; i < 200; ++i)
        indexes.noteTime(i % 2 == 0 ? 1000 + i : 10 * i);
    indexes.keepUpWithOrder();
    QVERIFY(!indexes.timeIndexesLive());
    QCOMPARE(
        scalar(db->db(),
               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_time'"))
            .toInt(),
        0);
    QVERIFY(q.exec(QStringLiteral("ROLLBACK TO file_0")));
    QVERIFY(q.exec(QStringLiteral("RELEASE file_0")));
    QCOMPARE(
        scalar(db->db(),
               QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_time'"))
            .toInt(),
        1);
    QVERIFY2(indexes.rebuild(&error), qPrintable(error));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    const QString reference = freshCase();
    const auto other = CaseDatabase::create(reference, QStringLiteral("US"), &error);
    QVERIFY(other);
    QCOMPARE(indexSql(db->db()), indexSql(other->db()));
}

QTEST_GUILESS_MAIN(tst_BulkIndexes)
void tst_BulkIndexes::theCasesKeysStandInForTheDedupeIndexWhereFewEnough()
{
    // The case's keys read from its dedupe index before it is dropped, each found again by its
    // hash; a case with more keys than that gets the partial index of its sources' keys instead.
    const QString casePath = bulkImport(writeIdsCsv(Order::Time));
    QVERIFY(!casePath.isEmpty());
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    const QString key = scalar(db->db(), u"SELECT dedupe_key FROM events WHERE id = 1234"_qs).toString();
    QVERIFY(!key.isEmpty());
    const QString partial = CaseSchema::earlierDedupeIndex(0).first;
    const auto hasIndex = [&](const QString &name) {
        return scalar(db->db(), u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_qs.arg(name)).toInt() == 1;
    };
    QSqlQuery q(db->db());
    for (const qint64 most : {qint64(Rows), qint64(Rows - 1)}) {
        QVERIFY(q.exec(u"BEGIN IMMEDIATE"_qs));
        BulkIndexes indexes(db->db());
        indexes.begin(most);
        QVERIFY(!hasIndex(CaseSchema::dedupeIndex().first));
        QVERIFY(indexes.storedMeanwhile());
        const QVarLengthArray<qint64, 4> found = indexes.storedMeanwhile()->candidates(key);
        if (most == Rows) {
            QVERIFY(!indexes.earlierSourcesUpTo());
            QVERIFY(!hasIndex(partial));
            QVERIFY(found.contains(1234));
        } else {
            QCOMPARE(indexes.earlierSourcesUpTo(), std::optional<qint64>(1));
            QVERIFY(hasIndex(partial));
            QVERIFY(found.isEmpty());
        }
        QVERIFY(q.exec(u"ROLLBACK"_qs));
    }
}

#include "tst_bulkindexes.moc"
