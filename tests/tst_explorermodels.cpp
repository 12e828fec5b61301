#include "casedatabase.h"
#include "crossreferencemodel.h"
#include "democase.h"
#include "duplicaterowmodel.h"
#include "evidenceclass.h"
#include "handletablemodel.h"
#include "importjob.h"
#include "itemroles.h"
#include "recordedtwice.h"
#include "rejectedrowmodel.h"
#include "shiftedrecords.h"
#include "sourcefiles.h"
#include "sourcelistmodel.h"
#include "sourceperiods.h"
#include "sourcerelations.h"
#include "tabletext.h"
#include "testsupport.h"
#include "zippedtables.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTest>

using TestSupport::scalar;

class tst_ExplorerModels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sourceJoiningReturnsSaysSo();
    void aRecordOutsideTheStatedPeriodIsMarked();
    void sourceWithWorksheetsNotReadSaysSo();
    void sourceReadInTwoEncodingsAndEndingInsideALineSaysSo();
    void sourceOfAReturnMissingADeliveryOrCutShortSaysSo();
    void sourceWithReferencesNamingNoCharacterSaysSo();
    void aBareRecordsPageIsNoContainer();
    void theSourcesOfOneFileAreOneFile();
    void sourceRelationsAreReadOnceForAll();
    void handleCountsMatchIndependentSql();
    void handleCountsAreGroupedAsTheOtherCounts();
    void aWithheldNumberSaysItIsNoOneParty();
    void aMaskedPartySaysItIsNoOneParty();
    void crossReferenceMeasuresNoGapToAMask();
    void labelsAreStoredAuditedAndShown();
    void aLabelSetWhileLoadingIsNotLost();
    void aFailedBackgroundLoadKeepsTheRows();
    void crossReferenceGapsAndOrder();
    void crossReferenceSaysWhenATimeRunsAcrossReturns();
    void rejectedRowsOfASource();
    void rowsNotStoredSayWhereTheyStandInTheFilesText();
    void duplicateRowsOfASource();
    void sourcesWithHashAndAccounting();
    void eachSourcesFirstAndLastRecordInTheDisplayZone();

private:
    qint64 handleId(const QString &normalized) const;
    /// @brief The Sources panel's tooltip of the first source of @p file, imported (its zone
    /// declared UTC) into a new case @p name; empty if it cannot be imported.
    QString firstSourceTip(const QString &name, const QString &file);
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
};

void tst_ExplorerModels::initTestCase()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(path, &error), qPrintable(error));
    m_db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY(m_db);
}

qint64 tst_ExplorerModels::handleId(const QString &normalized) const
{
    return scalar(m_db->db(), QStringLiteral("SELECT id FROM handles WHERE normalized = '%1'").arg(normalized)).toLongLong();
}

void tst_ExplorerModels::handleCountsMatchIndependentSql()
{
    HandleTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The GUI's way: counted on a background thread, the rows arrive with loaded().
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy loaded(&model, &HandleTableModel::loaded);
    model.reloadInBackground();
    QVERIFY(model.isLoading());
    QVERIFY(loaded.wait());
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), int(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM handles")).toLongLong()));
    const struct
    {
        int column;
        const char *sql;
    } checks[] = {
        {HandleTableModel::LookupsOutColumn, "SELECT count(*) FROM events WHERE class = 'lookup' AND initiator_id = %1"},
        {HandleTableModel::LookupsInColumn, "SELECT count(*) FROM events WHERE class = 'lookup' AND counterpart_id = %1"},
        {HandleTableModel::CommsOutColumn, "SELECT count(*) FROM events WHERE class = 'communication' AND initiator_id = %1"},
        {HandleTableModel::CommsInColumn, "SELECT count(*) FROM events WHERE class = 'communication' AND counterpart_id = %1"},
        {HandleTableModel::ConnectionsColumn, "SELECT count(*) FROM events WHERE class = 'connection' AND initiator_id = %1"},
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 id = model.index(row, 0).data(ItemRoles::HandleIdRole).toLongLong();
        for (const auto &check : checks) {
            const qint64 expected = scalar(m_db->db(), QString::fromLatin1(check.sql).arg(id)).toLongLong();
            QCOMPARE(model.index(row, check.column).data(ItemRoles::RawValueRole).toLongLong(), expected);
        }
        // First and last seen sort by the moment (the view's sort role), over every class.
        const QString span = u"SELECT %1(utc_ms) FROM events WHERE initiator_id = %2 OR counterpart_id = %2"_qs;
        QCOMPARE(model.index(row, HandleTableModel::FirstSeenColumn).data(ItemRoles::RawValueRole),
                 scalar(m_db->db(), span.arg(u"min"_qs).arg(id)));
        QCOMPARE(model.index(row, HandleTableModel::LastSeenColumn).data(ItemRoles::RawValueRole),
                 scalar(m_db->db(), span.arg(u"max"_qs).arg(id)));
    }
    // Each count's heading says what it counts; the lookups' two add the caveat, the others do not.
    for (int column : {HandleTableModel::LookupsOutColumn, HandleTableModel::LookupsInColumn})
        QVERIFY(model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().endsWith(EvidenceClassText::lookupCaveat()));
    for (int column : {HandleTableModel::CommsOutColumn, HandleTableModel::CommsInColumn, HandleTableModel::ConnectionsColumn}) {
        const QString tip = model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
        QVERIFY(!tip.isEmpty());
        QVERIFY(!tip.contains(EvidenceClassText::lookupCaveat()));
    }
    QCOMPARE(model.headerData(HandleTableModel::CommsOutColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
             u"Communications (calls, SMS, messages) this handle sent or started"_qs);
    // The demo's target: 13 lookups made, 3 lookups of it, 6 communications sent, 4 received.
    const int target = model.rowOfHandle(handleId(QStringLiteral("+12025550143")));
    QCOMPARE(model.index(target, HandleTableModel::LookupsOutColumn).data().toLongLong(), 13);
    QCOMPARE(model.index(target, HandleTableModel::LookupsInColumn).data().toLongLong(), 3);
    QCOMPARE(model.index(target, HandleTableModel::CommsOutColumn).data().toLongLong(), 6);
    QCOMPARE(model.index(target, HandleTableModel::CommsInColumn).data().toLongLong(), 4);
    QCOMPARE(model.index(target, HandleTableModel::FirstSeenColumn).data().toString(), QStringLiteral("2026-03-02 08:14:03 UTC"));
    const int bea = model.rowOfHandle(handleId(QStringLiteral("+13125550147")));
    QVERIFY(TestSupport::shownText(model.index(bea, 0).data(Qt::ToolTipRole)).contains(QStringLiteral("(312) 555-0147")));
}

void tst_ExplorerModels::handleCountsAreGroupedAsTheOtherCounts()
{
    // "2030" stood in the table where the status bar and the Sources table write "2,030"; a
    // view's own formatting of a number leaves the separators out.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const qint64 target = handleId(QStringLiteral("+12025550143"));
    QVERIFY(m_db->db().transaction());
    QSqlQuery more(m_db->db());
    QVERIFY2(more.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200)"
                       " INSERT INTO events (class, subtype, utc_ms, time_raw, time_zone, initiator_id, initiator_raw,"
                       " counterpart_id, counterpart_raw, source_id, line, raw)"
                       " SELECT class, subtype, utc_ms, time_raw, time_zone, initiator_id, initiator_raw, counterpart_id,"
                       " counterpart_raw, source_id, line, raw FROM events, n WHERE id = (SELECT min(id) FROM events"
                       " WHERE class = 'lookup' AND initiator_id = %1)"_qs.arg(target)),
             qPrintable(more.lastError().text()));
    HandleTableModel model(m_db->db());
    model.reload();
    const int row = model.rowOfHandle(target);
    const QString lookups = model.index(row, HandleTableModel::LookupsOutColumn).data().toString();
    const QVariant raw = model.index(row, HandleTableModel::LookupsOutColumn).data(ItemRoles::RawValueRole);
    const QString received = model.index(row, HandleTableModel::CommsInColumn).data().toString();
    QVERIFY(m_db->db().rollback());
    QLocale::setDefault(before);
    QCOMPARE(lookups, u"1,213"_qs);
    QCOMPARE(raw, QVariant(qint64(1213))); // what the view sorts by
    QCOMPARE(received, u"4"_qs);
}

