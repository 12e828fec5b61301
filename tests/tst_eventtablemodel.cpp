#include "casedatabase.h"
#include "eventtablemodel.h"
#include "importjob.h"
#include "itemroles.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

/// A generated return of `rows` lookups and communications, written as a real CSV file.
static QString writeGeneratedIds(const QString &dir, int rows)
{
    const QString path = dir + QStringLiteral("/generated.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    file.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n");
    for (int i = 0; i < rows; ++i) {
        const QDateTime t = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(qint64(i) * 37);
        file.write(QStringLiteral("%1,+1202555%2,+1312555%3,198.51.100.%4,%5\n")
                       .arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                       .arg(100 + i % 7, 4, 10, QLatin1Char('0'))
                       .arg(100 + i % 11, 4, 10, QLatin1Char('0'))
                       .arg(i % 50)
                       .arg(i % 3)
                       .toUtf8());
    }
    return path;
}

class tst_EventTableModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void passesModelTester();
    void pagesThroughEveryRowInTimeOrder();
    void filterMatchesIndependentSql_data();
    void filterMatchesIndependentSql();
    void lookupsCarryTheCaveatAndClassRole();
    void aRecordOfAPageIsShownAsWrittenInItsTooltip();
    void aCallsOtherLegsAreNamedInItsTooltip();
    void displayZoneInHeaderAndCells();
    void classCountsFromTotalsMatchSql();
    void aFilterSaysEachOfItsConditions();
    void aMarkShowsInItsRowWithoutReadingThePagesAgain();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    static constexpr int Rows = 1300; // more than two pages
};

void tst_EventTableModel::initTestCase()
{
    const QString casePath = m_dir.filePath(QStringLiteral("m.llcase"));
    ImportParams params;
    params.casePath = casePath;
    params.files = {writeGeneratedIds(m_dir.path(), Rows), TestSupport::dataPath(QStringLiteral("ids/ids-bad-rows.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    m_db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(m_db, qPrintable(error));
}

void tst_EventTableModel::passesModelTester()
{
    EventTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EventFilter filter;
    filter.evidenceClass = EvidenceClass::Lookup;
    model.setFilter(filter);
    model.setDisplayZone(QTimeZone("Europe/Berlin"));
    model.reload();
}

void tst_EventTableModel::pagesThroughEveryRowInTimeOrder()
{
    EventTableModel model(m_db->db());
    QCOMPARE(model.rowCount(), EventTableModel::PageSize);
    QTRY_VERIFY(!model.countsPending());
    QCOMPARE(model.totalCount(), Rows + 3);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), Rows + 3);
    qint64 previous = std::numeric_limits<qint64>::min();
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 ms = model.index(row, EventTableModel::TimeColumn).data(ItemRoles::RawValueRole).toLongLong();
        QVERIFY(ms >= previous);
        previous = ms;
        ids.insert(model.index(row, 0).data(ItemRoles::EventIdRole).toLongLong());
    }
    QCOMPARE(ids.size(), Rows + 3); // no row twice, none skipped at page edges
}

void tst_EventTableModel::filterMatchesIndependentSql_data()
{
    QTest::addColumn<QString>("handle");
    QTest::addColumn<int>("side");
    QTest::addColumn<QString>("ip");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("other"); // the other side's handle, if any
    QTest::newRow("either side") << "+12025550103" << 0 << "" << ""
                                 << "SELECT id FROM events WHERE initiator_id = (SELECT id FROM handles WHERE normalized = '+12025550103')"
                                    " OR counterpart_id = (SELECT id FROM handles WHERE normalized = '+12025550103')" << "";
    QTest::newRow("as counterpart") << "+13125550147" << 2 << "" << ""
                                    << "SELECT id FROM events WHERE counterpart_id = (SELECT id FROM handles WHERE normalized = '+13125550147')" << "";
    QTest::newRow("ip") << "" << 0 << "198.51.100.7" << "" << "SELECT id FROM events WHERE client_ip = '198.51.100.7'" << "";
    QTest::newRow("raw text") << "" << 0 << "" << "18:2" << "SELECT id FROM events WHERE raw LIKE '%18:2%'" << "";
    QTest::newRow("handle and ip") << "+12025550100" << 1 << "198.51.100.14" << ""
                                   << "SELECT id FROM events WHERE initiator_id = (SELECT id FROM handles WHERE normalized = '+12025550100')"
                                      " AND client_ip = '198.51.100.14'" << "";
    const QString a = QStringLiteral("(SELECT id FROM handles WHERE normalized = '+12025550100')");
    const QString b = QStringLiteral("(SELECT id FROM handles WHERE normalized = '+13125550100')");
    QTest::newRow("a pair, the handle as initiator") << "+12025550100" << 1 << "" << ""
                                                     << QStringLiteral("SELECT id FROM events WHERE initiator_id = %1 AND counterpart_id = %2").arg(a, b)
                                                     << "+13125550100";
    QTest::newRow("a pair, the handle as counterpart") << "+13125550100" << 2 << "" << ""
                                                       << QStringLiteral("SELECT id FROM events WHERE counterpart_id = %1 AND initiator_id = %2").arg(b, a)
                                                       << "+12025550100";
    QTest::newRow("a pair, either way") << "+13125550100" << 0 << "" << ""
                                        << QStringLiteral("SELECT id FROM events WHERE (initiator_id = %1 AND counterpart_id = %2)"
                                                          " OR (initiator_id = %2 AND counterpart_id = %1)").arg(a, b)
                                        << "+12025550100";
}

