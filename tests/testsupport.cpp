#include "testsupport.h"

#include "casedatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

QString TestSupport::dataPath(const QString &relative)
{
    return QStringLiteral(LL_TEST_DATA "/") + relative;
}

QStringList TestSupport::dumpContent(QSqlDatabase db)
{
    QStringList dump;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).toString());
            dump.append(table + u'|' + values.join(u'|'));
        }
    }
    return dump;
}

QVariant TestSupport::scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

QStringList TestSupport::snapshot(const QString &casePath)
{
    QString error;
    const auto db = CaseDatabase::open(casePath, CaseDatabase::Access::ReadOnly, &error);
    return db ? dumpContent(db->db()) : QStringList{QStringLiteral("cannot open: ") + error};
}
