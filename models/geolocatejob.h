#pragma once

#include "geodatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

/// @brief Adds MaxMind-format databases to a case and looks up every client IP of its events
/// in each, storing the answers per (IP, database). Runs on any thread with its own
/// connection, plus one helper thread for the lookups; all databases of one run are one
/// transaction, so a failed insert or a cancel leaves the case as it was.
class GeoLocateJob final
{
    Q_DECLARE_TR_FUNCTIONS(GeoLocateJob)
public:
    struct DatabaseResult
    {
        QString path;
        bool ok = false;
        QString error;
        GeoDatabaseInfo info;
        int found = 0;
        int notFound = 0;
        int failed = 0;
        int notAnAddress = 0; ///< of the failed: words in place of an address
    };
    /// @p waiting is called, with @p progress at 0, every 100 ms while another program's import
    /// holds the case (the run waits for it).
    static QList<DatabaseResult> run(const QString &casePath, const QStringList &databases,
                                     const std::function<bool(double)> &progress = {},
                                     const std::function<void()> &waiting = {});

    /// @brief What a run for the addresses the case's databases have not answered did.
    struct NewIpsRun
    {
        QList<DatabaseResult> results; ///< each database asked, or refused (its file changed)
        QStringList notAsked;          ///< each database whose file is not at its path, why
    };
    /// @brief Looks up the client IPs a database of the case has not answered yet (an import's
    /// new addresses) in that database, when its file is still at its path and is still the file
    /// added (its SHA-256): a file changed since is refused, not added as another database.
    /// Nothing is read or written when every address has its answers.
    static NewIpsRun runForNewIps(const QString &casePath,
                                  const std::function<bool(double)> &progress = {},
                                  const std::function<void()> &waiting = {});
    /// @brief Whether runForNewIps() has an address to look up in a file at its path.
    static bool hasNewIpsToLocate(const QString &casePath);

private:
    /// run(), a file whose SHA-256 is not among @p expected for its path refused; each
    /// database's run recorded in the audit log as @p action.
    static QList<DatabaseResult> runChecked(const QString &casePath, const QStringList &databases,
                                            const QHash<QString, QStringList> &expected,
                                            const QString &action,
                                            const std::function<bool(double)> &progress,
                                            const std::function<void()> &waiting);
};