void tst_EventTableModel::filterMatchesIndependentSql()
{
    QFETCH(QString, handle);
    QFETCH(int, side);
    QFETCH(QString, ip);
    QFETCH(QString, text);
    QFETCH(QString, sql);
    QFETCH(QString, other);
    EventFilter filter;
    const auto handleId = [this](const QString &normalized) {
        return TestSupport::scalar(m_db->db(), QStringLiteral("SELECT id FROM handles WHERE normalized = '%1'").arg(normalized)).toLongLong();
    };
    if (!handle.isEmpty())
        filter.handleId = handleId(handle);
    if (!other.isEmpty())
        filter.otherHandleId = handleId(other);
    filter.side = static_cast<EventFilter::HandleSide>(side);
    filter.clientIp = ip;
    filter.rawText = text;
    EventTableModel model(m_db->db());
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QSet<qint64> fromModel;
    for (int row = 0; row < model.rowCount(); ++row)
        fromModel.insert(model.index(row, 0).data(ItemRoles::EventIdRole).toLongLong());
    QSet<qint64> fromSql;
    QSqlQuery q(m_db->db());
    QVERIFY(q.exec(sql));
    while (q.next())
        fromSql.insert(q.value(0).toLongLong());
    QVERIFY(!fromSql.isEmpty());
    QCOMPARE(fromModel, fromSql);
    QCOMPARE(model.totalCount(), fromSql.size());
}

void tst_EventTableModel::lookupsCarryTheCaveatAndClassRole()
{
    EventTableModel model(m_db->db());
    EventFilter generated;
    generated.sourceIds = {1}; // generated.csv was imported first
    model.setFilter(generated);
    const QModelIndex first = model.index(0, EventTableModel::ClassColumn);
    QCOMPARE(first.data(ItemRoles::EvidenceClassRole).toInt(), int(EvidenceClass::Lookup));
    QCOMPARE(first.data().toString(), QStringLiteral("Lookup"));
    QVERIFY(TestSupport::shownText(first.data(Qt::ToolTipRole)).contains(QStringLiteral("does not show that any message or call took place")));
    QVERIFY(TestSupport::shownText(first.data(Qt::ToolTipRole)).contains(QStringLiteral("generated.csv:2")));
    QCOMPARE(model.index(0, EventTableModel::LineColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, EventTableModel::SourceColumn).data().toString(), QStringLiteral("generated.csv"));
}

void tst_EventTableModel::aRecordOfAPageIsShownAsWrittenInItsTooltip()
{
    // A WhatsApp record's lines are HTML ("<div>Message</div>…"): its tooltip drew them as a
    // page, not as the source lines a defence expert checks against the return.
    const auto db = TestSupport::importedCase(m_dir.filePath(QStringLiteral("page.llcase")), {u"whatsapp/records.html"_qs});
    QVERIFY(db);
    EventTableModel model(db->db());
    const QStringList first = TestSupport::rows(db->db(), u"SELECT line, raw FROM events ORDER BY utc_ms, id LIMIT 1"_qs);
    QCOMPARE(first.size(), 1);
    const QString raw = first.first().section(u'|', 1);
    QVERIFY2(raw.startsWith(u"<div>"_qs), qPrintable(raw));
    const QVariant tip = model.index(0, EventTableModel::SourceColumn).data(Qt::ToolTipRole);
    QCOMPARE(TestSupport::shownText(tip), u"records.html:"_qs + first.first().section(u'|', 0, 0) + u'\n' + raw);
}

