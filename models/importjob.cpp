// An import job from start to end: the case opened or created, each file found, hashed and
// dispatched to its reader (tables and workbooks, encrypted ones, WhatsApp returns, tables in
// ZIPs and archives), all in one transaction kept only whole, with the indexes set aside and
// rebuilt for a bulk import. A file's rows are read in importjobrows.cpp.
#include "importjob.h"

#include "archivefile.h"
#include "decompressedtars.h"
#include "caseschema.h"
#include "casewriters.h"
#include "encryptedworkbook.h"
#include "handlenormalizer.h"
#include "importjobrunner.h"
#include "referencecheck.h"
#include "sqlerrortext.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

using namespace ImportJobPrivate;

bool ImportJobPrivate::execSql(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = sqlErrorText(query.lastError());
    return false;
}


namespace {

/// Calls @p beat every 25 ms on a thread of its own until destroyed.
class Heartbeat
{
    Q_DISABLE_COPY_MOVE(Heartbeat)
public:
    explicit Heartbeat(std::function<void()> beat)
        : m_thread([this, beat = std::move(beat)]() {
              std::unique_lock lock(m_mutex);
              while (!m_wake.wait_for(lock, std::chrono::milliseconds(25), [this]() { return m_done; })) {
                  lock.unlock();
                  beat();
                  lock.lock();
              }
          })
    {
    }
    ~Heartbeat()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread; // last: starts once the members it uses exist
};

} // namespace

ImportResult JobRunner::run()
{
    // Some steps report nothing for a while (a batch of rows spilling SQLite's cache to disk,
    // an index sort, the commit): a heartbeat repeats the last report meanwhile, so the analyst
    // sees the job alive, and can cancel it, to its last second.
    const Heartbeat heartbeat([this]() { reportIfQuiet(); });
    const DecompressedTars::Keep keepTars; // a compressed archive cut short decompressed once, not once per table
    // Said at once, and repeated by the heartbeat while the case opens: the first report came
    // only with the first file (10M rows in 100 files just written: 340 ms after the start).
    m_stage = ImportProgress::Stage::Opening;
    reportProgress(0, m_params.files.value(0), 0, true);
    ImportResult result;
    bool created = false;
    if (!openCase(&created, &result.error))
        return result;
    return m_params.dryRun ? runDry() : runWriting(created);
}

bool JobRunner::openCase(bool *created, QString *error)
{
    if (QFileInfo::exists(m_params.casePath)) {
        const auto access = m_params.dryRun ? CaseDatabase::Access::ReadOnly : CaseDatabase::Access::ReadWrite;
        m_case = CaseDatabase::open(m_params.casePath, access, error);
    } else if (!m_params.dryRun) {
        m_case = CaseDatabase::create(m_params.casePath, m_params.region, error);
        *created = true;
    }
    // A dry run into a case not made yet previews against none.
    return m_case || (m_params.dryRun && !QFileInfo::exists(m_params.casePath));
}

ImportResult JobRunner::runDry()
{
    ImportResult result;
    m_preview.emplace(m_case ? m_case->db() : QSqlDatabase());
    if (m_params.files.size() > 1)
        m_earlier.emplace();
    for (int i = 0; i < m_params.files.size() && !m_cancelled; ++i)
        result.files.append(importFile(i, m_params.files.at(i)));
    result.cancelled = m_cancelled;
    return result;
}

