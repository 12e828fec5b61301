#include "referencecheck.h"

#include "sqlerrortext.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool run(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = sqlErrorText(query.lastError());
    return false;
}

} // namespace

std::optional<QString> ReferenceCheck::firstBroken(QSqlDatabase db, QString *error)
{
    error->clear();
    QSqlQuery tables(db);
    if (!run(tables, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                    " ORDER BY name"),
             error))
        return std::nullopt;
    while (tables.next()) {
        const auto broken = brokenInTable(db, tables.value(0).toString(), error);
        if (broken || !error->isEmpty())
            return broken;
    }
    return std::nullopt;
}

std::optional<QString> ReferenceCheck::brokenInTable(QSqlDatabase db, const QString &table, QString *error)
{
    QSqlQuery list(db);
    if (!run(list, QStringLiteral("SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(%1)").arg(quoted(table)),
             error))
        return std::nullopt;
    QMap<int, QList<ForeignKey>> keys; // a key of several columns has several rows
    while (list.next())
        keys[list.value(0).toInt()].append({list.value(2).toString(), list.value(1).toString(), list.value(3).toString()});
    for (const QList<ForeignKey> &key : std::as_const(keys)) {
        // SQLite's own check for what the query below does not cover: keys of several columns,
        // or naming the parent's primary key only implicitly.
        if (key.size() != 1 || key.first().parentColumn.isEmpty())
            return brokenByPragma(db, table, error);
        const auto broken = brokenKey(db, table, key.first(), error);
        if (broken || !error->isEmpty())
            return broken;
    }
    return std::nullopt;
}

std::optional<QString> ReferenceCheck::brokenKey(QSqlDatabase db, const QString &table, const ForeignKey &key,
                                                 QString *error)
{
    // DISTINCT over an indexed column reads the index alone; each distinct value is looked up once.
    QSqlQuery query(db);
    const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT %2 AS ref FROM %1 WHERE %2 IS NOT NULL) d"
                                       " WHERE NOT EXISTS (SELECT 1 FROM %3 p WHERE p.%4 = d.ref)")
                            .arg(quoted(table), quoted(key.column), quoted(key.parent), quoted(key.parentColumn));
    if (!run(query, sql, error) || !query.next())
        return std::nullopt;
    const int missing = query.value(0).toInt();
    if (missing == 0)
        return std::nullopt;
    return tr("%1.%2: %n value(s) not in %3.%4", nullptr, missing).arg(table, key.column, key.parent, key.parentColumn);
}

std::optional<QString> ReferenceCheck::brokenByPragma(QSqlDatabase db, const QString &table, QString *error)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("PRAGMA foreign_key_check(%1)").arg(quoted(table)), error) || !query.next())
        return std::nullopt;
    if (query.value(1).isNull()) // a table without rowid
        return tr("%1: a row names no row of %2").arg(table, query.value(2).toString());
    return tr("%1: row %2 names no row of %3").arg(table, query.value(1).toString(), query.value(2).toString());
}
