#include "wrappedlabel.h"

WrappedLabel::WrappedLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
}

QSize WrappedLabel::sizeHint() const
{
    // One line's height: the layout asks heightForWidth() for the rest.
    return {QLabel::sizeHint().width(), minimumSizeHint().height()};
}
