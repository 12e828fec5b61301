#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

struct GeoDatabaseRow;

/// @brief Whether the files a case was imported from are still the ones it recorded: each
/// evidence file (a source's file, or the archive it came out of) hashed again and its SHA-256
/// compared with the one stored when it was imported. The GeoIP databases its places were read
/// from are checked the same way, listed apart: they are not evidence, but the places can be
/// read again only from the same files. Files are only read.
class EvidenceCheck final
{
public:
    enum class Outcome
    {
        Same,
        Changed,
        Missing,
        Unreadable
    };
    struct File
    {
        QString path;           ///< as recorded when it was imported
        QString recordedSha256; ///< the file's, or for an archive the archive's
        QStringList sources;    ///< the sources read from it, by name; for a GeoIP database, what
                                ///< it is ("GeoIP2-City, built 2019-07-08")
        Outcome outcome = Outcome::Same;
        QString foundSha256; ///< what the file hashes to now (Same, Changed)
        QString error;       ///< why it could not be read (Unreadable)
        QString checkedPath; ///< the file hashed: the path recorded, or one found in a folder
    };
    struct Counts
    {
        int same = 0;
        int changed = 0;
        int missing = 0;
        int unreadable = 0;
    };

    /// @brief The evidence files of the case open in @p db, each once, in the order imported.
    static QList<File> filesOf(const QSqlDatabase &db);
    /// @brief The GeoIP databases added to the case open in @p db, in the order added, each with
    /// the SHA-256 recorded when it was added.
    static QList<File> geoDatabasesOf(const QSqlDatabase &db);
    /// @brief @p databases as files to check, in their order.
    static QList<File> geoDatabaseFiles(const QList<GeoDatabaseRow> &databases);
    /// @brief Hashes each of @p files again and sets its outcome. @p goOn is told the share of
    /// the bytes read so far; false stops the check, which then returns false.
    /// With @p folder, each is looked for there (and in its subfolders) by its name instead of at
    /// the path recorded: the returns as handed over, kept elsewhere. Of several files of that
    /// name, one with the recorded SHA-256 makes it the same.
    static bool check(QList<File> &files, const QString &folder = {},
                      const std::function<bool(double)> &goOn = {});
    static Counts counts(const QList<File> &files);
    /// @brief The counts as JSON: same, changed, missing, unreadable (the command line's and the
    /// audit log's keys).
    static QJsonObject countsJson(const Counts &counts);
    /// @brief "3 evidence files: 2 same, 1 changed, 0 missing, 0 unreadable" (plain digits, as
    /// the command line prints it).
    static QString summary(const QList<File> &files);
    /// @brief "2 GeoIP databases: 2 same, 0 changed, 0 missing, 0 unreadable", as summary() says
    /// the evidence files'.
    static QString geoSummary(const QList<File> &databases);
    /// @brief What the audit log records of a check: the counts of @p evidence and its number
    /// (`files`), the folder looked in (`in`), and for a case with GeoIP databases their number
    /// (`geoip_databases`) and counts (`geoip`).
    static QJsonObject auditRecord(const QList<File> &evidence, const QList<File> &databases,
                                   const QString &folder);
    /// @brief "same", "changed", "missing" or "unreadable": the command line's words.
    static QString key(Outcome outcome);
};
