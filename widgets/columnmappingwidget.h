#pragma once

#include "tableformat.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

/// @brief Builds an analyst's mapping profile: the evidence class (no default), the subtype,
/// and which header column carries each field.
class ColumnMappingWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingWidget)
public:
    explicit ColumnMappingWidget(QWidget *parent = nullptr);

    void setColumns(const QStringList &header);
    /// @brief Shows a loaded profile: its class, subtype and, per field, the matching column.
    void setProfile(const TableFormat &profile);
    /// @brief The profile as mapped, or std::nullopt with @p error saying what is missing.
    std::optional<TableFormat> profile(const std::optional<QTimeZone> &zone, DateOrder order, QString *error) const;

signals:
    void changed();

private:
    QComboBox *m_class;
    QLineEdit *m_subtype;
    QLineEdit *m_timeFormat;
    QHash<Field, QComboBox *> m_columns;
    QStringList m_header;
};
