#include "auditlog.h"
#include "casedatabase.h"
#include "importjob.h"
#include "rawtextindexjob.h"
#include "testsupport.h"
#include "timeformat.h"
#include "zonerules.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using TestSupport::dataPath;

namespace {
// Written out, not asked of EvidenceClassText: the words themselves are what is checked.
const QString LookupCaveatLine = u"A lookup records that a device asked whether this handle can be reached. It does not "
                                 "show that any message or call took place.\n"_qs;
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void versionNamesTheImporterAndTheZoneRules();
    void importPrintsSummaryPerFile();
    void importNamesTheLineThatSettledTheDateOrder();
    void importAsksForADecimalMarkTheFileDoesNotSettle();
    void importAsksTheOrderOfDashedDatesWithTwoDigitYears();
    void importReadsAFilesNumbersInTheRegionGiven();
    void importGeoAddAndMarkWaitForAnotherProgramsImport();
    void statsJson();
    void aZoneAskedForPointsAtTheWordsAboveTheHeader();
    void aHeaderOfTwoClassesAsksForTheFormat();
    void statsAndHandlesTextCountEachClassInWords();
    void withheldNumbersAreCountedApart();
    void maskedPartiesAreCountedApart();
    void handlesJson();
    void eventsJsonAndCsv();
    void eventsFilters();
    void eventsBySubtypeSourceAndText();
    void aSourceThatStoredNothingSaysWhereItsRecordsAre();
    void aLoginLogsGraphSaysItsConnectionsAreNoEdges();
    void eventsJsonIsWhatQJsonDocumentWrites();
    void anEventIsMarkedWithTheAnalystsNote();
    void aClientIpIsStoredAsItsAddressWithItsWriting();
    void sourcesJson();
    void sourcesTextSaysWhatTheDescriptionSays();
    void sourcesJsonGivesTheTimeTheRecordsSpan();
    void gapsListsTheTimeNoSourceOfTheEventsCovers();
    void rejectedRowsGoToStderr();
    void aFileNamedWithPercentSignsIsNamedAsItIs();
    void duplicateRowsAreListed();
    void aSourcesDuplicatesAreItsEventsWhenAsked();
    void joinedReturnsAreNamedInTheSummaryAndTheSource();
    void aDryRunMarksATimeOfTheRepeatedHour();
    void aDryRunWaitingForAZoneShowsTheRowsAsWritten();
    void importJsonSaysWhatWasDoneWithEachFile();
    void aTimestampFormatIsDeclaredOnTheCommandLine();
    void theSubscriberOfOneSidedRecordsIsDeclared();
    void aProfileNumbersTheColumnsOfAFileWithoutAHeaderRow();
    void aFolderImportsTheFilesInIt();
    void everyWorksheetWithRecordsIsImported();
    void continuedWorksheetsWhenAsked();
    void geoAddAndIpsJson();
    void anImportLooksItsNewIpsUpInTheCasesDatabases();
    void failuresAreOneLineAndChangeNothing_data();
    void failuresAreOneLineAndChangeNothing();
    void corruptCase();
    void aCaseOnReadOnlyStorageIsReadNotChanged();
    void verifySaysWhichEvidenceFilesAreStillAsImported();
    void verifyChecksTheGeoIpDatabasesApartFromTheEvidence();
    void verifyReadsAgainTheLocalTimesAnotherReleaseOfTheZoneRulesRead();
    void verifySaysAnOffsetNoLongerItsZonesWithoutFailing();
    void auditListsTheLogAndFindsTheFilesWrittenFromTheCase();
    void aReportIsWrittenAndRecordedWithItsHash();
    void anExportCutShortIsNeverRecorded_data();
    void anExportCutShortIsNeverRecorded();
    void allocatesThroughJemalloc();
    void anEncryptedZipTakesItsPasswordFromAFile();
    void aPasswordFileGivesAPasswordALine();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &args, const QByteArray &input = {});
    /// As a user who cannot write the case's folder: as root (who can write anything but a
    /// read-only medium), the command runs as nobody, from a copy of the program in @p folder.
    static Run cliAsReader(const QString &folder, const QStringList &args);
    /// ids-sample.csv imported into @p caseName in New York's zone, as if release 2016a of the tz
    /// database had read it, its events then changed by @p change ("UPDATE events …"); empty
    /// where any step fails.
    QString sampleReadBy2016a(const QString &caseName, const QString &change);
    QTemporaryDir m_dir;
    QString m_case;
};

tst_Cli::Run tst_Cli::cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(LL_CLI_PATH), args);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("lookuplens-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

tst_Cli::Run tst_Cli::cliAsReader(const QString &folder, const QStringList &args)
{
    if (::geteuid() != 0)
        return cli(args);
    const QString program = folder + u"/lookuplens-cli"_qs;
    if (!QFile::exists(program) && !QFile::copy(QStringLiteral(LL_CLI_PATH), program))
        qFatal("cannot copy lookuplens-cli");
    QProcess process;
    process.start(u"setpriv"_qs, QStringList{u"--reuid=nobody"_qs, u"--regid=nogroup"_qs, u"--clear-groups"_qs, program} + args);
    if (!process.waitForFinished(60000))
        qFatal("lookuplens-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString tst_Cli::sampleReadBy2016a(const QString &caseName, const QString &change)
{
    const QString casePath = m_dir.filePath(caseName);
    if (cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"America/New_York"_qs,
             dataPath(u"ids/ids-sample.csv"_qs)})
            .exitCode != 0)
        return {};
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    if (!db)
        return {};
    QSqlQuery q(db->db());
    const bool readBy2016a = q.exec(u"UPDATE sources SET metadata = json_set(metadata, "
                                    "'$.zone_rules.tz_database', '2016a')"_qs);
    return readBy2016a && q.exec(change) && q.numRowsAffected() == 1 ? casePath : QString();
}

void tst_Cli::initTestCase()
{
    m_case = m_dir.filePath(QStringLiteral("cli.llcase"));
}

void tst_Cli::versionNamesTheImporterAndTheZoneRules()
{
    // What reads records on this machine, to set beside what a case's sources were read by.
    const Run run = cli({u"--version"_qs});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
    QVERIFY2(lines.first().startsWith(u"lookuplens-cli 0."_qs), run.out.constData());
    QCOMPARE(lines.mid(1), QStringList({u"importer: "_qs + ImportJob::importerVersion(),
                                        u"tz database: "_qs + ZoneRules::databaseVersion(), QString()}));
    QVERIFY(!ZoneRules::databaseVersion().isEmpty());
}

void tst_Cli::importPrintsSummaryPerFile()
{
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--case"), m_case, QStringLiteral("--timezone"),
                         QStringLiteral("UTC"), dataPath(QStringLiteral("ids/ids-sample.csv"))});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.startsWith(dataPath(QStringLiteral("ids/ids-sample.csv"))
                            + QStringLiteral(": 6 accepted, 0 rejected, 0 duplicate (apple-ids; zone UTC)")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("header row at line 9")));
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::aZoneAskedForPointsAtTheWordsAboveTheHeader()
{
    // "All times are in UTC" above the header: the provider's cover words, never read as the
    // records' zone (formats.md: neither cell nor header states it), pointed at where it is asked.
    const QString casePath = m_dir.filePath(u"cover.llcase"_qs);
    const QString path = dataPath(u"ids/ids-zone-in-cover.csv"_qs);
    const Run waiting = cli({u"import"_qs, u"--case"_qs, casePath, path});
    QCOMPARE(waiting.exitCode, 1);
    QVERIFY2(waiting.err.contains("  line 3, above the header, reads \"All times are in UTC\": if it names the records' "
                                  "zone, declare that one (--timezone)\n"),
             waiting.err.constData());
    const Run json = cli({u"import"_qs, u"--case"_qs, casePath, u"--json"_qs, path});
    const QJsonObject file = QJsonDocument::fromJson(json.out).object()[u"files"_qs][0].toObject();
    QCOMPARE(file[u"needs"_qs].toArray(), QJsonArray{u"timezone"_qs});
    QCOMPARE(file[u"zone_words_above"_qs].toObject(),
             (QJsonObject{{u"line"_qs, 3}, {u"text"_qs, u"All times are in UTC"_qs}}));
}

void tst_Cli::aHeaderOfTwoClassesAsksForTheFormat()
{
    // Calls under columns the FaceTime log has: the format is asked for, the rows shown as written.
    const QString casePath = m_dir.filePath(u"two-classes.llcase"_qs);
    const QString path = dataPath(u"carrier/cdr-caller-callee.csv"_qs);
    const Run dry = cli({u"import"_qs, u"--case"_qs, casePath, u"--dry-run"_qs, path});
    QCOMPARE(dry.exitCode, 1);
    QCOMPARE(QString::fromUtf8(dry.out),
             u"  the first rows as written (no row can be shown as stored until --format or --profile is given):\n"
             "  cdr-caller-callee.csv:1  Time,Caller,Callee,Duration,Call Type\n"
             "  cdr-caller-callee.csv:2  2026-03-02 08:14:03,+12025550143,+13125550147,65,Voice\n"
             "  cdr-caller-callee.csv:3  2026-03-02 09:00:00,+13125550147,+12025550143,0,SMS\n"_qs);
    const Run json = cli({u"import"_qs, u"--case"_qs, casePath, u"--json"_qs, path});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject file = QJsonDocument::fromJson(json.out).object()[u"files"_qs][0].toObject();
    QCOMPARE(file[u"needs"_qs].toArray(), QJsonArray{u"format"_qs});
    QVERIFY(!QFile::exists(casePath)); // nothing imported, no case made for it
    const Run chosen = cli({u"import"_qs, u"--case"_qs, casePath, u"--format"_qs, u"carrier-cdr"_qs, u"--timezone"_qs,
                            u"UTC"_qs, path});
    QCOMPARE(chosen.exitCode, 1); // the carrier format has no "Caller": a mapping it is, then
    QVERIFY2(chosen.err.contains("no header row with "), chosen.err.constData());
}

void tst_Cli::importGeoAddAndMarkWaitForAnotherProgramsImport()
{
    const QString casePath = m_dir.filePath(QStringLiteral("waits.llcase"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--case"), casePath, QStringLiteral("--timezone"), QStringLiteral("UTC"),
                  TestSupport::dataPath(QStringLiteral("ids/ids-sample.csv"))}).exitCode, 0);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(casePath);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        const QString waiting = casePath + u": another program is importing into the case; waiting for it to finish (Ctrl+C stops)…\n"_qs;
        // Each command waits while another import holds the case, says so once, then does its work.
        const QList<std::pair<QStringList, QByteArray>> commands{
            {{u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, TestSupport::dataPath(u"ids/ids-hourly.csv"_qs)},
             "ids-hourly.csv: 6 accepted, 0 rejected, 0 duplicate"},
            {{u"geo"_qs, u"add"_qs, u"--case"_qs, casePath, TestSupport::dataPath(u"geoip/GeoIP2-City-Test.mmdb"_qs)},
             "GeoIP2-City-Test.mmdb: GeoIP2-City built"},
            {{u"mark"_qs, u"--case"_qs, casePath, u"--event"_qs, u"2"_qs, u"--note"_qs, u"later"_qs}, "marked #2 Lookup"}};
        for (const auto &[arguments, done] : commands) {
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE"))); // as another import holds it
            QProcess process;
            process.start(QStringLiteral(LL_CLI_PATH), arguments);
            QByteArray err;
            QTRY_VERIFY_WITH_TIMEOUT((err += process.readAllStandardError()).endsWith('\n'), 20000);
            QCOMPARE(QString::fromUtf8(err), waiting);
            QVERIFY(lock.exec(QStringLiteral("COMMIT")));
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QVERIFY(process.readAllStandardOutput().contains(done));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
}

void tst_Cli::statsJson()
{
    const Run run = cli({QStringLiteral("stats"), QStringLiteral("--case"), m_case, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject stats = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(stats.value(QStringLiteral("events")).toInt(), 6);
    QCOMPARE(stats.value(QStringLiteral("lookups")).toInt(), 6);
    QCOMPARE(stats.value(QStringLiteral("communications")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("connections")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("handles")).toInt(), 6);
    QCOMPARE(stats.value(QStringLiteral("withheld_handles")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("sources")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("rejected")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("duplicates")).toInt(), 0);
    QCOMPARE(stats.value(QStringLiteral("first")).toString(), QStringLiteral("2016-09-02T18:22:05Z"));
    QCOMPARE(stats.value(QStringLiteral("last")).toString(), QStringLiteral("2016-09-07T12:30:15Z"));
}

void tst_Cli::statsAndHandlesTextCountEachClassInWords()
{
    // A count of one reads "1 source", not "1 sources"; each class keeps its own figure.
    const Run stats = cli({u"stats"_qs, u"--case"_qs, m_case});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(QString::fromUtf8(stats.out),
             u"6 events: 6 lookups, 0 communications, 0 connections; 6 handles, 1 source, 0 rejected rows, "
             "0 duplicates\n"_qs + LookupCaveatLine);
    const QStringList handles = QString::fromUtf8(cli({u"handles"_qs, u"--case"_qs, m_case}).out).split(u'\n');
    QCOMPARE(handles.value(handles.size() - 2) + u'\n', LookupCaveatLine); // under the figures, lookups among them
    QVERIFY2(handles.contains(u"+12015550123 (phone): 1 lookup made, looked up 0 times by others, 0 communications sent, "
                              "0 received, 0 connections"_qs),
             qPrintable(handles.join(u'\n')));
    QVERIFY2(handles.contains(u"+12025550143 (phone): 5 lookups made, looked up 1 time by others, 0 communications sent, "
                              "0 received, 0 connections"_qs),
             qPrintable(handles.join(u'\n')));
}

void tst_Cli::withheldNumbersAreCountedApart()
{
    // Of a case's handles, the withheld numbers' words are said as such: no one party's.
    const QString casePath = m_dir.filePath(u"withheld.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, dataPath(u"carrier/cdr-withheld.csv"_qs)}).exitCode, 0);
    QCOMPARE(QString::fromUtf8(cli({u"stats"_qs, u"--case"_qs, casePath}).out),
             u"7 events: 0 lookups, 7 communications, 0 connections; 7 handles (4 of them a withheld number's words), "
             "1 source, 0 rejected rows, 0 duplicates\n"_qs);
    const QJsonObject stats = QJsonDocument::fromJson(cli({u"stats"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).object();
    QCOMPARE(stats.value(u"handles"_qs).toInt(), 7);
    QCOMPARE(stats.value(u"withheld_handles"_qs).toInt(), 4);
    QStringList withheld;
    for (const QJsonValue &h : QJsonDocument::fromJson(cli({u"handles"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array()) {
        if (h[u"kind"_qs].toString() == u"withheld")
            withheld.append(h[u"handle"_qs].toString());
    }
    withheld.sort();
    QCOMPARE(withheld, (QStringList{u"Anonymous"_qs, u"Private"_qs, u"Rufnummer unterdrückt"_qs, u"Unknown"_qs}));
    // A dry run shows each party's kind as it will be stored.
    const Run dry = cli({u"import"_qs, u"--case"_qs, m_dir.filePath(u"withheld-dry.llcase"_qs), u"--dry-run"_qs, u"--json"_qs,
                         dataPath(u"carrier/cdr-withheld.csv"_qs)});
    QCOMPARE(dry.exitCode, 0);
    const QJsonArray preview = QJsonDocument::fromJson(dry.out).object()[u"files"_qs][0][u"preview"_qs].toArray();
    QCOMPARE(preview[0][u"initiator"_qs].toString(), u"Anonymous"_qs);
    QCOMPARE(preview[0][u"initiator_kind"_qs].toString(), u"withheld"_qs);
    QCOMPARE(preview[0][u"counterpart_kind"_qs].toString(), u"phone"_qs);
    QCOMPARE(preview[6][u"initiator_kind"_qs].toString(), u"other"_qs); // "Private Line Ltd"
    // Exported, each record says which party is a withheld number: a pivot by counterpart in a
    // spreadsheet would otherwise make one contact of them all.
    QStringList flags;
    for (const QJsonValue &e : QJsonDocument::fromJson(cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs}).out).array())
        flags.append(u"%1|%2"_qs.arg(e[u"line"_qs].toInt())
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{e[u"initiator_withheld"_qs], e[u"counterpart_withheld"_qs]}).toJson(QJsonDocument::Compact))));
    QCOMPARE(flags, (QStringList{u"2|[true,false]"_qs, u"3|[true,false]"_qs, u"4|[false,false]"_qs, u"5|[true,false]"_qs,
                                 u"6|[false,true]"_qs, u"7|[true,false]"_qs, u"8|[false,false]"_qs}));
    const QList<QByteArray> csv = cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"csv"_qs}).out.split('\n');
    QVERIFY2(csv[1].endsWith(",true,false,false,false,,,\r"), csv[1].constData());
}

void tst_Cli::maskedPartiesAreCountedApart()
{
    // A redacted carrier return: of its handles, those masked are said as such; each exported
    // record says which party is masked; a dry run shows the kind as it will be stored.
    const QString casePath = m_dir.filePath(u"masked.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, dataPath(u"carrier/cdr-masked.csv"_qs)}).exitCode, 0);
    QCOMPARE(QString::fromUtf8(cli({u"stats"_qs, u"--case"_qs, casePath}).out),
             u"8 events: 0 lookups, 8 communications, 0 connections; 8 handles (1 of them a withheld number's words, "
             "4 masked), 1 source, 0 rejected rows, 0 duplicates\n"_qs);
    const QJsonObject stats = QJsonDocument::fromJson(cli({u"stats"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).object();
    QCOMPARE(stats.value(u"masked_handles"_qs).toInt(), 4);
    QCOMPARE(stats.value(u"withheld_handles"_qs).toInt(), 1);
    QStringList flags;
    for (const QJsonValue &e : QJsonDocument::fromJson(cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs}).out).array())
        flags.append(u"%1|%2"_qs.arg(e[u"line"_qs].toInt())
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{e[u"initiator_masked"_qs], e[u"counterpart_masked"_qs]}).toJson(QJsonDocument::Compact))));
    QCOMPARE(flags, (QStringList{u"2|[true,false]"_qs, u"3|[true,false]"_qs, u"4|[true,false]"_qs, u"5|[true,false]"_qs,
                                 u"6|[false,true]"_qs, u"7|[false,false]"_qs, u"8|[false,true]"_qs, u"9|[false,false]"_qs}));
    const QList<QByteArray> csv = cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"csv"_qs}).out.split('\n');
    QVERIFY(csv[0].endsWith(",initiator_withheld,counterpart_withheld,initiator_masked,counterpart_masked,marked_at,marked_by,mark_note\r"));
    QVERIFY2(csv[7].endsWith(",true,false,false,true,,,\r"), csv[7].constData()); // "Anonymous" called a mask
    const Run dry = cli({u"import"_qs, u"--case"_qs, m_dir.filePath(u"masked-dry.llcase"_qs), u"--dry-run"_qs, u"--json"_qs,
                         dataPath(u"carrier/cdr-masked.csv"_qs)});
    const QJsonArray preview = QJsonDocument::fromJson(dry.out).object()[u"files"_qs][0][u"preview"_qs].toArray();
    QCOMPARE(preview[0][u"initiator_kind"_qs].toString(), u"masked"_qs);
    QCOMPARE(preview[7][u"counterpart_kind"_qs].toString(), u"other"_qs); // "*100#", a code dialled
}

