#pragma once

#include <QString>

class QWidget;

/// @brief Message boxes whose text is shown as written.
///
/// Their texts name files, worksheets, handles and cells of the evidence. Qt shows a text as
/// markup where it merely looks like some ("<i>calls.csv", a header "<b>Source"), so a tag
/// in a file's name or a cell vanished from what the analyst read. These boxes never read it so.
namespace PlainMessageBox {

void warning(QWidget *parent, const QString &title, const QString &text);
void information(QWidget *parent, const QString &title, const QString &text);

} // namespace PlainMessageBox
