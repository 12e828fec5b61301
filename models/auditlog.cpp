#include "auditlog.h"

#include "casedatabase.h"
#include "filehash.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

bool AuditLog::record(QSqlDatabase db, const QString &action, const QJsonObject &details, const QString &at)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, os_user, action, details) VALUES (?, ?, ?, ?)"));
    query.addBindValue(at.isEmpty() ? nowIso() : at);
    query.addBindValue(osUserName());
    query.addBindValue(action);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    return query.exec();
}

QString AuditLog::recordOrSayWhyNot(const CaseDatabase &caseDb, const QString &action,
                                    const QJsonObject &details)
{
    if (record(caseDb.db(), action, details))
        return {};
    return CaseDatabase::onReadOnlyStorage(caseDb.path())
               ? QCoreApplication::translate("AuditLog",
                                             "the case is on storage that cannot be written")
               : QCoreApplication::translate("AuditLog", "the case could not be written");
}

void AuditLog::addSha256Of(QJsonObject *details, const QString &path)
{
    QString error;
    if (const auto digest = FileDigest::compute(path, &error))
        details->insert(QStringLiteral("sha256"), digest->sha256);
}

QString AuditLog::osUserName()
{
    // The account the process runs as, not $USER, which anyone can set.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(geteuid());
}

QString AuditLog::nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