ImportResult JobRunner::runWriting(bool created)
{
    ImportResult result;
    const bool bulk = ImportJob::rebuildsIndexes(totalInputBytes(), caseSourceBytes(), m_params.bulkThresholdBytes);
    result.rebuiltIndexes = bulk;
    const bool rollbackJournal = created && bulk && useRollbackJournal();
    prepareConnection(bulk);
    QString error;
    if (!beginWhenFree(&error)) {
        if (m_cancelled)
            result.cancelled = true;
        else
            result.error = tr("%1: the case is busy or locked: %2").arg(m_params.casePath, error);
        return result;
    }
    // Another of this process's writers waiting for the case says it waits for this import.
    std::optional<CaseWriters::Holding> holding(std::in_place, m_params.casePath, CaseWriters::Work::Import);
    // Long statements (index rebuilds, the commit) report progress and can be cancelled too.
    sqlite3 *handle = SqliteStatement::handleOf(m_case->db());
    sqlite3_progress_handler(handle, 20000, &JobRunner::sqliteProgress, this);
    if (bulk)
        beginBulk();
    for (int i = 0; i < m_params.files.size() && !m_cancelled; ++i)
        result.files.append(importFile(i, m_params.files.at(i)));
    m_stage = ImportProgress::Stage::Finishing;
    // Said at once: the bar stood at 100 %, "about 0 s left", through a minute of index building.
    if (!m_cancelled)
        reportNewStage();
    const bool kept = endTransaction(bulk, &result);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    {
        std::lock_guard lock(m_reportMutex); // a report under way ends first
        m_reportsEnded = true;
    }
    holding.reset();
    restoreConnection(bulk, rollbackJournal);
    const bool anyImported = std::any_of(result.files.cbegin(), result.files.cend(),
                                         [](const FileImportResult &f) { return f.ok; });
    if (created && (!kept || !anyImported)) {
        // A case this job created holds nothing worth keeping: leave no file behind (nothing
        // may hold its connection when it closes).
        m_bulkIndexes.reset();
        m_case.reset();
        QFile::remove(m_params.casePath);
    }
    return result;
}

void JobRunner::prepareConnection(bool bulk)
{
    // A bulk import checks its references once, before it commits (finishBulk), rather than
    // three parent look-ups per event. Only this job's connection is affected; set outside
    // the transaction, where SQLite honours it.
    if (bulk)
        execSql(m_case->db(), QStringLiteral("PRAGMA foreign_keys = OFF"));
    // A larger page cache keeps the indexes' hot pages in memory during a bulk insert.
    execSql(m_case->db(), QStringLiteral("PRAGMA cache_size = -65536"));
}

void JobRunner::restoreConnection(bool bulk, bool rollbackJournal)
{
    if (bulk)
        execSql(m_case->db(), QStringLiteral("PRAGMA foreign_keys = ON"));
    if (rollbackJournal)
        execSql(m_case->db(), QStringLiteral("PRAGMA journal_mode = WAL"));
}

void JobRunner::beginBulk()
{
    m_bulkIndexes.emplace(m_case->db());
    m_bulkIndexes->begin(m_params.mostEventsHeldBefore);
    QSqlQuery last(m_case->db());
    if (last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM events")) && last.next())
        m_jobRecords.emplace(last.value(0).toLongLong(), m_params.mostEventsHeldBefore);
}

bool JobRunner::endTransaction(bool bulk, ImportResult *result)
{
    QString error;
    bool failed = false;
    if (bulk && !m_cancelled && !finishBulk(&error)) {
        // Interrupted by the analyst's cancel (the rebuild reports, and stops, as rows do), it is
        // a cancel: nothing failed. Otherwise roll back: the case must not be left without its
        // indexes or references.
        if (!m_cancelled)
            result->error = QStringLiteral("%1: %2").arg(m_params.casePath, error);
        failed = true;
    }
    bool keep = !m_cancelled && !failed;
    if (keep && !execSql(m_case->db(), QStringLiteral("COMMIT"), &error)) {
        if (!m_cancelled)
            result->error = tr("%1: cannot save the import: %2").arg(m_params.casePath, error);
        keep = false;
    }
    // A cancel that came as the commit ended is too late: saved.
    result->cancelled = m_cancelled && !keep;
    if (!keep) {
        // A rollback must not be interrupted.
        sqlite3_progress_handler(SqliteStatement::handleOf(m_case->db()), 0, nullptr, nullptr);
        execSql(m_case->db(), QStringLiteral("ROLLBACK"));
        for (FileImportResult &file : result->files) // nothing of them was saved
            file.ok = false;
    }
    return keep;
}

bool JobRunner::isCaseFile(const QString &path) const
{
    // Checked before the file is opened: closing a descriptor of the case would drop this
    // process's SQLite locks on it (see FileDialogs). Paths are compared resolved, by name only.
    const QString casePath = QFileInfo(m_params.casePath).canonicalFilePath();
    const QString candidate = QFileInfo(path).canonicalFilePath();
    if (casePath.isEmpty() || candidate.isEmpty())
        return false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (candidate == casePath + QLatin1String(suffix))
            return true;
    }
    return false;
}

