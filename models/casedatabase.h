#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

/// @brief One open case file (.llcase). Each instance owns its own named Qt SQL connection,
/// so every thread opens its own CaseDatabase (thread affinity: the creating thread).
class CaseDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDatabase)
    Q_DISABLE_COPY_MOVE(CaseDatabase)
public:
    /// ReadAnyVersion: read-only, a case of any schema this program can upgrade from as well
    /// (read as it was written: for a copy that is upgraded once made).
    enum class Access
    {
        ReadOnly,
        ReadWrite,
        ReadAnyVersion
    };
    /// How long a statement waits for another connection's lock before failing (CaseWriters'
    /// busy handler; CaseWriters::beginWhenFree() waits longer).
    static constexpr int BusyTimeoutMs = 5000;

    ~CaseDatabase();

    /// @brief Creates a new case; fails if @p path exists. @p region is the default region for
    /// national phone numbers (ISO 3166 two letters).
    static std::unique_ptr<CaseDatabase> create(const QString &path, const QString &region, QString *error);
    /// @brief Opens an existing case, migrating an older schema (ReadWrite only). Never creates.
    /// ReadOnly opens a case on storage this program cannot write to as well (read-only media, a
    /// write blocker, a read-only share), unless a journal not yet folded in lies beside it.
    static std::unique_ptr<CaseDatabase> open(const QString &path, Access access, QString *error);
    /// @brief Whether the case at @p path cannot be written here: the file, or the folder that
    /// must hold its journal, is not writable (read-only media, a write blocker, permissions).
    static bool onReadOnlyStorage(const QString &path);
    /// @brief ReadWrite, or ReadOnly for a case on such storage: for what reads a case and only
    /// records that it did (an export's audit record, a layout kept for next time).
    static Access accessFor(const QString &path);

    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString region() const;
    QString info(const QString &key) const;
    /// @brief The zone the analyst chose for showing times; UTC unless the case says otherwise,
    /// never the host's zone.
    QTimeZone displayZone() const;
    bool setInfo(const QString &key, const QString &value);
    int schemaVersion() const;

    /// @brief Applies the migrations from the file's version up to @p target in one transaction.
    static bool migrate(QSqlDatabase &db, int target, QString *error);

private:
    CaseDatabase(QString path, QString connectionName);
    /// @p immutable: read without the journal's index file a read-only folder cannot hold.
    bool configure(Access access, bool immutable, QString *error);
    /// The connection, its file's application id read into @p appId: as immutable where storage
    /// that cannot be written leaves no other way to read it; null, @p error said, on failure.
    static std::unique_ptr<CaseDatabase> connect(const QString &path, Access access,
                                                 std::optional<qint64> *appId, QString *error);
    /// Opens the connection and reads the file's application id; null, @p error said, if either
    /// fails.
    std::optional<qint64> readApplicationId(Access access, bool immutable, QString *error);
    /// Whether a journal beside @p path holds what an immutable read would not see (@p error says
    /// so).
    static bool refusedForItsJournal(const QString &path, QString *error);

    QString m_path;
    QString m_connectionName;
};
