#include "casedatabase.h"

#include "auditlog.h"
#include "caseschema.h"
#include "casewriters.h"
#include "handlenormalizer.h"
#include "ipaddressflags.h"
#include "sqlerrortext.h"
#include "sqlitestatement.h"
#include "timeformat.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("llcase-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// A function argument's text; nullopt for NULL.
std::optional<QString> textArgument(sqlite3_value *argument)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argument));
    return text ? std::optional(QString::fromUtf8(text, sqlite3_value_bytes(argument))) : std::nullopt;
}

/// ll_ip_address(text): the address a client IP's text names (IpAddressFlags::addressOf); with
/// ll_ip_port, for the migration to version 6.
void ipAddressFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto text = textArgument(arguments[0]);
    if (!text) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray address = IpAddressFlags::addressOf(*text).toUtf8();
    sqlite3_result_text(context, address.constData(), int(address.size()), SQLITE_TRANSIENT);
}

/// ll_ip_port(text): the port written with the address ("198.51.100.14:443"), or NULL.
void ipPortFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto text = textArgument(arguments[0]);
    const auto port = text ? IpAddressFlags::portWrittenWith(*text) : std::nullopt;
    port ? sqlite3_result_int(context, *port) : sqlite3_result_null(context);
}

/// ll_number_withheld(text): whether a stored handle is a record's words for a withheld number
/// (HandleNormalizer::saysNumberWithheld), for the migration to version 9.
void numberWithheldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto text = textArgument(arguments[0]);
    sqlite3_result_int(context, text && HandleNormalizer::saysNumberWithheld(*text) ? 1 : 0);
}

/// ll_part_masked(text): whether a stored handle has characters hidden or is a redaction's word
/// (HandleNormalizer::saysPartMasked), for the migration to version 10.
void partMaskedFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto text = textArgument(arguments[0]);
    sqlite3_result_int(context, text && HandleNormalizer::saysPartMasked(*text) ? 1 : 0);
}

bool registerMigrationFunctions(QSqlDatabase &db, QString *error)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    constexpr int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    if (handle
        && sqlite3_create_function_v2(handle, "ll_ip_address", 1, flags, nullptr, ipAddressFunction, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(handle, "ll_ip_port", 1, flags, nullptr, ipPortFunction, nullptr, nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(handle, "ll_number_withheld", 1, flags, nullptr, numberWithheldFunction, nullptr,
                                      nullptr, nullptr) == SQLITE_OK
        && sqlite3_create_function_v2(handle, "ll_part_masked", 1, flags, nullptr, partMaskedFunction, nullptr, nullptr,
                                      nullptr) == SQLITE_OK)
        return true;
    *error = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QStringLiteral("not an SQLite connection");
    return false;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = sqlErrorText(query.lastError());
    return false;
}

std::optional<qint64> pragmaValue(QSqlDatabase &db, const QString &pragma, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        *error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

/// Replaces constraint text in table definitions by editing sqlite_master, the procedure
/// SQLite's ALTER TABLE documentation gives for constraint changes that leave every stored row
/// valid: inside the caller's transaction, writable_schema on, the text replaced, schema_version
/// raised so every connection rereads the schema. A definition that does not hold the expected
/// text stops the migration rather than being edited blind.
bool rewriteConstraints(QSqlDatabase &db, const QList<CaseSchema::ConstraintRewrite> &rewrites, QString *error)
{
    if (rewrites.isEmpty())
        return true;
    const auto schemaVersion = pragmaValue(db, QStringLiteral("schema_version"), error);
    if (!schemaVersion || !exec(db, QStringLiteral("PRAGMA writable_schema = ON"), error))
        return false;
    bool ok = true;
    for (const CaseSchema::ConstraintRewrite &r : rewrites) {
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, ?, ?)"
                                      " WHERE type = 'table' AND name = ? AND instr(sql, ?) > 0"));
        for (const QString &value : {r.before, r.after, r.table, r.before})
            update.addBindValue(value);
        if (!update.exec() || update.numRowsAffected() != 1) {
            *error = update.lastError().isValid() ? sqlErrorText(update.lastError())
                                                  : CaseDatabase::tr("table %1 does not define \"%2\"").arg(r.table, r.before);
            ok = false;
            break;
        }
    }
    ok = ok && exec(db, QStringLiteral("PRAGMA schema_version = %1").arg(*schemaVersion + 1), error);
    QString ignored;
    exec(db, QStringLiteral("PRAGMA writable_schema = OFF"), ok ? error : &ignored);
    return ok;
}

