// The sources an import writes: a file refused when its SHA-256 is in the case already, its
// row inserted before its events, its metadata and figures written once it is read.
#include "importjobrunner.h"

#include "auditlog.h"
#include "placename.h"
#include "sqlerrortext.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace ImportJobPrivate;

QString JobRunner::existingSource(const QString &sha256)
{
    QSqlQuery query(m_case->db());
    query.prepare(QStringLiteral("SELECT id, file_name, coalesce(container_path, ''), imported_at, sha256 = ? FROM sources"
                                 " WHERE sha256 = ? OR container_sha256 = ? ORDER BY id"));
    query.addBindValue(sha256);
    query.addBindValue(sha256);
    query.addBindValue(sha256);
    if (!query.exec() || !query.next())
        return {};
    // A document inside a file (a table in a ZIP, a WhatsApp page) is named by its place in it;
    // the file itself, imported whole before, by its path.
    const QString name = query.value(1).toString();
    const QString container = query.value(2).toString();
    const QString outer = QFileInfo(container).fileName() + PlaceName::Separator;
    const QString shown = container.isEmpty()                                     ? name
                          : query.value(4).toBool() && name.startsWith(outer) ? PlaceName::within(container, name.mid(outer.size()))
                                                                                : container;
    return tr("already imported as source #%1 (%2, %3)").arg(query.value(0).toLongLong()).arg(shown, query.value(3).toString());
}

bool JobRunner::refuseIfImported(const QString &path, const FileDigest &digest, FileImportResult &result)
{
    if (!m_case || m_params.allowDuplicate)
        return false;
    const QString seen = existingSource(digest.sha256);
    if (seen.isEmpty())
        return false;
    result.error = tr("%1: %2 (to import it again: --allow-duplicate)").arg(path, seen);
    result.alreadyImported = true;
    return true;
}

std::optional<qint64> JobRunner::insertSource(const SourceInfo &source, QString *error)
{
    QSqlQuery query(m_case->db());
    query.prepare(QStringLiteral(
        "INSERT INTO sources (file_name, file_path, file_size, sha256, imported_at, imported_by, format,"
        " time_zone, zone_declared, importer_version, metadata, container_path, container_sha256, part)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(source.name);
    query.addBindValue(source.path);
    query.addBindValue(source.size);
    query.addBindValue(source.sha256);
    query.addBindValue(AuditLog::nowIso());
    query.addBindValue(AuditLog::osUserName());
    query.addBindValue(source.format);
    query.addBindValue(source.timeZone);
    query.addBindValue(source.zoneDeclared ? 1 : 0);
    query.addBindValue(ImportJob::importerVersion());
    query.addBindValue(QString::fromUtf8(QJsonDocument(keptMetadata(source.metadata)).toJson(QJsonDocument::Compact)));
    query.addBindValue(source.containerPath.isEmpty() ? QVariant() : QVariant(source.containerPath));
    query.addBindValue(source.containerSha256.isEmpty() ? QVariant() : QVariant(source.containerSha256));
    query.addBindValue(source.part.isEmpty() ? QVariant() : QVariant(source.part));
    if (!query.exec()) {
        *error = sqlErrorText(query.lastError());
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

QJsonObject JobRunner::keptMetadata(QJsonObject metadata) const
{
    // The case's region is the case's word; another is the analyst's for this file.
    if (m_numberRegion != caseRegion())
        metadata.insert(QStringLiteral("number_region"), m_numberRegion);
    return metadata;
}

bool JobRunner::updateMetadata(qint64 sourceId, const QJsonObject &metadata, QString *error)
{
    QSqlQuery query(m_case->db());
    query.prepare(QStringLiteral("UPDATE sources SET metadata = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(keptMetadata(metadata)).toJson(QJsonDocument::Compact)));
    query.addBindValue(sourceId);
    if (!query.exec()) {
        *error = sqlErrorText(query.lastError());
        return false;
    }
    return true;
}

bool JobRunner::finishSource(qint64 sourceId, const FileImportResult &result,
                             const std::optional<std::pair<qint64, qint64>> &records,
                             QString *error)
{
    QSqlQuery query(m_case->db());
    query.prepare(QStringLiteral(
        "UPDATE sources SET rows_read = ?, rows_accepted = ?, accepted_lookups = ?,"
        " accepted_communications = ?, accepted_connections = ?, rows_rejected = ?,"
        " rows_duplicate = ?, time_zone = ?, records_first_ms = ?, records_last_ms = ?"
        " WHERE id = ?"));
    query.addBindValue(result.rowsRead);
    query.addBindValue(result.accepted);
    for (const qint64 count : result.acceptedByClass)
        query.addBindValue(count);
    query.addBindValue(result.rejected);
    query.addBindValue(result.duplicate);
    query.addBindValue(result.timeZone);
    query.addBindValue(records ? QVariant(records->first) : QVariant());
    query.addBindValue(records ? QVariant(records->second) : QVariant());
    query.addBindValue(sourceId);
    if (!query.exec()) {
        *error = sqlErrorText(query.lastError());
        return false;
    }
    QJsonObject details{{QStringLiteral("source_id"), sourceId},
                        {QStringLiteral("file"), result.path},
                        {QStringLiteral("format"), result.format},
                        {QStringLiteral("time_zone"), result.timeZone},
                        {QStringLiteral("rows_read"), result.rowsRead},
                        {QStringLiteral("accepted"), result.accepted},
                        {QStringLiteral("accepted_lookups"), result.acceptedByClass[0]},
                        {QStringLiteral("accepted_communications"), result.acceptedByClass[1]},
                        {QStringLiteral("accepted_connections"), result.acceptedByClass[2]},
                        {QStringLiteral("rejected"), result.rejected},
                        {QStringLiteral("duplicate"), result.duplicate}};
    if (!result.part.isEmpty())
        details.insert(QStringLiteral("worksheet"), result.part);
    if (!result.continues.isEmpty()) // read by another sheet's header: the analyst asked for it
        details.insert(QStringLiteral("continues_worksheet"), result.continues);
    if (!result.laterReturnLines.isEmpty()) {
        QJsonArray lines;
        for (const int line : result.laterReturnLines)
            lines.append(line);
        details.insert(QStringLiteral("later_return_header_lines"), lines);
    }
    if (!result.warnings.isEmpty()) // parts of another format, worksheets not read
        details.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings));
    if (!result.notes.isEmpty())
        details.insert(QStringLiteral("notes"), QJsonArray::fromStringList(result.notes));
    if (!AuditLog::record(m_case->db(), QStringLiteral("import"), details)) {
        *error = sqlErrorText(m_case->db().lastError());
        return false;
    }
    return true;
}
