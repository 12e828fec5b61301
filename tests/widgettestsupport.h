#pragma once

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMetaObject>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QWidget>

/// Helpers for the tests that drive the window's menus and dialogs.
namespace TestSupport {

/// @brief Chooses @p files in an open file dialog, as a person types them (several, each quoted
/// with its whole path), and accepts it. QFileDialog::selectFile() leaves the name box as it is
/// while that box has the focus (a dialog shown a second time in a test): the dialog then opened
/// the folder, again and again. A file of the folder left selected in the dialog's list (the one
/// its suggested name named) is taken before the name typed, as it is for a person who clicked it:
/// the selection is cleared first, as typing a name clears it where the name box has the focus.
inline void answerFileDialog(QFileDialog *dialog, const QStringList &files)
{
    dialog->setDirectory(QFileInfo(files.first()).absolutePath());
    dialog->findChild<QAbstractItemView *>(QStringLiteral("listView"))->clearSelection();
    const QString typed = files.size() == 1 ? QFileInfo(files.first()).fileName()
                                            : u'"' + files.join(QStringLiteral("\" \"")) + u'"';
    dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(typed);
    QMetaObject::invokeMethod(dialog, "accept");
}

/// @brief Answers the file dialog the next action opens (modal, in a loop of its own: answered
/// from within it) with @p files.
inline void answerNextFileDialog(QObject *context, const QStringList &files)
{
    QTimer::singleShot(0, context, [files]() {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answerFileDialog(dialog, files);
    });
}

/// @brief The action of @p widget (or of its children) whose text is @p text, or null.
inline QAction *actionNamed(const QWidget &widget, const QString &text)
{
    for (QAction *action : widget.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace TestSupport
