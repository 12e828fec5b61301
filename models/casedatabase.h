#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <memory>

/// @brief One open case file (.llcase). Each instance owns its own named Qt SQL connection,
/// so every thread opens its own CaseDatabase (thread affinity: the creating thread).
class CaseDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDatabase)
    Q_DISABLE_COPY_MOVE(CaseDatabase)
public:
    enum class Access { ReadOnly, ReadWrite };
    /// How long a statement waits for another connection's lock before failing (CaseWriters'
    /// busy handler; CaseWriters::beginWhenFree() waits longer).
    static constexpr int BusyTimeoutMs = 5000;

    ~CaseDatabase();

    /// @brief Creates a new case; fails if @p path exists. @p region is the default region for
    /// national phone numbers (ISO 3166 two letters).
    static std::unique_ptr<CaseDatabase> create(const QString &path, const QString &region, QString *error);
    /// @brief Opens an existing case, migrating an older schema (ReadWrite only). Never creates.
    static std::unique_ptr<CaseDatabase> open(const QString &path, Access access, QString *error);

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
    bool configure(Access access, QString *error);

    QString m_path;
    QString m_connectionName;
};
