#include "sourcefiles.h"

#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace {

const QString &fileSha256(const SourceRow &source)
{
    return source.containerSha256.isEmpty() ? source.sha256 : source.containerSha256;
}

} // namespace

QString SourceFiles::fileKey(const SourceRow &source)
{
    return source.filePath + u'\n' + fileSha256(source);
}

QList<SourceFile> SourceFiles::of(const QList<SourceRow> &sources)
{
    QList<SourceFile> files;
    QHash<QString, qsizetype> byKey;
    for (const SourceRow &source : sources) {
        const bool inside = !source.containerSha256.isEmpty();
        const QString key = fileKey(source);
        const auto found = byKey.constFind(key);
        if (found != byKey.cend()) {
            files[*found].sourceIds.append(source.id);
            continue;
        }
        byKey.insert(key, files.size());
        files.append(
            {inside ? QFileInfo(source.filePath).fileName() : source.fileName, {source.id}});
    }
    return files;
}

QString SourceFiles::idRanges(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList ranges;
    for (qsizetype i = 0; i < ids.size();) {
        qsizetype end = i;
        while (end + 1 < ids.size() && ids.at(end + 1) == ids.at(end) + 1)
            ++end;
        ranges.append(end == i ? QStringLiteral("#%1").arg(ids.at(i))
                               : QStringLiteral("#%1–#%2").arg(ids.at(i)).arg(ids.at(end)));
        i = end + 1;
    }
    return ranges.join(QStringLiteral(", "));
}