/// SQLite's URI for reading @p path as a file nothing changes ("file:///cases/a%20b.llcase?immutable=1"):
/// no locks, no journal index beside it.
QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
           + QStringLiteral("?immutable=1");
}

} // namespace

CaseDatabase::CaseDatabase(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

CaseDatabase::~CaseDatabase()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase CaseDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<CaseDatabase> CaseDatabase::create(const QString &path, const QString &region, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1: a file of that name exists already").arg(path);
        return nullptr;
    }
    std::unique_ptr<CaseDatabase> result(new CaseDatabase(path, nextConnectionName()));
    if (!result->configure(Access::ReadWrite, false, error))
        return nullptr;
    QSqlDatabase database = result->db();
    QString sqlError;
    if (!exec(database, QStringLiteral("PRAGMA application_id = %1").arg(CaseSchema::ApplicationId), &sqlError)
        || !exec(database, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError)
        || !migrate(database, CaseSchema::latestVersion(), &sqlError)
        || !result->setInfo(QStringLiteral("default_region"), region.toUpper())
        || !result->setInfo(QStringLiteral("created_at"), AuditLog::nowIso())
        || !result->setInfo(QStringLiteral("display_zone"), QStringLiteral("UTC"))
        || !AuditLog::record(database, QStringLiteral("case-created"),
                             QJsonObject{{QStringLiteral("default_region"), region.toUpper()}})) {
        *error = tr("%1: cannot create the case: %2").arg(path, sqlError);
        result.reset();
        QFile::remove(path);
        return nullptr;
    }
    return result;
}

std::unique_ptr<CaseDatabase> CaseDatabase::open(const QString &path, Access access, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("%1: no such case").arg(path);
        return nullptr;
    }
    if (!info.isFile() || info.size() == 0) {
        *error = tr("%1: not a LookupLens case").arg(path);
        return nullptr;
    }
    if (access == Access::ReadWrite && onReadOnlyStorage(path)) {
        *error =
            tr("%1: the case is on storage that cannot be written here (read-only media, a write "
               "blocker, a read-only share, or no permission): it can be read, not changed")
                .arg(path);
        return nullptr;
    }
    std::optional<qint64> appId;
    std::unique_ptr<CaseDatabase> result = connect(path, access, &appId, error);
    if (!result)
        return nullptr;
    QSqlDatabase database = result->db();
    QString sqlError;
    if (*appId != CaseSchema::ApplicationId) {
        *error = tr("%1: not a LookupLens case").arg(path);
        return nullptr;
    }
    const int version = result->schemaVersion();
    if (version > CaseSchema::latestVersion()) {
        *error =
            tr("%1: the case was written by a newer LookupLens (schema %2; this one knows %3)")
                .arg(path, QString::number(version), QString::number(CaseSchema::latestVersion()));
        return nullptr;
    }
    if (version < CaseSchema::latestVersion()) {
        if (access == Access::ReadAnyVersion)
            return result;
        if (access == Access::ReadOnly) {
            *error = onReadOnlyStorage(path)
                         ? tr("%1: the case needs an upgrade from schema %2, which cannot be made "
                              "where it lies; "
                              "open it in LookupLens, which offers a working copy")
                               .arg(path, QString::number(version))
                         : tr("%1: the case needs an upgrade from schema %2, which reading it only "
                              "cannot make; "
                              "open it once in LookupLens or with a lookuplens-cli command other "
                              "than a dry run")
                               .arg(path, QString::number(version));
            return nullptr;
        }
        if (!migrate(database, CaseSchema::latestVersion(), &sqlError)) {
            *error = tr("%1: cannot upgrade the case: %2").arg(path, sqlError);
            return nullptr;
        }
    }
    // A first bulk import writes a new case with a rollback journal and returns it to WAL when
    // done; after a crash in between, the next writer puts it back. Best effort: a case still
    // open elsewhere keeps its mode until then.
    if (access == Access::ReadWrite)
        exec(database, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError);
    return result;
}

bool CaseDatabase::onReadOnlyStorage(const QString &path)
{
    const QFileInfo file(path);
    return !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable(); // EROFS for root too
}

CaseDatabase::Access CaseDatabase::accessFor(const QString &path)
{
    return QFileInfo::exists(path) && onReadOnlyStorage(path) ? Access::ReadOnly
                                                              : Access::ReadWrite;
}