void tst_Cli::handlesJson()
{
    const Run run = cli({QStringLiteral("handles"), QStringLiteral("--case"), m_case, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray handles = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(handles.size(), 6);
    QJsonObject target;
    QJsonObject bea;
    for (const QJsonValue &v : handles) {
        const QJsonObject h = v.toObject();
        if (h.value(QStringLiteral("handle")).toString() == u"+12025550143")
            target = h;
        if (h.value(QStringLiteral("handle")).toString() == u"+13125550147")
            bea = h;
    }
    QCOMPARE(target.value(QStringLiteral("kind")).toString(), QStringLiteral("phone"));
    QCOMPARE(target.value(QStringLiteral("lookups_out")).toInt(), 5);
    QCOMPARE(target.value(QStringLiteral("lookups_in")).toInt(), 1);
    QCOMPARE(target.value(QStringLiteral("comms_out")).toInt(), 0);
    QCOMPARE(target.value(QStringLiteral("comms_in")).toInt(), 0);
    QCOMPARE(target.value(QStringLiteral("connections")).toInt(), 0);
    QCOMPARE(target.value(QStringLiteral("first_seen")).toString(), QStringLiteral("2016-09-02T18:22:05Z"));
    QCOMPARE(target.value(QStringLiteral("last_seen")).toString(), QStringLiteral("2016-09-07T12:30:15Z"));
    QCOMPARE(bea.value(QStringLiteral("lookups_in")).toInt(), 2);
    QCOMPARE(bea.value(QStringLiteral("lookups_out")).toInt(), 0);
    QCOMPARE(bea.value(QStringLiteral("spellings")).toArray().size(), 2);
}

void tst_Cli::eventsJsonAndCsv()
{
    const Run json = cli({QStringLiteral("events"), QStringLiteral("--case"), m_case, QStringLiteral("--format"),
                          QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QJsonParseError parseError;
    const QJsonArray events = QJsonDocument::fromJson(json.out, &parseError).array();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(events.size(), 6);
    const QJsonObject first = events.first().toObject();
    QCOMPARE(first.value(QStringLiteral("class")).toString(), QStringLiteral("lookup"));
    QCOMPARE(first.value(QStringLiteral("subtype")).toString(), QStringLiteral("imessage-query"));
    QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2016-09-02T18:22:05Z"));
    QCOMPARE(first.value(QStringLiteral("source")).toString(), QStringLiteral("ids-sample.csv"));
    QCOMPARE(first.value(QStringLiteral("line")).toInt(), 10);
    QCOMPARE(first.value(QStringLiteral("counterpart")).toString(), QStringLiteral("+13125550147"));
    QCOMPARE(first.value(QStringLiteral("device_count")).toInt(), 2);
    QVERIFY(first.value(QStringLiteral("client_port")).isNull());
    QCOMPARE(first.value(QStringLiteral("extra")).toObject().value(QStringLiteral("User Agent")).toString(),
             QStringLiteral("iPhone"));

    const Run csv = cli({QStringLiteral("events"), QStringLiteral("--case"), m_case, QStringLiteral("--format"),
                         QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.size(), 8); // header, 6 events, and the empty piece after the last CRLF
    QVERIFY(lines[0].startsWith("id,class,subtype,time,"));
    QVERIFY(lines[0].contains(",source,source_id,line,raw"));
    QVERIFY(lines[3].contains(",\"2016-09-03 07:01:13,tel:+12015550123,+12025550143,203.0.113.77,1,\"\"iPhone, iOS 10.0\"\"\""));

    // Every export is in the case's audit log.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
    db.setDatabaseName(m_case);
    QVERIFY(db.open());
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export-events'")).toInt(), 2);
    QVERIFY(TestSupport::scalar(db, QStringLiteral("SELECT details FROM audit_log WHERE action = 'export-events' ORDER BY id DESC"))
                .toString().contains(QStringLiteral("\"events\":6")));
    db.close();
}

void tst_Cli::eventsFilters()
{
    const auto count = [this](const QStringList &extra) {
        const Run run = cli(QStringList{QStringLiteral("events"), QStringLiteral("--case"), m_case,
                                        QStringLiteral("--format"), QStringLiteral("json")} + extra);
        return run.exitCode == 0 ? int(QJsonDocument::fromJson(run.out).array().size()) : -1;
    };
    // Any spelling of a handle finds it.
    QCOMPARE(count({QStringLiteral("--handle"), QStringLiteral("(312) 555-0147")}), 2);
    QCOMPARE(count({QStringLiteral("--handle"), QStringLiteral("tel:+1 312 555 0147")}), 2);
    QCOMPARE(count({QStringLiteral("--handle"), QStringLiteral("DANA.REYES@example.com")}), 1);
    QCOMPARE(count({QStringLiteral("--class"), QStringLiteral("lookup")}), 6);
    QCOMPARE(count({QStringLiteral("--class"), QStringLiteral("communication")}), 0);
    QCOMPARE(count({QStringLiteral("--from"), QStringLiteral("2016-09-03T00:00:00Z")}), 4);
    QCOMPARE(count({QStringLiteral("--from"), QStringLiteral("2016-09-03"), QStringLiteral("--to"),
                    QStringLiteral("2016-09-05T23:59:59Z")}), 2);
    QCOMPARE(count({QStringLiteral("--to"), QStringLiteral("2016-09-02T20:22:05+02:00")}), 1);
    // A date alone as --to is that whole day, as it reads; its first moment would leave it out.
    QCOMPARE(count({QStringLiteral("--from"), QStringLiteral("2016-09-03"), QStringLiteral("--to"),
                    QStringLiteral("2016-09-05")}),
             2);
    QCOMPARE(count({QStringLiteral("--to"), QStringLiteral("2016-09-02")}), 2);
    QCOMPARE(count({QStringLiteral("--to"), QStringLiteral("2016-09-02T00:00:00Z")}), 0);
    // A window of one moment, written two ways, is no window backwards: its event is listed.
    QCOMPARE(count({QStringLiteral("--from"), QStringLiteral("2016-09-02T18:22:05Z"),
                    QStringLiteral("--to"), QStringLiteral("2016-09-02T20:22:05+02:00")}),
             1);
    QCOMPARE(count({QStringLiteral("--handle"), QStringLiteral("+19995550000")}), -1);
    QCOMPARE(count({QStringLiteral("--class"), QStringLiteral("contact")}), -1);
    QCOMPARE(count({QStringLiteral("--from"), QStringLiteral("soon")}), -1);
    // UTC without an offset, even at an hour the computer's clocks skipped (the suite's zone is
    // Los Angeles, which went from 02:00 to 03:00 that night).
    QCOMPARE(count({QStringLiteral("--from"), QStringLiteral("2016-03-13T02:30:00")}), 6);
    // The handle's side, and a second handle on the other side: a graph edge's events.
    const QString target = QStringLiteral("+12025550143");
    const QString bea = QStringLiteral("(312) 555-0147");
    QCOMPARE(count({u"--handle"_qs, target, u"--side"_qs, u"initiator"_qs}), 5);
    QCOMPARE(count({u"--handle"_qs, target, u"--side"_qs, u"counterpart"_qs}), 1);
    QCOMPARE(count({u"--handle"_qs, target, u"--side"_qs, u"either"_qs}), 6);
    QCOMPARE(count({u"--handle"_qs, target, u"--with"_qs, bea}), 2);
    QCOMPARE(count({u"--handle"_qs, bea, u"--side"_qs, u"counterpart"_qs, u"--with"_qs, target}), 2);
    QCOMPARE(count({u"--handle"_qs, bea, u"--side"_qs, u"initiator"_qs, u"--with"_qs, target}), 0);
    QCOMPARE(count({u"--side"_qs, u"initiator"_qs}), -1);
    QCOMPARE(count({u"--handle"_qs, target, u"--side"_qs, u"up"_qs}), -1);
    QCOMPARE(count({u"--handle"_qs, target, u"--with"_qs, u"+19995550000"_qs}), -1);
}

void tst_Cli::aSourceThatStoredNothingSaysWhereItsRecordsAre()
{
    // The same return imported again (source 3) and a file whose every row was rejected (2):
    // their events are none, said on standard error with where their records are.
    const QString casePath = m_dir.filePath(u"stored-nothing.llcase"_qs);
    const QString bad =
        TestSupport::writeFile(m_dir.filePath(u"all-rejected.csv"_qs),
                               "Timestamp,Source Handle,Lookup Handle,Client IP\n"
                               "yesterday,+12025550143,+13125550147,198.51.100.14\n");
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                  dataPath(u"ids/ids-sample.csv"_qs), bad})
                 .exitCode,
             0);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                  u"--allow-duplicate"_qs, dataPath(u"ids/ids-sample.csv"_qs)})
                 .exitCode,
             0);
    const auto noted = [&casePath](const QStringList &extra) {
        const Run run = cli(
            QStringList{u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs} + extra);
        return QStringList{QString::number(QJsonDocument::fromJson(run.out).array().size()),
                           QString::fromUtf8(run.err)};
    };
    QCOMPARE(noted({u"--source"_qs, u"3"_qs}),
             (QStringList{u"0"_qs, u"note: the source chosen stored no event of its own: its "
                                   u"records were in the case already (--with-duplicates lists "
                                   u"them)\n"_qs}));
    QCOMPARE(noted({u"--source"_qs, u"3"_qs, u"--with-duplicates"_qs}),
             (QStringList{u"6"_qs, QString()}));
    QCOMPARE(noted({u"--source"_qs, u"2-3"_qs}),
             (QStringList{u"0"_qs, u"note: the sources chosen stored no event of their own: their "
                                   u"records were in the case already (--with-duplicates lists "
                                   u"them)\n"_qs}));
    QCOMPARE(noted({u"--source"_qs, u"2"_qs}),
             (QStringList{u"0"_qs, u"note: the source chosen stored no event: its rows were "
                                   u"rejected (\"rejected\" gives each one's reason)\n"_qs}));
    QCOMPARE(noted({u"--source"_qs, u"1"_qs}), (QStringList{u"6"_qs, QString()}));
    const Run graph = cli(
        {u"graph"_qs, u"--case"_qs, casePath, u"--source"_qs, u"3"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(QJsonDocument::fromJson(graph.out)[u"edges"_qs].toArray().size(), 0);
    QCOMPARE(QString::fromUtf8(graph.err),
             u"note: the source chosen stored no event of its own: its records were in the case "
             u"already (--with-duplicates lists them)\n"_qs);
}

void tst_Cli::aLoginLogsGraphSaysItsConnectionsAreNoEdges()
{
    // A login log (source 1, two connections) beside an IDS return (2): the log's graph is empty
    // and says why; with the return's lookups, or of the return alone, nothing is said.
    const QString casePath = m_dir.filePath(u"login-log.llcase"_qs);
    QCOMPARE(
        cli({u"import"_qs, u"--case"_qs, casePath, u"--profile"_qs,
             dataPath(u"profile/login-profile.json"_qs), dataPath(u"profile/login-log.csv"_qs)})
            .exitCode,
        0);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                  dataPath(u"ids/ids-sample.csv"_qs)})
                 .exitCode,
             0);
    const auto graph = [&casePath](const QString &sources) {
        const Run run = cli({u"graph"_qs, u"--case"_qs, casePath, u"--source"_qs, sources,
                             u"--format"_qs, u"json"_qs});
        return QStringList{
            QString::number(QJsonDocument::fromJson(run.out)[u"edges"_qs].toArray().size()),
            QString::fromUtf8(run.err)};
    };
    QCOMPARE(graph(u"1"_qs),
             (QStringList{u"0"_qs, u"note: the source chosen holds connections alone (an account's "
                                   u"own logins), which are no edges: `events --source 1` lists "
                                   u"them\n"_qs}));
    QCOMPARE(graph(u"1-2"_qs), (QStringList{u"5"_qs, QString()}));
    QCOMPARE(graph(u"2"_qs), (QStringList{u"5"_qs, QString()}));
    const Run events = cli({u"events"_qs, u"--case"_qs, casePath, u"--source"_qs, u"1"_qs,
                            u"--format"_qs, u"json"_qs});
    QCOMPARE(QJsonDocument::fromJson(events.out).array().size(), 2);
    QCOMPARE(events.err, QByteArray()); // listed: nothing to say
}

void tst_Cli::eventsBySubtypeSourceAndText()
{
    // The window's other filters: the demo's carrier records (source 2, events 17 to 26 in the
    // file's order) hold four texts (C-7002, -7005, -7007, -7008), two from cell site DC-0419
    // (C-7003, a call, and C-7007).
    const QString demo = m_dir.filePath(u"filters-demo.llcase"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--case"_qs, demo}).exitCode, 0);
    const auto ids = [&demo](const QStringList &extra) {
        const Run run =
            cli(QStringList{u"events"_qs, u"--case"_qs, demo, u"--format"_qs, u"json"_qs} + extra);
        QList<int> found;
        for (const QJsonValue &event : QJsonDocument::fromJson(run.out).array())
            found.append(event[u"id"_qs].toInt());
        return run.exitCode == 0 ? found : QList<int>{-run.exitCode};
    };
    QCOMPARE(ids({u"--subtype"_qs, u"sms"_qs}), (QList<int>{18, 21, 23, 24}));
    QCOMPARE(ids({u"--source"_qs, u"2"_qs}), (QList<int>{17, 18, 19, 20, 21, 22, 23, 24, 25, 26}));
    QCOMPARE(ids({u"--source"_qs, u"1"_qs, u"--class"_qs, u"communication"_qs}), QList<int>());
    // Several, given apart or as a range (a return's pages): the events of any.
    QCOMPARE(ids({u"--source"_qs, u"1-2"_qs, u"--subtype"_qs, u"sms"_qs}),
             (QList<int>{18, 21, 23, 24}));
    QCOMPARE(ids({u"--source"_qs, u"2"_qs, u"--source"_qs, u"1"_qs}).size(), 26);
    QCOMPARE(ids({u"--source"_qs, u"1-1"_qs}).size(), 16);
    QCOMPARE(ids({u"--text"_qs, u"DC-0419"_qs}), (QList<int>{19, 23}));
    QCOMPARE(ids({u"--text"_qs, u"dc-0419"_qs}), QList<int>()); // as written, case and all
    // The same through the search index the window builds (which folds case; the events' text
    // does not), the first 20 events only indexed: those after them are read.
    QVERIFY(RawTextIndexJob::run(demo).ok);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"indexed"_qs);
        db.setDatabaseName(demo);
        QVERIFY(db.open());
        QVERIFY(
            QSqlQuery(db).exec(u"UPDATE case_info SET value = 20 WHERE key = 'raw_index_upto'"_qs));
        QVERIFY(QSqlQuery(db).exec(u"DELETE FROM events_fts WHERE rowid > 20"_qs));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"indexed"_qs);
    QCOMPARE(ids({u"--text"_qs, u"DC-0419"_qs}), (QList<int>{19, 23}));
    QCOMPARE(ids({u"--text"_qs, u"dc-0419"_qs}), QList<int>());
    QCOMPARE(
        ids({u"--text"_qs, u"DC-0419"_qs, u"--subtype"_qs, u"sms"_qs, u"--source"_qs, u"2"_qs}),
        QList<int>{23});
    // A source the case lacks, or no number, is refused whatever else is given; a subtype no
    // event has selects none, and says so.
    const QStringList lacking{u"3"_qs, u"2-3"_qs};
    for (const QString &source : lacking + QStringList{u"two"_qs, u"2-1"_qs, u"0"_qs}) {
        const Run refused = cli({u"events"_qs, u"--case"_qs, demo, u"--source"_qs, u"1"_qs,
                                 u"--source"_qs, source, u"--format"_qs, u"csv"_qs});
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(QString::fromUtf8(refused.err),
                 lacking.contains(source)
                     ? u"lookuplens-cli events: the case holds no source #%1 (\"sources\" lists "
                       u"them)\n"_qs.arg(source)
                     : u"lookuplens-cli events: --source takes a source's number, or two joined "
                       u"by a dash (\"sources\" lists them)\n"_qs);
        QVERIFY(refused.out.isEmpty());
    }
    const Run misspelt = cli(
        {u"events"_qs, u"--case"_qs, demo, u"--subtype"_qs, u"SMS"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(misspelt.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(misspelt.out).array().size(), 0);
    QCOMPARE(QString::fromUtf8(misspelt.err),
             u"note: no event of the case has the subtype \"SMS\" (its events' subtypes: call, "
             u"imessage-query, sms)\n"_qs);
    // So with a client IP no event has; one the case has, however written, says nothing.
    const Run noSuchIp = cli({u"events"_qs, u"--case"_qs, demo, u"--ip"_qs, u"198.51.100.41"_qs,
                              u"--format"_qs, u"csv"_qs});
    QCOMPARE(noSuchIp.exitCode, 0);
    QCOMPARE(QString::fromUtf8(noSuchIp.err),
             u"note: no event of the case has the client IP \"198.51.100.41\"\n"_qs);
    const Run writtenOtherwise = cli({u"events"_qs, u"--case"_qs, demo, u"--ip"_qs,
                                      u"::ffff:198.51.100.14"_qs, u"--format"_qs, u"json"_qs});
    QVERIFY(writtenOtherwise.err.isEmpty());
    QVERIFY(QJsonDocument::fromJson(writtenOtherwise.out).array().size() > 0);
    QVERIFY(cli({u"events"_qs, u"--case"_qs, demo, u"--subtype"_qs, u"sms"_qs, u"--format"_qs,
                 u"csv"_qs})
                .err.isEmpty());
    // The export's audit record holds the choice; a report names it in its scope.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"filters"_qs);
        db.setDatabaseName(demo);
        QVERIFY(db.open());
        QCOMPARE(TestSupport::rows(db,
                                   u"SELECT json_extract(details, '$.arguments[2]'),"
                                   u" json_extract(details, '$.arguments[3]'),"
                                   u" json_extract(details, '$.events') FROM audit_log"
                                   u" WHERE action = 'export-events' ORDER BY id DESC LIMIT 1"_qs),
                 QStringList{u"--subtype|sms|4"_qs});
        db.close();
    }
    QSqlDatabase::removeDatabase(u"filters"_qs);
    // So with a text no record holds as written, capitals and all, whether the index (its first
    // 20 events) or the reading of those past it would find it; short or long.
    const auto textNote = [&demo](const QString &text) {
        return QString::fromUtf8(
            cli({u"events"_qs, u"--case"_qs, demo, u"--text"_qs, text, u"--format"_qs, u"csv"_qs})
                .err);
    };
    for (const QString &text : {u"dc-0419"_qs, u"c-7008"_qs, u"Zz"_qs})
        QCOMPARE(
            textNote(text),
            u"note: no record of the case holds \"%1\" as written (capitals as typed)\n"_qs.arg(
                text));
    for (const QString &text : {u"DC-0419"_qs, u"C-7008"_qs, u"iPhone14"_qs, u"14"_qs})
        QVERIFY2(textNote(text).isEmpty(), qPrintable(text));
    // So with a window outside the case's events (a year mistyped), naming when they are.
    const auto windowNote = [&demo](const QString &option, const QString &time) {
        return QString::fromUtf8(
            cli({u"events"_qs, u"--case"_qs, demo, option, time, u"--format"_qs, u"csv"_qs}).err);
    };
    for (const auto &[option, time] :
         {std::pair{u"--from"_qs, u"2027-03-02"_qs}, std::pair{u"--to"_qs, u"2026-03-01"_qs},
          std::pair{u"--to"_qs, u"2026-03-02T08:14:02Z"_qs}})
        QCOMPARE(windowNote(option, time),
                 u"note: the case's events run from 2026-03-02T08:14:03Z to 2026-03-22T02:02:02Z, "
                 u"outside the window\n"_qs);
    QVERIFY(windowNote(u"--to"_qs, u"2026-03-02T08:14:03Z"_qs).isEmpty()); // its first event
    QVERIFY(windowNote(u"--from"_qs, u"2026-03-22"_qs).isEmpty());         // its last day
    // The graph's window and sources are said so too.
    QCOMPARE(QString::fromUtf8(cli({u"graph"_qs, u"--case"_qs, demo, u"--from"_qs, u"2027-03-02"_qs,
                                    u"--format"_qs, u"json"_qs})
                                   .err),
             u"note: the case's events run from 2026-03-02T08:14:03Z to 2026-03-22T02:02:02Z, "
             u"outside the window\n"_qs);
    const Run report = cli({u"report"_qs, u"--case"_qs, demo, u"--source"_qs, u"2"_qs,
                            u"--subtype"_qs, u"sms"_qs, u"--text"_qs, u"DC-0419"_qs});
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.out.contains("<p>Subtype: SMS.<br>Read from the source #2, carrier-cdr.csv.<br>"
                                 "Whose record as written holds &quot;DC-0419&quot;.</p>"),
             report.out.left(4000).constData());
    QCOMPARE(report.out.count("<tr id=\"event-"), 1);
    QVERIFY(report.out.contains("<tr id=\"event-23\">"));
}

void tst_Cli::eventsJsonIsWhatQJsonDocumentWrites()
{
    // Events are written as JSON text directly; each is the very text QJsonDocument writes for
    // it: messages, calls with their events, logins with ports, call legs with durations,
    // lookups with quoted cells, FaceTime invitations.
    const QString path = m_dir.filePath(QStringLiteral("every-kind.llcase"));
    const Run imported = cli({u"import"_qs, u"--case"_qs, path, u"--timezone"_qs, u"UTC"_qs,
                              dataPath(u"whatsapp/return.zip"_qs), dataPath(u"carrier/cdr-legs.csv"_qs),
                              dataPath(u"ids/ids-sample.csv"_qs), dataPath(u"facetime/facetime-invitations.csv"_qs)});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    // And an analyst's mark whose note needs escaping.
    QCOMPARE(cli({u"mark"_qs, u"--case"_qs, path, u"--event"_qs, u"3"_qs, u"--note"_qs,
                  u"\"quoted\" \\ back\tslash\nand ü, \u2192 \U0001F50D"_qs})
                 .exitCode,
             0);
    const Run run = cli({u"events"_qs, u"--case"_qs, path, u"--format"_qs, u"json"_qs});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"mark\":{\"at\":\""));
    QList<QByteArray> lines = run.out.split('\n');
    QCOMPARE(lines.takeFirst(), QByteArray("["));
    QCOMPARE(lines.takeLast(), QByteArray());
    QCOMPARE(lines.takeLast(), QByteArray("]"));
    QSet<QString> classes;
    for (QByteArray line : std::as_const(lines)) {
        if (line.endsWith(','))
            line.chop(1);
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        QCOMPARE(line, QJsonDocument(event).toJson(QJsonDocument::Compact));
        classes.insert(event.value(u"class"_qs).toString());
    }
    QCOMPARE(classes, (QSet<QString>{u"lookup"_qs, u"communication"_qs, u"connection"_qs}));
    QCOMPARE(lines.size(), 20);
}

