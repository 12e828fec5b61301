#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

/// @brief The case's record of every import, export and change, with who did it and when.
namespace AuditLog {
bool record(QSqlDatabase db, const QString &action, const QJsonObject &details);
QString osUserName();
QString nowIso(); ///< the current UTC time as ISO 8601 with milliseconds and "Z"
} // namespace AuditLog
