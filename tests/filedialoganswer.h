#pragma once

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMetaObject>
#include <QStringList>

namespace TestSupport {

/// @brief Chooses @p files in an open file dialog, as a person types them (several, each quoted
/// with its whole path), and accepts it. QFileDialog::selectFile() leaves the name box as it is
/// while that box has the focus (a dialog shown a second time in a test): the dialog then opened
/// the folder, again and again.
inline void answerFileDialog(QFileDialog *dialog, const QStringList &files)
{
    dialog->setDirectory(QFileInfo(files.first()).absolutePath());
    const QString typed = files.size() == 1 ? QFileInfo(files.first()).fileName()
                                            : u'"' + files.join(QStringLiteral("\" \"")) + u'"';
    dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(typed);
    QMetaObject::invokeMethod(dialog, "accept");
}

} // namespace TestSupport
