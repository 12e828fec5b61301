#include "casedatabase.h"
#include "eventtablemodel.h"
#include "importjob.h"
#include "itemroles.h"
#include "rawtextindexjob.h"
#include "testsupport.h"

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
    void searchIsExactWithPartialAndCompleteIndex_data();
    void searchIsExactWithPartialAndCompleteIndex();

private:
    static QSet<qint64> viaModel(QSqlDatabase db, const QString &text);
    static QSet<qint64> viaScan(QSqlDatabase db, const QString &text);
};

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
    }
    const RawTextIndexJob::Result rest = RawTextIndexJob::run(casePath);
    QVERIFY(rest.ok);
    QCOMPARE(rest.added, 5); // 2 new events of ids-bad-rows (one linked as a duplicate) and 3 invitations
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(viaModel(db->db(), text), viaScan(db->db(), text));
}

QTEST_GUILESS_MAIN(tst_RawTextIndex)
#include "tst_rawtextindex.moc"
