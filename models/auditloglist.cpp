#include "auditloglist.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

QList<AuditEntry> AuditLogList::of(QSqlDatabase db)
{
    QSqlQuery query(db);
    QList<AuditEntry> entries;
    if (!query.exec(
            QStringLiteral("SELECT id, at, os_user, action, details FROM audit_log ORDER BY id")))
        return entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(),
                        query.value(2).toString(), query.value(3).toString(),
                        QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object()});
    return entries;
}

namespace {

/// A record of bytes written from the case, not of a file read into it (an import, a GeoIP
/// database added: their SHA-256s are the files read).
bool wroteAFile(const QString &action)
{
    return action == u"report-written" || action.startsWith(u"export-");
}

} // namespace

QList<AuditEntry> AuditLogList::writing(const QList<AuditEntry> &entries, const QString &sha256)
{
    QList<AuditEntry> found;
    for (const AuditEntry &entry : entries) {
        if (wroteAFile(entry.action) &&
            entry.details.value(QStringLiteral("sha256")).toString() == sha256)
            found.append(entry);
    }
    return found;
}

QString AuditLogList::actionText(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("case-created"), QT_TRANSLATE_NOOP("AuditLogList", "Case created")},
        {QStringLiteral("schema-upgraded"),
         QT_TRANSLATE_NOOP("AuditLogList", "Case upgraded to a newer schema")},
        {QStringLiteral("working-copy-made"),
         QT_TRANSLATE_NOOP("AuditLogList", "Working copy made")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("AuditLogList", "File imported")},
        {QStringLiteral("geo-database-added"),
         QT_TRANSLATE_NOOP("AuditLogList", "GeoIP database added")},
        {QStringLiteral("geo-new-ips-located"),
         QT_TRANSLATE_NOOP("AuditLogList", "New client IPs geolocated")},
        {QStringLiteral("handle-label"), QT_TRANSLATE_NOOP("AuditLogList", "Handle labelled")},
        {QStringLiteral("event-mark"), QT_TRANSLATE_NOOP("AuditLogList", "Event marked")},
        {QStringLiteral("event-unmark"),
         QT_TRANSLATE_NOOP("AuditLogList", "Mark taken off an event")},
        {QStringLiteral("display-zone-changed"),
         QT_TRANSLATE_NOOP("AuditLogList", "Display time zone changed")},
        {QStringLiteral("evidence-verified"),
         QT_TRANSLATE_NOOP("AuditLogList", "Evidence verified")},
        {QStringLiteral("report-written"), QT_TRANSLATE_NOOP("AuditLogList", "Report written")},
        {QStringLiteral("export-events"), QT_TRANSLATE_NOOP("AuditLogList", "Events exported")},
        {QStringLiteral("export-ips"), QT_TRANSLATE_NOOP("AuditLogList", "Client IPs exported")},
        {QStringLiteral("export-graph"), QT_TRANSLATE_NOOP("AuditLogList", "Graph exported")},
        {QStringLiteral("export-graph-image"),
         QT_TRANSLATE_NOOP("AuditLogList", "Graph exported as a picture")},
        {QStringLiteral("export-timeline"),
         QT_TRANSLATE_NOOP("AuditLogList", "Timeline exported as a picture")},
        {QStringLiteral("export-patterns"),
         QT_TRANSLATE_NOOP("AuditLogList", "Patterns exported as a picture")},
        {QStringLiteral("export-map"), QT_TRANSLATE_NOOP("AuditLogList", "Map exported")},
        {QStringLiteral("export-table"), QT_TRANSLATE_NOOP("AuditLogList", "Table exported")}};
    const auto word = words.constFind(action);
    return word == words.cend() ? action
                                : QCoreApplication::translate("AuditLogList", word.value());
}

QStringList AuditLogList::headings()
{
    return {QCoreApplication::translate("AuditLogList", "#"),
            QCoreApplication::translate("AuditLogList", "When"),
            QCoreApplication::translate("AuditLogList", "By"),
            QCoreApplication::translate("AuditLogList", "Action"),
            QCoreApplication::translate("AuditLogList", "Details as recorded")};
}

QString AuditLogList::detailsText(const AuditEntry &entry)
{
    return QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
}
