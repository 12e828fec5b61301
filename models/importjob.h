#pragma once

#include "casewriters.h"
#include "eventrecord.h"
#include "tableformat.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class CaseDatabase;

/// @brief How to read a file, as the analyst chose it.
struct ReadSettings
{
    QString format = QStringLiteral("auto");
    QString timeZone; ///< the zone declared for unmarked times; empty if none
    DateOrder dateOrder = DateOrder::Unknown;
    std::optional<TableFormat> profile; ///< a column mapping, in place of recognition
    bool readContinuedWorksheets = false; ///< TableImporter::Options::readContinuedWorksheets
    QString subscriber = QString(); ///< TableImporter::Options::subscriber: whose side the records are, declared
    QString timestampFormat = QString(); ///< TableImporter::Options::timestampFormat: a count the times are written as
    /// The region (ISO 3166, "DE") whose numbers the file writes without a country code, declared
    /// for it: a German carrier's "0171 2345678" in a case of US returns. Empty: the case's.
    QString numberRegion = QString();
    /// The durations' decimal mark, declared for durations like "1.234" the file does not settle.
    DecimalMark decimalMark = DecimalMark::Unknown;
};

/// @brief What to import, and how. A plain value: safe to hand to a worker thread.
struct ImportParams
{
    QString casePath;
    QStringList files;
    QString format = QStringLiteral("auto");
    QString timeZone;                       ///< the zone the analyst declared; empty if none
    QString region = QStringLiteral("US");  ///< used only when the case is created
    QString numberRegion;                   ///< ReadSettings::numberRegion for every file; empty: the case's region
    QString profilePath;                    ///< an analyst's JSON mapping profile; replaces recognition
    std::optional<TableFormat> profile;     ///< the same, already loaded (the import dialog's mapping)
    /// A file's own settings (the import dialog's, chosen file by file), in place of the job's
    /// format, timeZone, dateOrder, profile and profilePath for that file.
    QHash<QString, ReadSettings> perFile;
    int stopAfterRows = 0;                  ///< dry run only: stop reading a file after this many rows (0: all)
    /// Dry run only: the files before this index are read to their end whatever stopAfterRows
    /// says. The import dialog previews a file after the files dropped before it, which the
    /// import will have stored by then: a record of theirs it repeats is shown a duplicate.
    int readWholeBefore = 0;
    DateOrder dateOrder = DateOrder::Unknown; ///< declared day/month order, if any
    DecimalMark decimalMark = DecimalMark::Unknown; ///< declared decimal mark of durations, if any
    bool allowDuplicate = false;
    bool readContinuedWorksheets = false;   ///< TableImporter::Options::readContinuedWorksheets
    QString subscriber;                     ///< TableImporter::Options::subscriber, for every file
    QString timestampFormat;                ///< TableImporter::Options::timestampFormat, for every file
    /// Files found in a folder or ZIP the analyst named, not named themselves: a PDF among them
    /// that gives no table (a letter beside the records) is left out, saying why, not a failure.
    QSet<QString> foundFiles;
    bool dryRun = false;                    ///< read and report; write nothing
    /// The passwords of ZIPs whose entries are encrypted, of workbooks Excel encrypted and of
    /// PDFs locked, as returns are sent (the passwords given apart): each tried in turn on every
    /// encrypted file of the job, so that a ZIP in one password may hold a workbook in another.
    /// Never written to the case or its log.
    QStringList passwords;
    int previewRows = 20;                   ///< events kept for display
    /// Rejected rows kept for display (-1: previewRows). The CLI lists a thousand; events it
    /// shows only from a dry run, and a thousand kept per file took 60 MB of a 120-file import.
    int rejectedRowsShown = -1;
    int rejectedRowsKept() const { return rejectedRowsShown < 0 ? previewRows : rejectedRowsShown; }
    /// Input size from which secondary indexes may be rebuilt once instead of grown row by row
    /// (ImportJob::rebuildsIndexes says when they are).
    qint64 bulkThresholdBytes = 1024 * 1024;
    /// The most events a case may hold before a bulk import for their fields to be held in memory
    /// with the import's, for the checks of records found elsewhere (JobRecords), and their
    /// duplicate keys for its look-ups of duplicates (StoredDedupeKeys) while its dedupe index
    /// is dropped; more, they are read from the case.
    qint64 mostEventsHeldBefore = 2'000'000;

