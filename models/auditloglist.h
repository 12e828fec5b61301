#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// @brief One record of a case's audit log: what was done to or from the case, by whom, when.
struct AuditEntry
{
    qint64 id = 0;
    QString at; ///< ISO 8601, UTC, as recorded
    QString osUser;
    QString action; ///< "import", "report-written", "export-events", …
    QJsonObject details;
};

/// @brief The case's audit log read back: its chain of custody, for the window and the command
/// line, and the records of the files written from the case, found by their SHA-256.
namespace AuditLogList {
/// @brief Every record of the case open in @p db, oldest first.
QList<AuditEntry> of(QSqlDatabase db);
/// @brief The records among @p entries of a file written from the case (a report, an export)
/// whose bytes had the SHA-256 @p sha256 (lower-case hex).
QList<AuditEntry> writing(const QList<AuditEntry> &entries, const QString &sha256);
/// @brief The action in words ("Report written"); an action this version does not know, as
/// recorded.
QString actionText(const QString &action);
/// @brief The headings of a table of the log, in the order of its columns: "#", "When", "By",
/// "Action", "Details as recorded" (the window's dialog and the report's Appendix D).
QStringList headings();
/// @brief The details as recorded, compact JSON ("{"format":"csv","events":26}").
QString detailsText(const AuditEntry &entry);
} // namespace AuditLogList
