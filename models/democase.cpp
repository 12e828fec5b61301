#include "democase.h"

#include "geolocatejob.h"
#include "importjob.h"

#include <QDir>
#include <QFileInfo>

QStringList DemoCase::geoDatabases()
{
    return {QStringLiteral(":/demo/geoip/GeoIP2-City-Test.mmdb"), QStringLiteral(":/demo/geoip/GeoLite2-ASN-Test.mmdb")};
}

namespace {

/// libmaxminddb reads files, not Qt resources: the databases are written out beside the case.
QStringList writeGeoDatabases(const QString &casePath, QString *error)
{
    const QString dir = casePath + QStringLiteral("-geoip");
    QDir().mkpath(dir);
    QStringList files;
    for (const QString &resource : DemoCase::geoDatabases()) {
        const QString target = dir + u'/' + QFileInfo(resource).fileName();
        QFile::remove(target);
        if (!QFile::copy(resource, target)) {
            *error = DemoCase::tr("%1: cannot write the demo's geolocation database").arg(target);
            return {};
        }
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        files.append(target);
    }
    return files;
}

} // namespace

QStringList DemoCase::inputFiles()
{
    return {QStringLiteral(":/demo/ids-query-log.csv"), QStringLiteral(":/demo/carrier-cdr.csv")};
}

bool DemoCase::build(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = tr("%1: a file of that name exists already").arg(path);
        return false;
    }
    ImportParams params;
    params.casePath = path;
    params.files = inputFiles();
    params.region = QStringLiteral("US");
    const ImportResult result = ImportJob::run(params);
    if (!result.allOk()) {
        QStringList problems{result.error};
        for (const FileImportResult &file : result.files)
            problems.append(file.error);
        problems.removeAll(QString());
        *error = tr("the demo case could not be built: %1").arg(problems.join(QStringLiteral("; ")));
        return false;
    }
    const QStringList databases = writeGeoDatabases(path, error);
    if (databases.isEmpty())
        return false;
    for (const GeoLocateJob::DatabaseResult &r : GeoLocateJob::run(path, databases)) {
        if (!r.ok) {
            *error = tr("the demo case could not be geolocated: %1").arg(r.error);
            return false;
        }
    }
    return true;
}
