#include "casedatabase.h"
#include "casequeries.h"
#include "importjob.h"
#include "itemroles.h"
#include "sourcelistmodel.h"
#include "sourcereading.h"
#include "testsupport.h"
#include "zonerules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::dataPath;

/// How a source's file was read, as its description says it: real files imported into a real
/// case, the lines read back from what the case keeps.
class tst_SourceReading : public QObject
{
    Q_OBJECT
private slots:
    void aReturnNamesItsBlockItsAccountAndTheLineThatSettledItsDates();
    void aWhatsAppRecordNamesItsRequestInTheRecordsOrder();
    void aMappedFileSaysItsClassIsTheProfiles();
    void aWorksheetGoingOnNamesTheHeaderAndDatesItTook();
    void anEventsDateThatReadsEitherWaySaysWhichWayAndWhy();
    void aDateThatIsNoDaySettlesNothing();

private:
    /// @brief Imports @p params into a new case @p name; its sources, or none (failing the test).
    QList<SourceRow> imported(const QString &name, ImportParams params);
    QTemporaryDir m_dir;
};

QList<SourceRow> tst_SourceReading::imported(const QString &name, ImportParams params)
{
    params.casePath = m_dir.filePath(name);
    const ImportResult result = ImportJob::run(params);
    if (!result.allOk()) {
        qWarning() << result.files.value(0).error;
        return {};
    }
    QString error;
    const auto db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? CaseQueries(db->db()).sources() : QList<SourceRow>{};
}

void tst_SourceReading::aReturnNamesItsBlockItsAccountAndTheLineThatSettledItsDates()
{
    // A FaceTime log as Apple writes it, a blank line under its block, its times in no zone and
    // its dates day first: line 5's "04/09/2016" reads either way, line 7's "16/09/2016" one way.
    ImportParams params;
    params.files = {dataPath(u"facetime/facetime-day-first.csv"_qs)};
    params.timeZone = QStringLiteral("Europe/Berlin");
    const QList<SourceRow> sources = imported(u"facetime.llcase"_qs, params);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().metadata.value(u"date_order_line"_qs).toInt(), 7);
    QCOMPARE(sources.first().metadata.value(u"date_order_text"_qs).toString(), u"16/09/2016 08:00:00"_qs);
    QCOMPARE(SourceReading::lines(sources.first()),
             (QStringList{u"How the file was read:"_qs,
                          u"The format apple-facetime: Apple FaceTime call-invitation log"_qs,
                          u"The header row the columns were found by, at line 4: \"Caller\", \"Callee\", \"Timestamp\", "
                          "\"Client IP\""_qs,
                          u"Above the header row, 2 line(s) the file holds, kept with the source:"_qs,
                          u"    FaceTime Call Invitation Logs"_qs,
                          u"    DSID 9990001112"_qs,
                          u"The account the file names above its records: DSID 9990001112"_qs,
                          u"Times that state no zone of their own were read in Europe/Berlin, the zone the analyst declared"_qs,
                          u"Local times were turned into UTC by the rules the tz database, version %1, gives "
                          "Europe/Berlin"_qs.arg(ZoneRules::databaseVersion()),
                          u"Dates like 03/04/2016 were read day first (3 April), as the file's dates settle it: line 7 has "
                          "\"16/09/2016 08:00:00\", which can be read no other way"_qs,
                          u"Read by "_qs + ImportJob::importerVersion()}));

    // The Sources panel's description: the tooltip's figures and notes, then the same lines.
    QString error;
    const auto db = CaseDatabase::open(m_dir.filePath(u"facetime.llcase"_qs), CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const SourceListModel model(db->db());
    const QModelIndex source = model.index(0, 0);
    QCOMPARE(source.data(ItemRoles::DescriptionRole).toString(),
             TestSupport::shownText(source.data(Qt::ToolTipRole)) + u"\n\n"_qs + SourceReading::lines(sources.first()).join(u'\n'));
    QVERIFY(!TestSupport::shownText(source.data(Qt::ToolTipRole)).contains(u"How the file was read"_qs)); // a tooltip kept short

    // Declared, the order is the analyst's word, with no line to name.
    params.dateOrder = DateOrder::DayFirst;
    const QList<SourceRow> declared = imported(u"declared.llcase"_qs, params);
    QCOMPARE(declared.size(), 1);
    QVERIFY(!declared.first().metadata.contains(u"date_order_line"_qs));
    QVERIFY(SourceReading::lines(declared.first()).contains(u"Dates like 03/04/2016 were read day first (3 April), as the "
                                                            "analyst declared"_qs));
}

