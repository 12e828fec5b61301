// The import job's reports of its progress: at most one each 100 ms, repeated by a heartbeat
// and by SQLite's progress handler while a long statement runs, none once the job has ended or
// was cancelled. The job itself is in importjob.cpp.
#include "importjobrunner.h"

#include <mutex>

using namespace ImportJobPrivate;

int JobRunner::sqliteProgress(void *runner)
{
    // Non-zero interrupts the running statement; the job then rolls back. Rows are written
    // through statements too: the report says where the reading stands, not that it is done.
    return static_cast<JobRunner *>(runner)->repeatLastReport(false) ? 0 : 1;
}

void JobRunner::reportIfQuiet()
{
    // Checked often and reported early, so that a busy processor does not stretch the gap
    // between two reports past 100 ms: after 60 ms quiet, the heartbeat of 25 ms left 15 ms for
    // its thread to be scheduled, and 10M rows' index sorts on both cores took 100 ms once.
    repeatLastReport(true);
}

bool JobRunner::repeatLastReport(bool onlyIfQuiet)
{
    int index = 0;
    QString path;
    double fraction = 0;
    {
        std::lock_guard lock(m_reportMutex);
        if (m_lastPath.isEmpty() || (onlyIfQuiet && m_clock.elapsed() - m_lastReportMs < 50))
            return !m_cancelled; // nothing to repeat yet, or a report is recent
        index = m_lastIndex;
        path = m_lastPath;
        fraction = m_lastFraction;
    }
    return reportProgress(index, path, fraction, onlyIfQuiet);
}

void JobRunner::startStageAtFileStart(ImportProgress::Stage stage)
{
    std::lock_guard lock(m_reportMutex);
    m_lastFraction = 0;
    m_stage = stage;
}

bool JobRunner::reportNewStage()
{
    int index = 0;
    QString path;
    double fraction = 0;
    {
        std::lock_guard lock(m_reportMutex);
        if (m_lastPath.isEmpty())
            return !m_cancelled;
        index = m_lastIndex;
        path = m_lastPath;
        fraction = m_lastFraction;
    }
    return reportProgress(index, path, fraction, true);
}

bool JobRunner::reportProgress(int index, const QString &path, double fraction, bool force)
{
    if (!m_progress)
        return true;
    // The job's thread and the heartbeat both report.
    std::lock_guard lock(m_reportMutex);
    if (m_reportsEnded || m_cancelled)
        return !m_cancelled; // the answer is known: no report after the end, or after a cancel
    m_lastIndex = index;
    m_lastPath = path;
    m_lastFraction = fraction;
    const qint64 now = m_clock.elapsed();
    if (!force && now - m_lastReportMs < 100)
        return !m_cancelled; // a cancel the heartbeat's report was told is answered here too
    m_lastReportMs = now;
    ImportProgress p;
    p.fileIndex = index;
    p.fileCount = int(m_params.files.size());
    p.file = path;
    p.fileFraction = fraction;
    p.stage = m_stage;
    if (p.stage == ImportProgress::Stage::Waiting && m_waitingFor >= 0)
        p.waitingFor = CaseWriters::Work(m_waitingFor.load());
    p.rows = m_rows;
    p.rowsPerSecond = now > 0 ? double(m_rows) * 1000.0 / double(now) : 0;
    const double done = (index + fraction) / qMax(1, p.fileCount);
    p.secondsLeft = done > 0.01 ? (double(now) / 1000.0) * (1.0 - done) / done : -1;
    if (!m_progress(p))
        m_cancelled = true;
    return !m_cancelled;
}
