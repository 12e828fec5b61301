#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// @brief One GeoIP database added to a case, as the case recorded it when it was added.
struct GeoDatabaseRow
{
    QString fileName; ///< as the places name it
    QString filePath;
    QString sha256; ///< of the file as it was read when added
    QString databaseType;
    QString description;
    qint64 buildEpoch = 0;
    QString addedAt; ///< ISO 8601, UTC
    QString addedBy;
};

/// @brief The GeoIP databases a case's places were read from, in the order they were added.
namespace GeoDatabaseList {
QList<GeoDatabaseRow> of(QSqlDatabase db);
/// @brief The headings of a table of them, in the order of its columns: "Database", "Type",
/// "Built", "SHA-256", "Added" (the window's dialog and the report's section 5).
QStringList headings();
} // namespace GeoDatabaseList