    /// @brief How @p path is to be read: its own settings, or the job's (a profile named by
    /// path is not loaded here).
    ReadSettings settingsOf(const QString &path) const
    {
        return perFile.value(path, ReadSettings{format, timeZone, dateOrder, profile,
                                                readContinuedWorksheets, subscriber,
                                                timestampFormat, numberRegion, decimalMark});
    }
};

struct ImportProgress
{
    int fileIndex = 0;
    int fileCount = 0;
    QString file;
    double fileFraction = 0; ///< 0..1 of the current file
    qint64 rows = 0;         ///< rows read so far in the whole job
    double rowsPerSecond = 0;
    double secondsLeft = -1; ///< estimate; negative while unknown
    /// Preparing: a reader's own program reads the file before its rows can be (a PDF's pages
    /// laid out), fileFraction how far it has got. Checking: a return's pages are checked in its
    /// ZIPs (CRC-32, SHA-256) before the first is read, fileFraction how far into its file.
    /// Waiting: another program (lookuplens-cli, a window) is importing into the case; this
    /// job begins when it has finished.
    /// Opening: the case is opened or made, before the first file (a large case's recovery, or
    /// a new case's first sync behind other writes to the disk, can take a while).
    /// Comparing: the file's rows are read; a sample of its records is looked for in the case's
    /// other sources (records found shifted in time, or recorded twice), which first reads the
    /// case's records where the job holds them.
    enum class Stage { Hashing, Preparing, Checking, Reading, Finishing, Waiting, Opening, Comparing } stage = Stage::Reading;
    /// While Waiting: the work a connection of this very process holds the case for (its
    /// geolocation of new IPs, say); none where the holder is another program.
    std::optional<CaseWriters::Work> waitingFor;
};

/// @brief What a row read becomes: an event of its own, or a link to one already there.
struct PreviewFate
{
    enum Kind { NewEvent, Duplicate, CallLeg };
    Kind kind = NewEvent;
    int line = 0; ///< the line it repeats or continues, of this file or an earlier file of the job; 0 for the case's
    QString part; ///< the part of the file that line is in, when another part's (a worksheet, a delivery's page)
    /// The earlier file of the job that line is in (PlaceName::shortName), when not this one:
    /// returns dropped together, the later repeating the earlier's records.
    QString file;
    /// The row itself is hidden or filtered out where it was read (TableReader::hiddenRows):
    /// read as every row is, but not what a spreadsheet program shows.
    bool hiddenInSheet = false;
    /// A cell of the row is a formula's saved result (TableReader::formulaRows), not a value
    /// written as it stands.
    bool formula = false;
    /// A cell of the row is a formula the file saved no result for, read as empty.
    bool formulaWithoutResult = false;
    /// The case's event it repeats, where named (PreviewDuplicates::nameStored), with the
    /// source it was stored from (its name as shown) and its line there.
    qint64 eventId = 0;
    QString eventSource{};
    int eventLine = 0;
};

/// @brief One source of a file that gives several: a workbook's worksheet, say.
struct PartImportResult
{
    QString name;     ///< the worksheet's
    qint64 sourceId = -1;
    QString format;
    QString recognition; ///< why this format, not naming the worksheet
    int rowsRead = 0;
    int accepted = 0;
    ClassCounts acceptedByClass{};
    int rejected = 0;
    int duplicate = 0;
    QString dateOrder; ///< "dmy" or "mdy" when slash dates were read
    QString continues; ///< the worksheet before, whose records this one goes on from without a header row
    bool array = false; ///< it is an array of a JSON file's records, not a worksheet
};

