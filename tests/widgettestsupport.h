#pragma once

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaObject>
#include <QPushButton>
#include <QSet>
#include <QStringList>
#include <QTabBar>
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

/// @brief While it lives, answers each file dialog with the path in name (a file there replaced
/// when the dialog asks), and reads and closes every other message box, keeping its text.
class FileDialogAnswers
{
public:
    explicit FileDialogAnswers(QObject *context)
    {
        QObject::connect(&m_timer, &QTimer::timeout, context, [this]() { answer(); });
        m_timer.start(20);
    }
    QString name;       ///< the path each file dialog is answered with
    QStringList boxes;  ///< the text of each message box seen, but the dialog's "replace it?"

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<QFileDialog *>(modal)) {
            // Answered from a slot of its own: the dialog's "replace it?" box runs a loop of its
            // own, in which this timer must go on firing.
            if (!dialog->property("answered").toBool()) {
                dialog->setProperty("answered", true);
                QTimer::singleShot(0, dialog, [dialog, path = name]() { answerFileDialog(dialog, {path}); });
            }
        } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            if (box->text().contains(QStringLiteral("already exists"))) {
                box->button(QMessageBox::Yes)->click();
                return;
            }
            boxes.append(box->text());
            box->accept();
        }
    }
    QTimer m_timer;
};

/// @brief The push button among @p widget's children whose text is @p text, or null.
inline QPushButton *buttonNamed(const QWidget &widget, const QString &text)
{
    for (QPushButton *button : widget.findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
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

/// @brief The words of a context menu's @p actions in order, a separator as "-" (a section as
/// its title): what a person reads in it.
inline QStringList menuTexts(const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions)
        texts.append(action->isSeparator() && action->text().isEmpty() ? QStringLiteral("-")
                                                                       : action->text());
    return texts;
}

/// @brief Whether each of @p actions is enabled (offered, not greyed out), in order.
inline QList<bool> enabledStates(const QList<QAction *> &actions)
{
    QList<bool> states;
    for (const QAction *action : actions)
        states.append(action->isEnabled());
    return states;
}

/// @brief The controls shown under @p root that the keyboard reaches and a screen reader could
/// not name (no accessible name of their own: a combo box is then read as its choice alone), each
/// as "class in parent class"; those in @p seen are passed over, and those looked at added to it.
/// Qt's own parts, buttons, check boxes, tabs and labels are named by the words they show.
inline QStringList unnamedControls(const QWidget &root, QSet<const QWidget *> *seen)
{
    QStringList unnamed;
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus || seen->contains(widget))
            continue;
        seen->insert(widget);
        const auto *scrolled = qobject_cast<const QAbstractScrollArea *>(widget->parentWidget());
        if (widget->objectName().startsWith(QStringLiteral("qt_")) || (scrolled && scrolled->viewport() == widget)
            || qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QTabBar *>(widget)
            || qobject_cast<const QLabel *>(widget))
            continue;
        QAccessibleInterface *read = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
        if (widget->accessibleName().isEmpty() || !read || read->text(QAccessible::Name).isEmpty())
            unnamed.append(QString::fromLatin1(widget->metaObject()->className()) + QStringLiteral(" in ")
                           + QString::fromLatin1(widget->parentWidget()->metaObject()->className()));
    }
    return unnamed;
}

} // namespace TestSupport