void tst_Cli::anEventIsMarkedWithTheAnalystsNote()
{
    const QString demo = m_dir.filePath(u"marks.llcase"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--case"_qs, demo}).exitCode, 0);
    // Before any mark, only the marked events are none, and said so.
    const Run none =
        cli({u"events"_qs, u"--case"_qs, demo, u"--marked"_qs, u"--format"_qs, u"csv"_qs});
    QCOMPARE(QString::fromUtf8(none.err), u"note: no event of the case is marked\n"_qs);
    // The demo's first lookup (ids-query-log.csv line 10) with a note, its first call without.
    const Run lookup = cli({u"mark"_qs, u"--case"_qs, demo, u"--event"_qs, u"1"_qs, u"--note"_qs,
                            u"  first lookup of the call's counterpart, 17 minutes before it  "_qs});
    QCOMPARE(lookup.exitCode, 0);
    QCOMPARE(QString::fromUtf8(lookup.out),
             u"marked #1 Lookup (iMessage query) 2026-03-02 08:14:03 UTC +12025550143 → +13125550147, "
             "ids-query-log.csv line 10\n"_qs + LookupCaveatLine);
    const Run call = cli({u"mark"_qs, u"--case"_qs, demo, u"--event"_qs, u"17"_qs});
    QCOMPARE(call.exitCode, 0);
    QCOMPARE(QString::fromUtf8(call.out), u"marked #17 Communication (call) 2026-03-02 08:31:00 UTC +12025550143 → "
                                          "+13125550147, carrier-cdr.csv line 2\n"_qs);

    // Refused, with nothing written: no such event, a mark taken off an event without one, both
    // a note and --remove, no id, an id that is no number.
    const QList<std::pair<QStringList, QString>> refusals{
        {{u"--event"_qs, u"999"_qs}, u"lookuplens-cli mark: the case holds no event #999\n"_qs},
        {{u"--event"_qs, u"2"_qs, u"--remove"_qs},
         u"lookuplens-cli mark: event #2 is not marked\n"_qs},
        {{u"--event"_qs, u"1"_qs, u"--remove"_qs, u"--note"_qs, u"x"_qs},
         u"lookuplens-cli mark: --note and --remove cannot be given together\n"_qs},
        {{u"--note"_qs, u"x"_qs},
         u"lookuplens-cli mark: --event ID is required: the number of an event\n"_qs},
        {{u"--event"_qs, u"#3"_qs},
         u"lookuplens-cli mark: --event takes an event's number (\"events\" lists them in its id column), not \"#3\"\n"_qs}};
    for (const auto &[args, message] : refusals) {
        const Run refused = cli(QStringList{u"mark"_qs, u"--case"_qs, demo} + args);
        QCOMPARE(refused.exitCode, 2);
        QCOMPARE(QString::fromUtf8(refused.err), message);
    }

    // events --marked: the two, each with its mark; the others' mark is null.
    const Run json = cli({u"events"_qs, u"--case"_qs, demo, u"--marked"_qs, u"--format"_qs, u"json"_qs});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray marked = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(marked.size(), 2);
    QVERIFY(json.err.isEmpty());
    const QJsonObject first = marked[0][u"mark"_qs].toObject();
    QCOMPARE(marked[0][u"id"_qs].toInt(), 1);
    QCOMPARE(first[u"note"_qs].toString(), u"first lookup of the call's counterpart, 17 minutes before it"_qs);
    QCOMPARE(first[u"by"_qs].toString(), AuditLog::osUserName());
    QVERIFY(TimeFormat::parseIso(first[u"at"_qs].toString()));
    QCOMPARE(marked[1][u"id"_qs].toInt(), 17);
    QCOMPARE(marked[1][u"mark"_qs][u"note"_qs].toString(), QString());
    const Run all = cli({u"events"_qs, u"--case"_qs, demo, u"--format"_qs, u"json"_qs});
    const QJsonArray every = QJsonDocument::fromJson(all.out).array();
    QCOMPARE(every.size(), 26);
    QCOMPARE(std::count_if(every.begin(), every.end(), [](const QJsonValue &e) { return e[u"mark"_qs].isNull(); }), 24);
    const Run csv = cli({u"events"_qs, u"--case"_qs, demo, u"--marked"_qs, u"--class"_qs, u"lookup"_qs,
                         u"--format"_qs, u"csv"_qs});
    const QList<QByteArray> lines = csv.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].endsWith(u",%1,\"first lookup of the call's counterpart, 17 minutes before it\"\r"_qs
                                   .arg(AuditLog::osUserName())
                                   .toUtf8()),
             lines[1].constData());

    // Taking a mark off; the audit log holds each mark and its taking off, with the note.
    const Run removed = cli({u"mark"_qs, u"--case"_qs, demo, u"--event"_qs, u"17"_qs, u"--remove"_qs});
    QCOMPARE(removed.exitCode, 0);
    QCOMPARE(QString::fromUtf8(removed.out), u"mark taken off #17 Communication (call) 2026-03-02 08:31:00 UTC "
                                             "+12025550143 → +13125550147, carrier-cdr.csv line 2\n"_qs);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"marks"_qs);
    db.setDatabaseName(demo);
    QVERIFY(db.open());
    QCOMPARE(TestSupport::rows(db, u"SELECT action, details FROM audit_log WHERE action LIKE 'event-%' ORDER BY id"_qs),
             (QStringList{u"event-mark|{\"event_id\":1,\"note\":\"first lookup of the call's counterpart, 17 minutes "
                          "before it\"}"_qs,
                          u"event-mark|{\"event_id\":17,\"note\":\"\"}"_qs, u"event-unmark|{\"event_id\":17}"_qs}));
    QCOMPARE(TestSupport::rows(db, u"SELECT event_id, note FROM event_marks"_qs),
             QStringList{u"1|first lookup of the call's counterpart, 17 minutes before it"_qs});
    db.close();
    QSqlDatabase::removeDatabase(u"marks"_qs);

    // A report of the marked events says so in its scope, and lists them with their notes.
    const Run report = cli({u"report"_qs, u"--case"_qs, demo, u"--marked"_qs});
    QCOMPARE(report.exitCode, 0);
    const QString html = QString::fromUtf8(report.out);
    QVERIFY(html.contains(u"<p>Only the events the analyst marked.</p>"_qs));
    QVERIFY(html.contains(u"<p>Marked: 1 lookup.</p>"_qs));
    QVERIFY(html.contains(u"<td><a href=\"#event-1\">#1</a></td>"_qs));
}

void tst_Cli::aClientIpIsStoredAsItsAddressWithItsWriting()
{
    // One address written three ways, and an IPv4 address written as IPv4-mapped IPv6.
    const QString csv = m_dir.filePath(QStringLiteral("ip-spellings.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Timestamp (UTC),Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
               "2016-09-02 18:22:05,+12025550143,+13125550147,::FFFF:198.51.100.14,2\n"
               "2016-09-02 18:23:05,+12025550143,+13125550147,2001:0DB8:0000::0007,1\n"
               "2016-09-02 18:24:05,+12025550144,+13125550147,2001:db8::7,1\n"
               "2016-09-02 18:25:05,+12025550144,+13125550147,2001:db8:0:0:0:0:0:7,1\n");
    file.close();
    const QString path = m_dir.filePath(QStringLiteral("ip-spellings.llcase"));
    const Run dryRun = cli({u"import"_qs, u"--case"_qs, path, u"--dry-run"_qs, csv});
    QCOMPARE(dryRun.exitCode, 0);
    QVERIFY2(dryRun.out.contains("ip 198.51.100.14 (written ::FFFF:198.51.100.14)"), dryRun.out.constData());
    QVERIFY(dryRun.out.contains("ip 2001:db8::7 (written 2001:0DB8:0000::0007)"));
    QVERIFY(dryRun.out.contains("ip 2001:db8::7\n"));
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, path, csv}).exitCode, 0);

    const Run json = cli({u"events"_qs, u"--case"_qs, path, u"--format"_qs, u"json"_qs});
    QStringList stored;
    for (const QJsonValue &event : QJsonDocument::fromJson(json.out).array())
        stored.append(event[u"client_ip"_qs].toString() + u'|' + event[u"client_ip_raw"_qs].toString());
    QCOMPARE(stored, (QStringList{u"198.51.100.14|::FFFF:198.51.100.14"_qs, u"2001:db8::7|2001:0DB8:0000::0007"_qs,
                                  u"2001:db8::7|2001:db8::7"_qs, u"2001:db8::7|2001:db8:0:0:0:0:0:7"_qs}));
    const Run csvOut = cli({u"events"_qs, u"--case"_qs, path, u"--format"_qs, u"csv"_qs});
    const QList<QByteArray> lines = csvOut.out.split('\n');
    QVERIFY(lines[0].endsWith(",raw,client_ip_raw,initiator_withheld,counterpart_withheld,initiator_masked,counterpart_masked,marked_at,marked_by,mark_note\r"));
    QVERIFY2(lines[2].endsWith(",2001:0DB8:0000::0007,false,false,false,false,,,\r"), lines[2].constData());

    // The IPs list: one address, both handles, every lookup from it.
    QHash<QString, QJsonObject> ips;
    for (const QJsonValue &ip : QJsonDocument::fromJson(cli({u"ips"_qs, u"--case"_qs, path, u"--json"_qs}).out).array())
        ips.insert(ip[u"ip"_qs].toString(), ip.toObject());
    QCOMPARE(ips.keys().size(), 2);
    QCOMPARE(ips.value(u"2001:db8::7"_qs).value(u"lookups"_qs).toInt(), 3);
    QCOMPARE(ips.value(u"2001:db8::7"_qs).value(u"handles"_qs).toArray(), (QJsonArray{u"+12025550143"_qs, u"+12025550144"_qs}));
    QCOMPARE(ips.value(u"2001:db8::7"_qs).value(u"also_written_as"_qs).toArray(),
             (QJsonArray{u"2001:0DB8:0000::0007"_qs, u"2001:db8:0:0:0:0:0:7"_qs}));
    QCOMPARE(ips.value(u"198.51.100.14"_qs).value(u"lookups"_qs).toInt(), 1);
    QCOMPARE(ips.value(u"198.51.100.14"_qs).value(u"also_written_as"_qs).toArray(), QJsonArray{u"::FFFF:198.51.100.14"_qs});

    // events --ip: any writing of the address selects all its events.
    const auto countFrom = [&](const QString &ip) {
        const Run run = cli({u"events"_qs, u"--case"_qs, path, u"--format"_qs, u"json"_qs, u"--ip"_qs, ip});
        return run.exitCode == 0 ? int(QJsonDocument::fromJson(run.out).array().size()) : -1;
    };
    QCOMPARE(countFrom(u"2001:DB8::7"_qs), 3);
    QCOMPARE(countFrom(u"198.51.100.14"_qs), 1);
    QCOMPARE(countFrom(u"::ffff:198.51.100.14"_qs), 1);
    QCOMPARE(countFrom(u"198.51.100.15"_qs), 0);
}

