#include "timezonecombobox.h"

TimeZoneComboBox::TimeZoneComboBox(const QString &noneText, QWidget *parent) : QComboBox(parent)
{
    if (!noneText.isEmpty())
        addItem(noneText, QString());
    addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    setEditable(false);
}

QString TimeZoneComboBox::zoneName() const
{
    return currentData().toString();
}

std::optional<QTimeZone> TimeZoneComboBox::zone() const
{
    const QString name = zoneName();
    if (name.isEmpty())
        return std::nullopt;
    return name == u"UTC" ? QTimeZone::utc() : QTimeZone(name.toUtf8());
}

void TimeZoneComboBox::setZoneName(const QString &name)
{
    const int index = findData(name);
    setCurrentIndex(index >= 0 ? index : 0);
}
