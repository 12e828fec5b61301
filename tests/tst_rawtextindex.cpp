#include "casedatabase.h"
#include "eventtablemodel.h"
#include "importjob.h"
#include "itemroles.h"
#include "rawtextindexjob.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::dataPath;

/// The raw-text filter gives exactly what a substring scan gives, whether the search index is
/// complete, partial (events imported after it ran) or absent.
class tst_RawTextIndex : public QObject
{
    Q_OBJECT
private slots:
    void commonTextIsScannedAndCountedInTheBackground();
    void batchesAreSizedToHoldTheLockBriefly_data();
    void batchesAreSizedToHoldTheLockBriefly();
    void searchIsExactWithPartialAndCompleteIndex_data();
    void searchIsExactWithPartialAndCompleteIndex();

private:
    static QSet<qint64> viaModel(QSqlDatabase db, const QString &text);
    static QSet<qint64> viaScan(QSqlDatabase db, const QString &text);
    static bool heldNowhere(QSqlDatabase db, const QString &text);
};

/// What the window's status bar says of the filter's text: no record holds it.
bool tst_RawTextIndex::heldNowhere(QSqlDatabase db, const QString &text)
{
    EventTableModel model(db);
    EventFilter filter;
    filter.rawText = text;
    model.setFilter(filter);
    if (model.rawTextHeldNowhere(text + u'x'))
        return true; // not the filter's text: it cannot tell
    return model.rawTextHeldNowhere(text);
}

QSet<qint64> tst_RawTextIndex::viaModel(QSqlDatabase db, const QString &text)
{
    EventTableModel model(db);
    EventFilter filter;
    filter.rawText = text;
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row, 0).data(ItemRoles::EventIdRole).toLongLong());
    return ids;
}

QSet<qint64> tst_RawTextIndex::viaScan(QSqlDatabase db, const QString &text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM events WHERE instr(raw, ?) > 0"));
    q.addBindValue(text);
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

void tst_RawTextIndex::searchIsExactWithPartialAndCompleteIndex_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("handle") << "+13125550147";
    QTest::newRow("case matters") << "iPhone";
    QTest::newRow("other case") << "iphone";
    QTest::newRow("quote in text") << "\"iPhone, iOS";
    QTest::newRow("two chars") << "14";
    QTest::newRow("ip") << "198.51.100.14";
    QTest::newRow("nothing") << "no such text";
    QTest::newRow("only past the index") << "10:05:30 UTC"; // an invitation, imported after it
}

