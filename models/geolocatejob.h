#pragma once

#include "geodatabase.h"

#include <QCoreApplication>
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
    };
    /// @p waiting is called, with @p progress at 0, every 100 ms while another program's import
    /// holds the case (the run waits for it).
    static QList<DatabaseResult> run(const QString &casePath, const QStringList &databases,
                                     const std::function<bool(double)> &progress = {},
                                     const std::function<void()> &waiting = {});
};
