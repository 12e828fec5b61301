#include "middleelidedcombobox.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

MiddleElidedComboBox::MiddleElidedComboBox(QWidget *parent) : QComboBox(parent)
{
}

QString MiddleElidedComboBox::shownText() const
{
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const int width =
        style()
            ->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this)
            .width();
    const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
    return fontMetrics().elidedText(currentText(), Qt::ElideMiddle, width - icon);
}

void MiddleElidedComboBox::paintEvent(QPaintEvent *)
{
    // As QComboBox::paintEvent draws a list that is not editable, the label cut beforehand.
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    option.currentText = shownText();
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}
