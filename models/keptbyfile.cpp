#include "keptbyfile.h"

#include <QDateTime>
#include <QFileInfo>

QString fileStateKey(const QString &path, const QString &also)
{
    const QFileInfo file(path);
    return QStringLiteral("%1|%2|%3|%4")
        .arg(file.absoluteFilePath(), QString::number(file.size()),
             QString::number(file.lastModified().toMSecsSinceEpoch()), also);
}
