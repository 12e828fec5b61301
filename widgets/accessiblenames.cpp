#include "accessiblenames.h"

#include <QFormLayout>
#include <QLabel>

void AccessibleNames::nameFieldsByLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        const auto *label =
            qobject_cast<const QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                             ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                             : nullptr);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
        if (!label || !field || !field->accessibleName().isEmpty())
            continue;
        QString words = label->text();
        words.remove(u'&');
        while (words.endsWith(u':') || words.endsWith(u' '))
            words.chop(1);
        field->setAccessibleName(words);
    }
}
