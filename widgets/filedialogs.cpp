#include "filedialogs.h"

#include "placename.h"
#include "plainmessagebox.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeView>

namespace {

/// Icons and type names from the file name only: Qt's own provider reads the first bytes of any
/// file whose extension it does not know (a case, its -wal and -shm files among them).
class NameOnlyIconProvider final : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); } // the style's
    QIcon icon(const QFileInfo &info) const override { return QFileIconProvider::icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info); // "Folder": no file is read for it
        return QMimeDatabase().mimeTypeForFile(info, QMimeDatabase::MatchExtension).comment();
    }
};

NameOnlyIconProvider &iconProvider()
{
    static NameOnlyIconProvider provider;
    return provider;
}

/// The files the window named never to be written (setNeverWritten), and which window.
struct NeverWritten
{
    const QObject *owner = nullptr;
    std::function<QString(const QString &)> reason;
};

NeverWritten &neverWritten()
{
    static NeverWritten files;
    return files;
}

/// Whether @p path is one of @p beingRead or the file (a ZIP, an archive) one of them is inside:
/// "return.zip › LOG/calls.csv" is read from return.zip.
bool isBeingRead(const QString &path, const QStringList &beingRead)
{
    if (path.isEmpty())
        return false;
    // Not QFileInfo's ==: it holds any two files that do not exist to be the same.
    const auto same = [](const QFileInfo &a, const QFileInfo &b) {
        return a.absoluteFilePath() == b.absoluteFilePath() ||
               (a.exists() && b.exists() &&
                a.canonicalFilePath() == b.canonicalFilePath()); // a link, ".."
    };
    const QFileInfo info(path);
    for (const QString &read : beingRead) {
        for (qsizetype end = read.size(); end > 0;
             end = read.lastIndexOf(PlaceName::Separator, end - 1)) {
            if (same(info, QFileInfo(read.left(end))))
                return true;
        }
    }
    return false;
}

/// Why @p path must not be written, in words; empty when it may be.
QString whyNotWritten(const QString &path, const QStringList &beingRead)
{
    if (isBeingRead(path, beingRead))
        return QCoreApplication::translate(
                   "FileDialogs", "%1 is a file chosen for import; it is never overwritten.")
            .arg(QFileInfo(path).fileName());
    if (FileDialogs::isExistingCaseFile(path))
        return QCoreApplication::translate(
                   "FileDialogs",
                   "%1 is a LookupLens case or one of its journal files; it is never overwritten.")
            .arg(QFileInfo(path).fileName());
    return neverWritten().reason && !path.isEmpty() ? neverWritten().reason(path) : QString();
}

/// The suffix of @p filter's first pattern ("PNG image (*.png)" gives "png"); none for "(*)".
QString suffixOf(const QString &filter)
{
    static const QRegularExpression firstPattern(QStringLiteral("\\(\\*\\.([^\\s)*?]+)"));
    return firstPattern.match(filter).captured(1);
}

QString settingsKey(FileDialogs::Folder folder)
{
    static const QLatin1String names[] = {QLatin1String("cases"), QLatin1String("returns"),
                                          QLatin1String("profiles"), QLatin1String("geoDatabases"),
                                          QLatin1String("exports")};
    return QStringLiteral("fileDialogs/") + names[int(folder)];
}

/// At Qt's sizes the details list elided a file's size and type ("155…tes", "CSV…ent"). Widths
/// only grown: the ones the analyst dragged, which Qt keeps, stay.
void widenDetails(QFileDialog &dialog)
{
    dialog.resize(dialog.sizeHint().expandedTo(QSize(880, 520)));
    auto *details = dialog.findChild<QTreeView *>(QStringLiteral("treeView"));
    if (!details)
        return;
    QHeaderView *header = details->header();
    const QFontMetrics metrics(details->font());
    // Long examples of what each column shows (never shown themselves): a name, size and type.
    const int widths[] = {metrics.horizontalAdvance(u"case-of-2026-12-05-return.xlsx"_qs),
                          metrics.horizontalAdvance(u"1,023.99 KiB "_qs),
                          metrics.horizontalAdvance(u"Microsoft Excel 2007 document"_qs)};
    for (int section = 0; section < 3 && section < header->count(); ++section)
        header->resizeSection(section, std::max(header->sectionSize(section), widths[section]));
}

/// Sets up @p dialog in the folder where the last one of @p folder's kind was answered.
void openWhereLast(QFileDialog &dialog, FileDialogs::Folder folder)
{
    FileDialogs::configure(dialog);
    const QString last = QSettings().value(settingsKey(folder)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        dialog.setDirectory(last); // else Qt's own: the folder any dialog last visited
}

/// Runs @p dialog and keeps where it was answered: the folder of the file chosen, or the one
/// holding the folder chosen.
QStringList run(QFileDialog &dialog, FileDialogs::Folder folder)
{
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const QStringList chosen = dialog.selectedFiles();
    if (!chosen.isEmpty())
        QSettings().setValue(settingsKey(folder), QFileInfo(chosen.first()).absolutePath());
    return chosen;
}

} // namespace

void FileDialogs::configure(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog); // a native dialog sniffs files itself
    dialog.setIconProvider(&iconProvider());
    widenDetails(dialog);
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, Folder folder,
                                  const QString &filter)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    openWhereLast(dialog, folder);
    return run(dialog, folder).value(0);
}

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &caption, Folder folder,
                                       const QString &filter)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    openWhereLast(dialog, folder);
    return run(dialog, folder);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption, Folder folder)
{
    QFileDialog dialog(parent, caption);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    openWhereLast(dialog, folder);
    return run(dialog, folder).value(0);
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption, Folder folder,
                                  const QString &suggestion, const QString &filter,
                                  const QStringList &beingRead)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    openWhereLast(dialog, folder);
    if (!suggestion.isEmpty())
        dialog.selectFile(suggestion);
    // A name typed without a suffix gets the chosen type's: the exports choose their format by
    // the suffix, and a file named "events" under "JSON" was written as CSV.
    dialog.setDefaultSuffix(suffixOf(dialog.selectedNameFilter()));
    QObject::connect(
        &dialog, &QFileDialog::filterSelected, &dialog,
        [&dialog](const QString &filter) { dialog.setDefaultSuffix(suffixOf(filter)); });
    const QString path = run(dialog, folder).value(0);
    const QString refused = whyNotWritten(path, beingRead);
    if (refused.isEmpty())
        return path;
    PlainMessageBox::warning(parent, caption, refused);
    return {};
}

void FileDialogs::setNeverWritten(const QObject *owner,
                                  std::function<QString(const QString &path)> reason)
{
    neverWritten() = {owner, std::move(reason)};
}

void FileDialogs::clearNeverWritten(const QObject *owner)
{
    if (neverWritten().owner == owner)
        neverWritten() = {};
}

bool FileDialogs::isExistingCaseFile(const QString &path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return false;
    for (const QLatin1String ending : {QLatin1String(".llcase"), QLatin1String(".llcase-wal"), QLatin1String(".llcase-shm"),
                                       QLatin1String(".llcase-journal")}) {
        if (path.endsWith(ending, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