void tst_Cli::sourcesJson()
{
    const Run run = cli({QStringLiteral("sources"), QStringLiteral("--case"), m_case, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject source = QJsonDocument::fromJson(run.out).array().first().toObject();
    QCOMPARE(source.value(QStringLiteral("file_name")).toString(), QStringLiteral("ids-sample.csv"));
    QCOMPARE(source.value(QStringLiteral("format")).toString(), QStringLiteral("apple-ids"));
    QCOMPARE(source.value(QStringLiteral("time_zone")).toString(), QStringLiteral("UTC"));
    QCOMPARE(source.value(QStringLiteral("zone_declared")).toBool(), true);
    QCOMPARE(source.value(QStringLiteral("accepted")).toInt(), 6);
    QCOMPARE(source.value(u"imported_with"_qs).toArray(),
             QJsonArray{source.value(u"id"_qs)}); // a file of one
    QCOMPARE((QList<int>{source.value(u"accepted_lookups"_qs).toInt(-1), source.value(u"accepted_communications"_qs).toInt(-1),
                         source.value(u"accepted_connections"_qs).toInt(-1)}),
             (QList<int>{6, 0, 0}));
    const Run text = cli({QStringLiteral("sources"), QStringLiteral("--case"), m_case});
    QVERIFY2(text.out.contains(": 6 read, 6 accepted, 0 rejected, 0 duplicate; accepted: 6 lookups, 0 communications, "
                               "0 connections\n"),
             text.out.constData());
    QCOMPARE(source.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("account_dsid")).toString(),
             QStringLiteral("9990001112"));
    QFile file(dataPath(QStringLiteral("ids/ids-sample.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(source.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QVERIFY(source.value(QStringLiteral("container_sha256")).isNull());
    // A WhatsApp delivery's page: its own SHA-256, and the return's, the file at file_path.
    const QString casePath = m_dir.filePath(QStringLiteral("whatsapp-sources.llcase"));
    const QString zip = dataPath(QStringLiteral("whatsapp/return.zip"));
    QCOMPARE(cli({QStringLiteral("import"), QStringLiteral("--case"), casePath, zip}).exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(cli({QStringLiteral("sources"), QStringLiteral("--case"), casePath,
                                                          QStringLiteral("--json")}).out)
                                 .array()
                                 .first()
                                 .toObject();
    QCOMPARE(page.value(QStringLiteral("file_path")).toString(), QFileInfo(zip).absoluteFilePath());
    QCOMPARE(page.value(u"imported_with"_qs).toArray(), (QJsonArray{1, 2}));
    QCOMPARE(page.value(QStringLiteral("container_sha256")).toString(), TestSupport::sha256Of(zip));
    QCOMPARE(page.value(QStringLiteral("sha256")).toString(), TestSupport::sha256Of(dataPath(u"whatsapp/records.html"_qs)));
    // The text says so too: a defence expert hashing the file at hand gets the container's hash.
    const QString pageText = QString::fromUtf8(cli({QStringLiteral("sources"), QStringLiteral("--case"), casePath}).out);
    QVERIFY2(pageText.section(u'\n', 0, 0).endsWith(u"1 connection; inside %1, sha256 %2"_qs.arg(QFileInfo(zip).absoluteFilePath(),
                                                                                                  TestSupport::sha256Of(zip))),
             qPrintable(pageText));
    // Beneath it, the return's figures as the import printed them for the file: its two pages'.
    const QString importText = QString::fromUtf8(
        cli({u"import"_qs, u"--case"_qs, m_dir.filePath(u"whatsapp-again.llcase"_qs), zip}).out);
    QVERIFY2(importText.startsWith(zip + u": 8 accepted, 1 rejected, 5 duplicate"_qs),
             qPrintable(importText));
    QCOMPARE(pageText.section(u'\n', 1, 1),
             u"  Its file gave 2 sources, this one among them; together, 14 rows read: 8 accepted "
             u"(6 communications · "
             "2 connections), 5 duplicate, 1 rejected"_qs);
}

void tst_Cli::sourcesTextSaysWhatTheDescriptionSays()
{
    // Beneath each source, indented, its description's notes: how its text was read, and the
    // other provider's records of the same calls; then how its file was read.
    const QString casePath = m_dir.filePath(u"two-carriers.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                  dataPath(u"carrier/cdr-sided-march.csv"_qs)}).exitCode, 0);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, dataPath(u"carrier/cdr-other-party.csv"_qs)}).exitCode, 0);
    const QStringList lines = QString::fromUtf8(cli({u"sources"_qs, u"--case"_qs, casePath}).out).split(u'\n');
    QCOMPARE(lines.size(), 19); // and the empty text after the last line's end
    QVERIFY2(lines.at(0).startsWith(u"#1 cdr-sided-march.csv sha256 "_qs), qPrintable(lines.at(0)));
    // First the time its records span, as a return's period is read before what it holds.
    QCOMPARE(lines.at(1), u"  Its records run from 2026-03-02 09:10:00 UTC to 2026-03-24 12:30:00 UTC (they say nothing "
                          "of the time before or after)"_qs);
    QCOMPARE(lines.at(2), u"  Text read as UTF-8"_qs);
    // The first's count holds those calls too: said where it is read, pointing to the second.
    QCOMPARE(lines.at(3), u"  “cdr-other-party.csv”, another provider's records, holds calls or messages of this file too: "
                          "each stands twice in the case and is counted twice among its communications (that file's "
                          "description says how many)."_qs);
    QCOMPARE(lines.mid(4, 6),
             (QStringList{u"  How the file was read:"_qs,
                          u"  The format carrier-cdr-sided: Carrier call/SMS records (one subscriber's side: date, time, "
                          "direction, other party)"_qs,
                          u"  The header row the columns were found by, at line 1: \"Target Number\", \"Date\", \"Time\", "
                          "\"Direction\", \"Other Party\", \"Type\", \"Duration\""_qs,
                          u"  Times that state no zone of their own were read in UTC, the zone the analyst declared"_qs,
                          u"  Dates like 03/04/2016 were read day first (3 April), as the file's dates settle it: line 7 has "
                          "\"16/03/2026 10:00:00\", which can be read no other way"_qs,
                          u"  Read by "_qs + ImportJob::importerVersion()}));
    QVERIFY2(lines.at(10).startsWith(u"#2 cdr-other-party.csv sha256 "_qs), qPrintable(lines.at(10)));
    QCOMPARE(lines.at(11), u"  Its records run from 2026-03-02 09:10:04 UTC to 2026-03-09 19:19:55 UTC (they say nothing "
                           "of the time before or after)"_qs);
    QCOMPARE(lines.at(12), u"  Text read as UTF-8"_qs);
    QVERIFY2(lines.at(13).startsWith(u"  5 of the 6 communications checked (evenly through the file) stand in "
                                     "“cdr-sided-march.csv” too"_qs),
             qPrintable(lines.at(13)));
    QCOMPARE(lines.at(14), u"  How the file was read:"_qs); // its zone the file's, not declared: no line says it
    QCOMPARE(lines.at(17), u"  Read by "_qs + ImportJob::importerVersion());
}

void tst_Cli::sourcesJsonGivesTheTimeTheRecordsSpan()
{
    // Each source's first and last record, its duplicates' among them: the second return's
    // first four rows repeat the first's, so its records reach back to the first of those.
    const QString casePath = m_dir.filePath(u"spans.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, dataPath(u"ids/ids-sample.csv"_qs),
                  dataPath(u"ids/ids-sample-next-return.csv"_qs)}).exitCode, 0);
    const QJsonArray sources = QJsonDocument::fromJson(cli({u"sources"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    QCOMPARE(sources.size(), 2);
    QStringList spans;
    for (const QJsonValue &source : sources)
        spans.append(source[u"records_first"_qs].toString() + u' ' + source[u"records_last"_qs].toString());
    QCOMPARE(spans, (QStringList{u"2016-09-02T18:22:05Z 2016-09-07T12:30:15Z"_qs, u"2016-09-03T07:01:13Z 2016-09-09T21:40:02Z"_qs}));
    // The time each covers, as gaps measures it: the whole days its "Period" line states; one
    // for each return a file joins.
    QCOMPARE(sources.first()[u"periods"_qs].toArray(),
             (QJsonArray{QJsonObject{{u"from"_qs, u"2016-08-28T00:00:00Z"_qs}, {u"to"_qs, u"2016-09-22T00:00:00Z"_qs}}}));
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                  dataPath(u"ids/ids-joined-months-apart.csv"_qs)}).exitCode, 0);
    const QJsonArray joined = QJsonDocument::fromJson(cli({u"sources"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    QCOMPARE(joined.at(2)[u"periods"_qs].toArray(),
             (QJsonArray{QJsonObject{{u"from"_qs, u"2016-08-28T00:00:00Z"_qs}, {u"to"_qs, u"2016-09-06T00:00:00Z"_qs}},
                         QJsonObject{{u"from"_qs, u"2016-10-01T00:00:00Z"_qs}, {u"to"_qs, u"2016-10-26T00:00:00Z"_qs}}}));
    // The periods the lines above its header rows state, each with its line and how it was
    // read; one whose day and month nothing settles, with no ends.
    const auto stated = [](const QJsonValue &line, int headerLine, const QString &text, const QJsonValue &from,
                           const QJsonValue &to, const QString &read) {
        return QJsonObject{{u"line"_qs, line},     {u"end_line"_qs, QJsonValue()}, {u"header_line"_qs, headerLine}, {u"text"_qs, text},
                           {u"from"_qs, from},     {u"to"_qs, to},                  {u"dates_read"_qs, read},
                           {u"order"_qs, QJsonValue()}, {u"zone"_qs, QJsonValue()}};
    };
    QCOMPARE(joined.at(0)[u"stated_periods"_qs].toArray(),
             QJsonArray{stated(5, 9, u"Period 2016-08-28 through 2016-09-21"_qs, u"2016-08-28T00:00:00Z"_qs,
                               u"2016-09-22T00:00:00Z"_qs, u"as_written"_qs)});
    QCOMPARE(joined.at(2)[u"stated_periods"_qs].toArray().size(), 2);
    QCOMPARE(joined.at(2)[u"stated_periods"_qs][1][u"header_line"_qs].toInt(), 20);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"America/Los_Angeles"_qs,
                  dataPath(u"ids/ids-period-in-numbers.csv"_qs)}).exitCode, 0);
    const QJsonArray unsettled = QJsonDocument::fromJson(cli({u"sources"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    QCOMPARE(unsettled.at(3)[u"stated_periods"_qs].toArray(),
             QJsonArray{stated(5, 9, u"Period 09/01/2016 through 09/04/2016"_qs, QJsonValue(), QJsonValue(),
                               u"not_settled"_qs)});
}

void tst_Cli::gapsListsTheTimeNoSourceOfTheEventsCovers()
{
    // Two overlapping Apple returns and a third of October: one stretch between the periods the
    // second and the third state, in words or as JSON, in the zone asked for; none among one
    // handle's events that all come from the first return; an unknown zone refused.
    const QString casePath = m_dir.filePath(u"gaps.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, dataPath(u"ids/ids-sample.csv"_qs),
                  dataPath(u"ids/ids-sample-next-return.csv"_qs), dataPath(u"ids/ids-later-return.csv"_qs)}).exitCode, 0);
    const Run text = cli({u"gaps"_qs, u"--case"_qs, casePath, u"--zone"_qs, u"America/New_York"_qs});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(QString::fromUtf8(text.out),
             u"None of the sources of these events covers 2016-09-27 20:00:00 America/New_York (UTC-04:00) to "
             "2016-09-30 20:00:00 America/New_York (UTC-04:00) (after “ids-sample-next-return.csv”, before "
             "“ids-later-return.csv”): their records say nothing of that time, and that none of these events falls "
             "in it does not show that nothing happened.\n"_qs);
    const QJsonArray gaps = QJsonDocument::fromJson(cli({u"gaps"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().toObject(),
             (QJsonObject{{u"from"_qs, u"2016-09-28T00:00:00Z"_qs}, {u"to"_qs, u"2016-10-01T00:00:00Z"_qs},
                          {u"after_source_id"_qs, 2}, {u"after_source"_qs, u"ids-sample-next-return.csv"_qs},
                          {u"before_source_id"_qs, 3}, {u"before_source"_qs, u"ids-later-return.csv"_qs},
                          {u"after_header_line"_qs, QJsonValue()}, {u"before_header_line"_qs, QJsonValue()}}));
    QCOMPARE(QString::fromUtf8(cli({u"gaps"_qs, u"--case"_qs, casePath, u"--handle"_qs, u"dana.reyes@example.com"_qs}).out),
             u"The sources of these events leave no time uncovered between them.\n"_qs);
    QCOMPARE(cli({u"gaps"_qs, u"--case"_qs, casePath, u"--to"_qs, u"2016-09-10T00:00:00Z"_qs, u"--json"_qs}).out.trimmed(),
             QByteArray("[\n]"));
    const Run refused = cli({u"gaps"_qs, u"--case"_qs, casePath, u"--zone"_qs, u"Mars/Base"_qs});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.out.isEmpty());
    // Between two returns one file joins: the source either side, and each return's header row.
    const QString joinedPath = m_dir.filePath(u"gaps-joined.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, joinedPath, u"--timezone"_qs, u"UTC"_qs,
                  dataPath(u"ids/ids-joined-months-apart.csv"_qs)}).exitCode, 0);
    const QJsonArray joined = QJsonDocument::fromJson(cli({u"gaps"_qs, u"--case"_qs, joinedPath, u"--json"_qs}).out).array();
    QCOMPARE(joined.size(), 1);
    QCOMPARE(joined.first().toObject(),
             (QJsonObject{{u"from"_qs, u"2016-09-06T00:00:00Z"_qs}, {u"to"_qs, u"2016-10-01T00:00:00Z"_qs},
                          {u"after_source_id"_qs, 1}, {u"after_source"_qs, u"ids-joined-months-apart.csv"_qs},
                          {u"before_source_id"_qs, 1}, {u"before_source"_qs, u"ids-joined-months-apart.csv"_qs},
                          {u"after_header_line"_qs, 9}, {u"before_header_line"_qs, 20}}));
}

void tst_Cli::rejectedRowsGoToStderr()
{
    const QString casePath = m_dir.filePath(QStringLiteral("bad.llcase"));
    const QString file = dataPath(QStringLiteral("ids/ids-bad-rows.csv"));
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--case"), casePath, file});
    QCOMPARE(run.exitCode, 0);
    const QStringList errors = QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 5);
    QVERIFY(errors[0].startsWith(file + QStringLiteral(":6: impossible date")));
    QVERIFY(errors[2].startsWith(file + QStringLiteral(":9: 6 fields")));
    // The blank line 8 is no row: said with the figures, not rejected.
    QVERIFY2(QString::fromUtf8(run.out).contains(u"\n  1 blank line holds no record and was not counted as a row: 8\n"_qs),
             run.out.constData());
    const Run rejected = cli({QStringLiteral("rejected"), QStringLiteral("--case"), casePath, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(rejected.out).array().size(), 5);
    // A PDF's line is counted through the text of its pages: each rejected one says its page.
    const Run pdf = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, dataPath(u"carrier/cdr-sections.pdf"_qs)});
    QCOMPARE(pdf.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(cli({u"rejected"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    QCOMPARE(rows.size(), 8);
    const QJsonObject first = rows.at(5).toObject();
    QCOMPARE(first.value(u"source"_qs).toString(), u"cdr-sections.pdf"_qs);
    QCOMPARE(first.value(u"line"_qs).toInt(), 25);
    QCOMPARE(first.value(u"pdf_page"_qs).toInt(), 1);
    QCOMPARE(first.value(u"pdf_page_line"_qs).toInt(), 25);
    QVERIFY(!rows.first().toObject().contains(u"pdf_page"_qs)); // a CSV's line is its line
    // One source's, or several's, by their numbers.
    const auto sourcesOf = [&casePath](const QStringList &chosen) {
        const Run run =
            cli(QStringList{u"rejected"_qs, u"--case"_qs, casePath, u"--json"_qs} + chosen);
        QStringList found;
        for (const QJsonValue &row : QJsonDocument::fromJson(run.out).array())
            found.append(
                u"%1:%2"_qs.arg(row[u"source_id"_qs].toInt()).arg(row[u"line"_qs].toInt()));
        return run.exitCode == 0 ? found : QStringList{QString::fromUtf8(run.err)};
    };
    QCOMPARE(sourcesOf({u"--source"_qs, u"2"_qs}),
             (QStringList{u"2:25"_qs, u"2:27"_qs, u"2:28"_qs}));
    QCOMPARE(sourcesOf({u"--source"_qs, u"1"_qs}).size(), 5);
    QCOMPARE(sourcesOf({u"--source"_qs, u"2"_qs, u"--source"_qs, u"1"_qs}), sourcesOf({}));
    QCOMPARE(
        sourcesOf({u"--source"_qs, u"3"_qs}),
        QStringList{
            u"lookuplens-cli rejected: the case holds no source #3 (\"sources\" lists them)\n"_qs});
}

void tst_Cli::aFileNamedWithPercentSignsIsNamedAsItIs()
{
    // A name as a portal's download writes it ("%2C" for a comma) was taken for the places of
    // the figures after it: "calls%2Ctexts%3.csv:6" came out as "calls6Ctexts…", every file,
    // line and reason given wrong.
    const QString file = m_dir.filePath(u"calls%2Ctexts%3.csv"_qs);
    QVERIFY(QFile::copy(dataPath(QStringLiteral("ids/ids-bad-rows.csv")), file));
    const QString casePath = m_dir.filePath(QStringLiteral("percent.llcase"));
    const Run run = cli({u"import"_qs, u"--case"_qs, casePath, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.startsWith(
            (file + u": 3 accepted, 5 rejected, 0 duplicate (apple-ids; zone UTC)\n"_qs).toUtf8()),
        run.out.constData());
    QCOMPARE(QString::fromUtf8(run.err).split(u'\n').value(0),
             file + u":6: impossible date or time \"2016-13-45 99:00:00\""_qs);
    const Run rejected = cli({u"rejected"_qs, u"--case"_qs, casePath});
    QCOMPARE(QString::fromUtf8(rejected.out).split(u'\n').value(0),
             u"calls%2Ctexts%3.csv:6: impossible date or time \"2016-13-45 99:00:00\""_qs);
    const Run sources = cli({u"sources"_qs, u"--case"_qs, casePath});
    QVERIFY2(sources.out.startsWith("#1 calls%2Ctexts%3.csv sha256 "), sources.out.constData());
    QVERIFY2(
        sources.out.contains(" zone UTC: 8 read, 3 accepted, 5 rejected, 0 duplicate; accepted: "),
        sources.out.constData());
}

void tst_Cli::duplicateRowsAreListed()
{
    // Each duplicate row of each source, with the event it was linked to and where that event
    // was first read: as many as the sources' duplicate figures.
    const QString casePath = m_dir.filePath(u"duplicates.llcase"_qs);
    const Run imported = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, dataPath(u"ids/ids-sample.csv"_qs),
                              dataPath(u"ids/ids-joined.csv"_qs), dataPath(u"carrier/cdr-legs.csv"_qs)});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run run = cli({u"duplicates"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(rows.size(), 9); // 6 of the second IDS return, 3 further legs of calls
    const QJsonObject first = rows.first().toObject();
    QCOMPARE(first.value(u"source"_qs).toString(), u"ids-joined.csv"_qs);
    QCOMPARE(first.value(u"line"_qs).toInt(), 10);
    QCOMPARE(first.value(u"kind"_qs).toString(), u"duplicate"_qs);
    QCOMPARE(first.value(u"first_source"_qs).toString(), u"ids-sample.csv"_qs);
    QCOMPARE(first.value(u"first_source_id"_qs).toInt(), 1);
    QCOMPARE(first.value(u"source_id"_qs).toInt(), 2);
    QCOMPARE(first.value(u"first_line"_qs).toInt(), 10);
    QCOMPARE(first.value(u"raw"_qs).toString(), u"2016-09-02 18:22:05,+12025550143,tel:+13125550147,198.51.100.14,2,iPhone"_qs);
    const QJsonObject leg = rows.last().toObject();
    QCOMPARE(leg.value(u"source"_qs).toString(), u"cdr-legs.csv"_qs);
    QCOMPARE(leg.value(u"line"_qs).toInt(), 7);
    QCOMPARE(leg.value(u"kind"_qs).toString(), u"call-leg"_qs);
    QCOMPARE(leg.value(u"first_line"_qs).toInt(), 5);
    const Run text = cli({u"duplicates"_qs, u"--case"_qs, casePath});
    QVERIFY2(text.out.startsWith("ids-joined.csv:10: duplicate of event 1, stored from ids-sample.csv:10\n"), text.out.constData());
    // One source's rows, or several's, by their numbers: the legs are the third source's.
    const auto countOf = [&casePath](const QStringList &chosen) {
        const Run run =
            cli(QStringList{u"duplicates"_qs, u"--case"_qs, casePath, u"--json"_qs} + chosen);
        return run.exitCode == 0 ? int(QJsonDocument::fromJson(run.out).array().size())
                                 : -run.exitCode;
    };
    QCOMPARE(countOf({u"--source"_qs, u"3"_qs}), 3);
    QCOMPARE(countOf({u"--source"_qs, u"2"_qs}), 6);
    QCOMPARE(countOf({u"--source"_qs, u"1"_qs}), 0);
    QCOMPARE(countOf({u"--source"_qs, u"1-3"_qs}), 9);
    QCOMPARE(countOf({u"--source"_qs, u"4"_qs}), -2);
    QVERIFY(!first.contains(u"pdf_page"_qs) && !first.contains(u"first_pdf_page"_qs)); // a CSV's line is its line
    // A PDF's line is counted through the text of its pages: the row and the event it repeats say their pages.
    const Run pdfs = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                          dataPath(u"carrier/cdr-cell-sites-centred.pdf"_qs), dataPath(u"carrier/cdr-cell-sites.pdf"_qs)});
    QVERIFY2(pdfs.exitCode == 0, pdfs.err.constData());
    const QJsonArray all = QJsonDocument::fromJson(cli({u"duplicates"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    const auto pdf = std::find_if(all.cbegin(), all.cend(), [](const QJsonValue &row) {
        return row.toObject().value(u"source"_qs).toString() == u"cdr-cell-sites.pdf"_qs;
    });
    QVERIFY(pdf != all.cend());
    const QJsonObject row = pdf->toObject();
    QCOMPARE(row.value(u"pdf_page"_qs).toInt(), 1);
    QCOMPARE(row.value(u"pdf_page_line"_qs).toInt(), row.value(u"line"_qs).toInt());
    QCOMPARE(row.value(u"first_source"_qs).toString(), u"cdr-cell-sites-centred.pdf"_qs);
    QCOMPARE(row.value(u"first_pdf_page"_qs).toInt(), 1);
    QCOMPARE(row.value(u"first_pdf_page_line"_qs).toInt(), row.value(u"first_line"_qs).toInt());
}

void tst_Cli::aSourcesDuplicatesAreItsEventsWhenAsked()
{
    // The second IDS return stores 3 events of its own and repeats 5 records (6 rows, one twice)
    // of which one is its own again: the 4 others are the first return's events. Asked, they are
    // listed with its own, once each, under the source and line they were first stored from.
    const QString casePath = m_dir.filePath(u"with-duplicates.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                  dataPath(u"ids/ids-sample.csv"_qs), dataPath(u"ids/ids-joined.csv"_qs),
                  dataPath(u"carrier/cdr-legs.csv"_qs)})
                 .exitCode,
             0);
    const auto events = [&casePath](const QStringList &extra) {
        const Run run = cli(
            QStringList{u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs} + extra);
        QStringList found; // id, then where it was first stored
        for (const QJsonValue &event : QJsonDocument::fromJson(run.out).array())
            found.append(u"%1 %2:%3"_qs.arg(event[u"id"_qs].toInt())
                             .arg(event[u"source"_qs].toString())
                             .arg(event[u"line"_qs].toInt()));
        return run.exitCode == 0 ? found : QStringList{QString::fromUtf8(run.err)};
    };
    const QStringList own = events({u"--source"_qs, u"2"_qs});
    QCOMPARE(own.size(), 3);
    QVERIFY(std::all_of(own.cbegin(), own.cend(),
                        [](const QString &e) { return e.contains(u" ids-joined.csv:"_qs); }));
    QStringList held = events({u"--source"_qs, u"2"_qs, u"--with-duplicates"_qs});
    QCOMPARE(held.size(), 7);
    for (const QString &e : own)
        held.removeOne(e);
    held.sort();
    QCOMPARE(held, (QStringList{u"1 ids-sample.csv:10"_qs, u"2 ids-sample.csv:11"_qs,
                                u"3 ids-sample.csv:12"_qs, u"5 ids-sample.csv:14"_qs}));
    // The first return repeats nothing; the call legs of the third are its own events already.
    QCOMPARE(events({u"--source"_qs, u"1"_qs, u"--with-duplicates"_qs}).size(), 6);
    QCOMPARE(events({u"--source"_qs, u"3"_qs, u"--with-duplicates"_qs}),
             events({u"--source"_qs, u"3"_qs}));
    QCOMPARE(events({u"--source"_qs, u"1-2"_qs, u"--with-duplicates"_qs}).size(), 9);
    QCOMPARE(events({u"--with-duplicates"_qs}),
             QStringList{u"lookuplens-cli events: --with-duplicates needs --source\n"_qs});
    // Each event says where else its record stands, so the second return's lines are in the
    // output too: event 3 held twice by it (its two returns joined in one file), the legs of
    // the third source's calls beside their calls.
    const auto alsoIn = [&casePath](const QString &source) {
        QStringList places;
        const Run run = cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs,
                             u"--source"_qs, source, u"--with-duplicates"_qs});
        for (const QJsonValue &event : QJsonDocument::fromJson(run.out).array()) {
            for (const QJsonValue &place : event[u"also_in"_qs].toArray())
                places.append(u"%1: %2 %3:%4 #%5"_qs.arg(event[u"id"_qs].toInt())
                                  .arg(place[u"kind"_qs].toString(), place[u"source"_qs].toString())
                                  .arg(place[u"line"_qs].toInt())
                                  .arg(place[u"source_id"_qs].toInt()));
        }
        return places;
    };
    QCOMPARE(alsoIn(u"2"_qs), (QStringList{u"1: duplicate ids-joined.csv:10 #2"_qs,
                                           u"2: duplicate ids-joined.csv:11 #2"_qs,
                                           u"3: duplicate ids-joined.csv:12 #2"_qs,
                                           u"3: duplicate ids-joined.csv:24 #2"_qs,
                                           u"8: duplicate ids-joined.csv:25 #2"_qs,
                                           u"5: duplicate ids-joined.csv:27 #2"_qs}));
    QCOMPARE(alsoIn(u"3"_qs), (QStringList{u"10: call-leg cdr-legs.csv:3 #3"_qs,
                                           u"12: call-leg cdr-legs.csv:6 #3"_qs,
                                           u"12: call-leg cdr-legs.csv:7 #3"_qs}));
    // The graph is drawn from the same events: 7 lookups on 4 edges, 3 on 3 without.
    const auto drawn = [&casePath](const QStringList &extra) {
        const Run run = cli(QStringList{u"graph"_qs, u"--case"_qs, casePath, u"--format"_qs,
                                        u"json"_qs, u"--source"_qs, u"2"_qs} +
                            extra);
        const QJsonArray edges = QJsonDocument::fromJson(run.out).object()[u"edges"_qs].toArray();
        int events = 0;
        for (const QJsonValue &edge : edges)
            events += edge[u"count"_qs].toInt();
        return u"%1 on %2"_qs.arg(events).arg(edges.size());
    };
    QCOMPARE(drawn({u"--with-duplicates"_qs}), u"7 on 4"_qs);
    QCOMPARE(drawn({}), u"3 on 3"_qs);
    const Run graphAlone = cli(
        {u"graph"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs, u"--with-duplicates"_qs});
    QCOMPARE(graphAlone.exitCode, 2);
    QCOMPARE(graphAlone.err, "lookuplens-cli graph: --with-duplicates needs --source\n");
    // The report says it in its scope.
    const Run report = cli(
        {u"report"_qs, u"--case"_qs, casePath, u"--source"_qs, u"2"_qs, u"--with-duplicates"_qs});
    QCOMPARE(report.exitCode, 0);
    QVERIFY(report.out.contains("With the events first stored from another source that the source "
                                "held again (its duplicates)"));
}

void tst_Cli::joinedReturnsAreNamedInTheSummaryAndTheSource()
{
    const QString casePath = m_dir.filePath(QStringLiteral("joined.llcase"));
    const QString file = dataPath(QStringLiteral("ids/ids-joined.csv"));
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--case"), casePath, QStringLiteral("--timezone"),
                         QStringLiteral("UTC"), file});
    QCOMPARE(run.exitCode, 0);
    const QStringList out = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(out.value(0), file + QStringLiteral(": 7 accepted, 2 rejected, 2 duplicate (apple-ids; zone UTC)"));
    QCOMPARE(out.value(2), u"  accepted by class: 7 lookups, 0 communications, 0 connections"_qs);
    QCOMPARE(out.value(3) + u'\n', u"  "_qs + LookupCaveatLine);
    QCOMPARE(out.value(4), QStringLiteral("  The header row comes again further down (line 23), as where returns are joined "
                                          "in one file: a record repeated from a part before it is one event, linked as a "
                                          "duplicate."));
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--case"),
                         m_dir.filePath(QStringLiteral("dry.llcase")), QStringLiteral("--timezone"), QStringLiteral("UTC"), file});
    QVERIFY2(dry.out.contains("ids-joined.csv:24  lookup/imessage-query  2016-09-03T07:01:13Z (UTC: \"2016-09-03 07:01:13\")"
                              "  +12015550123 -> +12025550143  ip 203.0.113.77  (duplicate of line 12)\n"),
             dry.out.constData());
    QCOMPARE(dry.out.count("(duplicate of"), 2);
    const Run sources = cli({QStringLiteral("sources"), QStringLiteral("--case"), casePath, QStringLiteral("--json")});
    const QJsonObject metadata = QJsonDocument::fromJson(sources.out).array().first().toObject().value(u"metadata"_qs).toObject();
    QCOMPARE(metadata.value(u"later_returns"_qs).toArray().first().toObject().value(u"header_line"_qs).toInt(), 23);
    const Run stats = cli({QStringLiteral("stats"), QStringLiteral("--case"), casePath, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(u"duplicates"_qs).toInt(), 2);
}

void tst_Cli::aDryRunMarksATimeOfTheRepeatedHour()
{
    // Declared New York, 01:30 on 1 November 2026 is one of two moments: its line says so, and
    // the summary counts such records.
    const QString file = TestSupport::writeFile(m_dir.filePath(QStringLiteral("repeated.csv")),
                                                "Timestamp,Source Handle,Lookup Handle,Client IP,Lookup Devices\n"
                                                "2026-11-01 00:59:00,+12025550143,+13125550147,198.51.100.14,2\n"
                                                "2026-11-01 01:30:00,+12025550143,+13125550147,198.51.100.14,2\n");
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--case"),
                         m_dir.filePath(QStringLiteral("repeated.llcase")), QStringLiteral("--timezone"),
                         QStringLiteral("America/New_York"), file});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains("repeated.csv:2  lookup/imessage-query  2026-11-01T04:59:00Z (America/New_York: "
                              "\"2026-11-01 00:59:00\")  +12025550143 -> +13125550147  ip 198.51.100.14\n"),
             dry.out.constData());
    QVERIFY2(dry.out.contains("repeated.csv:3  lookup/imessage-query  2026-11-01T05:30:00Z (America/New_York: "
                              "\"2026-11-01 01:30:00\")  +12025550143 -> +13125550147  ip 198.51.100.14  (the local "
                              "time occurs twice (daylight-saving change); the earlier reading is used, the later would "
                              "be 2026-11-01T06:30:00Z)\n"),
             dry.out.constData());
    QVERIFY2(dry.err.contains(": 1 record gives a local time that happened twice, in the hour repeated as daylight saving "
                              "ended, as on line 3 (\"2026-11-01 01:30:00\")"),
             dry.err.constData());
}

void tst_Cli::aDryRunWaitingForAZoneShowsTheRowsAsWritten()
{
    // No row can be shown as stored until the zone is given: the file's lines as written are.
    const QString file = dataPath(QStringLiteral("ids/ids-sample.csv"));
    const Run dry = cli({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--case"),
                         m_dir.filePath(QStringLiteral("zoneless.llcase")), file});
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.err.contains(":10: the timestamp states no time zone"), dry.err.constData());
    const QStringList out = QString::fromUtf8(dry.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(out.size(), 16);
    QCOMPARE(out.value(0), u"  the first rows as written (no row can be shown as stored until --timezone is given):"_qs);
    QCOMPARE(out.value(1), u"  ids-sample.csv:1  IDS Query Logs"_qs);
    QCOMPARE(out.value(10), u"  ids-sample.csv:10  2016-09-02 18:22:05,+12025550143,tel:+13125550147,198.51.100.14,2,iPhone"_qs);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("zoneless.llcase"))));

    // A table no format knows: its lines, to map its columns by.
    const QString unknown = m_dir.filePath(QStringLiteral("unknown.csv"));
    QFile table(unknown);
    QVERIFY(table.open(QIODevice::WriteOnly));
    table.write("When,Who,Whom\n2016-09-02 18:22:05,+12025550143,+13125550147\n");
    table.close();
    const Run mapping = cli({QStringLiteral("import"), QStringLiteral("--dry-run"), QStringLiteral("--case"),
                             m_dir.filePath(QStringLiteral("zoneless.llcase")), unknown});
    QCOMPARE(mapping.exitCode, 1);
    QCOMPARE(QString::fromUtf8(mapping.out).split(u'\n', Qt::SkipEmptyParts),
             (QStringList{u"  the first rows as written (no row can be shown as stored until --profile is given):"_qs,
                          u"  unknown.csv:1  When,Who,Whom"_qs, u"  unknown.csv:2  2016-09-02 18:22:05,+12025550143,+13125550147"_qs,
                          u"  a file without a header row is mapped by column number, from 1: \"columns\": {\"timestamp\": 2, "
                          "\"initiator\": 3, …}"_qs,
                          u"  the columns of line 1: 1 = \"When\", 2 = \"Who\", 3 = \"Whom\""_qs}));
    // An import shows none: nothing is previewed.
    const Run real = cli({QStringLiteral("import"), QStringLiteral("--case"), m_dir.filePath(QStringLiteral("zoneless.llcase")),
                          unknown});
    QVERIFY2(real.out.isEmpty(), real.out.constData());
}

void tst_Cli::aTimestampFormatIsDeclaredOnTheCommandLine()
{
    // Times saved from a worksheet as numbers: the JSON says which format they may be in, the
    // rows' reasons how to declare it; declared, the rows are read, and the source says so.
    const QString casePath = m_dir.filePath(u"serial.llcase"_qs);
    const QString file = TestSupport::writeFile(m_dir.filePath(u"serial-times.csv"_qs),
                                                "Timestamp (UTC),Source Handle,Lookup Handle,Client IP\n"
                                                "42615.76533564815,+12025550143,+13125550147,198.51.100.14\n");
    const auto fileJson = [&](const QStringList &options) {
        const Run run = cli(QStringList{u"import"_qs, u"--case"_qs, casePath, u"--dry-run"_qs, u"--json"_qs} + options + QStringList{file});
        return QJsonDocument::fromJson(run.out).object()[u"files"_qs].toArray().at(0).toObject();
    };
    QJsonObject read = fileJson({});
    QCOMPARE(read[u"timestamp_format"_qs], QJsonValue());
    QCOMPARE(read[u"timestamp_format_it_may_be"_qs], QJsonValue(u"excel"_qs));
    QCOMPARE(read[u"rejected"_qs].toInt(), 1);
    QVERIFY(read[u"rejected_rows"_qs][0][u"reason"_qs].toString().endsWith(u"declare the timestamp format \"excel\""_qs));
    read = fileJson({u"--timestamp-format"_qs, u"excel"_qs});
    QCOMPARE(read[u"timestamp_format"_qs], QJsonValue(u"excel"_qs));
    QCOMPARE(read[u"timestamp_format_it_may_be"_qs], QJsonValue());
    QCOMPARE(read[u"accepted"_qs].toInt(), 1);
    QCOMPARE(read[u"preview"_qs][0][u"time"_qs].toString(), u"2016-09-02T18:22:05Z"_qs);
    QCOMPARE(read[u"format"_qs].toString(), u"apple-ids"_qs);
    // Declared as another count, the days fall on 1970-01-01: refused, the JSON naming "excel" again.
    read = fileJson({u"--timestamp-format"_qs, u"unix"_qs});
    QCOMPARE((QList<int>{read[u"accepted"_qs].toInt(), read[u"rejected"_qs].toInt()}), (QList<int>{0, 1}));
    QCOMPARE(read[u"timestamp_format_it_may_be"_qs], QJsonValue(u"excel"_qs));

    const Run imported = cli({u"import"_qs, u"--case"_qs, casePath, u"--timestamp-format"_qs, u"excel"_qs, file});
    QCOMPARE(imported.exitCode, 0);
    const Run sources = cli({u"sources"_qs, u"--case"_qs, casePath});
    QVERIFY2(sources.out.contains("Times read as days since 1899-12-30, as a spreadsheet's date saved as a number (the "
                                  "timestamp format \"excel\", declared by the analyst)"),
             sources.out.constData());
    const Run wrong = cli({u"import"_qs, u"--case"_qs, m_dir.filePath(u"wrong.llcase"_qs), u"--timestamp-format"_qs, u"yyyy"_qs, file});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("unknown timestamp format \"yyyy\""), wrong.err.constData());
}