void tst_RawTextIndex::searchIsExactWithPartialAndCompleteIndex()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("r.llcase"));
    ImportParams params;
    params.casePath = casePath;
    params.timeZone = QStringLiteral("UTC");
    params.files = {dataPath(QStringLiteral("ids/ids-sample.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    {
        // Before the index is made, whether a record holds the text is not told.
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        QVERIFY(!heldNowhere(db->db(), text));
    }
    const RawTextIndexJob::Result indexed = RawTextIndexJob::run(casePath);
    QVERIFY2(indexed.ok, qPrintable(indexed.error));
    QCOMPARE(indexed.added, 6);
    QCOMPARE(indexed.indexedUpTo, 6);
    // Events imported after indexing are past the index's reach.
    params.files = {dataPath(QStringLiteral("ids/ids-bad-rows.csv")), dataPath(QStringLiteral("facetime/facetime-invitations.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    {
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        QCOMPARE(RawTextIndexJob::indexedUpTo(db->db()), 6);
        QCOMPARE(viaModel(db->db(), text), viaScan(db->db(), text));
        // Told exactly, the events past the index read too; not of fewer than three characters.
        QCOMPARE(heldNowhere(db->db(), text),
                 text.size() >= 3 && viaScan(db->db(), text).isEmpty());
    }
    const RawTextIndexJob::Result rest = RawTextIndexJob::run(casePath);
    QVERIFY(rest.ok);
    QCOMPARE(rest.added, 5); // 2 new events of ids-bad-rows (one linked as a duplicate) and 3 invitations
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(viaModel(db->db(), text), viaScan(db->db(), text));
    QCOMPARE(heldNowhere(db->db(), text), text.size() >= 3 && viaScan(db->db(), text).isEmpty());
}

void tst_RawTextIndex::commonTextIsScannedAndCountedInTheBackground()
{
    // More index hits than EventTableModel::CommonTextHits: the plan reads in time order and
    // the counts arrive from a worker thread, equal to an independent count.
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("many.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP\n");
    const int rows = EventTableModel::CommonTextHits + 700;
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("2026-01-01 00:%1:%2,+1202555%3,+13125550147,198.51.100.%4\n")
                       .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .arg(1000 + i % 9000)
                       .arg(i % 3)
                       .toUtf8());
    file.close();
    const QString casePath = dir.filePath(QStringLiteral("many.llcase"));
    ImportParams params;
    params.casePath = casePath;
    params.files = {csv};
    QVERIFY(ImportJob::run(params).allOk());
    {
        // Another connection writes between two batches (a label, a geolocation run): the job
        // carries on rather than finding the case "locked".
        QVERIFY(rows > 2 * RawTextIndexJob::FirstBatchSize);
        QString error;
        const auto other = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
        int batches = 0;
        const RawTextIndexJob::Result indexed = RawTextIndexJob::run(casePath, [&other, &batches](double) {
            return other->setInfo(QStringLiteral("written_between_batches"), QString::number(++batches));
        });
        QVERIFY2(indexed.ok, qPrintable(indexed.error));
        QVERIFY(batches >= 2); // how many depends on this machine's speed: sized by time
        QCOMPARE(other->info(QStringLiteral("written_between_batches")), QString::number(batches));
        QCOMPARE(indexed.added, qint64(rows));
    }
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    EventTableModel model(db->db());
    QSignalSpy counted(&model, &EventTableModel::countsChanged);
    EventFilter filter;
    filter.rawText = QStringLiteral("198.51.100.1");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), EventTableModel::PageSize);
    QVERIFY(model.countsPending());
    QVERIFY(counted.wait(20000));
    QVERIFY(!model.countsPending());
    const qint64 expected = TestSupport::scalar(db->db(), QStringLiteral("SELECT count(*) FROM events WHERE instr(raw, '198.51.100.1') > 0")).toLongLong();
    QCOMPARE(model.classCounts().value(EvidenceClass::Lookup), expected);
    QCOMPARE(expected, qint64((rows + 2) / 3));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(qint64(model.rowCount()), expected);
    QCOMPARE(viaModel(db->db(), QStringLiteral("198.51.100.1")), viaScan(db->db(), QStringLiteral("198.51.100.1")));
}

void tst_RawTextIndex::batchesAreSizedToHoldTheLockBriefly_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("next");
    QTest::newRow("on target") << 4000 << qint64(100) << 4000;
    QTest::newRow("slow: shrinks in one step") << 20000 << qint64(500) << 4000;
    QTest::newRow("quick: at most doubles") << 4000 << qint64(10) << 8000;
    QTest::newRow("too quick to time") << 4000 << qint64(0) << 8000;
    QTest::newRow("a little quick") << 4000 << qint64(80) << 5000;
    QTest::newRow("never below the minimum") << 1000 << qint64(5000) << RawTextIndexJob::MinBatchSize;
    QTest::newRow("never above the maximum") << 40000 << qint64(1) << RawTextIndexJob::MaxBatchSize;
}

void tst_RawTextIndex::batchesAreSizedToHoldTheLockBriefly()
{
    QFETCH(int, size);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, next);
    QCOMPARE(RawTextIndexJob::nextBatchSize(size, elapsedMs), next);
}

QTEST_GUILESS_MAIN(tst_RawTextIndex)
#include "tst_rawtextindex.moc"
