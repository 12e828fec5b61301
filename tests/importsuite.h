#pragma once

#include "casedatabase.h"
#include "importjob.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/// @brief What the suites importing returns share: a new case for each import,
/// the accounting identity and the client IPs checked after every one, a case's events as text.
class ImportSuite : public QObject
{
protected:
    struct Imported
    {
        ImportResult result;
        std::unique_ptr<CaseDatabase> db;
    };
    /// @brief Imports into a new case (created for @p region first where it is not "US") and
    /// opens it read-only.
    Imported import(ImportParams params, const QString &region = QStringLiteral("US"));
    /// @brief @p text written as the file @p name and imported with its zone declared UTC.
    Imported importUtc(const QString &name, const QByteArray &text);
    /// @brief The fixture tests/data/@p relative imported into a new case, its zone declared
    /// @p zone (none if empty).
    Imported importFixture(const QString &relative, const QString &zone = QStringLiteral("UTC"));
    /// @brief @p file's rows read, accepted, duplicate and rejected, to compare in one QCOMPARE.
    static QList<int> accounting(const FileImportResult &file);
    /// @brief Each event of the case, in line order: class, subtype, UTC time, initiator,
    /// counterpart, client IP, duration and line, joined by spaces.
    static QStringList events(QSqlDatabase db);
    /// @brief Writes @p bytes as the file @p name in the suite's directory; returns its path.
    QString writeFile(const QString &name, const QByteArray &bytes);
    /// @brief Imports @p files into the case at @p casePath (created if missing), their zone
    /// declared as @p zone (none if empty), without the checks import() makes.
    static ImportResult importInto(const QString &casePath, const QStringList &files, const QString &zone = {},
                                   bool allowDuplicate = false);
    /// @brief A bulk import (as if the files were large) of @p files into @p casePath, times in UTC.
    static ImportParams bulkParams(const QString &casePath, const QStringList &files);
    /// @brief The case at @p casePath opened, or null with the reason printed.
    static std::unique_ptr<CaseDatabase> openCase(const QString &casePath,
                                                  CaseDatabase::Access access = CaseDatabase::Access::ReadOnly);
    /// @brief A path for a case no test has used yet.
    QString newCasePath();
    /// @brief Fails the test if an import of it broke the accounting identity or left the
    /// client IPs out of step with the events, naming the files or cases; each suite's cleanup().
    void verifyAccounting();

    QTemporaryDir m_dir;

private:
    int m_counter = 0;
    QStringList m_accountingFailures;
};
