#include "geolocatejob.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "casewriters.h"
#include "ipaddressflags.h"
#include "sqlerrortext.h"
#include "sqliterowfeed.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <future>
#include <memory>
#include <vector>

namespace {

constexpr int BatchSize = 4096;

/// The database @p id's file is now at @p path (the same file, by its SHA-256, added again from
/// where it was moved): later imports' new addresses are looked up there. Its name stays the one
/// its answers carry; the path it was added from stays in the audit log.
std::optional<qint64> keepPath(QSqlDatabase db, qint64 id, const QString &path, QString *error)
{
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE geo_databases SET file_path = ? WHERE id = ? AND file_path <> ?"));
    update.addBindValue(path);
    update.addBindValue(id);
    update.addBindValue(path);
    if (update.exec())
        return id;
    *error = sqlErrorText(update.lastError());
    return std::nullopt;
}

std::optional<qint64> registerDatabase(QSqlDatabase db, const GeoDatabaseInfo &info, bool *known, QString *error)
{
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM geo_databases WHERE sha256 = ?"));
    existing.addBindValue(info.sha256);
    *known = existing.exec() && existing.next();
    if (*known) // the same file again: fill in what is missing
        return keepPath(db, existing.value(0).toLongLong(), QFileInfo(info.path).absoluteFilePath(),
                        error);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO geo_databases (file_name, file_path, sha256, database_type, build_epoch,"
                                  " description, languages, ip_version, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QFileInfo file(info.path);
    for (const QVariant &v : {QVariant(file.fileName()), QVariant(file.absoluteFilePath()), QVariant(info.sha256),
                              QVariant(info.databaseType), QVariant(info.buildEpoch), QVariant(info.description),
                              QVariant(info.languages), QVariant(info.ipVersion), QVariant(AuditLog::nowIso()),
                              QVariant(AuditLog::osUserName())})
        insert.addBindValue(v);
    if (!insert.exec()) {
        *error = sqlErrorText(insert.lastError());
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

/// A new row in geo_runs: when this run asked @p databaseId.
std::optional<qint64> startRun(QSqlDatabase db, qint64 databaseId, const QString &now, QString *error)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO geo_runs (database_id, looked_up_at) VALUES (?, ?)"));
    insert.addBindValue(databaseId);
    insert.addBindValue(now);
    if (!insert.exec()) {
        *error = sqlErrorText(insert.lastError());
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

/// Removes the run rows of databases that had nothing left to answer.
bool dropEmptyRun(QSqlDatabase db, qint64 runId, const GeoLocateJob::DatabaseResult &result, QString *error)
{
    if (result.found + result.notFound + result.failed > 0)
        return true;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM geo_runs WHERE id = ?"));
    remove.addBindValue(runId);
    if (remove.exec())
        return true;
    *error = sqlErrorText(remove.lastError());
    return false;
}

/// A client IP of the case as the provider wrote it, with its id in client_ips.
struct ClientIp
{
    qint64 id = 0;
    QByteArray ip;
};

/// Every client IP of the case in id order, the order of the geo_answers key (so the answers
/// are appended to its B-tree rather than scattered in it).
std::vector<ClientIp> clientIps(sqlite3 *handle)
{
    SqliteStatement query;
    std::vector<ClientIp> ips;
    if (!query.prepare(handle, "SELECT id, ip FROM client_ips ORDER BY id"))
        return ips;
    while (query.next())
        ips.push_back({query.columnInt64(0), query.columnUtf8(1)});
    query.reset();
    return ips;
}

QSet<qint64> ipsAlreadyAnswered(sqlite3 *handle, qint64 databaseId)
{
    SqliteStatement query;
    QSet<qint64> ids;
    if (!query.prepare(handle, "SELECT ip_id FROM geo_answers WHERE database_id = ?"))
        return ids;
    query.bind(1, databaseId);
    while (query.next())
        ids.insert(query.columnInt64(0));
    query.reset();
    return ids;
}

/// One database as the lookup worker sees it. Touched by one thread at a time: the worker
/// while a batch is looked up, never the inserting thread.
struct LookupTarget
{
    const GeoDatabase *geo = nullptr;
    qint64 databaseId = 0;
    qint64 runId = 0;
    QSet<qint64> answered;                ///< ids of IPs this database answered in an earlier run
    QHash<quint32, QString> recordErrors; ///< offsets decoded so far: empty = stored fine
};

/// A record met for the first time in this run: stored once, pointed at by every answer in it.
struct NewRecord
{
    qint64 databaseId = 0;
    quint32 offset = 0;
    QByteArray json;
};

struct Tally
{
    int found = 0;
    int notFound = 0;
    int failed = 0;
    int notAnAddress = 0;
};

/// One batch of answers, ready to store: the worker fills it, the inserting thread stores it.
struct Batch
{
    int first = 0; ///< index of the batch's first IP in the run's list
    int count = 0;
    SqliteRowFeed answers{7}; ///< the geo_answers rows, in key order
    std::vector<NewRecord> records;
    std::vector<Tally> tallies; ///< per target
};

/// Decodes the record at @p lookup's offset the first time it is met (many addresses share a
/// record) into @p batch for storing once; later answers only point at it. A record that does
/// not decode turns every lookup that reaches it into a failure with the reason.
void attachRecord(LookupTarget &target, GeoLookup &lookup, Batch &batch)
{
    auto it = target.recordErrors.constFind(lookup.recordOffset);
    if (it == target.recordErrors.constEnd()) {
        QString error;
        if (const auto record = target.geo->record(lookup.recordOffset, &error))
            batch.records.push_back({target.databaseId, lookup.recordOffset, QJsonDocument(*record).toJson(QJsonDocument::Compact)});
        it = target.recordErrors.insert(lookup.recordOffset, error);
    }
    if (!it->isEmpty()) {
        lookup.status = GeoLookup::Status::Failed;
        lookup.error = *it;
    }
}

void addAnswer(Batch &batch, qint64 ipId, const LookupTarget &target, const GeoLookup &lookup)
{
    const bool found = lookup.status == GeoLookup::Status::Found;
    SqliteRowFeed &rows = batch.answers;
    rows.addInt(ipId);
    rows.addInt(target.databaseId);
    rows.addInt(target.runId);
    rows.addStaticText(GeoLookup::statusKeyUtf8(lookup.status));
    lookup.error.isEmpty() ? rows.addNull() : rows.addText(lookup.error.toUtf8());
    found ? rows.addInt(lookup.prefixLength) : rows.addNull();
    found ? rows.addInt(lookup.recordOffset) : rows.addNull();
}

/// The lookups of one batch in every database (runs on the worker thread).
void lookUp(Batch &batch, const std::vector<ClientIp> &ips, std::vector<LookupTarget> &targets)
{
    batch.tallies.resize(targets.size());
    for (int i = batch.first; i < batch.first + batch.count; ++i) {
        // Look up the address the provider wrote, read as LookupLens reads it (mapped → IPv4).
        const IpAddressFlags flags = IpAddressFlags::of(QString::fromUtf8(ips[i].ip));
        for (size_t t = 0; t < targets.size(); ++t) {
            LookupTarget &target = targets[t];
            if (target.answered.contains(ips[i].id))
                continue;
            GeoLookup lookup = flags.valid ? target.geo->find(flags.canonical)
                                           : GeoLookup{GeoLookup::Status::Failed, GeoLocateJob::tr("not an IP address"), 0, {}, 0};
            if (lookup.status == GeoLookup::Status::Found)
                attachRecord(target, lookup, batch);
            addAnswer(batch, ips[i].id, target, lookup);
            Tally &tally = batch.tallies[t];
            ++(lookup.status == GeoLookup::Status::Found      ? tally.found
               : lookup.status == GeoLookup::Status::NotFound ? tally.notFound
                                                              : tally.failed);
            tally.notAnAddress += flags.valid ? 0 : 1;
        }
    }
}

/// Stores a batch: its new records, then its answers in one INSERT ... SELECT over the row
/// feed (a bind per value and a step per row cost more than SQLite's own work on rows this small).
class AnswerWriter
{
public:
    explicit AnswerWriter(sqlite3 *handle)
    {
        m_ok = SqliteRowFeed::registerOn(handle)
            && m_insert.prepare(handle, "INSERT INTO geo_answers (ip_id, database_id, run_id, status, error, prefix_length,"
                                        " record_offset) SELECT c0, c1, c2, c3, c4, c5, c6 FROM ll_row_feed(?)")
            && m_insertRecord.prepare(handle, "INSERT OR IGNORE INTO geo_records (database_id, record_offset, record)"
                                              " VALUES (?, ?, ?)");
    }
    bool ok() const { return m_ok; }
    QString errorMessage() const { return m_failed ? m_failed->errorMessage() : m_insert.errorMessage(); }

    bool store(Batch &batch)
    {
        for (const NewRecord &record : batch.records) {
            m_insertRecord.bind(1, record.databaseId);
            m_insertRecord.bind(2, qint64(record.offset));
            m_insertRecord.bindUtf8(3, record.json);
            if (!m_insertRecord.exec())
                return fail(m_insertRecord);
        }
        m_insert.bindPointer(1, &batch.answers, SqliteRowFeed::PointerType);
        return m_insert.exec() || fail(m_insert);
    }

private:
    bool fail(const SqliteStatement &statement)
    {
        m_failed = &statement;
        return false;
    }

    SqliteStatement m_insert;
    SqliteStatement m_insertRecord;
    const SqliteStatement *m_failed = nullptr;
    bool m_ok = false;
};

/// A database that opened, with where its answers go.
struct OpenDatabase
{
    std::unique_ptr<GeoDatabase> geo;
    int resultIndex = 0;
    qint64 id = 0;
    qint64 runId = 0; ///< this run's row in geo_runs: its time
    bool known = false;
};

QJsonObject auditDetails(const GeoLocateJob::DatabaseResult &r)
{
    return QJsonObject{{QStringLiteral("file"), r.path},
                       {QStringLiteral("sha256"), r.info.sha256},
                       {QStringLiteral("database_type"), r.info.databaseType},
                       {QStringLiteral("found"), r.found},
                       {QStringLiteral("not_found"), r.notFound},
                       {QStringLiteral("failed"), r.failed}};
}

void count(GeoLocateJob::DatabaseResult &result, const Tally &tally)
{
    result.found += tally.found;
    result.notFound += tally.notFound;
    result.failed += tally.failed;
    result.notAnAddress += tally.notAnAddress;
}

/// Looks every IP up in every open database and stores the answers. The worker looks up batch
/// n + 1 while this thread inserts batch n, so the lookups and SQLite share the two cores.
/// False with @p error when an insert fails or @p progress cancels.
bool locateAll(sqlite3 *handle, std::vector<OpenDatabase> &open, QList<GeoLocateJob::DatabaseResult> &results,
               const std::function<bool(double)> &progress, QString *error)
{
    std::vector<LookupTarget> targets;
    for (const OpenDatabase &d : open)
        targets.push_back({d.geo.get(), d.id, d.runId, d.known ? ipsAlreadyAnswered(handle, d.id) : QSet<qint64>{}, {}});
    const std::vector<ClientIp> ips = clientIps(handle);
    AnswerWriter writer(handle);
    if (!writer.ok()) {
        *error = writer.errorMessage();
        return false;
    }
    auto lookUpAsync = [&ips, &targets](int first) {
        return std::async(std::launch::async, [&ips, &targets, first]() {
            Batch batch;
            batch.first = first;
            batch.count = std::min(BatchSize, int(ips.size()) - first);
            lookUp(batch, ips, targets);
            return batch;
        });
    };
    std::future<Batch> pending = lookUpAsync(0);
    for (int first = 0; first < int(ips.size()); first += BatchSize) {
        Batch batch = pending.get();
        if (first + BatchSize < int(ips.size()))
            pending = lookUpAsync(first + BatchSize);
        for (size_t t = 0; t < open.size(); ++t)
            count(results[open[t].resultIndex], batch.tallies[t]);
        if (!writer.store(batch)) {
            *error = writer.errorMessage();
            return false; // the pending future's destructor waits for the worker
        }
        if (progress && !progress(double(first + batch.count) / double(ips.size()))) {
            *error = GeoLocateJob::tr("cancelled: nothing from this database was stored");
            return false;
        }
    }
    return true;
}

/// A database of the case, as geo_databases keeps it.
struct StoredDatabase
{
    QString name;
    QString path;
    QString sha256;
};

/// The case's databases that some client IP has no answer from (an import after they were
/// added brought it).
QList<StoredDatabase> databasesLackingAnswers(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    QList<StoredDatabase> lacking;
    if (!db)
        return lacking;
    QSqlQuery query(db->db());
    query.exec(QStringLiteral(
        "SELECT d.file_name, d.file_path, d.sha256 FROM geo_databases d WHERE EXISTS"
        " (SELECT 1 FROM client_ips c WHERE NOT EXISTS"
        "  (SELECT 1 FROM geo_answers a WHERE a.ip_id = c.id AND a.database_id = d.id))"
        " ORDER BY d.id"));
    while (query.next())
        lacking.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return lacking;
}

} // namespace

QList<GeoLocateJob::DatabaseResult> GeoLocateJob::run(const QString &casePath, const QStringList &databases,
                                                      const std::function<bool(double)> &progress,
                                                      const std::function<void()> &waiting)
{
    return runChecked(casePath, databases, {}, QStringLiteral("geo-database-added"), progress,
                      waiting);
}

bool GeoLocateJob::hasNewIpsToLocate(const QString &casePath)
{
    const QList<StoredDatabase> lacking = databasesLackingAnswers(casePath);
    return std::any_of(lacking.cbegin(), lacking.cend(),
                       [](const StoredDatabase &d) { return QFileInfo::exists(d.path); });
}

GeoLocateJob::NewIpsRun GeoLocateJob::runForNewIps(const QString &casePath,
                                                   const std::function<bool(double)> &progress,
                                                   const std::function<void()> &waiting)
{
    NewIpsRun run;
    QStringList files;
    QHash<QString, QStringList> expected;
    for (const StoredDatabase &d : databasesLackingAnswers(casePath)) {
        if (!QFileInfo::exists(d.path)) {
            run.notAsked.append(
                tr("%1: not at %2 any more: the new client IPs were not looked up in it")
                    .arg(d.name, d.path));
        } else if (!expected.contains(d.path)) {
            files.append(d.path);
        }
        expected[d.path].append(d.sha256);
    }
    if (!files.isEmpty())
        run.results = runChecked(casePath, files, expected, QStringLiteral("geo-new-ips-located"),
                                 progress, waiting);
    return run;
}

QList<GeoLocateJob::DatabaseResult>
GeoLocateJob::runChecked(const QString &casePath, const QStringList &databases,
                         const QHash<QString, QStringList> &expected, const QString &action,
                         const std::function<bool(double)> &progress,
                         const std::function<void()> &waiting)
{
    QList<DatabaseResult> results;
    QString error;
    const auto caseDb = CaseDatabase::open(casePath, CaseDatabase::Access::ReadWrite, &error);
    std::vector<OpenDatabase> open;
    for (const QString &path : databases) {
        DatabaseResult result;
        result.path = path;
        auto geo = caseDb ? GeoDatabase::open(path, &result.error) : nullptr;
        if (!caseDb)
            result.error = error;
        if (geo && expected.contains(path) && !expected.value(path).contains(geo->info().sha256)) {
            result.error =
                tr("%1 is not the file added to the case any more (its SHA-256 differs): the new "
                   "client IPs were not looked up in it. Add it again to use it as another "
                   "database.")
                    .arg(path);
            geo.reset();
        }
        if (geo) {
            result.info = geo->info();
            open.push_back({std::move(geo), int(results.size()), 0, 0, false});
        }
        results.append(result);
    }
    if (open.empty())
        return results;
    QSqlDatabase db = caseDb->db();
    // The write lock first: a deferred transaction that read and then found another
    // connection's commit (the raw-text index's) could not write at all.
    // Waits while another program imports into the case (lookuplens-cli, a window).
    bool ok = CaseWriters::beginWhenFree(SqliteStatement::handleOf(db), [&]() {
        if (waiting)
            waiting();
        return !progress || progress(0);
    }, &error);
    std::optional<CaseWriters::Holding> holding;
    if (ok)
        holding.emplace(casePath, CaseWriters::Work::Geolocation);
    const QString now = AuditLog::nowIso(); // one run, one time
    for (OpenDatabase &d : open) {
        const auto id = ok ? registerDatabase(db, results[d.resultIndex].info, &d.known, &error) : std::nullopt;
        const auto run = id ? startRun(db, *id, now, &error) : std::nullopt;
        ok = ok && run.has_value();
        d.id = id.value_or(0);
        d.runId = run.value_or(0);
    }
    ok = ok && locateAll(SqliteStatement::handleOf(db), open, results, progress, &error);
    for (const OpenDatabase &d : open)
        ok = ok && dropEmptyRun(db, d.runId, results[d.resultIndex], &error);
    for (const OpenDatabase &d : open)
        ok = ok && AuditLog::record(db, action, auditDetails(results[d.resultIndex]));
    if (ok && db.commit()) {
        for (const OpenDatabase &d : open)
            results[d.resultIndex].ok = true;
        return results;
    }
    error = error.isEmpty() ? sqlErrorText(db.lastError()) : error;
    db.rollback();
    for (const OpenDatabase &d : open) {
        DatabaseResult &r = results[d.resultIndex];
        r = DatabaseResult{r.path, false, error, r.info, 0, 0, 0};
    }
    return results;
}
