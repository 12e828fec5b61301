#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

class CaseDatabase;

/// @brief The case's record of every import, export and change, with who did it and when.
namespace AuditLog {
/// @p at: when the action was taken (nowIso() if empty): a record written later keeps it.
bool record(QSqlDatabase db, const QString &action, const QJsonObject &details, const QString &at = {});
/// @brief Records as record() does, into the case @p caseDb; empty when recorded, else why not in
/// words ("the case is on storage that cannot be written"), for a note beside what was done.
QString recordOrSayWhyNot(const CaseDatabase &caseDb, const QString &action,
                          const QJsonObject &details);
/// @brief Adds `sha256`, that of the file at @p path as it now is, to @p details: the record of
/// a file written from the case, so that a copy handed over can be checked against it. Nothing
/// where the file cannot be read.
void addSha256Of(QJsonObject *details, const QString &path);
QString osUserName();
QString nowIso(); ///< the current UTC time as ISO 8601 with milliseconds and "Z"
} // namespace AuditLog
