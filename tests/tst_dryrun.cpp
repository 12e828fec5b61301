#include "casedatabase.h"
#include "earlierrecords.h"
#include "importjob.h"
#include "importsuite.h"
#include "testsupport.h"
#include "timeformat.h"

#include <QTest>

using TestSupport::dataPath;
using TestSupport::scalar;

namespace {

/// The preview rows of @p dry naming the case's event they repeat, each checked against what the
/// import of the same files then stored (its sources from @p firstNewSource on): the row's line
/// of its new source linked to that event,
/// the event at the line named. -1 where one is wrong, -2 where a repeat of the case is unnamed.
int namedRepeatsOfTheCase(const QString &casePath, const ImportResult &dry, qint64 firstNewSource)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    if (!db)
        return -3;
    int named = 0;
    for (const FileImportResult &file : dry.files) {
        for (qsizetype i = 0; i < file.previewFates.size(); ++i) {
            const PreviewFate &fate = file.previewFates.at(i);
            if (fate.eventId == 0 && fate.kind == PreviewFate::Duplicate && fate.line == 0)
                return -2;
            if (fate.eventId == 0)
                continue;
            const EventRecord &row = file.preview.at(i);
            const QStringList linked = TestSupport::rows(
                db->db(), u"SELECT event_id FROM event_occurrences WHERE source_id >= %1 "
                          "AND line = %2 AND raw = '%3'"_qs.arg(firstNewSource)
                              .arg(row.line)
                              .arg(QString(row.raw).replace(u'\'', u"''"_qs)));
            const QString at =
                scalar(db->db(),
                       u"SELECT s.file_name || ':' || e.line FROM events e JOIN sources s "
                       "ON s.id = e.source_id WHERE e.id = %1"_qs.arg(fate.eventId))
                    .toString();
            if (!linked.contains(QString::number(fate.eventId)) ||
                at != fate.eventSource + u':' + QString::number(fate.eventLine))
                return -1;
            ++named;
        }
    }
    return named;
}

} // namespace

/// A dry run: the rows counted and shown as the import would store them, nothing written.
class tst_DryRun : public ImportSuite
{
    Q_OBJECT
private slots:
    void dryRunWritesNothing();
    void dryRunCountsAsTheImportWill_data();
    void dryRunCountsAsTheImportWill();
    void dryRunForgetsAFileThatFailed();
    void aPreviewOfTheFirstRowsSaysNothingOfRowsBeyondThem();
    void aPreviewAfterFilesDroppedBeforeItFindsTheirRecordsAnywhere();
    void aDryRunOfSeveralFilesWarnsAsTheirImportWill_data();
    void aDryRunOfSeveralFilesWarnsAsTheirImportWill();
    void earlierRecordsAreFoundByEveryFieldButTheirTime();
};

void tst_DryRun::dryRunWritesNothing()
{
    const QString casePath = newCasePath();
    QVERIFY(importInto(casePath, {dataPath(QStringLiteral("ids/ids-bad-rows.csv"))}).allOk());
    QString error;
    const QStringList before = TestSupport::snapshot(casePath);
    ImportParams params;
    params.casePath = casePath;
    params.files = {dataPath(QStringLiteral("ids/ids-sample.csv"))};
    params.timeZone = QStringLiteral("Europe/Berlin");
    params.dryRun = true;
    params.previewRows = 2;
    const ImportResult result = ImportJob::run(params);
    QVERIFY(result.allOk());
    QCOMPARE(result.files.first().accepted, 6);
    QCOMPARE(result.files.first().preview.size(), 2);
    QCOMPARE(TimeFormat::isoUtc(result.files.first().preview.first().utcMs), QStringLiteral("2016-09-02T16:22:05Z"));
    QCOMPARE(result.files.first().preview.first().counterpart.normalized, QStringLiteral("+13125550147"));
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::dumpContent(db->db()), before);

    params.casePath = newCasePath();
    QVERIFY(ImportJob::run(params).allOk());
    QVERIFY(!QFile::exists(params.casePath));
}

