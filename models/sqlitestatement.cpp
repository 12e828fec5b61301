#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

bool SqliteStatement::prepare(sqlite3 *db, const char *sql)
{
    m_db = db;
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return db && sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) == SQLITE_OK;
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    static const char16_t empty = 0;
    const void *data = text.isNull() ? static_cast<const void *>(&empty) : static_cast<const void *>(text.utf16());
    sqlite3_bind_text16(m_statement, index, data, int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &text)
{
    sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindStaticUtf8(int index, const char *text)
{
    sqlite3_bind_text(m_statement, index, text, -1, SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindPointer(int index, void *pointer, const char *type)
{
    sqlite3_bind_pointer(m_statement, index, pointer, type, nullptr);
}

bool SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

bool SqliteStatement::next()
{
    m_lastStep = sqlite3_step(m_statement);
    return m_lastStep == SQLITE_ROW;
}

static_assert(SQLITE_DONE == 101, "atEnd() in the header spells SQLITE_DONE out");

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray SqliteStatement::columnUtf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray(text, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatement::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
}
