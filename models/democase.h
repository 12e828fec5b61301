#pragma once

#include <QCoreApplication>
#include <QString>

/// @brief Builds the built-in demo case from the sample returns embedded under :/demo.
/// Deterministic: the same inputs, declared zones and region every time.
class DemoCase final
{
    Q_DECLARE_TR_FUNCTIONS(DemoCase)
public:
    /// @brief Writes a new case at @p path (which must not exist) holding the demo returns,
    /// geolocated with MaxMind's test databases (written beside the case, in PATH-geoip/, so
    /// later imports into the demo are geolocated too).
    static bool build(const QString &path, QString *error);
    static QStringList inputFiles();
    static QStringList geoDatabases();
};