void tst_DryRun::dryRunCountsAsTheImportWill_data()
{
    // Files already in the case, then the files previewed and imported.
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("namedRepeats"); // preview rows naming the case's event they repeat
    auto data = [](std::initializer_list<const char *> names) {
        QStringList paths;
        for (const char *name : names)
            paths.append(dataPath(QString::fromLatin1(name)));
        return paths;
    };
    QTest::newRow("joined returns, empty case")
        << QStringList() << data({"ids/ids-joined.csv"}) << 0;
    QTest::newRow("joined returns over a case")
        << data({"ids/ids-sample.csv"}) << data({"ids/ids-joined.csv", "ids/ids-sample.csv"}) << 11;
    QTest::newRow("two files repeating each other")
        << QStringList() << data({"ids/ids-sample.csv", "ids/ids-joined.csv"}) << 0;
    QTest::newRow("call legs") << QStringList() << data({"carrier/cdr-legs.csv"}) << 0;
    QTest::newRow("call legs again")
        << data({"carrier/cdr-legs.csv"}) << data({"carrier/cdr-legs.csv"}) << 3;
    QTest::newRow("dates settled on a second reading")
        << QStringList() << data({"carrier/cdr-sided-dmy.csv"}) << 0;
    QTest::newRow("deliveries") << data({"whatsapp/delivery-1.zip"})
                                << data({"whatsapp/return.zip"}) << 11;
}

void tst_DryRun::dryRunCountsAsTheImportWill()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, files);
    const QString casePath = newCasePath();
    if (!before.isEmpty())
        QVERIFY(importInto(casePath, before, QStringLiteral("UTC")).allOk());
    ImportParams params;
    params.casePath = casePath;
    params.files = files;
    params.timeZone = QStringLiteral("UTC");
    params.allowDuplicate = true;
    params.dryRun = true;
    const QStringList snapshot = before.isEmpty() ? QStringList() : TestSupport::snapshot(casePath);
    const ImportResult dry = ImportJob::run(params);
    QVERIFY(before.isEmpty() ? !QFile::exists(casePath) : TestSupport::snapshot(casePath) == snapshot);
    params.dryRun = false;
    QString error;
    const qint64 firstNewSource =
        before.isEmpty()
            ? 1
            : scalar(CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error)->db(),
                     u"SELECT max(id) + 1 FROM sources"_qs)
                  .toLongLong();
    const ImportResult real = ImportJob::run(params);
    QVERIFY(dry.allOk() && real.allOk());
    // Each preview row repeating one of the case's events names it, as the import links it.
    QFETCH(int, namedRepeats);
    QCOMPARE(namedRepeatsOfTheCase(casePath, dry, firstNewSource), namedRepeats);
    auto summary = [](const FileImportResult &file) {
        QStringList fates;
        for (const PreviewFate &fate : file.previewFates)
            fates.append(QString::number(fate.kind));
        return QStringLiteral("%1 read, %2 accepted, %3 duplicate (%4 call legs), %5 rejected; %6; %7")
            .arg(file.rowsRead)
            .arg(file.accepted)
            .arg(file.duplicate)
            .arg(file.callLegs)
            .arg(file.rejected)
            .arg(fates.join(u','), file.orderSettled.note());
    };
    for (qsizetype i = 0; i < files.size(); ++i)
        QCOMPARE(summary(dry.files.at(i)), summary(real.files.at(i)));
    if (QTest::currentDataTag() == QByteArrayLiteral("dates settled on a second reading")) // and named alike
        QVERIFY2(real.files.first().orderSettled.note().contains(u"line "_qs), qPrintable(summary(real.files.first())));
}

void tst_DryRun::dryRunForgetsAFileThatFailed()
{
    // The first file fails at its third row, after two were read; an import rolls it back, so
    // the second file's copies of those two rows are new events, in a dry run as well.
    const QByteArray rows = "Timestamp,Source Handle,Lookup Handle\n2016-09-02 18:22:05 UTC,+12025550143,+13125550147\n"
                            "2016-09-02 18:22:06 UTC,+12025550143,+13125550147\n";
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {write(QStringLiteral("fails.csv"), rows + "2016-09-02 18:22:07,+12025550143,+13125550147\n"),
                    write(QStringLiteral("good.csv"), rows)};
    params.dryRun = true;
    const ImportResult dry = ImportJob::run(params);
    QVERIFY(!dry.files.at(0).ok);
    QVERIFY(dry.files.at(0).needsTimeZone);
    QCOMPARE((QList<int>{dry.files.at(1).accepted, dry.files.at(1).duplicate}), (QList<int>{2, 0}));
    params.dryRun = false;
    const ImportResult real = ImportJob::run(params);
    QCOMPARE((QList<int>{real.files.at(1).accepted, real.files.at(1).duplicate}), (QList<int>{2, 0}));
}

