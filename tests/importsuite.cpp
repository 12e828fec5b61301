#include "importsuite.h"

#include "testsupport.h"
#include "timeformat.h"

#include <QSqlQuery>
#include <QTest>

#include <utility>

ImportSuite::Imported ImportSuite::importUtc(const QString &name, const QByteArray &text)
{
    ImportParams params;
    params.timeZone = QStringLiteral("UTC");
    params.files = {writeFile(name, text)};
    return import(params);
}

ImportSuite::Imported ImportSuite::importFixture(const QString &relative, const QString &zone)
{
    ImportParams params;
    params.timeZone = zone;
    params.files = {TestSupport::dataPath(relative)};
    return import(params);
}

QList<int> ImportSuite::accounting(const FileImportResult &file)
{
    return {file.rowsRead, file.accepted, file.duplicate, file.rejected};
}

ImportSuite::Imported ImportSuite::import(ImportParams params, const QString &region)
{
    params.casePath = newCasePath();
    if (region != u"US") {
        QString error;
        CaseDatabase::create(params.casePath, region, &error);
    }
    Imported imported{ImportJob::run(params), nullptr};
    QString error;
    imported.db = CaseDatabase::open(params.casePath, CaseDatabase::Access::ReadOnly, &error);
    for (const FileImportResult &file : imported.result.files) {
        // The accounting identity holds for every file of every format.
        if (file.ok && file.rowsRead != file.accepted + file.duplicate + file.rejected)
            m_accountingFailures.append(file.path);
    }
    // Every client IP an event uses has its id for geolocation, and no other address does.
    if (imported.db
        && TestSupport::scalar(imported.db->db(),
                               QStringLiteral("SELECT (SELECT group_concat(ip) FROM (SELECT ip FROM client_ips ORDER BY ip))"
                                              " IS (SELECT group_concat(client_ip) FROM (SELECT DISTINCT client_ip FROM events"
                                              " WHERE client_ip IS NOT NULL ORDER BY client_ip))"))
                   .toInt()
               != 1)
        m_accountingFailures.append(params.casePath + QStringLiteral(" (client_ips)"));
    return imported;
}

QStringList ImportSuite::events(QSqlDatabase db)
{
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT e.class, e.subtype, e.utc_ms, hi.normalized, coalesce(hc.normalized, ''),"
                          " coalesce(e.client_ip, ''), coalesce(e.duration_s, ''), e.line FROM events e"
                          " JOIN handles hi ON hi.id = e.initiator_id LEFT JOIN handles hc ON hc.id = e.counterpart_id"
                          " ORDER BY e.line"));
    while (q.next()) {
        rows.append(QStringList{q.value(0).toString(), q.value(1).toString(), TimeFormat::isoUtc(q.value(2).toLongLong()),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString(), q.value(7).toString()}
                        .join(u' '));
    }
    return rows;
}

QString ImportSuite::writeFile(const QString &name, const QByteArray &bytes)
{
    return TestSupport::writeFile(m_dir.filePath(name), bytes);
}

ImportResult ImportSuite::importInto(const QString &casePath, const QStringList &files, const QString &zone,
                                     bool allowDuplicate)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = files;
    params.timeZone = zone;
    params.allowDuplicate = allowDuplicate;
    return ImportJob::run(params);
}

ImportParams ImportSuite::bulkParams(const QString &casePath, const QStringList &files)
{
    ImportParams params;
    params.casePath = casePath;
    params.files = files;
    params.timeZone = QStringLiteral("UTC");
    params.bulkThresholdBytes = 0;
    return params;
}

std::unique_ptr<CaseDatabase> ImportSuite::openCase(const QString &casePath, CaseDatabase::Access access)
{
    QString error;
    auto db = CaseDatabase::open(casePath, access, &error);
    if (!db)
        qWarning("%s", qPrintable(error));
    return db;
}

QString ImportSuite::newCasePath()
{
    return m_dir.filePath(QStringLiteral("f%1.llcase").arg(++m_counter));
}

void ImportSuite::verifyAccounting()
{
    const QStringList failures = std::exchange(m_accountingFailures, {});
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u' ')));
}