void tst_Cli::importNamesTheLineThatSettledTheDateOrder()
{
    // "04/09/2016" reads either way; line 7's "16/09/2016" one way: named, as the case keeps it.
    const QString casePath = m_dir.filePath(u"settled.llcase"_qs);
    const QString file = dataPath(u"facetime/facetime-day-first.csv"_qs);
    const Run text = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, u"--dry-run"_qs, file});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(QString::fromUtf8(text.out).split(u'\n').value(2),
             u"  Dates like 03/04/2016 were read day first (3 April), as the file's dates settle it: line 7 has "
             "\"16/09/2016 08:00:00\", which can be read no other way"_qs);
    // In a workbook, the line is its worksheet's; one going on from it takes its order, no line.
    const Run json = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, u"--dry-run"_qs, u"--json"_qs,
                          u"--continued-worksheets"_qs, dataPath(u"carrier/cdr-continued-dmy.xlsx"_qs), file});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray files = QJsonDocument::fromJson(json.out).object()[u"files"_qs].toArray();
    QCOMPARE(files.at(0)[u"date_order_settled_by"_qs].toObject(),
             (QJsonObject{{u"line"_qs, 2}, {u"text"_qs, u"25/09/2016 14:03:07"_qs}, {u"worksheet"_qs, u"Records"_qs}}));
    QCOMPARE(files.at(1)[u"date_order_settled_by"_qs].toObject(),
             (QJsonObject{{u"line"_qs, 7}, {u"text"_qs, u"16/09/2016 08:00:00"_qs}, {u"worksheet"_qs, QJsonValue()}}));
    // Declared, nothing settled it.
    const Run declared = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, u"--dry-run"_qs,
                              u"--json"_qs, u"--date-order"_qs, u"dmy"_qs, file});
    QCOMPARE(QJsonDocument::fromJson(declared.out).object()[u"files"_qs][0][u"date_order_settled_by"_qs], QJsonValue());
    QVERIFY(!QFile::exists(casePath));
}

void tst_Cli::importAsksTheOrderOfDashedDatesWithTwoDigitYears()
{
    // A British carrier writes "12-09-16": day first to its analyst, but as likely year first
    // (Oracle's YY-MM-DD) to LookupLens, and "25-09-16" settles nothing. Refused as unreadable
    // before, each row; now asked for, and read in the order declared.
    const QString casePath = m_dir.filePath(u"two-digit-years.llcase"_qs);
    const QString file = dataPath(u"carrier/cdr-uk-two-digit-years.csv"_qs);
    const QStringList base{u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"Europe/London"_qs};
    const Run asked = cli(base + QStringList{u"--json"_qs, file});
    QCOMPARE(asked.exitCode, 1);
    const QJsonObject waiting = QJsonDocument::fromJson(asked.out).object()[u"files"_qs][0].toObject();
    QCOMPARE(waiting[u"needs"_qs].toArray(), QJsonArray{u"date-order"_qs});
    QCOMPARE(waiting[u"error"_qs].toString(),
             file + u":2: dates like \"12-09-16 14:03:07\" can be read day-first or month-first, or year-first as "
                    "Oracle's YY-MM-DD writes them, and the file does not settle which; declare the order "
                    "(--date-order dmy or mdy), or a year first as a column mapping's timestamp format "
                    "(yy-MM-dd HH:mm:ss)"_qs);
    QVERIFY(!QFile::exists(casePath));
    const Run declared = cli(base + QStringList{u"--date-order"_qs, u"dmy"_qs, file});
    QCOMPARE(declared.exitCode, 0);
    QVERIFY2(declared.err.contains("years written with two digits, as on line 2 (\"12-09-16 14:03:07\"), were read by "
                                   "POSIX's rule"),
             declared.err.constData());
    const Run events = cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs});
    QStringList read;
    for (const QJsonValue &event : QJsonDocument::fromJson(events.out).array())
        read.append(event[u"time"_qs].toString() + u' ' + event[u"subtype"_qs].toString());
    QCOMPARE(read, (QStringList{u"2016-09-12T13:03:07Z call"_qs, u"2016-09-12T14:10:00Z sms"_qs,
                                u"2016-09-25T08:00:00Z call"_qs}));
}

void tst_Cli::importAsksForADecimalMarkTheFileDoesNotSettle()
{
    // A German carrier groups thousands of seconds with a dot: "1.234" and "3.601", nothing else
    // written with a mark. Read as decimals they were calls of a second; now asked for.
    const QString casePath = m_dir.filePath(u"decimal-marks.llcase"_qs);
    const QString file = dataPath(u"carrier/cdr-de-seconds-grouped.csv"_qs);
    const QStringList base{u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"Europe/Berlin"_qs};
    const Run asked = cli(base + QStringList{u"--json"_qs, file});
    QCOMPARE(asked.exitCode, 1);
    const QJsonObject waiting = QJsonDocument::fromJson(asked.out).object()[u"files"_qs][0].toObject();
    QCOMPARE(waiting[u"needs"_qs].toArray(), QJsonArray{u"decimal-mark"_qs});
    QCOMPARE(waiting[u"error"_qs].toString(),
             file + u":4: the duration \"1.234\" can be read as 1234 (the dot separating thousands) or as 1.234 (a "
                    "decimal point), and no duration in the file settles which; declare the decimal mark "
                    "(--decimal-mark point or comma)"_qs);
    QCOMPARE(waiting[u"decimal_mark"_qs], QJsonValue());
    QVERIFY(!QFile::exists(casePath));
    const Run declared = cli(base + QStringList{u"--decimal-mark"_qs, u"comma"_qs, file});
    QCOMPARE(declared.exitCode, 0);
    QVERIFY2(declared.out.contains("\n  2 durations that read differently by the decimal mark were read with a decimal "
                                   "comma (\"1.234\" on line 4 as 1234), as the analyst declared\n"),
             declared.out.constData());
    const Run events = cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"json"_qs});
    QList<double> seconds;
    for (const QJsonValue event : QJsonDocument::fromJson(events.out).array())
        seconds.append(event[u"duration_s"_qs].toDouble());
    QCOMPARE(seconds, (QList<double>{65, 1234, 0, 3601}));
}

void tst_Cli::importReadsAFilesNumbersInTheRegionGiven()
{
    // A case of US returns; a German carrier's file written with national numbers. --region was
    // for a new case only and was ignored without a word: "0171 2345678" stood as a handle apart.
    const QString casePath = m_dir.filePath(u"regions.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, dataPath(u"ids/ids-sample.csv"_qs)}).exitCode, 0);
    const QString german = dataPath(u"carrier/cdr-de-national.csv"_qs);
    const Run dry = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"Europe/Berlin"_qs, u"--region"_qs, u"DE"_qs,
                         u"--dry-run"_qs, u"--json"_qs, german});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject file = QJsonDocument::fromJson(dry.out).object()[u"files"_qs][0].toObject();
    QCOMPARE(file[u"number_region"_qs], QJsonValue(u"DE"_qs));
    QCOMPARE(file[u"preview"_qs][0][u"counterpart"_qs], QJsonValue(u"+491712345678"_qs));
    const Run text = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"Europe/Berlin"_qs, u"--region"_qs, u"DE"_qs, german});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("\n  Phone numbers written without a country code were read as numbers of DE (Germany), the region "
                               "declared for this file rather than the case's\n"),
             text.out.constData());
    const Run handles = cli({u"handles"_qs, u"--case"_qs, casePath});
    QVERIFY2(handles.out.contains("+491712345678 (phone)") && !handles.out.contains("0171"), handles.out.constData());
    // Without it, the case's region reads them; the JSON says none was declared.
    const Run plain = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"Europe/Berlin"_qs, u"--dry-run"_qs,
                           u"--json"_qs, u"--allow-duplicate"_qs, german});
    QCOMPARE(QJsonDocument::fromJson(plain.out).object()[u"files"_qs][0][u"number_region"_qs], QJsonValue());
}

void tst_Cli::importJsonSaysWhatWasDoneWithEachFile()
{
    // A dry run of two returns, the second joining two more and repeating the first: each
    // file's figures (by class, never summed into contacts), and each preview row as it will be
    // stored, with what it repeats. Nothing written.
    const QString casePath = m_dir.filePath(u"json.llcase"_qs);
    const QString first = dataPath(u"ids/ids-sample.csv"_qs);
    const QString joined = dataPath(u"ids/ids-joined.csv"_qs);
    const Run dry = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, u"--dry-run"_qs, u"--json"_qs, first, joined});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.err.isEmpty(), dry.err.constData());
    QVERIFY(!QFile::exists(casePath));
    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(dry.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(result[u"dry_run"_qs], QJsonValue(true));
    QCOMPARE(result[u"ok"_qs], QJsonValue(true));
    const QJsonArray files = result[u"files"_qs].toArray();
    QCOMPARE(files.size(), 2);
    const QJsonObject second = files.at(1).toObject();
    const auto figures = [](const QJsonObject &file) {
        QStringList shown;
        for (const char *key : {"rows_read", "accepted", "accepted_lookups", "accepted_communications", "accepted_connections",
                                "duplicate", "rejected", "call_legs"})
            shown.append(QString::fromLatin1(key) + u'=' + QString::number(file[QString::fromLatin1(key)].toInt()));
        return shown.join(u' ');
    };
    QCOMPARE(figures(files.at(0).toObject()),
             u"rows_read=6 accepted=6 accepted_lookups=6 accepted_communications=0 accepted_connections=0 duplicate=0 rejected=0 call_legs=0"_qs);
    QCOMPARE(figures(second),
             u"rows_read=11 accepted=3 accepted_lookups=3 accepted_communications=0 accepted_connections=0 duplicate=6 rejected=2 call_legs=0"_qs);
    QCOMPARE(second[u"path"_qs].toString(), joined);
    QCOMPARE(second[u"format"_qs].toString(), u"apple-ids"_qs);
    QCOMPARE(second[u"time_zone"_qs].toString(), u"UTC"_qs);
    QCOMPARE(second[u"source_id"_qs], QJsonValue(QJsonValue::Null));
    QCOMPARE(second[u"later_return_lines"_qs].toArray(), QJsonArray{23});
    QCOMPARE(second[u"rejected_rows"_qs].toArray().at(0).toObject(),
             (QJsonObject{{u"line"_qs, 26}, {u"reason"_qs, u"impossible date or time \"2016-09-31 10:00:00\""_qs},
                          {u"raw"_qs, u"2016-09-31 10:00:00,+13125550147,+12025550143,198.51.100.14,1,iPhone"_qs}}));
    QStringList fates;
    for (const QJsonValue &row : second[u"preview"_qs].toArray()) {
        const QJsonObject repeats = row[u"repeats"_qs].toObject();
        fates.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(row[u"line"_qs].toInt())
                         .arg(row[u"stored_as"_qs].toString(), repeats[u"file"_qs].toString())
                         .arg(repeats[u"line"_qs].toInt()));
    }
    QCOMPARE(fates, (QStringList{u"10 duplicate ids-sample.csv 10"_qs, u"11 duplicate ids-sample.csv 11"_qs, u"12 duplicate ids-sample.csv 12"_qs,
                                 u"13 new_event  0"_qs, u"14 new_event  0"_qs, u"24 duplicate ids-sample.csv 12"_qs,
                                 u"25 duplicate  14"_qs, u"27 duplicate ids-sample.csv 14"_qs, u"28 new_event  0"_qs}));
    const QJsonObject row = second[u"preview"_qs].toArray().at(3).toObject();
    QCOMPARE(row[u"class"_qs].toString(), u"lookup"_qs);
    QCOMPARE(row[u"time"_qs].toString(), u"2016-09-03T07:01:13Z"_qs);
    QCOMPARE(row[u"initiator"_qs].toString(), u"+12015550123"_qs);
    QCOMPARE(row[u"initiator_raw"_qs].toString(), u"tel:+12015550123"_qs);
    QCOMPARE(row[u"place"_qs].toString(), u"ids-joined.csv:13"_qs);

    // Imported: the sources it made; no preview. A file waiting for a zone names the option.
    const Run imported = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, u"--json"_qs, first});
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject stored = QJsonDocument::fromJson(imported.out).object()[u"files"_qs].toArray().at(0).toObject();
    QCOMPARE(stored[u"source_id"_qs].toInt(), 1);
    QVERIFY(!stored.contains(u"preview"_qs));
    const Run waiting = cli({u"import"_qs, u"--case"_qs, casePath, u"--json"_qs, joined});
    QCOMPARE(waiting.exitCode, 1);
    const QJsonObject refused = QJsonDocument::fromJson(waiting.out).object();
    QCOMPARE(refused[u"ok"_qs], QJsonValue(false));
    const QJsonObject file = refused[u"files"_qs].toArray().at(0).toObject();
    QCOMPARE(file[u"needs"_qs].toArray(), QJsonArray{u"timezone"_qs});
    QCOMPARE(file[u"zone_words_above"_qs], QJsonValue()); // no line above the header speaks of a zone
    QVERIFY2(file[u"error"_qs].toString().startsWith(joined + u":10: the timestamp states no time zone"_qs),
             qPrintable(file[u"error"_qs].toString()));
    QVERIFY(!file.contains(u"rows_as_written"_qs));
    // Dry, its first rows as written, for the analyst to tell the zone by.
    const Run waitingDry = cli({u"import"_qs, u"--case"_qs, casePath, u"--json"_qs, u"--dry-run"_qs, joined});
    const QJsonArray written = QJsonDocument::fromJson(waitingDry.out).object()[u"files"_qs][0][u"rows_as_written"_qs].toArray();
    QVERIFY2(written.size() >= 10, waitingDry.out.constData());
    QCOMPARE(written.at(0).toObject(), (QJsonObject{{u"line"_qs, 1}, {u"cells"_qs, QJsonArray{u"IDS Query Logs"_qs}},
                                                    {u"raw"_qs, u"IDS Query Logs"_qs}}));
    QCOMPARE(written.at(9)[u"cells"_qs].toArray().at(0).toString(), u"2016-09-02 18:22:05"_qs);
    // Dry over the case holding the first return: a repeat of its records names the event, as
    // "duplicates" will once imported; the second return joined in the file repeats the same.
    const Run overTheCase = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                                 u"--json"_qs, u"--dry-run"_qs, joined});
    QStringList named;
    for (const QJsonValue &row : QJsonDocument::fromJson(overTheCase.out)
                                     .object()[u"files"_qs][0][u"preview"_qs]
                                     .toArray()) {
        const QJsonObject repeats = row[u"repeats"_qs].toObject();
        if (repeats.contains(u"event_id"_qs))
            named.append(u"%1 event %2, %3:%4 (line %5)"_qs.arg(row[u"line"_qs].toInt())
                             .arg(repeats[u"event_id"_qs].toInt())
                             .arg(repeats[u"first_source"_qs].toString())
                             .arg(repeats[u"first_line"_qs].toInt())
                             .arg(repeats[u"line"_qs].isNull() ? u"null"_qs : u"set"_qs));
    }
    QCOMPARE(named, (QStringList{u"10 event 1, ids-sample.csv:10 (line null)"_qs,
                                 u"11 event 2, ids-sample.csv:11 (line null)"_qs,
                                 u"12 event 3, ids-sample.csv:12 (line null)"_qs,
                                 u"24 event 3, ids-sample.csv:12 (line null)"_qs,
                                 u"27 event 5, ids-sample.csv:14 (line null)"_qs}));
    const Run overTheCaseText = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs,
                                     u"UTC"_qs, u"--dry-run"_qs, joined});
    QVERIFY2(overTheCaseText.out.contains(
                 "(duplicate of event 1 of the case, line 10 of “ids-sample.csv”)\n"),
             overTheCaseText.out.constData());

    // Each worksheet with records a source of its own, with its figures.
    const Run sheets = cli({u"import"_qs, u"--case"_qs, m_dir.filePath(u"json-sheets.llcase"_qs), u"--json"_qs,
                            dataPath(u"carrier/cdr-sheets.xlsx"_qs)});
    QCOMPARE(sheets.exitCode, 0);
    QStringList parts;
    for (const QJsonValue &part : QJsonDocument::fromJson(sheets.out).object()[u"files"_qs][0][u"parts"_qs].toArray())
        parts.append(QStringLiteral("%1 #%2: %3 communications")
                         .arg(part[u"part"_qs].toString())
                         .arg(part[u"source_id"_qs].toInt())
                         .arg(part[u"accepted_communications"_qs].toInt()));
    QCOMPARE(parts, (QStringList{u"Records #1: 2 communications"_qs, u"Records (2) #2: 1 communications"_qs}));
}

void tst_Cli::theSubscriberOfOneSidedRecordsIsDeclared()
{
    const QString file = m_dir.filePath(QStringLiteral("one-sided.csv"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("Date,Time,Direction,Other Party\n2016-09-12,14:03:07,Outgoing,3125550147\n");
    out.close();
    const QString casePath = m_dir.filePath(QStringLiteral("one-sided.llcase"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("--case"), casePath, QStringLiteral("--timezone"),
                           QStringLiteral("UTC"), QStringLiteral("--dry-run"), file};
    const Run waiting = cli(args);
    QVERIFY2(waiting.out.contains("the first rows as written (no row can be shown as stored until --subscriber is given):"),
             waiting.out.constData());
    const Run declared = cli(QStringList(args) << QStringLiteral("--subscriber") << QStringLiteral("+1 202 555 0100"));
    QCOMPARE(declared.exitCode, 0);
    QVERIFY2(declared.out.contains("  one-sided.csv:2  communication/call  2016-09-12T14:03:07Z (UTC: \"2016-09-12 14:03:07\")  "
                                   "+12025550100 -> +13125550147"),
             declared.out.constData());
}

void tst_Cli::aProfileNumbersTheColumnsOfAFileWithoutAHeaderRow()
{
    const QString casePath = m_dir.filePath(QStringLiteral("numbered.llcase"));
    const QStringList args{QStringLiteral("import"), QStringLiteral("--case"), casePath, QStringLiteral("--profile"),
                           dataPath(QStringLiteral("profile/headerless-profile.json")),
                           dataPath(QStringLiteral("profile/headerless-calls.csv"))};
    const Run dry = cli(QStringList(args) << QStringLiteral("--dry-run"));
    QCOMPARE(dry.exitCode, 0);
    const QStringList out = QString::fromUtf8(dry.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(out.value(1), u"  recognised as Leaked call records (no header row; layout from the carrier's data dictionary): no "
                           "header row; columns by number, as the mapping numbers them: call id in column 1, timestamp in "
                           "column 2, initiator in column 3, counterpart in column 4, duration in column 5"_qs);
    QCOMPARE(out.value(3), u"  headerless-calls.csv:2  communication/call  2016-04-03T06:00:00Z (Europe/Berlin: \"2016-04-03 "
                           "08:00:00\")  +4915112345678 -> +49301234567  ip -"_qs);
    QCOMPARE(out.size(), 6);
    QVERIFY(!QFile::exists(casePath));
    const Run real = cli(args);
    QCOMPARE(real.exitCode, 0);
    QVERIFY2(QString::fromUtf8(real.out).startsWith(dataPath(QStringLiteral("profile/headerless-calls.csv"))
                                                    + u": 3 accepted, 2 rejected, 0 duplicate (profile; zone Europe/Berlin)"_qs),
             real.out.constData());
    QCOMPARE(QString::fromUtf8(real.err).split(u'\n', Qt::SkipEmptyParts),
             (QStringList{dataPath(QStringLiteral("profile/headerless-calls.csv"))
                              + u":1: 3 fields where the file's rows have 6 (a missing field?)"_qs,
                          dataPath(QStringLiteral("profile/headerless-calls.csv"))
                              + u":4: 7 fields where the file's rows have 6 (a stray delimiter?)"_qs}));
}

void tst_Cli::aFolderImportsTheFilesInIt()
{
    // A return's folder: its log and records are imported, its cover letter (here an empty
    // file) named as left out, which is no failure.
    const QString folder = m_dir.filePath(QStringLiteral("return"));
    QVERIFY(QDir().mkpath(folder + u"/LOG"_qs));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("ids/ids-sample.csv")), folder + u"/LOG/ids.csv"_qs));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("carrier/cdr-sheets.xlsx")), folder + u"/LOG/cdr.xlsx"_qs));
    QFile letter(folder + u"/letter.pdf"_qs);
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.close();
    const QString casePath = m_dir.filePath(QStringLiteral("folder.llcase"));
    const Run run = cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, folder});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith((folder + u"/LOG/cdr.xlsx: 3 accepted"_qs).toUtf8()), run.out.constData());
    QVERIFY2(run.out.contains((u"\n"_qs + folder + u"/LOG/ids.csv: 6 accepted"_qs).toUtf8()), run.out.constData());
    QCOMPARE(QString::fromUtf8(run.err).split(u'\n').first(),
             folder + u"/letter.pdf: left out: the file is empty"_qs);
    const Run stats = cli({u"stats"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(QJsonDocument::fromJson(stats.out).object().value(u"sources"_qs).toInt(), 3); // a source per record sheet

    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("empty"))));
    const Run empty = cli({u"import"_qs, u"--case"_qs, casePath, m_dir.filePath(QStringLiteral("empty"))});
    QCOMPARE(empty.exitCode, 2);
    QVERIFY2(empty.err.endsWith("lookuplens-cli import: nothing to import\n"), empty.err.constData());
}

