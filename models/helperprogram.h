#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

/// @brief What a reader running a program of its own on a file is told, and tells, while it runs.
struct ReadWatch
{
    std::function<bool()> stopped;        ///< the import was cancelled: stop the program
    std::function<void(double)> progress; ///< how far the program has got, 0..1, where it says

    /// @brief The error of a file's reading that a cancel stopped.
    static QString cancelledError();
};

/// @brief A program of LookupLens's own that reads one kind of evidence file in a process of
/// its own (lookuplens-xls, lookuplens-pdf): a library parsing an untrusted binary format that
/// crashes or hangs on a damaged file stops that process, not the application.
class HelperProgram
{
    Q_DECLARE_TR_FUNCTIONS(HelperProgram)
public:
    /// @brief The program named @p name: $@p variable if set, else beside the running program,
    /// else where the build put it (@p built), else where the installation put it (@p installed).
    HelperProgram(const char *variable, const QString &name, const QString &built, const QString &installed);

    QString path() const { return m_path; }

    /// @brief What a run of the program on a file gave.
    struct Run
    {
        QString error;     ///< it could not be started, or did not end in time: in words
        bool ended = false; ///< it ended of itself with exit code 0 (else it failed on the file)
        QByteArray output;
    };
    /// @brief Runs the program on @p file, waiting at most @p timeoutMs for it to end, stopping
    /// it as soon as @p watch says so (an import cancelled) and passing on how far it has got
    /// (the lines "page N of M" it writes to its standard error); @p what names the kind of
    /// file in the error ("the PDF").
    Run run(const QString &file, int timeoutMs, const QString &what, const ReadWatch &watch = {}) const;
    /// @brief The same with @p arguments (the file among them), and @p input written to its
    /// standard input (a password: never an argument, which other users' `ps` shows).
    Run run(const QStringList &arguments, const QByteArray &input, int timeoutMs, const QString &what,
            const ReadWatch &watch = {}) const;

private:
    static void passOnProgress(const QByteArray &said, const ReadWatch &watch);

    QString m_path;
};
