#include "helperprogram.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

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

void HelperProgram::passOnProgress(const QByteArray &said, const ReadWatch &watch)
{
    // The last "page N of M" the program wrote since it was last asked; anything else it says
    // (a library's complaint about a damaged file) is not read.
    static const QRegularExpression page(QStringLiteral("page (\\d+) of (\\d+)\n"));
    if (!watch.progress || said.isEmpty())
        return;
    QRegularExpressionMatch last;
    for (auto it = page.globalMatch(QString::fromLatin1(said)); it.hasNext();)
        last = it.next();
    if (last.hasMatch() && last.captured(2).toInt() > 0)
        watch.progress(std::min(1.0, last.captured(1).toDouble() / last.captured(2).toDouble()));
}

HelperProgram::Run HelperProgram::run(const QString &file, int timeoutMs, const QString &what, const ReadWatch &watch) const
{
    return run(QStringList{file}, {}, timeoutMs, what, watch);
}

HelperProgram::Run HelperProgram::run(const QStringList &arguments, const QByteArray &input, int timeoutMs,
                                      const QString &what, const ReadWatch &watch) const
{
    Run run;
    QProcess reader;
    reader.setProcessChannelMode(QProcess::SeparateChannels);
    reader.start(m_path, arguments, QIODevice::ReadWrite);
    if (!reader.waitForStarted()) {
        run.error = tr("the reader of %1 (%2) cannot be started: %3").arg(what, m_path, reader.errorString());
        return run;
    }
    reader.write(input);
    reader.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    // A long report takes seconds to lay out: a cancelled import does not wait for it.
    while (!reader.waitForFinished(100) && reader.state() != QProcess::NotRunning) {
        passOnProgress(reader.readAllStandardError(), watch);
        const bool cancelled = watch.stopped && watch.stopped();
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

QString ReadWatch::cancelledError()
{
    return QCoreApplication::translate("ReadWatch", "the file was not read: the import was cancelled");
}
