#include "entrylineedit.h"

#include <QKeyEvent>

void EntryLineEdit::keyPressEvent(QKeyEvent *event)
{
    QLineEdit::keyPressEvent(event);
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        event->accept(); // QLineEdit ignores it, passing it on to the dialog
}
