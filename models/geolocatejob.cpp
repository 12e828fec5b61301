#include "geolocatejob.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "ipaddressflags.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <future>
#include <memory>
#include <vector>

namespace {

constexpr int BatchSize = 4096;

std::optional<qint64> registerDatabase(QSqlDatabase db, const GeoDatabaseInfo &info, bool *known, QString *error)
{
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM geo_databases WHERE sha256 = ?"));
    existing.addBindValue(info.sha256);
    *known = existing.exec() && existing.next();
    if (*known)
        return existing.value(0).toLongLong(); // the same file again: fill in what is missing
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
        *error = insert.lastError().text();
        return std::nullopt;
    }
    return insert.lastInsertId().toLongLong();
}

/// Every distinct client IP of the case, as the provider wrote it, in the order of the
/// geo_results key (so the answers are appended to its B-tree rather than scattered in it).
std::vector<QByteArray> clientIps(sqlite3 *handle)
{
    SqliteStatement query;
    std::vector<QByteArray> ips;
    if (!query.prepare(handle, "SELECT DISTINCT client_ip FROM events WHERE client_ip IS NOT NULL ORDER BY client_ip"))
        return ips;
    while (query.next())
        ips.push_back(query.columnUtf8(0));
    query.reset();
    return ips;
}

QSet<QByteArray> ipsAlreadyAnswered(sqlite3 *handle, qint64 databaseId)
{
    SqliteStatement query;
    QSet<QByteArray> ips;
    if (!query.prepare(handle, "SELECT ip FROM geo_results WHERE database_id = ?"))
        return ips;
    query.bind(1, databaseId);
    while (query.next())
        ips.insert(query.columnUtf8(0));
    query.reset();
    return ips;
}

/// One database as the lookup worker sees it. Touched by one thread at a time: the worker
/// while a batch is looked up, never the inserting thread.
struct LookupTarget
{
    const GeoDatabase *geo = nullptr;
    QSet<QByteArray> answered;           ///< IPs this database answered in an earlier run
    QHash<quint32, QString> recordErrors; ///< offsets decoded so far: empty = stored fine
};

/// One answer ready to insert; newRecord holds the JSON of a record met for the first time.
struct Answer
{
    int ip = 0;
    int target = 0;
    GeoLookup::Status status = GeoLookup::Status::NotFound;
    int prefixLength = 0;
    quint32 recordOffset = 0;
    QString error;
    QByteArray newRecord;
};

struct Batch
{
    int first = 0; ///< index of the batch's first IP in the run's list
    int count = 0;
    std::vector<Answer> answers;
};

/// Decodes the record at @p offset the first time it is met (many addresses share a record):
/// its JSON goes into @p answer for storing once; later answers only point at it.
void attachRecord(LookupTarget &target, Answer &answer)
{
    auto it = target.recordErrors.constFind(answer.recordOffset);
    if (it == target.recordErrors.constEnd()) {
        QString error;
        const auto record = target.geo->record(answer.recordOffset, &error);
        if (record)
            answer.newRecord = QJsonDocument(*record).toJson(QJsonDocument::Compact);
        it = target.recordErrors.insert(answer.recordOffset, error);
    }
    if (!it->isEmpty()) {
        answer.status = GeoLookup::Status::Failed;
        answer.error = *it;
    }
}

/// The lookups of one batch in every database (runs on the worker thread).
void lookUp(Batch &batch, const std::vector<QByteArray> &ips, std::vector<LookupTarget> &targets)
{
    for (int i = batch.first; i < batch.first + batch.count; ++i) {
        // Look up the address the provider wrote, read as LookupLens reads it (mapped → IPv4).
        const IpAddressFlags flags = IpAddressFlags::of(QString::fromUtf8(ips[i]));
        for (int t = 0; t < int(targets.size()); ++t) {
            LookupTarget &target = targets[t];
            if (target.answered.contains(ips[i]))
                continue;
            const GeoLookup lookup = flags.valid ? target.geo->find(flags.canonical)
                                                 : GeoLookup{GeoLookup::Status::Failed, GeoLocateJob::tr("not an IP address"), 0, {}, 0};
            Answer answer{i, t, lookup.status, lookup.prefixLength, lookup.recordOffset, lookup.error, {}};
            if (answer.status == GeoLookup::Status::Found)
                attachRecord(target, answer);
            batch.answers.push_back(std::move(answer));
        }
    }
}