void tst_Cli::everyWorksheetWithRecordsIsImported()
{
    // Records going on in a second worksheet: each is a source, with its figures; the notes'
    // worksheet is named on stderr.
    const QString file = dataPath(QStringLiteral("carrier/cdr-sheets.xlsx"));
    const QString casePath = m_dir.filePath(QStringLiteral("sheets.llcase"));
    const Run run = cli({QStringLiteral("import"), QStringLiteral("--case"), casePath, file});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), file + u": 3 accepted, 0 rejected, 0 duplicate (carrier-cdr; zone UTC)"_qs);
    QCOMPARE(lines.mid(3), (QStringList{u"  worksheet \"Records\" (carrier-cdr, source #1): 2 read, 2 accepted (0 lookups, 2 "
                                        "communications, 0 connections), 0 rejected, 0 duplicate"_qs,
                                        u"  worksheet \"Records (2)\" (carrier-cdr, source #2): 1 read, 1 accepted (0 lookups, 1 "
                                        "communication, 0 connections), 0 rejected, 0 duplicate"_qs}));
    QCOMPARE(QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts),
             (QStringList{file + u": the worksheet \"Notes\" (1 row with values) was not imported: no header row was "
                                 "recognised in it"_qs}));
    const Run sources = cli({u"sources"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QStringList parts;
    for (const QJsonValue &source : QJsonDocument::fromJson(sources.out).array())
        parts.append(source[u"file_name"_qs].toString() + u'|' + source[u"part"_qs].toString());
    QCOMPARE(parts, (QStringList{u"cdr-sheets.xlsx|Records"_qs, u"cdr-sheets.xlsx|Records (2)"_qs}));
    const Run text = cli({u"sources"_qs, u"--case"_qs, casePath});
    QVERIFY2(text.out.startsWith("#1 cdr-sheets.xlsx \u203a Records sha256 "), text.out.constData());

    // A dry run names each preview row's worksheet.
    const Run dry = cli({u"import"_qs, u"--dry-run"_qs, u"--case"_qs, m_dir.filePath(u"sheets-dry.llcase"_qs), file});
    QVERIFY2(dry.out.contains("\n  cdr-sheets.xlsx \u203a Records (2):2  communication/call  2016-09-13T09:00:00Z"),
             dry.out.constData());
}

void tst_Cli::continuedWorksheetsWhenAsked()
{
    // Worksheets going on without a header row: named, with the option that reads them; read
    // with it, each a source whose line says which worksheet it goes on from.
    const QString file = dataPath(u"carrier/cdr-continued.xlsx"_qs);
    const QString casePath = m_dir.filePath(u"continued.llcase"_qs);
    const Run offered = cli({u"import"_qs, u"--dry-run"_qs, u"--timezone"_qs, u"UTC"_qs, u"--case"_qs, casePath, file});
    QCOMPARE(offered.exitCode, 0);
    const QStringList errors = QString::fromUtf8(offered.err).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 4);
    QCOMPARE(errors.value(0), file + u": the worksheet \"Sheet2\" (2 rows with values) was not imported: it has no header "
                                     "row, but its first row fills the columns of the records in the worksheet before it, "
                                     "\"Records\"; if it goes on from them, it can be read as continued"_qs);
    QCOMPARE(errors.value(3), file + u": --continued-worksheets reads \"Sheet2\", \"Sheet3\" as going on from the records "
                                     "before them"_qs);

    const Run run = cli({u"import"_qs, u"--continued-worksheets"_qs, u"--timezone"_qs, u"UTC"_qs, u"--case"_qs, casePath, file});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), file + u": 4 accepted, 1 rejected, 1 duplicate (carrier-cdr; zone UTC)"_qs);
    QCOMPARE(lines.mid(3), (QStringList{u"  worksheet \"Records\" (carrier-cdr, source #1): 2 read, 2 accepted (0 lookups, 2 "
                                        "communications, 0 connections), 0 rejected, 0 duplicate"_qs,
                                        u"  worksheet \"Sheet2\" (carrier-cdr, source #2, no header row: going on from "
                                        "\"Records\"): 2 read, 1 accepted (0 lookups, 1 communication, 0 connections), "
                                        "0 rejected, 1 duplicate"_qs,
                                        u"  worksheet \"Sheet3\" (carrier-cdr, source #3, no header row: going on from "
                                        "\"Sheet2\"): 2 read, 1 accepted (0 lookups, 1 communication, 0 connections), "
                                        "1 rejected, 0 duplicate"_qs}));
    QCOMPARE(QString::fromUtf8(run.err).split(u'\n', Qt::SkipEmptyParts),
             (QStringList{file + u": the worksheet \"Notes\" (1 row with values) was not imported: no header row was "
                                 "recognised in it"_qs,
                          file + u":2: the worksheet \"Sheet3\": unreadable timestamp \"not a time\""_qs}));
}

void tst_Cli::anImportLooksItsNewIpsUpInTheCasesDatabases()
{
    // An import into a geolocated case looks its new client IPs up in the case's databases, as
    // the window does after its imports: they had no answer from them until a window's next one.
    const QString casePath = m_dir.filePath(u"new-ips.llcase"_qs);
    const QString city = m_dir.filePath(u"new-ips-city.mmdb"_qs);
    const QString asn = m_dir.filePath(u"new-ips-asn.mmdb"_qs);
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoIP2-City-Test.mmdb"_qs), city));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoLite2-ASN-Test.mmdb"_qs), asn));
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, dataPath(u"geoip-events.csv"_qs)}).exitCode,
             0);
    QCOMPARE(cli({u"geo"_qs, u"add"_qs, u"--case"_qs, casePath, city, asn}).exitCode, 0);
    const auto rows = [this](const QString &name, const QByteArray &ip) {
        return TestSupport::writeIdsLookupFrom(m_dir.filePath(name), ip);
    };
    Run run =
        cli({u"import"_qs, u"--case"_qs, casePath, rows(u"linkoping.csv"_qs, "89.160.20.112")});
    QCOMPARE(run.exitCode, 0);
    QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(
        lines.mid(lines.size() - 2),
        (QStringList{
            u"New client IPs looked up in %1: 1 found, 0 not in this database, 0 failed"_qs.arg(
                city),
            u"New client IPs looked up in %1: 1 found, 0 not in this database, 0 failed"_qs.arg(
                asn)}));
    const QJsonArray ips =
        QJsonDocument::fromJson(cli({u"ips"_qs, u"--case"_qs, casePath, u"--json"_qs}).out).array();
    const auto linkoping = std::find_if(ips.begin(), ips.end(), [](const QJsonValue &ip) {
        return ip[u"ip"_qs].toString() == u"89.160.20.112";
    });
    QVERIFY(linkoping != ips.end());
    QCOMPARE((*linkoping)[u"geo"_qs][0][u"city"_qs].toString(), u"Linköping"_qs);
    QCOMPARE((*linkoping)[u"geo"_qs][1][u"asn"_qs].toInt(), 29518);
    // A dry run looks nothing up; an address the case has located is not looked up again.
    run = cli({u"import"_qs, u"--case"_qs, casePath, u"--dry-run"_qs, u"--json"_qs,
               rows(u"boxford-dry.csv"_qs, "2.125.160.216")});
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"new_ips_geolocated"_qs].toArray(), QJsonArray{});
    QCOMPARE(json[u"new_ips_not_geolocated"_qs].toArray(), QJsonArray{});
    run = cli({u"import"_qs, u"--case"_qs, casePath, rows(u"london.csv"_qs, "81.2.69.142")});
    QVERIFY(!run.out.contains("New client IPs"));
    // A database whose file is gone is named, the others asked.
    QVERIFY(QFile::remove(asn));
    run = cli({u"import"_qs, u"--case"_qs, casePath, u"--json"_qs,
               rows(u"boxford.csv"_qs, "2.125.160.216")});
    QCOMPARE(run.exitCode, 0);
    json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json[u"new_ips_geolocated"_qs].toArray(),
             (QJsonArray{QJsonObject{{u"file"_qs, city},
                                     {u"ok"_qs, true},
                                     {u"error"_qs, QJsonValue()},
                                     {u"found"_qs, 1},
                                     {u"not_found"_qs, 0},
                                     {u"failed"_qs, 0},
                                     {u"not_an_address"_qs, 0}}}));
    QCOMPARE(
        json[u"new_ips_not_geolocated"_qs].toArray(),
        QJsonArray{
            u"new-ips-asn.mmdb: not at %1 any more: the new client IPs were not looked up in it"_qs
                .arg(asn)});
    // ips --json names the databases an address was not looked up in.
    const auto notLookedUpIn = [&](const QString &address) {
        const QJsonArray all =
            QJsonDocument::fromJson(cli({u"ips"_qs, u"--case"_qs, casePath, u"--json"_qs}).out)
                .array();
        for (const QJsonValue &ip : all) {
            if (ip[u"ip"_qs].toString() == address)
                return ip[u"not_looked_up_in"_qs].toArray();
        }
        return QJsonArray{u"no such address"_qs};
    };
    QCOMPARE(notLookedUpIn(u"2.125.160.216"_qs), QJsonArray{u"new-ips-asn.mmdb"_qs});
    QCOMPARE(notLookedUpIn(u"89.160.20.112"_qs), QJsonArray{});
    run = cli({u"import"_qs, u"--case"_qs, casePath, rows(u"milton.csv"_qs, "216.160.83.56")});
    QCOMPARE(
        QString::fromUtf8(run.err).trimmed(),
        u"new-ips-asn.mmdb: not at %1 any more: the new client IPs were not looked up in it"_qs.arg(
            asn));
    // geo list counts each database's answers over the case's eight addresses: Boxford's was
    // imported while the ASN file was gone.
    run = cli({u"geo"_qs, u"list"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray databases = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(databases.size(), 2);
    const auto counts = [](int found, int notFound, int notLookedUp, int words = 0) {
        return QJsonObject{{u"found"_qs, found},
                           {u"not_found"_qs, notFound},
                           {u"failed"_qs, words},
                           {u"not_looked_up"_qs, notLookedUp},
                           {u"not_an_address"_qs, words}};
    };
    QCOMPARE(databases[0][u"client_ips"_qs].toObject(), counts(6, 2, 0));
    QCOMPARE(databases[1][u"client_ips"_qs].toObject(), counts(4, 3, 1));
    QCOMPARE(databases[1][u"file_path"_qs].toString(), asn);
    QCOMPARE(databases[1][u"sha256"_qs].toString(),
             TestSupport::sha256Of(dataPath(u"geoip/GeoLite2-ASN-Test.mmdb"_qs)));
    QCOMPARE(databases[1][u"build_date"_qs].toString(), u"2026-02-04T22:49:29Z"_qs);
    QCOMPARE(databases[1][u"database_type"_qs].toString(), u"GeoLite2-ASN"_qs);
    QCOMPARE(databases[1].toObject().keys(),
             (QStringList{u"added_at"_qs, u"added_by"_qs, u"build_date"_qs, u"client_ips"_qs,
                          u"database_type"_qs, u"description"_qs, u"file_name"_qs, u"file_path"_qs,
                          u"last_looked_up_at"_qs, u"sha256"_qs}));
    // The ASN database was last asked about Linköping's address, the City database since.
    QVERIFY(databases[1][u"last_looked_up_at"_qs].toString() <
            databases[0][u"last_looked_up_at"_qs].toString());
    lines = QString::fromUtf8(cli({u"geo"_qs, u"list"_qs, u"--case"_qs, casePath}).out)
                .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[3],
             u"new-ips-asn.mmdb: GeoLite2-ASN built 2026-02-04T22:49:29Z, sha256 %1"_qs.arg(
                 databases[1][u"sha256"_qs].toString()));
    QCOMPARE(lines[4],
             u"  added from %1 at %2 by %3"_qs.arg(asn, databases[1][u"added_at"_qs].toString(),
                                                   databases[1][u"added_by"_qs].toString()));
    // Each sub-command's help names it whole.
    QVERIFY(cli({u"geo"_qs, u"add"_qs, u"--help"_qs}).out.contains(" geo add [options] FILE..."));
    QVERIFY(cli({u"geo"_qs, u"list"_qs, u"--help"_qs}).out.contains(" geo list [options]"));
    QCOMPARE(lines[5], u"  client IPs: 4 found, 3 not in this database, 0 failed, 1 not looked up "
                       "in it; last looked up at %1"_qs.arg(
                           databases[1][u"last_looked_up_at"_qs].toString()));
    // Words in place of an address fail in the City database (the ASN one, gone, never asked):
    // counted apart as well.
    run =
        cli({u"import"_qs, u"--case"_qs, casePath, u"--json"_qs, rows(u"words.csv"_qs, "unknown")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject asked =
        QJsonDocument::fromJson(run.out)[u"new_ips_geolocated"_qs][0].toObject();
    QCOMPARE(asked[u"failed"_qs].toInt(-1), 1);
    QCOMPARE(asked[u"not_an_address"_qs].toInt(-1), 1);
    run = cli({u"geo"_qs, u"list"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(QJsonDocument::fromJson(run.out)[0][u"client_ips"_qs].toObject(), counts(6, 2, 0, 1));
}

void tst_Cli::geoAddAndIpsJson()
{
    const Run add = cli({QStringLiteral("geo"), QStringLiteral("add"), QStringLiteral("--case"), m_case,
                         dataPath(QStringLiteral("geoip/GeoIP2-City-Test.mmdb")),
                         dataPath(QStringLiteral("geoip/broken/metadata-is-an-uint128.mmdb"))});
    QCOMPARE(add.exitCode, 1); // one database refused
    QVERIFY(QString::fromUtf8(add.out).contains(QStringLiteral("GeoIP2-City built 2026-02-04T22:49:29Z: 0 found, 3 not in this database")));
    QVERIFY(QString::fromUtf8(add.err).contains(QStringLiteral("metadata-is-an-uint128.mmdb: not a usable MaxMind-format database")));
    const Run run = cli({QStringLiteral("ips"), QStringLiteral("--case"), m_case, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray ips = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(ips.size(), 3);
    QJsonObject cgnat;
    for (const QJsonValue &v : ips) {
        if (v.toObject().value(QStringLiteral("ip")).toString() == u"100.64.20.5")
            cgnat = v.toObject();
    }
    for (const char *key : {"ip", "flags", "first_seen", "last_seen", "lookups", "communications", "connections", "handles", "geo"})
        QVERIFY2(cgnat.contains(QLatin1String(key)), key);
    QCOMPARE(cgnat.value(QStringLiteral("flags")).toArray(), QJsonArray{u"cgnat"_qs});
    QCOMPARE(cgnat.value(QStringLiteral("lookups")).toInt(), 2);
    QCOMPARE(cgnat.value(QStringLiteral("first_seen")).toString(), QStringLiteral("2016-09-05T23:59:59Z"));
    const QJsonObject geo = cgnat.value(QStringLiteral("geo")).toArray().first().toObject();
    for (const char *key : {"database", "database_type", "build_date", "country_iso", "country", "subdivision", "city",
                            "latitude", "longitude", "accuracy_radius_km", "asn", "organization", "caveats"})
        QVERIFY2(geo.contains(QLatin1String(key)), key);
    QCOMPARE(geo.value(QStringLiteral("database_type")).toString(), QStringLiteral("GeoIP2-City"));
    QVERIFY(geo.value(QStringLiteral("country")).isNull());
    QCOMPARE(geo.value(QStringLiteral("caveats")).toArray().first().toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("cgnat"));

    // The same case as GeoJSON and KML: one parseable document each, and the export is audited.
    const Run geoJson = cli({QStringLiteral("ips"), QStringLiteral("--case"), m_case, QStringLiteral("--format"), QStringLiteral("geojson")});
    QCOMPARE(geoJson.exitCode, 0);
    const QJsonObject collection = QJsonDocument::fromJson(geoJson.out).object();
    QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("FeatureCollection"));
    QCOMPARE(collection.value(QStringLiteral("not_drawn")).toArray().size(), 3); // nothing in the test case is placed
    const Run kml = cli({QStringLiteral("ips"), QStringLiteral("--case"), m_case, QStringLiteral("--format"), QStringLiteral("kml")});
    QCOMPARE(kml.exitCode, 0);
    QVERIFY(kml.out.startsWith("<?xml"));
    QVERIFY(kml.out.contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\">"));
    QCOMPARE(cli({QStringLiteral("ips"), QStringLiteral("--case"), m_case, QStringLiteral("--format"), QStringLiteral("shp")}).exitCode, 2);
}

void tst_Cli::failuresAreOneLineAndChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString missing = QStringLiteral("/nonexistent-dir/none.llcase");
    QTest::newRow("stats missing case") << QStringList{u"stats"_qs, u"--case"_qs, missing, u"--json"_qs} << "no such case";
    QTest::newRow("handles missing case") << QStringList{u"handles"_qs, u"--case"_qs, missing, u"--json"_qs} << "no such case";
    QTest::newRow("events missing case") << QStringList{u"events"_qs, u"--case"_qs, missing, u"--format"_qs, u"json"_qs} << "no such case";
    QTest::newRow("sources missing case") << QStringList{u"sources"_qs, u"--case"_qs, missing, u"--json"_qs} << "no such case";
    QTest::newRow("unknown option") << QStringList{u"stats"_qs, u"--case"_qs, missing, u"--bogus"_qs} << "bogus";
    QTest::newRow("import option on stats") << QStringList{u"stats"_qs, u"--case"_qs, missing, u"--timezone"_qs, u"UTC"_qs} << "timezone";
    QTest::newRow("no --case") << QStringList{u"stats"_qs, u"--json"_qs} << "--case";
    QTest::newRow("events needs format") << QStringList{u"events"_qs, u"--case"_qs, missing} << "--format";
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_qs} << "unknown command";
    QTest::newRow("import no files") << QStringList{u"import"_qs, u"--case"_qs, missing} << "at least one file";
    QTest::newRow("import bad region") << QStringList{u"import"_qs, u"--case"_qs, missing, u"--region"_qs, u"XX"_qs, u"f.csv"_qs} << "unknown region";
    QTest::newRow("import bad format") << QStringList{u"import"_qs, u"--case"_qs, missing, u"--format"_qs, u"nope"_qs, u"f.csv"_qs} << "unknown format";
    // Options given wrong, each named (none reached by a test before the coverage run); DEMO: a
    // demo case, made for them.
    QTest::newRow("import no --case") << QStringList{u"import"_qs, u"f.csv"_qs} << "--case CASE is required";
    QTest::newRow("import bad date order") << QStringList{u"import"_qs, u"--case"_qs, missing, u"--date-order"_qs, u"ymd"_qs, u"f.csv"_qs}
                                           << "--date-order takes dmy or mdy";
    QTest::newRow("import bad decimal mark")
        << QStringList{u"import"_qs, u"--case"_qs, missing, u"--decimal-mark"_qs, u"dot"_qs, u"f.csv"_qs}
        << "--decimal-mark takes point or comma";
    QTest::newRow("geo add no database")
        << QStringList{u"geo"_qs, u"add"_qs, u"--case"_qs, u"DEMO"_qs}
        << "lookuplens-cli geo add: name at least one .mmdb file";
    QTest::newRow("geo without add") << QStringList{u"geo"_qs, u"--case"_qs, missing, u"x.mmdb"_qs}
                                     << "usage: lookuplens-cli geo add --case CASE FILE.mmdb... or "
                                        "geo list --case CASE [--json]";
    QTest::newRow("geo list missing case")
        << QStringList{u"geo"_qs, u"list"_qs, u"--case"_qs, missing} << "no such case";
    QTest::newRow("geo list of files")
        << QStringList{u"geo"_qs, u"list"_qs, u"--case"_qs, u"DEMO"_qs, u"x.mmdb"_qs}
        << "lookuplens-cli geo list: unexpected argument \"x.mmdb\": geo list takes options only";
    // A word no option takes is refused, not dropped: a second handle would list the first's.
    QTest::newRow("events with two handles")
        << QStringList{u"events"_qs,       u"--case"_qs,       u"DEMO"_qs,     u"--handle"_qs,
                       u"+12025550143"_qs, u"+13125550147"_qs, u"--format"_qs, u"json"_qs}
        << "lookuplens-cli events: unexpected argument \"+13125550147\": events takes options only";
    QTest::newRow("stats with a word")
        << QStringList{u"stats"_qs, u"--case"_qs, u"DEMO"_qs, u"all"_qs}
        << "unexpected argument \"all\": stats takes options only";
    QTest::newRow("events window backwards")
        << QStringList{u"events"_qs,
                       u"--case"_qs,
                       u"DEMO"_qs,
                       u"--from"_qs,
                       u"2016-09-07"_qs,
                       u"--to"_qs,
                       u"2016-09-02T18:22:05Z"_qs,
                       u"--format"_qs,
                       u"csv"_qs}
        << "lookuplens-cli events: --from 2016-09-07 is after --to 2016-09-02T18:22:05Z: no time "
           "lies between them";
    QTest::newRow("report window backwards")
        << QStringList{u"report"_qs,     u"--case"_qs, u"DEMO"_qs,      u"--from"_qs,
                       u"2026-01-01"_qs, u"--to"_qs,   u"2016-01-01"_qs}
        << "--from 2026-01-01 is after --to 2016-01-01";
    QTest::newRow("graph window backwards")
        << QStringList{u"graph"_qs,  u"--case"_qs,     u"DEMO"_qs, u"--format"_qs,  u"json"_qs,
                       u"--from"_qs, u"2026-01-01"_qs, u"--to"_qs, u"2016-01-01"_qs}
        << "--from 2026-01-01 is after --to 2016-01-01";
    QTest::newRow("events hour that is none")
        << QStringList{u"events"_qs,
                       u"--case"_qs,
                       u"DEMO"_qs,
                       u"--from"_qs,
                       u"2026-03-05T25:00:00Z"_qs,
                       u"--format"_qs,
                       u"csv"_qs}
        << "--from \"2026-03-05T25:00:00Z\" is not an ISO 8601 time";
    QTest::newRow("graph hops without focus")
        << QStringList{u"graph"_qs, u"--case"_qs, u"DEMO"_qs, u"--format"_qs,
                       u"json"_qs,  u"--hops"_qs, u"2"_qs}
        << "lookuplens-cli graph: --hops needs --focus";
    QTest::newRow("graph no format") << QStringList{u"graph"_qs, u"--case"_qs, u"DEMO"_qs} << "--format graphml, gexf, dot or json is required";
    QTest::newRow("graph bad hops") << QStringList{u"graph"_qs, u"--case"_qs, u"DEMO"_qs, u"--format"_qs, u"json"_qs, u"--focus"_qs,
                                                   u"+12025550143"_qs, u"--hops"_qs, u"-1"_qs}
                                    << "--hops takes a whole number, 0 or more";
    QTest::newRow("graph bad min-count") << QStringList{u"graph"_qs, u"--case"_qs, u"DEMO"_qs, u"--format"_qs, u"json"_qs,
                                                        u"--min-count"_qs, u"0"_qs}
                                         << "--min-count takes a whole number, 1 or more";
    QTest::newRow("graph focus not in the case") << QStringList{u"graph"_qs, u"--case"_qs, u"DEMO"_qs, u"--format"_qs, u"json"_qs,
                                                                u"--focus"_qs, u"+19995550100"_qs}
                                                 << "no handle \"+19995550100\" in the case";
    QTest::newRow("graph source not in the case")
        << QStringList{u"graph"_qs, u"--case"_qs,   u"DEMO"_qs, u"--format"_qs,
                       u"json"_qs,  u"--source"_qs, u"7"_qs}
        << "the case holds no source #7 (\"sources\" lists them)";
    QTest::newRow("graph bad sequence minutes") << QStringList{u"graph"_qs, u"--case"_qs, u"DEMO"_qs, u"--format"_qs, u"json"_qs,
                                                               u"--sequence-minutes"_qs, u"soon"_qs}
                                                << "--sequence-minutes takes a whole number, 0 or more";
}

void tst_Cli::failuresAreOneLineAndChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString demo = m_dir.filePath(QStringLiteral("failures-demo.llcase"));
    if (args.contains(u"DEMO"_qs)) {
        if (!QFile::exists(demo))
            QCOMPARE(cli({u"demo"_qs, u"--case"_qs, demo}).exitCode, 0);
        args.replace(args.indexOf(u"DEMO"_qs), demo);
    }
    const QString before = TestSupport::sha256Of(demo);
    const Run run = cli(args);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromUtf8(run.err);
    QVERIFY2(err.contains(message), qPrintable(err));
    if (!args.contains(QStringLiteral("frobnicate")))
        QCOMPARE(err.count(u'\n'), 1);
    QVERIFY(!QFile::exists(QStringLiteral("/nonexistent-dir/none.llcase")));
    QCOMPARE(TestSupport::sha256Of(demo), before);
}

void tst_Cli::corruptCase()
{
    const QString path = m_dir.filePath(QStringLiteral("corrupt.llcase"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(5000, '\x07');
    file.write(garbage);
    file.close();
    for (const QString &command : {QStringLiteral("stats"), QStringLiteral("handles"), QStringLiteral("sources")}) {
        const Run run = cli({command, QStringLiteral("--case"), path, QStringLiteral("--json")});
        QVERIFY(run.exitCode != 0);
        QCOMPARE(QString::fromUtf8(run.err).count(u'\n'), 1);
    }
    const Run import = cli({QStringLiteral("import"), QStringLiteral("--case"), path, QStringLiteral("--timezone"),
                            QStringLiteral("UTC"), dataPath(QStringLiteral("ids/ids-sample.csv"))});
    QVERIFY(import.exitCode != 0);
    QVERIFY(QFile(path).open(QIODevice::ReadOnly));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), garbage);
}

void tst_Cli::aCaseOnReadOnlyStorageIsReadNotChanged()
{
    // A defence expert gets the case on a write-protected drive or a read-only share: SQLite
    // could not keep its journal's index beside it, and every command, a listing too, failed
    // with "not a readable case (attempt to write a readonly database)".
    const QString folder = m_dir.filePath(u"read only 50%"_qs); // a URI must escape both
    QVERIFY(QDir().mkpath(folder));
    const QString casePath = folder + u"/case.llcase"_qs;
    QCOMPARE(cli({u"demo"_qs, u"--case"_qs, casePath}).exitCode, 0);
    const QList<QStringList> reads{{u"stats"_qs, u"--json"_qs},
                                   {u"handles"_qs},
                                   {u"events"_qs, u"--format"_qs, u"csv"_qs},
                                   {u"graph"_qs, u"--format"_qs, u"dot"_qs},
                                   {u"audit"_qs, u"--json"_qs}};
    QList<QByteArray> written; // each command's output while the case could be written
    for (const QStringList &read : reads)
        written.append(cli(QStringList{read.first(), u"--case"_qs, casePath} + read.mid(1)).out);
    const QString sha = TestSupport::sha256Of(casePath);
    const auto readOnly = QFileDevice::Permissions(0x5555); // r-x for all
    const auto open = QFileDevice::Permissions(0x7755);     // rwx for the owner, r-x for others
    QVERIFY(QFile::setPermissions(m_dir.path(), open)); // nobody passes through
    QVERIFY(QFile::setPermissions(folder, readOnly));
    QVERIFY(QFile::setPermissions(casePath, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const auto restore = qScopeGuard([&]() { QFile::setPermissions(folder, open); });

    for (qsizetype i = 0; i < reads.size(); ++i) {
        const Run run = cliAsReader(folder, QStringList{reads.at(i).first(), u"--case"_qs, casePath} + reads.at(i).mid(1));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, written.at(i));
        // An export cannot be recorded in the case's audit log: said, the export standing.
        QCOMPARE(QString::fromUtf8(run.err),
                 reads.at(i).first() == u"graph"
                     ? u"lookuplens-cli graph: note: not recorded in the case's audit log: the case is on "
                       "storage that cannot be written\n"_qs
                 : reads.at(i).first() == u"events"
                     ? u"lookuplens-cli events: note: not recorded in the case's audit log: the case is on "
                       "storage that cannot be written\n"_qs
                     : QString());
    }
    // A report too, said not to be recorded (its bytes hold the time it was written).
    const Run report = cliAsReader(folder, {u"report"_qs, u"--case"_qs, casePath});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    QVERIFY(report.out.startsWith("<!DOCTYPE html>") && report.out.endsWith("</html>\n"));
    QCOMPARE(QString::fromUtf8(report.err), u"lookuplens-cli report: note: not recorded in the case's audit log: the case is "
                                            "on storage that cannot be written\n"_qs);
    const Run import = cliAsReader(folder, {u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs,
                                            dataPath(u"ids/ids-sample.csv"_qs)});
    QCOMPARE(import.exitCode, 2);
    QCOMPARE(QString::fromUtf8(import.err),
             u"lookuplens-cli import: %1: the case is on storage that cannot be written here (read-only media, a write "
             "blocker, a read-only share, or no permission): it can be read, not changed\n"_qs.arg(casePath));
    const Run mark = cliAsReader(folder, {u"mark"_qs, u"--case"_qs, casePath, u"--event"_qs, u"1"_qs, u"--note"_qs, u"x"_qs});
    QCOMPARE(mark.exitCode, 2);
    QCOMPARE(QString::fromUtf8(mark.err), u"lookuplens-cli mark: the case is on storage that cannot be written\n"_qs);
    QCOMPARE(TestSupport::sha256Of(casePath), sha);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"case.llcase"_qs} + (::geteuid() == 0 ? QStringList{u"lookuplens-cli"_qs} : QStringList()));

    // Copied while a program had it open, with its journal: read without the journal (all an
    // unwritable folder allows), it would be short of what the journal holds. Refused, said why.
    const QString copied = m_dir.filePath(u"copied-open"_qs);
    QVERIFY(QDir().mkpath(copied));
    QVERIFY(QFile::copy(casePath, copied + u"/source.llcase"_qs));
    QFile::setPermissions(copied + u"/source.llcase"_qs, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"journal"_qs);
        db.setDatabaseName(copied + u"/source.llcase"_qs);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_qs));
        QVERIFY(query.exec(u"UPDATE case_info SET value = 'Europe/Berlin' WHERE key = 'display_zone'"_qs));
        QVERIFY(QFileInfo(copied + u"/source.llcase-wal"_qs).size() > 0);
        QVERIFY(QFile::copy(copied + u"/source.llcase"_qs, copied + u"/case.llcase"_qs));
        QVERIFY(QFile::copy(copied + u"/source.llcase-wal"_qs, copied + u"/case.llcase-wal"_qs));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"journal"_qs);
    QVERIFY(QFile::setPermissions(copied, readOnly));
    const auto restoreCopied = qScopeGuard([&]() { QFile::setPermissions(copied, open); });
    const Run stats = cliAsReader(copied, {u"stats"_qs, u"--case"_qs, copied + u"/case.llcase"_qs});
    QCOMPARE(stats.exitCode, 2);
    QCOMPARE(QString::fromUtf8(stats.err),
             u"lookuplens-cli stats: %1/case.llcase: its journal case.llcase-wal holds changes not yet folded into the "
             "case, and the folder cannot be written for SQLite to read them; copy the case with that file to a "
             "writable folder\n"_qs.arg(copied));
}