bool ImportJob::rebuildsIndexes(qint64 inputBytes, qint64 caseSourceBytes, qint64 minimumBytes)
{
    // Growing an index costs a random page per row once it outgrows the cache; rebuilding it
    // sorts every event the case holds. Measured (IDS rows, 67 bytes each), into a new case:
    // 5 MB 3.0 s grown, 2.2 s rebuilt; 10 MB 6.5 s, 2.8 s. Into a case of 1M events (67 MB of
    // sources): 1 MB 2.9 s grown, 9.5 s rebuilt; 3 MB 6.6 s, 11.0 s; 10 MB 17.6 s, 11.8 s;
    // 40 MB 60 s, 18 s. They break even near a tenth of the case.
    return inputBytes >= minimumBytes && inputBytes * 10 >= caseSourceBytes;
}

qint64 JobRunner::caseSourceBytes() const
{
    QSqlQuery query(m_case->db());
    return query.exec(QStringLiteral("SELECT coalesce(sum(file_size), 0) FROM sources")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

qint64 JobRunner::totalInputBytes() const
{
    // A ZIP of tables counts once, however many of its tables are named.
    QSet<QString> files;
    for (const QString &file : m_params.files) {
        const auto place = ZippedTables::placeOf(file);
        files.insert(place ? place->zipPath : file);
    }
    qint64 total = 0;
    for (const QString &file : std::as_const(files))
        total += QFileInfo(file).size();
    return total;
}

bool JobRunner::useRollbackJournal()
{
    // In WAL mode every page of a large first import is written twice, into the WAL and then,
    // at the checkpoint, into the case: a third of the time after the last row (1M events:
    // 3.6 s → 2.4 s). A rollback journal writes new pages once, straight into the file. Only
    // for a case this job has just created: nobody else has it open, so nobody is locked out
    // while the job holds it, and the job goes back to WAL (for the GUI's concurrent readers)
    // as soon as its transaction ends. CaseDatabase::open restores WAL after a crash.
    QSqlQuery query(m_case->db());
    return query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && query.next()
           && query.value(0).toString() == u"delete";
}

bool JobRunner::beginWhenFree(QString *error)
{
    return CaseWriters::beginWhenFree(SqliteStatement::handleOf(m_case->db()), [this]() {
        m_stage = ImportProgress::Stage::Waiting;
        const auto here = CaseWriters::heldHere(m_params.casePath);
        m_waitingFor = here ? int(*here) : -1;
        return reportProgress(0, m_params.files.value(0), 0, true);
    }, error);
}

bool JobRunner::finishBulk(QString *error)
{
    QString sqlError;
    if (!m_bulkIndexes->rebuild(&sqlError)) {
        *error = tr("cannot rebuild the indexes: %1").arg(sqlError);
        return false;
    }
    // Every reference the import wrote is checked here, with the indexes just built.
    const auto broken = ReferenceCheck::firstBroken(m_case->db(), &sqlError);
    if (broken || !sqlError.isEmpty()) {
        *error = broken ? tr("the import would leave a broken reference (%1); nothing was saved").arg(*broken)
                        : tr("cannot check the references: %1").arg(sqlError);
        return false;
    }
    return true;
}

QString JobRunner::caseRegion() const
{
    return m_case ? m_case->region() : m_params.region;
}

FileImportResult JobRunner::importFile(int index, const QString &path)
{
    const QString declared = m_params.settingsOf(path).numberRegion.trimmed().toUpper();
    m_numberRegion = declared.isEmpty() ? caseRegion() : declared;
    // Only the analyst's declaration is checked: a case's own region is what it was created with.
    if (!declared.isEmpty() && !HandleNormalizer::isKnownRegion(declared)) {
        FileImportResult result;
        result.path = path;
        result.error = tr("%1: unknown region \"%2\" for the numbers written without a country code (use an ISO 3166 "
                          "code such as US or DE)")
                           .arg(path, declared);
        return result;
    }
    FileImportResult result = importPath(index, path);
    result.numberRegion = m_numberRegion != caseRegion() ? m_numberRegion : QString();
    return result;
}

FileImportResult JobRunner::importPath(int index, const QString &path)
{
    FileImportResult result;
    result.path = path;
    m_fileIndex = index;
    m_stage = ImportProgress::Stage::Hashing;
    reportProgress(index, path, 0, true);
    if (isCaseFile(path)) {
        result.error = tr("%1: this is the case itself (or its journal), not a return; nothing of it was read").arg(path);
        return result;
    }
    if (const auto place = ZippedTables::placeOf(path))
        return importZippedTable(index, path, *place);
    if (const auto zipped = ZippedTables::list(path, m_params.passwords); zipped && !zipped->refusal.isEmpty()) {
        result.error = tr("%1: %2; nothing in the ZIP was imported").arg(path, zipped->refusal);
        result.needsPassword = zipped->needsPassword;
        return result;
    }
    if (const auto archive = ArchiveFile::list(path); archive && !archive->refusal.isEmpty()) {
        result.error = tr("%1: %2; nothing in the archive was imported").arg(path, archive->refusal);
        return result;
    }
    if (EncryptedWorkbook::isEncrypted(path)) // decrypted with the password given, if it was
        return importEncryptedWorkbook(index, path);
    QString error;
    const auto digest = FileDigest::compute(path, &error, [&](double) { return reportProgress(index, path, 0); });
    m_stage = ImportProgress::Stage::Reading;
    if (!digest) {
        result.error = QStringLiteral("%1: %2").arg(path, error);
        return result;
    }
    if (refuseIfImported(path, *digest, result))
        return result;
    const bool whatsApp = WhatsAppContainer::probe(path);
    // The deliveries inside one WhatsApp return may repeat each other's records, and its pages
    // look them up in the case. (A table's writer finds an earlier table's by StoredDedupeKeys.)
    if (whatsApp && m_bulkIndexes && !m_bulkIndexes->restoreDedupeIndex(&error)) {
        result.error = QStringLiteral("%1: %2").arg(path, error);
        return result;
    }
    if (whatsApp)
        return importWhatsApp(index, path, *digest);
    auto options = importerOptions(path, &error);
    if (!options) {
        result.error = QStringLiteral("%1: %2").arg(path, error);
        return result;
    }
    return importTable(index, path, path, *digest, *options);
}

std::optional<TableImporter::Options> JobRunner::importerOptions(const QString &path, QString *error)
{
    ReadSettings settings = m_params.settingsOf(path);
    if (!m_params.perFile.contains(path) && !settings.profile && !m_params.profilePath.isEmpty()) {
        settings.profile = TableFormat::loadProfile(m_params.profilePath, error);
        if (!settings.profile)
            return std::nullopt;
    }
    if (settings.numberRegion.trimmed().isEmpty() && settings.profile && !settings.profile->numberRegion.isEmpty())
        m_numberRegion = settings.profile->numberRegion;
    TableImporter::Options options;
    options.formatId = settings.format;
    options.region = m_numberRegion;
    options.spellings = m_spellings;
    options.dateOrder = settings.dateOrder;
    options.dateOrderSource = QStringLiteral("declared by analyst");
    if (settings.decimalMark != DecimalMark::Unknown)
        options.decimalMark = {settings.decimalMark, QStringLiteral("declared by analyst"), 0, {}};
    options.profile = settings.profile;
    options.readContinuedWorksheets = settings.readContinuedWorksheets;
    options.subscriber = settings.subscriber;
    options.timestampFormat = settings.timestampFormat.trimmed().toLower();
    if (!options.timestampFormat.isEmpty() && !TimestampParser::declarableFormats().contains(options.timestampFormat)) {
        *error = tr("unknown timestamp format \"%1\" (declare %2; a pattern of the text belongs in a column mapping)")
                     .arg(settings.timestampFormat, TimestampParser::declarableFormats().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    options.watch.stopped = [this]() { return m_cancelled.load(); };
    options.readToTheEnd = previewLimit() == 0;
    if (!settings.timeZone.isEmpty()) {
        options.declaredZone = TimestampParser::zoneFromDeclaration(settings.timeZone);
        if (!options.declaredZone) {
            *error = tr("unknown time zone \"%1\" (use an IANA name such as Europe/Berlin, or UTC)").arg(settings.timeZone);
            return std::nullopt;
        }
    }
    return options;
}

ImportResult ImportJob::run(const ImportParams &params, const ProgressFn &progress)
{
    return JobRunner(params, progress).run();
}

QString ImportJob::importerVersion()
{
    return QStringLiteral("lookuplens-import/%1 handle-rules/%2")
        .arg(QStringLiteral(LOOKUPLENS_VERSION))
        .arg(HandleNormalizer::RulesVersion);
}
