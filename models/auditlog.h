#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

/// @brief The case's record of every import, export and change, with who did it and when.
namespace AuditLog {
/// @p at: when the action was taken (nowIso() if empty): a record written later keeps it.
bool record(QSqlDatabase db, const QString &action, const QJsonObject &details, const QString &at = {});
QString osUserName();
QString nowIso(); ///< the current UTC time as ISO 8601 with milliseconds and "Z"
} // namespace AuditLog