void tst_ExplorerModels::aWithheldNumberSaysItIsNoOneParty()
{
    const auto db = TestSupport::importedCase(m_dir.filePath(u"withheld.llcase"_qs), {u"carrier/cdr-withheld.csv"_qs});
    QVERIFY(db);
    HandleTableModel model(db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QHash<QString, int> rowOf;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOf.insert(model.index(row, HandleTableModel::HandleColumn).data(ItemRoles::RawValueRole).toString(), row);
    const int anonymous = rowOf.value(u"Anonymous"_qs, -1);
    QVERIFY(anonymous >= 0);
    QCOMPARE(model.index(anonymous, HandleTableModel::KindColumn).data().toString(), u"withheld number"_qs);
    QCOMPARE(model.index(anonymous, HandleTableModel::KindColumn).data(ItemRoles::RawValueRole).toString(), u"withheld"_qs);
    QVERIFY(model.index(anonymous, HandleTableModel::HandleColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(anonymous, HandleTableModel::CommsOutColumn).data().toLongLong(), 2); // its records, still counted
    QVERIFY(TestSupport::shownText(model.index(anonymous, HandleTableModel::CommsOutColumn).data(Qt::ToolTipRole)).contains(
        u"each of its records may be from someone else"_qs));
    const int company = rowOf.value(u"Private Line Ltd"_qs, -1);
    QCOMPARE(model.index(company, HandleTableModel::KindColumn).data().toString(), u"other"_qs);
    QVERIFY(!model.index(company, HandleTableModel::HandleColumn).data(Qt::FontRole).isValid());
    QVERIFY(!TestSupport::shownText(model.index(company, HandleTableModel::KindColumn).data(Qt::ToolTipRole)).contains(u"someone else"_qs));
}

void tst_ExplorerModels::aMaskedPartySaysItIsNoOneParty()
{
    const auto db = TestSupport::importedCase(m_dir.filePath(u"masked.llcase"_qs), {u"carrier/cdr-masked.csv"_qs});
    QVERIFY(db);
    HandleTableModel model(db->db());
    model.reload();
    QHash<QString, int> rowOf;
    for (int row = 0; row < model.rowCount(); ++row)
        rowOf.insert(model.index(row, HandleTableModel::HandleColumn).data(ItemRoles::RawValueRole).toString(), row);
    const int mask = rowOf.value(u"+49171*****12"_qs, -1);
    QVERIFY(mask >= 0);
    QCOMPARE(model.index(mask, HandleTableModel::KindColumn).data().toString(), u"masked"_qs);
    QCOMPARE(model.index(mask, HandleTableModel::KindColumn).data(ItemRoles::RawValueRole).toString(), u"masked"_qs);
    QVERIFY(model.index(mask, HandleTableModel::HandleColumn).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(mask, HandleTableModel::CommsOutColumn).data().toLongLong(), 2);
    QVERIFY(TestSupport::shownText(model.index(mask, HandleTableModel::CommsOutColumn).data(Qt::ToolTipRole)).contains(
        u"several people's numbers or addresses may be written so"_qs));
    const int code = rowOf.value(u"*100#"_qs, -1);
    QCOMPARE(model.index(code, HandleTableModel::KindColumn).data().toString(), u"other"_qs);
    QVERIFY(!model.index(code, HandleTableModel::HandleColumn).data(Qt::FontRole).isValid());
}

void tst_ExplorerModels::crossReferenceMeasuresNoGapToAMask()
{
    // A redacted return's lookup of "+1312555****" and, five minutes later, a call to
    // "+1312555****": two records of the same words, perhaps two people's numbers.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"masked-pair.llcase"_qs),
                                              {u"ids/ids-masked.csv"_qs, u"carrier/cdr-masked-call.csv"_qs});
    QVERIFY(db);
    const auto idOf = [&db](const QString &handle) {
        return TestSupport::scalar(db->db(), u"SELECT id FROM handles WHERE normalized = '%1'"_qs.arg(handle)).toLongLong();
    };
    CrossReferenceModel model(db->db());
    model.setPair(idOf(u"+12025550143"_qs), idOf(u"+1312555****"_qs));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.eventAt(0)->evidenceClass, u"lookup"_qs);
    QCOMPARE(model.eventAt(1)->evidenceClass, u"communication"_qs);
    QVERIFY(!model.gapAfterLookup(0));
    QCOMPARE(model.nextCommunicationRow(0), -1);
    QCOMPARE(model.index(0, CrossReferenceModel::GapColumn).data().toString(), u"not measured: no one party"_qs);
    QCOMPARE(model.noOnePartyNote(), u"“+1312555****” is masked: its records may be different people's, so no lookup here "
                                     "is measured to a communication."_qs);
    // A pair of two numbers is measured as ever, and says nothing.
    model.setPair(idOf(u"+12025550143"_qs), idOf(u"+12025550100"_qs));
    QVERIFY(model.noOnePartyNote().isEmpty());
}

void tst_ExplorerModels::labelsAreStoredAuditedAndShown()
{
    HandleTableModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int row = model.rowOfHandle(handleId(QStringLiteral("+13125550147")));
    QVERIFY(model.flags(model.index(row, 0)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(row, 0), QStringLiteral("Bea")));
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Bea (+13125550147)"));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT label FROM handle_labels")).toString(), QStringLiteral("Bea"));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'handle-label'")).toInt(), 1);
    const auto pair = CaseQueries(m_db->db()).pairEvents(handleId(QStringLiteral("+12025550143")), handleId(QStringLiteral("+13125550147")));
    QCOMPARE(pair.first().counterpartLabel, QStringLiteral("Bea"));
    QVERIFY(model.setData(model.index(row, 0), QString()));
    QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("+13125550147"));
    QCOMPARE(scalar(m_db->db(), QStringLiteral("SELECT count(*) FROM handle_labels")).toInt(), 0);
}

void tst_ExplorerModels::aLabelSetWhileLoadingIsNotLost()
{
    HandleTableModel model(m_db->db());
    model.reload();
    QSignalSpy started(&model, &HandleTableModel::loadingStarted);
    QSignalSpy loaded(&model, &HandleTableModel::loaded);
    const qint64 bea = handleId(QStringLiteral("+13125550147"));
    // The load may have read the labels before this one was stored: it is read again after.
    model.reloadInBackground();
    QVERIFY(model.setData(model.index(model.rowOfHandle(bea), 0), QStringLiteral("Bea")));
    QVERIFY(loaded.wait());
    QCOMPARE(started.count(), 2);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(model.index(model.rowOfHandle(bea), 0).data().toString(), QStringLiteral("Bea (+13125550147)"));
    QVERIFY(model.setData(model.index(model.rowOfHandle(bea), 0), QString()));
}

