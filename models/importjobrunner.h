#pragma once

// Private to the import job: the runner shared by importjob.cpp (tables) and
// importjobwhatsapp.cpp (WhatsApp returns). Not part of the models/ API.

#include "bulkindexes.h"
#include "casedatabase.h"
#include "earlierrecords.h"
#include "eventwriter.h"
#include "filehash.h"
#include "importjob.h"
#include "otherrecords.h"
#include "outsidestatedperiod.h"
#include "previewduplicates.h"
#include "shiftedrecords.h"
#include "tableimporter.h"
#include "whatsappcontainer.h"
#include "whatsappparser.h"
#include "zippedpage.h"
#include "zippedtables.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QHash>
#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class ReturnPageNotes;

namespace ImportJobPrivate {

bool execSql(QSqlDatabase db, const QString &sql, QString *error = nullptr);

/// What the sources table records about one imported document.
struct SourceInfo
{
    QString name;
    QString path;
    qint64 size = 0;
    QString sha256;
    QString format;
    QString timeZone;
    bool zoneDeclared = false;
    QJsonObject metadata;
    QString containerPath;
    QString containerSha256;
    QString part; ///< the worksheet, where the file gives several sources
};

/// Rows read and checked ahead of the writer, in file order.
struct ReadBatch
{
    struct Item
    {
        TableImporter::Outcome outcome;
        EventRecord event;
        RejectedRow rejected;
    };
    std::vector<Item> items;
    double progress = 0;   ///< the reader's position after the batch
    bool finished = false; ///< the batch ends with End or Fatal
};

class JobRunner
{
    Q_DECLARE_TR_FUNCTIONS(ImportJob)
public:
    JobRunner(const ImportParams &params, const ImportJob::ProgressFn &progress)
        : m_params(params), m_progress(progress)
    {
        m_clock.start();
        m_reader.setMaxThreadCount(1);
        m_reader.setExpiryTimeout(-1); // kept until the job ends
    }

