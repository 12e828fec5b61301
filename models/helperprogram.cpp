#include "helperprogram.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

HelperProgram::HelperProgram(const char *variable, const QString &name, const QString &built, const QString &installed)
{
    m_path = qEnvironmentVariable(variable);
    if (!m_path.isEmpty())
        return;
    const QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
    if (QFileInfo(beside).isExecutable())
        m_path = beside;
    else
        m_path = QFileInfo(built).isExecutable() ? built : installed;
}

HelperProgram::Run HelperProgram::run(const QString &file, int timeoutMs, const QString &what,
                                      const std::function<bool()> &stopped) const
{
    Run run;
    QProcess reader;
    reader.setProcessChannelMode(QProcess::SeparateChannels);
    reader.setStandardErrorFile(QProcess::nullDevice());
    reader.start(m_path, {file}, QIODevice::ReadOnly);
    if (!reader.waitForStarted()) {
        run.error = tr("the reader of %1 (%2) cannot be started: %3").arg(what, m_path, reader.errorString());
        return run;
    }
    QElapsedTimer clock;
    clock.start();
    // A long report takes seconds to lay out: a cancelled import does not wait for it.
    while (!reader.waitForFinished(100) && reader.state() != QProcess::NotRunning) {
        const bool cancelled = stopped && stopped();
        if (!cancelled && clock.elapsed() < timeoutMs)
            continue;
        reader.kill();
        reader.waitForFinished();
        run.error = cancelled ? tr("%1 was not read: the import was cancelled").arg(what)
                              : tr("%1 could not be read: its reader was still at it after %n minute(s)", nullptr,
                                   timeoutMs / 60000)
                                    .arg(what);
        return run;
    }
    run.ended = reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0;
    run.output = reader.readAllStandardOutput();
    return run;
}