void tst_EventTableModel::aCallsOtherLegsAreNamedInItsTooltip()
{
    // The carrier's legs of one call are one event, its further legs' lines named under its own.
    const auto db =
        TestSupport::importedCase(m_dir.filePath(u"legs.llcase"_qs), {u"carrier/cdr-legs.csv"_qs});
    QVERIFY(db);
    EventTableModel model(db->db());
    QStringList places;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex line = model.index(row, EventTableModel::LineColumn);
        const QStringList tip = TestSupport::shownText(line.data(Qt::ToolTipRole)).split(u'\n');
        for (const QString &words : tip.mid(2)) // after the source line and the record
            places.append(line.data().toString() + u": "_qs + words);
    }
    QCOMPARE(places, (QStringList{u"2: Another leg of the call at cdr-legs.csv:3"_qs,
                                  u"5: Another leg of the call at cdr-legs.csv:6"_qs,
                                  u"5: Another leg of the call at cdr-legs.csv:7"_qs}));
}

void tst_EventTableModel::displayZoneInHeaderAndCells()
{
    EventTableModel model(m_db->db());
    EventFilter generated;
    generated.sourceIds = {1};
    model.setFilter(generated);
    QCOMPARE(model.headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time (UTC)"));
    QCOMPARE(model.index(0, EventTableModel::TimeColumn).data().toString(), QStringLiteral("2026-01-01 00:00:00 UTC"));
    model.setDisplayZone(QTimeZone("Europe/Berlin"));
    QCOMPARE(model.headerData(EventTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time (Europe/Berlin)"));
    QCOMPARE(model.index(0, EventTableModel::TimeColumn).data().toString(), QStringLiteral("2026-01-01 01:00:00 UTC+01:00"));
    // Its tooltip names the zone and gives the moment in UTC, above the source line.
    const QString tip = TestSupport::shownText(model.index(0, EventTableModel::TimeColumn).data(Qt::ToolTipRole));
    QVERIFY2(tip.startsWith(u"2026-01-01 01:00:00 Europe/Berlin (UTC+01:00), that is 2026-01-01T00:00:00Z\n\n"_qs), qPrintable(tip));
    QVERIFY(tip.endsWith(TestSupport::shownText(model.index(0, EventTableModel::ClassColumn).data(Qt::ToolTipRole))));
}

void tst_EventTableModel::classCountsFromTotalsMatchSql()
{
    EventTableModel model(m_db->db());
    // The whole case's totals are counted once, off this thread; every class filter after
    // that follows from them at once.
    QVERIFY(model.countsPending());
    QCOMPARE(model.totalCount(), 0);
    QTRY_VERIFY(!model.countsPending());
    QCOMPARE(model.totalCount(), Rows + 3);
    for (EvidenceClass cls : {EvidenceClass::Lookup, EvidenceClass::Communication}) {
        EventFilter filter;
        filter.evidenceClass = cls;
        model.setFilter(filter);
        QVERIFY(!model.countsPending());
        const qint64 expected = TestSupport::scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM events WHERE class = '%1'")
                                                                   .arg(evidenceClassKey(cls))).toLongLong();
        QCOMPARE(model.classCounts().value(cls), expected);
        QCOMPARE(model.totalCount(), expected);
    }
    model.setFilter({});
    QCOMPARE(model.totalCount(), Rows + 3);
    // A label changes no count: the rows are read again, the totals kept.
    model.reloadRows();
    QVERIFY(!model.countsPending());
    QCOMPARE(model.totalCount(), Rows + 3);
    // An import may have changed them: counted again.
    model.reload();
    QVERIFY(model.countsPending());
    QTRY_COMPARE(model.totalCount(), Rows + 3);
}

QTEST_GUILESS_MAIN(tst_EventTableModel)
void tst_EventTableModel::aFilterSaysEachOfItsConditions()
{
    // What an export of the events records in the case's audit log: each condition it was made
    // with, none left out; and a subtype selects as independent SQL does.
    EventFilter filter;
    filter.handleId = 7;
    filter.side = EventFilter::HandleSide::Counterpart;
    filter.otherHandleId = 9;
    filter.evidenceClass = EvidenceClass::Lookup;
    filter.subtype = QStringLiteral("imessage-query");
    filter.fromMs = 1472774400000;
    filter.toMs = 1472860799999;
    filter.clientIp = QStringLiteral("198.51.100.7");
    filter.sourceIds = {2};
    filter.rawText = QStringLiteral("18:2");
    filter.chosenIds = QList<qint64>{3, 5};
    filter.markedOnly = true;
    filter.rawIndexedUpTo = 400; // how far the index reaches: no condition, not said
    QCOMPARE(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"chosen_events":2,"class":"lookup","client_ip":"198.51.100.7","from":"2016-09-02T00:00:00Z",)"
                        R"("handle_id":7,"marked":true,"raw_text":"18:2","side":"counterpart","source_id":2,)"
                        R"("subtype":"imessage-query",)"
                        R"("to":"2016-09-02T23:59:59.999Z","with_handle_id":9})"));
    QCOMPARE(QJsonDocument(EventFilter{}.toJson()).toJson(QJsonDocument::Compact), QByteArray("{}"));
    EventFilter aFile; // a return's pages
    aFile.sourceIds = {3, 4, 5};
    QCOMPARE(QJsonDocument(aFile.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"source_ids":[3,4,5]})"));
    aFile.withDuplicates = true; // what they held: said; without a source nothing is added
    QCOMPARE(QJsonDocument(aFile.toJson()).toJson(QJsonDocument::Compact),
             QByteArray(R"({"source_ids":[3,4,5],"with_duplicates":true})"));
    EventFilter noSource;
    noSource.withDuplicates = true;
    QVERIFY(noSource.selectsAll());
    QCOMPARE(QJsonDocument(noSource.toJson()).toJson(QJsonDocument::Compact), QByteArray("{}"));

    const auto count = [this](const QString &subtype) {
        EventFilter bySubtype;
        bySubtype.subtype = subtype;
        QVariantList binds;
        QSqlQuery query(m_db->db());
        query.prepare(u"SELECT count(*) FROM events e "_qs + bySubtype.whereClause(&binds));
        for (const QVariant &bind : binds)
            query.addBindValue(bind);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    };
    QCOMPARE(count(u"imessage-query"_qs), TestSupport::rows(m_db->db(), u"SELECT count(*) FROM events WHERE subtype = 'imessage-query'"_qs)
                                              .value(0).toInt());
    QVERIFY(count(u"imessage-query"_qs) > 0);
    QCOMPARE(count(u"call"_qs), 0);
}

