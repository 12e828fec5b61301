#pragma once

#include <QComboBox>
#include <QTimeZone>

#include <optional>

/// @brief Picks a time zone by IANA name. Optionally offers a first entry meaning "none
/// declared", so the analyst's choice is never a silent default.
class TimeZoneComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeZoneComboBox)
public:
    explicit TimeZoneComboBox(const QString &noneText = {}, QWidget *parent = nullptr);
    std::optional<QTimeZone> zone() const;
    QString zoneName() const; ///< empty for "none declared"
    void setZoneName(const QString &name);
};
