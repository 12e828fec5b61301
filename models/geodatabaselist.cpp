#include "geodatabaselist.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

QList<GeoDatabaseRow> GeoDatabaseList::of(QSqlDatabase db)
{
    QSqlQuery query(db);
    QList<GeoDatabaseRow> rows;
    if (!query.exec(QStringLiteral(
            "SELECT file_name, file_path, sha256, database_type, description, build_epoch, "
            "added_at, added_by FROM geo_databases ORDER BY id")))
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString(), query.value(5).toLongLong(),
                     query.value(6).toString(), query.value(7).toString()});
    return rows;
}

QStringList GeoDatabaseList::headings()
{
    return {QCoreApplication::translate("GeoDatabaseList", "Database"),
            QCoreApplication::translate("GeoDatabaseList", "Type"),
            QCoreApplication::translate("GeoDatabaseList", "Built"),
            QCoreApplication::translate("GeoDatabaseList", "SHA-256"),
            QCoreApplication::translate("GeoDatabaseList", "Added")};
}