void tst_Cli::verifySaysWhichEvidenceFilesAreStillAsImported()
{
    // Read in UTC, the local times need no rules: the check of them says so in its last line.
    const QString localTimes = u"Local times: none read by another release of the tz database than this machine's (%1)\n"_qs.arg(
        ZoneRules::databaseVersion());
    // A defence expert's first question: are these the files the figures came from? Each
    // evidence file (an archive for the tables that came out of it) hashed again, against the
    // SHA-256 recorded when it was imported.
    const QString folder = m_dir.filePath(u"verified"_qs);
    QVERIFY(QDir().mkpath(folder));
    const QString csv = folder + u"/ids-sample.csv"_qs;
    const QString zip = folder + u"/cdr-return.zip"_qs;
    const QString whatsapp = folder + u"/delivery-1.zip"_qs;
    QVERIFY(QFile::copy(dataPath(u"ids/ids-sample.csv"_qs), csv));
    QVERIFY(QFile::copy(dataPath(u"carrier/cdr-return.zip"_qs), zip));
    QVERIFY(QFile::copy(dataPath(u"whatsapp/delivery-1.zip"_qs), whatsapp));
    const QString casePath = m_dir.filePath(u"verified.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, csv, zip, whatsapp}).exitCode, 0);
    const QString csvSha = TestSupport::sha256Of(csv);
    const QString zipSha = TestSupport::sha256Of(zip);
    const QString whatsappSha = TestSupport::sha256Of(whatsapp);
    const QString same = u"same        %1/ids-sample.csv (sha256 %2; ids-sample.csv)\n"
                         "same        %1/cdr-return.zip (sha256 %3; cdr-return.zip › LOG/cdr-date-time.csv, "
                         "cdr-return.zip › LOG/cdr-spool.txt)\n"_qs.arg(folder, csvSha, zipSha);
    Run run = cli({u"verify"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             same + u"same        %1/delivery-1.zip (sha256 %2; delivery-1.zip › records.html)\n"
                    "3 evidence files: 3 same, 0 changed, 0 missing, 0 unreadable\n"_qs.arg(folder, whatsappSha) + localTimes);

    // One file changed by a byte, one gone: said apart, and the exit status says it.
    QFile changed(csv);
    QVERIFY(changed.open(QIODevice::Append) && changed.write("\n") == 1);
    changed.close();
    QVERIFY(QFile::remove(whatsapp));
    run = cli({u"verify"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.out),
             u"changed     %1/ids-sample.csv (sha256 %2 recorded, %3 now; ids-sample.csv)\n"
             "same        %1/cdr-return.zip (sha256 %4; cdr-return.zip › LOG/cdr-date-time.csv, "
             "cdr-return.zip › LOG/cdr-spool.txt)\n"
             "missing     %1/delivery-1.zip (delivery-1.zip › records.html)\n"
             "3 evidence files: 1 same, 1 changed, 1 missing, 0 unreadable\n"_qs.arg(folder, csvSha, TestSupport::sha256Of(csv), zipSha) + localTimes);
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"same"_qs).toInt(), 1);
    QCOMPARE(json.value(u"changed"_qs).toInt(), 1);
    QCOMPARE(json.value(u"missing"_qs).toInt(), 1);
    QCOMPARE(json.value(u"unreadable"_qs).toInt(), 0);
    const QJsonArray files = json.value(u"files"_qs).toArray();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0).toObject(), (QJsonObject{{u"path"_qs, csv}, {u"outcome"_qs, u"changed"_qs},
                                                  {u"recorded_sha256"_qs, csvSha}, {u"found_sha256"_qs, TestSupport::sha256Of(csv)},
                                                  {u"error"_qs, QJsonValue()}, {u"checked_path"_qs, csv},
                                                  {u"sources"_qs, QJsonArray{u"ids-sample.csv"_qs}}}));
    QCOMPARE(files.at(2).toObject(), (QJsonObject{{u"path"_qs, whatsapp}, {u"outcome"_qs, u"missing"_qs},
                                                  {u"recorded_sha256"_qs, whatsappSha}, {u"found_sha256"_qs, QJsonValue()},
                                                  {u"error"_qs, QJsonValue()}, {u"checked_path"_qs, QJsonValue()},
                                                  {u"sources"_qs, QJsonArray{u"delivery-1.zip › records.html"_qs}}}));
    QCOMPARE(TestSupport::sha256Of(zip), zipSha); // only read
    // The returns as handed over, kept elsewhere: each found by its name under --in FOLDER. Of
    // two files of one name (a copy changed by a byte, the original), the original is the same.
    const QString handed = m_dir.filePath(u"handed-over"_qs);
    QVERIFY(QDir().mkpath(handed + u"/a"_qs) && QDir().mkpath(handed + u"/b/zips"_qs));
    QVERIFY(QFile::copy(csv, handed + u"/a/ids-sample.csv"_qs)); // the byte added above
    QVERIFY(QFile::copy(dataPath(u"ids/ids-sample.csv"_qs), handed + u"/b/ids-sample.csv"_qs));
    QVERIFY(QFile::copy(zip, handed + u"/b/zips/cdr-return.zip"_qs));
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--in"_qs, handed});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.out),
             u"same        %1/b/ids-sample.csv, imported as %2/ids-sample.csv (sha256 %3; ids-sample.csv)\n"
             "same        %1/b/zips/cdr-return.zip, imported as %2/cdr-return.zip (sha256 %4; cdr-return.zip › "
             "LOG/cdr-date-time.csv, cdr-return.zip › LOG/cdr-spool.txt)\n"
             "missing     delivery-1.zip in %1, imported as %2/delivery-1.zip (delivery-1.zip › records.html)\n"
             "3 evidence files: 2 same, 0 changed, 1 missing, 0 unreadable\n"_qs.arg(handed, folder, csvSha, zipSha) + localTimes);
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--in"_qs, handed, u"--json"_qs});
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(u"files"_qs).toArray().at(0).toObject().value(u"checked_path"_qs),
             QJsonValue(handed + u"/b/ids-sample.csv"_qs));
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--in"_qs, handed + u"/nowhere"_qs});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(QString::fromUtf8(run.err), u"lookuplens-cli verify: --in %1/nowhere: no such folder\n"_qs.arg(handed));
    {
        // Each check is in the case's audit log, with what it found.
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(TestSupport::rows(db->db(), u"SELECT details FROM audit_log WHERE action = 'evidence-verified' ORDER BY id"_qs),
                 (QStringList{u"{\"changed\":0,\"files\":3,\"missing\":0,\"same\":3,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs,
                              u"{\"changed\":1,\"files\":3,\"missing\":1,\"same\":1,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs,
                              u"{\"changed\":1,\"files\":3,\"missing\":1,\"same\":1,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs,
                              u"{\"changed\":0,\"files\":3,\"in\":\"%1\",\"missing\":1,\"same\":2,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs.arg(handed),
                              u"{\"changed\":0,\"files\":3,\"in\":\"%1\",\"missing\":1,\"same\":2,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs.arg(handed)}));
    }
    // A file that cannot be read (here: by whoever runs the check) is said so, with why.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755)));
    QVERIFY(QFile::setPermissions(zip, QFileDevice::Permissions()));
    Run run2 = cliAsReader(folder, {u"verify"_qs, u"--case"_qs, casePath});
    QVERIFY(QFile::setPermissions(zip, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QCOMPARE(run2.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run2.out).contains(
                 u"\nunreadable  %1/cdr-return.zip: cannot open for reading: Permission denied (cdr-return.zip › "
                 "LOG/cdr-date-time.csv, cdr-return.zip › LOG/cdr-spool.txt)\n"_qs.arg(folder)),
             run2.out.constData());
    QVERIFY2(QString::fromUtf8(run2.out).endsWith(u"3 evidence files: 0 same, 1 changed, 1 missing, 1 unreadable\n"_qs + localTimes),
             run2.out.constData());
}

void tst_Cli::verifyChecksTheGeoIpDatabasesApartFromTheEvidence()
{
    // Read in UTC, the local times need no rules: the check of them says so in its last line.
    const QString localTimes = u"Local times: none read by another release of the tz database than this machine's (%1)\n"_qs.arg(
        ZoneRules::databaseVersion());
    // The places in a case were read from GeoIP databases the analyst supplied: the same file
    // gives the same places again. verify hashes each one too, against the SHA-256 recorded when
    // it was added, listed apart from the evidence and with an exit status of its own.
    const QString folder = m_dir.filePath(u"verified-geo"_qs);
    QVERIFY(QDir().mkpath(folder + u"/geoip"_qs));
    const QString csv = folder + u"/ids-sample.csv"_qs;
    const QString city = folder + u"/geoip/GeoIP2-City-Test.mmdb"_qs;
    const QString asn = folder + u"/geoip/GeoLite2-ASN-Test.mmdb"_qs;
    QVERIFY(QFile::copy(dataPath(u"ids/ids-sample.csv"_qs), csv));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoIP2-City-Test.mmdb"_qs), city));
    QVERIFY(QFile::copy(dataPath(u"geoip/GeoLite2-ASN-Test.mmdb"_qs), asn));
    const QString casePath = m_dir.filePath(u"verified-geo.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, csv}).exitCode, 0);
    QCOMPARE(cli({u"geo"_qs, u"add"_qs, u"--case"_qs, casePath, city, asn}).exitCode, 0);
    const QString csvSha = TestSupport::sha256Of(csv);
    const QString citySha = TestSupport::sha256Of(city);
    const QString asnSha = TestSupport::sha256Of(asn);
    const QString evidence = u"same        %1 (sha256 %2; ids-sample.csv)\n"
                             "1 evidence file: 1 same, 0 changed, 0 missing, 0 unreadable\n"_qs.arg(csv, csvSha);
    Run run = cli({u"verify"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QString::fromUtf8(run.out),
             evidence + u"same        %1 (sha256 %2; GeoIP2-City, built 2026-02-04)\n"
                        "same        %3 (sha256 %4; GeoLite2-ASN, built 2026-02-04)\n"
                        "2 GeoIP databases: 2 same, 0 changed, 0 missing, 0 unreadable\n"_qs.arg(city, citySha, asn, asnSha) + localTimes);

    // A database changed by a byte, another gone: the evidence is as imported, exit status 3.
    QFile changed(city);
    QVERIFY(changed.open(QIODevice::Append) && changed.write("\n") == 1);
    changed.close();
    const QString cityNow = TestSupport::sha256Of(city);
    QVERIFY(QFile::rename(asn, folder + u"/GeoLite2-ASN-Test.mmdb"_qs));
    run = cli({u"verify"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(QString::fromUtf8(run.out),
             evidence + u"changed     %1 (sha256 %2 recorded, %3 now; GeoIP2-City, built 2026-02-04)\n"
                        "missing     %4 (GeoLite2-ASN, built 2026-02-04)\n"
                        "2 GeoIP databases: 0 same, 1 changed, 1 missing, 0 unreadable\n"_qs.arg(city, citySha, cityNow, asn) + localTimes);
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 3);
    QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"same"_qs).toInt(), 1);
    QCOMPARE(json.value(u"files"_qs).toArray().size(), 1);
    QCOMPARE(json.value(u"geoip"_qs).toObject(),
             (QJsonObject{{u"same"_qs, 0}, {u"changed"_qs, 1}, {u"missing"_qs, 1}, {u"unreadable"_qs, 0}}));
    const QJsonArray databases = json.value(u"geoip_databases"_qs).toArray();
    QCOMPARE(databases.size(), 2);
    QCOMPARE(databases.at(0).toObject(),
             (QJsonObject{{u"path"_qs, city}, {u"outcome"_qs, u"changed"_qs}, {u"recorded_sha256"_qs, citySha},
                          {u"found_sha256"_qs, cityNow}, {u"error"_qs, QJsonValue()}, {u"checked_path"_qs, city},
                          {u"file_name"_qs, u"GeoIP2-City-Test.mmdb"_qs}, {u"database_type"_qs, u"GeoIP2-City"_qs},
                          {u"build_date"_qs, u"2026-02-04"_qs}}));
    QCOMPARE(databases.at(1).toObject().value(u"outcome"_qs).toString(), u"missing"_qs);
    QCOMPARE(databases.at(1).toObject().value(u"checked_path"_qs), QJsonValue());

    // Looked for by name in a folder, the one moved is found and the same; an evidence file
    // changed outranks the database changed: exit status 1.
    QFile evidenceFile(csv);
    QVERIFY(evidenceFile.open(QIODevice::Append) && evidenceFile.write("\n") == 1);
    evidenceFile.close();
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--in"_qs, folder});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(QString::fromUtf8(run.out).endsWith(
                 u"changed     %1/GeoIP2-City-Test.mmdb, added as %1/GeoIP2-City-Test.mmdb (sha256 %2 recorded, %3 now; "
                 "GeoIP2-City, built 2026-02-04)\n"_qs.arg(folder + u"/geoip"_qs, citySha, cityNow)
                 + u"same        %1/GeoLite2-ASN-Test.mmdb, added as %2 (sha256 %3; GeoLite2-ASN, built 2026-02-04)\n"
                   "2 GeoIP databases: 1 same, 1 changed, 0 missing, 0 unreadable\n"_qs.arg(folder, asn, asnSha) + localTimes),
             run.out.constData());
    QCOMPARE(TestSupport::sha256Of(folder + u"/GeoLite2-ASN-Test.mmdb"_qs), asnSha); // only read
    {
        QString error;
        const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(TestSupport::rows(db->db(), u"SELECT details FROM audit_log WHERE action = 'evidence-verified' ORDER BY id"_qs),
                 (QStringList{u"{\"changed\":0,\"files\":1,\"geoip\":{\"changed\":0,\"missing\":0,\"same\":2,\"unreadable\":0},"
                              "\"geoip_databases\":2,\"missing\":0,\"same\":1,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs,
                              u"{\"changed\":0,\"files\":1,\"geoip\":{\"changed\":1,\"missing\":1,\"same\":0,\"unreadable\":0},"
                              "\"geoip_databases\":2,\"missing\":0,\"same\":1,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs,
                              u"{\"changed\":0,\"files\":1,\"geoip\":{\"changed\":1,\"missing\":1,\"same\":0,\"unreadable\":0},"
                              "\"geoip_databases\":2,\"missing\":0,\"same\":1,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs,
                              u"{\"changed\":1,\"files\":1,\"geoip\":{\"changed\":1,\"missing\":0,\"same\":1,\"unreadable\":0},"
                              "\"geoip_databases\":2,\"in\":\"%1\",\"missing\":0,\"same\":0,\"unreadable\":0,\"zone_rules_read_otherwise\":0}"_qs.arg(folder)}));
    }
}

void tst_Cli::verifyReadsAgainTheLocalTimesAnotherReleaseOfTheZoneRulesRead()
{
    // A case read on a machine whose tz database gave New York other rules (as if release 2016a
    // had read line 10 an hour off): the evidence is as imported, but its figures are not what
    // this machine reads from it. Said, and exit status 4.
    const QString casePath = sampleReadBy2016a(
        u"zone-rules.llcase"_qs, u"UPDATE events SET utc_ms = utc_ms + 3600000 WHERE line = 10"_qs);
    QVERIFY(!casePath.isEmpty());
    const QString release = ZoneRules::databaseVersion();
    Run run = cli({u"verify"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(QString::fromUtf8(run.out).endsWith(
                 u"1 evidence file: 1 same, 0 changed, 0 missing, 0 unreadable\n"
                 "otherwise   ids-sample.csv (source #1): 1 of 6 local times read by the tz database %1 otherwise than "
                 "by 2016a on import: line 10 \"2016-09-02 18:22:05\" in America/New_York, 2016-09-02T23:22:05Z then, "
                 "2016-09-02T22:22:05Z now\n"
                 "Local times of 1 source read again by this machine's tz database (%1): 1 read otherwise than on "
                 "import\n"_qs.arg(release)),
             run.out.constData());
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 4);
    const QJsonObject zoneRules = QJsonDocument::fromJson(run.out).object().value(u"zone_rules"_qs).toObject();
    QCOMPARE(zoneRules.value(u"tz_database"_qs).toString(), release);
    QCOMPARE(zoneRules.value(u"read_otherwise"_qs).toInt(), 1);
    QCOMPARE(zoneRules.value(u"sources"_qs).toArray().first().toObject().value(u"checked"_qs).toInt(), 6);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT json_extract(details, '$.zone_rules_read_otherwise') FROM audit_log"
                                         " WHERE action = 'evidence-verified' ORDER BY id"_qs),
             QStringList({u"1"_qs, u"1"_qs}));
}

void tst_Cli::verifySaysAnOffsetNoLongerItsZonesWithoutFailing()
{
    // Line 12 as if Java had written it at -05:00 beside New York and release 2016a's rules had
    // agreed: this machine's give New York -04:00 then. The moment stands (its offset read it),
    // so the exit status stays 0; the line, the JSON and the audit record say it.
    const QString casePath =
        sampleReadBy2016a(u"zone-offset.llcase"_qs,
                          u"UPDATE events SET time_zone = 'America/New_York (-05:00)', time_raw ="
                          " strftime('%Y-%m-%dT%H:%M:%S', utc_ms / 1000 - 18000, 'unixepoch')"
                          " || '-05:00[America/New_York]' WHERE line = 12"_qs);
    QVERIFY(!casePath.isEmpty());
    const QString release = ZoneRules::databaseVersion();
    Run run = cli({u"verify"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).endsWith(
                 u"otherwise   ids-sample.csv (source #1): 5 local times read by the tz database %1 as by 2016a on "
                 "import; 1 of 1 offset written beside a zone no longer that zone's by the rules of the tz database %1, "
                 "as it was by 2016a on import (the moment stands, read by the offset; an import now refuses such a "
                 "row): line 12 \"2016-09-03T06:01:13-05:00[America/New_York]\": by these rules America/New_York is "
                 "at -04:00 at 2016-09-03T11:01:13Z, not -05:00\n"
                 "Local times of 1 source read again by this machine's tz database (%1): 0 read otherwise than on "
                 "import; of 1 offset written beside a zone, 1 no longer that zone's\n"_qs.arg(release)),
             run.out.constData());
    run = cli({u"verify"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject zoneRules = QJsonDocument::fromJson(run.out).object().value(u"zone_rules"_qs).toObject();
    QCOMPARE(zoneRules.value(u"offsets_not_the_zones"_qs).toInt(), 1);
    QCOMPARE(zoneRules.value(u"sources"_qs).toArray().first().toObject().value(u"offsets_checked"_qs).toInt(), 1);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(TestSupport::rows(db->db(), u"SELECT json_extract(details, '$.zone_rules_offsets_not_the_zones') FROM audit_log"
                                         " WHERE action = 'evidence-verified' ORDER BY id"_qs),
             QStringList({u"1"_qs, u"1"_qs}));
}

void tst_Cli::auditListsTheLogAndFindsTheFilesWrittenFromTheCase()
{
    // The case's chain of custody, read without sqlite3: each record with who and when. A report
    // or an export handed over is checked against the case by its SHA-256, which each records;
    // a file read into the case (a GeoIP database) is not one written from it.
    const QString folder = m_dir.filePath(u"audited"_qs);
    QVERIFY(QDir().mkpath(folder));
    const QString casePath = folder + u"/demo.llcase"_qs;
    QCOMPARE(cli({u"demo"_qs, u"--case"_qs, casePath}).exitCode, 0);
    const auto writeOut = [&folder](const QString &name, const Run &run) {
        QFile file(folder + u'/' + name);
        return run.exitCode == 0 && file.open(QIODevice::WriteOnly) && file.write(run.out) == run.out.size();
    };
    QVERIFY(writeOut(u"report.html"_qs, cli({u"report"_qs, u"--case"_qs, casePath})));
    QVERIFY(writeOut(u"events.csv"_qs, cli({u"events"_qs, u"--case"_qs, casePath, u"--format"_qs, u"csv"_qs})));
    QVERIFY(writeOut(u"graph.graphml"_qs, cli({u"graph"_qs, u"--case"_qs, casePath, u"--format"_qs, u"graphml"_qs})));
    QVERIFY(writeOut(u"ips.kml"_qs, cli({u"ips"_qs, u"--case"_qs, casePath, u"--format"_qs, u"kml"_qs})));

    Run run = cli({u"audit"_qs, u"--case"_qs, casePath});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    static const QRegularExpression line(QStringLiteral(
        "^#(\\d+)  \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(\\.\\d{3})? UTC  (\\S+)  ([a-z-]+)  (\\{.*\\})$"));
    QStringList actions;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = line.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(match.captured(1).toInt(), i + 1);
        actions.append(match.captured(4));
    }
    QCOMPARE(actions, (QStringList{u"case-created"_qs, u"import"_qs, u"import"_qs, u"geo-database-added"_qs,
                                   u"geo-database-added"_qs, u"report-written"_qs, u"export-events"_qs,
                                   u"export-graph"_qs, u"export-ips"_qs}));
    QVERIFY2(lines.first().endsWith(u"  case-created  {\"default_region\":\"US\"}"_qs), qPrintable(lines.first()));
    run = cli({u"audit"_qs, u"--case"_qs, casePath, u"--json"_qs});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray entries = QJsonDocument::fromJson(run.out).object().value(u"entries"_qs).toArray();
    QCOMPARE(entries.size(), 9);
    const QJsonObject events = entries.at(6).toObject();
    QCOMPARE(events.value(u"id"_qs).toInt(), 7);
    QCOMPARE(events.value(u"action"_qs).toString(), u"export-events"_qs);
    QVERIFY(events.value(u"at"_qs).toString().endsWith(u'Z'));
    QVERIFY(!events.value(u"os_user"_qs).toString().isEmpty());
    const QString eventsSha = TestSupport::sha256Of(folder + u"/events.csv"_qs);
    QCOMPARE(events.value(u"details"_qs).toObject(),
             (QJsonObject{{u"format"_qs, u"csv"_qs}, {u"events"_qs, 26}, {u"sha256"_qs, eventsSha},
                          {u"arguments"_qs, QJsonArray{u"--case"_qs, casePath, u"--format"_qs, u"csv"_qs}}}));

    // Each file written is found by its bytes, with the record of writing it.
    QStringList written;
    for (const QString &name : {u"report.html"_qs, u"events.csv"_qs, u"graph.graphml"_qs, u"ips.kml"_qs})
        written << u"--written"_qs << folder + u'/' + name;
    run = cli(QStringList{u"audit"_qs, u"--case"_qs, casePath} + written);
    QCOMPARE(run.exitCode, 0);
    const QStringList found = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(found.size(), 8);
    QCOMPARE(found.at(0), u"written     %1/report.html (sha256 %2)"_qs.arg(folder, TestSupport::sha256Of(folder + u"/report.html"_qs)));
    QCOMPARE(found.at(1), u"  "_qs + lines.at(5));
    QCOMPARE(found.at(2), u"written     %1/events.csv (sha256 %2)"_qs.arg(folder, eventsSha));
    QCOMPARE(found.at(3), u"  "_qs + lines.at(6));
    QCOMPARE(found.at(5), u"  "_qs + lines.at(7));
    QCOMPARE(found.at(7), u"  "_qs + lines.at(8));

    // A copy changed by a byte is not found, nor a file read into the case; one that cannot be
    // read is said so: exit status 1.
    QFile changed(folder + u"/events.csv"_qs);
    QVERIFY(changed.open(QIODevice::Append) && changed.write("\n") == 1);
    changed.close();
    const QString database = casePath + u"-geoip/GeoIP2-City-Test.mmdb"_qs;
    run = cli({u"audit"_qs, u"--case"_qs, casePath, u"--written"_qs, folder + u"/events.csv"_qs,
               u"--written"_qs, database, u"--written"_qs, folder + u"/nowhere.csv"_qs});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QString::fromUtf8(run.out),
             u"not found   %1/events.csv (sha256 %2): the case's audit log records writing no file with these bytes\n"
             "not found   %3 (sha256 %4): the case's audit log records writing no file with these bytes\n"
             "unreadable  %1/nowhere.csv: cannot open for reading: No such file or directory\n"_qs
                 .arg(folder, TestSupport::sha256Of(folder + u"/events.csv"_qs), database, TestSupport::sha256Of(database)));
    run = cli({u"audit"_qs, u"--case"_qs, casePath, u"--written"_qs, folder + u"/report.html"_qs,
               u"--written"_qs, folder + u"/nowhere.csv"_qs, u"--json"_qs});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray files = QJsonDocument::fromJson(run.out).object().value(u"files"_qs).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(u"sha256"_qs).toString(), TestSupport::sha256Of(folder + u"/report.html"_qs));
    QCOMPARE(files.at(0).toObject().value(u"written"_qs).toArray(), QJsonArray{entries.at(5)});
    QCOMPARE(files.at(1).toObject(), (QJsonObject{{u"path"_qs, QJsonValue(folder + u"/nowhere.csv"_qs)}, {u"sha256"_qs, QJsonValue()},
                                                  {u"error"_qs, QJsonValue(u"cannot open for reading: No such file or directory"_qs)},
                                                  {u"written"_qs, QJsonValue(QJsonArray())}}));
    // Reading the log adds nothing to it.
    QCOMPARE(QJsonDocument::fromJson(cli({u"audit"_qs, u"--case"_qs, casePath, u"--json"_qs}).out)
                 .object().value(u"entries"_qs).toArray().size(), 9);
}

