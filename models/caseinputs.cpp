#include "caseinputs.h"

#include <QFileInfo>
#include <QSqlQuery>

QString CaseInputs::whyNeverWritten(const QSqlDatabase &db, const QString &path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const QString canonical = info.canonicalFilePath(); // empty for a file that does not exist
    // A file that came out of an archive is stored under the archive's path (its container_path
    // the same): one column names every evidence file.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 'evidence' FROM sources WHERE file_path IN (?, ?)"
                                 " UNION ALL SELECT 'geoip' FROM geo_databases WHERE file_path IN (?, ?) LIMIT 1"));
    for (int i = 0; i < 2; ++i) {
        query.addBindValue(absolute);
        query.addBindValue(canonical.isEmpty() ? absolute : canonical);
    }
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString() == u"evidence"
               ? tr("%1 is evidence imported into this case; it is never overwritten.").arg(info.fileName())
               : tr("%1 is a GeoIP database this case's places were read from; it is never overwritten.")
                     .arg(info.fileName());
}
