#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

/// @brief A prepared statement on the sqlite3 handle behind a Qt SQL connection. Used only on
/// the bulk-insert path, where QSqlQuery's per-value binding costs more than SQLite itself.
/// Thread affinity: the thread that owns the connection.
class SqliteStatement final
{
    Q_DISABLE_COPY(SqliteStatement)
public:
    SqliteStatement() = default;
    ~SqliteStatement();

    /// @brief The sqlite3 handle of an open QSQLITE connection, or nullptr.
    static sqlite3 *handleOf(const QSqlDatabase &db);

    bool prepare(sqlite3 *db, const char *sql);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &text); ///< a null QString binds "", never NULL
    /// @brief Binds UTF-8 text; the bytes are copied, so @p text may go away after the call.
    void bindUtf8(int index, const QByteArray &text);
    /// @brief Binds UTF-8 text that outlives every step of this statement (a literal, a
    /// string kept for the whole run): not copied.
    void bindStaticUtf8(int index, const char *text);
    void bindNull(int index);
    /// @brief Binds a pointer only a virtual table that asks for @p type can read (sqlite3_bind_pointer).
    void bindPointer(int index, void *pointer, const char *type);
    template <typename T>
    void bindOptional(int index, const std::optional<T> &value)
    {
        value ? bind(index, *value) : bindNull(index);
    }
    /// @brief Runs a statement that returns no rows; resets it for the next use.
    bool exec();
    /// @brief Steps a query; true while a row is available. Call reset() when done.
    bool next();
    /// @brief Whether the last next() came to the end of the rows rather than to an error
    /// (a busy or damaged database).
    bool atEnd() const { return m_lastStep == 101; } // SQLITE_DONE
    void reset();
    qint64 columnInt64(int column) const;
    QByteArray columnUtf8(int column) const;
    bool columnIsNull(int column) const;
    qint64 lastInsertRowId() const;
    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastStep = 0;
};