void tst_DryRun::aPreviewOfTheFirstRowsSaysNothingOfRowsBeyondThem()
{
    // The import dialog's preview reads a workbook's first rows only, and its notes are of those
    // rows: rows 3 and 5-6, hidden, are not read, so not named, though a whole import parses a
    // batch of rows ahead of the rows it checks (ReadAheadReader). Read whole, they are named.
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {dataPath(u"xlsx/hidden-rows.xlsx"_qs)};
    params.timeZone = QStringLiteral("UTC");
    params.dryRun = true;
    params.stopAfterRows = 1;
    const auto hiddenNamed = [](const FileImportResult &file) {
        return file.notes.join(u'\n').contains(u"hidden or filtered out"_qs);
    };
    const ImportResult preview = ImportJob::run(params);
    QVERIFY(preview.allOk());
    QCOMPARE(preview.files.first().rowsRead, 2); // the first of each worksheet, "Log" and "Older"
    QVERIFY2(!hiddenNamed(preview.files.first()), qPrintable(preview.files.first().notes.join(u'\n')));
    params.stopAfterRows = 0;
    const ImportResult whole = ImportJob::run(params);
    QCOMPARE(whole.files.first().rowsRead, 7);
    QVERIFY2(hiddenNamed(whole.files.first()), qPrintable(whole.files.first().notes.join(u'\n')));
}

void tst_DryRun::aPreviewAfterFilesDroppedBeforeItFindsTheirRecordsAnywhere()
{
    // The import dialog previews the first rows of a file dropped after others; the import
    // will have stored those others whole by then. A record the file shares with the last row
    // of the first is a duplicate of that line, named with its file.
    const QByteArray header = "Timestamp,Source Handle,Lookup Handle\n";
    const QByteArray a = "2016-09-02 18:22:05 UTC,+12025550143,+13125550147\n";
    const QByteArray b = "2016-09-02 18:22:06 UTC,+12025550143,+13125550147\n";
    const QByteArray c = "2016-09-02 18:22:07 UTC,+12025550143,+13125550147\n";
    const QByteArray d = "2016-09-02 18:22:08 UTC,+12025550143,+13125550147\n";
    auto write = [this](const QString &name, const QByteArray &bytes) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? file.fileName() : QString();
    };
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {write(QStringLiteral("first.csv"), header + a + b + c), write(QStringLiteral("second.csv"), header + c + d)};
    params.dryRun = true;
    params.stopAfterRows = 1;
    params.readWholeBefore = 1;
    const ImportResult preview = ImportJob::run(params);
    QVERIFY(preview.allOk());
    QCOMPARE(preview.files.at(0).rowsRead, 3);
    const FileImportResult &shown = preview.files.at(1);
    QCOMPARE(shown.rowsRead, 1);
    QCOMPARE((QList<int>{shown.accepted, shown.duplicate}), (QList<int>{0, 1}));
    QCOMPARE(shown.previewFates.size(), 1);
    QCOMPARE(ImportJob::fateText(shown.previewFates.first()), QStringLiteral("duplicate of line 4 of “first.csv”"));
    QVERIFY(!QFile::exists(params.casePath));

    // Read as far as the file previewed, the first file's third record is not met.
    params.readWholeBefore = 0;
    const ImportResult firstRowsOnly = ImportJob::run(params);
    QCOMPARE(firstRowsOnly.files.at(0).rowsRead, 1);
    QCOMPARE(firstRowsOnly.files.at(1).previewFates.first().kind, PreviewFate::NewEvent);

    // A record of a workbook's second worksheet is named with its worksheet.
    params.files = {dataPath(u"xlsx/hidden-rows.xlsx"_qs),
                    write(QStringLiteral("older.csv"), "Start Time (UTC),Originating Number,Terminating Number,Call Type,Duration (s)\n"
                                                       "2016-09-11 09:00:00,+12025550100,+12025550143,Voice,64\n")};
    params.readWholeBefore = 1;
    const ImportResult afterWorkbook = ImportJob::run(params);
    QVERIFY(afterWorkbook.allOk());
    QCOMPARE(afterWorkbook.files.at(1).previewFates.size(), 1);
    QCOMPARE(ImportJob::fateText(afterWorkbook.files.at(1).previewFates.first()),
             QStringLiteral("duplicate of line 2 of “hidden-rows.xlsx” › Older"));
}

