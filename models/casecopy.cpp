#include "casecopy.h"

#include "auditlog.h"
#include "casedatabase.h"
#include "filehash.h"
#include "sqlerrortext.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

/// Writes what @p from holds into the new file @p to: SQLite's VACUUM INTO, a consistent
/// snapshot (a journal's changes included) that reads the case without writing it.
bool snapshot(const QString &from, const QString &to, QString *error)
{
    // Copied as written; the copy, opened to be written, is upgraded like any case.
    const auto source = CaseDatabase::open(from, CaseDatabase::Access::ReadAnyVersion, error);
    if (!source)
        return false;
    QSqlQuery vacuum(source->db());
    vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
    vacuum.addBindValue(to);
    if (vacuum.exec())
        return true;
    *error =
        CaseCopy::tr("%1: cannot write the copy: %2").arg(to, sqlErrorText(vacuum.lastError()));
    return false;
}

/// Records in the copy's audit log the case it came from; false with @p error.
bool recordOrigin(const QString &from, const FileDigest &digest, const QString &to, QString *error)
{
    const auto copy = CaseDatabase::open(to, CaseDatabase::Access::ReadWrite, error);
    if (!copy)
        return false;
    const QJsonObject details{{QStringLiteral("from"), QFileInfo(from).absoluteFilePath()},
                              {QStringLiteral("from_sha256"), digest.sha256},
                              {QStringLiteral("from_size"), digest.size}};
    if (AuditLog::record(copy->db(), QStringLiteral("working-copy-made"), details))
        return true;
    *error = CaseCopy::tr("%1: cannot record where the copy came from").arg(to);
    return false;
}

void removeCase(const QString &path)
{
    for (const QString &ending :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + ending);
}

} // namespace

bool CaseCopy::make(const QString &from, const QString &to, QString *error)
{
    if (QFileInfo::exists(to)) {
        *error = tr("%1: a file of that name exists already").arg(to);
        return false;
    }
    const auto digest = FileDigest::compute(from, error);
    if (digest && snapshot(from, to, error) && recordOrigin(from, *digest, to, error))
        return true;
    removeCase(to);
    return false;
}
