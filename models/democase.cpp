#include "democase.h"

#include "importjob.h"

#include <QFileInfo>

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
    return true;
}
