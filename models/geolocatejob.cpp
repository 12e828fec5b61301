#include "geolocatejob.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "ipaddressflags.h"
#include "sqlitestatement.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {

std::optional<qint64> registerDatabase(QSqlDatabase db, const GeoDatabaseInfo &info, QString *error)
{
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM geo_databases WHERE sha256 = ?"));
    existing.addBindValue(info.sha256);
    if (existing.exec() && existing.next())
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

QStringList ipsWithoutResult(QSqlDatabase db, qint64 databaseId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT DISTINCT client_ip FROM events WHERE client_ip IS NOT NULL"
                                 " AND client_ip NOT IN (SELECT ip FROM geo_results WHERE database_id = ?)"));
    query.addBindValue(databaseId);
    QStringList ips;
    if (query.exec()) {
        while (query.next())
            ips.append(query.value(0).toString());
    }
    return ips;
}

/// The stored form of one record: decoded and written as JSON once per data-section offset,
/// since many addresses share one record.
struct StoredRecord
{
    GeoLookup::Status status;
    QString error;
};

/// Decodes the record at @p offset once per run and stores it once per database (INSERT OR
/// IGNORE: a later run with the same file finds it there already).
StoredRecord storedRecord(const GeoDatabase &geo, quint32 offset, QHash<quint32, StoredRecord> &cache,
                          SqliteStatement &insertRecord, qint64 databaseId, bool *ok)
{
    auto it = cache.constFind(offset);
    if (it != cache.constEnd())
        return *it;
    QString error;
    const auto record = geo.record(offset, &error);
    const StoredRecord stored{record ? GeoLookup::Status::Found : GeoLookup::Status::Failed, error};
    if (record) {
        insertRecord.bind(1, databaseId);
        insertRecord.bind(2, qint64(offset));
        insertRecord.bind(3, QString::fromUtf8(QJsonDocument(*record).toJson(QJsonDocument::Compact)));
        *ok = insertRecord.exec();
    }
    cache.insert(offset, stored);
    return stored;
}

/// Looks every IP up and inserts the answers through the sqlite3 API (QSqlQuery's per-value
/// binding costs more than the lookups themselves). False when an insert fails.
bool storeLookups(QSqlDatabase db, const GeoDatabase &geo, qint64 databaseId, const QStringList &ips,
                  GeoLocateJob::DatabaseResult &result)
{
    SqliteStatement insert;
    SqliteStatement insertRecord;
    if (!insert.prepare(SqliteStatement::handleOf(db),
                        "INSERT INTO geo_results (ip, database_id, status, error, prefix_length, record_offset, looked_up_at)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?)")
        || !insertRecord.prepare(SqliteStatement::handleOf(db),
                                 "INSERT OR IGNORE INTO geo_records (database_id, record_offset, record) VALUES (?, ?, ?)")) {
        result.error = insert.errorMessage() + insertRecord.errorMessage();
        return false;
    }
    const QString now = AuditLog::nowIso(); // one run, one time
    QHash<quint32, StoredRecord> cache;
    for (const QString &ip : ips) {
        // Look up the address the provider wrote, read as LookupLens reads it (mapped → IPv4).
        const IpAddressFlags flags = IpAddressFlags::of(ip);
        GeoLookup lookup = flags.valid ? geo.find(flags.canonical)
                                       : GeoLookup{GeoLookup::Status::Failed, GeoLocateJob::tr("not an IP address"), 0, {}, 0};
        bool recordStored = true;
        if (lookup.status == GeoLookup::Status::Found) {
            const StoredRecord stored = storedRecord(geo, lookup.recordOffset, cache, insertRecord, databaseId, &recordStored);
            lookup.status = stored.status;
            lookup.error = stored.error;
        }
        if (!recordStored) {
            result.error = insertRecord.errorMessage();
            return false;
        }
        insert.bind(1, ip);
        insert.bind(2, databaseId);
        insert.bind(3, GeoLookup::statusKey(lookup.status));
        lookup.error.isEmpty() ? insert.bindNull(4) : insert.bind(4, lookup.error);
        lookup.status == GeoLookup::Status::Found ? insert.bind(5, qint64(lookup.prefixLength)) : insert.bindNull(5);
        lookup.status == GeoLookup::Status::Found ? insert.bind(6, qint64(lookup.recordOffset)) : insert.bindNull(6);
        insert.bind(7, now);
        if (!insert.exec()) {
            result.error = insert.errorMessage();
            return false;
        }
        ++(lookup.status == GeoLookup::Status::Found ? result.found
           : lookup.status == GeoLookup::Status::NotFound ? result.notFound : result.failed);
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
    for (int i = 0; i < databases.size(); ++i) {
        DatabaseResult result;
        result.path = databases.at(i);
        const auto geo = caseDb ? GeoDatabase::open(result.path, &result.error) : nullptr;
        if (!caseDb)
            result.error = error;
        if (!geo) {
            results.append(result);
            continue;
        }
        result.info = geo->info();
        QSqlDatabase db = caseDb->db();
        db.transaction();
        const auto databaseId = registerDatabase(db, result.info, &result.error);
        const QStringList ips = databaseId ? ipsWithoutResult(db, *databaseId) : QStringList{};
        bool ok = databaseId && storeLookups(db, *geo, *databaseId, ips, result);
        ok = ok && AuditLog::record(db, QStringLiteral("geo-database-added"),
                                    QJsonObject{{QStringLiteral("file"), result.path}, {QStringLiteral("sha256"), result.info.sha256},
                                                {QStringLiteral("database_type"), result.info.databaseType},
                                                {QStringLiteral("found"), result.found}, {QStringLiteral("not_found"), result.notFound},
                                                {QStringLiteral("failed"), result.failed}});
        if (ok && db.commit()) {
            result.ok = true;
        } else {
            result.error = result.error.isEmpty() ? db.lastError().text() : result.error;
            db.rollback();
        }
        results.append(result);
        if (progress && !progress(double(i + 1) / double(databases.size())))
            break;
    }
    return results;
}