std::unique_ptr<CaseDatabase> CaseDatabase::connect(const QString &path, Access access,
                                                    std::optional<qint64> *appId, QString *error)
{
    std::unique_ptr<CaseDatabase> result(new CaseDatabase(path, nextConnectionName()));
    QString unread; // said only if no read succeeds: callers take an error set as a failure
    *appId = result->readApplicationId(access, false, &unread);
    if (!*appId && access != Access::ReadWrite && onReadOnlyStorage(path)) {
        // SQLite reads a case in WAL mode through an index file (-shm) it keeps beside it, which
        // a folder that cannot be written cannot hold; an immutable read needs none.
        if (refusedForItsJournal(path, error))
            return nullptr;
        result.reset(new CaseDatabase(path, nextConnectionName()));
        *appId = result->readApplicationId(access, true, &unread);
    }
    if (*appId)
        return result;
    *error = unread;
    return nullptr;
}

bool CaseDatabase::refusedForItsJournal(const QString &path, QString *error)
{
    // An immutable read does not see what a journal (-wal) left beside the case holds: such a
    // case is refused rather than read short.
    const QFileInfo journal(path + QStringLiteral("-wal"));
    if (journal.size() == 0)
        return false;
    *error = tr("%1: its journal %2 holds changes not yet folded into the case, and the folder "
                "cannot be written for SQLite to read them; copy the case with that file to a "
                "writable folder")
                 .arg(path, journal.fileName());
    return true;
}

std::optional<qint64> CaseDatabase::readApplicationId(Access access, bool immutable, QString *error)
{
    if (!configure(access, immutable, error))
        return std::nullopt;
    QSqlDatabase database = db();
    QString sqlError;
    const auto appId = pragmaValue(database, QStringLiteral("application_id"), &sqlError);
    if (!appId)
        *error = tr("%1: not a readable case (%2)").arg(m_path, sqlError);
    return appId;
}

bool CaseDatabase::configure(Access access, bool immutable, QString *error)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(immutable ? immutableUri(m_path) : m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (access != Access::ReadWrite)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    database.setConnectOptions(options);
    if (!database.open()) {
        *error = tr("%1: cannot open: %2").arg(m_path, sqlErrorText(database.lastError()));
        return false;
    }
    CaseWriters::install(SqliteStatement::handleOf(database));
    QString sqlError;
    if (!exec(database, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError)
        || !exec(database, QStringLiteral("PRAGMA synchronous = NORMAL"), &sqlError)) {
        *error = tr("%1: not a readable case (%2)").arg(m_path, sqlError);
        return false;
    }
    return true;
}

int CaseDatabase::schemaVersion() const
{
    QSqlDatabase database = db();
    QString error;
    return int(pragmaValue(database, QStringLiteral("user_version"), &error).value_or(-1));
}

bool CaseDatabase::migrate(QSqlDatabase &db, int target, QString *error)
{
    const auto current = pragmaValue(db, QStringLiteral("user_version"), error);
    if (!current)
        return false;
    if (*current >= target)
        return true;
    if (!registerMigrationFunctions(db, error))
        return false;
    if (!db.transaction()) {
        *error = sqlErrorText(db.lastError());
        return false;
    }
    for (int version = int(*current) + 1; version <= target; ++version) {
        // Constraints first: a step's statements may store what its widened constraint allows.
        if (!rewriteConstraints(db, CaseSchema::constraintRewrites(version), error)) {
            db.rollback();
            return false;
        }
        for (const QString &statement : CaseSchema::migrationStatements(version)) {
            if (!exec(db, statement, error)) {
                db.rollback();
                return false;
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error)) {
            db.rollback();
            return false;
        }
    }
    if (*current > 0)
        AuditLog::record(db, QStringLiteral("schema-upgraded"),
                         QJsonObject{{QStringLiteral("from"), int(*current)}, {QStringLiteral("to"), target}});
    if (!db.commit()) {
        *error = sqlErrorText(db.lastError());
        return false;
    }
    return true;
}

QString CaseDatabase::region() const
{
    const QString value = info(QStringLiteral("default_region"));
    return value.isEmpty() ? QStringLiteral("US") : value;
}

QTimeZone CaseDatabase::displayZone() const
{
    return TimeFormat::zoneNamed(info(QStringLiteral("display_zone"))); // an id, or an older case's label
}

QString CaseDatabase::info(const QString &key) const
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("SELECT value FROM case_info WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool CaseDatabase::setInfo(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT INTO case_info (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}
