#pragma once

#include <QFlags>
#include <QSqlDatabase>
#include <QStringList>

/// @brief Notices what another connection — lookuplens-cli, another window, a job of this
/// program — has written into an open case: the sources imported and the geolocation runs.
///
/// A view shows the case as it was read; an import from the command line into a case open in
/// the GUI left every count on screen short of the case, with nothing to say so. Cheap to ask
/// often: while no other connection commits, a check is one PRAGMA. Writes that change neither
/// (the raw-text index, layouts cached) are not reported. Thread affinity: the connection's.
class CaseChangeWatch final
{
public:
    enum class Part { Sources = 1, Geolocation = 2 };
    Q_DECLARE_FLAGS(Parts, Part)

    /// @brief Watches @p db, taking what the case holds now as seen.
    explicit CaseChangeWatch(QSqlDatabase db);

    /// @brief The parts that differ from what was last seen (nothing if the case cannot be read).
    Parts changed();
    /// @brief Takes the case's @p parts as they stand now as seen.
    void see(Parts parts);
    /// @brief The names of the sources imported since the sources were last seen, in order.
    QStringList newSourceNames() const;

private:
    struct Contents
    {
        qint64 sources = 0;
        qint64 lastSource = 0;
        qint64 geoRuns = 0;
        qint64 lastGeoRun = 0;
    };
    bool read(Contents &contents) const;
    qint64 dataVersion() const;

    QSqlDatabase m_db;
    Contents m_seen;
    qint64 m_dataVersion = -1;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(CaseChangeWatch::Parts)