void tst_DryRun::aDryRunOfSeveralFilesWarnsAsTheirImportWill_data()
{
    // Two files imported together into a new case, each read as set: the second's records found
    // in the first at other times, or as the other party's carrier's, are said before the import.
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("firstZone");
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("secondZone");
    QTest::addColumn<int>("secondOrder");
    QTest::addColumn<QString>("warned"); // the start of the second file's warning; empty for none
    QTest::newRow("a next return read in another zone")
        << u"ids/ids-sample.csv"_qs << u"UTC"_qs << u"ids/ids-sample-next-return.csv"_qs << u"Europe/Berlin"_qs << int(DateOrder::Unknown)
        << u"4 of the 6 records checked (evenly through the file) stand in “ids-sample.csv” with every field the same but "
           u"their time, 2 h earlier here than there"_qs;
    QTest::newRow("a next return read with day and month swapped")
        << u"carrier/cdr-sided-march.csv"_qs << u"UTC"_qs << u"carrier/cdr-sided-march-next-return.csv"_qs << u"UTC"_qs << int(DateOrder::MonthFirst)
        << u"3 of the 5 records checked (evenly through the file) stand in “cdr-sided-march.csv” with every field the same but "
           u"their date, its day and month swapped (2026-04-03 here, 2026-03-04 there)"_qs;
    QTest::newRow("the other party's carrier's records")
        << u"carrier/cdr-sided-march.csv"_qs << u"UTC"_qs << u"carrier/cdr-other-party.csv"_qs << u""_qs << int(DateOrder::Unknown)
        << u"5 of the 6 communications checked (evenly through the file) stand in “cdr-sided-march.csv” too, between the "
           u"same two handles, of the same kind, at most 5\u00a0s apart"_qs;
    QTest::newRow("the other party's carrier's records read in another zone")
        << u"carrier/cdr-sided-march.csv"_qs << u"UTC"_qs << u"carrier/cdr-other-party-local.csv"_qs << u"UTC"_qs << int(DateOrder::Unknown)
        << u"5 of the 6 communications checked (evenly through the file) stand in “cdr-sided-march.csv” too, between the "
           u"same two handles, of the same kind, 3 h earlier here than there (give or take 5\u00a0s)"_qs;
    QTest::newRow("a first file that cannot be imported as set") // no zone: left out, its records nowhere
        << u"ids/ids-sample.csv"_qs << u""_qs << u"ids/ids-sample-next-return.csv"_qs << u"Europe/Berlin"_qs << int(DateOrder::Unknown) << u""_qs;
}

void tst_DryRun::aDryRunOfSeveralFilesWarnsAsTheirImportWill()
{
    QFETCH(QString, first);
    QFETCH(QString, firstZone);
    QFETCH(QString, second);
    QFETCH(QString, secondZone);
    QFETCH(int, secondOrder);
    QFETCH(QString, warned);
    ImportParams params;
    params.casePath = newCasePath();
    params.files = {dataPath(first), dataPath(second)};
    ReadSettings firstSettings;
    firstSettings.timeZone = firstZone;
    ReadSettings secondSettings;
    secondSettings.timeZone = secondZone;
    secondSettings.dateOrder = DateOrder(secondOrder);
    params.perFile.insert(params.files.at(0), firstSettings);
    params.perFile.insert(params.files.at(1), secondSettings);
    const auto elsewhere = [](const FileImportResult &file) {
        QStringList found;
        for (const QString &warning : file.warnings) {
            if (warning.contains(u"checked (evenly through the file)"_qs))
                found.append(warning);
        }
        return found;
    };
    params.dryRun = true;
    const ImportResult dry = ImportJob::run(params);
    QCOMPARE(dry.files.size(), 2);
    QVERIFY(dry.files.at(1).ok);
    QVERIFY(!QFile::exists(params.casePath));
    params.dryRun = false;
    const ImportResult imported = ImportJob::run(params);
    QCOMPARE(imported.files.at(0).ok, !firstZone.isEmpty());
    const QStringList said = elsewhere(dry.files.at(1));
    const QStringList done = elsewhere(imported.files.at(1));
    QCOMPARE(said.size(), warned.isEmpty() ? 0 : 1);
    QCOMPARE(done.size(), said.size());
    if (!warned.isEmpty()) {
        // The same finding; what follows, said before the import as what would.
        QVERIFY2(said.first().startsWith(warned), qPrintable(said.first()));
        QVERIFY2(done.first().startsWith(warned), qPrintable(done.first()));
        const auto finding = [](const QString &warning) {
            for (const QString &consequence : {u"They are not joined"_qs, u"Imported so, "_qs, u"No key of theirs"_qs}) {
                if (const qsizetype at = warning.indexOf(consequence); at > 0)
                    return warning.left(at);
            }
            return warning;
        };
        QCOMPARE(finding(said.first()), finding(done.first()));
        QVERIFY2(said.first().mid(finding(said.first()).size()).contains(u" would "_qs), qPrintable(said.first()));
        QVERIFY2(!done.first().contains(u" would "_qs), qPrintable(done.first()));
    }
    QCOMPARE(dry.files.at(1).shiftedSource, imported.files.at(1).shiftedSource);
    QCOMPARE(dry.files.at(1).swappedSource, imported.files.at(1).swappedSource);
}