/// @brief Where the data settled a file's day/month order: the first line whose date can be
/// read one way only (TableImporter::Options::dateOrderLine).
struct OrderSettled
{
    QString order; ///< "dmy" or "mdy"
    int line = 0;  ///< 0: not settled by the data (declared, written in a header, or not asked)
    QString text;  ///< that line's time as written
    QString part;  ///< its worksheet, where the file gives several sources
    bool partIsArray = false; ///< the part is an array of a JSON file's records
    /// @brief As the analyst reads it, naming the line; empty if the data did not settle it.
    QString note() const;
};

struct FileImportResult
{
    QString path;
    /// The worksheet read, while a file that gives several sources is read (names it in
    /// messages), and once read the one that failed, if one did; empty otherwise.
    QString part;
    bool partIsArray = false; ///< the part is an array of a JSON file's records, not a worksheet
    /// While a worksheet going on from the records before it without a header row is read
    /// (PartImportResult::continues), the worksheet before it.
    QString continues;
    /// Each source of a workbook whose several worksheets have a header row: every one is read,
    /// a source of its own. Empty for a file that gives one source (the totals are its).
    QList<PartImportResult> parts;
    bool ok = false;
    QString error;     ///< "FILE:LINE: reason" or "FILE: reason" when the file failed
    /// "FILE: left out: why" for a PDF found in a folder or ZIP that gives no table, or a JSON or
    /// XML file found in an archive that holds none (ImportParams::foundFiles); ok, with no source.
    QString leftOut;
    bool needsTimeZone = false; ///< failed only because no zone was stated or declared
    /// Where the zone is asked for: a line above the header that speaks of one ("All times are
    /// UTC", "Zeitzone: MEZ"), its number and text, for the analyst to read. Never read as the zone:
    /// words around the records are no statement of the records' own.
    int zoneWordsLine = 0;
    QString zoneWordsAbove;
    bool needsDateOrder = false; ///< failed because the day/month order is not settled
    bool needsDecimalMark = false; ///< failed because a duration like "1.234" settles no decimal mark
    bool needsMapping = false;   ///< failed because no header row of the format asked for was found
    bool needsSubscriber = false; ///< failed because one subscriber's records name no subscriber
    bool needsFormat = false;     ///< failed because its header fits formats of two evidence classes
    bool alreadyImported = false; ///< refused: the case holds a file of the same SHA-256
    bool needsPassword = false;   ///< refused: encrypted (a ZIP's entries, a workbook) and no password, or not its own, was given
    QString dateOrder;           ///< "dmy" or "mdy" when slash dates were read
    OrderSettled orderSettled; ///< of the first part whose order the data settled
    /// The durations the decimal mark decided, as a source's metadata "duration_decimal_mark"
    /// keeps them (the first part's with any); empty where none was.
    QJsonObject decimalMark;
    QString format;
    QString recognition;
    QString timeZone;
    qint64 sourceId = -1;
    int rowsRead = 0;
    int accepted = 0;
    ClassCounts acceptedByClass{}; ///< the accepted rows' events, by class
    int rejected = 0;
    int duplicate = 0; ///< rows linked to an event already stored: repeats and call legs
    int callLegs = 0;  ///< of the duplicates, further switch legs of one call
    QList<int> laterReturnLines; ///< header rows of further returns joined into the file
    QStringList warnings; ///< what was left out of an imported file (a workbook's other worksheets)
    /// Another source holding records of this file at other times (ShiftedRecords), where this
    /// file's zone was declared and the other's is one the analyst could declare instead: its
    /// name and that zone. Empty otherwise.
    QString shiftedSource;
    QString shiftedSourceZone;
    /// Another source holding records of this file with day and month swapped, where this
    /// file's day/month order was declared: its name, and the other order ("dmy" or "mdy").
    QString swappedSource;
    QString swappedToOrder;
    QStringList notes;    ///< how the file was read that loses nothing (its blank lines): said, not warned
    /// Worksheets left out that have no header row but could go on from the records before
    /// them: ReadSettings::readContinuedWorksheets reads them so.
    QStringList continuableWorksheets;
    QString timestampFormat; ///< declared for the file (ReadSettings::timestampFormat), empty if none
    QString numberRegion;    ///< declared for the file (ReadSettings::numberRegion) where not the case's region; empty otherwise
    /// None declared: a format the times rejected as unreadable look written in ("excel", "unix",
    /// "unix-ms"), which ReadSettings::timestampFormat declares; empty otherwise.
    QString timestampFormatItMayBe;
    QList<EventRecord> preview;
    QList<PreviewFate> previewFates; ///< what each preview row becomes
    QStringList previewParts; ///< the part each preview row is in (a worksheet, a delivery's page), if any
    void countAccepted(EvidenceClass evidenceClass)
    {
        ++accepted;
        ++acceptedByClass[size_t(evidenceClass)];
    }
    void addPreview(EventRecord event, PreviewFate fate)
    {
        preview.append(std::move(event));
        previewFates.append(fate);
        previewParts.append(part);
    }
    /// @brief Where preview row @p i was read: "records.xlsx:12", or "records.xlsx › Calls:12"
    /// for a row of one of several worksheets read (of a delivery's page in a container alike).
    QString previewPlace(qsizetype i) const;
    /// @brief A reason as it names the worksheet read when there are several:
    /// `the worksheet "Calls": <reason>`.
    QString inPart(const QString &reason) const;
    QList<RejectedRow> rejectedRows; ///< the first ImportParams::rejectedRowsKept() of them
    /// A dry run's first previewRows rows as written, when the file waits for a choice only the
    /// analyst can make (its zone, its day/month order, a column mapping) and no row can be shown
    /// as stored: the file's own words (a metadata block naming the zone, say) help make it.
    QList<TableRow> rowsAsWritten;
};

