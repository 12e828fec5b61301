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
QString osUserName();
QString nowIso(); ///< the current UTC time as ISO 8601 with milliseconds and "Z"
} // namespace AuditLog
