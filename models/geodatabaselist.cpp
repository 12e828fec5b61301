#include "geodatabaselist.h"

#include "ipaddressflags.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

/// Of each database's failed answers, by its id, those for words in place of an address: the
/// failures a database is not at fault for (few: one per distinct text).
QHash<qint64, qint64> notAnAddressCounts(QSqlDatabase db)
{
    QSqlQuery query(db);
    QHash<qint64, qint64> counts;
    if (!query.exec(
            QStringLiteral("SELECT a.database_id, i.ip FROM geo_answers a"
                           " JOIN client_ips i ON i.id = a.ip_id WHERE a.status = 'failed'")))
        return counts;
    while (query.next()) {
        if (!IpAddressFlags::of(query.value(1).toString()).valid)
            ++counts[query.value(0).toLongLong()];
    }
    return counts;
}

} // namespace

QList<GeoDatabaseRow> GeoDatabaseList::of(QSqlDatabase db)
{
    QSqlQuery query(db);
    QList<GeoDatabaseRow> rows;
    // Every client IP is asked of every database (geolocatejob.cpp): those without an answer
    // from one were never asked of it.
    if (!query.exec(QStringLiteral(
            "SELECT d.file_name, d.file_path, d.sha256, d.database_type, d.description, "
            "d.build_epoch, d.added_at, d.added_by,"
            " (SELECT max(looked_up_at) FROM geo_runs r WHERE r.database_id = d.id),"
            " count(a.status = 'found' OR NULL), count(a.status = 'not-found' OR NULL),"
            " count(a.status = 'failed' OR NULL),"
            " (SELECT count(*) FROM client_ips) - count(a.ip_id), d.id"
            " FROM geo_databases d LEFT JOIN geo_answers a ON a.database_id = d.id"
            " GROUP BY d.id ORDER BY d.id")))
        return rows;
    const QHash<qint64, qint64> words = notAnAddressCounts(db);
    while (query.next()) {
        GeoDatabaseRow row{query.value(0).toString(), query.value(1).toString(),
                           query.value(2).toString(), query.value(3).toString(),
                           query.value(4).toString(), query.value(5).toLongLong(),
                           query.value(6).toString(), query.value(7).toString(),
                           query.value(8).toString(), {}};
        row.answers = {query.value(9).toLongLong(), query.value(10).toLongLong(),
                       query.value(11).toLongLong(), words.value(query.value(13).toLongLong()),
                       query.value(12).toLongLong()};
        rows.append(row);
    }
    return rows;
}

QStringList GeoDatabaseList::headings()
{
    return {QCoreApplication::translate("GeoDatabaseList", "Database"),
            QCoreApplication::translate("GeoDatabaseList", "Type"),
            QCoreApplication::translate("GeoDatabaseList", "Built"),
            QCoreApplication::translate("GeoDatabaseList", "Client IPs"),
            QCoreApplication::translate("GeoDatabaseList", "SHA-256"),
            QCoreApplication::translate("GeoDatabaseList", "Added")};
}

QStringList GeoDatabaseList::answerLines(const GeoAnswerCounts &answers)
{
    QStringList lines{
        QCoreApplication::translate("GeoDatabaseList", "%n found", nullptr, int(answers.found)),
        QCoreApplication::translate("GeoDatabaseList", "%n not in this database", nullptr,
                                    int(answers.notFound))};
    if (const qint64 failed = answers.failed - answers.notAnAddress; failed > 0)
        lines.append(
            QCoreApplication::translate("GeoDatabaseList", "%n failed", nullptr, int(failed)));
    if (answers.notAnAddress > 0)
        lines.append(QCoreApplication::translate("GeoDatabaseList",
                                                 "%n not an IP address (the records' words)",
                                                 nullptr, int(answers.notAnAddress)));
    if (answers.notLookedUp > 0)
        lines.append(QCoreApplication::translate("GeoDatabaseList", "%n not looked up in it",
                                                 nullptr, int(answers.notLookedUp)));
    return lines;
}