void tst_ExplorerModels::aFailedBackgroundLoadKeepsTheRows()
{
    // A copy of the case, opened, then taken away: the open connection still reads it, the
    // background load cannot open it and must not empty the list.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.llcase"));
    QString error;
    QVERIFY2(DemoCase::build(path, &error), qPrintable(error));
    auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY(db);
    HandleTableModel model(db->db());
    model.reload();
    const int rows = model.rowCount();
    QVERIFY(rows > 0);
    QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
    QSignalSpy loaded(&model, &HandleTableModel::loaded);
    model.reloadInBackground();
    QVERIFY(loaded.wait());
    QCOMPARE(model.rowCount(), rows);
}

void tst_ExplorerModels::crossReferenceSaysWhenATimeRunsAcrossReturns()
{
    // Lookups of +13125550147 in two Apple returns of September and one of October, a call on
    // 5 October in a carrier's records: from a September lookup the next communication recorded
    // lies past the days no source covers, one in it would not be in these records.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"across.llcase"_qs),
                                              {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs,
                                               u"ids/ids-later-return.csv"_qs, u"carrier/cdr-after-the-gap.csv"_qs});
    QVERIFY(db);
    CrossReferenceModel model(db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPair(*CaseQueries(db->db()).resolveHandle(u"+12025550143"_qs, u"US"_qs),
                  *CaseQueries(db->db()).resolveHandle(u"+13125550147"_qs, u"US"_qs));
    QStringList gaps;
    for (int row = 0; row < model.rowCount(); ++row)
        gaps.append(model.index(row, CrossReferenceModel::TimeColumn).data().toString() + u' '
                    + model.index(row, CrossReferenceModel::GapColumn).data().toString());
    QCOMPARE(gaps, (QStringList{u"2016-09-02 18:22:05 UTC 32 days later ⚠ (across a time no source covers)"_qs,
                                u"2016-09-05 23:59:59 UTC 29 days later ⚠ (across a time no source covers)"_qs,
                                u"2016-09-08 09:15:00 UTC 27 days later ⚠ (across a time no source covers)"_qs,
                                u"2016-10-03 11:05:40 UTC 2 days later"_qs, u"2016-10-05 17:20:00 UTC "_qs}));
    QCOMPARE(model.gapBeforeNext(0)->fromMs, 1475020800000); // after the period the second return states
    QVERIFY(!model.gapBeforeNext(3));
    QCOMPARE(TestSupport::shownText(model.index(0, CrossReferenceModel::GapColumn).data(Qt::ToolTipRole)),
             EvidenceClassText::lookupCaveat()
                 + u"\nNone of the sources of these events covers 2016-09-28 00:00:00 UTC to 2016-10-01 00:00:00 UTC "
                   "(after “ids-sample-next-return.csv”, before “ids-later-return.csv”): their records say nothing of "
                   "that time, and that none of these events falls in it does not show that nothing happened. A "
                   "communication in that time would not be in these records: this is the next one recorded, not "
                   "necessarily the next one.\nClick to see the communication this time runs to."_qs);
    // With no communication after it, a lookup before such a time says so too.
    model.setPair(*CaseQueries(db->db()).resolveHandle(u"+12025550143"_qs, u"US"_qs),
                  *CaseQueries(db->db()).resolveHandle(u"+14155550172"_qs, u"US"_qs));
    QCOMPARE(model.index(0, CrossReferenceModel::GapColumn).data().toString(),
             u"no communication after it ⚠ (across a time no source covers)"_qs);
}