void tst_Cli::aReportIsWrittenAndRecordedWithItsHash()
{
    // The report on one handle's events, times also in Berlin's zone, on standard output; its
    // SHA-256 in the audit log, so that the copy handed over can be checked against the case.
    const QString casePath = m_dir.filePath(u"reported.llcase"_qs);
    QCOMPARE(cli({u"demo"_qs, u"--case"_qs, casePath}).exitCode, 0);
    const Run run = cli({u"report"_qs, u"--case"_qs, casePath, u"--handle"_qs, u"+13125550147"_qs, u"--zone"_qs,
                         u"Europe/Berlin"_qs});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.err, QByteArray());
    const QString html = QString::fromUtf8(run.out);
    QVERIFY(html.startsWith(u"<!DOCTYPE html>\n"));
    QVERIFY(html.endsWith(u"</html>\n"));
    QVERIFY(html.contains(u"<p>The events of +13125550147, as initiator or counterpart.</p>"));
    QVERIFY(html.contains(u"Times are given in UTC and in Europe/Berlin.</p>"));
    QVERIFY(html.contains(u"<p>In this report: 5 lookups · 6 communications.</p>"));
    QVERIFY(html.contains(u"Written "));
    QVERIFY(html.contains(u" by lookuplens-cli "));
    QString error;
    auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    const QJsonObject audit = TestSupport::jsonObject(
        db->db(), u"SELECT details FROM audit_log WHERE action = 'report-written' ORDER BY id DESC LIMIT 1"_qs);
    QCOMPARE(audit[u"events"].toInteger(), 11);
    QCOMPARE(audit[u"sha256"].toString(),
             QString::fromLatin1(QCryptographicHash::hash(run.out, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(audit[u"zone"].toString(), u"Europe/Berlin"_qs);
    QCOMPARE(audit[u"sequence_minutes"].toInt(), 30);
    QVERIFY(html.contains(u"<h2 id=\"sequences\">6. Lookups followed by a communication</h2>\n<p>Each lookup of this report "
                          "followed, within 30 minutes,"));
    QCOMPARE(audit[u"filter"].toObject()[u"side"].toString(), u"either"_qs);
    QCOMPARE(audit[u"arguments"].toArray().toVariantList(),
             (QVariantList{u"--case"_qs, casePath, u"--handle"_qs, u"+13125550147"_qs, u"--zone"_qs, u"Europe/Berlin"_qs}));
    db.reset();

    // Counted in English words: the rows not read, one and many.
    const QString badRows = m_dir.filePath(u"report-bad-rows.llcase"_qs);
    QCOMPARE(cli({u"import"_qs, u"--case"_qs, badRows, u"--timezone"_qs, u"UTC"_qs, dataPath(u"ids/ids-bad-rows.csv"_qs)})
                 .exitCode, 0);
    const QString bad = QString::fromUtf8(cli({u"report"_qs, u"--case"_qs, badRows}).out);
    QVERIFY(bad.contains(u"<p>5 rows of the sources could not be read as events: Appendix B lists each with its reason.</p>"));
    QVERIFY(bad.contains(u"<br>1 source imported.<br>"));

    // Refused in one line, nothing recorded: a zone that is none, --side without --handle.
    const auto reports = [&casePath]() {
        QString openError;
        const auto reading = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &openError);
        return TestSupport::scalar(reading->db(), u"SELECT count(*) FROM audit_log WHERE action = 'report-written'"_qs).toInt();
    };
    const int before = reports();
    const Run zone = cli({u"report"_qs, u"--case"_qs, casePath, u"--zone"_qs, u"Nowhere/Place"_qs});
    QCOMPARE(zone.exitCode, 2);
    QCOMPARE(zone.out, QByteArray());
    QCOMPARE(QString::fromUtf8(zone.err), u"lookuplens-cli report: --zone Nowhere/Place: no such time zone (an IANA name such "
                                          "as Europe/Berlin, UTC, or an offset such as +02:00)\n"_qs);
    const Run minutes = cli({u"report"_qs, u"--case"_qs, casePath, u"--sequence-minutes"_qs, u"-5"_qs});
    QCOMPARE(minutes.exitCode, 2);
    QCOMPARE(QString::fromUtf8(minutes.err),
             u"lookuplens-cli report: --sequence-minutes takes a whole number, 0 or more\n"_qs);
    const Run side = cli({u"report"_qs, u"--case"_qs, casePath, u"--side"_qs, u"initiator"_qs});
    QCOMPARE(side.exitCode, 2);
    QCOMPARE(QString::fromUtf8(side.err), u"lookuplens-cli report: --side and --with need --handle\n"_qs);
    QCOMPARE(reports(), before);
    QVERIFY(QString::fromUtf8(cli({u"--help"_qs}).out).contains(u"  report   --case CASE [--handle H"));
}

void tst_Cli::anExportCutShortIsNeverRecorded_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("said");
    QTest::newRow("events") << QStringList{u"events"_qs, u"--format"_qs, u"csv"_qs} << u"export-events"_qs
                            << u"lookuplens-cli events: No space left on device\n"_qs;
    QTest::newRow("ips") << QStringList{u"ips"_qs, u"--format"_qs, u"kml"_qs} << u"export-ips"_qs
                         << u"lookuplens-cli ips: could not write the IPs: No space left on device\n"_qs;
    QTest::newRow("report") << QStringList{u"report"_qs} << u"report-written"_qs
                            << u"lookuplens-cli report: the report could not be written: No space left on device\n"_qs;
}

void tst_Cli::anExportCutShortIsNeverRecorded()
{
    // Written to a full disk: the command fails in words, and the case's audit log does not
    // record an export that was never written whole.
    QFETCH(QStringList, arguments);
    QFETCH(QString, action);
    QFETCH(QString, said);
    const QString casePath = m_dir.filePath(u"full-disk.llcase"_qs);
    if (!QFile::exists(casePath))
        QCOMPARE(cli({u"demo"_qs, u"--case"_qs, casePath}).exitCode, 0);
    QProcess full;
    full.setStandardOutputFile(u"/dev/full"_qs);
    full.start(QStringLiteral(LL_CLI_PATH), QStringList{arguments.first(), u"--case"_qs, casePath} + arguments.mid(1));
    QVERIFY(full.waitForFinished(60000));
    QCOMPARE(full.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(full.readAllStandardError()), said);
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QCOMPARE(TestSupport::scalar(db->db(), u"SELECT count(*) FROM audit_log WHERE action = '%1'"_qs.arg(action)).toInt(), 0);
}

void tst_Cli::allocatesThroughJemalloc()
{
    // The build links jemalloc in place of glibc's malloc (README, "Memory allocator"); a linker
    // that drops libraries nothing calls by name would quietly undo that. Asked to, jemalloc
    // prints its statistics on exit: only a process that allocates through it can.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MALLOC_CONF"), QStringLiteral("stats_print:true"));
    process.setProcessEnvironment(env);
    const QString demoCase = m_dir.filePath(QStringLiteral("allocator.llcase"));
    process.start(QStringLiteral(LL_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--case"), demoCase});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(process.readAllStandardError().contains("Begin jemalloc statistics"), "lookuplens-cli does not run on jemalloc");
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"

void tst_Cli::anEncryptedZipTakesItsPasswordFromAFile()
{
    // A return zipped with a password (ZipCrypto), the password sent apart: asked for, a wrong
    // one said so, the right one read from a file or standard input (never the command line,
    // where others could read it), and never kept.
    const QString zip = dataPath(QStringLiteral("carrier/return-password.zip"));
    const QString casePath = m_dir.filePath(QStringLiteral("password.llcase"));
    const QStringList import{QStringLiteral("import"), QStringLiteral("--case"), casePath, QStringLiteral("--timezone"),
                             QStringLiteral("UTC")};
    const Run asked = cli(import + QStringList{zip});
    QCOMPARE(asked.exitCode, 1);
    QVERIFY2(asked.err.contains("ZIP entry \"LOG/calls.csv\" is encrypted with a password: give the password the "
                                "return was sent with; nothing in the ZIP was imported\n  give the password with "
                                "--password-file FILE (a password a line, each tried in turn)\n"),
             asked.err.constData());
    const Run wrong = cli(import + QStringList{QStringLiteral("--password-file"), QStringLiteral("-"), zip}, "wrong\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("LOG/calls.csv: the password given does not open the ZIP entry \"LOG/calls.csv\"\n"),
             wrong.err.constData());
    const QString passwordFile = TestSupport::writeFile(m_dir.filePath(QStringLiteral("password.txt")), "s3cret\r\n");
    const Run opened = cli(import + QStringList{QStringLiteral("--password-file"), passwordFile, zip});
    QCOMPARE(opened.exitCode, 0);
    QVERIFY2(opened.out.startsWith(QByteArray(zip.toUtf8() + " \xE2\x80\xBA LOG/calls.csv: 1 accepted, 0 rejected, 0 duplicate")),
             opened.out.constData());
    const Run sources = cli({QStringLiteral("sources"), QStringLiteral("--case"), casePath, QStringLiteral("--json")});
    QVERIFY2(!sources.out.contains("s3cret"), sources.out.constData());
    const Run empty = cli(import + QStringList{QStringLiteral("--password-file"), QStringLiteral("-"), zip}, "\n");
    QCOMPARE(empty.exitCode, 2); // refused: no password in it
    QVERIFY2(empty.err.contains("the password file - holds no password"), empty.err.constData());
    // "geheimé" as WinZip (Windows-1252) and 7-Zip (DOS code page 850) encrypt it with ZipCrypto:
    // typed as UTF-8, it opens both.
    for (const QString &name : {u"cp1252"_qs, u"cp850"_qs}) {
        const QString encoded = dataPath(u"carrier/return-password-%1.zip"_qs.arg(name));
        const QStringList into{u"import"_qs, u"--case"_qs, m_dir.filePath(name + u".llcase"_qs), u"--timezone"_qs, u"UTC"_qs,
                               u"--password-file"_qs, u"-"_qs, encoded};
        const Run accented = cli(into, "geheim\xC3\xA9\n");
        QVERIFY2(accented.exitCode == 0, accented.err.constData());
        QVERIFY2(accented.out.contains("LOG/calls.csv: 1 accepted, 0 rejected, 0 duplicate"), accented.out.constData());
        QCOMPARE(cli(into, "geheime\n").exitCode, 1); // without the accent it is no password of theirs
    }
}

void tst_Cli::aPasswordFileGivesAPasswordALine()
{
    // A return zipped in one password holding a workbook and a PDF in passwords of their own:
    // the password file gives each on a line (blank lines none), each tried on every encrypted
    // file; a file of more lines than passwords are sent with is refused, as likely no password file.
    const QString zip = dataPath(u"xlsx/return-three-passwords.zip"_qs);
    const QString casePath = m_dir.filePath(u"three-passwords.llcase"_qs);
    const QStringList import{u"import"_qs, u"--case"_qs, casePath, u"--timezone"_qs, u"UTC"_qs, u"--password-file"_qs};
    const Run zipOnly = cli(import + QStringList{u"-"_qs, zip}, "0utside\n");
    QCOMPARE(zipOnly.exitCode, 1);
    QVERIFY2(zipOnly.err.contains("LOG/ids-password.xlsx: the password given does not open the encrypted workbook\n"
                                  "  give the password with --password-file FILE (a password a line, each tried in turn)\n"),
             zipOnly.err.constData());
    const QString passwords = TestSupport::writeFile(m_dir.filePath(u"passwords.txt"_qs), "0utside\r\n\r\ns3cret\nsecret");
    const Run opened = cli(import + QStringList{passwords, zip});
    QVERIFY2(opened.exitCode == 0, opened.err.constData());
    QVERIFY2(opened.out.contains("LOG/cdr-sided-locked.pdf: 12 accepted, 0 rejected, 0 duplicate"), opened.out.constData());
    QVERIFY2(opened.out.contains("LOG/ids-password.xlsx: 6 accepted, 0 rejected, 0 duplicate"), opened.out.constData());
    QFile caseFile(casePath);
    QVERIFY(caseFile.open(QIODevice::ReadOnly));
    const QByteArray stored = caseFile.readAll();
    QVERIFY(!stored.contains("0utside") && !stored.contains("s3cret"));

    QByteArray many;
    for (int i = 1; i <= 17; ++i)
        many += "password " + QByteArray::number(i) + '\n';
    const Run tooMany = cli(import + QStringList{u"-"_qs, zip}, many);
    QCOMPARE(tooMany.exitCode, 2);
    QVERIFY2(tooMany.err.contains("the password file - holds more than 16 passwords (a password a line): give only those "
                                  "the returns were sent with"),
             tooMany.err.constData());
}