void tst_SourceReading::aWhatsAppRecordNamesItsRequestInTheRecordsOrder()
{
    // Kept as a JSON object, whose keys come back sorted: shown as the record lists them.
    ImportParams params;
    params.files = {dataPath(u"whatsapp/delivery-1.zip"_qs)};
    const QList<SourceRow> sources = imported(u"whatsapp.llcase"_qs, params);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(SourceReading::lines(sources.first()),
             (QStringList{u"How the file was read:"_qs, u"The format whatsapp: a WhatsApp pen-register return"_qs,
                          u"The request parameters, as the record states them:"_qs, u"    Service: WhatsApp"_qs,
                          u"    Internal Ticket Number: 1122334455"_qs, u"    Account Identifier: +4915112345678"_qs,
                          u"    Account Type: WhatsApp"_qs, u"    Generated: 2026-10-02 09:15:00 UTC"_qs,
                          u"    Date Range: 2026-10-02 09:00:00 UTC to 2026-10-02 09:15:00 UTC"_qs,
                          u"Read by "_qs + ImportJob::importerVersion()}));
}

void tst_SourceReading::aMappedFileSaysItsClassIsTheProfiles()
{
    // The class of a mapped file's events is the analyst's choice: said where its reading is.
    ImportParams params;
    params.files = {dataPath(u"profile/custom-export.csv"_qs)};
    params.profilePath = dataPath(u"profile/custom-profile.json"_qs);
    const QList<SourceRow> mapped = imported(u"mapped.llcase"_qs, params);
    QCOMPARE(mapped.size(), 1);
    QCOMPARE(SourceReading::lines(mapped.first()).mid(1, 2),
             (QStringList{u"Read by the analyst's mapping profile \"Custom carrier export (semicolon, German headers)\"; the "
                          "class of its events is the one the profile declares: Communication (call)"_qs,
                          u"The header row the columns were found by, at line 1: \"Zeitpunkt\", \"Von\", \"An\", \"Art\", "
                          "\"Notiz\""_qs}));
    QVERIFY(SourceReading::lines(mapped.first()).contains(u"Dates like 03/04/2016 were read day first (3 April), as the "
                                                          "analyst declared"_qs));

    // A file without a header row: its columns as the mapping numbers them.
    params.files = {dataPath(u"profile/headerless-calls.csv"_qs)};
    params.profilePath = dataPath(u"profile/headerless-profile.json"_qs);
    const QList<SourceRow> numbered = imported(u"numbered.llcase"_qs, params);
    QCOMPARE(numbered.size(), 1);
    QCOMPARE(SourceReading::lines(numbered.first()).value(2),
             u"No header row: its columns by number, as the mapping numbers them: call id in column 1, timestamp in "
             "column 2, initiator in column 3, counterpart in column 4, duration in column 5"_qs);
}

void tst_SourceReading::aWorksheetGoingOnNamesTheHeaderAndDatesItTook()
{
    // "04/10/2016" alone settles nothing: the records it goes on from ("25/09/2016") did.
    ImportParams params;
    params.files = {dataPath(u"carrier/cdr-continued-dmy.xlsx"_qs)};
    params.timeZone = QStringLiteral("UTC");
    params.readContinuedWorksheets = true;
    const QList<SourceRow> sources = imported(u"continued.llcase"_qs, params);
    QCOMPARE(sources.size(), 2);
    QCOMPARE(SourceReading::lines(sources.at(0)).mid(2, 3),
             (QStringList{u"The worksheet read: \"Records\""_qs,
                          u"The header row the columns were found by, at line 1: \"Start Time (UTC)\", \"Originating Number\", "
                          "\"Terminating Number\", \"Call Type\", \"Duration (s)\""_qs,
                          u"Dates like 03/04/2016 were read day first (3 April), as the file's dates settle it: line 2 has "
                          "\"25/09/2016 14:03:07\", which can be read no other way"_qs}));
    QCOMPARE(SourceReading::lines(sources.at(1)).mid(2, 3),
             (QStringList{u"The worksheet read: \"Sheet2\""_qs,
                          u"No header row of its own: read as going on from the worksheet \"Records\", by the header row at "
                          "line 1 of the worksheet \"Records\""_qs,
                          u"Dates like 03/04/2016 were read day first (3 April), as the dates of the worksheet \"Records\" it "
                          "goes on from settle it"_qs}));
}

