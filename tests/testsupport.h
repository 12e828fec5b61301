#pragma once

#include "tablereader.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class CaseDatabase;

/// @brief Helpers shared by the test suites.
namespace TestSupport {
QString dataPath(const QString &relative);
/// @brief The text a tooltip shows: tooltips quoting the evidence are given as rich text
/// (PlainToolTip), so that it is shown as written.
QString shownText(const QVariant &tooltip);
/// @brief The SHA-256 of the file at @p path, in hex, as sha256sum prints it.
QString sha256Of(const QString &path);
/// @brief Every row of every table of a case, as text, for "unchanged in content" checks.
QStringList dumpContent(QSqlDatabase db);
/// @brief dumpContent() of the case file at @p casePath, opened read-only for the purpose.
QStringList snapshot(const QString &casePath);
/// @brief Every row of a SQL query's result, its values joined by "|" (NULL as "NULL"), or one
/// line naming the error.
QStringList rows(QSqlDatabase db, const QString &sql);
/// @brief The name and SQL of every index of the case at @p casePath, by name.
QStringList indexSql(const QString &casePath);
/// @brief Runs a SQL query and returns its single value.
QVariant scalar(QSqlDatabase db, const QString &sql);
/// @brief Each source's "container_damage" as the Sources panel words it (empty where it has
/// none), in id order, after checking that it is stored as data; one line naming what is not.
QStringList containerDamageShown(QSqlDatabase db);
/// @brief The JSON object a SQL query's single value holds (a source's metadata, an audit entry).
QJsonObject jsonObject(QSqlDatabase db, const QString &sql);
enum class RowOrder
{
    Time,
    Shuffled
};
/// @brief Writes an IDS log of @p rows records, two a minute from 2026-03-01 00:00 UTC among
/// 20 requesters and 17 looked-up handles, in time order or shuffled (the same every run).
/// Returns @p path, or an empty string if it cannot be written.
QString writeIdsCsv(const QString &path, int rows, RowOrder order);
/// @brief Writes @p bytes to @p path (a fixture made in the test); returns @p path.
QString writeFile(const QString &path, const QByteArray &bytes);
/// @brief Writes at @p path an IDS log of one lookup, of +13125550147 by +12025550143 on
/// 2026-03-09 10:00:00 UTC from @p clientIp: an address a later return brings. Returns @p path.
QString writeIdsLookupFrom(const QString &path, const QByteArray &clientIp);
/// @brief @p text as UTF-16 with its byte-order mark, each code unit as it is: a lone surrogate
/// stays one (Qt's encoder may not keep it so).
QByteArray utf16WithBom(const QString &text, bool bigEndian = false);
/// @brief A WhatsApp records page (the fixture's, or a variant of it) with @p count copies of its
/// first message before it, each with a message id of its own: a large delivery.
QByteArray withMessages(QByteArray page, int count);
/// @brief Every row @p reader gives, to its end.
QList<TableRow> readAll(TableReader &reader);
/// @brief @p files (each under tests/data) imported into a new case at @p casePath as the CLI
/// would, their zone declared UTC; the case opened read-only, or null (the failure printed).
std::unique_ptr<CaseDatabase> importedCase(const QString &casePath, const QStringList &files);
/// @brief @p paths imported into the case at @p casePath (new or not) as importedCase() imports.
std::unique_ptr<CaseDatabase> importedFiles(const QString &casePath, const QStringList &paths);
/// @brief The fixture @p fixture (under tests/data) copied to @p copy and the copy imported as
/// importedCase() imports: evidence a test may see written over, never the fixture itself.
std::unique_ptr<CaseDatabase> importedCopy(const QString &casePath, const QString &fixture, const QString &copy);
/// @brief Makes @p folder read-only as a write-protected drive is: no file can be made or changed
/// in it. As root, who writes through permissions, with the immutable attribute; false where it
/// cannot be set. A test run killed meanwhile leaves such a folder, which nothing could delete:
/// this program's earlier runs' folders of the same name are made writable again first.
bool makeReadOnly(const QString &folder);
/// @brief Undoes makeReadOnly().
void makeWritable(const QString &folder);
} // namespace TestSupport