    ImportResult run();

private:
    /// @brief importPath() in the region the file's numbers are declared in, or the case's.
    FileImportResult importFile(int index, const QString &path);
    FileImportResult importPath(int index, const QString &path);
    QString caseRegion() const;
    /// @brief How to read @p path: its own settings where the job has them, else the job's. A
    /// mapping profile's region is the file's (m_numberRegion) where the analyst declared none.
    std::optional<TableImporter::Options> importerOptions(const QString &path, QString *error);
    /// @param path the file as the analyst named it; @param readPath where it is read (a ZIP's
    /// table, its working copy)
    FileImportResult importTable(int index, const QString &path, const QString &readPath, const FileDigest &digest,
                                 const TableImporter::Options &options);
    /// @brief The file's parts opened (every worksheet with a header row, or the table), its
    /// progress reported as Preparing; none with @p error and what is @p missing where it cannot be
    /// read.
    std::vector<TableImporter::Opened> openParts(int index, const QString &path,
                                                 const QString &readPath,
                                                 const TableImporter::Options &options,
                                                 QString *error, TableImporter::Missing *missing);
    /// @brief A file no part of which opened: refused with @p error (its first rows as written
    /// where a dry run asks the analyst for a choice), or a PDF found in a folder left out.
    void refuseUnopened(const QString &readPath, QString error,
                        const TableImporter::Missing &missing, FileImportResult &file);
    /// @brief Reads every part in the file's savepoint (a dry run: its preview), kept only whole.
    void readParts(int index, const FileDigest &digest, std::vector<TableImporter::Opened> &parts,
                   const TableImporter::Options &options, FileImportResult &file);
    /// @brief A table inside a ZIP of tables (ZippedTables), named @p name: copied out and read
    /// as a table, its source naming its place in the ZIP and the ZIP's SHA-256.
    FileImportResult importZippedTable(int index, const QString &name, const ZippedTables::Place &place);
    /// @brief Imports a workbook Excel encrypted with a password, decrypted with the job's password
    /// into a working copy, its source the package inside the file as delivered.
    FileImportResult importEncryptedWorkbook(int index, const QString &path);
    /// @brief The SHA-256 and size of the ZIP at @p zipPath, hashed once for all its tables.
    std::optional<FileDigest> containerDigest(int index, const QString &name, const QString &zipPath, QString *error);
    /// @brief A working copy of the table at @p place, in the job's own folder; empty on failure.
    /// @p needsPassword: the entry is encrypted, and no password, or not its own, was given.
    QString copyOut(int index, const ZippedTables::Place &place, QString *error, bool *needsPassword);
    /// @brief What an import into a case whose handles an earlier version read otherwise is
    /// told (HandleRulesCheck), found at the first table file; empty for any other case.
    QString handleRulesWarning();
    /// @brief Marks the preview rows from @p from on that @p reader says are hidden, or hold a formula.
    static void markSheetPreviewRows(const TableReader &reader, qsizetype from, FileImportResult &result);
    /// @brief A working copy of the ZIP entry at @p place (inside a ZIP in it, if it is), decrypted
    /// with the job's password if it is encrypted, in @p dir.
    QString copyOutOfZip(const ZippedTables::Place &place, const QString &dir, QString *error, bool *needsPassword);
    /// @brief Decrypts the workbook Excel encrypted at @p path into @p dir with the job's password;
    /// what the decryption found goes to m_copyWarnings and m_copyMetadata.
    QString decryptWorkbook(const QString &path, const QString &dir, QString *error, bool *needsPassword);
    /// @brief Decompresses the compressed file at @p path into @p dir; what it left out (a .gz's
    /// trailing bytes) goes to m_copyWarnings and m_copyMetadata.
    QString decompress(const QString &path, const QString &dir, QString *error);
    /// @brief Where the ZIP or archive at @p zipPath was cut short: said with each table read
    /// out of it (m_copyWarnings, m_copyMetadata "container_damage"), found once for all of them.
    void noteContainerDamage(const QString &zipPath);
    /// @brief The working copy of the ZIP of tables inside a ZIP that @p place names, copied
    /// out and hashed once for all its tables; nullopt with @p error set if it cannot be.
    std::optional<std::pair<QString, FileDigest>> innerZipCopy(const ZippedTables::Place &place, QString *error,
                                                               bool *needsPassword);
    /// @brief Whether @p digest is of a file the case has, which is then refused in @p result.
    bool refuseIfImported(const QString &path, const FileDigest &digest, FileImportResult &result);
    bool importPart(int index, const FileDigest &digest, TableImporter::Opened &part, TableImporter::Options options,
                    FileImportResult &file);
    /// @brief The part opened again to be read with its times shown rounded (set in @p options);
    /// nullopt where its times are no spreadsheet day counts or show no rounding.
    static std::optional<TableImporter::Opened> readRoundedAsSuch(const TableImporter::Opened &part,
                                                                  TableImporter::Options &options);
    FileImportResult readPart(int index, const FileImportResult &file, const FileDigest &digest,
                              TableImporter &importer, const TableImporter::Options &options);
    /// @brief What a part's result says before it is read: its place, format, recognition,
    /// warnings and the day/month order it is read in.
    FileImportResult partResult(const FileImportResult &file, const TableImporter &importer,
                                const TableImporter::Options &options) const;
    /// @brief Reads the part as a dry run, keeping its records for the files read after it.
    void previewPart(int index, TableImporter &importer, FileImportResult &result);
    /// @brief Warns where the records of a part, dated from @p records' first to its second,
    /// run outside the period its lines above the header state (StatedPeriod).
    /// @brief Into @p metadata, for a file that joins several returns, each one's records
    /// (ReturnSpans); false, with @p error, where the case cannot be read.
    bool addReturnsRecords(const TableImporter &importer, qint64 sourceId, QJsonObject *metadata,
                           QString *error);
    static void warnOutsideStatedPeriod(const QJsonObject &metadata,
                                        const std::optional<std::pair<qint64, qint64>> &records,
                                        FileImportResult &result);
    SourceInfo sourceOf(const FileImportResult &file, const FileDigest &digest,
                        const TableImporter &importer) const;
    /// What writing a part left to keep if it is kept.
    struct PartWritten
    {
        bool ok = false;
        EventWriter::KnownHandles handles;
        std::vector<StoredDedupeKeys::Entry> newKeys;
        qint64 firstId = 0;
    };
    /// @brief Reads the part into the source @p sourceId; on failure @p result names why.
    PartWritten writePart(int index, TableImporter &importer, qint64 sourceId,
                          FileImportResult &result);
    /// @brief Writes the source's metadata again where reading it added to it.
    bool updateGrownMetadata(const TableImporter &importer, qint64 sourceId,
                             const QJsonObject &elsewhere, QString *error);
    /// @brief The handles and keys of a part kept, for the parts and files after it.
    void keepPartWritten(PartWritten written, bool lastFile);
    /// @brief Rolls back to @p savepoint, and forgets what m_jobRecords read of the rows gone.
    void rollBackTo(const QString &savepoint);
    static void addPart(const FileImportResult &part, FileImportResult &file, int previewRows, int rejectedRows);
    /// @brief The worksheets of @p file left out as damaged where stored, named with why in its
    /// warnings and on the sources of the worksheets read; false (the file failing as the first
    /// of them did) when no worksheet was read, or with @p error set.
    bool nameDamagedParts(FileImportResult &file);
    /// @brief The day/month order the worksheet @p worksheet of @p file was read in, if settled.
    static DateOrder settledOrderOf(const FileImportResult &file, const QString &worksheet);
    /// @brief Sets @p options' day/month order to the one @p probe's remaining rows settle, with
    /// the line that settles it; Unknown where none does.
    static void settleDateOrder(TableImporter &probe, TableImporter::Options &options);
    /// @brief Settles from the whole part what its first reading, @p read, stopped for (the
    /// day/month order, the durations' decimal mark) into @p options; whether it did.
    static bool settleFromData(const FileImportResult &read, const TableImporter::Opened &part,
                               const FileImportResult &file, TableImporter::Options &options);
    static QString recognitionOfParts(const QList<PartImportResult> &parts);
    bool readFile(TableImporter &importer, EventWriter *writer, FileImportResult &result, int index);
    enum class BatchEnd { More, End, Fatal, Failed };
    /// @brief Reads the rows in batches on a helper thread while this one writes (or previews)
    /// the batch before; how the last batch ended.
    BatchEnd readAndWrite(TableImporter &importer, EventWriter *writer, FileImportResult &result,
                          int index);
    /// @brief What reading found further down the file: returns joined into it, its notes.
    static void takeLaterFindings(const TableImporter &importer, FileImportResult &result);
    /// @brief The error that ended the reading, with what the analyst may declare for it.
    void takeFatal(const TableImporter &importer, const EventWriter *writer,
                   FileImportResult &result);
    BatchEnd writeBatch(ReadBatch &batch, EventWriter *writer, FileImportResult &result, int index, qint64 limit);
    bool writeOne(ReadBatch::Item &item, EventWriter *writer, FileImportResult &result);
    static EventWriter::Outcome outcomeOf(const PreviewFate &fate);
    static PreviewFate fateOf(EventWriter::Outcome written);
    /// @brief A dry run's @p fate of a row the preview shows, naming the case's event it repeats.
    PreviewFate shownFate(PreviewFate fate, const EventRecord &event);
    std::optional<qint64> insertSource(const SourceInfo &source, QString *error);
    /// @brief A source's @p metadata as stored: with the region its numbers were read in, where declared.
    QJsonObject keptMetadata(QJsonObject metadata) const;
    FileImportResult importWhatsApp(int index, const QString &path, const FileDigest &digest);
    /// The return a WhatsApp records page came in.
    struct WhatsAppReturn
    {
        const QString &path;
        const FileDigest &digest;
        QList<qint64> *sources; ///< the sources written for it, each page's added
        const ContainerDamage &damage; ///< WhatsAppReturnContents::damage, kept on each source
        ReturnZip *zip;         ///< the return's ZIP, opened once for all its pages read out of it
        ReturnPageNotes *said;  ///< what its pages say of their records, said once for it
    };
    /// A delivery's page being read, its records stored as they are read.
    struct WhatsAppPage
    {
        const ContainerDocument &document;
        const WhatsAppReturn &from;
        FileImportResult &total; ///< of the return
        WhatsAppDocument &read; ///< the page as read so far: its encoding, its request parameters
        FileImportResult counts = {}; ///< the page's own
        std::optional<qint64> sourceId = {}; ///< once its first record is read (none in a dry run)
        QJsonObject metadata = {}; ///< the source's, as it was written
        std::optional<EventWriter> writer = {};
        QString error = {}; ///< why a record could not be stored
        /// @brief Its place inside the return ("delivery-2.zip › records.html"); empty for a bare page.
        QString inner() const;
    };
    enum class PageEnd { Stored, Unread, Failed };
    /// @brief Reads the page of @p document, storing each record as it is read; a page that
    /// cannot be read to its end is let go (Unread, why in @p unreadable). Failed on an error, or
    /// when @p progress (told how far the page is read, 0..1) says to stop.
    PageEnd readWhatsAppPage(const WhatsAppParser &parser, const ContainerDocument &document, const WhatsAppReturn &from,
                             FileImportResult &total, const std::function<bool(double)> &progress, QString *unreadable);
    /// @brief Reads the page into @p page.read, each record handed to @p sink; page.error says
    /// why when it cannot be opened, or was changed since it was checked.
    void readPage(const WhatsAppParser &parser, WhatsAppPage &page, const WhatsAppParser::Sink &sink,
                  const std::function<bool(double)> &progress);
    QJsonObject pageMetadata(const WhatsAppPage &page) const;
    /// @brief Writes the page's source, before its first record (or at its end, if it has none).
    bool startPageSource(WhatsAppPage &page);
    bool storePageEvent(WhatsAppPage &page, const EventRecord &event);
    /// @brief Notes @p call, a WhatsApp call, where it reads more fully than the earlier reading
    /// it repeats (more events, an accept or a duration it lacks): the event it was linked to
    /// (@p written), or in a dry run (@p fate) the job's earlier reading or the case's event.
    void compareCallReadings(WhatsAppPage &page, const EventRecord &call,
                             EventWriter::Outcome written, const PreviewFate &fate);
    /// @brief The case's event whose @p column ("id", "dedupe_key") is @p value: its id and what
    /// it says of its call.
    std::optional<std::pair<qint64, WhatsAppCallNotes::Reading>>
    storedCall(const QString &column, const QVariant &value) const;
    bool storePageRejected(WhatsAppPage &page, const RejectedRow &row);
    /// @brief Whether a preview (a dry run told to stop after its first rows) has read them all
    /// with @p rowsRead of a file read.
    bool previewRowsRead(qint64 rowsRead) const;
    /// @brief The rows a dry run reads of the file being read; 0 for all of it (an import, or a
    /// file before ImportParams::readWholeBefore).
    qint64 previewLimit() const;
    /// @brief The same, @p page's own rows counted with those of the pages before it.
    bool previewRowsRead(const WhatsAppPage &page) const;
    /// @brief The page read to its end: its counts added to the return's, its source finished.
    bool finishPage(WhatsAppPage &page);
    /// @brief Reads the pages of a return's deliveries into sources of their own; a page that
    /// cannot be read is named in @p unread, unless it is the return's only one. False on failure.
    bool readDeliveries(int index, const QList<ContainerDocument> &documents, const WhatsAppReturn &from,
                        QJsonArray &unread, FileImportResult &result);
    /// @brief Names the delivery @p name, which cannot be read for @p reason, in @p unread and
    /// in the warnings of @p result.
    void noteUnreadDelivery(const ContainerDocument &document, const QString &reason, QJsonArray &unread,
                            FileImportResult &result);
    /// @brief Writes @p unread into the metadata of each of @p sources (unread_deliveries).
    bool nameUnreadDeliveries(const QList<qint64> &sources, const QJsonArray &unread, QString *error);
    /// @brief The source's figures and the span of its records (@p records, as its writer wrote
    /// them), and the import of it in the audit log.
    bool finishSource(qint64 sourceId, const FileImportResult &result,
                      const std::optional<std::pair<qint64, qint64>> &records, QString *error);
    /// @brief Warns in @p result where other sources hold the part's records at another time
    /// (ShiftedRecords) or as their own records of the same communications (RecordedTwice);
    /// returns the findings as the source's metadata keeps them.
    QJsonObject noteRecordsElsewhere(const TableImporter &importer, qint64 sourceId, FileImportResult &result);
    /// @brief Warns in @p result where another source holds the part's records at another time.
    std::optional<ShiftedRecords::Finding> noteShiftedRecords(const TableImporter &importer, OtherRecords &others,
                                                              FileImportResult &result);
    /// @brief Whether a dry run keeps the records of the part being read for the files after it
    /// (EarlierRecords): files read whole before the last.
    bool keepsEarlierRecords() const;
    /// @brief The part read, as the case's sources describe it for the checks of records found elsewhere.
    ShiftedRecords::OtherSource describedSource(const TableImporter &importer, const QString &path) const;
    bool updateMetadata(qint64 sourceId, const QJsonObject &metadata, QString *error);
    QString existingSource(const QString &sha256);
    bool reportProgress(int index, const QString &path, double fraction, bool force = false);
    void reportIfQuiet();
    bool repeatLastReport(bool onlyIfQuiet);
    /// @brief Reports the last place again now, in the stage the job has just entered.
    bool reportNewStage();
    /// @brief Enters @p stage at the file's start: the heartbeat repeats no place of the stage
    /// before (a preparation's reading ends at 1, where the rows' reading begins at 0).
    void startStageAtFileStart(ImportProgress::Stage stage);
    static int sqliteProgress(void *runner);
    qint64 totalInputBytes() const;
    qint64 caseSourceBytes() const;
    bool isCaseFile(const QString &path) const;
    bool useRollbackJournal();
    /// @brief Opens the case, or creates it (@p created) unless this is a dry run; false with
    /// @p error where neither can be done.
    bool openCase(bool *created, QString *error);
    /// @brief Reads every file, writing nothing.
    ImportResult runDry();
    /// @brief Reads every file and writes it in one transaction, kept only whole.
    ImportResult runWriting(bool created);
    void prepareConnection(bool bulk);
    void restoreConnection(bool bulk, bool rollbackJournal);
    /// Begins the job's transaction, waiting while another connection writes (Stage::Waiting).
    bool beginWhenFree(QString *error);
    /// @brief Sets indexes aside until the end (BulkIndexes), noting which events are this job's.
    void beginBulk();
    bool finishBulk(QString *error);
    /// @brief Commits the job's writing, or rolls it all back where it was cancelled or
    /// failed (@p result says which); whether it was kept.
    bool endTransaction(bool bulk, ImportResult *result);

