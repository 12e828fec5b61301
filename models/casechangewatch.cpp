#include "casechangewatch.h"

#include "caseschema.h"

#include <QSqlQuery>

CaseChangeWatch::CaseChangeWatch(QSqlDatabase db) : m_db(db)
{
    m_dataVersion = dataVersion();
    read(m_seen);
}

qint64 CaseChangeWatch::dataVersion() const
{
    // Changes when another connection commits, never for this connection's own writes.
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

bool CaseChangeWatch::read(Contents &contents) const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sources), (SELECT coalesce(max(id), 0) FROM sources),"
                               " (SELECT count(*) FROM geo_runs), (SELECT coalesce(max(id), 0) FROM geo_runs)"))
        || !q.next())
        return false;
    contents = {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()};
    return true;
}

CaseChangeWatch::Parts CaseChangeWatch::changed()
{
    const qint64 version = dataVersion();
    if (version == m_dataVersion && version >= 0)
        return {};
    Contents now;
    if (!read(now))
        return {};
    Parts parts;
    if (now.sources != m_seen.sources || now.lastSource != m_seen.lastSource)
        parts |= Part::Sources;
    if (now.geoRuns != m_seen.geoRuns || now.lastGeoRun != m_seen.lastGeoRun)
        parts |= Part::Geolocation;
    if (!parts)
        m_dataVersion = version; // a write that changed neither: nothing to look at again
    return parts;
}

void CaseChangeWatch::see(Parts parts)
{
    Contents now;
    if (!read(now))
        return;
    if (parts.testFlag(Part::Sources)) {
        m_seen.sources = now.sources;
        m_seen.lastSource = now.lastSource;
    }
    if (parts.testFlag(Part::Geolocation)) {
        m_seen.geoRuns = now.geoRuns;
        m_seen.lastGeoRun = now.lastGeoRun;
    }
}

QStringList CaseChangeWatch::newSourceNames() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM sources s WHERE s.id > ? ORDER BY s.id").arg(CaseSchema::sourceNameSql(QStringLiteral("s"))));
    q.addBindValue(m_seen.lastSource);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names.append(q.value(0).toString());
    }
    return names;
}
