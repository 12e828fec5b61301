#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// @brief What one database answered for the case's client IPs, each address counted once.
struct GeoAnswerCounts
{
    qint64 found = 0;
    qint64 notFound = 0; ///< looked up, no entry for the address
    qint64 failed = 0;
    qint64 notAnAddress = 0; ///< of the failed: words in place of an address (no database's fault)
    qint64 notLookedUp = 0; ///< never asked: imported after its file changed or went
};

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
    QString lastLookedUpAt; ///< ISO 8601, UTC: its latest run that asked it about addresses
    GeoAnswerCounts answers;
};

/// @brief The GeoIP databases a case's places were read from, in the order they were added.
namespace GeoDatabaseList {
QList<GeoDatabaseRow> of(QSqlDatabase db);
/// @brief The headings of a table of them, in the order of its columns: "Database", "Type",
/// "Built", "Client IPs", "SHA-256", "Added" (the window's dialog and the report's section 5):
/// the short columns first, so that a narrow screen cuts the time added rather than the counts.
QStringList headings();
/// @brief The "Client IPs" cell: "3 found", "2 not in this database", then the failed, the
/// words in place of an address and the never asked where there are any, one to a line.
QStringList answerLines(const GeoAnswerCounts &answers);
} // namespace GeoDatabaseList
