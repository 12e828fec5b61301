#pragma once

#include <QStringView>

/// @brief The values a spreadsheet's number format shows as nothing, as Excel reads its sections
/// (positive; negative; zero; text): ";;;" hides every value, "0;-0;;@" a zero. A cell so
/// formatted holds its value in the file, read as any other, while Excel shows it blank.
struct ShownBlank
{
    bool positive = false;
    bool negative = false;
    bool zero = false;
    bool text = false;

    /// @brief What the format @p code shows as nothing; none for a format of one section
    /// (an empty code is Excel's General).
    static ShownBlank byFormat(QStringView code);
    bool any() const { return positive || negative || zero || text; }
    /// @brief Whether it shows the number @p written (as the file writes it: "-0.5", "1E-3") blank.
    bool hidesNumber(QStringView written) const;
};
