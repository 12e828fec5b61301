#include "sqliterowfeed.h"
#include "sqlitestatement.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

/// SqliteRowFeed: rows added in C++ come out of "ll_row_feed(?)" exactly, with their types.
class tst_SqliteRowFeed : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void rowsReadBackAsAddedWithTheirTypes();
    void aClearedFeedIsEmptyAndReusable();
    void textOfEveryScriptSurvivesTheBufferGrowing();
    void noRowsWithoutAFeedOfItsType();
    void aRefusedRowStoresNoneOfTheBatch();

private:
    QStringList tableRows() const;
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
};

void tst_SqliteRowFeed::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("feed"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    m_handle = SqliteStatement::handleOf(m_db);
    QVERIFY(SqliteRowFeed::registerOn(m_handle));
    QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("CREATE TABLE t (a INTEGER PRIMARY KEY, b, c)")));
}

void tst_SqliteRowFeed::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("feed"));
}

QStringList tst_SqliteRowFeed::tableRows() const
{
    return TestSupport::rows(m_db, QStringLiteral("SELECT a, typeof(b), b, typeof(c), c FROM t ORDER BY a"));
}

void tst_SqliteRowFeed::rowsReadBackAsAddedWithTheirTypes()
{
    SqliteRowFeed feed(3);
    feed.addInt(1);
    feed.addStaticText("found");
    feed.addNull();
    feed.addInt(-9007199254740993); // beyond a double's exact range: stays an integer
    {
        const QByteArray transient = QStringLiteral("Linköping").toUtf8();
        feed.addText(transient);
    } // the feed keeps its own copy
    feed.addInt(42);
    QCOMPARE(feed.rows(), 2);
    SqliteStatement insert;
    QVERIFY(
        insert.prepare(m_handle, "INSERT INTO t (a, b, c) SELECT c0, c1, c2 FROM ll_row_feed(?)"));
    insert.bindPointer(1, &feed, SqliteRowFeed::PointerType);
    QVERIFY2(insert.exec(), qPrintable(insert.errorMessage()));
    QCOMPARE(tableRows(), QStringList({u"-9007199254740993|text|Linköping|integer|42"_qs,
                                       u"1|text|found|null|NULL"_qs}));
    // Columns past the feed's width read as NULL.
    SqliteStatement wide;
    QVERIFY(wide.prepare(m_handle, "SELECT c3 IS NULL, c15 IS NULL FROM ll_row_feed(?)"));
    wide.bindPointer(1, &feed, SqliteRowFeed::PointerType);
    QVERIFY(wide.next());
    QCOMPARE(wide.columnInt64(0), 1);
    QCOMPARE(wide.columnInt64(1), 1);
    wide.reset();
}

void tst_SqliteRowFeed::aClearedFeedIsEmptyAndReusable()
{
    SqliteRowFeed feed(3);
    SqliteStatement insert;
    QVERIFY(
        insert.prepare(m_handle, "INSERT INTO t (a, b, c) SELECT c0, c1, c2 FROM ll_row_feed(?)"));
    // A second writer on the same connection registers again; the first one's statement stays good.
    QVERIFY(SqliteRowFeed::registerOn(m_handle));
    for (int batch = 0; batch < 3; ++batch) {
        for (int i = 0; i < 2; ++i) {
            feed.addInt(batch * 10 + i);
            feed.addText(QByteArray::number(batch));
            feed.addInt(i);
        }
        if (batch == 1)
            feed.clear(); // nothing of batch 1 reaches the table
        insert.bindPointer(1, &feed, SqliteRowFeed::PointerType);
        QVERIFY2(insert.exec(), qPrintable(insert.errorMessage()));
        feed.clear();
    }
    QCOMPARE(tableRows(), QStringList({u"0|text|0|integer|0"_qs, u"1|text|0|integer|1"_qs,
                                       u"20|text|2|integer|0"_qs, u"21|text|2|integer|1"_qs}));
}

void tst_SqliteRowFeed::textOfEveryScriptSurvivesTheBufferGrowing()
{
    // Far more text than the buffer starts with, so it moves while cells point into it.
    const QStringList samples{u"plain"_qs,    u"Linköping"_qs, u"Δοκιμή"_qs,
                              u"電話番号"_qs, u"📞 call"_qs,    QString()};
    SqliteRowFeed feed(3);
    constexpr int Rows = 5000;
    for (int i = 0; i < Rows; ++i) {
        feed.addInt(i);
        feed.addText(QStringView(samples[i % samples.size()]));
        feed.addText(QString::number(i).repeated(i % 13).toUtf8());
    }
    SqliteStatement insert;
    QVERIFY(
        insert.prepare(m_handle, "INSERT INTO t (a, b, c) SELECT c0, c1, c2 FROM ll_row_feed(?)"));
    insert.bindPointer(1, &feed, SqliteRowFeed::PointerType);
    QVERIFY2(insert.exec(), qPrintable(insert.errorMessage()));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT a, b, c FROM t ORDER BY a")));
    int i = 0;
    for (; q.next(); ++i) {
        QCOMPARE(q.value(0).toInt(), i);
        QCOMPARE(q.value(1).toString(), samples[i % samples.size()]);
        QCOMPARE(q.value(2).toString(), QString::number(i).repeated(i % 13));
    }
    QCOMPARE(i, Rows);
}

void tst_SqliteRowFeed::noRowsWithoutAFeedOfItsType()
{
    SqliteStatement statement;
    // No plan reads the table without its argument.
    QVERIFY(!statement.prepare(m_handle, "SELECT c0 FROM ll_row_feed"));
    // A pointer of another type, or a plain value, is no feed: no rows.
    SqliteRowFeed feed(1);
    feed.addInt(7);
    QVERIFY(statement.prepare(m_handle, "SELECT count(*) FROM ll_row_feed(?)"));
    statement.bindPointer(1, &feed, "something else");
    QVERIFY(statement.next());
    QCOMPARE(statement.columnInt64(0), 0);
    statement.reset();
    statement.bind(1, qint64(1234));
    QVERIFY(statement.next());
    QCOMPARE(statement.columnInt64(0), 0);
    statement.reset();
    statement.bindPointer(1, &feed, SqliteRowFeed::PointerType);
    QVERIFY(statement.next());
    QCOMPARE(statement.columnInt64(0), 1);
    statement.reset();
}

void tst_SqliteRowFeed::aRefusedRowStoresNoneOfTheBatch()
{
    QVERIFY(QSqlQuery(m_db).exec(QStringLiteral("INSERT INTO t VALUES (2, 'old', 0)")));
    SqliteRowFeed feed(3);
    for (const qint64 key : {1, 2, 3}) { // 2 is taken
        feed.addInt(key);
        feed.addStaticText("new");
        feed.addNull();
    }
    SqliteStatement insert;
    QVERIFY(
        insert.prepare(m_handle, "INSERT INTO t (a, b, c) SELECT c0, c1, c2 FROM ll_row_feed(?)"));
    insert.bindPointer(1, &feed, SqliteRowFeed::PointerType);
    QVERIFY(!insert.exec());
    QVERIFY2(insert.errorMessage().contains(QStringLiteral("UNIQUE")),
             qPrintable(insert.errorMessage()));
    QCOMPARE(tableRows(), QStringList{u"2|text|old|integer|0"_qs});
}

QTEST_GUILESS_MAIN(tst_SqliteRowFeed)
#include "tst_sqliterowfeed.moc"