void tst_SourceReading::anEventsDateThatReadsEitherWaySaysWhichWayAndWhy()
{
    // Line 5's "04/09/2016" is 4 September or 9 April: its provenance says which, and on whose
    // word; line 7's "16/09/2016" can be read one way only, and says nothing of it.
    QCOMPARE(SourceReading::readEitherWay(u"04/09/2016 10:00:00"_qs), true);
    QCOMPARE(SourceReading::readEitherWay(u"16/09/2016 08:00:00"_qs), false);
    QCOMPARE(SourceReading::readEitherWay(u"2016-09-04 10:00:00"_qs), false);
    QCOMPARE(SourceReading::readEitherWay(u"04-09-2016 10:00:00"_qs), true);
    QCOMPARE(SourceReading::readEitherWay(u"16-09-2016 10:00:00"_qs), false);
    ImportParams params;
    params.files = {dataPath(u"facetime/facetime-day-first.csv"_qs)};
    params.timeZone = QStringLiteral("UTC");
    QVERIFY(!imported(u"provenance.llcase"_qs, params).isEmpty());
    QString error;
    const auto db = CaseDatabase::open(m_dir.filePath(u"provenance.llcase"_qs), CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    const auto eitherWay = CaseQueries(db->db()).provenance(TestSupport::scalar(db->db(), u"SELECT id FROM events WHERE line = 5"_qs).toLongLong());
    QVERIFY(eitherWay);
    QCOMPARE(eitherWay->dateOrderRead, u"Dates like 03/04/2016 were read day first (3 April), as the file's dates settle it: "
                                       "line 7 has \"16/09/2016 08:00:00\", which can be read no other way"_qs);
    const auto oneWay = CaseQueries(db->db()).provenance(TestSupport::scalar(db->db(), u"SELECT id FROM events WHERE line = 7"_qs).toLongLong());
    QVERIFY(oneWay);
    QVERIFY(oneWay->dateOrderRead.isEmpty());

    // A header that writes the order out is the file's own word, named so.
    ImportParams header;
    header.files = {m_dir.filePath(u"header.csv"_qs)};
    header.timeZone = QStringLiteral("UTC");
    QFile file(header.files.first());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Start Time (DD/MM/YYYY hh:mm:ss),Originating Number,Terminating Number,Call Type\n"
               "04/09/2016 10:00:00,+12025550143,+13125550147,Voice\n");
    file.close();
    QVERIFY(!imported(u"header.llcase"_qs, header).isEmpty());
    const auto headerDb = CaseDatabase::open(m_dir.filePath(u"header.llcase"_qs), CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(headerDb, qPrintable(error));
    QCOMPARE(CaseQueries(headerDb->db()).provenance(1)->dateOrderRead,
             u"Dates read day first (03/04/2016 is 3 April), as the header \"Start Time (DD/MM/YYYY hh:mm:ss)\" writes them"_qs);
}

void tst_SourceReading::aDateThatIsNoDaySettlesNothing()
{
    // Line 6's "31/04/2016" has a first number above 12 but is no day either way (April has 30):
    // its row is rejected, and the order is settled by line 7's "16/09/2016", a real day.
    ImportParams params;
    params.files = {dataPath(u"facetime/facetime-impossible-date.csv"_qs)};
    params.timeZone = QStringLiteral("UTC");
    const QList<SourceRow> sources = imported(u"impossible.llcase"_qs, params);
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().metadata.value(u"date_order_line"_qs).toInt(), 7);
    QCOMPARE(sources.first().metadata.value(u"date_order_text"_qs).toString(), u"16/09/2016 08:00:00"_qs);
    QString error;
    const auto db = CaseDatabase::open(m_dir.filePath(u"impossible.llcase"_qs), CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, reason FROM rejected_rows"_qs),
             QStringList{u"6|impossible date or time \"31/04/2016 10:00:00\""_qs});
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT line, strftime('%Y-%m-%d', utc_ms / 1000, 'unixepoch') FROM events ORDER BY line"_qs),
             (QStringList{u"5|2016-09-04"_qs, u"7|2016-09-16"_qs}));

    // Without line 7 nothing settles it: the import asks, and writes nothing.
    QFile in(params.files.first());
    QVERIFY(in.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = in.readAll().split('\n');
    lines.removeAt(6);
    params.files = {m_dir.filePath(u"unsettled.csv"_qs)};
    QFile out(params.files.first());
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(lines.join('\n'));
    out.close();
    params.casePath = m_dir.filePath(u"unsettled.llcase"_qs);
    const ImportResult result = ImportJob::run(params);
    QVERIFY(!result.allOk());
    QVERIFY2(result.files.value(0).needsDateOrder, qPrintable(result.files.value(0).error));
}

QTEST_GUILESS_MAIN(tst_SourceReading)
#include "tst_sourcereading.moc"