/// Inserts answers through the sqlite3 API (QSqlQuery's per-value binding costs more than
/// the lookups themselves).
class AnswerWriter
{
public:
    AnswerWriter(sqlite3 *handle, const QByteArray &now)
        : m_now(now)
    {
        m_ok = m_insert.prepare(handle, "INSERT INTO geo_results (ip, database_id, status, error, prefix_length,"
                                        " record_offset, looked_up_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
            && m_insertRecord.prepare(handle, "INSERT OR IGNORE INTO geo_records (database_id, record_offset, record)"
                                              " VALUES (?, ?, ?)");
    }
    bool ok() const { return m_ok; }
    QString errorMessage() const { return m_insert.errorMessage(); }

    bool write(const Answer &answer, const QByteArray &ip, qint64 databaseId)
    {
        const bool found = answer.status == GeoLookup::Status::Found;
        if (!answer.newRecord.isEmpty()) {
            m_insertRecord.bind(1, databaseId);
            m_insertRecord.bind(2, qint64(answer.recordOffset));
            m_insertRecord.bindUtf8(3, answer.newRecord);
            if (!m_insertRecord.exec())
                return false;
        }
        m_insert.bindUtf8(1, ip);
        m_insert.bind(2, databaseId);
        m_insert.bindStaticUtf8(3, GeoLookup::statusKeyUtf8(answer.status));
        answer.error.isEmpty() ? m_insert.bindNull(4) : m_insert.bind(4, answer.error);
        found ? m_insert.bind(5, qint64(answer.prefixLength)) : m_insert.bindNull(5);
        found ? m_insert.bind(6, qint64(answer.recordOffset)) : m_insert.bindNull(6);
        m_insert.bindStaticUtf8(7, m_now.constData());
        return m_insert.exec();
    }

private:
    QByteArray m_now; // one run, one time
    SqliteStatement m_insert;
    SqliteStatement m_insertRecord;
    bool m_ok = false;
};

/// A database that opened, with where its answers go.
struct OpenDatabase
{
    std::unique_ptr<GeoDatabase> geo;
    int resultIndex = 0;
    qint64 id = 0;
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

void count(GeoLocateJob::DatabaseResult &result, GeoLookup::Status status)
{
    ++(status == GeoLookup::Status::Found ? result.found
       : status == GeoLookup::Status::NotFound ? result.notFound : result.failed);
}

/// Looks every IP up in every open database and stores the answers. The worker looks up batch
/// n + 1 while this thread inserts batch n, so the lookups and SQLite share the two cores.
/// False with @p error when an insert fails or @p progress cancels.
bool locateAll(sqlite3 *handle, std::vector<OpenDatabase> &open, QList<GeoLocateJob::DatabaseResult> &results,
               const std::function<bool(double)> &progress, QString *error)
{
    std::vector<LookupTarget> targets;
    for (const OpenDatabase &d : open)
        targets.push_back({d.geo.get(), d.known ? ipsAlreadyAnswered(handle, d.id) : QSet<QByteArray>{}, {}});
    const std::vector<QByteArray> ips = clientIps(handle);
    AnswerWriter writer(handle, AuditLog::nowIso().toUtf8());
    if (!writer.ok()) {
        *error = writer.errorMessage();
        return false;
    }
    auto lookUpAsync = [&ips, &targets](int first) {
        return std::async(std::launch::async, [&ips, &targets, first]() {
            Batch batch{first, std::min(BatchSize, int(ips.size()) - first), {}};
            lookUp(batch, ips, targets);
            return batch;
        });
    };
    std::future<Batch> pending = lookUpAsync(0);
    for (int first = 0; first < int(ips.size()); first += BatchSize) {
        const Batch batch = pending.get();
        if (first + BatchSize < int(ips.size()))
            pending = lookUpAsync(first + BatchSize);
        for (const Answer &answer : batch.answers) {
            OpenDatabase &d = open[answer.target];
            if (!writer.write(answer, ips[answer.ip], d.id)) {
                *error = writer.errorMessage();
                return false; // the pending future's destructor waits for the worker
            }
            count(results[d.resultIndex], answer.status);
        }
        if (progress && !progress(double(first + batch.count) / double(ips.size()))) {
            *error = GeoLocateJob::tr("cancelled: nothing from this database was stored");
            return false;
        }
    }
    return true;
}

} // namespace

QList<GeoLocateJob::DatabaseResult> GeoLocateJob::run(const QString &casePath, const QStringList &databases,
                                                      const std::function<bool(double)> &progress)
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
        if (geo) {
            result.info = geo->info();
            open.push_back({std::move(geo), int(results.size()), 0, false});
        }
        results.append(result);
    }
    if (open.empty())
        return results;
    QSqlDatabase db = caseDb->db();
    db.transaction();
    bool ok = true;
    for (OpenDatabase &d : open) {
        const auto id = registerDatabase(db, results[d.resultIndex].info, &d.known, &error);
        ok = ok && id.has_value();
        d.id = id.value_or(0);
    }
    ok = ok && locateAll(SqliteStatement::handleOf(db), open, results, progress, &error);
    for (const OpenDatabase &d : open)
        ok = ok && AuditLog::record(db, QStringLiteral("geo-database-added"), auditDetails(results[d.resultIndex]));
    if (ok && db.commit()) {
        for (const OpenDatabase &d : open)
            results[d.resultIndex].ok = true;
        return results;
    }
    error = error.isEmpty() ? db.lastError().text() : error;
    db.rollback();
    for (const OpenDatabase &d : open) {
        DatabaseResult &r = results[d.resultIndex];
        r = DatabaseResult{r.path, false, error, r.info, 0, 0, 0};
    }
    return results;
}