struct ImportResult
{
    QList<FileImportResult> files;
    bool cancelled = false;
    QString error; ///< a failure of the case itself (cannot open, cannot commit)
    bool rebuiltIndexes = false; ///< sorted once at the end rather than grown row by row
    bool allOk() const;
};

/// @brief Imports files into a case in one transaction, a savepoint per file: a file that
/// fails is rolled back alone; a cancel or a case failure rolls back the whole job.
/// Runs on any thread; opens its own connection, and uses helper threads of its own (rows are
/// read one batch ahead; a heartbeat reports during index sorts and the commit). @p progress
/// is called about every 100 ms, never twice at once, but not always from the same thread;
/// it returns false to cancel.
class ImportJob final
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    using ProgressFn = std::function<bool(const ImportProgress &)>;
    static ImportResult run(const ImportParams &params, const ProgressFn &progress = {});
    /// @brief Whether an import of @p inputBytes rebuilds the case's secondary indexes once
    /// rather than growing them row by row: from @p minimumBytes on, when the input is a tenth
    /// or more of the files the case already holds (@p caseSourceBytes).
    static bool rebuildsIndexes(qint64 inputBytes, qint64 caseSourceBytes, qint64 minimumBytes);
    static QString importerVersion();
    /// @brief What the import does with the further returns a file joins, in words.
    static QString joinedReturnsNote(const QList<int> &headerLines);
    /// @brief Says that the delivery @p name of a WhatsApp return cannot be read, and why, with
    /// the SHA-256 of its ZIP as packed in the return (@p sha256), where it was whole there.
    static QString unreadDeliveryNote(const QString &name, const QString &reason, const QString &sha256 = {});
    /// @brief What a preview row becomes, in words: "new event", "duplicate of line 12", …
    static QString fateText(const PreviewFate &fate);
};
