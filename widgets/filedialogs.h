#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QFileDialog;
class QObject;
class QWidget;

/// @brief The application's file dialogs. They never open the files they list.
///
/// A file dialog guesses each listed file's type from its first bytes, opening and closing it.
/// For an open case that is harmful: closing any descriptor of a file drops every POSIX lock the
/// process holds on it, SQLite's included, so another process (lookuplens-cli, sqlite3) can then
/// checkpoint the case and truncate its shared-memory file under the GUI, which crashes on its
/// next read (seen: an import into a case whose folder the import dialog had shown). These
/// dialogs are Qt's own, with an icon provider that types files by name alone.
namespace FileDialogs {

/// @brief What a dialog chooses. Each opens in the folder where the last dialog of its kind was
/// answered (kept in the settings, so across sessions). Qt's own dialogs share one folder, the
/// last visited: after a picture was exported to the report's folder, the next import opened
/// there rather than among the returns.
enum class Folder
{
    Cases,
    Returns,
    Profiles,
    GeoDatabases,
    Exports
};

QString openFileName(QWidget *parent, const QString &caption, Folder folder, const QString &filter);
QStringList openFileNames(QWidget *parent, const QString &caption, Folder folder,
                          const QString &filter);
/// Opens in the folder holding the folder last chosen, beside it.
QString existingDirectory(QWidget *parent, const QString &caption, Folder folder);
/// A name typed there without a suffix is given the suffix of the type chosen in @p filter.
/// @p beingRead are files the caller is reading (an import dialog's files, not yet imported):
/// refused like the case's own inputs.
QString saveFileName(QWidget *parent, const QString &caption, Folder folder,
                     const QString &suggestion, const QString &filter,
                     const QStringList &beingRead = {});

/// What saveFileName refuses besides a case: @p reason says why a path must never be written
/// (empty when it may be). The window gives its case's inputs (CaseInputs); @p owner clears it
/// with clearNeverWritten(), which leaves one set by another owner since.
void setNeverWritten(const QObject *owner, std::function<QString(const QString &path)> reason);
void clearNeverWritten(const QObject *owner);

/// Sets up @p dialog as the functions above do (for tests, and callers needing more options).
void configure(QFileDialog &dialog);

/// Whether @p path names an existing case or one of its journal files, judged by name alone:
/// saveFileName never returns one (an export written there would destroy the case).
bool isExistingCaseFile(const QString &path);

} // namespace FileDialogs
