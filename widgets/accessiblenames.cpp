#include "accessiblenames.h"

#include <QFormLayout>
#include <QLabel>

void AccessibleNames::nameFieldsByLabels(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        const auto widgetAt = [&](QFormLayout::ItemRole role) {
            const QLayoutItem *item = form->itemAt(row, role);
            return item ? item->widget() : nullptr;
        };
        const auto *label = qobject_cast<const QLabel *>(widgetAt(QFormLayout::LabelRole));
        QWidget *field = widgetAt(QFormLayout::FieldRole);
        if (!label || !field || !field->accessibleName().isEmpty())
            continue;
        QString words = label->text();
        words.remove(u'&');
        while (words.endsWith(u':') || words.endsWith(u' '))
            words.chop(1);
        field->setAccessibleName(words);
    }
}