void tst_EventTableModel::aMarkShowsInItsRowWithoutReadingThePagesAgain()
{
    EventTableModel model(m_db->db());
    while (model.canFetchMore({}))
        model.fetchMore({}); // past the first page: an analyst scrolled down
    const int row = 1100;
    const EventRow event = *model.eventAt(row);
    QString error;
    const auto writer = CaseDatabase::open(m_db->path(), CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY(CaseQueries::setEventMark(writer->db(), event.id, u"seen twice\nsee the call"_qs, u"2026-11-20T09:15:00.000Z"_qs));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMark(event.id, EventMark{u"seen twice\nsee the call"_qs, u"2026-11-20T09:15:00.000Z"_qs, u"ann"_qs});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), Rows + 3);
    const QModelIndex mark = model.index(row, EventTableModel::MarkColumn);
    QCOMPARE(mark.data().toString(), u"★ seen twice"_qs);
    QCOMPARE(mark.data(Qt::AccessibleTextRole).toString(), u"Marked: seen twice\nsee the call"_qs);
    QCOMPARE(TestSupport::shownText(mark.data(Qt::ToolTipRole)),
             u"seen twice\nsee the call\n\nMarked by ann at 2026-11-20 09:15:00 UTC.\n"
             "A mark is yours, not the provider's: it changes no event."_qs);
    QCOMPARE(model.headerData(EventTableModel::MarkColumn, Qt::Horizontal).toString(), u"Mark"_qs);
    QCOMPARE(model.index(row - 1, EventTableModel::MarkColumn).data().toString(), QString());

    // Only the marked events: the one; its mark taken off, read again, none.
    EventFilter marked;
    marked.markedOnly = true;
    model.setFilter(marked);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.eventAt(0)->id, event.id);
    QCOMPARE(model.classCounts().value(EvidenceClass::Lookup), 1);
    QVERIFY(CaseQueries::setEventMark(writer->db(), event.id, std::nullopt));
    model.setMark(event.id, std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

#include "tst_eventtablemodel.moc"
