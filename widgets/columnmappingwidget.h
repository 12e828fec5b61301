#pragma once

#include "tableformat.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;

/// @brief Builds an analyst's mapping profile: the evidence class (no default), the subtype,
/// and which column carries each field: by its header's text or, for a file without a header
/// row, by its number.
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

protected:
    /// @brief A wheel turned over a box not chosen scrolls the form: it changed the mapping
    /// unseen while the analyst scrolled down to the next field.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void guardFromWheel(QComboBox *box);
    /// @brief Subtypes of @p evidenceClass as an example ("imessage-query or facetime-invitation").
    static QString subtypeExamples(std::optional<EvidenceClass> evidenceClass);
    /// What a field's column is read as, for its box's tooltip: the names alone ("call type",
    /// "local party") do not say what the import does with them.
    static QString fieldHint(Field field);
    /// @brief What is asked where the subscriber's address is mapped so it could not be read.
    static QString addressMisfitText(TableFormat::AddressMisfit misfit);
    bool callTypeMapped() const;
    /// @brief Lists the columns in every field's box, keeping each box's choice by the column's
    /// header text (@p byText, another file shown) or by its place (the numbering switched).
    void fillColumnBoxes(int width, bool byText);
    QString columnText(int column) const;
    /// @brief The box of the duration's unit, made when its row is reached (for the Tab order).
    QComboBox *makeDurationUnitBox();
    /// @brief The header the mapping is checked against: the file's, or the columns' numbers.
    QStringList headerForMatch() const;

    // In the order they are shown: the order of construction is the order of the Tab key.
    QComboBox *m_class;
    QLineEdit *m_subtype;
    QLineEdit *m_timeFormat;
    QCheckBox *m_byPosition;
    QHash<Field, QComboBox *> m_columns;
    QComboBox *m_durationUnit = nullptr; ///< below the duration's column
    QStringList m_header; ///< the file's header row, or (no header row) its fullest row
    int m_width = 0;
};
