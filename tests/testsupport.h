#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// @brief Helpers shared by the test suites.
namespace TestSupport {
QString dataPath(const QString &relative);
/// @brief Every row of every table of a case, as text, for "unchanged in content" checks.
QStringList dumpContent(QSqlDatabase db);
/// @brief dumpContent() of the case file at @p casePath, opened read-only for the purpose.
QStringList snapshot(const QString &casePath);
/// @brief Runs a SQL query and returns its single value.
QVariant scalar(QSqlDatabase db, const QString &sql);
} // namespace TestSupport
