#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

/// @brief What query tools print around the records they print as text (SQL*Plus, SQL Server's
/// "results to text", psql, MySQL's client), read alike by the readers of such printouts.
namespace QueryToolText {
/// @brief The first 64 KiB of @p path as text, split into lines: enough to tell a printout.
QStringList headLines(const QString &path);
/// @brief The count in @p line if it is the one a query tool prints after its records ("2 rows
/// selected.", "(2 rows affected)", "2 rows in set (0.00 sec)", "(2 rows)", MySQL's "Empty set");
/// nullopt otherwise.
std::optional<qint64> tallyCount(const QString &line);
/// @brief Whether @p line is the query tool echoing a command at its prompt: "SQL> spool off",
/// "mysql> SELECT …", MySQL's "    -> " going on with one, MariaDB's "MariaDB [db]> ", psql's
/// "db=> ", "db=# ", "db-> ".
bool isPrompt(const QString &line);
/// @brief The words for the tool's counts at @p lines that follow another count, each of a
/// query that printed nothing: layout, in a reader's note.
QString countsWithoutTableNote(const QList<int> &lines);
/// @brief The words for the tool's prompt lines at @p lines: layout, in a reader's note.
QString promptNote(const QList<int> &lines);
/// @brief Line numbers as a note lists them: "4, 5, 9", the first ten and "…" after.
QString lineList(const QList<int> &lines);
} // namespace QueryToolText