void tst_DryRun::earlierRecordsAreFoundByEveryFieldButTheirTime()
{
    // What a dry run keeps of the files before the one checked, looked up as the case's indexes are.
    EventRecord call;
    call.evidenceClass = EvidenceClass::Communication;
    call.subtype = u"call"_qs;
    call.utcMs = 1'000'000;
    call.initiator.normalized = u"+4915112345678"_qs;
    call.counterpart.normalized = u"+5511987654321"_qs;
    EventRecord lookup;
    lookup.subtype = u"imessage-query"_qs;
    lookup.utcMs = 2'000'000;
    lookup.initiator.normalized = u"+4915112345678"_qs;
    lookup.counterpart.normalized = u"+5511987654321"_qs;
    lookup.clientIp = u"198.51.100.14:5223"_qs;
    lookup.deviceCount = 2;
    EarlierRecords earlier;
    const qint64 first = earlier.startSource();
    earlier.add(call);
    earlier.add(lookup);
    earlier.describe(first, {u"first.csv"_qs, u"carrier-cdr"_qs, u"UTC"_qs, true, {}, {}});
    const qint64 second = earlier.startSource();
    call.utcMs += 60'000;
    earlier.add(call);
    // A lookup a column mapping named "call": of that subtype, but no communication.
    EventRecord namedCall = lookup;
    namedCall.subtype = u"call"_qs;
    namedCall.deviceCount.reset();
    namedCall.utcMs = 1'500'000;
    earlier.add(namedCall);
    earlier.describe(second, {u"second.csv"_qs, u"carrier-cdr"_qs, u"UTC"_qs, true, {}, {}});
    QCOMPARE(earlier.described(first)->name, u"first.csv"_qs);
    QCOMPARE(earlier.described(second)->name, u"second.csv"_qs);
    const auto any = [](const auto &) { return true; };
    QVERIFY(earlier.anyDescribed(second, any)); // the first
    QVERIFY(!earlier.anyDescribed(second,
                                  [](const auto &source) { return source.name == u"second.csv"; }));
    QVERIFY(first < -1 && second < first);

    ShiftedRecords::Probe probe{u"imessage-query"_qs, 0, u"+4915112345678"_qs, u"+5511987654321"_qs, u"198.51.100.14"_qs, 2,
                                u"UTC"_qs, false};
    using Found = EarlierRecords::Found;
    QCOMPARE(earlier.sameFields(probe, 0, 3'000'000), QList<Found>{Found(first, 2'000'000)});
    QCOMPARE(earlier.sameFields(probe, 0, 1'999'999), QList<Found>{});
    probe.deviceCount = 1;
    QCOMPARE(earlier.sameFields(probe, 0, 3'000'000), QList<Found>{});
    probe.deviceCount = 2;
    probe.clientIp = u"198.51.100.15"_qs;
    QCOMPARE(earlier.sameFields(probe, 0, 3'000'000), QList<Found>{});
    probe.clientIp = u"198.51.100.14"_qs;
    probe.subtype = u"call"_qs;
    probe.deviceCount.reset();
    QCOMPARE(earlier.sameFields(probe, 0, 3'000'000), QList<Found>{Found(second, 1'500'000)});
    // Communications only, between the same two handles, of the same subtype.
    probe.subtype = u"call"_qs;
    QCOMPARE(earlier.communications(probe, 0, 3'000'000), (QList<Found>{Found(first, 1'000'000), Found(second, 1'060'000)}));
    probe.subtype = u"imessage-query"_qs;
    QCOMPARE(earlier.communications(probe, 0, 3'000'000), QList<Found>{});
    probe.subtype = u"call"_qs;
    probe.counterpart = u"+5511912345678"_qs;
    QCOMPARE(earlier.communications(probe, 0, 3'000'000), QList<Found>{});
    probe.counterpart = u"+5511987654321"_qs;

    // A file that failed is forgotten, as an import rolls it back.
    earlier.forgetFrom(second);
    QCOMPARE(earlier.communications(probe, 0, 3'000'000), QList<Found>{Found(first, 1'000'000)});
    QVERIFY(earlier.described(first));
    QVERIFY(!earlier.described(second));
    QVERIFY(!earlier.anyDescribed(first, any));
    QCOMPARE(earlier.startSource(), second);
}

QTEST_GUILESS_MAIN(tst_DryRun)
#include "tst_dryrun.moc"