void tst_ExplorerModels::crossReferenceGapsAndOrder()
{
    CrossReferenceModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPair(handleId(QStringLiteral("+12025550143")), handleId(QStringLiteral("+13125550147")));
    // Independently: every event between the two, either direction.
    const int expected = scalar(m_db->db(), QStringLiteral(
        "SELECT count(*) FROM events WHERE (initiator_id = %1 AND counterpart_id = %2) OR (initiator_id = %2 AND counterpart_id = %1)")
                                               .arg(handleId(QStringLiteral("+12025550143")))
                                               .arg(handleId(QStringLiteral("+13125550147")))).toInt();
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.rowCount(), 11); // 5 lookups, 6 communications
    // 08:14:03 lookup, then the call at 08:31:00: 16 min 57 s later.
    QCOMPARE(model.index(0, CrossReferenceModel::LookupColumn).data().toString(),
             QStringLiteral("+12025550143 → +13125550147 (iMessage query)"));
    QCOMPARE(model.gapAfterLookup(0).value(), qint64(16 * 60 + 57) * 1000);
    QCOMPARE(model.index(0, CrossReferenceModel::GapColumn).data().toString(), QStringLiteral("16 min later"));
    QVERIFY(model.index(1, CrossReferenceModel::LookupColumn).data().toString().isEmpty());
    QCOMPARE(model.index(1, CrossReferenceModel::CommunicationColumn).data().toString(),
             QStringLiteral("+12025550143 → +13125550147 (call)"));
    QVERIFY(!model.gapAfterLookup(1)); // not a lookup
    QCOMPARE(model.nextCommunicationRow(0), 1); // the call the gap runs to
    QCOMPARE(model.nextCommunicationRow(1), -1);
    // Every row's against SQL: a lookup's is the pair's first communication after it.
    for (int row = 0; row < model.rowCount(); ++row) {
        const EventRow *e = model.eventAt(row);
        const QVariant next = e->evidenceClass == u"lookup"
            ? scalar(m_db->db(), QStringLiteral("SELECT id FROM events WHERE ((initiator_id = %1 AND counterpart_id = %2)"
                                                " OR (initiator_id = %2 AND counterpart_id = %1)) AND class = 'communication'"
                                                " AND (utc_ms, id) > (%3, %4) ORDER BY utc_ms, id LIMIT 1")
                                     .arg(e->initiatorId).arg(*e->counterpartId).arg(e->utcMs).arg(e->id))
            : QVariant();
        const int found = model.nextCommunicationRow(row);
        QCOMPARE(found >= 0 ? QVariant(model.eventAt(found)->id) : QVariant(), next);
    }
    QVERIFY(TestSupport::shownText(model.index(0, 0).data(Qt::ToolTipRole)).contains(QStringLiteral("does not show")));
    // A lookup's time to the next communication says, where it is shown, that the lookup proves
    // no contact; a communication's row shows its source line as written.
    QCOMPARE(TestSupport::shownText(model.index(0, CrossReferenceModel::GapColumn).data(Qt::ToolTipRole)),
             EvidenceClassText::lookupCaveat() + u"\nClick to see the communication this time runs to."_qs);
    QCOMPARE(TestSupport::shownText(model.index(1, CrossReferenceModel::TimeColumn).data(Qt::ToolTipRole)), model.eventAt(1)->raw);
    QCOMPARE(model.index(0, 0).data(ItemRoles::EvidenceClassRole).toInt(), int(EvidenceClass::Lookup));
    QCOMPARE(model.index(1, 0).data(ItemRoles::EvidenceClassRole).toInt(), int(EvidenceClass::Communication));
    // Sorted by the gap itself (not its words), other columns by time.
    QCOMPARE(model.index(0, CrossReferenceModel::GapColumn).data(ItemRoles::RawValueRole).toLongLong(), qint64(16 * 60 + 57) * 1000);
    QCOMPARE(model.index(1, CrossReferenceModel::GapColumn).data(ItemRoles::RawValueRole).toLongLong(), model.eventAt(1)->utcMs);
    QCOMPARE(model.index(0, CrossReferenceModel::TimeColumn).data(ItemRoles::RawValueRole).toLongLong(), model.eventAt(0)->utcMs);
    QCOMPARE(CrossReferenceModel::formatGap(42 * 1000LL), QStringLiteral("42 s later"));
    QCOMPARE(CrossReferenceModel::formatGap(0), QStringLiteral("at the same moment"));
    QCOMPARE(CrossReferenceModel::formatGap(999), QStringLiteral("0 s later"));
    QCOMPARE(CrossReferenceModel::formatGap(3 * 86400000LL), QStringLiteral("3 days later"));
    model.setPair(handleId(QStringLiteral("+12025550143")), std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ExplorerModels::rejectedRowsOfASource()
{
    const QString path = m_dir.filePath(QStringLiteral("bad.llcase"));
    ImportParams params;
    params.casePath = path;
    params.files = {TestSupport::dataPath(QStringLiteral("ids/ids-bad-rows.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
    RejectedRowModel model(db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(1);
    QCOMPARE(model.rowCount(), 5); // line 8, blank, is no row
    QCOMPARE(model.index(2, RejectedRowModel::LineColumn).data().toInt(), 9);
    QVERIFY(model.index(2, RejectedRowModel::ReasonColumn).data().toString().contains(u"stray delimiter"_qs));
    model.setSource(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
    // The source's description names the line that is no row.
    const SourceListModel sources(db->db());
    QVERIFY(TestSupport::shownText(sources.index(0, 0).data(Qt::ToolTipRole)).contains(
        u"8 row(s) read: 3 accepted (3 lookup(s)), 0 duplicate, 5 rejected\nIts records run from 2016-09-02 "
        "18:22:05 UTC to 2016-09-02 18:30:00 UTC (they say nothing of the time before or after)\nText read as UTF-8\n"
        "1 blank line(s) hold no record and were not counted as rows: 8"_qs));
}

/// A tooltip's text as the user reads it (a rich text tooltip's, its HTML rendered).
void tst_ExplorerModels::rowsNotStoredSayWhereTheyStandInTheFilesText()
{
    // An HTML page's row is numbered as Excel numbers its <tr>s, a PDF's line counted through
    // the text of all its pages: neither is a line an expert finds in the file as it stands, so
    // each rejected or duplicate row says where it is, and where the event it repeats is.
    QTemporaryDir dir;
    const QByteArray header = "<tr><th>Start Time (UTC)</th><th>Originating Number</th><th>Terminating Number</th></tr>\n";
    const QByteArray record = "<tr><td>2016-09-12 14:03:07</td><td>+12025550100</td><td>+12025550143</td></tr>\n";
    const auto writePage = [&dir](const QString &name, const QByteArray &text) {
        QFile page(dir.filePath(name));
        return page.open(QIODevice::WriteOnly) && page.write(text) == text.size() ? page.fileName() : QString();
    };
    const QString first = writePage(u"portal.html"_qs, "<html><body><table>\n" + header + record
                                                           + "<tr>\n<td>not a time</td>\n<td>+12025550100</td>\n<td>"
                                                             "+12025550143</td>\n</tr>\n</table></body></html>\n");
    const QString again = writePage(u"portal-again.html"_qs, "<html>\n<body>\n\n<table>\n" + header + record + "</table></body></html>\n");
    const QString path = m_dir.filePath(QStringLiteral("places.llcase"));
    ImportParams params;
    params.casePath = path;
    params.timeZone = QStringLiteral("UTC");
    params.files = {first, TestSupport::dataPath(QStringLiteral("carrier/cdr-sections.pdf")), again};
    const ImportResult imported = ImportJob::run(params);
    QVERIFY2(imported.allOk(), qPrintable(imported.files.value(0).error + imported.files.value(1).error));
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
    QStringList places;
    for (const RejectedRowRecord &row : CaseQueries(db->db()).rejectedRows({}))
        places.append(u"%1 %2 %3 %4"_qs.arg(row.line).arg(row.place.pageTextLine).arg(row.place.pdfPage).arg(row.place.pdfPageLine));
    QCOMPARE(places, (QStringList{u"3 4 0 0"_qs, u"25 0 1 25"_qs, u"27 0 1 27"_qs, u"28 0 1 28"_qs}));
    RejectedRowModel model(db->db());
    model.setSource(1);
    QCOMPARE(model.index(0, RejectedRowModel::LineColumn).data().toInt(), 3);
    QCOMPARE(TestSupport::shownText(model.index(0, RejectedRowModel::LineColumn).data(Qt::ToolTipRole)),
             u"Row 3 of the page's table rows (<tr>), as Excel numbers them; its <tr> stands on line 4 of the file's text"_qs);
    model.setSource(2);
    QCOMPARE(TestSupport::shownText(model.index(0, RejectedRowModel::LineColumn).data(Qt::ToolTipRole)),
             u"Line 25 of the text the PDF holds: page 1, line 25 on it"_qs);
    DuplicateRowModel duplicates(db->db());
    duplicates.setSource(3);
    QCOMPARE(duplicates.rowCount(), 1);
    QCOMPARE(duplicates.index(0, DuplicateRowModel::LineColumn).data().toInt(), 2);
    QCOMPARE(TestSupport::shownText(duplicates.index(0, DuplicateRowModel::LineColumn).data(Qt::ToolTipRole)),
             u"Row 2 of the page's table rows (<tr>), as Excel numbers them; its <tr> stands on line 6 of the file's text"_qs);
    QCOMPARE(TestSupport::shownText(duplicates.index(0, DuplicateRowModel::LinkedToColumn).data(Qt::ToolTipRole)),
             u"the same record as the event stored from portal.html, line 2\n(Row 2 of the page's table rows (<tr>), as "
             "Excel numbers them; its <tr> stands on line 3 of the file's text)\nClick to show that event and every line it "
             "was read from."_qs);
}

void tst_ExplorerModels::duplicateRowsOfASource()
{
    // The "Duplicate" figure of each source, row by row: the line, the event it was linked to
    // and where that event was first read; a further leg of a call says so.
    const QString path = m_dir.filePath(QStringLiteral("duplicates.llcase"));
    ImportParams params;
    params.casePath = path;
    params.timeZone = QStringLiteral("UTC");
    params.files = {TestSupport::dataPath(QStringLiteral("ids/ids-sample.csv")), TestSupport::dataPath(QStringLiteral("ids/ids-joined.csv")),
                    TestSupport::dataPath(QStringLiteral("carrier/cdr-legs.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(path, CaseDatabase::Access::ReadOnly, &error);
    DuplicateRowModel model(db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rows = [&model]() {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out.append(QStringLiteral("%1 | %2").arg(model.index(r, DuplicateRowModel::LineColumn).data().toInt())
                           .arg(model.index(r, DuplicateRowModel::LinkedToColumn).data().toString()));
        return out;
    };
    model.setSource(2);
    QCOMPARE(rows(), (QStringList{u"10 | the same record as the event stored from ids-sample.csv, line 10"_qs,
                                  u"11 | the same record as the event stored from ids-sample.csv, line 11"_qs,
                                  u"12 | the same record as the event stored from ids-sample.csv, line 12"_qs,
                                  u"24 | the same record as the event stored from ids-sample.csv, line 12"_qs,
                                  u"25 | the same record as the event stored from ids-joined.csv, line 14"_qs,
                                  u"27 | the same record as the event stored from ids-sample.csv, line 14"_qs}));
    QCOMPARE(model.index(0, DuplicateRowModel::RawColumn).data().toString(),
             u"2016-09-02 18:22:05,+12025550143,tel:+13125550147,198.51.100.14,2,iPhone"_qs);
    // Each row leads to the event it names.
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 eventId = model.index(r, DuplicateRowModel::RawColumn).data(ItemRoles::EventIdRole).toLongLong();
        const auto provenance = CaseQueries(db->db()).provenance(eventId);
        QVERIFY(provenance);
        QVERIFY2(model.index(r, DuplicateRowModel::LinkedToColumn).data().toString().endsWith(
                     u", line "_qs + QString::number(provenance->event.line)),
                 qPrintable(QString::number(r)));
    }
    model.setSource(3);
    QCOMPARE(rows(), (QStringList{u"3 | another leg of the call stored from cdr-legs.csv, line 2"_qs,
                                  u"6 | another leg of the call stored from cdr-legs.csv, line 5"_qs,
                                  u"7 | another leg of the call stored from cdr-legs.csv, line 5"_qs}));
    // As many rows as each source's figure.
    for (qint64 source = 1; source <= 3; ++source) {
        model.setSource(source);
        QCOMPARE(model.rowCount(), TestSupport::scalar(db->db(), QStringLiteral("SELECT rows_duplicate FROM sources WHERE id = %1").arg(source)).toInt());
    }
    model.setSource(std::nullopt);
    QCOMPARE(model.rowCount(), 0);
}

void tst_ExplorerModels::eachSourcesFirstAndLastRecordInTheDisplayZone()
{
    // The second return's first four rows repeat the first's: its records reach back to them.
    const auto db = TestSupport::importedCase(m_dir.filePath(u"periods.llcase"_qs),
                                              {u"ids/ids-sample.csv"_qs, u"ids/ids-sample-next-return.csv"_qs});
    QVERIFY(db);
    SourceListModel model(db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto span = [&model](int row) -> QString {
        return model.index(row, SourceListModel::FirstRecordColumn).data().toString() + u" – "_qs
               + model.index(row, SourceListModel::LastRecordColumn).data().toString();
    };
    QCOMPARE(span(0), u"2016-09-02 18:22:05 UTC – 2016-09-07 12:30:15 UTC"_qs);
    QCOMPARE(span(1), u"2016-09-03 07:01:13 UTC – 2016-09-09 21:40:02 UTC"_qs);
    QCOMPARE(model.headerData(SourceListModel::FirstRecordColumn, Qt::Horizontal).toString(), u"First record\n(UTC)"_qs);
    QSignalSpy headings(&model, &QAbstractItemModel::headerDataChanged);
    model.setDisplayZone(QTimeZone(QByteArrayLiteral("America/New_York")));
    QCOMPARE(headings.size(), 1);
    QCOMPARE(span(1), u"2016-09-03 03:01:13 UTC-04:00 – 2016-09-09 17:40:02 UTC-04:00"_qs);
    QCOMPARE(model.headerData(SourceListModel::LastRecordColumn, Qt::Horizontal).toString(),
             u"Last record\n(America/New_York)"_qs);
    // Each leads to its event: the second return's first record repeated the first's third
    // (event 3, line 12 of ids-sample.csv), its last is its own (event 8).
    const CaseQueries queries(db->db());
    QCOMPARE(queries.edgeRecordOfSource(1, false), std::optional<qint64>(1));
    QCOMPARE(queries.edgeRecordOfSource(1, true), std::optional<qint64>(6));
    QCOMPARE(queries.edgeRecordOfSource(2, false), std::optional<qint64>(3));
    QCOMPARE(queries.edgeRecordOfSource(2, true), std::optional<qint64>(8));
    QCOMPARE(queries.edgeRecordOfSource(3, false), std::nullopt); // no such source
    QVERIFY(TestSupport::shownText(model.index(0, SourceListModel::FirstRecordColumn).data(Qt::ToolTipRole))
                .endsWith(u"\nClick to see that record and its source line."_qs));
}

void tst_ExplorerModels::sourcesWithHashAndAccounting()
{
    SourceListModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SourceListModel::NameColumn).data().toString(), QStringLiteral("ids-query-log.csv"));
    QCOMPARE(model.index(0, SourceListModel::FormatColumn).data().toString(), QStringLiteral("apple-ids"));
    // The events accepted, each class apart (the English plural forms come from the translation
    // the application installs; here the source text shows).
    QCOMPARE(model.index(0, SourceListModel::AcceptedColumn).data().toString(), u"16 lookup(s)"_qs);
    QCOMPARE(model.index(1, SourceListModel::AcceptedColumn).data().toString(), u"10 communication(s)"_qs);
    QCOMPARE(model.index(0, SourceListModel::AcceptedColumn).data(ItemRoles::RawValueRole).toInt(), 16);
    QCOMPARE(EvidenceClassText::countsText({3, 0, 1}), u"3 lookup(s) · 1 connection(s)"_qs);
    QCOMPARE(EvidenceClassText::countsText({}), u"none"_qs);
    QCOMPARE(model.index(0, SourceListModel::Sha256Column).data().toString(),
             scalar(m_db->db(), QStringLiteral("SELECT sha256 FROM sources WHERE id = 1")).toString());
    QVERIFY(TestSupport::shownText(model.index(1, 0).data(Qt::ToolTipRole)).contains(QStringLiteral("10 row(s) read: 10 accepted (10 communication(s))")));
    model.reload();
    QCOMPARE(model.rowCount(), 2);
    // Large counts are written as the other counts beside them are, grouped in the locale's way
    // (the rows read were "200006" beside "200,005 communications").
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_db->db().transaction());
    QSqlQuery grow(m_db->db());
    QVERIFY(grow.exec(u"UPDATE sources SET rows_read = 13345, rows_accepted = 12000, accepted_communications = 12000,"
                      " rows_duplicate = 1300, rows_rejected = 45 WHERE id = 2"_qs));
    model.reload();
    // The columns too ("9999" stood beside "10,000 lookups"); their raw values the numbers.
    QCOMPARE(model.index(1, SourceListModel::AcceptedColumn).data().toString(), u"12,000 communication(s)"_qs);
    QCOMPARE(model.index(1, SourceListModel::DuplicateColumn).data().toString(), u"1,300"_qs);
    QCOMPARE(model.index(1, SourceListModel::RejectedColumn).data().toString(), u"45"_qs);
    QCOMPARE(model.index(1, SourceListModel::DuplicateColumn).data(ItemRoles::RawValueRole), QVariant(qint64(1300)));
    QCOMPARE(model.index(1, SourceListModel::RejectedColumn).data(ItemRoles::RawValueRole), QVariant(qint64(45)));
    // Right-aligned as the Handles and IPs tables' counts are; the accepted count is words.
    QCOMPARE(model.index(1, SourceListModel::DuplicateColumn).data(Qt::TextAlignmentRole),
             QVariant(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, SourceListModel::AcceptedColumn).data(Qt::TextAlignmentRole), QVariant());
    const QString tip = TestSupport::shownText(model.index(1, 0).data(Qt::ToolTipRole));
    QVERIFY(m_db->db().rollback());
    QLocale::setDefault(before);
    model.reload();
    QVERIFY2(tip.contains(u"13,345 row(s) read: 12,000 accepted (12,000 communication(s)), 1,300 duplicate, 45 rejected"_qs),
             qPrintable(tip));
}

void tst_ExplorerModels::aRecordOutsideTheStatedPeriodIsMarked()
{
    // A return stating 1 to 4 September (Los Angeles) whose last record is the 5th: its last
    // record carries the warning sign, in words for a screen reader; its first does not.
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("outside.llcase"));
    params.files = {TestSupport::dataPath(QStringLiteral("ids/ids-outside-period.csv"))};
    params.timeZone = QStringLiteral("America/Los_Angeles");
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    SourceListModel model(db->db());
    const QModelIndex first = model.index(0, SourceListModel::FirstRecordColumn);
    const QModelIndex last = model.index(0, SourceListModel::LastRecordColumn);
    QVERIFY(!first.data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY(last.data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY(!model.index(0, SourceListModel::AcceptedColumn).data(ItemRoles::CountCaveatRole).toBool());
    QVERIFY(!first.data(Qt::AccessibleTextRole).isValid());
    QCOMPARE(last.data(Qt::AccessibleTextRole).toString(),
             u"2016-09-05 07:30:00 UTC, after the period the source states: see its description"_qs);
    // A copy keeps the sign and says beneath what it means (not the count's caveat).
    const TableCells copied =
        TableText::cells(model, {0}, {SourceListModel::FirstRecordColumn, SourceListModel::LastRecordColumn});
    QCOMPARE(copied.rows, (QList<QStringList>{{u"2016-09-01 15:00:00 UTC"_qs, u"2016-09-05 07:30:00 UTC \u26A0"_qs}}));
    QCOMPARE(copied.notes, QStringList{u"\u26A0 Dated outside the period the source states (a WhatsApp page's Date Range, "
                                       "the \"Period\" line above an Apple return's header): the source's description says "
                                       "by how much."_qs});
    // A WhatsApp page's Date Range, both ends within it: a record a second before it is before.
    SourceRow page;
    page.recordsFirstMs = 1759395599000; // 2025-10-02 08:59:59 UTC
    page.recordsLastMs = 1759396500000;  // 09:15:00, its last second
    page.metadata = QJsonObject{{u"request_parameters"_qs,
                                 QJsonObject{{u"Date Range"_qs, u"2025-10-02 09:00:00 UTC to 2025-10-02 09:15:00 UTC"_qs}}}};
    QCOMPARE(SourcePeriods::recordsOutsideStated(page), std::pair(true, false));
    page.recordsFirstMs = 1759395600000;
    page.recordsLastMs = 1759396501000;
    QCOMPARE(SourcePeriods::recordsOutsideStated(page), std::pair(false, true));
}

void tst_ExplorerModels::sourceJoiningReturnsSaysSo()
{
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("joined.llcase"));
    params.files = {TestSupport::dataPath(QStringLiteral("ids/ids-joined.csv"))};
    params.timeZone = QStringLiteral("UTC");
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    SourceListModel model(db->db());
    QCOMPARE(model.index(0, SourceListModel::DuplicateColumn).data().toInt(), 2);
    QVERIFY2(TestSupport::shownText(model.index(0, 0).data(Qt::ToolTipRole)).endsWith(
                 QStringLiteral("11 row(s) read: 7 accepted (7 lookup(s)), 2 duplicate, 2 rejected\nIts records run from 2016-09-02 "
                                "18:22:05 UTC to 2016-09-06 00:00:00 UTC (they say nothing of the time before or after)\n"
                                "The return it joins under the header row at line 9: records from 2016-09-02 18:22:05 UTC "
                                "to 2016-09-04 23:59:59 UTC\n"
                                "The return it joins under the header row at line 23: records from 2016-09-03 07:01:13 UTC "
                                "to 2016-09-06 00:00:00 UTC\n"
                                "It states the period it covers on line 5 (“Period 2016-08-28 through 2016-09-05”): "
                                "2016-08-28 to 2016-09-05, read as whole days in UTC (the zone its times were read in) and "
                                "counted as time it covers, with records or without\n"
                                "It states the period it covers on line 19 (“Period 2016-09-03 through 2016-09-10”): "
                                "2016-09-03 to 2016-09-10, read as whole days in UTC (the zone its times were read in) and "
                                "counted as time it covers, with records or without\n"
                                "Text read as UTF-8\nThe header row comes again further down "
                                "(line 23), as where returns are joined in one file: a record repeated from a part before "
                                "it is one event, linked as a duplicate.")),
             qPrintable(TestSupport::shownText(model.index(0, 0).data(Qt::ToolTipRole))));

    // Returns of other formats joined in: each named with the line its header opens.
    params.casePath = m_dir.filePath(QStringLiteral("formats.llcase"));
    params.files = {TestSupport::dataPath(QStringLiteral("ids/three-formats-joined.csv"))};
    QVERIFY(ImportJob::run(params).allOk());
    const auto formats = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(formats, qPrintable(error));
    const SourceListModel formatsModel(formats->db());
    QCOMPARE(formatsModel.index(0, SourceListModel::FormatColumn).data().toString(),
             QStringLiteral("apple-ids, then apple-facetime, carrier-cdr"));
    const QString tip = TestSupport::shownText(formatsModel.index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(!tip.contains(QStringLiteral("comes again")), qPrintable(tip));
    QVERIFY2(tip.endsWith(QStringLiteral("rejected\nIts records run from 2016-09-02 18:22:05 UTC to 2016-09-05 "
                                         "11:00:00 UTC (they say nothing of the time before or after)\n"
                                         "Text read as UTF-8\nfrom line 4 the file holds a header row of another format, Apple FaceTime "
                                         "call-invitation log: the rows after it are read as that format\nfrom line 6 the "
                                         "file holds a header row of another format, Carrier call/SMS records (start time, "
                                         "or date and time; originating and terminating number): the rows after it are "
                                         "read as that format")),
             qPrintable(tip));
}

QString tst_ExplorerModels::firstSourceTip(const QString &name, const QString &file)
{
    ImportParams params;
    params.casePath = m_dir.filePath(name);
    params.timeZone = QStringLiteral("UTC");
    params.files = {file};
    if (!ImportJob::run(params).allOk())
        return {};
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? TestSupport::shownText(SourceListModel(db->db()).index(0, 0).data(Qt::ToolTipRole)) : error;
}

void tst_ExplorerModels::sourceReadInTwoEncodingsAndEndingInsideALineSaysSo()
{
    const QString csv = m_dir.filePath(QStringLiteral("mixed.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
               "2016-09-02 18:22:05,+12025550143,dana.r\xC3\xA9yes@example.com,198.51.100.14,2\n"
               "2016-09-02 18:23:05,+12025550143,jos\xE9@example.com,198.51.100.14,1\n"
               "2016-09-02 18:24:05,+12025550143,ren\xE9@example.com,198.51.100.14,1\n"
               "2016-09-02 18:25:05,+12025550143,z\xC3\xBC@example.com,198.51.100.14,1\n"
               "2016-09-02 18:26:05,+12025550143,\xE7@example.com,198.51.100.14,1\n"
               "2016-09-02 18:27:05,+12025550143,\xC3\xA7" "a@example.com,198.51.100.14,1\n"
               "2016-09-02 18:28:05,+12025550143,\xC3\xA9t\xC3\xA9@example.com,198.51.100.14,1");
    file.close();
    const QString tip = firstSourceTip(QStringLiteral("mixed.llcase"), csv);
    QVERIFY2(tip.endsWith(u"rejected\nIts records run from 2016-09-02 18:22:05 UTC to 2016-09-02 18:28:05 UTC (they "
                          "say nothing of the time before or after)\nText read as UTF-8\n3 line(s) of this UTF-8 file are not UTF-8 and were read as "
                          "Windows-1252: 3\u20134, 6\nthe file ends inside line 8, with no line end after it: that line "
                          "may have been cut short"_qs),
             qPrintable(tip));
}

void tst_ExplorerModels::sourceWithReferencesNamingNoCharacterSaysSo()
{
    const QString tip = firstSourceTip(QStringLiteral("references.llcase"),
                                       TestSupport::dataPath(QStringLiteral("carrier/cdr-references.xlsx")));
    QVERIFY2(tip.endsWith(u"rejected\nIts records run from 2016-09-12 14:03:07 UTC to 2016-09-12 14:11:00 UTC (they "
                          "say nothing of the time before or after)\n2 line(s) hold a character reference that names no character (as \"&#xD83D;\", "
                          "half of a pair), read as U+FFFD (\uFFFD) in its place: 3\u20134\n1 line(s) hold a control "
                          "character XML does not allow (its XML is not well-formed there), read as it stands, as a text "
                          "file's would be: 6"_qs),
             qPrintable(tip));
}

void tst_ExplorerModels::theSourcesOfOneFileAreOneFile()
{
    // A workbook's worksheets and a return's pages are each their file's; a table imported alone is
    // a file of its own.
    const auto db = TestSupport::importedCase(
        m_dir.filePath(u"files.llcase"_qs),
        {u"carrier/cdr-sheets.xlsx"_qs, u"ids/ids-sample.csv"_qs, u"whatsapp/return.zip"_qs});
    QVERIFY(db);
    QStringList files;
    for (const SourceFile &file : SourceFiles::of(CaseQueries(db->db()).sources()))
        files.append(file.name + u' ' + SourceFiles::idRanges(file.sourceIds));
    QCOMPARE(files, (QStringList{u"cdr-sheets.xlsx #1–#2"_qs, u"ids-sample.csv #3"_qs,
                                 u"return.zip #4–#5"_qs}));
    // Each part's description gives its file's figures, as the import printed them for the file
    // ("return.zip: 8 accepted, 1 rejected, 5 duplicate"); a file of one source, none.
    const QList<SourceRow> sources = CaseQueries(db->db()).sources();
    QStringList firstNotes;
    for (const SourceRow &source : sources)
        firstNotes.append(SourceListModel::notes(source, sources).value(0));
    // (This suite loads no translation: the plurals are the source text's.)
    const QString sheets =
        u"Its file gave 2 sources, this one among them; together, 3 row(s) read: 3 accepted "
        "(3 communication(s)), 0 duplicate, 0 rejected"_qs;
    const QString pages =
        u"Its file gave 2 sources, this one among them; together, 14 row(s) read: 8 accepted "
        "(6 communication(s) · 2 connection(s)), 5 duplicate, 1 rejected"_qs;
    QCOMPARE(firstNotes.mid(0, 2), (QStringList{sheets, sheets}));
    QVERIFY2(!firstNotes[2].startsWith(u"Its file"_qs), qPrintable(firstNotes[2]));
    QCOMPARE(firstNotes.mid(3), (QStringList{pages, pages}));
    // The sum is of the parts' own figures: the second page alone read 8 rows.
    QCOMPARE(sources[4].rowsRead, 8);
    QCOMPARE(sources[3].rowsRead + sources[4].rowsRead, 14);
    // The return imported again (--allow-duplicate): one file of four sources, two imports, each
    // summed as it printed its own line ("0 accepted, 1 rejected, 13 duplicate").
    ImportParams again;
    again.casePath = m_dir.filePath(u"files.llcase"_qs);
    again.files = {TestSupport::dataPath(u"whatsapp/return.zip"_qs)};
    again.allowDuplicate = true;
    const ImportResult result = ImportJob::run(again);
    QVERIFY(result.allOk());
    const FileImportResult &printed = result.files.value(0);
    QCOMPARE((QList<int>{printed.rowsRead, printed.accepted, printed.duplicate, printed.rejected}),
             (QList<int>{14, 0, 13, 1}));
    const QList<SourceRow> twice = CaseQueries(db->db()).sources();
    QCOMPARE(twice.size(), 7);
    // A few of them read alone, as the cross-reference and the timeline read their events' sources.
    QList<qint64> some;
    for (const SourceRow &source : CaseQueries(db->db()).sources(QSet<qint64>{6, 2, 99}))
        some.append(source.id);
    QCOMPARE(some, (QList<qint64>{2, 6}));
    QCOMPARE(CaseQueries(db->db()).sources(QSet<qint64>{6}).value(0).metadata, twice[5].metadata);
    QVERIFY(CaseQueries(db->db()).sources(QSet<qint64>{}).isEmpty());
    const SourceRelations relations(twice);
    QCOMPARE(relations.importedWith(twice[3].id), (QList<qint64>{4, 5}));
    QCOMPARE(relations.importedWith(twice[6].id), (QList<qint64>{6, 7}));
    QCOMPARE(relations.importedWith(twice[2].id), QList<qint64>{3});
    QCOMPARE(SourceListModel::notes(twice[3], twice).value(0), pages);
    QCOMPARE(SourceListModel::notes(twice[5], twice).value(0),
             u"Its file gave 2 sources, this one among them; together, 14 row(s) read: 0 accepted "
             u"(none), 13 "
             "duplicate, 1 rejected"_qs);
    QCOMPARE(SourceFiles::idRanges({9, 3, 1, 2, 5, 4, 12}), u"#1–#5, #9, #12"_qs);
}

namespace {

SourceRow relatedSource(qint64 id, const QString &path, const QString &part, int rowsRead)
{
    SourceRow source;
    source.id = id;
    source.filePath = path;
    source.fileName = path.section(u'/', -1);
    source.part = part;
    source.sha256 = u"sha-of-"_qs + path;
    source.rowsRead = rowsRead;
    source.accepted = rowsRead - 1;
    source.acceptedByClass[size_t(EvidenceClass::Lookup)] = rowsRead - 1;
    source.rejected = 1;
    return source;
}

} // namespace

void tst_ExplorerModels::sourceRelationsAreReadOnceForAll()
{
    // A workbook of two sheets (#1, #2), another file (#3), the workbook imported again after it
    // (#4, #5) and once more straight after (#6, #7: consecutive ids, but its sheets named again).
    QList<SourceRow> all;
    for (const auto &[id, path, sheet] :
         QList<std::tuple<qint64, QString, QString>>{{1, u"/r/book.xlsx"_qs, u"Calls"_qs},
                                                     {2, u"/r/book.xlsx"_qs, u"Texts"_qs},
                                                     {3, u"/r/other.csv"_qs, QString()},
                                                     {4, u"/r/book.xlsx"_qs, u"Calls"_qs},
                                                     {5, u"/r/book.xlsx"_qs, u"Texts"_qs},
                                                     {6, u"/r/book.xlsx"_qs, u"Calls"_qs},
                                                     {7, u"/r/book.xlsx"_qs, u"Texts"_qs}})
        all.append(relatedSource(id, path, sheet, int(id) + 1));
    // Later files' findings: #8 found records of #2 shifted; #9 found #2's recorded twice and
    // #1's shifted; #10 names itself (none of the others').
    ShiftedRecords::Finding shifted;
    shifted.sourceName = u"book.xlsx › Texts"_qs;
    shifted.sourceId = 2;
    shifted.matched = 3;
    shifted.checked = 4;
    RecordedTwice::Finding twice;
    twice.sourceName = u"book.xlsx › Texts"_qs;
    twice.sourceId = 2;
    twice.matched = 2;
    twice.checked = 2;
    all.append(relatedSource(8, u"/r/shifted.csv"_qs, {}, 5));
    all.last().metadata.insert(u"shifted_records"_qs, shifted.toJson());
    all.append(relatedSource(9, u"/r/carrier.csv"_qs, {}, 5));
    all.last().metadata.insert(u"recorded_twice"_qs, twice.toJson());
    shifted.sourceId = 1;
    all.last().metadata.insert(u"shifted_records"_qs, shifted.toJson());
    all.append(relatedSource(10, u"/r/self.csv"_qs, {}, 5));
    shifted.sourceId = 10;
    all.last().metadata.insert(u"shifted_records"_qs, shifted.toJson());

    const SourceRelations relations(all);
    QCOMPARE(relations.importedWith(1), (QList<qint64>{1, 2}));
    QCOMPARE(relations.importedWith(2), (QList<qint64>{1, 2}));
    QCOMPARE(relations.importedWith(3), QList<qint64>{3});
    QCOMPARE(relations.importedWith(5), (QList<qint64>{4, 5}));
    QCOMPARE(relations.importedWith(6), (QList<qint64>{6, 7}));
    QCOMPARE(relations.importedWith(42), QList<qint64>{42}); // no source of the case
    // The sums the file's line gave: #6 read 7 rows, #7 8, one rejected each.
    const SourceRow sum = relations.importSum(7);
    QCOMPARE((QList<qint64>{sum.rowsRead, sum.accepted, sum.rejected, sum.duplicate}),
             (QList<qint64>{15, 13, 2, 0}));
    QCOMPARE(sum.acceptedByClass[size_t(EvidenceClass::Lookup)], 13);

    const auto ids = [](const QList<const SourceRow *> &rows) {
        QList<qint64> found;
        for (const SourceRow *row : rows)
            found.append(row->id);
        return found;
    };
    QCOMPARE(ids(relations.findersOf(2)), (QList<qint64>{8, 9}));
    QCOMPARE(ids(relations.findersOf(1)), QList<qint64>{9});
    QVERIFY(relations.findersOf(10).isEmpty());
    QVERIFY(relations.findersOf(3).isEmpty());
    // The description reads them so: #2's file line, then what #8 and #9 found, in their order.
    const QStringList notes = SourceListModel::notes(all.at(1), relations);
    QCOMPARE(notes, SourceListModel::notes(all.at(1), all));
    QCOMPARE(notes.value(0),
             u"Its file gave 2 sources, this one among them; together, 5 row(s) read: 3 accepted "
             "(3 lookup(s)), 0 duplicate, 2 rejected"_qs);
    QCOMPARE(notes.size(), 3);
    QVERIFY2(notes.at(1).startsWith(u"“shifted.csv” holds records of this file at other times"_qs),
             qPrintable(notes.at(1)));
    QVERIFY2(notes.at(2).startsWith(u"“carrier.csv”, another provider's records, holds calls"_qs),
             qPrintable(notes.at(2)));
    QVERIFY(SourceListModel::foundElsewhere(all.at(0), relations));
    QVERIFY(!SourceListModel::foundElsewhere(all.at(2), relations));
}

void tst_ExplorerModels::aBareRecordsPageIsNoContainer()
{
    // Its SHA-256 is the file's, given once: it was read from inside nothing.
    const QString page = TestSupport::dataPath(QStringLiteral("whatsapp/records.html"));
    const QString tip = firstSourceTip(QStringLiteral("bare.llcase"), page);
    QVERIFY2(tip.startsWith(page + u"\nSHA-256 "_qs + TestSupport::sha256Of(page) + u"\n2911 bytes, imported "_qs),
             qPrintable(tip));
}

void tst_ExplorerModels::sourceOfAReturnMissingADeliveryOrCutShortSaysSo()
{
    const QString tip = firstSourceTip(QStringLiteral("delivery.llcase"),
                                       TestSupport::dataPath(QStringLiteral("whatsapp/return-garbled-delivery.zip")));
    // Its ZIP whole in the return, the hash of what it holds, to be matched with the provider's list.
    const ZippedTables::Copy garbled = ZippedTables::copyOut(
        TestSupport::dataPath(QStringLiteral("whatsapp/return-garbled-delivery.zip")), u"1122334455-delivery-2.zip"_qs, m_dir.path());
    QVERIFY2(!garbled.path.isEmpty(), qPrintable(garbled.error));
    // The page's period: its records, and the Date Range its request parameters state.
    QVERIFY2(tip.endsWith(u"rejected\nIts records run from 2026-10-02 09:00:03 UTC to 2026-10-02 09:10:00 UTC (they "
                          "say nothing of the time before or after)\nThe provider states that it covers 2026-10-02 "
                          "09:00:00 UTC to 2026-10-02 09:15:00 UTC (its Date Range)\nText read as UTF-8\nthe delivery \"return-garbled-delivery.zip › "
                          "1122334455-delivery-2.zip\" (its ZIP's SHA-256: %1) cannot be "
                          "read and was not imported: not a readable ZIP"_qs.arg(TestSupport::sha256Of(garbled.path))),
             qPrintable(tip));
    // A return cut short says so, and names the delivery it ends inside.
    const QString cutPath = TestSupport::dataPath(QStringLiteral("whatsapp/return-cut.zip"));
    const QString cut = firstSourceTip(QStringLiteral("cut.llcase"), cutPath);
    // Its SHA-256 is the file's, the one an expert checks; the page read inside it has its own.
    QVERIFY2(cut.startsWith(cutPath + u"\nSHA-256 "_qs + TestSupport::sha256Of(cutPath)
                            + u" (that file)\n1122334455-delivery-1.zip › records.html inside it: SHA-256 "_qs
                            + TestSupport::sha256Of(TestSupport::dataPath(u"whatsapp/records.html"_qs))
                            + u", 2911 bytes, imported "_qs),
             qPrintable(cut));
    QVERIFY2(cut.endsWith(u"rejected\nIts records run from 2026-10-02 09:00:03 UTC to 2026-10-02 09:10:00 UTC (they "
                          "say nothing of the time before or after)\nThe provider states that it covers 2026-10-02 "
                          "09:00:00 UTC to 2026-10-02 09:15:00 UTC (its Date Range)\nText read as UTF-8\nthe return's ZIP has no directory that can be read, so its "
                          "entries were read from their own headers: the file ends inside its entry \"1122334455-delivery-2.zip\": it was cut "
                          "short there, and whatever came after is missing\nthe delivery \"return-cut.zip › "
                          "1122334455-delivery-2.zip\" cannot be read and was not imported: the return's file ends inside "
                          "it: it was cut short"_qs),
             qPrintable(cut));
}

void tst_ExplorerModels::sourceWithWorksheetsNotReadSaysSo()
{
    ImportParams params;
    params.casePath = m_dir.filePath(QStringLiteral("sheets.llcase"));
    params.files = {TestSupport::dataPath(QStringLiteral("carrier/cdr-sheets.xlsx"))};
    QVERIFY(ImportJob::run(params).allOk());
    QString error;
    auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadWrite, &error);
    QVERIFY2(db, qPrintable(error));
    {
        // Each record sheet is a source, named with its worksheet; each tells what was left out.
        SourceListModel model(db->db());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"cdr-sheets.xlsx \u203a Records"_qs);
        QCOMPARE(model.index(1, 0).data().toString(), u"cdr-sheets.xlsx \u203a Records (2)"_qs);
        for (const int row : {0, 1}) {
            const QString tip = TestSupport::shownText(model.index(row, 0).data(Qt::ToolTipRole));
            QVERIFY2(tip.endsWith(u"\nthe worksheet \"Notes\" (1 row(s) with values) was not imported: no header row was "
                                  "recognised in it"_qs),
                     qPrintable(tip));
        }
    }
    // A source imported when one worksheet of a workbook was read says so in the words of then.
    QSqlQuery legacy(db->db());
    QVERIFY(legacy.exec(uR"j(UPDATE sources SET metadata = json_set(metadata, '$.unread_worksheets',
                             json('[{"name":"Records (2)","rows":2}]')) WHERE id = 1)j"_qs));
    SourceListModel model(db->db());
    const QString tip = TestSupport::shownText(model.index(0, 0).data(Qt::ToolTipRole));
    QVERIFY2(tip.endsWith(u"\nthe worksheet \"Records (2)\" (2 row(s) with values) was not read: only one worksheet of a "
                          "workbook was imported; save that sheet as a file of its own to import it"_qs),
             qPrintable(tip));
}

QTEST_GUILESS_MAIN(tst_ExplorerModels)
#include "tst_explorermodels.moc"
