#pragma once

#include "geolocatejob.h"
#include "importjob.h"

#include <QJsonObject>
#include <QStringList>

/// @brief `import --json`: what an import (or a dry run) did with each file, for the tools that
/// drive imports. Key names are a contract: extend, never rename. A source's figures bear the
/// names `sources --json` gives them.
namespace ImportJson {
/// @param leftOut the notes of files left out of the folders and ZIPs named, before any was read.
QJsonObject result(const ImportResult &result, bool dryRun, const QStringList &leftOut);
QJsonObject file(const FileImportResult &file, bool dryRun);
/// @brief Adds what the look-up of the import's new client IPs in the case's databases did:
/// `new_ips_geolocated` (a database each) and `new_ips_not_geolocated` (why one was not asked).
void addGeolocation(QJsonObject &json, const GeoLocateJob::NewIpsRun &run);
/// @brief Preview row @p i of @p file: the event as it will be stored (the keys of
/// `events --format json`), its place, and what it becomes.
QJsonObject previewRow(const FileImportResult &file, qsizetype i);
} // namespace ImportJson