    const ImportParams &m_params;
    const ImportJob::ProgressFn &m_progress;
    std::unique_ptr<CaseDatabase> m_case;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1000;
    std::atomic<ImportProgress::Stage> m_stage = ImportProgress::Stage::Reading;
    /// While Waiting: the CaseWriters::Work this process holds the case for, or -1 (another program).
    std::atomic<int> m_waitingFor = -1;
    std::atomic<qint64> m_rows = 0;
    std::atomic_bool m_cancelled = false; ///< set by reportProgress, also from the heartbeat
    std::mutex m_reportMutex;
    /// The job's transaction has ended, or it was cancelled: nothing more is reported (the
    /// heartbeat went on to the job's last instant, telling of work done once the case was back
    /// in WAL mode, or deleted). Guarded by m_reportMutex.
    bool m_reportsEnded = false;
    int m_fileIndex = 0;     ///< of the file being read, in the job's list
    QString m_numberRegion;  ///< the region the file's numbers without a country code are read in
    int m_lastIndex = 0;     ///< what the last report was about, for the heartbeat (m_reportMutex)
    QString m_lastPath;
    double m_lastFraction = 0;
    std::optional<BulkIndexes> m_bulkIndexes; ///< a bulk job's indexes, dropped and rebuilt
    std::optional<JobRecords> m_jobRecords; ///< a bulk job's records, for the checks of records found elsewhere
    /// The one thread that reads the job's rows a batch ahead of the writing (readFile): a
    /// thread started per batch cost its start, a fresh stack and allocator cache each time.
    QThreadPool m_reader;
    std::optional<PreviewDuplicates> m_preview; ///< a dry run's stand-in for duplicate look-ups
    /// A dry run's WhatsApp calls read as events of their own, by key: what a later reading of one
    /// is compared with (WhatsAppCallNotes::Reading).
    QHash<QString, WhatsAppCallNotes::Reading> m_previewCalls;
    std::optional<QString> m_handleRulesWarning; ///< handleRulesWarning(), once found
    ShiftedRecords::Sample m_sample; ///< the records of the part being read, for noteRecordsElsewhere()
    /// A dry run's part's first and last record, as EventWriter::recordsSpan() would keep them.
    std::optional<std::pair<qint64, qint64>> m_previewSpan;
    /// The part's records dated outside the period their return states, written or previewed.
    OutsideStatedPeriod m_outside;
    std::shared_ptr<NormalizedSpellings> m_spellings = std::make_shared<NormalizedSpellings>(); ///< shared by the job's files
    /// The handles the job's table files stored or found, which each part's writer starts from
    /// rather than asking the case for each again (a fifth of a 100-file import's time). Lent to
    /// the writer and taken back, never copied: a copy for each file cost time in proportion to
    /// the handles known, a quadratic import of thousands of files. A part or file rolled back
    /// forgets them all (forgetKnownHandles()): what the case holds is then asked again.
    EventWriter::KnownHandles m_knownHandles;
    /// @brief What the writer of the part to come starts from (EventWriter::startFrom), taken.
    EventWriter::KnownHandles takeKnownHandles();
    /// @brief After a rollback: handles stored by what was rolled back may be known, wrongly.
    void forgetKnownHandles() { m_knownHandles = {}; }
    /// Why the part just read failed, where that was its own stored bytes damaged (its ZIP entry
    /// failing its CRC-32): TableReader::storedPartDamaged(). Empty otherwise.
    QString m_partDamage;
    /// The file's parts left out so, each as it was read (its failure) and why.
    QList<std::pair<FileImportResult, QString>> m_damagedParts;
    /// A dry run's records of the files read, for the checks of the files after them.
    std::optional<EarlierRecords> m_earlier;
    qint64 m_earlierSource = -1; ///< the part being read, kept in m_earlier; -1 when not kept
    /// The ZIP the table being read was copied out of, for its source.
    struct Container
    {
        QString path;
        QString sha256;
        QString placeName; ///< "return.zip › LOG/calls.csv"
        /// The ZIP inside it the document was read from, where it was one (metadata.inner_zip):
        /// its entry, size and SHA-256.
        QJsonObject innerZip;
        /// How the table was taken out of it, where that left something out (bytes after a
        /// .gz's data): warned, and kept in the source's metadata.
        QStringList warnings;
        QJsonObject metadata;
    };
    /// @brief The container of the table at @p place: the ZIP (its SHA-256 @p sha256), the
    /// table's place in it, and the ZIP inside it the table came from, if any.
    Container containerOf(const ZippedTables::Place &place, const QString &sha256) const;
    /// @brief A working copy of a table taken out of its container (a ZIP's entry, a decrypted
    /// package), or why there is none.
    struct Copy
    {
        QString path;
        QString error;
        bool needsPassword = false;
    };
    /// @brief Forgets what the last copy left out (m_copyWarnings, m_copyMetadata).
    void startCopy();
    /// @brief Imports @p copy as the table @p name, its source naming the @p container it came out of.
    FileImportResult importCopy(int index, const QString &name, const Copy &copy, const std::function<Container()> &container);
    /// @brief The importer's metadata, with the ZIP inside the container it was read from.
    QJsonObject sourceMetadata(const TableImporter &importer) const;
    std::optional<Container> m_container;
    /// What copyOut() left out of the table's container, for containerOf().
    QStringList m_copyWarnings;
    QJsonObject m_copyMetadata;
    bool m_copyCutShort = false; ///< the copy holds what the compressed file held up to a cut
    QHash<QString, FileDigest> m_containerDigests; ///< each ZIP hashed once, for all its tables
    QHash<QString, ContainerDamage> m_containerDamage; ///< how each ZIP or archive was cut short; whole if not
    std::optional<QTemporaryDir> m_workDir;        ///< the working copies of zipped tables
    /// A ZIP of tables inside a ZIP: its working copy and digest, by its place.
    QHash<QString, std::pair<QString, FileDigest>> m_innerZipCopies;
    QHash<QString, QString> m_innerZipEncryption; ///< how such a ZIP was encrypted in the ZIP around it, if it was
};

} // namespace ImportJobPrivate
